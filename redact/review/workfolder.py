"""The work folder of a review: what `scan` found, as versioned JSON, read back by `review` and `export`.

    WORK/index.json            the dossier: one entry per document (status, sha256, a summary of
                               its proposals), read first and alone so a review opens instantly
    WORK/docs/<relpath>.json   one document: its pages (text, character boxes) and its proposals
                               (a name's with its person: id, name, role, evidence)
    WORK/decisions.json        the reviewer's decisions (redact/review/decisions.py)

Each file starts with `"format": "woo-redact/work", "version": 1`. Character boxes are stored
as runs: characters on one line whose boxes touch share y0/y1 and one x edge each, rounded to
0.01 pt, which is about six bytes a character instead of forty; per page they are one string
(the runs' JSON), which the review never needs to parse.

The work folder holds the redacted values in the clear: it is never part of a disclosure, and
like the private record (verify/record.py) it is its owner's only: the folder and its subfolders
0700, every file 0600. A folder made by an earlier version (0755/0644) is tightened when a scan
writes into it or a review opens it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, astuple, dataclass, fields, replace
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path

from .decisions import Proposal
from ..fileio import file_sha256, write_text_atomic
from ..model import Box, Decision, DetectorKind, Document, Finding, Fingerprint, Page, Person, Status

FORMAT = "woo-redact/work"
VERSION = 1
INDEX = "index.json"
DOCS = "docs"
PRECISION = 2  # decimals kept of box coordinates (0.01 pt)
FOLDER_MODE = 0o700
FILE_MODE = 0o600


class WorkError(Exception):
    """The work folder is missing, of another version, or damaged; the message says why."""


# -- permissions -----------------------------------------------------------------------------

def prepare_work(work: Path) -> None:
    """Create the work folder for its owner only, or tighten one that exists (also what an
    earlier version left at 0755/0644)."""
    work.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    for path in (work, *work.rglob("*")):  # mkdir's mode is filtered by the umask, and ignored when it exists
        if path.is_symlink():
            continue
        try:
            os.chmod(path, FOLDER_MODE if path.is_dir() else FILE_MODE)
        except PermissionError:  # another user's file: not ours to change (nor to read, mostly)
            pass


def write_private(target: Path, text: str) -> None:
    """Write a file of the work folder: 0600 from the start, its folders 0700."""
    _private_dirs(target.parent)
    write_text_atomic(target, text, mode=FILE_MODE)


def _private_dirs(folder: Path) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=FOLDER_MODE, exist_ok=True)
        os.chmod(path, FOLDER_MODE)


# -- character boxes -------------------------------------------------------------------------

def encode_boxes(boxes: tuple[Box | None, ...]) -> list[list[float]]:
    """Runs `[start, y0, y1, x_0, x_1, ..., x_n]`: characters start..start+n-1 on one line,
    character i spanning x_i..x_i+1."""
    runs: list[list[float]] = []
    run: list[float] | None = None
    for i, box in enumerate(boxes):
        if box is None:
            run = None
            continue
        x0, y0, x1, y1 = (round(v, PRECISION) for v in box)
        if run is not None and run[1] == y0 and run[2] == y1 and run[-1] == x0:
            run.append(x1)
        else:
            run = [i, y0, y1, x0, x1]
            runs.append(run)
    return runs


def decode_boxes(runs: list[list[float]], length: int) -> tuple[Box | None, ...]:
    boxes: list[Box | None] = [None] * length
    for run in runs:
        start, y0, y1, edges = int(run[0]), run[1], run[2], run[3:]
        for k in range(len(edges) - 1):
            boxes[start + k] = (edges[k], y0, edges[k + 1], y1)
    return tuple(boxes)


# -- documents -------------------------------------------------------------------------------

def _page_json(page: Page) -> dict:
    out = {"number": page.number, "text": page.text, "width": page.width, "height": page.height,
           "offset": page.offset, "source": page.source}
    if page.needs_review:
        out["needs_review"] = page.needs_review
    if page.text_layer:
        out["text_layer"] = page.text_layer
    if page.earlier:
        out["earlier"] = [list(span) for span in page.earlier]
    if page.ocr_words:
        out["ocr_words"] = [list(word) for word in page.ocr_words]
    if page.boxes:
        # A string holding the runs' JSON: parsed only when the boxes are needed (export), so
        # that the review reads a document in a fraction of the time.
        out["boxes"] = json.dumps(encode_boxes(page.boxes), separators=(",", ":"))
    return out


def _page(data: dict, with_boxes: bool) -> Page:
    text = data["text"]
    boxes = decode_boxes(json.loads(data["boxes"]), len(text)) if with_boxes and "boxes" in data else ()
    return Page(number=data["number"], text=text, boxes=boxes, width=data["width"], height=data["height"],
                offset=data["offset"], source=data["source"], needs_review=data.get("needs_review"),
                text_layer=data.get("text_layer"), earlier=tuple(tuple(s) for s in data.get("earlier", ())),
                ocr_words=tuple((int(s), int(e), float(c)) for s, e, c in data.get("ocr_words", ())))


def _proposal_json(p: Proposal) -> dict:
    f, d = p.finding, p.decision
    return {"id": p.id, "page": f.page, "start": f.start, "end": f.end, "value": f.text,
            "entity": f.entity_type, "score": f.score, "detector": f.detector,
            "detector_kind": f.detector_kind.value, "explanation": f.explanation,
            "action": d.action, "ground": d.ground, "why": d.reason, "before": p.before, "after": p.after,
            **({"area": list(f.area)} if f.area is not None else {}),  # an image area (redact/images/)
            **({"person": _person_json(d.person)} if d.person else {})}


def _person_json(person: Person) -> dict:
    return {"id": person.id, "name": person.name, "role": person.role, "evidence": person.evidence,
            "mentions": list(person.mentions), "strength": person.strength}


def _person(data: dict | None) -> Person | None:
    """The person a proposal points to; absent in work folders written before persons were stored."""
    if not data:
        return None
    return Person(id=data["id"], name=data["name"], mentions=tuple(data.get("mentions", ())), role=data["role"],
                  evidence=data.get("evidence", ""), strength=data.get("strength", 0))


def _proposal(data: dict) -> Proposal:
    finding = Finding(page=data["page"], start=data["start"], end=data["end"], text=data["value"],
                      entity_type=data["entity"], score=data["score"], detector=data["detector"],
                      # absent in work folders written before detector kinds existed
                      detector_kind=DetectorKind(data.get("detector_kind", DetectorKind.UNKNOWN.value)),
                      explanation=data["explanation"],
                      area=tuple(data["area"]) if data.get("area") else None)
    return Proposal(data["id"], Decision(finding, data["action"], data["ground"], data["why"],
                                         _person(data.get("person"))),
                    data["before"], data["after"])


def doc_file(relpath: str) -> str:
    """Where a document's JSON goes inside WORK (relpath is unique within a dossier)."""
    return f"{DOCS}/{relpath}.json"


