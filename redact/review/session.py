"""The state of a review, without any terminal: where the reviewer is, what is decided, what is shown.

Opening reads only the index and the decisions file; a document's JSON is read when the reviewer
reaches it (and a few are kept in memory), so a dossier of any size opens at once. Counting,
filtering and moving between documents use the index's summary rows. Every decision is written
to the decisions file as it is made.
"""

from __future__ import annotations

import getpass
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from .decisions import (ADDED_ENTITY, ALL_DOCUMENTS, DECISIONS_FILE, DecisionBook, Proposal,
                                ReviewDecision, extra_proposals, normalise_value)
from ..grounds import normalise_ground
from ..render.pdf import UNREADABLE_ENTITY
from .pages import PAGE_ACTIONS, PAGE_CHOICES_NL, PAGE_KIND, page_fingerprint
from ..model import Document
from ..rules import RuleSet
from .workfolder import EntryStatus, IndexEntry, ProposalRow, prepare_work, read_document, read_index

CACHED_DOCUMENTS = 4


@dataclass(frozen=True)
class Filter:
    entity: str | None = None
    ground: str | None = None
    max_score: float | None = None  # only proposals scoring below this
    open_only: bool = False

    def matches(self, row: ProposalRow, status: str) -> bool:
        return ((self.entity is None or row.entity == self.entity)
                and (self.ground is None or row.ground == self.ground)
                and (self.max_score is None or row.score < self.max_score)
                and (not self.open_only or status == "open"))

    def describe(self) -> str:
        parts = [self.entity or "", self.ground or "",
                 f"score<{self.max_score:g}" if self.max_score is not None else "", "open" if self.open_only else ""]
        return " ".join(p for p in parts if p) or "geen"


def parse_filter(text: str, rules: RuleSet) -> Filter:
    """`PERSON 5.1.2e <0.8 open` in any order and combination; empty clears the filter."""
    entity = ground = None
    max_score = None
    open_only = False
    for token in text.split():
        low = token.lower()
        if low in ("open", "o"):
            open_only = True
        elif low.lstrip("score").startswith("<"):
            try:
                max_score = float(low.lstrip("score").lstrip("<"))
            except ValueError:
                raise ValueError(f"geen score: {token!r} (bijv. <0.8)") from None
        elif normalise_ground(token) is not None:
            ground = normalise_ground(token)
            if ground not in rules.grounds:
                raise ValueError(f"onbekende grond {token!r}")
        elif token.isupper() or token.replace("_", "").isalpha():
            entity = token.upper()
        else:
            raise ValueError(f"onbekend filter {token!r}: gebruik een entiteitstype, grond, <score of open")
    return Filter(entity, ground, max_score, open_only)


def _status(entry: ReviewDecision | None) -> str:
    if entry is None:
        return "open"
    return "accepted" if entry.action == "redact" else "rejected"


