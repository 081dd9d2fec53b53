"""Plain, immutable data passed between the pipeline stages.

Every stage takes and returns these types and nothing else, so a run can stop after one stage
(for review) and resume at the next. All of them serialise to JSON with `dataclasses.asdict`,
but for a PDF page's boxes, which are packed (`Boxes`: `list(page.boxes)` gives the tuples).
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from itertools import chain, repeat
from operator import getitem

# (x0, y0, x1, y1) in PDF points, origin top-left (PyMuPDF's convention).
Box = tuple[float, float, float, float]

_NONE_AS_ZERO = {None: (0.0, 0.0, 0.0, 0.0)}  # .get(box, box): a character without a box as four zeros
_GAP = {type(None): 1, tuple: 0}


class Boxes(Sequence):
    """A page's character boxes, packed: what `Page.boxes` holds for a PDF page (issue 14).

    It reads as the tuple of boxes it was made from (one `(x0, y0, x1, y1)` of floats or None a
    character: index, slice, iterate, compare, pickle), but keeps the numbers in one array of
    doubles, bit for bit the same values: ~33 bytes a character instead of ~170 as a tuple of
    tuples of four float objects. A 1,000-page PDF's boxes are ~90 MB instead of ~480 MB. Made by
    `Page` from any tuple of boxes that are all 4-tuples of floats (anything else stays a tuple)."""

    __slots__ = ("_values", "_none", "_gaps")

    def __init__(self, values: array, none: bytes):
        self._values, self._none = values, none  # 4 doubles a character; 1 where it has no box
        self._gaps = 1 in none

    @classmethod
    def pack(cls, boxes) -> Boxes | None:
        """The packed form of `boxes`, or None when it is not a run of float 4-tuples and Nones.
        (The loops run in C: this is done for every page that is read.)"""
        try:
            none = bytes(map(_GAP.__getitem__, map(type, boxes)))  # KeyError: not a tuple or None
        except KeyError:
            return None
        flat = list(chain.from_iterable(map(_NONE_AS_ZERO.get, boxes, boxes)))
        if len(flat) != 4 * len(none) or set(map(type, flat)) != {float}:
            return None  # ints (or anything else) stay as they are: their repr differs
        return cls(array("d", struct.pack(f"{len(flat)}d", *flat)), none)

    def __len__(self) -> int:
        return len(self._none)

    def __iter__(self):
        it = iter(self._values)
        quads = zip(it, it, it, it)
        return map(getitem, zip(quads, repeat(None)), self._none) if self._gaps else quads

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self._none))
            if step != 1:
                return tuple(self[i] for i in range(start, stop, step))
            it = iter(self._values[4 * start:4 * max(start, stop)])
            quads = zip(it, it, it, it)
            gaps = self._none[start:stop]
            return tuple(map(getitem, zip(quads, repeat(None)), gaps) if 1 in gaps else quads)
        n = len(self._none)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("box index out of range")
        if self._none[index]:
            return None
        j = 4 * index
        v = self._values
        return (v[j], v[j + 1], v[j + 2], v[j + 3])

    def __eq__(self, other) -> bool:
        if isinstance(other, Boxes):
            return self._none == other._none and self._values == other._values
        if isinstance(other, (tuple, list)):
            return len(other) == len(self) and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self):
        return (_unpack, (self._values.tobytes(), self._none))


def _unpack(values: bytes, none: bytes) -> Boxes:
    packed = array("d")
    packed.frombytes(values)
    return Boxes(packed, none)


class Status(str, Enum):
    """Outcome of one document; the values are the inventory's Dutch terms."""

    OK = "verwerkt"
    FAILED = "niet verwerkt"  # could not be read or written, or a file type not read: reason in `error`
    NEEDS_REVIEW = "handmatige beoordeling nodig"  # fail closed: output withheld
    LEAK = "verificatie mislukt"  # the output check found surviving data: output withheld


