"""`woo-redact scan`: detect and decide, burn in nothing; store the proposals in a work folder for review."""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import click
from rich.console import Console

from ..batch import BatchError, SourceFile, collect, default_jobs, run_batch, worker_pipeline
from ..review.decisions import (DECISIONS_FILE, DecisionBook, DecisionsError, make_proposals,
                                recovered_proposals)
from ..decide.propagate import propagate_dossier
from ..decide.roles import add_keep_names
from ..errors import DocumentError, ExitCode, ReviewNeeded
from ..review.lock import Locked, review_lock
from ..pipeline import Analysis
from ..rules import RuleSet
from .options import (jobs_option, keep_names_option, load_rules_or_exit, model_option, rules_option,
                      unreadable_pages_option)
from ..review.workfolder import (IndexEntry, prepare_work, read_document, rewrite_proposals, sha256_of, write_document,
                                 write_index)

STATUS_EXIT = {"failed": ExitCode.DOCUMENTS_FAILED, "needs_review": ExitCode.NEEDS_REVIEW}


@dataclass(frozen=True)
class Scanned:
    """What a worker sends back: the index entry, and for the dossier pass the analysis without
    its character boxes (those are in the JSON the worker wrote)."""

    entry: IndexEntry
    analysis: Analysis | None = None

    @property
    def relpath(self) -> str:
        return self.entry.relpath


def scan_one(item: SourceFile, work: Path, unreadable_pages: str = "withhold") -> Scanned:
    """Analyse one source in a worker and write its JSON there."""
    kind = item.path.suffix.lower().lstrip(".")
    common = dict(relpath=item.relpath, kind=kind, source=str(item.path))
    try:
        sha = sha256_of(item.path)
        analysis = worker_pipeline().analyse(item.path, item.relpath, unreadable_pages)
        proposals = make_proposals(analysis.document, analysis.decisions)
        entry = write_document(work, analysis.document, proposals, sha)
        light = replace(analysis.document, pages=tuple(replace(p, boxes=()) for p in analysis.document.pages))
        return Scanned(entry, Analysis(light, (), analysis.decisions))
    except ReviewNeeded as exc:
        return Scanned(IndexEntry(**common, status="needs_review", error=str(exc)))
    except DocumentError as exc:
        return Scanned(IndexEntry(**common, status="failed", error=str(exc)))
    except OSError as exc:
        return Scanned(IndexEntry(**common, status="failed", error=f"bestand niet leesbaar: {exc.strerror or exc}"))
    except Exception as exc:  # a bug must not stop the scan; the document is marked failed
        return Scanned(IndexEntry(**common, status="failed",
                                  error=f"interne fout ({type(exc).__name__}: {exc}); meld dit als bug\n"
                                        + traceback.format_exc(limit=3)))


def across_dossier(work: Path, scanned: list[Scanned], rules: RuleSet) -> list[IndexEntry]:
    """As `run`: names redacted in one document are proposed in every document of the dossier
    (decide.propagate.propagate_dossier); the documents that gain proposals are rewritten."""
    done = [s for s in scanned if s.analysis is not None]
    if not rules.policy.names.get("dossier_wide", True):
        return [s.entry for s in scanned]
    spread = {a.relpath: a for a in propagate_dossier([s.analysis for s in done], rules)}
    entries = []
    for s in scanned:
        a = spread.get(s.relpath)
        if a is not None and a.decisions != s.analysis.decisions:
            entries.append(rewrite_proposals(work, s.entry, make_proposals(a.document, a.decisions)))
        else:
            entries.append(s.entry)
    return entries


def _missing_decisions(work: Path, index, book: DecisionBook) -> tuple[int, list[tuple[str, int]]]:
    """Accepted redactions the new scan does not propose: how many are put back, and where some are lost."""
    recovered, lost = 0, []
    for e in index.documents:
        missing = book.missing(e.relpath, {row.id for row in e.proposals}) if e.status == "ok" else []
        if not missing:
            continue
        document, proposals = read_document(work, e, boxes=False)
        found = len(recovered_proposals(document, proposals, book))
        recovered += found
        if found < len(missing):
            lost.append((e.relpath, len(missing) - found))
    return recovered, lost


