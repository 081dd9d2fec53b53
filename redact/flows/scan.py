"""`scan`: detect and decide, burn in nothing; store the proposals in a work folder for review.

    collect -> analyse and write each document's JSON (workers) -> across_dossier -> index

It decides exactly as `run` does (the same analysis, the same dossier pass): only publishing waits
for the reviewer. A re-scan into the same WORK keeps every decision that still applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..review.decisions import DECISIONS_FILE, DecisionBook, DecisionsError, make_proposals, recovered_proposals
from ..errors import DocumentError, ReviewNeeded, UsageProblem
from ..model import Status
from ..pipeline import Analysis, Pipeline
from ..review.lock import Locked, review_lock
from ..fileio import file_sha256
from ..review.workfolder import (EntryStatus, IndexEntry, WorkIndex, prepare_work, read_document, rewrite_proposals,
                                 write_document, write_index)
from .common import FlowContext, Options, exit_status, internal_error, rules_for, with_pipeline
from .analyses import light
from .dossier import across_dossier
from .executor import Executor, LocalPool, Progress
from .formats import convert_sources
from .sources import SourceFile, collect

# The index's status words, as the statuses the exit code is judged on (skipped: a file type this
# tool does not read, `niet verwerkt` as in run's inventory).


@dataclass(frozen=True)
class Scanned:
    """What a worker sends back: the index entry, and for the dossier pass the analysis without
    its character boxes (those are in the JSON the worker wrote)."""

    entry: IndexEntry
    analysis: Analysis | None = None

    @property
    def relpath(self) -> str:
        return self.entry.relpath


@dataclass(frozen=True)
class ScanOutcome:
    work_dir: Path
    index: WorkIndex
    unsupported: int  # files of a type this tool does not read (in the index as skipped)
    proposals: int  # in the whole index
    decided: int  # of those, already decided in WORK/decisions.json
    recovered: int  # accepted redactions the detection no longer proposes, put back
    lost: list[tuple[str, int]] = field(default_factory=list)  # (document, accepted redactions not found)

    @property
    def exit_code(self):
        # A page nobody can export without a decision (--unreadable-pages withhold) needs a review.
        return exit_status([e.status.outcome for e in self.index.documents if e.status is not EntryStatus.OK]
                           + [Status.NEEDS_REVIEW for e in self.index.documents if e.unreadable == "withhold"])


def scan(sources: list[Path], work_dir: Path, options: Options = Options(), executor: Executor | None = None,
         progress: Progress | None = None) -> ScanOutcome:
    """Scan `sources` into `work_dir`. Raises RulesError (exit 3) or UsageProblem (exit 2; also
    while a review has WORK open)."""
    rules = rules_for(options)
    try:
        book = DecisionBook.load(work_dir / DECISIONS_FILE)
        items, unsupported = collect(list(sources), work_dir, "werkmap")
    except DecisionsError as exc:
        raise UsageProblem(str(exc)) from None
    prepare_work(work_dir)  # 0700, and tightened when an earlier version made it
    context = FlowContext(rules, work_dir, options.model_dir, options.unreadable_pages)
    executor = executor or LocalPool()
    try:  # not while a review has the work folder open: it would show documents that changed under it
        with review_lock(work_dir, "woo-redact scan"):
            converted = convert_sources(items, work_dir, executor, progress)  # mails, Office, images
            items = converted.items
            scanned = executor.map(scan_one, items, context, progress or Progress(), "analyseren",
                                   lambda s: s.relpath, prepare=with_pipeline)
            entries = _across(work_dir, sorted(scanned, key=lambda s: s.relpath), rules, context.built)
            entries += [IndexEntry(relpath=u.relpath, kind=u.kind, status=EntryStatus.SKIPPED, source="", error=u.error)
                        for u in unsupported]
            entries += [IndexEntry(relpath=f.relpath, kind=f.kind, status=EntryStatus.FAILED, source="", error=f.error)
                        for f in converted.failed]
            index = write_index(work_dir, entries, rules.root.resolve())
    except Locked as exc:
        raise UsageProblem(str(exc)) from None
    total = decided = 0
    for e in index.documents:
        for row in e.proposals:
            total += 1
            decided += book.for_proposal(e.relpath, row.id, row.norm) is not None
    recovered, lost = _missing_decisions(work_dir, index, book)
    return ScanOutcome(work_dir, index, len(unsupported), total, decided, recovered, lost)


def scan_one(context: FlowContext, item: SourceFile) -> Scanned:
    """Analyse one source in a worker and write its JSON there."""
    kind = item.path.suffix.lower().lstrip(".")
    common = dict(relpath=item.relpath, kind=kind, source=str(item.path))
    try:
        sha = file_sha256(item.path)
        # A page that cannot be read reliably is kept for the reviewer's page decision (review/pages.py);
        # export applies it, or --unreadable-pages when there is none.
        analysis = context.pipeline.analyse(item.path, item.relpath, "blackout")
        proposals = make_proposals(analysis.document, analysis.decisions)
        unreadable = context.unreadable_pages if any(p.needs_review for p in analysis.document.pages) else None
        entry = replace(write_document(context.dest, analysis.document, proposals, sha),
                        fingerprint=analysis.fingerprint, unreadable=unreadable)
        return Scanned(entry, light(analysis))
    except ReviewNeeded as exc:
        return Scanned(IndexEntry(**common, status=EntryStatus.NEEDS_REVIEW, error=str(exc)))
    except DocumentError as exc:
        return Scanned(IndexEntry(**common, status=EntryStatus.FAILED, error=str(exc)))
    except OSError as exc:
        return Scanned(IndexEntry(**common, status=EntryStatus.FAILED, error=f"bestand niet leesbaar: {exc.strerror or exc}"))
    except Exception as exc:  # a bug must not stop the scan; the document is marked failed
        bug = internal_error(item.relpath, kind, exc)
        return Scanned(IndexEntry(**common, status=EntryStatus.FAILED, error=f"{bug.error}\n{bug.traceback}"))


def _across(work: Path, scanned: list[Scanned], rules, built: Pipeline | None = None) -> list[IndexEntry]:
    """The dossier pass on the scanned documents; those that gain proposals are rewritten.
    `built`: this process's pipeline, when it built one (its lexicon and roles are reused)."""
    spread = {a.relpath: a for a in across_dossier([s.analysis for s in scanned if s.analysis is not None], rules,
                                                   built=built)}
    entries = []
    for s in scanned:
        a = spread.get(s.relpath)
        if a is not None and a.decisions != s.analysis.decisions:
            entries.append(rewrite_proposals(work, s.entry, make_proposals(a.document, a.decisions)))
        else:
            entries.append(s.entry)
    return entries


def _missing_decisions(work: Path, index: WorkIndex, book: DecisionBook) -> tuple[int, list[tuple[str, int]]]:
    """Accepted redactions the new scan does not propose: how many are put back, and where some are lost."""
    recovered, lost = 0, []
    for e in index.documents:
        missing = book.missing(e.relpath, {row.id for row in e.proposals}) if e.status is EntryStatus.OK else []
        if not missing:
            continue
        document, proposals = read_document(work, e, boxes=False)
        found = len(recovered_proposals(document, proposals, book))
        recovered += found
        if found < len(missing):
            lost.append((e.relpath, len(missing) - found))
    return recovered, lost
