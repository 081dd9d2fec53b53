"""`export`: burn the reviewed decisions of a work folder into redacted copies, verify, report.

    work index + decisions -> final decisions per document -> the same in every copy -> publish
      -> relations -> finish

Copies (dossier/duplicates.py, from the fingerprints the scan stored in the index): the values
redacted in the final decisions of any copy are redacted in all of them (dossier/copies.py), so a
reviewer's decision on one copy applies to every copy, and redact wins where they differ. With
`--duplicates skip` only the original of each group is published.

Publishing is the same step as `run`'s (pipeline.Publisher); the work folder stands in for the
analysis, the reviewer's decisions for the machine's.
"""

from __future__ import annotations

import re
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from ..review.decisions import (DECISIONS_FILE, DecisionBook, DecisionsError, extra_proposals, final_decisions,
                                normalise_value)
from ..decide.overlaps import resolve_overlaps
from ..decide.special import unreviewed as special_unreviewed
from ..errors import ReviewNeeded, ReviewOpen, UsageProblem, write_problem
from ..model import Decision, DocumentResult, Status
from ..outfolder import remove_output
from ..pipeline import Publisher, failed
from ..review.lock import Locked, review_lock
from ..review.pages import judge_pages
from ..rules import RuleSet
from ..verify.record import check_private_dir, default_private_dir
from ..review.workfolder import EntryStatus, IndexEntry, WorkError, WorkIndex, check_source, read_document, read_index
from .common import Options, RunOutcome, document_numbers, finish, rules_for
from .executor import Executor, LocalPool, Progress
from ..dossier.copies import copy_values, with_copies
from ..dossier.duplicates import copy_groups
from .formats import read_origins, with_origins
from .guard import guarded_output, is_write_error

# How a document the scan could not use is reported (skipped: a file type this tool does not read).


@dataclass(frozen=True)
class ExportContext:
    """What exporting a document needs (flows/executor.py)."""

    rules: RuleSet
    work: Path
    out_dir: Path
    book: DecisionBook
    unreviewed: str  # open proposals: "redact" | "keep" ("fail" never gets this far)
    copies: dict[str, dict[str, Decision]] = field(default_factory=dict)  # relpath -> values its copies redact
    skip: frozenset[str] = frozenset()  # copies not published again (--duplicates skip)
    stamps: dict[str, str] = field(default_factory=dict)  # relpath -> document ID of the PDFs to stamp (--stamp)

    @cached_property
    def publisher(self) -> Publisher:
        return Publisher(self.rules)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "publisher"}


def export(work_dir: Path, out_dir: Path, unreviewed: str = "redact", options: Options = Options(),
           private_dir: Path | None = None, executor: Executor | None = None,
           progress: Progress | None = None) -> RunOutcome:
    """Export WORK into OUT. Raises UsageProblem (exit 2), RulesError (exit 3), or ReviewOpen
    (exit 6: `unreviewed="fail"` and proposals are open; nothing exported), FolderBusy (exit 75:
    another run holds OUT) or EnvironmentProblem (exit 74: OUT cannot be written)."""
    private_dir = private_dir or default_private_dir(out_dir)
    with ExitStack() as guard:  # the output folders stay locked up to the end of finish()
        try:
            return _export(work_dir, out_dir, unreviewed, options, private_dir, executor, progress, guard)
        except OSError as exc:  # a write failed midway: stop, report nothing half
            if is_write_error(exc):
                raise write_problem(exc, f"uitvoermap {out_dir} of privémap {private_dir}") from None
            raise


