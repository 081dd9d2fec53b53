"""`woo-redact scan`: detect and decide, burn in nothing; store the proposals in a work folder for review
(redact/flows/scan.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from ..flows.common import Options
from ..flows.engines import open_executor
from ..flows.scan import scan as scan_flow
from ..review.workfolder import EntryStatus
from .console import ProgressBar
from .options import (executor_options, jobs_option, keep_names_option, model_option, read_keep_names, rules_option,
                      special_categories_option, unreadable_pages_option)

EPILOG = """\b
Exit status:
  0  every document scanned
  1  at least one document could not be read, or a file is of a type not read
     (recorded in WORK/index.json with the reason)
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
@special_categories_option
@executor_options
def scan(sources: tuple[Path, ...], work_dir: Path, jobs: int | None, unreadable_pages: str,
         rules_dir: Path | None, model_dir: Path | None, keep_names: Path | None,
         special_categories: str = "redact", executor: str | None = None, scheduler: str | None = None) -> None:
    """Detect personal data in SOURCES and store proposals in WORK for `woo-redact review`.

    A re-scan into the same WORK keeps every decision that still applies."""
    console = Console(stderr=True)
    options = Options(rules_dir=rules_dir, model_dir=model_dir, keep_names=read_keep_names(keep_names),
                      unreadable_pages=unreadable_pages, special_categories=special_categories)
    with open_executor(executor, scheduler, jobs) as pool:
        outcome = scan_flow(list(sources), work_dir, options, pool, ProgressBar(console))
    for e in outcome.index.documents:
        if e.status is EntryStatus.SKIPPED:
            console.print(f"[bold red]niet verwerkt[/] {e.relpath}: {e.error}")
        elif e.status is not EntryStatus.OK:
            console.print(f"[bold red]{e.status}[/] {e.relpath}: {e.error}")
    for e in outcome.index.documents:
        if e.unreadable == "withhold":  # kept for the reviewer's page decision (review/pages.py)
            console.print(f"[bold red]pagina niet betrouwbaar te lezen[/] {e.relpath}: achtergehouden bij export, "
                          f"tenzij u de pagina leest en beslist: woo-redact review {work_dir} --page "
                          f"{e.relpath}:N --page-decision publish|blackout|withhold")
    if outcome.recovered:
        console.print(f"{outcome.recovered} eerder geaccepteerde weglakking(en) niet meer voorgesteld door de "
                      "detectie: op hun plek teruggezet (detector 'reviewer')")
    for relpath, n in outcome.lost:
        console.print(f"[bold red]let op[/] {relpath}: {n} eerder geaccepteerde weglakking(en) niet meer "
                      "te vinden (de tekst rond de waarde is gewijzigd): beoordeel dit document opnieuw")
    ok = sum(1 for e in outcome.index.documents if e.status is EntryStatus.OK)
    bad = sum(1 for e in outcome.index.documents if e.status not in (EntryStatus.OK, EntryStatus.SKIPPED))
    console.print(f"{ok} document(en) gescand, {bad} niet te lezen, {outcome.unsupported} "
                  f"van een bestandstype dat niet wordt ondersteund; "
                  f"{outcome.proposals} voorstellen: {outcome.decided} al beoordeeld, "
                  f"[yellow]{outcome.proposals - outcome.decided} open[/]. Verder met: woo-redact review {work_dir}")
    sys.exit(outcome.exit_code)
