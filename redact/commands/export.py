"""`woo-redact export`: burn in the reviewed decisions of a work folder, verify, write the inventory
(redact/flows/export.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from ..review.decisions import UNREVIEWED_POLICIES
from ..flows.common import Options
from ..flows.engines import open_executor
from ..flows.export import export as export_flow
from ..report.summary import print_summary
from .console import ProgressBar, print_package, print_problems, print_stale
from .options import (duplicates_option, executor_options, jobs_option, publication_options, publication_settings,
                      special_categories_option)

EPILOG = """\b
Exit status:
  0  every document exported
  1  at least one document could not be exported (niet verwerkt; e.g. its source
     changed, or a file of a type not read)
  2  wrong command line
  3  the rule set is invalid
  4  the output check found readable redacted data: output withheld
  5  a page could not be read reliably: document withheld for manual review
  6  --unreviewed fail and proposals are open: nothing exported
"""


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
@special_categories_option
@duplicates_option
@jobs_option
@executor_options
@publication_options
def export(work_dir: Path, out_dir: Path, unreviewed: str, private_dir: Path | None, rules_dir: Path | None,
           special_categories: str = "redact", jobs: int | None = None, executor: str | None = None,
           scheduler: str | None = None, duplicates: str = "publish", request: str | None = None,
           stamp: bool = False, publisher: str | None = None, decision_date=None,
           request_file: dict | None = None) -> None:
    """Burn the decisions in WORK_DIR into redacted copies in OUT."""
    console = Console(stderr=True)
    options = Options(rules_dir=rules_dir, special_categories=special_categories, duplicates=duplicates,
                      **publication_settings(request, stamp, publisher, decision_date, request_file))
    # Locally one process unless asked: the decisions are read per document, nothing is detected.
    with open_executor(executor, scheduler, jobs or (None if executor or scheduler else 1)) as pool:
        outcome = export_flow(work_dir, out_dir, unreviewed, options, private_dir,
                              executor=pool, progress=ProgressBar(console))
    if outcome.open_by_policy:
        how = "weggelakt" if unreviewed == "redact" else "zichtbaar gelaten"
        console.print(f"[yellow]{outcome.open_by_policy} open voorstel(len) zonder beoordeling {how}[/] "
                      f"(--unreviewed {unreviewed})")
    print_stale(outcome.stale, console)
    print_package(outcome.package, console)
    print_problems(outcome.results, console)
    print_summary(outcome.results, console)
    sys.exit(outcome.exit_code)
