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

On a scan page whose source text is all invisible (an OCR layer over the page image), a word's
box is the layer's claim, not a glyph a reader sees: what the reader sees is the image. There a
box over part of a word's (or glyph's) box covers it only where the source page shows ink under
the box (the page rendered, its ink as the layer check measures it); a box that reaches into a
neighbour's claimed box between the lines, over blank paper, touches nothing visible. Where there
is ink, a glyph the boxes touch for less than half its claimed cell is covered only where a blob
of that ink reaches out of the box (a glyph cut by its edge) or none of the cell's ink is left
(_Ink.cuts): the layer's monospace cells lie over proportional print, so a neighbour's cell
reaches over the value's last letter, which the box removes whole. There an invisible glyph that
the text removal took with the value, its ink untouched, is no move either. Visible text is held
to its boxes as before.

One exception: a scan's invisible OCR layer that ingest judged wrong (shifted against the image,
ingest/layer.py) is dropped from the output page whole. A page whose source text is all
invisible and whose output page has no invisible text left is not held to its source words:
nothing visible changed. (Which text is invisible is read with PyMuPDF's text trace; poppler
does not say.)
"""

from __future__ import annotations

import bisect
import math
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


class _Places:
    """The output page's words by text, each text's boxes sorted by their left edge, to find a
    word at the same place without comparing it with every word of the same text on the page
    (a page has dozens of "de"): only those whose left edge lies within twice TOLERANCE are
    held to _same_place (a wider window than it can pass, so floating point cannot hide one)."""

    def __init__(self, words: list[Word]):
        by_text: dict[str, list] = {}
        for box, text in words:
            by_text.setdefault(text, []).append(box)
        self.boxes = {text: sorted(boxes) for text, boxes in by_text.items()}
        self.lefts = {text: [b[0] for b in boxes] for text, boxes in self.boxes.items()}

    def has(self, text: str, box) -> bool:
        boxes = self.boxes.get(text)
        if not boxes:
            return False
        lefts = self.lefts[text]
        lo = bisect.bisect_left(lefts, box[0] - 2 * TOLERANCE)
        hi = bisect.bisect_right(lefts, box[0] + 2 * TOLERANCE)
        return any(_same_place(box, b) for b in boxes[lo:hi])


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


INK_DPI = 150  # the source page rendered to tell ink from blank paper under a box (invisible text)
DARK_TEXT = 80  # grey level below which a pixel is a glyph's core, not a grey box's fill (_Ink.cuts)
SOLID_FILL = 2.0  # points: a square this large fits in a box's fill, not in a glyph's stroke


class _Ink:
    """The ink of a source page as displayed (poppler's space): dark pixels after a median
    filter, split from the paper by Otsu's threshold, as ingest/layer.py measures it."""

    def __init__(self, page):
        import cv2
        import numpy as np
        import pymupdf

        pix = page.get_pixmap(dpi=INK_DPI, colorspace=pymupdf.csGRAY, annots=False, alpha=False)
        img = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, :pix.width]
        img = cv2.medianBlur(np.ascontiguousarray(img), 3)
        _, ink = cv2.threshold(img, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
        self.ink = ink.astype(bool)
        self.dark = img < DARK_TEXT
        self.scale = 72.0 / INK_DPI
        self._labels = None

    def _cells(self, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        """The rows r0:r1 and columns c0:c1 of the pixels whose centres lie in (x0, y0, x1, y1),
        within the image (empty when r1 <= r0 or c1 <= c0)."""
        h, w = self.ink.shape
        s = self.scale
        return (max(0, math.ceil(y0 / s - 0.5)), min(h, math.floor(y1 / s - 0.5) + 1),
                max(0, math.ceil(x0 / s - 0.5)), min(w, math.floor(x1 / s - 0.5) + 1))

    def under(self, box, boxes) -> bool:
        """Whether ink lies where `box` and one of `boxes` overlap (a pixel whose centre is inside)."""
        for b in boxes:
            x0, y0, x1, y1 = max(box[0], b[0]), max(box[1], b[1]), min(box[2], b[2]), min(box[3], b[3])
            if x1 - x0 <= EPSILON or y1 - y0 <= EPSILON:
                continue
            r0, r1, c0, c1 = self._cells(x0, y0, x1, y1)
            if c1 > c0 and r1 > r0 and self.ink[r0:r1, c0:c1].any():
                return True
        return False

    def _components(self):
        if self._labels is None:
            import cv2

            _, self._labels, self._stats, _ = cv2.connectedComponentsWithStats(self.ink.astype("uint8"), connectivity=8)
        return self._labels, self._stats

    def cuts(self, box, boxes) -> bool:
        """Whether `boxes` hide part of what a reader sees of a glyph claimed at `box`: a blob of
        ink (8-connected) under a box where it overlaps `box` reaches out of that box (a glyph
        cut by its edge), or none of the ink in `box` is left outside the boxes (all of it hidden).
        A blob wholly under the box is removed whole: no glyph is left cut (the layer's claimed
        cells, monospace over proportional print, put a neighbour's claim over the value's
        last letter)."""
        labels, stats = self._components()
        s = self.scale
        seen = False
        for b in boxes:
            x0, y0, x1, y1 = max(box[0], b[0]), max(box[1], b[1]), min(box[2], b[2]), min(box[3], b[3])
            if x1 - x0 <= EPSILON or y1 - y0 <= EPSILON:
                continue
            r0, r1, c0, c1 = self._cells(x0, y0, x1, y1)
            if c1 <= c0 or r1 <= r0:
                continue
            for label in set(labels[r0:r1, c0:c1][self.ink[r0:r1, c0:c1]].tolist()):
                seen = True
                left, top, width, height = stats[label][:4]
                # Pixels whose centres lie under the box are removed (as `under` reads them); a
                # blob out of the box by no more than TOLERANCE (a pixel at 150 dpi is 0.48 pt) is
                # under it: the value's last stroke at the box's edge, not a glyph cut.
                c0, r0_, c1, r1_ = (left + 0.5) * s, (top + 0.5) * s, (left + width - 0.5) * s, (top + height - 0.5) * s
                if max(b[0] - c0, b[1] - r0_, c1 - b[2], r1_ - b[3]) > TOLERANCE and \
                        not self._fill_under(label, (left, top, width, height), b):
                    return True
        return seen and not self._outside(box, boxes)

    def _fill_under(self, label: int, stat, b) -> bool:
        """Whether the blob's part under box `b` is fill, not a glyph's strokes: the blob has
        dark pixels (DARK_TEXT: a glyph's core) outside the box and none under it, and its part
        under the box is solid (SOLID_FILL). A glyph that
        touches a grey earlier box (VWS's ZyLAB boxes are grey 107, drawn tight against the '<'
        or '[' before them) is one blob with it at 150 dpi; a box over the grey box alone cuts
        no glyph. Faint text with no dark pixels stays cut (fail closed)."""
        import numpy as np

        labels = self._labels
        s = self.scale
        left, top, width, height = stat
        region = labels[top:top + height, left:left + width] == label
        dark = self.dark[top:top + height, left:left + width] & region
        cols = (np.arange(left, left + width) + 0.5) * s
        rows = (np.arange(top, top + height) + 0.5) * s
        under = ((rows >= b[1]) & (rows <= b[3]))[:, None] & ((cols >= b[0]) & (cols <= b[2]))[None, :]
        if not (dark & ~under).any() or (dark & under).any():
            return False
        # And what lies under the box is solid (a square of SOLID_FILL points fits in it): a glyph's
        # stroke is thinner; the antialiased tip of a glyph cut by the box is no fill.
        import cv2

        k = max(2, math.ceil(SOLID_FILL / s))
        solid = cv2.erode((region & under).astype(np.uint8), np.ones((k, k), np.uint8))
        return bool(solid.any())

    def _outside(self, box, boxes) -> bool:
        """Whether ink in `box` lies outside every one of `boxes` (a pixel whose centre is outside)."""
        r0, r1, c0, c1 = self._cells(*box[:4])
        if c1 <= c0 or r1 <= r0:
            return False
        left = self.ink[r0:r1, c0:c1].copy()
        for b in boxes:
            a0, a1, b0, b1 = self._cells(*b[:4])
            a0, a1, b0, b1 = max(r0, a0), min(r1, a1), max(c0, b0), min(c1, b1)
            if b1 > b0 and a1 > a0:
                left[a0 - r0:a1 - r0, b0 - c0:b1 - c0] = False
        return bool(left.any())


def _inks(path: Path, numbers: set[int]) -> dict[int, _Ink]:
    import pymupdf

    with pymupdf.open(path) as doc:
        return {n: _Ink(doc[n - 1]) for n in sorted(numbers) if n <= doc.page_count}


def _in_words(gbox, text: str, words: list[Word]) -> bool:
    """Whether poppler's words hold `text` where the glyph box `gbox` is (a word around it, on its line)."""
    return any(text in t and b[0] - TOLERANCE <= gbox[0] and gbox[2] <= b[2] + TOLERANCE and _inside(gbox, b)
               for b, t in words)


def _glyph_check(box, boxes, before: list[Word], after: list[Word], axis: int,
                 ink: _Ink | None = None, out_words: list[Word] = ()) -> tuple[str, str] | None:
    """For a word boxes cover in part: how ("bedekt", "verschoven") and which glyph, or None
    when only its redacted glyphs are gone. No glyphs found for it: covered (a check that
    cannot be done does not pass). `ink`: the page's text is invisible, and a glyph box the
    boxes reach into over blank paper is not covered; there a glyph PDFium does not read in the
    output is in place when poppler's `out_words` hold it there (PDFium leaves out a text object
    of one glyph whose outline is flat, as a scan layer's font draws them, once MuPDF's text
    removal has split it off its line)."""
    # Along the word (PDFium lists them in its own reading order).
    glyphs = sorted((g for g in before if _inside(g[0], box)), key=lambda g: (g[0][axis], g[0][1 - axis]))
    if not glyphs:
        return "bedekt", ""
    for gbox, text in glyphs:
        covered = _covered_width(gbox, boxes, axis)
        if covered >= REDACTED_SHARE * _length(gbox, axis):
            continue
        if covered > EPSILON and (ink is None or ink.cuts(gbox, boxes)):
            return "bedekt", text
        if not any(t == text and _same_place(gbox, b) for b, t in after):
            if ink is not None and covered > EPSILON:
                # An invisible layer's glyph whose claimed cell the box touches, its ink in the
                # image untouched (above): the text removal took it with the value (MuPDF removes
                # a glyph its box overlaps by a quarter), nothing a reader sees changed.
                continue
            if ink is not None and _in_words(gbox, text, out_words):
                continue
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


def all_invisible(counts: list[tuple[int, int]]) -> set[int]:
    """Pages (1-based) with text, all of it invisible (a scan's OCR layer, no visible text)."""
    return {n for n, (total, hidden) in enumerate(counts, 1) if total and hidden == total}


def dropped_layers(source: Path, output: Path, before: list[tuple[int, int]] | None = None) -> set[int]:
    """Pages (1-based) whose source text is an invisible layer that the output no longer has.
    The output's text trace is read only when the source has such a layer (else: none)."""
    before = before if before is not None else _invisible(source)
    if not any(total and hidden >= INVISIBLE_SHARE * total for total, hidden in before):
        return set()
    after = _invisible(output)
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
    counts = _invisible(source) if any(before) else []
    dropped = dropped_layers(source, output, counts) if counts else set()
    invisible = all_invisible(counts) & set(boxes)
    inks = _inks(source, invisible) if invisible else {}
    for number, words in enumerate(before, 1):
        if number in dropped:
            continue
        out = after[number - 1] if number <= len(after) else []
        on_page = boxes.get(number, [])
        ink = inks.get(number)
        by_text = _Places(out)
        for (box, text), line in zip(words, line_numbers(words)):
            covered = _covered_width(box, on_page, _axis(box)) if on_page else 0.0
            if covered >= _length(box, _axis(box)) - 2 * EPSILON:
                continue  # the redacted value itself
            if covered > EPSILON and (ink is None or ink.under(box, on_page)):
                touched.append((Misplaced(number, line, "", "bedekt"), box))
            elif not by_text.has(text, box):
                found.append(Misplaced(number, line, text, "verschoven"))
    if touched:
        near: dict[int, list] = {}
        for m, box in touched:
            near.setdefault(m.page, []).append(box)
        glyphs_before, glyphs_after = _glyphs_on_pages(source, near), _glyphs_on_pages(output, near)
        for m, box in touched:
            failed = _glyph_check(box, boxes.get(m.page, []), glyphs_before.get(m.page, []),
                                  glyphs_after.get(m.page, []), _axis(box), inks.get(m.page),
                                  after[m.page - 1] if m.page <= len(after) else [])
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
