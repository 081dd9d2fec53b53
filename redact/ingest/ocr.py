"""OCR of page areas with Tesseract (Dutch), as words with boxes in page coordinates.

The area is rendered by PyMuPDF at OCR_DPI and handed to the `tesseract` program (TSV output:
one row per word with its box and confidence). Calling the program, rather than a binding,
keeps the dependency a system package (`tesseract-ocr`, `tesseract-ocr-nld`) and gives the
confidence per word, which decides whether a page can be trusted at all.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import shutil
import subprocess
from dataclasses import dataclass

import numpy as np
import pymupdf

from ..model import Box
from .earlier import grey_fill
from .tesseract import OcrError, run_tesseract, tesseract_image

OCR_DPI = 300  # Tesseract wants 300 dpi; PyMuPDF's default of 72 loses small print
MIN_DPI = 200  # below this small print is lost: a page that large is not OCR'd (fail closed)
# An area that is all scanned image is rendered at the image's own resolution when that is lower
# than OCR_DPI (never below MIN_DPI): more pixels than the scanner took add no detail, only
# Tesseract's time (a 200 dpi scan read at 300 dpi: the same words, 20 % more CPU).
IMAGE_COVER = 0.95  # share of the area the images must cover for that
MAX_PIXELS = 80_000_000  # per rendered area (80 MB grey); A3 at 300 dpi is 17 million
LANGUAGE = "nld"
# Below this mean word confidence (0-100) the words are not trusted to hold every name (the
# default of policy.yaml `ocr: min_confidence`).
MIN_MEAN_CONFIDENCE = 60.0


@dataclass(frozen=True)
class OcrWord:
    text: str
    box: Box  # page coordinates (points, origin top-left)
    confidence: float  # 0-100, Tesseract's
    line: tuple[int, int, int, int]  # (area, block, paragraph, line): words of one line share it
    rotation: int = 0  # the page's /Rotate: the direction the characters run in `box`


@functools.cache
def tesseract_problem() -> str | None:
    """Why OCR is unavailable on this machine, or None when Tesseract with Dutch is there."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "Tesseract is niet geïnstalleerd (apt-get install tesseract-ocr tesseract-ocr-nld)"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"Tesseract start niet ({exc})"
    if LANGUAGE not in out.stdout.split():
        return "Nederlandse taaldata voor Tesseract ontbreekt (apt-get install tesseract-ocr-nld)"
    return None


def _tesseract_tsv(image: bytes, dpi: int, psm: int = 3) -> str:
    """Tesseract's TSV of `image` (any format it reads)."""
    result = run_tesseract(image, ["-l", LANGUAGE, "--dpi", str(dpi), "--psm", str(psm), "tsv"])
    if result.returncode != 0:
        raise OcrError("Tesseract faalde: " + result.stderr.decode("utf-8", "replace").strip()[:200])
    return result.stdout.decode("utf-8", "replace")


# The ways an area is read (ocrsettings.RETRIES): the first is the plain reading, the others are
# tried on an area whose confidence stays low. "contrast": the grey levels stretched and the image
# binarised (Otsu), for faint or grey-on-grey scans; "psm6": Tesseract reads the area as one block
# of text instead of finding its layout; "deskew": the image turned upright by the slant of its
# ink; "dpi400": rendered at 400 dpi, for small print; "invert": light print on a dark ground
# turned dark on light and read as one block (for the dark regions of ink_map, not a retry).
VARIANTS = ("plain", "contrast", "psm6", "deskew", "dpi400", "invert")
HIGH_DPI = 400
MAX_SKEW = 10.0  # degrees: a larger slant is not a skewed scan but a turned page or a drawing


def grey_pixels(pix: pymupdf.Pixmap) -> np.ndarray:
    """A grey pixmap as a 2-D uint8 array (a copy)."""
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width].copy()