@dataclass(frozen=True)
class Page:
    """One page of text. For PDF pages `boxes` holds one box per character of `text`
    (None for characters the extractor inserted, such as line breaks)."""

    number: int  # 1-based
    text: str
    boxes: tuple[Box | None, ...] = ()
    width: float = 0.0
    height: float = 0.0
    offset: int = 0  # character offset of this page in the whole text (plain-text documents)
    source: str = "text"  # "text" | "pdf" | "ocr"
    needs_review: str | None = None  # why this page cannot be read reliably, if so
    # A scan's own OCR text layer: "trusted" (read as the page's text) or "replaced" (our OCR was
    # read instead; the renderer drops the invisible layer); None: no such layer was judged.
    text_layer: str | None = None
    # The spans of `text` whose characters lie on an earlier release's box (ingest/layer.py
    # on_earlier): the reader sees that box there, not these characters (a scan layer's noise).
    earlier: tuple[tuple[int, int], ...] = ()
    # The words of `text` that our own OCR read (ingest/pdf.py add_ocr_words): (start, end,
    # Tesseract's confidence 0-100) per word; how far a span read from a scan can be believed
    # (decide/ocrwords.py). Empty for born-digital text and a scan's own layer (no confidences).
    ocr_words: tuple[tuple[int, int, float], ...] = ()

    def __post_init__(self) -> None:
        if self.boxes and len(self.boxes) != len(self.text):
            raise ValueError(f"page {self.number}: {len(self.boxes)} boxes for {len(self.text)} characters")
        if self.boxes and not isinstance(self.boxes, Boxes):  # packed: the same boxes in a fifth of the memory
            packed = Boxes.pack(self.boxes)
            if packed is not None:
                object.__setattr__(self, "boxes", packed)


@dataclass(frozen=True)
class Document:
    """A source file as the detectors see it."""

    source: str  # absolute path of the original
    relpath: str  # path relative to its source root; the output goes to OUT/relpath
    kind: str  # "pdf" | "txt"
    pages: tuple[Page, ...]
    date: str | None = None  # ISO date from the file's metadata, if any
    encoding: str | None = None  # text files: the encoding that was used
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pages)


class DetectorKind(str, Enum):
    """What kind of detector proposed a finding. Decisions branch on this, never on a detector's
    name from the rule files (an organisation may rename its recognizers)."""

    PATTERN = "pattern"  # a regex rule, with its validator and cues
    PHONE = "phone"  # phonenumbers
    NER = "ner"  # the spaCy model's entities
    NAME_PATTERN = "name_pattern"  # a name in name position (detect/names.py)
    EMAIL_LINK = "email_link"  # a name that an e-mail address in the document reveals
    STRUCTURE = "structure"  # a name by its place: e-mail header, signature, contact field
    PROPAGATED = "propagated"  # the same value or name redacted elsewhere (decide/propagate.py)
    SPECIAL = "special"  # a passage with special-category personal data (detect/special.py)
    REVIEWER = "reviewer"  # added or put back by a reviewer
    IMAGE = "image"  # an area of a page: a signature, a face, an identity document (redact/images/)
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Finding:
    """A span of personal data proposed by a detector. Offsets are into `Page.text`.
    `detector` is the recognizer's name (shown in review and the log); `detector_kind` is what
    decisions read."""

    page: int
    start: int
    end: int
    text: str
    entity_type: str
    score: float
    detector: str
    explanation: str = ""
    detector_kind: DetectorKind = DetectorKind.UNKNOWN
    # An area of the page (redact/images/) instead of a span of text: then `start` = `end` = 0 and
    # `text` is a description ("handtekening, pagina 1"), never a value; render boxes the area itself.
    area: Box | None = None


# The entity types of image areas (redact/images/): verify holds their boxes to the image pixels too.
AREA_ENTITIES = frozenset({"SIGNATURE", "FACE", "ID_DOCUMENT", "HANDWRITING"})


