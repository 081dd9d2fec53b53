"""The `woo-redact` command line: click commands, rich output, documented exit codes."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from .batch import BatchError, collect, default_jobs, run_batch, run_dossier, run_one
from .commands.options import (jobs_option, keep_names_option, load_rules_or_exit, model_option,
                               rules_option, unreadable_pages_option)
from .decide.roles import add_keep_names
from .errors import ExitCode
from .model import DocumentResult, Status
from .report.inventory import write_inventory
from .report.log import write_log
from .report.summary import print_skipped, print_summary
from .verify.record import check_private_dir, default_private_dir, write_record

EXIT_CODES_HELP = """\b
Exit status:
  0  every document processed
  1  at least one document could not be processed (niet verwerkt)
  2  wrong command line
  3  the rule set is invalid
  4  the output check found readable redacted data: output withheld
  5  a page could not be read reliably: document withheld for manual review
  6  export --unreviewed fail: proposals nobody decided on; nothing exported
  7  check: a sample value was missed or over-redacted, or a threshold failed
 70  internal error (a bug: please report it with the traceback)
"""



def exit_code(results: list[DocumentResult]) -> ExitCode:
    statuses = {r.status for r in results}
    if Status.LEAK in statuses:
        return ExitCode.VERIFY_FAILED
    if Status.NEEDS_REVIEW in statuses:
        return ExitCode.NEEDS_REVIEW
    if Status.FAILED in statuses:
        return ExitCode.DOCUMENTS_FAILED
    return ExitCode.OK


@click.group(epilog=EXIT_CODES_HELP)
@click.version_option(package_name="woo-redact")
def main() -> None:
    """Redact personal data in Woo disclosures and label every box with its ground."""


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the redacted copies, inventaris.csv/.xlsx and redactielog.jsonl.")
@jobs_option
@unreadable_pages_option("A page that cannot be read reliably: withhold the document, or black out that page "
                         "whole (the document is still marked for review).")
@click.option("--private", "private_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the private record `verify` needs (default: OUT.woo-private next to OUT).")
@keep_names_option
@rules_option()
@model_option
def run(sources: tuple[Path, ...], out_dir: Path, jobs: int | None, unreadable_pages: str,
        private_dir: Path | None, rules_dir: Path | None, model_dir: Path | None,
        keep_names: Path | None = None) -> None:
    """Redact SOURCES (files or folders, recursively) into OUT."""
    console = Console(stderr=True)
    rules = load_rules_or_exit(rules_dir, console)
    private_dir = private_dir or default_private_dir(out_dir)
    try:
        items, skipped = collect(list(sources), out_dir)
        check_private_dir(private_dir, out_dir)
    except (BatchError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    out_dir.mkdir(parents=True, exist_ok=True)
    print_skipped(skipped, console)
    if keep_names:  # the per-request list of public officials (docs/names.md)
        rules = add_keep_names(rules, keep_names.read_text(encoding="utf-8").splitlines())
    if rules.policy.names.get("dossier_wide", True):  # names redacted anywhere are redacted everywhere
        results = run_dossier(items, out_dir, rules, model_dir, jobs or default_jobs(), console, unreadable_pages)
    else:
        results = run_batch(items, out_dir, rules, model_dir, jobs or default_jobs(), console,
                            runner=partial(run_one, unreadable_pages=unreadable_pages))
    record = write_record(private_dir, out_dir, results)
    console.print(f"privé-register voor [bold]woo-redact verify[/]: {record} (niet publiceren)")
    for r in results:
        if r.status is not Status.OK:
            console.print(f"[bold red]{r.status.value}[/] {r.relpath}: {r.error}")
    write_inventory(results, out_dir)
    write_log(results, out_dir)
    print_summary(results + skipped, console)
    sys.exit(exit_code(results))


@main.command()
@rules_option()
def grounds(rules_dir: Path | None) -> None:
    """Print the catalogue of Woo grounds and which entity types use them."""
    console = Console()
    rules = load_rules_or_exit(rules_dir, console)
    used: dict[str, list[str]] = {}
    for entity, code in sorted(rules.policy.entity_grounds.items()):
        used.setdefault(code, []).append(entity)
    table = Table(title="Woo-weigeringsgronden", header_style="bold")
    for col in ("Code", "Grond", "Soort", "Gebruikt voor"):
        table.add_column(col)
    for g in rules.grounds.values():
        table.add_row(g.code, g.title, g.kind, ", ".join(used.get(g.code, [])))
    console.print(table)


# Further commands live in redact/commands/<name>.py, one module each; register them here.
# (registrations)
from .commands.check import check; main.add_command(check)  # noqa: E402
from .commands.scan import scan; main.add_command(scan)  # noqa: E402
from .commands.review import review; main.add_command(review)  # noqa: E402
from .commands.export import export; main.add_command(export)  # noqa: E402
from .commands.verify import verify; main.add_command(verify)  # noqa: E402


def entry() -> None:
    """The console script: any exception that escapes a command is a bug, with its own exit code."""
    try:
        main()
    except Exception:  # SystemExit and KeyboardInterrupt are not Exceptions: they pass
        import traceback

        traceback.print_exc()
        Console(stderr=True).print("[bold red]interne fout[/]: meld dit als bug, met de melding hierboven")
        sys.exit(ExitCode.INTERNAL)


if __name__ == "__main__":
    entry()
