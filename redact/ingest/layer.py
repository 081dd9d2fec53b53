"""An existing OCR text layer over a scan: trusted, or replaced by our own OCR.

Scanners and earlier tools put an invisible text layer (render mode 3) over the page image. It
can be good, or shifted against the image, or wrong. It is judged per page by a fresh OCR of a
sample of its lines (policy.yaml `ocr:`; ocrsettings.py):

    word agreement      of the sampled lines' layer words, the share OCR reads alike near them;
                        and of the words OCR reads on those lines, the share the layer has
    position agreement  the matched words lie within `layer_max_offset` line heights of the glyphs
    ink coverage        the image's ink lines (rows of dark pixels) have layer text on them

A trusted layer is read as the page's text (no full OCR), its word boxes widened to the ink of
the glyphs around them (boxes follow the image, not only the layer's claim). An untrusted one is
replaced: the page is OCR'd whole, only the OCR words are detected in, and the renderer drops
the invisible layer from the output page (render/pdf.py), so no value in it survives unseen.
"""

from __future__ import annotations

import functools
import re
import statistics
import unicodedata
from dataclasses import dataclass

import numpy as np
import pymupdf

from ..model import Box
from ..ocrsettings import OcrSettings
from .earlier import solid_fills
from .ocr import OCR_DPI, OcrError, OcrWord, _tesseract_tsv, grey_pixels, page_ink, tesseract_problem, words_from_tsv

INVISIBLE_SHARE = 0.9  # of the text layer's characters: a layer this invisible is an OCR layer
MIN_LAYER_WORDS = 5
INK_DPI = 72
MIN_INK_LINE = 4.0  # points: a row band of ink lower than this is a rule or a speck, not a text line
# Points kept clear of the neighbouring words' glyph boxes when a box is widened to the ink: the
# renderer adds its pixel margin (1 pt) beyond a box where a space or another line is beside it.
CLEARANCE = 1.5
BAND_LINES = 1.5  # line heights above and below a sampled line that are read with it
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class LayerWord:
    text: str
    start: int  # offsets into the page text
    end: int
    box: Box


@dataclass(frozen=True)
class LayerVerdict:
    trusted: bool
    reason: str  # Dutch, no values: what was measured ("woorden 95%, afwijking 0.1 regel, inkt 100%")
    agreement: float
    offset: float
    coverage: float


def invisible_share(page: pymupdf.Page) -> float:
    """The share of the page's text drawn invisibly (render mode 3, or fully transparent)."""
    total = hidden = 0
    for span in page.get_texttrace():
        n = len(span.get("chars", ()))
        total += n
        if span.get("type") == 3 or span.get("opacity", 1.0) == 0:
            hidden += n
    return hidden / total if total else 0.0


