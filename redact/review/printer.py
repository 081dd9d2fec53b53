"""`review --print`: the review as text, for CI logs and for the motivation of a decision.

Per document, the lines that carry a proposal (with `context` lines around them), each
proposal marked as in the interactive review, and the counts. Plain text has no escape codes;
with colour it is meant for `less -R`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from rich.text import Text

from .decisions import VERDICT_NL, DecisionBook, Proposal, with_extra
from .pages import current_decision, page_status_nl
from ..model import Document
from .workfolder import EntryStatus, WorkIndex, read_document
from .view import colours_for, line_starts, marked_text, marks_for, person_text, persons_in, wrapped

WIDTH = 80  # the person lines are wrapped to this, whatever the terminal



def _hunks(lines: list[int], context: int, count: int) -> list[tuple[int, int]]:
    """Line ranges [a, b) around the given line numbers, merged where they touch."""
    out: list[tuple[int, int]] = []
    for n in sorted(set(lines)):
        a, b = max(0, n - context), min(count, n + context + 1)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def document_diff(document: Document, proposals: tuple[Proposal, ...], book: DecisionBook,
                  colours: dict[str, str], plain: bool, context: int = 0) -> tuple[list[Text], Counter]:
    verdicts = [book.verdict(document.relpath, p) for p in proposals]
    out: list[Text] = []
    for page in document.pages:
        if page.needs_review:
            decided = current_decision(document.source, page.number, book.pages(document.relpath).get(page.number))
            status = page_status_nl(page.number, page.needs_review, decided)
            out.append(Text(f"@@ {status} @@",
                            style=None if plain else "bold red"))
        marks = marks_for(page.number, proposals, verdicts)
        if not marks:
            continue
        starts = line_starts(page.text)
        ends = starts[1:] + [len(page.text) + 1]
        marked_lines = []
        for m in marks:
            for n, (a, b) in enumerate(zip(starts, ends)):
                if a <= m.start < b or a < m.end <= b:
                    marked_lines.append(n)
        for a, b in _hunks(marked_lines, context, len(starts)):
            out.append(Text(f"@@ pagina {page.number}, regel {a + 1}-{b} @@", style=None if plain else "cyan"))
            for n in range(a, b):
                line = marked_text(page.text, starts[n], ends[n] - 1, marks, colours, plain)
                numbered = Text()
                numbered.append(f"{n + 1:>4} ", style=None if plain else "dim")
                numbered.append_text(line)
                out.append(numbered)
    return out, Counter(v.status for v in verdicts)


def print_review(work: Path, index: WorkIndex, book: DecisionBook, grounds: list[str], emit: Callable[[Text], None],
                 plain: bool, context: int = 0) -> Counter:
    """Emit the diff of every document of the index; returns the counts per status."""
    colours = colours_for(grounds)
    total: Counter = Counter()
    skipped = 0
    for entry in index.documents:
        if entry.status is EntryStatus.SKIPPED:  # not a document type we read (e.g. .yaml): one count at the end
            skipped += 1
            continue
        if entry.status is not EntryStatus.OK:
            emit(Text(f"== {entry.relpath}: niet gescand ({entry.status.outcome.value}): {entry.error} ==",
                      style=None if plain else "bold red"))
            continue
        document, proposals = read_document(work, entry, boxes=False)
        proposals = with_extra(document, proposals, book)
        lines, counts = document_diff(document, proposals, book, colours, plain, context)
        total += counts
        summary = ", ".join(f"{counts[s]} {VERDICT_NL[s]}" for s in ("accepted", "rejected", "open"))
        emit(Text(f"== {entry.relpath} ({len(document.pages)} pagina's): {len(proposals)} voorstellen: {summary} ==",
                  style=None if plain else "bold"))
        for person, mentions in persons_in(proposals):  # who the proposals are about, and why that verdict
            for row in wrapped(person_text(person, mentions), WIDTH, indent="  "):
                emit(Text(row, style=None if plain else "italic"))
        for line in lines:
            emit(line)
    emit(Text(f"Totaal: {sum(total.values())} voorstellen: "
              + ", ".join(f"{total[s]} {VERDICT_NL[s]}" for s in ("accepted", "rejected", "open"))
              + (f"; {skipped} bestand(en) overgeslagen (type niet ondersteund)" if skipped else ""),
              style=None if plain else "bold"))
    return total
