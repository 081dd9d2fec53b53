"""Layout fidelity: the text that stays, stays where it was and stays visible.

Every word of the source that no box touches must be in the output with the same text at the
same place (each side within TOLERANCE points), and no box may cover part of a word that was
not redacted (a box that bleeds onto a neighbouring word, or a word that moved under a box).
Both files are read with poppler's `pdftotext -bbox`, not with PyMuPDF, which wrote the output;
the source without its annotations and form fields (poppler reads their appearance text, and
the output drops them on purpose).

A word the boxes cover whole is the redacted value and is left out. A word they cover in part
("Jansen," "<j@x.nl>" "Tel.JV:" as poppler's words, or a neighbour a box bleeds onto) is held
to the same rules glyph by glyph, read with PDFium (pypdfium2) on those pages only: a glyph
under a box for half its width or more was redacted, one under it for less is covered, every other one
must be in the output at its place. Problems say where ("pagina 2, regel 14"), never the word:
the reasons end up in the public inventory.

One exception: a scan's invisible OCR layer that ingest judged wrong (shifted against the image,
ingest/layer.py) is dropped from the output page whole. A page whose source text is all
invisible and whose output page has no invisible text left is not held to its source words:
nothing visible changed. (Which text is invisible is read with PyMuPDF's text trace; poppler
does not say.)
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pypdf
from pypdf.generic import NameObject

from ..model import Redaction
from .extract import pdfium_glyphs
from .labels import displayed, page_words

TOLERANCE = 0.5  # points
REDACTED_SHARE = 0.5  # of a glyph's width under boxes: the glyph belongs to the redacted value
EPSILON = 0.05  # points: touching edges are not an overlap
SHOWN = 3  # places named per document


@dataclass(frozen=True)
class Misplaced:
    page: int
    line: int  # on the page, counted from the top as the source shows it
    word: str  # the word (a glyph, in a word that was partly redacted); never in the public reasons
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


def _axis(box) -> int:
    """0 for text running across the page as displayed, 1 for a word running up or down it."""
    return 1 if box[3] - box[1] > 2 * (box[2] - box[0]) else 0


def _length(box, axis: int) -> float:
    return box[2 + axis] - box[axis]


def _covered_width(box, boxes, axis: int = 0) -> float:
    """How much of the box's length along the text (`axis`) lies under the boxes."""
    x0, y0, x1, y1 = box
    lo, hi = box[axis], box[2 + axis]
    spans = sorted((max(lo, b[axis]), min(hi, b[2 + axis])) for b in boxes
                   if b[1] < y1 - EPSILON and b[3] > y0 + EPSILON and b[0] < x1 - EPSILON and b[2] > x0 + EPSILON)
    width, end = 0.0, lo
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


REACH = 2.0  # points around a word: where its glyphs, and theirs in the output, can lie (_inside, TOLERANCE)


def _glyphs_on_pages(path: Path, near: dict[int, list]) -> dict[int, list[Word]]:
    """PDFium's glyphs around the words `near` (per page, poppler's boxes), in poppler's space
    (extract.pdfium_glyphs). Around: within REACH, more than the glyph check can match (a
    glyph's centre in its word within TOLERANCE along and 1 pt across, the output's glyph
    within TOLERANCE of that)."""
    return pdfium_glyphs(path, near, REACH)


def _inside(glyph_box, word_box) -> bool:
    mx, my = (glyph_box[0] + glyph_box[2]) / 2, (glyph_box[1] + glyph_box[3]) / 2
    return word_box[0] - TOLERANCE <= mx <= word_box[2] + TOLERANCE and word_box[1] - 1 <= my <= word_box[3] + 1


def _glyph_check(box, boxes, before: list[Word], after: list[Word], axis: int) -> tuple[str, str] | None:
    """For a word boxes cover in part: how ("bedekt", "verschoven") and which glyph, or None
    when only its redacted glyphs are gone. No glyphs found for it: covered (a check that
    cannot be done does not pass)."""
    # Along the word (PDFium lists them in its own reading order).
    glyphs = sorted((g for g in before if _inside(g[0], box)), key=lambda g: (g[0][axis], g[0][1 - axis]))
    if not glyphs:
        return "bedekt", ""
    for gbox, text in glyphs:
        covered = _covered_width(gbox, boxes, axis)
        if covered >= REDACTED_SHARE * _length(gbox, axis):
            continue
        if covered > EPSILON:
            return "bedekt", text
        if not any(t == text and _same_place(gbox, b) for b, t in after):
            return "verschoven", text
    return None


INVISIBLE_SHARE = 0.9  # of a source page's characters: its text is a scan's OCR layer


def _invisible(path: Path) -> list[tuple[int, int]]:
    """Per page: (characters, of which invisible: render mode 3 or transparent)."""
    import pymupdf

    out = []
    with pymupdf.open(path) as doc:
        for page in doc:
            total = hidden = 0
            for span in page.get_texttrace():
                n = len(span.get("chars", ()))
                total += n
                hidden += n if span.get("type") == 3 or span.get("opacity", 1.0) == 0 else 0
            out.append((total, hidden))
    return out


def dropped_layers(source: Path, output: Path) -> set[int]:
    """Pages (1-based) whose source text is an invisible layer that the output no longer has."""
    before, after = _invisible(source), _invisible(output)
    return {n for n, ((total, hidden), (_, left)) in enumerate(zip(before, after), 1)
            if total and hidden >= INVISIBLE_SHARE * total and left == 0}


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
    found, touched = [], []
    dropped = dropped_layers(source, output) if any(before) else set()
    for number, words in enumerate(before, 1):
        if number in dropped:
            continue
        out = after[number - 1] if number <= len(after) else []
        on_page = boxes.get(number, [])
        by_text: dict[str, list] = {}
        for box, text in out:
            by_text.setdefault(text, []).append(box)
        for (box, text), line in zip(words, line_numbers(words)):
            covered = _covered_width(box, on_page, _axis(box))
            if covered >= _length(box, _axis(box)) - 2 * EPSILON:
                continue  # the redacted value itself
            if covered > EPSILON:
                touched.append((Misplaced(number, line, "", "bedekt"), box))
            elif not any(_same_place(box, b) for b in by_text.get(text, ())):
                found.append(Misplaced(number, line, text, "verschoven"))
    if touched:
        near: dict[int, list] = {}
        for m, box in touched:
            near.setdefault(m.page, []).append(box)
        glyphs_before, glyphs_after = _glyphs_on_pages(source, near), _glyphs_on_pages(output, near)
        for m, box in touched:
            failed = _glyph_check(box, boxes.get(m.page, []), glyphs_before.get(m.page, []),
                                  glyphs_after.get(m.page, []), _axis(box))
            if failed:  # the glyph, not the word: the word holds (part of) the redacted value
                found.append(Misplaced(m.page, m.line, failed[1], failed[0]))
    return sorted(found, key=lambda m: (m.page, m.line))


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