def _export(work_dir: Path, out_dir: Path, unreviewed: str, options: Options, private_dir: Path,
            executor: Executor | None, progress: Progress | None, guard: ExitStack) -> RunOutcome:
    try:
        check_folders(work_dir, out_dir, private_dir)
        with review_lock(work_dir, "woo-redact export"):  # not while a review is still deciding
            index = read_index(work_dir)
            book = DecisionBook.load(work_dir / DECISIONS_FILE)
            check_sources(index, out_dir)
            rules = rules_for(options, work=work_dir)
            book.check_grounds(rules.grounds)
            if unreviewed == "fail":
                refuse_open(index, book, work_dir)
            by_policy = sum(open_proposals(index, book).values())  # decided by --unreviewed redact|keep
            guard.enter_context(guarded_output(out_dir, private_dir))  # lock, write check, leftovers
            origins, _ = read_origins(work_dir)  # the stable numbers first: --stamp draws them
            numbered = document_numbers([(e.relpath, origins.get(e.relpath)) for e in index.documents], private_dir,
                                        options)
            stamps = numbered.ids() if options.stamp else {}
            context = ExportContext(rules, work_dir, out_dir, book, unreviewed, stamps=stamps)
            context = replace(context, **across_copies(context, index, options.duplicates))
            unsupported = [export_one(context, e) for e in index.documents if e.status is EntryStatus.SKIPPED]
            todo = [e for e in index.documents if e.status is not EntryStatus.SKIPPED]
            # In this process by default: the decisions are read per document, nothing is detected.
            results = (executor or LocalPool(1)).map(export_one, todo, context, progress or Progress(),
                                                     "exporteren", lambda e: e.relpath)
    except (WorkError, DecisionsError, Locked) as exc:
        raise UsageProblem(str(exc)) from None
    results = with_origins(sorted(results + unsupported, key=lambda r: r.relpath), work_dir)  # families
    done = finish(results, out_dir, private_dir, options, rules, numbered, executor, progress)
    return RunOutcome(out_dir, done.results, done.record, done.stale, open_by_policy=by_policy, package=done.package)


def open_proposals(index: WorkIndex, book: DecisionBook) -> dict[str, int]:
    """Open proposals per document, from the index alone."""
    out: dict[str, int] = {}
    for e in index.documents:
        n = sum(1 for row in e.proposals if book.for_proposal(e.relpath, row.id, row.norm) is None)
        if n:
            out[e.relpath] = n
    return out


def refuse_open(index: WorkIndex, book: DecisionBook, work_dir: Path) -> None:
    still_open = open_proposals(index, book)
    if still_open:
        per_document = ", ".join(f"{relpath} ({n})" for relpath, n in sorted(still_open.items()))
        raise ReviewOpen(f"{sum(still_open.values())} voorstellen open (--unreviewed fail): {per_document}. "
                         f"Beoordeel ze met: woo-redact review {work_dir}", still_open)


def across_copies(context: ExportContext, index: WorkIndex, duplicates: str) -> dict:
    """The reduce step over the copies (in this process, before publishing): for each member of a
    group of copies the values the final decisions of any member redact, and with `skip` the
    members that are not published again."""
    fingerprints = {e.relpath: e.fingerprint for e in index.documents
                    if e.fingerprint is not None and e.status is EntryStatus.OK}
    groups = copy_groups(fingerprints, context.rules.policy.duplicates)
    copies: dict[str, dict[str, Decision]] = {}
    if context.rules.policy.duplicates.same_redactions:
        entries = {e.relpath: e for e in index.documents}
        for group in groups:
            finals = [final(context, entries[r], boxes=False) for r in group]
            values = copy_values((f[1] for f in finals if f is not None), context.rules.policy.propagate_min_length)
            copies.update({r: values for r in group} if values else {})
    skip = frozenset(r for g in groups for r in g[1:]) if duplicates == "skip" else frozenset()
    return {"copies": copies, "skip": skip}


def final(context: ExportContext, entry: IndexEntry, boxes: bool = True):
    """(document, final decisions one per proposal, the proposals) of a document, or None when its
    work file cannot be read."""
    try:
        document, proposals = read_document(context.work, entry, boxes=boxes)
    except WorkError:
        return None
    return (document,) + decided(context, document, proposals)


def decided(context: ExportContext, document, proposals) -> tuple:
    """(the final decisions, one per proposal; the proposals with the reviewer's additions)."""
    proposals = proposals + extra_proposals(document, proposals, context.book)
    decisions = final_decisions(document, proposals, context.book, context.unreviewed)  # one per proposal
    # --special-categories on the special-category passages nobody judged (decide/special.py).
    decisions = special_unreviewed(decisions, [d is p.decision for d, p in zip(decisions, proposals)], context.rules)
    return tuple(decisions), proposals


def export_one(context: ExportContext, entry: IndexEntry) -> DocumentResult:
    """The final decisions of one document, published; a source that changed is not exported.
    The result carries the fingerprint of the scan (for the dossier's relations)."""
    result = _export_one(context, entry)
    return replace(result, fingerprint=entry.fingerprint) if entry.fingerprint else result


