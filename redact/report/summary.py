"""The end-of-run summary on the terminal (rich)."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from ..model import DocumentResult, Status
from .inventory import DUPLICATE, judgement


def print_summary(results: list[DocumentResult], console: Console) -> None:
    status = Counter(r.status for r in results)
    docs = Table(title="Documenten", show_header=True, header_style="bold")
    docs.add_column("Uitkomst")
    docs.add_column("Aantal", justify="right")
    judged = Counter(judgement(r) for r in results if r.status is Status.OK)
    docs.add_row("Openbaar", str(judged["Openbaar"]))
    docs.add_row("Deels openbaar", str(judged["Deels openbaar"]))
    if judged[DUPLICATE]:  # copies of another document (redact/dossier/)
        left_out = sum(1 for r in results if r.status is Status.OK and r.duplicate and not r.output)
        docs.add_row(DUPLICATE + (f" (waarvan {left_out} niet opnieuw openbaar)" if left_out else ""),
                     str(judged[DUPLICATE]))
    for s in (Status.NEEDS_REVIEW, Status.LEAK, Status.FAILED):
        if status[s]:
            docs.add_row(s.value, str(status[s]), style="bold red")
    console.print(docs)

    grounds = Counter(r.ground for res in results for r in res.redactions)
    if grounds:
        table = Table(title="Weglakkingen per grond", header_style="bold")
        table.add_column("Grond")
        table.add_column("Aantal", justify="right")
        for ground, n in sorted(grounds.items()):
            table.add_row(ground, str(n))
        console.print(table)

    judged_pages = [(r.relpath, note) for r in sorted(results, key=lambda r: r.relpath) for note in r.page_notes]
    if judged_pages:  # a reviewer's decisions on pages that could not be read reliably (review/pages.py)
        table = Table(title="Pagina's handmatig beoordeeld", header_style="bold")
        table.add_column("Document")
        table.add_column("Besluit")
        for relpath, note in judged_pages:
            table.add_row(relpath, note)
        console.print(table)

    problems = [r for r in results if r.status is not Status.OK]
    if problems:
        table = Table(title="Aandacht nodig", header_style="bold red")
        table.add_column("Document")
        table.add_column("Uitkomst")
        table.add_column("Uitvoer")
        table.add_column("Reden")
        for r in sorted(problems, key=lambda r: r.relpath):
            # With --unreadable-pages blackout a reviewed document is written, its bad pages black.
            written = "geschreven, onleesbare pagina's zwart" if r.output else "niet geschreven"
            table.add_row(r.relpath, r.status.value, written, r.error or "")
        console.print(table)