def is_area(decision: Decision) -> bool:
    """Whether a decision is about an area of a page (an image stage finding), not a span of text."""
    return decision.finding.area is not None


@dataclass(frozen=True)
class Person:
    """One person as the role stage resolved them (decide/persons.py): the mentions of a document or
    dossier that are one person, and the one verdict for all of them with the evidence it rests on.
    Holds values: private (review, the work folder), never the public inventory or log."""

    id: str  # stable within a run: "vanderpoorten", "jansen-2"
    name: str  # the fullest written form: "Marleen Vanderpoorten"
    mentions: tuple[str, ...]  # the written forms, in reading order: ("Marleen Vanderpoorten", "Vanderpoorten")
    role: str  # "keep" (public official acting in office) | "redact" (civil servant or citizen) | "review" (no support)
    evidence: str  # short Dutch text: "publiek functionaris (minister van Onderwijs, regel 24)"
    strength: int = 0  # rank of the evidence that decided (decide/roles.py); a dossier role travels only upwards


# The reason of a PERSON finding that only the language model proposed and nothing supports (no listed
# name, title, position, e-mail link or other mention): kept visible in `run`, a proposal to judge in
# `scan`/`review`, counted in the inventory's Toelichting (decide/persons.py).
UNSUPPORTED_NAME = "naam zonder steun: ter beoordeling"

# The reason of a special-category passage (detect/special.py) the classifier is not sure of, or any such
# passage with `--special-categories propose`: kept visible in `run`, a proposal in `scan`/`review`,
# counted in the inventory's Toelichting (decide/special.py).
SPECIAL_PROPOSAL = "bijzondere persoonsgegevens: ter beoordeling"


@dataclass(frozen=True)
class Decision:
    """What happens to a finding: redacted under a ground, or kept visible with a reason.
    A PERSON decision of the role stage points to its `person` (cluster, role and evidence)."""

    finding: Finding
    action: str  # "redact" | "keep"
    ground: str | None  # Woo ground code, e.g. "5.1.2e"; None when kept
    reason: str
    person: Person | None = None

    @property
    def evidence(self) -> str:
        return self.person.evidence if self.person else ""


@dataclass(frozen=True)
class Redaction:
    """A redaction as rendered: where the box(es) went. Carries no redacted value."""

    page: int
    start: int
    end: int
    entity_type: str
    ground: str
    detector: str
    score: float
    boxes: tuple[Box, ...] = ()
    # The label written in each box when one is shorter than the ground (a short box gets
    # `2e` or `e` for `5.1.2e`); empty when every box carries the full ground.
    labels: tuple[str, ...] = ()

    def label(self, index: int) -> str:
        return self.labels[index] if index < len(self.labels) else self.ground


@dataclass(frozen=True)
class Origin:
    """Where a converted document came from (ingest/convert/): its original file and its place in
    a family, a mail with its attachments. The inventory numbers a family 0012, 0012.1, 0012.2."""

    name: str  # the original file name: "overleg.msg", or the attachment's name as the mail gives it
    kind: str  # the original's type: "msg", "docx", ...
    root: str  # relpath of the family's first document (the outermost mail)
    index: tuple[int, ...] = ()  # () that document itself; (2, 1): attachment 1 of its attachment 2


@dataclass(frozen=True)
class MailKeys:
    """What the e-mail thread step (dossier/threads.py) compares of a mail: hashes of (subject without
    RE:/FW:, sender) for the mail itself and for every mail it quotes. Hashes only, never the values."""

    own: tuple[str, ...]  # the mail's own header: one key per form of its sender (address, name)
    quoted: tuple[str, ...] = ()  # the quoted header blocks ("Van: ... Onderwerp: ...") in its body
    blocks: int = 0  # how many quoted header blocks the body holds (the most complete mail quotes most)