class EntryStatus(StrEnum):
    """How the scan of one document ended, as written in index.json. A StrEnum, so the file keeps
    its plain strings and a work folder of an earlier version reads unchanged."""

    OK = "ok"
    FAILED = "failed"
    NEEDS_REVIEW = "needs_review"
    SKIPPED = "skipped"

    @property
    def outcome(self) -> Status:
        """The document's status in an export's inventory when it was not scanned (OK: exported);
        a file type that is not read is `niet verwerkt`, with its reason."""
        return Status.FAILED if self is EntryStatus.SKIPPED else Status[self.name]


@dataclass(frozen=True)
class ProposalRow:
    """A proposal's summary in the index: what counting, filtering and navigation need without
    opening the document. Stored as a JSON list in this field order."""

    id: str
    page: int
    entity: str
    ground: str | None
    action: str
    score: float
    norm: str  # the normalised value (decisions.normalise_value), what value decisions match
    start: int = 0

    @classmethod
    def of(cls, p: Proposal) -> ProposalRow:
        f = p.finding
        return cls(p.id, f.page, f.entity_type, p.decision.ground, p.decision.action, f.score, p.norm, f.start)

    @classmethod
    def from_json(cls, data: list) -> ProposalRow:
        """From the list in index.json; a scan before `start` was added wrote seven fields."""
        names = [f.name for f in fields(cls)]
        if not isinstance(data, list) or not len(names) - 1 <= len(data) <= len(names):
            raise ValueError(f"een voorstelregel is geen lijst van {len(names)} velden ({', '.join(names)})")
        return cls(*data)

    def to_json(self) -> list:
        return list(astuple(self))


