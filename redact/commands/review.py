"""`woo-redact review`: go through the proposals of a work folder, in the terminal or as text."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.console import Console

from ..flows.common import Options, rules_for
from ..review.decisions import DECISIONS_FILE, DecisionBook, DecisionsError
from ..review.lock import Locked, review_lock
from ..review.pages import PAGE_ACTIONS
from ..review.workfolder import WorkError, read_index
from ..rules import RuleSet


@click.command(epilog="""\b
Exit status:
  0  review ended (decisions saved), or --print done
  2  wrong command line: no work folder, no terminal (use --print), or a review already has it open
  3  the rule set is invalid
""")
@click.argument("work_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--print", "as_text", is_flag=True, help="Print the review as text instead of asking.")
@click.option("--color/--no-color", default=None, help="With --print: colour (default: when on a terminal).")
@click.option("--context", type=click.IntRange(min=0), default=0, help="With --print: lines around each line shown.")
@click.option("--reviewer", default=None, help="Name recorded with each decision (default: the login name).")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Rule folder (default: the one the scan used).")
@click.option("--page", "page", default=None, metavar="DOCUMENT:N",
              help="A page that cannot be read reliably, which you have read yourself: decide it with "
                   "--page-decision (no terminal needed).")
@click.option("--page-decision", type=click.Choice(PAGE_ACTIONS), default=None,
              help="With --page: publish it as it is (the findings on it still redacted), black it out "
                   "whole under --ground, or withhold the document.")
@click.option("--ground", default=None, help="With --page-decision blackout: the ground (default: policy.yaml "
                                            "UNREADABLE_PAGE).")
def review(work_dir: Path, as_text: bool, color: bool | None, context: int, reviewer: str | None,
           rules_dir: Path | None, page: str | None = None, page_decision: str | None = None,
           ground: str | None = None) -> None:
    """Review the proposals in WORK_DIR (made by `woo-redact scan`); decisions are saved as they are made.

    \b
    Keys: a accept (redact)   r reject (keep visible)   n/→ next   p/← previous
          g change the ground   A/R accept/reject every occurrence of the value
          / add a redaction (every occurrence of a typed value)   f filter
          i detector and score   q save and quit
    """
    rules = rules_for(Options(rules_dir=rules_dir), work=work_dir)
    if (page is None) != (page_decision is None):
        raise click.UsageError("--page en --page-decision horen bij elkaar")
    try:
        if page is not None:
            _decide_page(work_dir, rules, reviewer, page, page_decision, ground)
            return
        if as_text:
            _print(work_dir, rules, color, context)
            return
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise click.UsageError("geen terminal: gebruik `woo-redact review WORK --print` voor tekstuitvoer")
        from ..review.app import ReviewApp
        from ..review.session import ReviewSession, login_name

        read_index(work_dir)  # a clear message for a folder that is not a work folder
        reviewer = reviewer or login_name()
        with review_lock(work_dir, reviewer):
            session = ReviewSession(work_dir, rules, reviewer)
            ReviewApp(session, Console()).run(sys.stdin.fileno())
    except (WorkError, DecisionsError, Locked) as exc:
        raise click.UsageError(str(exc)) from None
    counts = session.counts()
    click.echo(f"Opgeslagen in {work_dir / DECISIONS_FILE}: {counts['accepted']} geaccepteerd, "
               f"{counts['rejected']} afgewezen, {counts['open']} open.")


def _decide_page(work_dir: Path, rules: RuleSet, reviewer: str | None, page: str, action: str,
                 ground: str | None) -> None:
    from ..review.session import ReviewSession, login_name

    relpath, _, number = page.rpartition(":")
    if not relpath or not number.isdigit():
        raise click.UsageError(f"--page {page!r}: verwacht DOCUMENT:PAGINA, bijv. brief.pdf:3")
    read_index(work_dir)
    reviewer = reviewer or login_name()
    with review_lock(work_dir, reviewer):
        session = ReviewSession(work_dir, rules, reviewer)
        try:
            click.echo(f"Opgeslagen in {work_dir / DECISIONS_FILE}: "
                       + session.decide_page(relpath, int(number), action, ground))
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None


def _print(work_dir: Path, rules: RuleSet, color: bool | None, context: int) -> None:
    from ..review.printer import print_review

    index = read_index(work_dir)
    book = DecisionBook.load(work_dir / DECISIONS_FILE)
    book.check_grounds(rules.grounds)
    if color is None:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    if color:
        # Explicit colour even where TERM says otherwise (a CI log, `less -R`): 16 standard colours.
        console = Console(force_terminal=True, color_system="standard", highlight=False, soft_wrap=True)
        emit = console.print
    else:
        def emit(text):
            click.echo(text.plain)
    print_review(work_dir, index, book, list(rules.grounds), emit, plain=not color, context=context)
