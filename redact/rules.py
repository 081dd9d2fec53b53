"""Load and validate a rule set (`rules/`) into typed objects.

A rule set is a folder: `grounds.yaml` (the catalogue), `policy.yaml` (entity type -> ground,
score thresholds, what stays visible), `recognizers/*.yaml` (the detectors) and
`lists/<name>/items.txt` (one entry per line, `#` comments). An organisation keeps its own copy
and passes it with `--rules`. Every error names the file and the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .detect.kinds import RECOGNIZER_KINDS, VALIDATOR_NAMES
from .errors import RulesError
from .grounds import normalise_ground
from .limits import Limits
from .ocrsettings import RETRIES, OcrSettings

DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


@dataclass(frozen=True)
class Ground:
    code: str
    title: str
    kind: str  # absolute | relative | special


@dataclass(frozen=True)
class PatternSpec:
    name: str
    regex: str
    score: float


@dataclass(frozen=True)
class RecognizerSpec:
    """One detector, as declared in `rules/recognizers/*.yaml`."""

    name: str
    kind: str
    entity: str
    source: str  # file it was declared in, for messages
    patterns: tuple[PatternSpec, ...] = ()
    validator: str | None = None
    context: tuple[str, ...] = ()  # words that raise the score (Presidio context)
    requires_cue: tuple[str, ...] = ()  # at least one of these must stand near the match
    excluded_cues: tuple[str, ...] = ()  # none of these may stand just before the match
    cue_window: int = 40
    score: float = 0.6
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DuplicateSettings:
    """policy.yaml `duplicates:` (redact/dossier/, docs/duplicates.md)."""

    shingle_words: int = 3  # a shingle: this many consecutive words of the normalised text
    permutations: int = 128  # MinHash permutations
    near_threshold: float = 0.85  # estimated Jaccard similarity from which two documents are near-duplicates
    near_min_words: int = 30  # shorter documents are only compared as exact duplicates
    same_redactions: bool = True  # a value redacted in one copy is redacted in every copy


@dataclass(frozen=True)
class VerifyOcr:
    """How the output check reads a scanned page back with OCR (verify/ocr.py; policy.yaml `verify_ocr`).
    `full`: every stored image whole. `regions`: only the bands around the boxes (`margin_lines` box
    heights above and below each) plus a seeded random `sample_share` of the rest of the page, in strips
    of `sample_strip` points; only those pixel rows are given to Tesseract."""

    mode: str = "full"
    margin_lines: float = 2.0
    sample_share: float = 0.25
    sample_strip: float = 36.0


@dataclass(frozen=True)
class OcrPersonEvidence:
    """How far OCR words are evidence of a person's name (decide/ocrwords.py; policy.yaml
    `ocr_person_evidence`): a model's PERSON span made only of words read below `max_confidence`, on a
    line of at most `label_words` words with at least `min_label_lines` such lines among the
    `neighbour_lines` non-empty lines above and below, and no listed name or title, is kept."""

    enabled: bool = True
    max_confidence: float = 70.0
    listed_max_confidence: float = 50.0
    label_words: int = 3
    neighbour_lines: int = 3
    min_label_lines: int = 3


@dataclass(frozen=True)
class Policy:
    entity_grounds: dict[str, str]
    min_score: dict[str, float]
    keep_lists: dict[str, tuple[str, ...]]  # entity type -> list names
    propagate_min_length: int = 3
    max_file_mb: int = 1024
    limits: Limits = field(default_factory=Limits)  # pages, characters, seconds per document
    names: dict[str, Any] = field(default_factory=dict)  # person-name settings: list names and switches
    organisation: dict[str, Any] = field(default_factory=dict)  # how organisation contact details are told apart
    images: dict[str, Any] = field(default_factory=dict)  # the image stage's switches (redact/images/)
    duplicates: DuplicateSettings = field(default_factory=DuplicateSettings)  # across the dossier (redact/dossier/)
    verify_ocr: VerifyOcr = field(default_factory=VerifyOcr)  # the output check's OCR read-back
    publication: dict[str, Any] = field(default_factory=dict)  # the publication package (redact/publish/)
    ocr: OcrSettings = field(default_factory=OcrSettings)  # how scans are read (ocrsettings.py)
    ocr_person_evidence: OcrPersonEvidence = field(default_factory=OcrPersonEvidence)  # decide/ocrwords.py


@dataclass(frozen=True)
class RuleSet:
    root: Path
    grounds: dict[str, Ground]
    policy: Policy
    recognizers: tuple[RecognizerSpec, ...]
    lists: dict[str, tuple[str, ...]]

    def ground_for(self, entity_type: str) -> str:
        return self.policy.entity_grounds.get(entity_type, self.policy.entity_grounds["DEFAULT"])

    def min_score_for(self, entity_type: str) -> float:
        return self.policy.min_score.get(entity_type, self.policy.min_score.get("DEFAULT", 0.5))

    def list_items(self, names: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        """The entries of the named lists, in order (a list the rule set lacks is empty)."""
        return tuple(item for name in names for item in self.lists.get(name, ()))

    def keep_items(self, entity_type: str) -> tuple[str, ...]:
        items: list[str] = []
        for name in self.policy.keep_lists.get(entity_type, ()):
            items.extend(self.lists[name])
        return tuple(items)


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError:
        raise RulesError(f"{path}: file is missing") from None
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: not valid YAML: {exc}") from None


def _require(cond: bool, path: Path, message: str) -> None:
    if not cond:
        raise RulesError(f"{path}: {message}")


def _load_grounds(path: Path) -> dict[str, Ground]:
    data = _read_yaml(path)
    _require(isinstance(data, dict) and isinstance(data.get("grounds"), list), path, "expected a list under 'grounds'")
    grounds: dict[str, Ground] = {}
    for i, item in enumerate(data["grounds"]):
        where = f"grounds[{i}]"
        _require(isinstance(item, dict) and {"code", "title", "kind"} <= item.keys(), path,
                 f"{where}: needs code, title and kind")
        code = normalise_ground(str(item["code"]))
        _require(code == str(item["code"]), path, f"{where}: write the code compactly, e.g. 5.1.2e (got {item['code']!r})")
        _require(item["kind"] in {"absolute", "relative", "special"}, path, f"{where}: kind must be absolute, relative or special")
        grounds[code] = Ground(code=code, title=str(item["title"]), kind=str(item["kind"]))
    return grounds


def _load_lists(folder: Path) -> dict[str, tuple[str, ...]]:
    lists: dict[str, tuple[str, ...]] = {}
    if not folder.is_dir():
        return lists
    for items in sorted(folder.glob("*/items.txt")):
        lines = items.read_text(encoding="utf-8").splitlines()
        lists[items.parent.name] = tuple(
            line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")
        )
    return lists


def _load_policy(path: Path, grounds: dict[str, Ground], lists: dict[str, tuple[str, ...]]) -> Policy:
    data = _read_yaml(path)
    _require(isinstance(data, dict), path, "expected a mapping")
    eg = data.get("entity_grounds")
    _require(isinstance(eg, dict) and "DEFAULT" in eg, path, "entity_grounds must map entity types to grounds and have DEFAULT")
    entity_grounds: dict[str, str] = {}
    for entity, written in eg.items():
        code = normalise_ground(str(written))
        _require(code in grounds, path, f"entity_grounds.{entity}: unknown ground {written!r} (see grounds.yaml)")
        entity_grounds[str(entity)] = code  # type: ignore[assignment]
    min_score = {str(k): float(v) for k, v in (data.get("min_score") or {}).items()}
    for k, v in min_score.items():
        _require(0.0 <= v <= 1.0, path, f"min_score.{k}: must be between 0 and 1")
    keep_lists: dict[str, tuple[str, ...]] = {}
    for entity, names in (data.get("keep_lists") or {}).items():
        _require(isinstance(names, list), path, f"keep_lists.{entity}: expected a list of list names")
        for name in names:
            _require(name in lists, path, f"keep_lists.{entity}: no list lists/{name}/items.txt")
        keep_lists[str(entity)] = tuple(names)
    names = _list_section(path, data, "names", lists)
    _require("known_names" not in names, path,
             "names.known_names: no longer used; the known names are first_names and surnames together")
    images = dict(data.get("images") or {})
    _require(images.get("faces", "redact") in ("redact", "keep"), path, "images.faces: must be redact or keep")
    return Policy(
        images=images,
        publication=_load_publication(path, data),
        names=names,
        organisation=_list_section(path, data, "organisation_details", lists),
        entity_grounds=entity_grounds,
        min_score=min_score,
        keep_lists=keep_lists,
        propagate_min_length=int(data.get("propagate_min_length", 3)),
        max_file_mb=int(data.get("max_file_mb", 1024)),
        limits=_load_limits(path, data),
        duplicates=_load_duplicates(path, data),
        verify_ocr=_load_verify_ocr(path, data),
        ocr=_load_ocr(path, data),
        ocr_person_evidence=_load_ocr_person_evidence(path, data),
    )


def _load_ocr_person_evidence(path: Path, data: dict) -> OcrPersonEvidence:
    section = data.get("ocr_person_evidence") or {}
    _require(isinstance(section, dict), path, "ocr_person_evidence: expected a mapping")
    kinds = {name: type(value) for name, value in vars(OcrPersonEvidence()).items()}
    for key, value in section.items():
        _require(key in kinds, path, f"ocr_person_evidence.{key}: unknown (known: {', '.join(kinds)})")
        ok = isinstance(value, bool) if kinds[key] is bool else (
            isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0)
        _require(ok, path, f"ocr_person_evidence.{key}: must be "
                 + ("true or false" if kinds[key] is bool else "a number of 0 or more"))
    _require(float(section.get("max_confidence", 0)) <= 100, path, "ocr_person_evidence.max_confidence: 0-100")
    return OcrPersonEvidence(**{k: kinds[k](v) for k, v in section.items()})


def _load_duplicates(path: Path, data: dict) -> DuplicateSettings:
    section = data.get("duplicates") or {}
    _require(isinstance(section, dict), path, "duplicates: expected a mapping")
    known = {"shingle_words": int, "permutations": int, "near_threshold": float, "near_min_words": int,
             "same_redactions": bool}
    values: dict[str, Any] = {}
    for key, value in section.items():
        _require(key in known, path, f"duplicates.{key}: unknown (known: {', '.join(known)})")
        if known[key] is bool:
            _require(isinstance(value, bool), path, f"duplicates.{key}: must be true or false")
        else:
            _require(isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0, path,
                     f"duplicates.{key}: must be a positive number")
        values[key] = known[key](value)
    _require(values.get("near_threshold", 0.85) <= 1.0, path, "duplicates.near_threshold: must be at most 1")
    return DuplicateSettings(**values)


def _load_verify_ocr(path: Path, data: dict) -> VerifyOcr:
    section = data.get("verify_ocr") or {}
    _require(isinstance(section, dict), path, "verify_ocr: expected a mapping (mode, margin_lines, sample_share, "
             "sample_strip)")
    known = {"mode", "margin_lines", "sample_share", "sample_strip"}
    for key in section:
        _require(key in known, path, f"verify_ocr.{key}: unknown (known: {', '.join(sorted(known))})")
    mode = section.get("mode", "full")
    _require(mode in ("full", "regions"), path, "verify_ocr.mode: must be full or regions")
    values = {}
    for key in ("margin_lines", "sample_share", "sample_strip"):
        if key in section:
            value = section[key]
            _require(isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0, path,
                     f"verify_ocr.{key}: must be a number of at least 0")
            values[key] = float(value)
    _require(values.get("sample_share", 0.0) <= 1.0, path, "verify_ocr.sample_share: at most 1")
    _require(values.get("sample_strip", 1.0) > 0, path, "verify_ocr.sample_strip: must be more than 0")
    return VerifyOcr(mode=mode, **values)
def _load_publication(path: Path, data: dict) -> dict[str, Any]:
    from .publish.platform import FILE_TYPES

    section = dict(data.get("publication") or {})
    _require(set(section) <= {"publisher", "file_types", "information_category"}, path,
             "publication: known keys are publisher, file_types, information_category")
    publisher = section.get("publisher")
    _require(publisher is None or isinstance(publisher, str), path, "publication.publisher: a TOOI address or empty")
    if publisher:
        from .publish.diwoo import MetadataError, organisation

        try:
            organisation(publisher)
        except MetadataError as exc:
            _require(False, path, f"publication.publisher: {exc}")
    if section.get("information_category"):
        from .publish.diwoo import MetadataError, category

        try:
            category(section["information_category"])
        except MetadataError as exc:
            _require(False, path, f"publication.information_category: {exc}")
    types = section.get("file_types") or {}
    _require(isinstance(types, dict), path, "publication.file_types: map file types (suffixes) to the platform's")
    for kind, platform in types.items():
        _require(platform in FILE_TYPES, path,
                 f"publication.file_types.{kind}: {platform!r} is not the platform's (known: {', '.join(FILE_TYPES)})")
    section["file_types"] = {str(k).lower(): str(v) for k, v in types.items()}
    return section


def _load_limits(path: Path, data: dict) -> Limits:
    section = data.get("limits") or {}
    _require(isinstance(section, dict), path, "limits: expected a mapping (max_pages, max_chars, max_seconds)")
    known = {"max_pages": int, "max_chars": int, "max_seconds": float}
    values = {}
    for key, value in section.items():
        _require(key in known, path, f"limits.{key}: unknown (known: {', '.join(known)})")
        _require(isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0, path,
                 f"limits.{key}: must be a positive number")
        values[key] = known[key](value)
    return Limits(**values)


def _load_ocr(path: Path, data: dict) -> OcrSettings:
    section = data.get("ocr") or {}
    _require(isinstance(section, dict), path, "ocr: expected a mapping")
    shares = ("layer_min_agreement", "layer_min_ink_coverage", "min_ink_read")
    numbers = {"min_confidence": float, "layer_sample_lines": int, "layer_max_offset": float,
               "earlier_max_grey": int, "inverted_max_grey": int, **{k: float for k in shares}}
    values: dict[str, Any] = {}
    for key, value in section.items():
        if key in numbers:
            _require(isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0, path,
                     f"ocr.{key}: must be a number of 0 or more")
            _require(key not in shares or value <= 1, path, f"ocr.{key}: a share, between 0 and 1")
            _require(key != "min_confidence" or value <= 100, path, "ocr.min_confidence: between 0 and 100")
            _require(key not in ("earlier_max_grey", "inverted_max_grey") or 1 <= value <= 255, path,
                     f"ocr.{key}: a grey level, 1 to 255")
            values[key] = numbers[key](value)
        elif key in ("earlier_redactions", "handwriting", "inverted_regions"):
            _require(isinstance(value, bool), path, f"ocr.{key}: true or false")
            values[key] = value
        elif key == "retries":
            _require(isinstance(value, list) and all(v in RETRIES for v in value), path,
                     f"ocr.retries: a list of {', '.join(RETRIES)}")
            values[key] = tuple(value)
        else:
            _require(False, path, f"ocr.{key}: unknown")
    return OcrSettings(**values)


def _list_section(path: Path, data: dict, key: str, lists: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """A settings section whose list values name lists in lists/ (checked) and others are switches."""
    section = dict(data.get(key) or {})
    for setting, value in section.items():
        if isinstance(value, list):
            for name in value:
                _require(name in lists, path, f"{key}.{setting}: no list lists/{name}/items.txt")
    return section


def _load_recognizers(folder: Path, policy: Policy, policy_lists: dict | None = None) -> tuple[RecognizerSpec, ...]:
    policy_lists = policy_lists or {}
    files = sorted(folder.glob("*.yaml"))
    _require(bool(files), folder, "no recognizer files (*.yaml)")
    specs: list[RecognizerSpec] = []
    seen: set[str] = set()
    for path in files:
        data = _read_yaml(path)
        _require(isinstance(data, dict) and isinstance(data.get("recognizers"), list), path,
                 "expected a list under 'recognizers'")
        for i, item in enumerate(data["recognizers"]):
            where = f"recognizers[{i}]"
            _require(isinstance(item, dict), path, f"{where}: expected a mapping")
            name = item.get("name")
            _require(isinstance(name, str) and name, path, f"{where}: needs a name")
            where = f"recognizer {name!r}"
            _require(name not in seen, path, f"{where}: name used twice")
            seen.add(name)
            kind = item.get("kind", "pattern")
            _require(kind in RECOGNIZER_KINDS, path, f"{where}: kind must be one of {sorted(RECOGNIZER_KINDS)}")
            entity = item.get("entity")
            _require(isinstance(entity, str) and entity.isupper(), path, f"{where}: needs an entity type in capitals")
            patterns = []
            for j, p in enumerate(item.get("patterns") or []):
                _require(isinstance(p, dict) and "regex" in p, path, f"{where}: patterns[{j}] needs a regex")
                try:
                    re.compile(p["regex"])
                except re.error as exc:
                    raise RulesError(f"{path}: {where}: patterns[{j}]: invalid regex: {exc}") from None
                patterns.append(PatternSpec(name=str(p.get("name", f"{name}_{j}")), regex=p["regex"],
                                            score=float(p.get("score", item.get("score", 0.6)))))
            _require(kind != "pattern" or patterns, path, f"{where}: a pattern recognizer needs patterns")
            options = dict(item.get("options") or {})
            for retired in ("lists", "office_titles"):  # one name lexicon now: set in policy.yaml
                _require(retired not in options, path,
                         f"{where}: options.{retired} is no longer used; the name lists are set once, "
                         "in policy.yaml under names:")
            if kind == "special_categories":  # its option lists name lists in lists/
                lists_named = [n for names in (options.get("categories") or {}).values() for n in names]
                lists_named += list(options.get("person_cues") or ())
                for list_name in lists_named:
                    _require(list_name in policy_lists, path, f"{where}: no list lists/{list_name}/items.txt")
            validator = item.get("validator")
            _require(validator is None or validator in VALIDATOR_NAMES, path,
                     f"{where}: unknown validator {validator!r} (known: {', '.join(sorted(VALIDATOR_NAMES))})")
            specs.append(RecognizerSpec(
                name=name, kind=kind, entity=entity, source=str(path), patterns=tuple(patterns),
                validator=validator,
                context=tuple(item.get("context") or ()),
                requires_cue=tuple(c.lower() for c in item.get("requires_cue") or ()),
                excluded_cues=tuple(c.lower() for c in item.get("excluded_cues") or ()),
                cue_window=int(item.get("cue_window", 40)),
                score=float(item.get("score", 0.6)),
                options=options,
            ))
    return tuple(specs)


def load_rules(root: Path | str | None = None) -> RuleSet:
    root = Path(root) if root else DEFAULT_RULES_DIR
    if not root.is_dir():
        raise RulesError(f"{root}: rules folder not found")
    grounds = _load_grounds(root / "grounds.yaml")
    lists = _load_lists(root / "lists")
    policy = _load_policy(root / "policy.yaml", grounds, lists)
    recognizers = _load_recognizers(root / "recognizers", policy, lists)
    return RuleSet(root=root, grounds=grounds, policy=policy, recognizers=recognizers, lists=lists)
