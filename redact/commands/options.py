"""Options and start-up steps that several commands share, so each reads and behaves the same."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from ..errors import ExitCode, RulesError
from ..rules import RuleSet, load_rules


def rules_option(help: str = "Rule folder to use instead of the built-in rules/."):
    return click.option("--rules", "rules_dir", type=click.Path(path_type=Path, file_okay=False), help=help)


model_option = click.option("--model", "model_dir", type=click.Path(path_type=Path, file_okay=False),
                            help="spaCy pipeline folder (default: the shipped models/nl_woo).")
jobs_option = click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                           help="Worker processes (default: the number of cores).")
keep_names_option = click.option(
    "--keep-names", "keep_names", type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="File with public officials for this request, one name per line: always visible.")


def unreadable_pages_option(help: str):
    return click.option("--unreadable-pages", type=click.Choice(["withhold", "blackout"]), default="withhold",
                        show_default=True, help=help)


def load_rules_or_exit(rules_dir: Path | None, console: Console) -> RuleSet:
    """The rule set, or exit 3 with the file and the problem."""
    try:
        return load_rules(rules_dir)
    except RulesError as exc:
        console.print(f"[bold red]Regels ongeldig:[/] {escape(str(exc))}")
        sys.exit(ExitCode.RULES_INVALID)