def _export_one(context: ExportContext, entry: IndexEntry) -> DocumentResult:
    out_dir = context.out_dir
    if entry.status is not EntryStatus.OK:
        return DocumentResult(relpath=entry.relpath, kind=entry.kind, status=entry.status.outcome, error=entry.error)
    problem = check_source(entry)
    if problem:
        remove_output(out_dir, entry.relpath)
        return DocumentResult(relpath=entry.relpath, kind=entry.kind, status=Status.FAILED, error=problem)
    try:
        document, proposals = read_document(context.work, entry)
    except WorkError as exc:
        return failed(Path(entry.source), entry.relpath, out_dir, exc)
    if entry.relpath in context.skip:  # a copy not published again: its original is
        remove_output(out_dir, entry.relpath)
        return DocumentResult(relpath=entry.relpath, kind=document.kind, status=Status.OK, date=document.date,
                              warnings=document.warnings, pages=len(document.pages), source=document.source)
    decisions, proposals = decided(context, document, proposals)
    # Kept visible against the machine's proposal (by the reviewer, or by --unreviewed keep).
    overruled = [d.finding.text for d, p in zip(decisions, proposals)
                 if d.action == "keep" and p.decision.action == "redact"]
    values = context.copies.get(entry.relpath)
    if values:  # redacted in a copy of this document: redacted here too (dossier/copies.py)
        decisions = with_copies(document, decisions, values, context.rules)
        redacted = {normalise_value(v) for v in values}
        overruled = [t for t in overruled if normalise_value(t) not in redacted]
    # Reviewer additions may overlap detected spans: one box per stretch of text.
    decisions = tuple(resolve_overlaps(document, list(decisions), context.rules))
    unchecked = visible_elsewhere(decisions, overruled)
    if unchecked:  # the warning goes into the public inventory: a count, never the values
        document = replace(document, warnings=document.warnings + (
            f"{len(unchecked)} weggelakte waarde(n) staan elders in het document bewust zichtbaar; "
            "de tekstcontrole kan die niet toetsen",))
    # Pages that cannot be read reliably: the reviewer's page decision, else the scan's --unreadable-pages
    # (work folders of earlier versions kept such pages only with blackout).
    judged = judge_pages(document, context.book.pages(entry.relpath), entry.unreadable or "blackout")
    if judged.withheld:
        return failed(Path(entry.source), entry.relpath, out_dir, ReviewNeeded(judged.withheld))
    document = judged.document
    blackout = any(p.needs_review for p in document.pages)
    return context.publisher.publish(document, decisions, out_dir, blackout=blackout, unchecked=unchecked,
                                     stamp=context.stamps.get(entry.relpath), page_grounds=judged.grounds,
                                     page_notes=judged.notes)


def visible_elsewhere(decisions: tuple[Decision, ...], kept_texts: list[str]) -> frozenset[str]:
    """Redacted values that also stand, as a word, in one of the texts kept visible."""
    kept = [normalise_value(t) for t in kept_texts]
    return frozenset(d.finding.text for d in decisions if d.action == "redact" and any(
        re.search(r"(?<!\w)" + re.escape(normalise_value(d.finding.text)) + r"(?!\w)", k) for k in kept))


def check_folders(work_dir: Path, out_dir: Path, private_dir: Path) -> None:
    work, out = work_dir.resolve(), out_dir.resolve()
    if out == work or out.is_relative_to(work) or work.is_relative_to(out):
        raise UsageProblem("de uitvoermap en de werkmap mogen niet in elkaar liggen: "
                           "de werkmap bevat de weggelakte waarden en hoort niet bij de openbaarmaking")
    try:
        check_private_dir(private_dir, out_dir)
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    if not work.is_dir():
        raise WorkError(f"{work_dir}: werkmap bestaat niet (maak hem met `woo-redact scan ... --work {work_dir}`)")


def check_sources(index: WorkIndex, out_dir: Path) -> None:
    out = out_dir.resolve()
    inside = [e.relpath for e in index.documents if e.source and Path(e.source).resolve().is_relative_to(out)]
    if inside:  # the copies would overwrite or mix with the originals
        raise UsageProblem(f"uitvoermap {out_dir} bevat bronbestanden van de scan ({inside[0]}, ...): "
                           "kies een map buiten de bronmap")