@dataclass(frozen=True)
class Fingerprint:
    """What the dossier's duplicate and thread steps (redact/dossier/) need of a document, made where
    it is analysed: the number of words of its normalised text, a hash of that text (exact
    duplicates), its MinHash signature over word shingles (near-duplicates), and its mail keys.
    Hashes only: no value can be read back from it."""

    words: int
    exact: str  # SHA-256 of the normalised words
    minhash: tuple[int, ...] = ()
    mail: MailKeys | None = None

    @classmethod
    def from_json(cls, data: dict | None) -> Fingerprint | None:
        """From `dataclasses.asdict` of one (the journal, the work folder's index)."""
        if not data:
            return None
        mail = data.get("mail")
        return cls(words=data["words"], exact=data["exact"], minhash=tuple(data.get("minhash", ())),
                   mail=MailKeys(own=tuple(mail["own"]), quoted=tuple(mail["quoted"]), blocks=mail["blocks"])
                   if mail else None)


@dataclass(frozen=True)
class Duplicate:
    """A document that is a copy of another in the dossier (dossier/duplicates.py)."""

    original: str  # relpath of the group's original: the most complete member, then the first
    similarity: float  # estimated Jaccard similarity of the shingles; 1.0 for an exact duplicate
    exact: bool  # the same normalised text


@dataclass(frozen=True)
class DocumentResult:
    """The end of the pipeline for one document: what the report stage needs."""

    relpath: str
    kind: str
    status: Status
    output: str | None = None  # path of the written copy, relative to OUT
    redactions: tuple[Redaction, ...] = ()
    kept: int = 0  # findings deliberately left visible
    date: str | None = None
    error: str | None = None  # why the document failed or was withheld
    warnings: tuple[str, ...] = ()
    pages: int = 0
    unsupported_names: int = 0  # PERSON findings left visible for review (UNSUPPORTED_NAME)
    special_proposals: int = 0  # special-category passages left visible for review (SPECIAL_PROPOSAL)
    # Values that were redacted, for the output check only; never written to the public log.
    redacted_values: tuple[str, ...] = field(default=(), repr=False)
    # Absolute path of the original, for the private record only (verify's layout check
    # compares the output with it); never written to the public inventory or log.
    source: str | None = field(default=None, repr=False)
    # The persons of the document (decide/persons.py) with how many proposals point to each, for the
    # private record only (verify/record.py); never written to the public inventory or log.
    persons: tuple[tuple[Person, int], ...] = field(default=(), repr=False)
    # A withheld document: which redacted value the output check still read where ("'Jansen' op
    # regel 14 (tekst)"). For the console and the private record only, never the inventory or log.
    readable: tuple[str, ...] = field(default=(), repr=False)
    # A document a bug stopped: the traceback, for the console (the bug report) only; it names
    # files and paths, so never the inventory or log.
    traceback: str | None = field(default=None, repr=False)
    # A reviewer's decisions on pages that could not be read reliably (review/pages.py), with who and
    # when: for the console and the private record only, never the inventory or log.
    page_notes: tuple[str, ...] = field(default=(), repr=False)
    origin: Origin | None = None  # a converted document (mail, attachment, Office file, image)
    # Across the dossier (redact/dossier/): the document's fingerprint (hashes, private record and
    # journal only), the copy it is of, its e-mail thread (an integer >= 1, the inventory's Email Thread
    # ID) with the relpath of the thread's most complete mail, and the ID of the original (Gerelateerd ID).
    fingerprint: Fingerprint | None = field(default=None, repr=False)
    duplicate: Duplicate | None = None
    thread_id: int | None = None
    thread_lead: str | None = None
    # The document ID drawn in the margin of each page (`--stamp`, render/stamp.py); None: none drawn.
    stamp: str | None = None
    related_id: str | None = None

    @property
    def grounds(self) -> list[str]:
        return sorted({r.ground for r in self.redactions})
