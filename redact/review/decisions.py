"""Review decisions: stable ids for proposals, the decisions file, and applying it.

A proposal is what the machine decided about one span (a `Decision`, finding inside). The
reviewer's verdict on it is keyed to the value and its context, never to a character offset:

    id = hash(document, normalised value, entity type, 3 words before, 3 words after, occurrence)

so a re-scan after a rule change or a model update finds the same ids for the same spans, and
every decision that still applies is kept; proposals without a decision are open.

A decision can cover one proposal (kind "proposal"), every occurrence of a value in a document
or the whole dossier (kind "value", the `A`/`R` keys), or add a value no detector found
(kind "added", the `/` key: a redaction at every occurrence). A page that cannot be read
reliably gets a decision of its own (kind "page": publish, blackout or withhold; review/pages.py).

The decisions file holds the values: it belongs to the work folder, never to the disclosure.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path

from ..fileio import write_text_atomic
from ..grounds import normalise_ground
from ..model import Decision, DetectorKind, Document, Finding
from .pages import PAGE_ACTIONS, PAGE_KIND

FORMAT = "woo-redact/decisions"
VERSION = 1
DECISIONS_FILE = "decisions.json"
CONTEXT_WORDS = 3
ALL_DOCUMENTS = "*"  # `document` of a decision that holds for the whole dossier
ADDED_ENTITY = "MANUAL"  # entity type of a redaction the reviewer added by hand
UNREVIEWED_POLICIES = ("redact", "keep", "fail")
VERDICT_NL = {"open": "open", "accepted": "geaccepteerd", "rejected": "afgewezen"}  # for the reviewer


class DecisionsError(Exception):
    """The decisions file cannot be read; the message says why."""


class OpenProposals(Exception):
    """Export with `--unreviewed fail` found proposals nobody decided on."""


def normalise_value(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def context(text: str, start: int, end: int, words: int = CONTEXT_WORDS) -> tuple[str, str]:
    """A few normalised words before and after the span [start, end) of `text`."""
    before = normalise_value(text[max(0, start - 200):start]).split()[-words:]
    after = normalise_value(text[end:end + 200]).split()[:words]
    return " ".join(before), " ".join(after)


def proposal_id(document: str, value: str, entity: str, before: str, after: str, occurrence: int) -> str:
    key = "\x1f".join((document, normalise_value(value), entity, before, after, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Proposal:
    """One proposed redaction (or a finding the rules keep visible), with its stable id."""

    id: str
    decision: Decision  # what the machine proposes
    before: str = ""
    after: str = ""

    @property
    def finding(self) -> Finding:
        return self.decision.finding

    @property
    def norm(self) -> str:
        return normalise_value(self.finding.text)


def make_proposals(document: Document, decisions: tuple[Decision, ...] | list[Decision]) -> tuple[Proposal, ...]:
    """Proposals with stable ids, in reading order."""
    texts = {p.number: p.text for p in document.pages}
    seen: Counter[tuple] = Counter()
    out: list[Proposal] = []
    for d in sorted(decisions, key=lambda d: (d.finding.page, d.finding.start, d.finding.end)):
        f = d.finding
        before, after = context(texts[f.page], f.start, f.end)
        key = (normalise_value(f.text), f.entity_type, before, after)
        out.append(Proposal(proposal_id(document.relpath, f.text, f.entity_type, before, after, seen[key]),
                            d, before, after))
        seen[key] += 1
    return tuple(out)


@dataclass(frozen=True)
class ReviewDecision:
    """One entry of the decisions file: what a reviewer decided, when."""

    kind: str  # "proposal" | "value" | "added" | "page"
    document: str  # relpath, or "*" for the whole dossier
    value: str  # kind "page": the page number
    action: str  # "redact" | "keep"; kind "page": "publish" | "blackout" | "withhold"
    ground: str | None
    reviewer: str
    time: str  # ISO 8601, UTC
    id: str = ""  # the proposal's id (kind "proposal"); the page's fingerprint (kind "page")
    entity: str = ""
    context: str = ""  # "... before [value] after ...", for a human reading the file

    def __post_init__(self) -> None:
        if self.kind not in ("proposal", "value", "added", PAGE_KIND):
            raise ValueError(f"unknown decision kind {self.kind!r}")
        if self.action not in (PAGE_ACTIONS if self.kind == PAGE_KIND else ("redact", "keep")):
            raise ValueError(f"unknown action {self.action!r}")
        if self.action in ("redact", "blackout") and not self.ground:
            raise ValueError("a redaction needs a ground")
        if self.kind in ("proposal", PAGE_KIND) and not self.id:
            raise ValueError(f"a {self.kind} decision needs the {self.kind}'s id")
        if self.kind == PAGE_KIND and not (self.value.isdigit() and self.document != ALL_DOCUMENTS):
            raise ValueError("a page decision needs a document and a page number")

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.document, self.id if self.kind == "proposal" else normalise_value(self.value))


@dataclass(frozen=True)
class Verdict:
    status: str  # "open" | "accepted" (redacted) | "rejected" (kept visible)
    action: str  # what export does with it when it is not open
    ground: str | None
    by: ReviewDecision | None = None


_FIELDS = [f.name for f in fields(ReviewDecision)]


class DecisionBook:
    """All decisions of a work folder, looked up by proposal id and by value."""

    def __init__(self, entries: list[ReviewDecision] | tuple[ReviewDecision, ...] = ()):
        self._entries: dict[tuple[str, str, str], ReviewDecision] = {}
        for e in entries:
            self.record(e)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def entries(self) -> list[ReviewDecision]:
        """Stable order (document, kind, value, id), so that the file diffs well in a merge request."""
        return sorted(self._entries.values(), key=lambda e: (e.document, e.kind, normalise_value(e.value), e.id))

    def record(self, entry: ReviewDecision) -> None:
        self._entries[entry.key] = entry

    def remove(self, key: tuple[str, str, str]) -> None:
        self._entries.pop(key, None)

    def get(self, key: tuple[str, str, str]) -> ReviewDecision | None:
        return self._entries.get(key)

    def for_proposal(self, document: str, proposal_id: str, norm: str) -> ReviewDecision | None:
        """The decision that applies: this very proposal, then its value in this document,
        then its value in the dossier."""
        for key in (("proposal", document, proposal_id),
                    ("value", document, norm), ("added", document, norm),
                    ("value", ALL_DOCUMENTS, norm), ("added", ALL_DOCUMENTS, norm)):
            entry = self._entries.get(key)
            if entry is not None:
                return entry
        return None

    def pages(self, document: str) -> dict[int, ReviewDecision]:
        """The page decisions of a document, by page number (review/pages.py applies them)."""
        return {int(e.value): e for e in self._entries.values() if e.kind == PAGE_KIND and e.document == document}

    def proposal_decisions(self, document: str) -> list[ReviewDecision]:
        return [e for e in self._entries.values() if e.kind == "proposal" and e.document == document]

    def missing(self, document: str, ids: set[str]) -> list[ReviewDecision]:
        """Accepted redactions in this document whose proposal is not among `ids`."""
        return [e for e in self.proposal_decisions(document) if e.action == "redact" and e.id not in ids]

    def added(self, document: str) -> list[ReviewDecision]:
        return [e for e in self.entries if e.kind == "added" and e.document in (document, ALL_DOCUMENTS)]

    def verdict(self, document: str, proposal: Proposal) -> Verdict:
        return verdict_of(self.for_proposal(document, proposal.id, proposal.norm), proposal.decision)

    # -- the file --------------------------------------------------------------------------

    def dumps(self) -> str:
        """JSON with one decision per line: readable, and a merge request shows one line per change."""
        lines = [json.dumps({name: getattr(e, name) for name in _FIELDS}, ensure_ascii=False)
                 for e in self.entries]
        body = ",\n  ".join(lines)
        return (f'{{"format": "{FORMAT}", "version": {VERSION},\n "decisions": [\n  {body}\n ]}}\n'
                if lines else f'{{"format": "{FORMAT}", "version": {VERSION},\n "decisions": []}}\n')

    def save(self, path: Path) -> None:
        write_text_atomic(path, self.dumps(), mode=0o600)  # it holds values: private, as the work folder

    @classmethod
    def load(cls, path: Path) -> DecisionBook:
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DecisionsError(f"{path}: niet leesbaar: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DecisionsError(f"{path}: geen woo-redact besluitenbestand")
        if data.get("version") != VERSION:
            raise DecisionsError(f"{path}: versie {data.get('version')} onbekend (deze woo-redact leest versie {VERSION})")
        entries = []
        for i, item in enumerate(data.get("decisions") or []):
            try:
                fields_ = {k: item[k] for k in _FIELDS if k in item}
                if fields_.get("ground"):  # a hand-edited file may spell it `5.1.2.e`
                    fields_["ground"] = normalise_ground(str(fields_["ground"])) or fields_["ground"]
                entries.append(ReviewDecision(**fields_))
            except (TypeError, ValueError) as exc:
                raise DecisionsError(f"{path}: besluit {i + 1}: {exc}") from None
        return cls(entries)

    def check_grounds(self, known: set[str] | dict) -> None:
        """Raise DecisionsError when a decision names a ground outside the catalogue."""
        for e in self.entries:
            if e.action in ("redact", "blackout") and e.ground not in known:
                raise DecisionsError(f"{DECISIONS_FILE}: besluit over {e.value!r} ({e.document}): onbekende grond "
                                     f"{e.ground!r} (zie `woo-redact grounds`)")


def verdict_of(entry: ReviewDecision | None, proposed: Decision) -> Verdict:
    if entry is None:
        return Verdict("open", proposed.action, proposed.ground)
    if entry.action == "redact":
        return Verdict("accepted", "redact", entry.ground, entry)
    return Verdict("rejected", "keep", None, entry)


def _occurrences(value: str, text: str) -> list[tuple[int, int]]:
    words = value.split()
    if not words:
        return []
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]


def added_proposals(document: Document, proposals: tuple[Proposal, ...], book: DecisionBook) -> tuple[Proposal, ...]:
    """Proposals for the values the reviewer added, at every occurrence that no proposal covers yet."""
    covered = {(p.finding.page, p.finding.start, p.finding.end) for p in proposals}
    decisions: list[Decision] = []
    for entry in book.added(document.relpath):
        for page in document.pages:
            for start, end in _occurrences(entry.value, page.text):
                if (page.number, start, end) in covered:
                    continue
                covered.add((page.number, start, end))
                finding = Finding(page=page.number, start=start, end=end, text=page.text[start:end],
                                  entity_type=ADDED_ENTITY, score=1.0, detector="reviewer", detector_kind=DetectorKind.REVIEWER,
                                  explanation=f"toegevoegd door {entry.reviewer}")
                decisions.append(Decision(finding, "redact", entry.ground, "toegevoegd door de beoordelaar"))
    return make_proposals(document, decisions)


def recovered_proposals(document: Document, proposals: tuple[Proposal, ...], book: DecisionBook) -> tuple[Proposal, ...]:
    """Accepted redactions that a re-scan no longer proposes (a rule or the model changed), put
    back at their place: the id is recomputed for each occurrence of the value, and the one with
    the decision's id is it. A reviewer's "redact" never disappears silently."""
    have = {p.id for p in proposals}
    wanted = {e.id: e for e in book.proposal_decisions(document.relpath) if e.action == "redact" and e.id not in have}
    if not wanted:
        return ()
    out: list[Proposal] = []
    for value, entity in sorted({(e.value, e.entity) for e in wanted.values()}):
        seen: Counter[tuple[str, str]] = Counter()
        for page in document.pages:
            for start, end in _occurrences(value, page.text):
                before, after = context(page.text, start, end)
                pid = proposal_id(document.relpath, page.text[start:end], entity, before, after, seen[(before, after)])
                seen[(before, after)] += 1
                entry = wanted.get(pid)
                if entry is None:
                    continue
                finding = Finding(page=page.number, start=start, end=end, text=page.text[start:end], entity_type=entity,
                                  score=1.0, detector="reviewer", detector_kind=DetectorKind.REVIEWER,
                                  explanation=f"eerder geaccepteerd door {entry.reviewer}; niet meer gedetecteerd")
                out.append(Proposal(pid, Decision(finding, "redact", entry.ground, "eerder geaccepteerd; niet meer gedetecteerd"),
                                    before, after))
    return tuple(out)


def extra_proposals(document: Document, proposals: tuple[Proposal, ...], book: DecisionBook) -> tuple[Proposal, ...]:
    """What the reviewer's decisions add to a scan's proposals: earlier accepted ones that are no
    longer detected, and values added by hand. With the scan's own, in reading order."""
    recovered = recovered_proposals(document, proposals, book)
    added = added_proposals(document, proposals + recovered, book)
    return recovered + added