def _contrast(img: np.ndarray) -> np.ndarray:
    """Speckle smoothed away, the paper's grey level (the median) made white and the darkest ink
    black, then binarised (Otsu). Measured on the faint-copy fixture (tests/scans/build.py,
    speckle sigma 10): plain reading finds no word, this reading 93 % confidence; binarising
    without the smoothing, or with Otsu on the raw levels, reads nothing either."""
    import cv2

    smooth = cv2.GaussianBlur(cv2.medianBlur(img, 5), (3, 3), 0)
    lo, hi = np.percentile(smooth, (0.5, 50))
    if hi - lo < 1:
        return img
    stretched = np.clip((smooth.astype(np.float32) - lo) * 255.0 / (hi - lo), 0, 255).astype(np.uint8)
    _, binary = cv2.threshold(stretched, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


def skew_angle(img: np.ndarray) -> float:
    """The slant of the text lines in degrees (counter-clockwise positive), from the ink's
    minimum-area rectangle; 0 when there is too little ink to tell."""
    import cv2

    _, ink = cv2.threshold(img, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    # Letters of a line joined into one stroke: the lines' slant, not the letters' shapes.
    ink = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((3, max(15, img.shape[1] // 60)), np.uint8))
    best, angles = 0.0, []
    contours, _ = cv2.findContours(ink, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    for c in contours:
        (_, _), (w, h), a = cv2.minAreaRect(c)
        if max(w, h) < img.shape[1] * 0.2 or min(w, h) < 3:
            continue
        if w < h:
            a -= 90.0
        if abs(a) <= MAX_SKEW:
            angles.append(-a)
    if len(angles) >= 3:
        best = float(np.median(angles))
    return best


def _prepared(img: np.ndarray, variant: str) -> tuple[np.ndarray, np.ndarray | None]:
    """The image for Tesseract and, for a turned image, the matrix from its pixels back to the
    rendered area's pixels (None: the same pixels)."""
    import cv2

    if variant == "contrast":
        return _contrast(img), None
    if variant == "invert":
        return 255 - img, None
    if variant == "deskew":
        angle = skew_angle(img)
        if abs(angle) < 0.2:
            return img, None
        h, w = img.shape
        turn = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)
        upright = cv2.warpAffine(img, turn, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
        return upright, cv2.invertAffineTransform(turn)
    return img, None


def _back(rect: tuple[float, float, float, float], matrix: np.ndarray | None) -> tuple[float, float, float, float]:
    if matrix is None:
        return rect
    x0, y0, x1, y1 = rect
    pts = np.array([[x0, y0, 1], [x1, y0, 1], [x0, y1, 1], [x1, y1, 1]]) @ matrix.T
    return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())


def words_from_tsv(tsv: str, origin: tuple[float, float], scale: float, area: int = 0,
                   back: np.ndarray | None = None) -> list[OcrWord]:
    """Tesseract's TSV as words in the coordinates of the rendered area (`origin` plus pixels
    times `scale`); `back` turns the pixels of a turned (deskewed) image back first."""
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top = int(row["left"]), int(row["top"])
        width, height = int(row["width"]), int(row["height"])
        left, top, right, bottom = _back((left, top, left + width, top + height), back)
        box = (origin[0] + left * scale, origin[1] + top * scale, origin[0] + right * scale, origin[1] + bottom * scale)
        words.append(OcrWord(text=text, box=box, confidence=float(row["conf"]),
                             line=(area, int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))))
    return words


def reading_dpi(page: pymupdf.Page, clip: pymupdf.Rect) -> int:
    """The resolution to render `clip` at for OCR: OCR_DPI, or the resolution of the images drawn
    there when they cover the area (IMAGE_COVER) and are all coarser (the finest counts), but at
    least MIN_DPI. Text or vector paths drawn beside the images are why the cover must be near
    whole: an area with anything else in it is rendered at OCR_DPI."""
    if clip.is_empty:
        return OCR_DPI
    finest = 0.0
    # Which of the area's cells (2 points square) an image covers: overlapping images count once.
    cells = np.zeros((max(1, math.ceil(clip.height / 2)), max(1, math.ceil(clip.width / 2))), dtype=bool)
    for info in page.get_image_info():
        box = pymupdf.Rect(info["bbox"])
        inside = box & clip
        if inside.is_empty or box.is_empty or not info.get("width") or not info.get("height"):
            continue
        # Pixels per inch of the placed image, whichever way it is turned (area over area).
        finest = max(finest, 72.0 * math.sqrt(info["width"] * info["height"] / box.get_area()))
        cells[math.floor((inside.y0 - clip.y0) / 2):math.ceil((inside.y1 - clip.y0) / 2),
              math.floor((inside.x0 - clip.x0) / 2):math.ceil((inside.x1 - clip.x0) / 2)] = True
    if not finest or cells.mean() < IMAGE_COVER:
        return OCR_DPI
    return int(min(OCR_DPI, max(MIN_DPI, round(finest))))


def ocr_area(page: pymupdf.Page, clip: pymupdf.Rect, area: int = 0, dpi: int = OCR_DPI, variant: str = "plain",
             masks: tuple[Box, ...] = ()) -> list[OcrWord]:
    """The words Tesseract reads in `clip` of the rendered page. Coordinates, of `clip` and of
    the words, are those of the unrotated page (as in text extraction and redaction).

    `variant` is one of VARIANTS; `masks` are areas (page coordinates) painted white before
    reading: earlier redactions, whose black fill Tesseract reads as "EE" or "|||"."""
    problem = tesseract_problem()
    if problem:
        raise OcrError(problem)
    if variant not in VARIANTS:
        raise ValueError(f"unknown OCR variant {variant!r}")
    if variant == "dpi400":
        dpi = max(dpi, HIGH_DPI)
    unrotated = pymupdf.Rect(0, 0, page.mediabox.width, page.mediabox.height)
    clip = clip & unrotated
    if clip.is_empty:
        return []
    # A rotated page is rendered whole and upright, as the reader sees it (Tesseract reads
    # upright text); its words are then turned back into unrotated page coordinates.
    render_clip = clip if page.rotation == 0 else None
    rendered = render_clip or unrotated
    fit = math.sqrt(MAX_PIXELS / max(1.0, rendered.width * rendered.height / 72 / 72))
    if fit < MIN_DPI:
        raise OcrError(f"pagina te groot voor OCR ({rendered.width / 72 * 2.54:.0f} x "
                       f"{rendered.height / 72 * 2.54:.0f} cm)")
    dpi = int(min(dpi, fit))  # a poster-sized page at 300 dpi would not fit in memory
    pix = page.get_pixmap(dpi=dpi, clip=render_clip, colorspace=pymupdf.csGRAY, annots=False, alpha=False)
    pix.set_origin(0, 0)  # masks are painted in the pixmap's own pixels
    scale = 72.0 / dpi
    origin = (clip.x0, clip.y0) if render_clip is not None else (0.0, 0.0)
    matrix = page.rotation_matrix if page.rotation else pymupdf.Identity  # unrotated -> shown
    for mask in masks:
        shown = pymupdf.Rect(mask) * matrix
        pix.set_rect(pymupdf.IRect(round((shown.x0 - origin[0]) / scale), round((shown.y0 - origin[1]) / scale),
                                   round((shown.x1 - origin[0]) / scale), round((shown.y1 - origin[1]) / scale)
                                   ) & pix.irect, (255,))
    image, back = _prepared(grey_pixels(pix), variant)
    words: list[OcrWord] = []
    tsv = _tesseract_tsv(tesseract_image(image), dpi, psm=6 if variant in ("psm6", "invert") else 3)
    for w in words_from_tsv(tsv, origin, scale, area, back):
        if page.rotation:
            rect = (pymupdf.Rect(w.box) * page.derotation_matrix).normalize()
            if not rect.intersects(clip):
                continue
            w = OcrWord(w.text, tuple(rect), w.confidence, w.line, page.rotation % 360)
        words.append(w)
    return join_split_words(words)


# -- the ink of an area: what the words read must account for --------------------------------
# Confidence is a mean over the words Tesseract read: a faint or unevenly lit page of which it
# reads four words well, or light print on a dark tile that it does not see as text at all, scores
# high and would be published with the rest of its print unread. So the ink is measured too: dark
# (or, on a dark ground, light) pixels against their local background, in components of the size
# of print; the share of that ink under the words read is the reading's coverage.
#
# Ink is told from paper in three ways, all here (each on a grey image after a 3-pixel median):
#   INK_CONTRAST        ink_map: print-like ink against its *local* background (the lighting of
#                       an unevenly lit copy taken out first), so faint print of 15 levels counts;
#   INK_CONTRAST_PAPER  shows_ink: anything at all against the area's *median* paper (ingest/pdf.py:
#                       an OCR reading no word of an area that shows ink is a failure); without the
#                       local background a tint or uneven light varies the paper by more than 15,
#                       so a blank page would show ink;
#   page_ink            Otsu's split of the page's own histogram (ingest/layer.py: the rows of ink
#                       a scan layer must cover, and the glyphs its boxes are widened to), for pages
#                       of dark print on paper, where no fixed contrast fits every scan's levels.
# MIN_INK_SHARE is the share of an area's pixels below which it is blank, for both contrasts.
INK_DPI = 100
INK_CONTRAST = 15  # grey levels between ink and its local background
INK_CONTRAST_PAPER = 20  # grey levels below the area's median paper
BACKGROUND_PT = 26.0  # the local background: the median over a window about this wide
PRINT_HEIGHT = (1.5, 40.0)  # points: an ink component of this height may be print
PRINT_MAX_WIDTH = 300.0  # points: wider ink (a rule, a chart's axis) is no print
SOLID = ((12.0, 6.0), 0.6)  # a component this large (w, h in points) and this filled is a box or a bar
MIN_INK_SHARE = 0.002  # of the area's pixels: less ink than this is a blank area (a faint copy, tests/scans low_contrast: 0.0045; speckle alone 0)
WORD_PAD = 1.5  # points around a word's box that count as its ink
DARK_MIN = (20.0, 6.0)  # points: a dark ground at least this large can carry light print
DARK_MIN_LIGHT = 0.003  # share of a dark region's pixels that must be light ink
DARK_WINDOW_PT = 10.0  # the median window for a dark ground (finer than BACKGROUND_PT)
DARK_GROUND = 0.7  # share of a dark region that must be dark ground itself (after the closing)


@dataclass(frozen=True)
class InkMap:
    """The print-like ink of an area at INK_DPI, and the regions of it on a dark ground."""
    ink: np.ndarray  # bool, INK_DPI pixels of the area: print-like ink (either polarity)
    dark: tuple[Box, ...]  # regions with a dark ground and light ink on it (page coordinates)
    origin: tuple[float, float]
    scale: float  # points per pixel

    @property
    def total(self) -> int:
        return int(self.ink.sum())

    def blank(self) -> bool:
        return self.total < MIN_INK_SHARE * self.ink.size


def shows_ink(img: np.ndarray) -> bool:
    """Whether a grey image (median-filtered) shows anything INK_CONTRAST_PAPER darker than its
    paper (its median) on more than MIN_INK_SHARE of its pixels."""
    return bool((img < int(np.median(img)) - INK_CONTRAST_PAPER).mean() > MIN_INK_SHARE)


def page_ink(img: np.ndarray) -> np.ndarray:
    """The dark pixels of a grey page image (median-filtered), split from the paper by Otsu's
    threshold: 1 for ink, 0 for paper (uint8)."""
    import cv2

    _, ink = cv2.threshold(img, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink


def _odd(n: float) -> int:
    return max(3, int(n) // 2 * 2 + 1)


def ink_map(page: pymupdf.Page, clip: pymupdf.Rect, masks: tuple[Box, ...] = (), max_grey: int = 96) -> InkMap | None:
    """The print-like ink of `clip` (None on a rotated page: not measured there). A pixel is ink
    when it is INK_CONTRAST darker than its local background, or lighter where that background is
    darker than `max_grey` (light print on a dark tile or bar). Components too small, too large,
    too flat or too solid to be print (specks, photos and charts, rules, boxes and bars) are left out."""
    import cv2

    if page.rotation:
        return None
    clip = clip & pymupdf.Rect(0, 0, page.mediabox.width, page.mediabox.height)
    if clip.is_empty:
        return None
    pix = page.get_pixmap(dpi=INK_DPI, clip=clip, colorspace=pymupdf.csGRAY, annots=False, alpha=False)
    pix.set_origin(0, 0)
    scale = 72.0 / INK_DPI
    for mask in masks:
        pix.set_rect(pymupdf.IRect(round((mask[0] - clip.x0) / scale), round((mask[1] - clip.y0) / scale),
                                   round((mask[2] - clip.x0) / scale), round((mask[3] - clip.y0) / scale))
                     & pix.irect, (255,))
    img = cv2.medianBlur(grey_pixels(pix), 3)
    h, w = img.shape
    f = 4
    small = cv2.resize(img, (max(1, w // f), max(1, h // f)), interpolation=cv2.INTER_AREA)
    bg = cv2.resize(cv2.medianBlur(small, _odd(BACKGROUND_PT / scale / f)), (w, h), interpolation=cv2.INTER_LINEAR)
    # The ground of light print: a finer median, so a menu bar of 12 pt is a dark ground too.
    ground = cv2.resize(cv2.medianBlur(small, _odd(DARK_WINDOW_PT / scale / f)), (w, h), interpolation=cv2.INTER_LINEAR)
    ground = np.minimum(ground, bg)  # either window: large white words on a bar lighten the finer one
    dark_ground = ground < max_grey
    bg = np.where(dark_ground, ground, bg)
    diff = np.where(dark_ground, img.astype(np.int16) - bg, bg.astype(np.int16) - img)
    raw = (diff > INK_CONTRAST).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(raw, connectivity=8)
    cw, ch, area = stats[:, 2] * scale, stats[:, 3] * scale, stats[:, 4]
    (sw, sh), fill = SOLID
    keep = ((area >= 3) & (ch >= PRINT_HEIGHT[0]) & (ch <= PRINT_HEIGHT[1]) & (cw <= PRINT_MAX_WIDTH)
            & ~((cw >= sw) & (ch >= sh) & (area >= fill * stats[:, 2] * stats[:, 3])))
    keep[0] = False
    ink = keep[labels]
    dark: list[Box] = []
    # Light words break a dark bar's ground in the median: closed along the line before it is cut up.
    closed = cv2.morphologyEx(dark_ground.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((3, _odd(BACKGROUND_PT / scale)), np.uint8))
    n, dl, ds, _ = cv2.connectedComponentsWithStats(closed, connectivity=4)
    for i in range(1, n):
        x, y, dw, dh, _ = ds[i]
        if dw * scale < DARK_MIN[0] or dh * scale < DARK_MIN[1]:
            continue
        inside = dl[y:y + dh, x:x + dw] == i
        if (dark_ground[y:y + dh, x:x + dw] & inside).sum() < DARK_GROUND * inside.sum():
            continue  # bars with white between them (a chart), not one dark ground
        if (ink[y:y + dh, x:x + dw] & inside).sum() < DARK_MIN_LIGHT * inside.sum():
            continue
        box = pymupdf.Rect(clip.x0 + x * scale - 2, clip.y0 + y * scale - 2,
                           clip.x0 + (x + dw) * scale + 2, clip.y0 + (y + dh) * scale + 2) & clip
        dark.append(tuple(box))
    # An earlier release's grey boxes are no print to read (black ones are masked: `masks`).
    ink &= ~cv2.dilate(grey_fill(img, scale).astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    return InkMap(ink, tuple(dark), (clip.x0, clip.y0), scale)


def _word_mask(ink: InkMap, words: list[OcrWord]) -> np.ndarray:
    mask = np.zeros(ink.ink.shape, dtype=bool)
    (ox, oy), s = ink.origin, ink.scale
    for w in words:
        x0, y0, x1, y1 = w.box
        mask[max(0, int((y0 - WORD_PAD - oy) / s)):max(0, math.ceil((y1 + WORD_PAD - oy) / s)),
             max(0, int((x0 - WORD_PAD - ox) / s)):max(0, math.ceil((x1 + WORD_PAD - ox) / s))] = True
    return mask


def ink_read(ink: InkMap, words: list[OcrWord]) -> float | None:
    """The share of the area's print-like ink under the words read; None for a blank area."""
    if ink.blank():
        return None
    return float((ink.ink & _word_mask(ink, words)).sum()) / ink.total


def unread_regions(ink: InkMap, words: list[OcrWord], limit: int = 3) -> list[tuple[Box, float]]:
    """Where the print-like ink that no word covers lies: up to `limit` regions (page
    coordinates), largest first, each with its share of the area's ink."""
    import cv2

    if ink.blank():
        return []
    unread = (ink.ink & ~_word_mask(ink, words)).astype(np.uint8)
    join = _odd(8.0 / ink.scale)  # print within 8 points is one region
    grouped = cv2.dilate(unread, np.ones((join, join), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(grouped, connectivity=8)
    sizes = np.bincount(labels[unread.astype(bool)], minlength=count)
    (ox, oy), s = ink.origin, ink.scale
    out = []
    for i in sorted(range(1, count), key=lambda i: -sizes[i])[:limit]:
        share = sizes[i] / ink.total
        if share < 0.01:
            break
        x, y, w, h = stats[i][:4]
        out.append(((ox + x * s, oy + y * s, ox + (x + w) * s, oy + (y + h) * s), float(share)))
    return out


def ocr_inverted(page: pymupdf.Page, region: Box, area: int = 0, dpi: int = OCR_DPI,
                 masks: tuple[Box, ...] = ()) -> list[OcrWord]:
    """The words of light print on a dark ground: the region rendered, inverted, read as one
    block (Tesseract's layout analysis takes a dark tile for a picture and reads nothing in it)."""
    return ocr_area(page, pymupdf.Rect(region), area=area, dpi=dpi, variant="invert", masks=masks)


def _belongs_to_next(word: OcrWord, nxt: OcrWord) -> bool:
    """Tesseract splits e-mail addresses at dots and at the @ ("jeroen. vlietstra@x.nl"): such
    a split would leave the first part unredacted, so the parts are joined again."""
    if word.line != nxt.line:
        return False
    (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = word.box, nxt.box
    # The gap along the direction the text runs on the unrotated page, and the line height.
    gap, height = {0: (bx0 - ax1, ay1 - ay0), 90: (ay0 - by1, ax1 - ax0), 180: (ax0 - bx1, ay1 - ay0),
                   270: (by0 - ay1, ax1 - ax0)}.get(word.rotation, (bx0 - ax1, ay1 - ay0))
    if gap > height * 0.6:
        return False  # a real space (or a column gap)
    return (word.text.endswith(("@", ".", "_", "-")) and "@" in word.text + nxt.text) or nxt.text.startswith("@")


def join_split_words(words: list[OcrWord]) -> list[OcrWord]:
    out: list[OcrWord] = []
    for w in words:
        if out and _belongs_to_next(out[-1], w):
            prev = out[-1]
            box = tuple(pymupdf.Rect(prev.box) | pymupdf.Rect(w.box))
            conf = (prev.confidence * len(prev.text) + w.confidence * len(w.text)) / (len(prev.text) + len(w.text))
            out[-1] = OcrWord(prev.text + w.text, box, conf, prev.line, prev.rotation)
        else:
            out.append(w)
    return out


def mean_confidence(words: list[OcrWord]) -> float | None:
    """Character-weighted mean confidence, or None when nothing was read."""
    scored = [(w.confidence, len(w.text)) for w in words if w.confidence >= 0]
    total = sum(n for _, n in scored)
    return sum(c * n for c, n in scored) / total if total else None


def char_boxes(word: OcrWord) -> list[Box]:
    """One box per character: the word box split evenly (Tesseract gives no glyph boxes), in
    the direction the text runs on the (unrotated) page.

    The boxes get a margin around the ink: image pixels are removed exactly inside the box,
    and a box tight on the ink leaves anti-aliased edges and misread letter parts readable.
    """
    x0, y0, x1, y1 = word.box
    pad = max(0.8, min(x1 - x0, y1 - y0) * 0.15)  # from the line height, whichever way it runs
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    n = len(word.text)
    if word.rotation in (90, 270):  # characters run along y: upwards for 90, downwards for 270
        step = (y1 - y0) / n
        boxes = [(x0, y0 + i * step, x1, y0 + (i + 1) * step) for i in range(n)]
        return boxes[::-1] if word.rotation == 90 else boxes
    step = (x1 - x0) / n
    boxes = [(x0 + i * step, y0, x0 + (i + 1) * step, y1) for i in range(n)]
    return boxes[::-1] if word.rotation == 180 else boxes