EPILOG = """\b
Exit status:
  0  every document scanned
  1  at least one document could not be read (recorded in WORK/index.json with the reason)
  2  wrong command line (also: a review has WORK open)
  3  the rule set is invalid
  5  a page could not be read reliably: document not reviewable (see --unreadable-pages)
"""


@click.command(epilog=EPILOG)
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--work", "work_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Work folder for the proposals (holds the values: never publish it).")
@jobs_option
@unreadable_pages_option("A page that cannot be read reliably: withhold the document, or review the rest and "
                         "let export black out that page whole (as `run`).")
@rules_option()
@model_option
@keep_names_option
def scan(sources: tuple[Path, ...], work_dir: Path, jobs: int | None, unreadable_pages: str,
         rules_dir: Path | None, model_dir: Path | None, keep_names: Path | None) -> None:
    """Detect personal data in SOURCES and store proposals in WORK for `woo-redact review`.

    A re-scan into the same WORK keeps every decision that still applies."""
    console = Console(stderr=True)
    rules = load_rules_or_exit(rules_dir, console)
    if keep_names:  # the per-request list of public officials (docs/names.md)
        rules = add_keep_names(rules, keep_names.read_text(encoding="utf-8").splitlines())
    try:
        book = DecisionBook.load(work_dir / DECISIONS_FILE)
        items, skipped = collect(list(sources), work_dir)
    except (BatchError, DecisionsError) as exc:
        raise click.UsageError(str(exc)) from None
    prepare_work(work_dir)  # 0700, and tightened when an earlier version made it
    runner = partial(scan_one, unreadable_pages=unreadable_pages)  # a partial of a top-level function pickles
    try:  # not while a review has the work folder open: it would show documents that changed under it
        with review_lock(work_dir, "woo-redact scan"):
            scanned = run_batch(items, work_dir, rules, model_dir, jobs or default_jobs(), console, runner=runner)
            entries = across_dossier(work_dir, scanned, rules)
            entries += [IndexEntry(relpath=s.relpath, kind=s.kind, status="skipped", source="", error=s.error)
                        for s in skipped]
            index = write_index(work_dir, entries, rules.root.resolve())
    except Locked as exc:
        raise click.UsageError(str(exc)) from None
    total = decided = 0
    for e in index.documents:
        for row in e.proposals:
            total += 1
            decided += book.for_proposal(e.relpath, row.id, row.norm) is not None
        if e.status not in ("ok", "skipped"):
            console.print(f"[bold red]{e.status}[/] {e.relpath}: {e.error}")
    recovered, lost = _missing_decisions(work_dir, index, book)
    if recovered:
        console.print(f"{recovered} eerder geaccepteerde weglakking(en) niet meer voorgesteld door de detectie: "
                      "op hun plek teruggezet (detector 'reviewer')")
    for relpath, n in lost:
        console.print(f"[bold red]let op[/] {relpath}: {n} eerder geaccepteerde weglakking(en) niet meer "
                      "te vinden (de tekst rond de waarde is gewijzigd): beoordeel dit document opnieuw")
    ok = sum(1 for e in index.documents if e.status == "ok")
    bad = sum(1 for e in index.documents if e.status not in ("ok", "skipped"))
    console.print(f"{ok} document(en) gescand, {bad} niet te lezen, {len(skipped)} overgeslagen; {total} voorstellen: "
                  f"{decided} al beoordeeld, [yellow]{total - decided} open[/]. "
                  f"Verder met: woo-redact review {work_dir}")
    codes = [STATUS_EXIT[e.status] for e in index.documents if e.status in STATUS_EXIT]
    sys.exit(max(codes, key=lambda c: (c == ExitCode.NEEDS_REVIEW, c)) if codes else ExitCode.OK)