def with_extra(document: Document, proposals: tuple[Proposal, ...], book: DecisionBook) -> tuple[Proposal, ...]:
    return tuple(sorted(proposals + extra_proposals(document, proposals, book),
                        key=lambda p: (p.finding.page, p.finding.start, p.finding.end)))


def final_decisions(document: Document, proposals: tuple[Proposal, ...], book: DecisionBook,
                    unreviewed: str = "redact") -> tuple[Decision, ...]:
    """What export burns in: the reviewed verdicts, and the open proposals by policy
    (`redact`: the machine's proposal stands; `keep`: left visible; `fail`: OpenProposals)."""
    if unreviewed not in UNREVIEWED_POLICIES:
        raise ValueError(f"unreviewed must be one of {UNREVIEWED_POLICIES}")
    out: list[Decision] = []
    open_count = 0
    for p in proposals:
        v = book.verdict(document.relpath, p)
        if v.status == "open":
            open_count += 1
            if unreviewed == "keep":
                out.append(Decision(p.finding, "keep", None, "niet beoordeeld: zichtbaar gelaten (--unreviewed keep)",
                                    p.decision.person))
            else:
                out.append(p.decision)
        else:
            reason = f"{VERDICT_NL[v.status]} door {v.by.reviewer} op {v.by.time}" if v.by else VERDICT_NL[v.status]
            out.append(Decision(p.finding, v.action, v.ground, reason, p.decision.person))
    if open_count and unreviewed == "fail":
        raise OpenProposals(f"{document.relpath}: {open_count} voorstel(len) niet beoordeeld")
    return tuple(out)
