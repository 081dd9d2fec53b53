"""The check's thresholds (`samples/check.yaml`): minimum precision and recall, globally and per
entity type, and which files may be withheld for manual review instead of processed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

CONFIG_NAME = "check.yaml"


class ConfigError(Exception):
    """The thresholds file is invalid; the message names the file and the key."""


@dataclass(frozen=True)
class Minimum:
    precision: float | None = None
    recall: float | None = None


@dataclass(frozen=True)
class CheckConfig:
    overall: Minimum = Minimum()
    entities: dict[str, Minimum] = field(default_factory=dict)
    # A file listed here passes when the pipeline withholds it for review (fail closed), e.g. a
    # scan while there is no OCR; if it is processed, it is checked like any other.
    may_withhold: frozenset[str] = frozenset()
    source: Path | None = None


def _minimum(data: object, where: str, path: Path) -> Minimum:
    if not isinstance(data, dict) or not set(data) <= {"precision", "recall"}:
        raise ConfigError(f"{path}: {where}: expected a mapping with precision and/or recall")
    values = {}
    for key, v in data.items():
        if not isinstance(v, (int, float)) or not 0.0 <= v <= 1.0:
            raise ConfigError(f"{path}: {where}.{key}: must be a number between 0 and 1 (got {v!r})")
        values[key] = float(v)
    return Minimum(**values)


def load_config(path: Path) -> CheckConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not set(data) <= {"minimum", "entities", "may_withhold"}:
        raise ConfigError(f"{path}: expected the keys minimum, entities and may_withhold")
    entities = data.get("entities") or {}
    if not isinstance(entities, dict):
        raise ConfigError(f"{path}: entities: expected a mapping of entity type to minimums")
    withhold = data.get("may_withhold") or []
    if not isinstance(withhold, list) or not all(isinstance(w, str) for w in withhold):
        raise ConfigError(f"{path}: may_withhold: expected a list of file names")
    return CheckConfig(
        overall=_minimum(data.get("minimum") or {}, "minimum", path),
        entities={str(k): _minimum(v, f"entities.{k}", path) for k, v in entities.items()},
        may_withhold=frozenset(withhold),
        source=path,
    )
