"""The expectations of a sample document (`<stem>.expected.yaml`) and where their values occur.

An occurrence is an exact, case-sensitive match that is not part of a longer word (samples/README.md):
no letter or digit directly before a value that starts with one, nor directly after a value that ends
with one. Whitespace inside a value matches any run of whitespace, because a PDF's text layer puts line
breaks where the .txt has spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

SUFFIX = ".expected.yaml"


class ExpectationError(Exception):
    """An expectations file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class MustRedact:
    value: str
    entity: str
    ground: str


@dataclass(frozen=True)
class MustKeep:
    value: str
    why: str


@dataclass(frozen=True)
class MustImage:
    """An area of a PDF page the image stage must redact (or, `keep`, leave visible): a
    signature, a face, an identity document (redact/images/). PDFs only: a .txt has no images."""

    kind: str  # SIGNATURE | FACE | ID_DOCUMENT
    page: int
    action: str = "redact"  # or "keep"
    ground: str = ""

    @property
    def label(self) -> str:
        return f"{self.kind} op pagina {self.page}"


@dataclass(frozen=True)
class Expectation:
    stem: str
    path: Path  # the .expected.yaml file
    document: str  # the .txt file name
    description: str
    redact: tuple[MustRedact, ...]
    keep: tuple[MustKeep, ...]
    images: tuple[MustImage, ...] = ()

    @property
    def folder(self) -> Path:
        return self.path.parent


def value_pattern(value: str) -> re.Pattern[str]:
    pre = r"(?<![^\W_])" if value[:1].isalnum() else ""
    post = r"(?![^\W_])" if value[-1:].isalnum() else ""
    body = r"\s+".join(re.escape(part) for part in value.split())
    return re.compile(pre + body + post)


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """Spans of the whole-word, case-sensitive occurrences of `value` in `text`."""
    if not value.strip():
        return []
    return [m.span() for m in value_pattern(value).finditer(text)]


def _entries(data: dict, key: str, fields: tuple[str, ...], path: Path) -> list[dict]:
    items = data.get(key) or []
    if not isinstance(items, list):
        raise ExpectationError(f"{path}: '{key}' must be a list")
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not all(isinstance(item.get(f), str) and item[f].strip() for f in fields):
            raise ExpectationError(f"{path}: {key}[{i}] needs {', '.join(fields)} (non-empty text)")
    return items


def load_expectation(path: Path) -> Expectation:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ExpectationError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("document"), str):
        raise ExpectationError(f"{path}: expected a mapping with 'document', 'redact' and 'keep'")
    stem = path.name[: -len(SUFFIX)]
    if not (path.parent / data["document"]).is_file():
        raise ExpectationError(f"{path}: document {data['document']!r} not found (a path relative to this file)")
    redact = tuple(MustRedact(str(i["value"]), str(i["entity"]), str(i["ground"]))
                   for i in _entries(data, "redact", ("value", "entity", "ground"), path))
    keep = tuple(MustKeep(str(i["value"]), str(i["why"])) for i in _entries(data, "keep", ("value", "why"), path))
    images = []
    for i, item in enumerate(data.get("images") or []):
        if not isinstance(item, dict) or not isinstance(item.get("kind"), str) or not isinstance(item.get("page"), int) \
                or item.get("action", "redact") not in ("redact", "keep"):
            raise ExpectationError(f"{path}: images[{i}] needs kind (text), page (a number) and action redact or keep")
        images.append(MustImage(item["kind"], item["page"], item.get("action", "redact"), str(item.get("ground", ""))))
    return Expectation(stem=stem, path=path, document=data["document"], description=str(data.get("description", "")),
                       redact=redact, keep=keep, images=tuple(images))


def load_expectations(folder: Path) -> list[Expectation]:
    """Every `<stem>.expected.yaml` in `folder` (not recursive), sorted by stem."""
    paths = sorted(folder.glob("*" + SUFFIX))
    if not paths:
        raise ExpectationError(f"{folder}: no *{SUFFIX} files")
    return [load_expectation(p) for p in paths]