@dataclass(frozen=True)
class IndexEntry:
    """One document in the index: enough to count, filter and navigate without opening it."""

    relpath: str
    kind: str
    status: EntryStatus
    source: str
    sha256: str | None = None
    file: str | None = None  # its JSON, relative to WORK (status ok)
    error: str | None = None
    pages: int = 0
    proposals: tuple[ProposalRow, ...] = ()
    fingerprint: Fingerprint | None = None  # hashes for the dossier's duplicates and threads (redact/dossier/)
    # A document with pages that cannot be read reliably: what export does with such a page nobody
    # decided on (`scan --unreadable-pages`: "withhold" or "blackout"; review/pages.py). None: no such page
    # (or a scan of an earlier version, which kept such documents only with blackout).
    unreadable: str | None = None

    def __post_init__(self) -> None:
        # Callers may pass the plain string; an unknown one is a damaged or foreign index.
        object.__setattr__(self, "status", EntryStatus(self.status))

    def to_json(self) -> dict:
        return {"relpath": self.relpath, "kind": self.kind, "status": self.status.value, "source": self.source,
                "sha256": self.sha256, "file": self.file, "error": self.error, "pages": self.pages,
                "proposals": [row.to_json() for row in self.proposals],
                "fingerprint": asdict(self.fingerprint) if self.fingerprint else None,
                **({"unreadable": self.unreadable} if self.unreadable else {})}

    @classmethod
    def from_json(cls, data: dict) -> IndexEntry:
        return cls(relpath=data["relpath"], kind=data["kind"], status=data["status"], source=data["source"],
                   sha256=data.get("sha256"), file=data.get("file"), error=data.get("error"),
                   pages=data.get("pages", 0),
                   proposals=tuple(ProposalRow.from_json(r) for r in data.get("proposals", ())),
                   fingerprint=Fingerprint.from_json(data.get("fingerprint")), unreadable=data.get("unreadable"))


