"""`woo-redact run`: the whole pipeline in one go (redact/flows/run.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from ..flows.common import Options
from ..flows.engines import open_executor
from ..flows.run import run as run_flow
from ..report.summary import print_summary
from .console import ProgressBar, print_package, print_problems, print_stale
from .options import (EXIT_CODES_HELP, executor_options, jobs_option, keep_names_option, model_option,
                      duplicates_option, publication_options, publication_settings, read_keep_names, rules_option,
                      read_page_decisions, special_categories_option, unreadable_pages_option)


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the redacted copies, inventaris.csv/.xlsx and redactielog.jsonl.")
@jobs_option
@unreadable_pages_option("A page that cannot be read reliably: withhold the document, or black out that page "
                         "whole (the document is still marked for review).")
@click.option("--page-decisions", "page_decisions", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="A review's decisions.json: its decisions on pages that cannot be read reliably (publish, "
                   "black out with a ground, withhold) apply to those pages while they are unchanged.")
@click.option("--private", "private_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the private record `verify` needs (default: OUT.woo-private next to OUT).")
@keep_names_option
@rules_option()
@model_option
@special_categories_option
@duplicates_option
@executor_options
@publication_options
@click.option("--force", is_flag=True,
              help="Redo every document, also those an earlier run into OUT finished unchanged.")
@click.option("--verify-ocr", type=click.Choice(["regions", "full"]), default=None,
              help="The output check's OCR of scanned pages: the bands around the boxes plus a sample (regions), "
                   "or every image whole (full). Default: policy.yaml verify_ocr.mode (regions).")
def run(sources: tuple[Path, ...], out_dir: Path, jobs: int | None, unreadable_pages: str,
        private_dir: Path | None, rules_dir: Path | None, model_dir: Path | None,
        keep_names: Path | None = None, special_categories: str = "redact", executor: str | None = None,
        scheduler: str | None = None, force: bool = False, duplicates: str = "publish",
        verify_ocr: str | None = None, request: str | None = None, stamp: bool = False,
        publisher: str | None = None, decision_date=None,
        request_file: dict | None = None, page_decisions: Path | None = None) -> None:
    """Redact SOURCES (files or folders, recursively) into OUT."""
    console = Console(stderr=True)
    options = Options(rules_dir=rules_dir, model_dir=model_dir, keep_names=read_keep_names(keep_names),
                      unreadable_pages=unreadable_pages, special_categories=special_categories,
                      duplicates=duplicates, verify_ocr=verify_ocr, page_decisions=read_page_decisions(page_decisions),
                      **publication_settings(request, stamp, publisher, decision_date, request_file))
    with open_executor(executor, scheduler, jobs) as pool:
        outcome = run_flow(list(sources), out_dir, options, private_dir, pool, ProgressBar(console), force=force)
    if outcome.resume and outcome.resume.reused:
        console.print(f"{len(outcome.resume.reused)} document(en) ongewijzigd sinds een eerdere run naar deze map: "
                      "niet opnieuw verwerkt (--force verwerkt alles opnieuw)")
    console.print(f"privé-register voor [bold]woo-redact verify[/]: {outcome.record} (niet publiceren)")
    print_stale(outcome.stale, console)
    print_package(outcome.package, console)
    print_problems(outcome.results, console)
    print_summary(outcome.results, console)
    sys.exit(outcome.exit_code)
