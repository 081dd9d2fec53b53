"""Console output the commands share: the progress bar of a flow's stages, and the lines that name
the documents that need attention."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..flows.common import Stale
from ..flows.executor import Progress as FlowProgress
from ..flows.executor import Tick
from ..model import DocumentResult, Status


class ProgressBar(FlowProgress):
    """One rich progress bar per stage of a flow."""

    def __init__(self, console: Console, title: str = "woo-redact"):
        # Each bar is labelled with its stage ("analyseren", "publiceren", "exporteren").
        self.console = console
        self.title = title

    @contextmanager
    def stage(self, label: str, total: int) -> Iterator[Tick]:
        progress = Progress(TextColumn(f"[bold]{self.title}[/] {label}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), TextColumn("{task.description}"), console=self.console,
                            transient=False, disable=not total)
        with progress:
            task = progress.add_task("", total=total)

            def tick(name: str, done: bool) -> None:
                progress.update(task, description=name)
                if done:
                    progress.advance(task)

            yield tick


def print_problems(results: list[DocumentResult], console: Console) -> None:
    """The documents that need attention; for a withheld one also which value the output check
    still read where (the console and the private record name it, the inventory and log never)."""
    for r in results:
        if r.status is not Status.OK:
            console.print(f"[bold red]{r.status.value}[/] {r.relpath}: {r.error}")
            for line in r.readable:
                console.print(f"    nog leesbaar: {line}", markup=False, highlight=False)
            if r.traceback:  # a bug: what to report, here and never in the published inventory
                console.print(r.traceback, markup=False, highlight=False)


def print_package(package, console: Console) -> None:
    """The publication package (--request): what is ready for upload, and what is not."""
    if package is None:
        return
    console.print(f"publicatiepakket: productierapport.xlsx en upload/ (upload.zip) met {len(package.published)} "
                  "document(en)")
    if package.pending:
        console.print(f"[yellow]werkrapport.xlsx: {len(package.pending)} document(en) nog niet klaar voor upload[/] "
                      "(niet in het productierapport)")
    if package.diwoo_skipped:
        console.print(f"[yellow]geen DiWoo-metadata[/]: {package.diwoo_skipped}")
    else:
        console.print(f"DiWoo-metadata: {package.diwoo} record(s) in diwoo/")
    for name, errors in package.diwoo_failed.items():
        console.print(f"[bold red]DiWoo-record {name} ongeldig[/] (niet geschreven): {errors[0]}")


def print_stale(stale: Stale, console: Console) -> None:
    """What a run removed from OUT because its source is no longer in the request, and what it left."""
    for relpath in stale.removed:
        console.print(f"[yellow]verwijderd[/] {relpath}: bron niet meer in het verzoek (uitvoer van een eerdere run)")
    for relpath in stale.changed:
        console.print(f"[bold red]niet verwijderd[/] {relpath}: bron niet meer in het verzoek, maar het bestand is "
                      "gewijzigd sinds de eerdere run; beoordeel het zelf (het staat niet in de inventaris)")
