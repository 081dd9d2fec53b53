"""`woo-redact check`: the regression check on sample documents, for CI (docs/ci.md)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from ..check.baseline import BaselineError, compare_baseline, load_baseline, print_baseline_diff, save_baseline
from ..check.compare import compare
from ..check.config import CONFIG_NAME, CheckConfig, ConfigError, load_config
from ..check.expectations import Expectation, ExpectationError, load_expectations
from ..check.junit import write_junit
from ..check.report import print_report
from ..check.runner import FileRun, run_samples, sample_files
from ..check.update import apply_updates, plan_updates, proposed_additions
from ..check.verdict import Verdict, judge
from ..errors import ExitCode
from ..flows.common import Options, rules_for

DEFAULT_SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CI_WIDTH = 160  # a CI log is no terminal: rich would fold the tables to 80 columns

EPILOG = """\b
Exit status:
  0  every sample as expected, thresholds met, no regression against --baseline
  2  wrong command line, or unreadable expectations, check.yaml or baseline
  3  the rule set is invalid
  7  a must-redact value was missed, a must-keep value redacted, a file not
     published, a threshold not met, or a regression against --baseline
"""


def _verdict(runs: list[FileRun], expectations: list[Expectation], config: CheckConfig) -> Verdict:
    by_stem = {e.stem: e for e in expectations}
    return judge([compare(r, by_stem[r.stem], r.file in config.may_withhold) for r in runs], config)


def _update(expectations: list[Expectation], verdict: Verdict, yes: bool, console: Console) -> bool:
    """Show the proposed additions and apply them when confirmed; False when declined."""
    additions, notes = proposed_additions(verdict.files, expectations)
    for note in notes:
        console.print(f"[yellow]bijwerken[/] {escape(note)}")
    if not additions:
        console.print("[green]bijwerken[/]: geen nieuwe weglakkingen om aan de verwachtingen toe te voegen")
        return True
    table = Table(title=f"Nieuwe redact-regels ({len(additions)})", header_style="bold", title_justify="left")
    for col in ("verwachtingen", "waarde", "entiteit", "grond", "gevonden in", "context"):
        table.add_column(col, overflow="fold")
    for a in additions:
        table.add_row(*map(escape, (f"{a.stem}.expected.yaml", a.value, a.entity, a.ground, a.found_in, a.context)))
    console.print(table)
    updates = plan_updates(additions, expectations)
    for u in updates:
        console.print(u.diff(), markup=False, highlight=False, end="")
    if not yes:
        try:
            confirmed = click.confirm("Deze regels aan de verwachtingen toevoegen?", default=False)
        except click.Abort:  # no terminal to answer on (closed stdin, Ctrl-C): that is a no
            confirmed = False
        if not confirmed:
            console.print("\n[yellow]bijwerken afgewezen[/]: niets geschreven (gebruik --yes in scripts)")
            return False
    apply_updates(updates)
    console.print(f"[green]bijgewerkt[/]: {len(updates)} verwachtingenbestand(en); controleer en commit ze")
    return True


@click.command(epilog=EPILOG)
@click.argument("samples", required=False, type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Rule folder to check instead of the built-in rules/.")
@click.option("--model", "model_dir", type=click.Path(path_type=Path, file_okay=False),
              help="spaCy pipeline folder (default: the shipped models/nl_woo).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help=f"Thresholds file (default: SAMPLES/{CONFIG_NAME}).")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Compare with this earlier result (JSON) and fail on regressions.")
@click.option("--save-baseline", "save_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Write this run's result as a baseline (JSON).")
@click.option("--junit", "junit_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Write a JUnit XML report (one test case per checked file).")
@click.option("--update", is_flag=True,
              help="Add newly found redactions to the expectations (after showing the diff) and "
                   "rewrite --baseline. Never removes an entry.")
@click.option("--yes", "-y", is_flag=True, help="With --update: do not ask before writing.")
@click.option("--pdf/--no-pdf", "with_pdf", default=True, show_default=True,
              help="Also check each sample's .pdf twin.")
def check(samples: Path | None, rules_dir: Path | None, model_dir: Path | None, config_path: Path | None,
          baseline_path: Path | None, save_path: Path | None, junit_path: Path | None, update: bool,
          yes: bool, with_pdf: bool) -> None:
    """Run the pipeline on the sample documents in SAMPLES (default: the repository's samples/)
    and compare the redactions with each <stem>.expected.yaml."""
    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(width=CI_WIDTH)
    samples = samples or DEFAULT_SAMPLES
    rules = rules_for(Options(rules_dir=rules_dir))
    try:
        expectations = load_expectations(samples)
        config_file = config_path or samples / CONFIG_NAME
        config = load_config(config_file) if config_path or config_file.is_file() else CheckConfig()
        # With --update the baseline may not exist yet: it is written at the end.
        baseline = load_baseline(baseline_path) if baseline_path and (baseline_path.exists() or not update) else None
    except (ExpectationError, ConfigError, BaselineError) as exc:
        raise click.UsageError(str(exc)) from None
    if config.source is None:
        console.print(f"[yellow]geen {CONFIG_NAME} in {samples}[/]: geen minimum voor precisie en recall, alleen harde fouten")

    from ..pipeline import Pipeline  # loads spaCy and Presidio: only once the arguments are sound

    try:
        pipeline = Pipeline(rules, model_dir)
    except FileNotFoundError as exc:
        raise click.UsageError(str(exc)) from None
    total = sum(len(sample_files(e, with_pdf)) for e in expectations)
    progress = Progress(TextColumn("[bold]check"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                        console=Console(stderr=True), transient=True)
    runs: list[FileRun] = []
    with progress:
        task = progress.add_task("", total=total)
        for run in run_samples(pipeline, expectations, with_pdf,
                               on_file=lambda name: progress.update(task, description=name)):
            runs.append(run)
            progress.advance(task)
    verdict = _verdict(runs, expectations, config)

    accepted = True
    if update:
        accepted = _update(expectations, verdict, yes, console)
        if accepted:  # judge again against what is now expected
            expectations = load_expectations(samples)
            verdict = _verdict(runs, expectations, config)

    print_report(verdict, console)
    regressions = []
    if baseline is not None:
        diff = compare_baseline(baseline, verdict)
        print_baseline_diff(diff, baseline_path, console)
        regressions = diff.regressions
    if update and accepted and baseline_path:
        save_baseline(verdict, baseline_path)
        console.print(f"[green]baseline geschreven[/]: {baseline_path}")
    if save_path:
        save_baseline(verdict, save_path)
        console.print(f"baseline geschreven: {save_path}")
    # Accepting the current result with --update is deliberate: its regressions do not fail.
    failing_regressions = [] if update and accepted else regressions
    if junit_path:
        write_junit(verdict, config, junit_path, failing_regressions if baseline is not None else None)
        console.print(f"JUnit-rapport: {junit_path}")
    if failing_regressions:
        console.print(f"[bold red]{len(failing_regressions)} verslechtering(en) ten opzichte van de baseline[/]")
    failed = not verdict.passed or bool(failing_regressions)
    sys.exit(ExitCode.CHECK_FAILED if failed else ExitCode.OK)