def write_document(work: Path, document: Document, proposals: tuple[Proposal, ...], sha256: str) -> IndexEntry:
    """Write one scanned document; returns its index entry."""
    name = doc_file(document.relpath)
    data = {"format": FORMAT, "version": VERSION, "type": "document", "relpath": document.relpath,
            "source": document.source, "sha256": sha256, "kind": document.kind, "date": document.date,
            "encoding": document.encoding, "warnings": list(document.warnings),
            "pages": [_page_json(p) for p in document.pages],
            "proposals": [_proposal_json(p) for p in proposals]}
    write_private(work / name, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return IndexEntry(relpath=document.relpath, kind=document.kind, status=EntryStatus.OK, source=document.source,
                      sha256=sha256, file=name, pages=len(document.pages), proposals=_rows(proposals))


def rewrite_proposals(work: Path, entry: IndexEntry, proposals: tuple[Proposal, ...]) -> IndexEntry:
    """Replace the proposals of a written document (after the dossier-wide pass); returns its new entry."""
    path = work / entry.file
    data = _read_json(path, "document")
    data["proposals"] = [_proposal_json(p) for p in proposals]
    write_private(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return replace(entry, proposals=_rows(proposals))


def _rows(proposals: tuple[Proposal, ...]) -> tuple[ProposalRow, ...]:
    return tuple(ProposalRow.of(p) for p in proposals)


def _read_json(path: Path, type_: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WorkError(f"{path}: ontbreekt (is de werkmap gemaakt met `woo-redact scan`?)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WorkError(f"{path}: beschadigd of niet leesbaar: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("type") != type_:
        raise WorkError(f"{path}: geen woo-redact werkbestand ({type_})")
    if data.get("version") != VERSION:
        raise WorkError(f"{path}: versie {data.get('version')} wordt niet ondersteund (deze woo-redact leest "
                        f"versie {VERSION}); scan opnieuw")
    return data


def read_document(work: Path, entry: IndexEntry, boxes: bool = True) -> tuple[Document, tuple[Proposal, ...]]:
    """A document as it was scanned, with its proposals (no source file needed). The review
    reads it without the character boxes (`boxes=False`): it only shows text."""
    if entry.file is None:
        raise WorkError(f"{entry.relpath}: niet gescand ({entry.error})")
    data = _read_json(work / entry.file, "document")
    document = Document(source=data["source"], relpath=data["relpath"], kind=data["kind"],
                        pages=tuple(_page(p, boxes) for p in data["pages"]), date=data["date"],
                        encoding=data["encoding"], warnings=tuple(data["warnings"]))
    return document, tuple(_proposal(p) for p in data["proposals"])


# -- the index -------------------------------------------------------------------------------

@dataclass(frozen=True)
class WorkIndex:
    documents: tuple[IndexEntry, ...]
    rules: str | None = None  # the rule folder the scan used
    scanned: str = ""

    def entry(self, relpath: str) -> IndexEntry:
        for e in self.documents:
            if e.relpath == relpath:
                return e
        raise KeyError(relpath)


def write_index(work: Path, entries: list[IndexEntry], rules: Path | None) -> WorkIndex:
    """Write the index last (it is what makes a scan visible) and remove documents no longer in it."""
    index = WorkIndex(documents=tuple(sorted(entries, key=lambda e: e.relpath)),
                      rules=str(rules) if rules else None,
                      scanned=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    head = json.dumps({"format": FORMAT, "version": VERSION, "type": "index", "scanned": index.scanned,
                       "rules": index.rules}, ensure_ascii=False)[:-1]
    docs = ",\n  ".join(json.dumps(e.to_json(), ensure_ascii=False) for e in index.documents)
    # One line per document: compact, yet a diff of two scans shows which documents changed.
    write_private(work / INDEX, f'{head},\n "documents": [\n  {docs}\n ]}}\n')
    keep = {work / e.file for e in index.documents if e.file}
    docs = work / DOCS
    if docs.is_dir():
        for path in docs.rglob("*.json"):
            if path not in keep:
                path.unlink()
        for folder in sorted((p for p in docs.rglob("*") if p.is_dir()), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
    return index


def read_index(work: Path) -> WorkIndex:
    if not work.is_dir():
        raise WorkError(f"{work}: werkmap bestaat niet (maak hem met `woo-redact scan ... --work {work}`)")
    data = _read_json(work / INDEX, "index")
    try:
        documents = tuple(IndexEntry.from_json(d) for d in data["documents"])
    except (KeyError, TypeError, ValueError) as exc:  # hand-edited or damaged: say where, not a traceback
        raise WorkError(f"{work / INDEX}: beschadigd: {exc}; scan opnieuw") from None
    return WorkIndex(documents=documents, rules=data.get("rules"), scanned=data.get("scanned", ""))


def check_source(entry: IndexEntry) -> str | None:
    """Why the source of a scanned document can no longer be used for export, if it cannot."""
    path = Path(entry.source)
    if not path.exists():
        return f"bron {entry.source} ontbreekt: zet hem terug of scan opnieuw"
    if file_sha256(path) != entry.sha256:
        return (f"bron {entry.source} is gewijzigd sinds de scan (sha256 verschilt): "
                f"scan opnieuw, de voorstellen horen bij de oude versie")
    return None


def disk_size(work: Path) -> int:
    return sum(os.path.getsize(p) for p in work.rglob("*") if p.is_file())
