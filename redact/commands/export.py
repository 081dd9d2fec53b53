"""`woo-redact export`: burn in the reviewed decisions of a work folder, verify, write the inventory."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..review.decisions import (DECISIONS_FILE, UNREVIEWED_POLICIES, DecisionBook, DecisionsError,
                                extra_proposals, final_decisions, normalise_value)
from ..decide.overlaps import resolve_overlaps
from ..errors import ExitCode
from ..model import Decision, DocumentResult, Status
from ..pipeline import failed, publish
from ..render.pdf import UNREADABLE_ENTITY
from ..review.lock import Locked, review_lock
from ..report.inventory import write_inventory
from ..report.log import write_log
from ..report.summary import print_skipped, print_summary
from ..verify.record import check_private_dir, default_private_dir, write_record
from ..review.workfolder import IndexEntry, WorkError, WorkIndex, check_source, read_document, read_index
from .review import rules_for

SCAN_STATUS = {"failed": Status.FAILED, "needs_review": Status.NEEDS_REVIEW, "skipped": Status.SKIPPED}

EPILOG = """\b
Exit status:
  0  every document exported
  1  at least one document could not be exported (niet verwerkt; e.g. its source changed)
  2  wrong command line
  3  the rule set is invalid
  4  the output check found readable redacted data: output withheld
  5  a page could not be read reliably: document withheld for manual review
  6  --unreviewed fail and proposals are open: nothing exported