@dataclass(frozen=True)
class Loaded:
    document: Document
    proposals: tuple[Proposal, ...]  # scanned and added by the reviewer, in reading order


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a bare container
        return "onbekend"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ReviewSession:
    def __init__(self, work: Path, rules: RuleSet, reviewer: str | None = None,
                 clock: Callable[[], str] = _now):
        self.work = work
        self.rules = rules
        self.reviewer = reviewer or login_name()
        self.clock = clock
        index = read_index(work)
        prepare_work(work)  # decisions are written here: tighten a folder an earlier version left open
        self.failed = [e for e in index.documents if e.status not in (EntryStatus.OK, EntryStatus.SKIPPED)]
        self.entries: list[IndexEntry] = [e for e in index.documents if e.status is EntryStatus.OK]
        self.decisions_path = work / DECISIONS_FILE
        self.book = DecisionBook.load(self.decisions_path)
        self.book.check_grounds(rules.grounds)
        self.filter = Filter()
        self._loaded: OrderedDict[int, Loaded] = OrderedDict()
        # Rows of proposals the decisions add (values added by hand, accepted ones no longer
        # detected), kept when their document leaves memory.
        self._added: dict[int, list[ProposalRow]] = {}
        self._counts: dict[int, Counter] = {}
        self._rows: dict[int, list[ProposalRow]] = {}  # per document, the same whether it is loaded or not
        self._find_added(range(len(self.entries)))
        self.doc = 0
        self.pos = 0  # index into rows(doc)
        self.message = ""
        # Reopening starts at the first proposal nobody decided on: a stray key at proposal 1 would
        # overrule an earlier decision. All decided (or nothing scanned): the first proposal.
        first = self._find(0, -1, +1, open_only=True) or self._find(0, -1, +1)
        if first is not None:
            self._go(*first)

    # -- reading ---------------------------------------------------------------------------

    def loaded(self, i: int) -> Loaded:
        if i in self._loaded:
            self._loaded.move_to_end(i)
            return self._loaded[i]
        document, proposals = read_document(self.work, self.entries[i], boxes=False)
        extra = extra_proposals(document, proposals, self.book)
        merged = tuple(sorted(proposals + extra, key=lambda p: (p.finding.page, p.finding.start, p.finding.end)))
        item = Loaded(document, merged)
        self._loaded[i] = item
        self._added[i] = [ProposalRow.of(p) for p in extra]
        self._rows[i] = [ProposalRow.of(p) for p in merged]
        while len(self._loaded) > CACHED_DOCUMENTS:
            self._loaded.popitem(last=False)
        self._counts.pop(i, None)
        return item

    def _find_added(self, docs) -> None:
        """Where the decisions add proposals (this reads those documents: only done for documents
        with such a decision, when it is made or the review opens)."""
        for i in docs:
            self._added.pop(i, None)
            self._loaded.pop(i, None)
            self._rows.pop(i, None)
            entry = self.entries[i]
            if self.book.added(entry.relpath) or self.book.missing(entry.relpath, {r.id for r in entry.proposals}):
                self.loaded(i)

    def rows(self, i: int) -> list[ProposalRow]:
        if i not in self._rows:
            rows = list(self.entries[i].proposals) + self._added.get(i, [])
            self._rows[i] = sorted(rows, key=lambda r: (r.page, r.start)) if i in self._added else rows
        return self._rows[i]

    def status(self, i: int, row: ProposalRow) -> str:
        return _status(self.book.for_proposal(self.entries[i].relpath, row.id, row.norm))

    def counts(self) -> Counter:
        total: Counter = Counter()
        for i in range(len(self.entries)):
            if i not in self._counts:
                self._counts[i] = Counter(self.status(i, r) for r in self.rows(i))
            total += self._counts[i]
        return total

    def total(self) -> int:
        return sum(len(self.rows(i)) for i in range(len(self.entries)))

    def position(self) -> int:
        """1-based number of the current proposal in the dossier (0 when there is none)."""
        if not self.entries or not self.rows(self.doc):
            return 0
        return sum(len(self.rows(i)) for i in range(self.doc)) + self.pos + 1

    @property
    def current(self) -> Proposal | None:
        if not self.entries:
            return None
        proposals = self.loaded(self.doc).proposals
        return proposals[self.pos] if 0 <= self.pos < len(proposals) else None

    @property
    def relpath(self) -> str:
        return self.entries[self.doc].relpath

    # -- moving ----------------------------------------------------------------------------

    def _find(self, doc: int, pos: int, step: int, open_only: bool = False) -> tuple[int, str] | None:
        """The next (step +1) or previous (-1) proposal after (doc, pos) that passes the filter
        (and is open, with `open_only`), as (document, proposal id); found in the index rows,
        nothing is loaded."""
        wanted = replace(self.filter, open_only=True) if open_only else self.filter
        i = doc
        while 0 <= i < len(self.entries):
            rows = self.rows(i)
            j = pos + step if i == doc else (0 if step > 0 else len(rows) - 1)
            while 0 <= j < len(rows):
                if wanted.matches(rows[j], self.status(i, rows[j])):
                    return i, rows[j].id
                j += step
            i += step
        return None

    def _go(self, doc: int, proposal_id: str) -> None:
        ids = [p.id for p in self.loaded(doc).proposals]
        self.doc, self.pos = doc, ids.index(proposal_id) if proposal_id in ids else 0

    def move(self, step: int, after_decision: bool = False) -> bool:
        target = self._find(self.doc, self.pos, step)
        if target is None:
            if after_decision:  # keep the decision's message
                self.message += " (laatste voorstel)"
            else:
                self.message = "geen volgend voorstel" if step > 0 else "geen vorig voorstel"
            return False
        self._go(*target)
        return True

    def set_filter(self, new: Filter) -> None:
        self.filter = new
        current = self.current
        row = self.rows(self.doc)[self.pos] if current else None
        if row is not None and new.matches(row, self.status(self.doc, row)):
            return
        if not self.move(+1) and not self.move(-1):
            self.message = "geen voorstellen voor dit filter"

    # -- deciding --------------------------------------------------------------------------

    def _entry(self, kind: str, document: str, action: str, ground: str | None, value: str, entity: str,
               proposal: Proposal | None = None) -> ReviewDecision:
        ctx = f"… {proposal.before} [{value}] {proposal.after} …" if proposal else ""
        return ReviewDecision(kind=kind, document=document, value=value, action=action,
                              ground=ground if action == "redact" else None, reviewer=self.reviewer,
                              time=self.clock(), id=proposal.id if proposal and kind == "proposal" else "",
                              entity=entity, context=ctx)

    def _save(self) -> None:
        self.book.save(self.decisions_path)

    def _redact_ground(self, proposal: Proposal) -> str:
        verdict = self.book.verdict(self.relpath, proposal)
        return verdict.ground or proposal.decision.ground or self.rules.ground_for(proposal.finding.entity_type)

    def decide(self, action: str, ground: str | None = None) -> None:
        """Accept (redact) or reject (keep visible) the current proposal; then move on."""
        p = self.current
        if p is None:
            return
        if action == "redact":
            ground = ground or self._redact_ground(p)
        self.book.record(self._entry("proposal", self.relpath, action, ground, p.finding.text,
                                     p.finding.entity_type, p))
        self._save()
        self._counts.pop(self.doc, None)
        self.message = f"{'weggelakt' if action == 'redact' else 'zichtbaar'}: {p.finding.text}" + (
            f" ({ground})" if action == "redact" else "")
        self.move(+1, after_decision=True)

    def change_ground(self, written: str) -> None:
        code = normalise_ground(written)
        if code is None or code not in self.rules.grounds:
            self.message = f"onbekende grond {written!r}: zie `woo-redact grounds`"
            return
        self.decide("redact", code)

    def _clear_value(self, norm: str, dossier: bool) -> None:
        """Drop earlier decisions on this value in the scope, so the new value decision governs."""
        docs = ({e.relpath for e in self.entries} | {ALL_DOCUMENTS}) if dossier else {self.relpath}
        for entry in self.book.entries:
            if entry.document in docs and normalise_value(entry.value) == norm:
                self.book.remove(entry.key)

    def decide_value(self, action: str, dossier: bool) -> None:
        """Accept or reject every occurrence of the current proposal's value (document or dossier)."""
        p = self.current
        if p is None:
            return
        ground = self._redact_ground(p) if action == "redact" else None
        self._clear_value(p.norm, dossier)
        self.book.record(self._entry("value", ALL_DOCUMENTS if dossier else self.relpath, action, ground,
                                     p.finding.text, p.finding.entity_type, p))
        self._save()
        self._counts.clear()
        scope = "hele dossier" if dossier else "dit document"
        self.message = f"{'weggelakt' if action == 'redact' else 'zichtbaar'} in {scope}: {p.finding.text}"
        self.move(+1, after_decision=True)

    def unreadable_pages(self, relpath: str | None = None) -> list[tuple[int, str]]:
        """(page, why) of the pages of a document (default: the current one) that cannot be read reliably."""
        i = self.doc if relpath is None else [e.relpath for e in self.entries].index(relpath)
        return [(p.number, p.needs_review) for p in self.loaded(i).document.pages if p.needs_review]

    def decide_page(self, relpath: str, number: int, action: str, ground: str | None = None) -> str:
        """The coordinator's decision on a page that cannot be read reliably (review/pages.py):
        "publish", "blackout" (with a ground; default policy.yaml's UNREADABLE_PAGE) or "withhold",
        tied to the page's fingerprint. Returns the message; raises ValueError when it cannot apply."""
        if relpath not in [e.relpath for e in self.entries]:
            raise ValueError(f"{relpath}: niet in de werkmap (of niet gescand)")
        if number not in dict(self.unreadable_pages(relpath)):
            raise ValueError(f"{relpath} pagina {number}: geen pagina die niet betrouwbaar te lezen is")
        if action not in PAGE_ACTIONS:
            raise ValueError(f"onbekend paginabesluit {action!r} (kies uit {', '.join(PAGE_ACTIONS)})")
        if action == "blackout":
            ground = normalise_ground(ground) if ground else self.rules.ground_for(UNREADABLE_ENTITY)
            if ground not in self.rules.grounds:
                raise ValueError("onbekende grond: zie `woo-redact grounds`")
        else:
            ground = None
        entry = self.entries[[e.relpath for e in self.entries].index(relpath)]
        fingerprint = page_fingerprint(entry.source, number)
        if fingerprint is None:
            raise ValueError(f"{relpath} pagina {number}: bron niet te lezen; scan opnieuw")
        self.book.record(ReviewDecision(kind=PAGE_KIND, document=relpath, value=str(number), action=action,
                                        ground=ground, reviewer=self.reviewer, time=self.clock(), id=fingerprint))
        self._save()
        self.message = f"{relpath} pagina {number}: {PAGE_CHOICES_NL[action]}" + (f" ({ground})" if ground else "")
        return self.message

    def add_value(self, value: str, dossier: bool) -> int:
        """Redact a value typed by the reviewer at every occurrence; returns the count in this document."""
        value = " ".join(value.split())
        if len(value) < 2:
            self.message = "te kort om te zoeken"
            return 0
        norm = normalise_value(value)
        self._clear_value(norm, dossier)
        self.book.record(self._entry("added", ALL_DOCUMENTS if dossier else self.relpath, "redact",
                                     self.rules.ground_for(ADDED_ENTITY), value, ADDED_ENTITY))
        self._save()
        was = self.current.id if self.current else ""
        self._find_added(range(len(self.entries)) if dossier else [self.doc])
        self._counts.clear()
        hits = [k for k, p in enumerate(self.loaded(self.doc).proposals) if p.norm == norm]
        if hits:
            self.pos = hits[0]
        else:
            self._go(self.doc, was)  # the list changed around it: stay on the same proposal
        self.message = f"toegevoegd: {value!r}, {len(hits)} keer in dit document" + (
            " (en in het hele dossier)" if dossier else "")
        return len(hits)
