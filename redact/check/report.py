"""The check's console output: tables per entity type and per file, then every problem with context."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..model import Status
from .compare import FileCheck
from .verdict import Tally, Verdict

MAX_LISTED = 25  # problems repeated at the end of the output
COUNT_COLUMNS = ("verwacht", "gevonden", "gemist", "extra", "precisie", "recall")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _counts(t: Tally) -> list[str]:
    return [str(t.expected), str(t.found), str(t.missed), str(t.extra), _pct(t.precision), _pct(t.recall)]


def _status(check: FileCheck) -> str:
    if check.status is Status.OK:
        return "[green]geslaagd[/]" if check.passed else "[bold red]MISLUKT[/]"
    return "[yellow]achtergehouden[/]" if check.withheld_ok else f"[bold red]{check.status.value}[/]"


def _table(title: str, first: str, extra_columns: tuple[str, ...] = ()) -> Table:
    table = Table(title=title, header_style="bold", title_justify="left")
    table.add_column(first)
    for col in extra_columns:
        table.add_column(col)
    for col in COUNT_COLUMNS:
        table.add_column(col, justify="right")
    return table


def _list(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]], style: str) -> Table:
    table = Table(title=title, header_style="bold", title_justify="left", title_style=style)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*map(escape, row))  # sample text may contain [brackets]
    return table


def print_report(verdict: Verdict, console: Console) -> None:
    by_entity = _table("Per entiteitstype", "entiteit")
    for entity, t in sorted(verdict.per_entity.items()):
        by_entity.add_row(entity, *_counts(t))
    by_entity.add_section()
    by_entity.add_row(Text("alle", style="bold"), *_counts(verdict.overall))
    console.print(by_entity)

    by_file = _table("Per document", "bestand", ("resultaat", "ten onrechte zwart"))
    for check in verdict.files:
        t = verdict.per_file[check.file]
        by_file.add_row(escape(check.file), _status(check), str(len(check.over_redacted)), *_counts(t))
    console.print(by_file)

    missed = [(c.file, m.occurrence.value, m.occurrence.entity, m.how, m.occurrence.context)
              for c in verdict.files for m in c.missed]
    if missed:
        console.print(_list(f"Gemist: moet weg, nog leesbaar ({len(missed)})",
                            ("bestand", "waarde", "entiteit", "hoe", "context"), missed, "bold red"))
    over = [(c.file, r.occurrence.value, r.why, r.how, r.occurrence.context)
            for c in verdict.files for r in c.over_redacted]
    if over:
        console.print(_list(f"Te veel weggelakt: moet zichtbaar blijven, is zwart ({len(over)})",
                            ("bestand", "waarde", "waarom zichtbaar", "hoe", "context"), over, "bold red"))
    extras = [(c.file, x.text, x.entity, x.ground, x.detector, x.context)
              for c in verdict.files for x in c.extras if x.keep_value is None]
    if extras:
        console.print(_list(f"Extra: weggelakt, maar in geen verwachting ({len(extras)}; verlaagt de precisie, "
                            "op zich geen fout)", ("bestand", "tekst", "entiteit", "grond", "detector", "context"),
                            extras, "yellow"))
    wrong = [(c.file, w.occurrence.value, w.expected, ", ".join(w.found) or "–", w.occurrence.context)
             for c in verdict.files for w in c.wrong_grounds]
    if wrong:
        console.print(_list(f"Andere grond dan verwacht ({len(wrong)}; een waarschuwing)",
                            ("bestand", "waarde", "verwacht", "op de balk", "context"), wrong, "yellow"))
    for c in verdict.files:
        if c.status is not Status.OK:
            tag = "[yellow]achtergehouden (toegestaan in check.yaml)[/]" if c.withheld_ok else "[bold red]niet gepubliceerd[/]"
            console.print(f"{tag} {escape(c.file)}: {escape(c.reason or '')}")
    for line in verdict.threshold_failures:
        console.print(f"[bold red]drempel[/] {escape(line)}")
    if verdict.passed:
        console.print(f"[bold green]controle geslaagd[/]: {len(verdict.files)} bestanden")
    else:
        # The end of a CI log is what people read: name the files and values once more, briefly.
        problems = verdict.problems
        for line in problems[:MAX_LISTED]:
            console.print(f"[red]✗[/] {escape(line)}", highlight=False)
        if len(problems) > MAX_LISTED:
            console.print(f"  … en nog {len(problems) - MAX_LISTED} (zie de tabellen hierboven)")
        console.print(f"[bold red]controle mislukt[/]: {len(verdict.problems)} probleem/problemen in "
                      f"{sum(not c.passed for c in verdict.files)} van {len(verdict.files)} bestanden"
                      + (f", {len(verdict.threshold_failures)} drempel(s)" if verdict.threshold_failures else ""))