def _squash(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def layer_lines(text: str, boxes: tuple[Box | None, ...]) -> list[list[LayerWord]]:
    """The layer's words with their boxes, line by line (as the text layer gives them)."""
    lines, offset = [], 0
    for raw in text.split("\n"):
        words = []
        for m in _WORD.finditer(raw):
            start, end = offset + m.start(), offset + m.end()
            bs = [b for b in boxes[start:end] if b is not None]
            if bs:
                words.append(LayerWord(m.group(0), start, end, (min(b[0] for b in bs), min(b[1] for b in bs),
                                                              max(b[2] for b in bs), max(b[3] for b in bs))))
        if words:
            lines.append(words)
        offset += len(raw) + 1
    return lines


def _mask(pix: pymupdf.Pixmap, masks: tuple[Box, ...], origin: tuple[float, float], scale: float) -> None:
    for m in masks:
        pix.set_rect(pymupdf.IRect(round((m[0] - origin[0]) / scale), round((m[1] - origin[1]) / scale),
                                   round((m[2] - origin[0]) / scale), round((m[3] - origin[1]) / scale)) & pix.irect,
                     (255,))


def sample_ocr(page: pymupdf.Page, bands: list[pymupdf.Rect], masks: tuple[Box, ...] = ()) -> list[list[OcrWord]]:
    """The OCR words of each band of the (unrotated) page, read in one Tesseract call: the bands
    are stacked with white space between them."""
    import cv2

    problem = tesseract_problem()
    if problem:
        raise OcrError(problem)
    scale, gap = 72.0 / OCR_DPI, 60
    images = []
    for band in bands:
        pix = page.get_pixmap(dpi=OCR_DPI, clip=band, colorspace=pymupdf.csGRAY, annots=False, alpha=False)
        pix.set_origin(0, 0)
        _mask(pix, masks, (band.x0, band.y0), scale)
        images.append(grey_pixels(pix))
    width = max(im.shape[1] for im in images)
    rows, tops, at = [], [], gap
    for im in images:
        pad = np.full((im.shape[0], width), 255, np.uint8)
        pad[:, :im.shape[1]] = im
        rows += [np.full((gap, width), 255, np.uint8), pad]
        tops.append(at)
        at += im.shape[0] + gap
    rows.append(np.full((gap, width), 255, np.uint8))
    ok, png = cv2.imencode(".png", np.vstack(rows))
    if not ok:
        raise OcrError("afbeelding niet te coderen voor OCR")
    words = words_from_tsv(_tesseract_tsv(png.tobytes(), OCR_DPI), (0.0, 0.0), scale)
    out: list[list[OcrWord]] = [[] for _ in bands]
    for w in words:
        cy = (w.box[1] + w.box[3]) / 2 / scale
        for i, (band, top) in enumerate(zip(bands, tops)):
            if top <= cy <= top + images[i].shape[0]:
                dy = band.y0 - top * scale
                x0, y0, x1, y1 = w.box
                out[i].append(OcrWord(w.text, (x0 + band.x0, y0 + dy, x1 + band.x0, y1 + dy), w.confidence, w.line))
                break
    return out


def _near(a: str, b: str) -> bool:
    """The same word as OCR reads it: equal, or one character off in a longer word."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def ink_lines(page: pymupdf.Page, masks: tuple[Box, ...] = ()) -> list[tuple[float, float]]:
    """The vertical extents (points, unrotated page) of the rows of ink on the page image."""
    import cv2

    pix = page.get_pixmap(dpi=INK_DPI, colorspace=pymupdf.csGRAY, annots=False, alpha=False)
    _mask(pix, masks, (0.0, 0.0), 72.0 / INK_DPI)
    img = cv2.medianBlur(grey_pixels(pix), 3)
    ink = page_ink(img)
    if float(img.std()) < 8:  # a blank page: Otsu would split its noise
        return []
    rows = ink.sum(axis=1) >= max(2, int(0.004 * ink.shape[1]))
    scale = 72.0 / INK_DPI
    out, start = [], None
    for y, on in enumerate(list(rows) + [False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            if (y - start) * scale >= MIN_INK_LINE:
                out.append((start * scale, y * scale))
            start = None
    return out


def judge(page: pymupdf.Page, text: str, boxes: tuple[Box | None, ...], settings: OcrSettings,
          masks: tuple[Box, ...] = ()) -> LayerVerdict | None:
    """Whether the page's text layer can stand for its image; None when the page has no OCR
    layer to judge (too few words, or visible text)."""
    if page.rotation:
        return None  # rotated scans are OCR'd whole, as before
    lines = [ws for ws in layer_lines(text, boxes) if any(len(_squash(w.text)) >= 2 for w in ws)]
    if sum(len(ws) for ws in lines) < MIN_LAYER_WORDS or invisible_share(page) < INVISIBLE_SHARE:
        return None
    k = max(1, min(settings.layer_sample_lines, len(lines)))
    picked = [lines[round(i * (len(lines) - 1) / max(1, k - 1))] for i in range(k)] if k > 1 else [lines[0]]
    width = page.mediabox.width
    bands = []
    for ws in picked:
        y0, y1 = min(w.box[1] for w in ws), max(w.box[3] for w in ws)
        h = max(y1 - y0, 4.0)
        bands.append(pymupdf.Rect(0, max(0.0, y0 - BAND_LINES * h), width, min(page.mediabox.height,
                                                                                  y1 + BAND_LINES * h)))
    read = sample_ocr(page, bands, masks)
    layer_total = layer_hit = ocr_total = ocr_hit = 0
    offsets: list[float] = []
    for ws, found in zip(picked, read):
        y0, y1 = min(w.box[1] for w in ws), max(w.box[3] for w in ws)
        h = max(y1 - y0, 4.0)
        ocr = [(w, _squash(w.text)) for w in found if len(_squash(w.text)) >= 2]
        for w in ws:
            s = _squash(w.text)
            if len(s) < 2:
                continue
            layer_total += 1
            cx, cy = (w.box[0] + w.box[2]) / 2, (w.box[1] + w.box[3]) / 2
            best = min((max(abs((o.box[0] + o.box[2]) / 2 - cx), abs((o.box[1] + o.box[3]) / 2 - cy)) / h
                        for o, t in ocr if _near(s, t)), default=None)
            if best is not None:
                layer_hit += 1
                offsets.append(best)
        # The reverse: what OCR reads on the layer's line, the layer must have.
        names = [_squash(w.text) for w in ws]
        for o, t in ocr:
            oy = (o.box[1] + o.box[3]) / 2
            if y0 <= oy <= y1:
                ocr_total += 1
                ocr_hit += any(_near(t, n) for n in names)
    agreement = min(layer_hit / layer_total if layer_total else 0.0, ocr_hit / ocr_total if ocr_total else 1.0)
    offset = statistics.median(offsets) if offsets else 99.0
    char_boxes = [b for b in boxes if b is not None]
    ink = ink_lines(page, masks)
    covered = sum(1 for y0, y1 in ink if any(b[1] <= y1 and b[3] >= y0 for b in char_boxes))
    coverage = covered / len(ink) if ink else 1.0
    trusted = (agreement >= settings.layer_min_agreement and offset <= settings.layer_max_offset
               and coverage >= settings.layer_min_ink_coverage)
    reason = f"woorden {agreement:.0%}, afwijking {min(offset, 9.9):.1f} regelhoogte, inkt {coverage:.0%}"
    return LayerVerdict(trusted, reason, agreement, offset, coverage)


def _clear_of(word: LayerWord, box: Box, words: list[LayerWord]) -> Box:
    """`box` (the word's box widened to the ink) kept CLEARANCE off every other word's box on the
    page, whichever text line the layer put it in (a layer may give one row of the page as several
    lines, "Hugo" and "de Jonge" apart, or a line whose boxes reach into the next row): it yields
    on the side the other word lies, never to less than the word's own box."""
    x0, y0, x1, y1 = word.box
    fx0, fy0, fx1, fy1 = box
    for other in words:
        if other is word:
            continue
        ox0, oy0, ox1, oy1 = other.box
        if not (ox0 - CLEARANCE < fx1 and ox1 + CLEARANCE > fx0 and oy0 - CLEARANCE < fy1 and oy1 + CLEARANCE > fy0):
            continue
        if ox0 >= x1:
            fx1 = max(x1, min(fx1, ox0 - CLEARANCE))
        elif ox1 <= x0:
            fx0 = min(x0, max(fx0, ox1 + CLEARANCE))
        elif oy0 >= y1:
            fy1 = max(y1, min(fy1, oy0 - CLEARANCE))
        elif oy1 <= y0:
            fy0 = min(y0, max(fy0, oy1 + CLEARANCE))
    return fx0, fy0, fx1, fy1


ASCENDER = 2.5  # points: how far another word's glyphs may reach beyond its claimed box (at most 0.4 of its height)
ROW_GAP = 1.5  # points of blank paper between two rows in which a box may end: past the row's ink by half of
# what the renderer's pixel margin leaves of the gap, so that margin stops as far before the other row's ink
PIXEL_MARGIN = 1.0  # points: render/pdf.py removes image pixels this far around a box


def _rows(ink: np.ndarray, scale: float, x0: float, x1: float) -> np.ndarray:
    """Per pixel row of the page: whether the column x0-x1 (points) holds ink."""
    c0, c1 = max(0, int(x0 / scale)), min(ink.shape[1], int(np.ceil(x1 / scale)))
    return ink[:, c0:c1].any(axis=1) if c1 > c0 else np.zeros(ink.shape[0], bool)


def _gap(rows: np.ndarray, scale: float, edge: float, reach: float, limit: float, step: int
         ) -> tuple[float, float] | None:
    """From `edge` (another word's claimed box, points) towards the word (`step` -1: up, 1: down):
    past at most `reach` points of that word's ink (its ascenders above its claim), a run of blank
    rows of at least ROW_GAP with ink of the word beyond it, before `limit`. Its ends
    (nearer the word, nearer the other), or None."""
    n = len(rows)
    r = int(edge / scale) - 1 if step < 0 else int(np.ceil(edge / scale))
    far = edge - reach if step < 0 else edge + reach
    while 0 <= r < n and rows[r]:  # the other word's ink reaching past its claim
        if (r * scale < far) if step < 0 else ((r + 1) * scale > far):
            return None
        r += step
    start = r
    while 0 <= r < n and not rows[r] and ((r * scale > limit) if step < 0 else ((r + 1) * scale < limit)):
        r += step
    if not (0 <= r < n) or not rows[r]:
        return None  # no ink of the word beyond the gap: nothing tells where its row is
    if step < 0:
        near, other = (r + 1) * scale, (start + 1) * scale
    else:
        near, other = r * scale, start * scale
    return (near, other) if abs(other - near) >= ROW_GAP else None


def _slack(gap: tuple[float, float]) -> float:
    """How far past the row's ink a box ends in `gap`: half of what the pixel margin leaves."""
    return min(0.5, (abs(gap[1] - gap[0]) - PIXEL_MARGIN) / 2)


def _own_row(word: LayerWord, box: Box, words: list[LayerWord], ink: np.ndarray, scale: float
             ) -> tuple[float, float]:
    """The top and bottom of `box` cut back to the word's own row of ink where its claimed box
    is taller than that row and reaches over another word's claimed box below or above it
    (ZyLAB claims a word in a grey earlier box, and the words of a line beside it, 14-18 pt tall,
    over the next line's words or to just above them, where their ascenders are: a box that high
    hid part of that line). A side is cut just past
    the row's ink (_slack), in a run of blank paper (ROW_GAP, across the whole column of the
    box) between the row and the other word's glyphs (which may reach ASCENDER beyond its claimed
    box): a glyph of the row that reached further would cross that run (its strokes are
    connected), so no ink of the row is left outside the box. Where no such run is found, the
    side stays as it is (the output check then fails closed)."""
    fx0, fy0, fx1, fy1 = box
    x0, y0, x1, y1 = word.box
    others = [o.box for o in words if o is not word and o.box[0] < fx1 and o.box[2] > fx0
              and o.box[1] < fy1 + ASCENDER and o.box[3] > fy0 - ASCENDER]
    rows = None
    for o in sorted((o for o in others if o[1] > y0 + CLEARANCE), key=lambda o: o[1]):
        rows = _rows(ink, scale, fx0, fx1) if rows is None else rows
        found = _gap(rows, scale, o[1], min(ASCENDER, 0.4 * (o[3] - o[1])), fy0, -1)
        if found:
            fy1 = min(fy1, found[0] + _slack(found))
    for o in sorted((o for o in others if o[3] < y1 - CLEARANCE), key=lambda o: -o[3]):
        rows = _rows(ink, scale, fx0, fx1) if rows is None else rows
        found = _gap(rows, scale, o[3], min(ASCENDER, 0.4 * (o[3] - o[1])), fy1, 1)
        if found:
            fy0 = max(fy0, found[0] - _slack(found))
    return fy0, fy1


FIT_DPI = 150  # the render that a scan's character boxes are fitted to (fit_to_ink, on_earlier)


@dataclass(frozen=True)
class FitImage:
    """A scanned page rendered once for its character boxes: grey at FIT_DPI (`raw`), after a
    3-pixel median (`smooth`), and the earlier release's boxes found on it (earlier.solid_fills)."""
    raw: np.ndarray
    smooth: np.ndarray
    scale: float  # points a pixel
    fills: list[Box]


def fit_image(page: pymupdf.Page) -> FitImage:
    import cv2

    pix = page.get_pixmap(dpi=FIT_DPI, colorspace=pymupdf.csGRAY, annots=False, alpha=False)
    raw = grey_pixels(pix)
    smooth, scale = cv2.medianBlur(raw, 3), 72.0 / FIT_DPI
    return FitImage(raw, smooth, scale, solid_fills(smooth, scale))


def fit_to_ink(page: pymupdf.Page, text: str, boxes: tuple[Box | None, ...], margin: float = 0.35,
               rise: float = 0.3, image: FitImage | None = None) -> tuple[Box | None, ...]:
    """The layer's character boxes widened, word by word, to the ink of the glyphs around them
    (within `margin` line heights along the line and `rise` across it, never into the next or previous word's box): a box follows
    the glyphs in the image even where the layer's font is narrower or sits a little off.
    `image`: the page's fit_image, when the caller rendered it already."""
    image = image or fit_image(page)
    img, scale, earlier = image.smooth, image.scale, image.fills
    ink = page_ink(img)
    out = list(boxes)
    lines = layer_lines(text, boxes)
    extents = [(min(w.box[0] for w in ws), min(w.box[1] for w in ws), max(w.box[2] for w in ws),
                max(w.box[3] for w in ws)) for ws in lines]
    every = [w for ws in lines for w in ws]
    for n, ws in enumerate(lines):
        lx0, ly0, lx1, ly1 = extents[n]
        # Never into another line's glyph boxes: the output check holds every other word to its place.
        others = [e for k, e in enumerate(extents) if k != n and e[0] < lx1 and e[2] > lx0]
        ceiling = max([e[3] for e in others if e[3] <= (ly0 + ly1) / 2], default=-1e9)
        floor = min([e[1] for e in others if e[1] >= (ly0 + ly1) / 2], default=1e9)
        for i, w in enumerate(ws):
            x0, y0, x1, y1 = w.box
            m, v = margin * (y1 - y0), rise * (y1 - y0)
            left = max(x0 - m, ws[i - 1].box[2] + CLEARANCE if i else x0 - m)
            right = min(x1 + m, ws[i + 1].box[0] - CLEARANCE if i + 1 < len(ws) else x1 + m)
            c0, c1 = max(0, int(left / scale)), min(ink.shape[1], int(np.ceil(right / scale)))
            r0, r1 = max(0, int((y0 - v) / scale)), min(ink.shape[0], int(np.ceil((y1 + v) / scale)))
            if c1 <= c0 or r1 <= r0:
                continue
            ys, xs = np.nonzero(ink[r0:r1, c0:c1])
            if not len(xs):
                continue
            fx0, fx1 = min(x0, max(left, (c0 + xs.min()) * scale)), max(x1, min(right, (c0 + xs.max() + 1) * scale))
            fy0 = min(y0, max(ceiling + CLEARANCE, (r0 + ys.min()) * scale))
            fy1 = max(y1, min(floor - CLEARANCE, (r0 + ys.max() + 1) * scale))
            fx0, fy0, fx1, fy1 = _clear_of(w, (fx0, fy0, fx1, fy1), every)
            fy0, fy1 = _own_row(w, (fx0, fy0, fx1, fy1), every, ink, scale)
            # The letters over the word's ink as a proportional font sets them, not the layer's
            # monospace cells: a trailing comma takes a comma's width, so a box that ends before
            # it ends where the image's last letter does.
            widths = _proportions(text[w.start:w.end])
            step = (fx1 - fx0) / sum(widths)
            edges = np.cumsum([0.0] + widths) * step + fx0
            chars = [(edges[k], fy0, edges[k + 1], fy1) for k in range(len(widths))]
            chars = _kept_to_fills(chars, boxes[w.start:w.end], earlier, ink, scale)
            for k, char in enumerate(chars):
                if out[w.start + k] is not None:
                    out[w.start + k] = char
    # A space between two words of a line spans the gap between their boxes and no higher or
    # lower than they reach: its claimed box (as tall as the layer's line, 18 pt on ZyLAB's rows
    # with a grey box) would make the box of a value that runs across it that tall.
    for k, char in enumerate(text):
        if char in " \t" and out[k] is not None and 0 < k < len(text) - 1 \
                and out[k - 1] is not None and out[k + 1] is not None and not text[k - 1].isspace() \
                and not text[k + 1].isspace():
            before, after = out[k - 1], out[k + 1]
            out[k] = (before[2], min(before[1], after[1]), max(before[2], after[0]), max(before[3], after[3]))
    return tuple(out)


FILL_MIN_HEIGHT = 0.4  # of a character's claimed height that must lie on a fill for the character to lie in it


def _in_fill(box: Box, claim: Box, boxes: list[Box]) -> Box | None:
    """`box` (a character's box as widened to the ink) kept to the rows of the earlier box
    (`boxes`, fills) that the middle of the character's claimed box (`claim`) lies in, with at least
    FILL_MIN_HEIGHT of its claimed height on it. None when it lies in none."""
    f = _fill_of(claim, boxes)
    if f is None:
        return None
    x0, y0, x1, y1 = box[0], max(box[1], f[1]), box[2], min(box[3], f[3])
    return (x0, y0, x1, y1) if y1 > y0 else None  # only ever lower; along the line as widened (the check holds the neighbours there)


def _fill_of(claim: Box, boxes: list[Box]) -> Box | None:
    """The earlier box (of `boxes`, fills) that a character's claimed box lies in: its middle
    inside, with at least FILL_MIN_HEIGHT of its height on it. None when it lies in none."""
    cx, cy = (claim[0] + claim[2]) / 2, (claim[1] + claim[3]) / 2
    for f in boxes:
        if f[0] <= cx <= f[2] and f[1] <= cy <= f[3] and \
                min(claim[3], f[3]) - max(claim[1], f[1]) >= FILL_MIN_HEIGHT * (claim[3] - claim[1]):
            return f
    return None


FILL_PRINT = 0.05  # share of a character's place on a fill that may be darker than the fill (black print on a grey tile shows more)
FILL_LABEL = 0.4  # share of the fill that may be lighter than it (the earlier release's white label, "5.1.2e", takes about a quarter)
FILL_TONE = 30  # grey levels from the fill's median that still count as the fill


def _bare(img: np.ndarray, scale: float, fill: Box, claim: Box) -> bool:
    """Whether the part of a character's box on `fill` shows the fill and its label only: black
    print on a grey tile (darker than the fill) is something a reader sees there."""
    def cells(b: Box) -> np.ndarray:
        return img[max(0, int(b[1] / scale)):int(np.ceil(b[3] / scale)),
                   max(0, int(b[0] / scale)):int(np.ceil(b[2] / scale))].astype(np.int16)

    whole = cells(fill)
    tone = float(np.median(whole))
    here = cells((max(claim[0], fill[0]), max(claim[1], fill[1]), min(claim[2], fill[2]), min(claim[3], fill[3])))
    return here.size > 0 and float((here < tone - FILL_TONE).mean()) <= FILL_PRINT \
        and float((whole > tone + FILL_TONE).mean()) <= FILL_LABEL


def on_earlier(page: pymupdf.Page, text: str, boxes: tuple[Box | None, ...],
               image: FitImage | None = None) -> tuple[tuple[int, int], ...]:
    """The spans of `text` whose characters (by their claimed or read boxes) lie on an earlier
    release's box (earlier.solid_fills, as fit_to_ink finds them): a reader sees that box there,
    not the characters, which are the layer's or OCR's noise of its fill (Page.earlier).
    `image`: the page's fit_image, when the caller rendered it already."""
    image = image or fit_image(page)
    img, scale, fills = image.raw, image.scale, image.fills
    spans: list[tuple[int, int]] = []
    for k, (char, claim) in enumerate(zip(text, boxes)):
        if claim is None or char.isspace():
            continue
        f = _fill_of(claim, fills)
        if f is None or not _bare(img, scale, f, claim):
            continue
        if spans and spans[-1][1] == k:
            spans[-1] = (spans[-1][0], k + 1)
        else:
            spans.append((k, k + 1))
    return tuple(spans)


def _cut_off(ink: np.ndarray, scale: float, given: list[tuple[Box, Box]]) -> bool:
    """Whether keeping each box to its fill (`given`: the widened box, the box kept) would leave
    a blob of ink partly outside: one that lies both in the kept box and in the part given up
    (beyond PIXEL_MARGIN, which the renderer removes anyway). A glyph that straddles the fill's
    edge is such a blob; the next row's ascenders, a comma between two boxes, a neighbouring box
    are blobs of their own, apart from the fill."""
    import cv2

    for b, kept in given:
        c0, c1 = max(0, int(b[0] / scale)), min(ink.shape[1], int(np.ceil(b[2] / scale)))
        r0, r1 = max(0, int(b[1] / scale)), min(ink.shape[0], int(np.ceil(b[3] / scale)))
        if c1 <= c0 or r1 <= r0:
            continue
        _, labels = cv2.connectedComponents(ink[r0:r1, c0:c1].astype(np.uint8), connectivity=8)
        k0, k1 = max(0, int(kept[1] / scale) - r0), max(0, int(np.ceil(kept[3] / scale)) - r0)
        j0, j1 = max(0, int(kept[0] / scale) - c0), max(0, int(np.ceil(kept[2] / scale)) - c0)
        m = int(np.ceil(PIXEL_MARGIN / scale))
        inside = set(np.unique(labels[k0:k1, j0:j1]).tolist()) - {0}
        beyond = labels.copy()
        beyond[max(0, k0 - m):k1 + m, max(0, j0 - m):j1 + m] = 0
        if inside & set(np.unique(beyond).tolist()):
            return True
    return False


def _kept_to_fills(chars: list[Box], claims: tuple[Box | None, ...], earlier: list[Box], ink: np.ndarray,
                   scale: float) -> list[Box]:
    """The word's character boxes (`chars`, widened to the ink) kept to the earlier box each lies
    in (_in_fill): a character claimed on an earlier release's box (grey or black, its label in it)
    is drawn nowhere a reader sees but as that box, so its box need reach no further. ZyLAB claims
    a word read in a grey box ("Jara", "EEE", "MEEKEDNM") 14-18 pt tall, over the next row's
    ascenders and the '<' or '>' drawn tight against the box; a box that tall, widened to the ink
    around it, cut those. Not where a blob of ink would be cut by it (_cut_off): then the boxes
    stay as they were (and the output check judges them)."""
    if not earlier:
        return chars
    kept, given = [], []
    for box, claim in zip(chars, claims):
        inside = _in_fill(box, claim, earlier) if claim is not None else None
        kept.append(inside or box)
        if inside is not None:
            given.append((box, inside))
    if not given:
        return chars
    return chars if _cut_off(ink, scale, given) else kept


@functools.cache
def _font() -> pymupdf.Font:
    return pymupdf.Font("helv")


def _proportions(word: str) -> list[float]:
    """The advance widths of the word's characters in Helvetica (an unknown glyph: the mean)."""
    widths = [_font().text_length(c, fontsize=1.0) for c in word]
    known = [x for x in widths if x > 0]
    mean = sum(known) / len(known) if known else 1.0
    return [x if x > 0 else mean for x in widths]
