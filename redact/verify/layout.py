"""Layout fidelity: the text that stays, stays where it was and stays visible.

Every word of the source that no box touches must be in the output with the same text at the
same place (each side within TOLERANCE points), and no box may cover part of a word that was
not redacted (a box that bleeds onto a neighbouring word, or a word that moved under a box).
Both files are read with poppler's `pdftotext -bbox`, not with PyMuPDF, which wrote the output;
the source without its annotations and form fields (poppler reads their appearance text, and
the output drops them on purpose).

A word is redacted (and left out) when boxes cover at least REDACTED_SHARE of its width on its
line: poppler's words include the punctuation around a value ("Jansen," "<j@x.nl>"). Problems
say where ("pagina 2, regel 14"), never the word: the reasons end up in the public inventory.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pypdf
from pypdf.generic import NameObject

from ..model import Redaction
from .labels import displayed, page_words

TOLERANCE = 0.5  # points
REDACTED_SHARE = 0.5  # of a word's width under boxes: the word is (part of) a redacted value
EPSILON = 0.05  # points: touching edges are not an overlap
SHOWN = 3  # places named per document


@dataclass(frozen=True)
class Misplaced:
    page: int
    line: int  # on the page, counted from the top as the source shows it
    word: str  # for the console only, never for the public reasons
    how: str  # "verschoven" (moved or gone) | "bedekt" (partly under a box)

    @property
    def where(self) -> str:
        return f"pagina {self.page}, regel {self.line}"


Word = tuple[tuple[float, float, float, float], str]


def line_numbers(words: list[Word]) -> list[int]:
    """The line (1 = top) of each word: words whose vertical middles lie within half a word's
    height of each other share a line."""
    order = sorted(range(len(words)), key=lambda i: ((words[i][0][1] + words[i][0][3]) / 2, words[i][0][0]))
    numbers = [0] * len(words)
    line, middle = 0, None
    for i in order:
        (_, y0, _, y1), _ = words[i]
        mid = (y0 + y1) / 2
        if middle is None or mid - middle > max(y1 - y0, 1.0) / 2:
            line, middle = line + 1, mid
        numbers[i] = line
    return numbers


def _covered_width(box, boxes) -> float:
    """How much of the word's width lies under the boxes (boxes that overlap it vertically)."""
    x0, y0, x1, y1 = box
    spans = sorted((max(x0, b[0]), min(x1, b[2])) for b in boxes
                   if b[1] < y1 - EPSILON and b[3] > y0 + EPSILON and b[0] < x1 - EPSILON and b[2] > x0 + EPSILON)
    width, end = 0.0, x0
    for a, b in spans:
        a = max(a, end)
        if b > a:
            width, end = width + b - a, b
    return width


def _same_place(a, b) -> bool:
    return all(abs(p - q) <= TOLERANCE for p, q in zip(a, b))


def source_words(source: Path) -> list[list[Word]]:
    """The source's page words as poppler reads them, annotations and form fields left out."""
    reader = pypdf.PdfReader(source)
    if not any("/Annots" in page for page in reader.pages):
        return page_words(source)
    writer = pypdf.PdfWriter(clone_from=reader)
    for page in writer.pages:
        if "/Annots" in page:
            del page[NameObject("/Annots")]
    with tempfile.TemporaryDirectory(prefix="woo-redact-layout-") as tmp:
        copy = Path(tmp) / "bron.pdf"
        writer.write(copy)
        return page_words(copy)


def misplaced_words(source: Path, output: Path, redactions: Iterable[Redaction],
                    page_sizes: list[tuple[float, float, int]], output_words: list | None = None
                    ) -> list[Misplaced]:
    """Words of `source` outside the boxes that `output` moved, lost or covered. `page_sizes`:
    the unrotated width and height and the rotation of each output page (the log's boxes are in
    unrotated space, poppler's words as the page is displayed); `output_words`: page_words(output),
    when read already."""
    before = source_words(source)
    after = page_words(output) if output_words is None else output_words
    boxes: dict[int, list] = {}
    for r in redactions:
        if 0 < r.page <= len(page_sizes):
            boxes.setdefault(r.page, []).extend(displayed(b, *page_sizes[r.page - 1]) for b in r.boxes)
    found = []
    for number, words in enumerate(before, 1):
        out = after[number - 1] if number <= len(after) else []
        on_page = boxes.get(number, [])
        by_text: dict[str, list] = {}
        for box, text in out:
            by_text.setdefault(text, []).append(box)
        for (box, text), line in zip(words, line_numbers(words)):
            covered = _covered_width(box, on_page)
            if covered >= REDACTED_SHARE * (box[2] - box[0]):
                continue  # the redacted value itself (with its punctuation)
            if covered > EPSILON:
                found.append(Misplaced(number, line, text, "bedekt"))
            elif not any(_same_place(box, b) for b in by_text.get(text, ())):
                found.append(Misplaced(number, line, text, "verschoven"))
    return found


def layout_problems(misplaced: list[Misplaced]) -> list[str]:
    """One reason per kind for the document: how many words, and the first places (no words)."""
    problems = []
    for how, said in (("verschoven", "verschoven of verdwenen"), ("bedekt", "deels onder een vak")):
        hits = [m for m in misplaced if m.how == how]
        if hits:
            places = list(dict.fromkeys(m.where for m in hits))
            problems.append(f"{len(hits)} woord(en) buiten de vakken {said} (> {TOLERANCE} pt), o.a. "
                            + "; ".join(places[:SHOWN]))
    return problems