"""


def open_proposals(index: WorkIndex, book: DecisionBook) -> dict[str, int]:
    """Open proposals per document, from the index alone."""
    out: dict[str, int] = {}
    for e in index.documents:
        n = sum(1 for row in e.proposals if book.for_proposal(e.relpath, row.id, row.norm) is None)
        if n:
            out[e.relpath] = n
    return out


def export_one(work: Path, entry: IndexEntry, book: DecisionBook, rules, unreviewed: str,
               out_dir: Path) -> DocumentResult:
    if entry.status != "ok":
        return DocumentResult(relpath=entry.relpath, kind=entry.kind, status=SCAN_STATUS.get(entry.status, Status.FAILED),
                              error=entry.error)
    problem = check_source(entry)
    if problem:
        (out_dir / entry.relpath).unlink(missing_ok=True)
        return DocumentResult(relpath=entry.relpath, kind=entry.kind, status=Status.FAILED, error=problem)
    document, proposals = read_document(work, entry)
    proposals = proposals + extra_proposals(document, proposals, book)
    decisions = final_decisions(document, proposals, book, unreviewed)  # one per proposal, in order
    # Kept visible against the machine's proposal (by the reviewer, or by --unreviewed keep).
    overruled = [d.finding.text for d, p in zip(decisions, proposals)
                 if d.action == "keep" and p.decision.action == "redact"]
    # Reviewer additions may overlap detected spans: one box per stretch of text.
    decisions = tuple(resolve_overlaps(document, list(decisions), rules))
    unchecked = visible_elsewhere(decisions, overruled)
    if unchecked:  # the warning goes into the public inventory: a count, never the values
        document = replace(document, warnings=document.warnings + (
            f"{len(unchecked)} weggelakte waarde(n) staan elders in het document bewust zichtbaar; "
            "de tekstcontrole kan die niet toetsen",))
    # Pages that could not be read were kept in the scan only with --unreadable-pages blackout.
    blackout = rules.ground_for(UNREADABLE_ENTITY) if any(p.needs_review for p in document.pages) else None
    return publish(document, decisions, out_dir, blackout_ground=blackout, unchecked=unchecked)


def visible_elsewhere(decisions: tuple[Decision, ...], kept_texts: list[str]) -> frozenset[str]:
    """Redacted values that also stand, as a word, in one of the texts kept visible."""
    kept = [normalise_value(t) for t in kept_texts]
    return frozenset(d.finding.text for d in decisions if d.action == "redact" and any(
        re.search(r"(?<!\w)" + re.escape(normalise_value(d.finding.text)) + r"(?!\w)", k) for k in kept))


@click.command(epilog=EPILOG)
@click.argument("work_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the redacted copies, inventaris.csv/.xlsx and redactielog.jsonl.")
@click.option("--unreviewed", type=click.Choice(UNREVIEWED_POLICIES), default="redact", show_default=True,
              help="Open proposals: redact (the proposal stands), keep (left visible), or fail (export nothing).")
@click.option("--private", "private_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the private record `verify` needs (default: OUT.woo-private next to OUT).")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Rule folder (default: the one the scan used).")
def export(work_dir: Path, out_dir: Path, unreviewed: str, private_dir: Path | None, rules_dir: Path | None) -> None:
    """Burn the decisions in WORK_DIR into redacted copies in OUT."""
    console = Console(stderr=True)
    private_dir = private_dir or default_private_dir(out_dir)
    try:
        check_folders(work_dir, out_dir, private_dir)
        with review_lock(work_dir, "woo-redact export"):  # not while a review is still deciding
            index = read_index(work_dir)
            book = DecisionBook.load(work_dir / DECISIONS_FILE)
            check_sources(index, out_dir)
            rules = rules_for(work_dir, rules_dir)
            book.check_grounds(rules.grounds)
            if unreviewed == "fail":
                refuse_open(index, book, work_dir, console)
            results, skipped = export_all(work_dir, index, book, rules, unreviewed, out_dir, console)
    except (WorkError, DecisionsError, Locked) as exc:
        raise click.UsageError(str(exc)) from None
    write_record(private_dir, out_dir, results)
    write_inventory(results, out_dir)
    write_log(results, out_dir)
    print_summary(results + skipped, console)
    from ..cli import exit_code  # here, not at the top: cli imports this module to register it

    sys.exit(exit_code(results))


def check_folders(work_dir: Path, out_dir: Path, private_dir: Path) -> None:
    work, out = work_dir.resolve(), out_dir.resolve()
    if out == work or out.is_relative_to(work) or work.is_relative_to(out):
        raise click.UsageError("de uitvoermap en de werkmap mogen niet in elkaar liggen: "
                               "de werkmap bevat de weggelakte waarden en hoort niet bij de openbaarmaking")
    try:
        check_private_dir(private_dir, out_dir)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if not work.is_dir():
        raise WorkError(f"{work_dir}: werkmap bestaat niet (maak hem met `woo-redact scan ... --work {work_dir}`)")


def check_sources(index: WorkIndex, out_dir: Path) -> None:
    out = out_dir.resolve()
    inside = [e.relpath for e in index.documents if e.source and Path(e.source).resolve().is_relative_to(out)]
    if inside:  # the copies would overwrite or mix with the originals
        raise click.UsageError(f"uitvoermap {out_dir} bevat bronbestanden van de scan ({inside[0]}, ...): "
                               "kies een map buiten de bronmap")


def refuse_open(index: WorkIndex, book: DecisionBook, work_dir: Path, console: Console) -> None:
    still_open = open_proposals(index, book)
    if still_open:
        for relpath, n in sorted(still_open.items()):
            console.print(f"[bold red]open[/] {relpath}: {n} voorstel(len) niet beoordeeld")
        console.print(f"[bold red]Niets geëxporteerd:[/] {sum(still_open.values())} voorstellen open "
                      f"(--unreviewed fail). Beoordeel ze met: woo-redact review {work_dir}")
        sys.exit(ExitCode.REVIEW_OPEN)


def export_all(work_dir: Path, index: WorkIndex, book: DecisionBook, rules, unreviewed: str, out_dir: Path,
               console: Console) -> tuple[list[DocumentResult], list[DocumentResult]]:
    """Every document of the index, with a progress bar; returns (results, skipped files)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    skipped = [export_one(work_dir, e, book, rules, unreviewed, out_dir) for e in index.documents
               if e.status == "skipped"]
    print_skipped(skipped, console)  # as `run`: named on the console, not in the inventory
    todo = [e for e in index.documents if e.status != "skipped"]
    results: list[DocumentResult] = []
    progress = Progress(TextColumn("[bold]woo-redact export"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.description}"), console=console, disable=not todo)
    with progress:
        task = progress.add_task("", total=len(todo))
        for entry in todo:
            progress.update(task, description=entry.relpath)
            try:
                result = export_one(work_dir, entry, book, rules, unreviewed, out_dir)
            except WorkError as exc:
                result = failed(Path(entry.source), entry.relpath, out_dir, exc)
            results.append(result)
            progress.advance(task)
    for result in results:
        if result.status is not Status.OK:
            console.print(f"[bold red]{result.status.value}[/] {result.relpath}: {result.error}")
    return results, skipped
