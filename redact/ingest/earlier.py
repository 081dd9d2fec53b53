"""Earlier redactions in a scan: black boxes an earlier release burnt into the page image.

They stay as they are (the output keeps the pixels), but they are no text: Tesseract reads their
black fill as "EE", "ERE" or "|||", which would go to the detectors and lower the page's
confidence. So they are found first and painted white for OCR (ocr.py `masks`), and the ground
code written in them (white on black, "5.1.2e") or right beside them is read for the inventory.

A box is a dark connected area that fills its bounding rectangle (a solid rectangle, holes for
its white label allowed), at least MIN_SIZE points. A dark bar that holds more than a ground
code (a table header in white letters) is no earlier redaction: it is left to OCR as it is, so
that no text is hidden from the detectors.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pymupdf

from ..grounds import GROUND_LABEL, normalise_ground
from ..model import Box

DPI = 100  # for finding the boxes
READ_DPI = 300  # for reading their labels
DARK = 80  # default grey level below which a pixel is part of a box (policy.yaml ocr: earlier_max_grey)
OPENING = 3  # pixels at DPI (2 pt): strokes of text are thinner, a box is not
MIN_SIZE = (14.0, 6.0)  # points: smaller solid shapes are bullets, dots or bold letters
MAX_PAGE_SHARE = 0.8  # a dark area larger than this share of the page is the page (a negative), not a box
MIN_SOLID = 0.9  # the box's outline fills at least this share of its bounding rectangle
MIN_DARK = 0.55  # and at least this share of its pixels is dark (its label takes the rest)
BESIDE = 70.0  # points right of a box in which a ground code written beside it is looked for
TIMEOUT_S = 60
CODE = GROUND_LABEL
LABEL_WORDS = re.compile(r"^(art(ikel)?\.?|wob|woo|lid|sub|en|onder|gelakt|weggelakt|[|:;.,()\-\s])*$", re.IGNORECASE)


@dataclass(frozen=True)
class EarlierRedaction:
    box: Box  # page coordinates (points, unrotated page)
    ground: str | None  # the compact code read in or beside it, None when none could be read


def _gray(page: pymupdf.Page, dpi: int, clip: pymupdf.Rect | None = None) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, clip=clip, colorspace=pymupdf.csGRAY, annots=False, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width].copy()


def dark_boxes(page: pymupdf.Page, max_grey: int = DARK) -> list[Box]:
    """Solid dark rectangles on the page as it is shown, in unrotated page coordinates; a pixel
    below `max_grey` (0-255) counts as dark."""
    import cv2

    img = _gray(page, DPI)
    dark = (img < max_grey).astype(np.uint8)
    # Letters touching a box (a box drawn tight on its line) would make it no rectangle: their
    # strokes, thinner than OPENING pixels, are taken off first.
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((OPENING, OPENING), np.uint8))
    contours, _ = cv2.findContours(solid, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    scale = 72.0 / DPI
    shown_area = page.rect.width * page.rect.height
    found = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        pw, ph = w * scale, h * scale
        if max(pw, ph) < MIN_SIZE[0] or min(pw, ph) < MIN_SIZE[1] or pw * ph > MAX_PAGE_SHARE * shown_area:
            continue
        if cv2.contourArea(c) < MIN_SOLID * w * h or dark[y:y + h, x:x + w].mean() < MIN_DARK:
            continue
        rect = pymupdf.Rect(x * scale, y * scale, (x + w) * scale, (y + h) * scale)
        if page.rotation:
            rect = (rect * page.derotation_matrix).normalize()
        found.append(tuple(rect))
    return sorted(found, key=lambda b: (b[1], b[0]))


FILL_MAX = 170  # grey level below which a pixel may be an earlier box's fill (ZyLAB's grey 107, or black)
FILL_STROKE = 2.0  # points: a square this large fits in a box's fill, not in a letter's stroke (earlier.py's opening)
FILL_MIN = (8.0, 5.0)  # points: smaller solid shapes are bullets, dots or bold letters
FILL_SOLID = 0.7  # a fill fills at least this share of its bounding rectangle (its white label takes the rest)


def solid_fills(img: np.ndarray, scale: float) -> list[Box]:
    """Solid grey or dark rectangles of the page image (`img`, grey, `scale` points a pixel):
    earlier redactions as an earlier release burnt them in (VWS's grey ZyLAB boxes with their white
    `5.1.2e` label, black boxes), found at any grey below FILL_MAX after the strokes of print are
    opened away (any grey: unlike dark_boxes, whose limit is policy.yaml's earlier_max_grey). Not
    read and not masked for OCR: used where a grey box must not count as print, for the boxes a
    scan layer's words get on such a box (layer.py fit_to_ink) and for the ink a page's OCR must
    account for (ocr.py ink_map)."""
    import cv2

    mask = (img < FILL_MAX).astype(np.uint8)
    k = max(2, int(np.ceil(FILL_STROKE / scale)))
    solid = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((k, k), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=4)
    page_area = img.shape[0] * img.shape[1]
    out = []
    for x, y, w, h, area in stats[1:n]:
        if w * scale < FILL_MIN[0] or h * scale < FILL_MIN[1] or w * h > 0.8 * page_area:
            continue
        if area < FILL_SOLID * w * h:
            continue
        out.append((x * scale, y * scale, (x + w) * scale, (y + h) * scale))
    return out


FILL_MIN_GREY = 80  # grey level from which a solid fill is grey, not black (DARK: black print and black boxes)


def grey_fill(img: np.ndarray, scale: float) -> np.ndarray:
    """The pixels of `img` (grey, `scale` points a pixel) in solid areas of mid grey (FILL_MIN_GREY
    to FILL_MAX, at least FILL_STROKE across): VWS's grey ZyLAB boxes, touching each other and
    their labels or not. Print is darker, or thinner (its anti-aliased edges are opened away);
    black print on a grey tile is not in it (its strokes are holes in the fill)."""
    import cv2

    band = ((img >= FILL_MIN_GREY) & (img < FILL_MAX)).astype(np.uint8)
    k = max(2, int(np.ceil(FILL_STROKE / scale)))
    return cv2.morphologyEx(band, cv2.MORPH_OPEN, np.ones((k, k), np.uint8)).astype(bool)


def _read_lines(crops: list[np.ndarray]) -> list[str]:
    """Tesseract's reading of each crop (one line each), in one call: the crops are stacked
    with white space between them and the lines told apart by their place."""
    from .tesseract import run_tesseract, tesseract_image

    if not crops:
        return []
    gap = 40
    width = max(c.shape[1] for c in crops) + 2 * gap
    tops, rows, at = [], [], gap
    for c in crops:
        tops.append((at, at + c.shape[0]))
        pad = np.full((c.shape[0], width), 255, np.uint8)
        pad[:, gap:gap + c.shape[1]] = c
        rows += [np.full((gap, width), 255, np.uint8), pad]
        at += c.shape[0] + gap
    rows.append(np.full((gap, width), 255, np.uint8))
    result = run_tesseract(tesseract_image(np.vstack(rows)),
                           ["-l", "nld", "--dpi", str(READ_DPI), "--psm", "6", "tsv"], timeout=TIMEOUT_S)
    texts: list[list[str]] = [[] for _ in crops]
    for line in result.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        middle = int(cells[7]) + int(cells[9]) / 2
        for i, (y0, y1) in enumerate(tops):
            if y0 - gap / 2 <= middle <= y1 + gap / 2:
                texts[i].append(cells[11].strip())
                break
    return [" ".join(t) for t in texts]


def _code(text: str) -> tuple[str | None, str]:
    """The ground code in `text` and what is left of the text without it."""
    m = CODE.search(text)
    if not m:
        return None, text
    code = normalise_ground(re.sub(r"\s", "", m.group(1)).replace(",", ".").rstrip("."))
    return code, text[:m.start()] + text[m.end():]


def _crop(page: pymupdf.Page, box: Box, invert: bool) -> np.ndarray:
    rect = pymupdf.Rect(box)
    if page.rotation:
        rect = (rect * page.rotation_matrix).normalize()
    img = _gray(page, READ_DPI, rect & page.rect)
    return 255 - img if invert else img


def find_earlier_redactions(page: pymupdf.Page, boxes: list[Box] | None = None,
                            max_grey: int = DARK) -> list[EarlierRedaction]:
    """The earlier redactions on the page with the ground codes read in or beside them. A dark
    box whose white text is more than a ground code is left out (it is text to read)."""
    boxes = dark_boxes(page, max_grey) if boxes is None else boxes
    if not boxes:
        return []
    inside = _read_lines([_crop(page, b, invert=True) for b in boxes])
    out, beside_of = [], []
    for box, text in zip(boxes, inside):
        code, rest = _code(text)
        if not LABEL_WORDS.fullmatch(rest) and sum(ch.isalnum() for ch in rest) > 3:
            continue  # white words on a dark bar: text, not an earlier redaction
        out.append(EarlierRedaction(box, code))
        if code is None:
            beside_of.append(len(out) - 1)
    if beside_of:
        width = page.mediabox.width
        regions = [(out[i].box[2] + 1, out[i].box[1] - 2, min(width, out[i].box[2] + BESIDE), out[i].box[3] + 2)
                   for i in beside_of]
        texts = _read_lines([_crop(page, r, invert=False) for r in regions if r[2] - r[0] > 4])
        for i, text in zip(beside_of, texts):
            code, _ = _code(text.split(" ")[0] if text else "")
            if code is not None:
                out[i] = EarlierRedaction(out[i].box, code)
    return out


def summary(found: list[EarlierRedaction]) -> str:
    """What the inventory says about them: "5.1.2e (3x), 5.1.1e (1x), zonder leesbare grond (2x)"."""
    counts = Counter(f.ground for f in found)
    parts = [f"{code} ({n}x)" for code, n in sorted(((c, n) for c, n in counts.items() if c), key=lambda t: t[0])]
    if counts.get(None):
        parts.append(f"zonder leesbare grond ({counts[None]}x)")
    return ", ".join(parts)


def inside_any(box: Box, areas: list[Box], share: float = 0.5) -> bool:
    """True when at least `share` of `box` lies inside one of `areas`."""
    r = pymupdf.Rect(box)
    size = max(r.get_area(), 1e-6)
    return any((r & pymupdf.Rect(a)).get_area() >= share * size for a in areas if r.intersects(pymupdf.Rect(a)))
