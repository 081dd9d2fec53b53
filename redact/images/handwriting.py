"""Handwriting on scans: a note in the margin, a paraaf, a name written beside a printed one.

OCR reads handwriting poorly (or as a few garbled "words"), so a handwritten name would pass the
detectors. On a scanned page the ink that is not printed text is found here: the page rendered,
the printed lines (the page's character boxes of ordinary height) and solid boxes (earlier
redactions) left out, the remaining strokes grouped into areas. An area is handwriting when it is
large enough, made of thin strokes (not a filled shape or a straight rule) and not too dense.

Only areas near a name (a PERSON decision on the page, within NEAR points) are proposed, and
they follow that name as a signature follows its signatory (signatures.py): redacted when the
name is redacted, kept (a proposal to judge) when it stays. policy.yaml `ocr: handwriting`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pymupdf

from ..model import Box, Decision, Page

DPI = 100
INK = 140  # grey level below which a pixel is ink
TEXT_HEIGHT = 1.6  # character boxes up to this many times the page's usual height are print
RULE = 30  # pixels (about 22 pt): a straight run of ink this long is a rule or a table line, not a pen stroke
GROUP = 9  # pixels (about 6.5 pt): strokes closer than this form one area
MIN_SIZE = (24.0, 10.0)  # points: smaller ink is a speck, a stamp's dot, a stray letter
MAX_SIZE_SHARE = 0.25  # of the page's area: larger is a drawing or a photo, not a note
MIN_DENSITY, MAX_DENSITY = 0.015, 0.35  # ink share of the area's bounding box
SOLID = 0.6  # share of ink that survives an erosion by 3 pixels: a filled shape, not strokes
NEAR = 40.0  # points between a handwritten area and a name for the name to be its context
PERSON = "PERSON"


@dataclass(frozen=True)
class InkArea:
    box: Box


def _printed_boxes(page: Page) -> list[Box]:
    boxes = [b for b in page.boxes if b is not None]
    if not boxes:
        return []
    usual = float(np.median([b[3] - b[1] for b in boxes]))
    return [b for b in boxes if b[3] - b[1] <= TEXT_HEIGHT * usual]


def handwritten_areas(pdf_page: pymupdf.Page, page: Page, skip: list[Box] = ()) -> list[InkArea]:
    """The areas of handwriting on a scanned page (unrotated page coordinates); `skip`: areas
    already judged (signatures)."""
    import cv2

    if pdf_page.rotation:
        return []  # boxes and pixels of turned pages: not handled here
    pix = pdf_page.get_pixmap(dpi=DPI, colorspace=pymupdf.csGRAY, annots=False, alpha=False)
    grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, :pix.width]
    ink = (grey < INK).astype(np.uint8)
    scale = DPI / 72.0
    for x0, y0, x1, y1 in _printed_boxes(page) + list(skip):
        ink[max(0, int(y0 * scale) - 1):int(np.ceil(y1 * scale)) + 1,
            max(0, int(x0 * scale) - 1):int(np.ceil(x1 * scale)) + 1] = 0
    # Rules, underlines and table grids are straight: taken off before the strokes are grouped.
    straight = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, RULE), np.uint8)) | \
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((RULE, 1), np.uint8))
    ink = ink & (1 - straight)
    grouped = cv2.dilate(ink, np.ones((GROUP, GROUP), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(grouped)
    page_area = pdf_page.rect.width * pdf_page.rect.height
    found = []
    for i in range(1, count):
        x, y, w, h = stats[i][:4]
        pw, ph = w / scale, h / scale
        if max(pw, ph) < MIN_SIZE[0] or min(pw, ph) < MIN_SIZE[1] or pw * ph > MAX_SIZE_SHARE * page_area:
            continue
        cell = ink[y:y + h, x:x + w]
        density = float(cell.mean())
        if not MIN_DENSITY <= density <= MAX_DENSITY:
            continue
        eroded = cv2.erode(cell, np.ones((3, 3), np.uint8))
        if int(eroded.sum()) > SOLID * int(cell.sum()):
            continue  # a filled shape (an earlier redaction, a logo), not pen strokes
        found.append(InkArea((float(x / scale), float(y / scale), float((x + w) / scale), float((y + h) / scale))))
    return found


def _distance(a: Box, b: Box) -> float:
    dx = max(0.0, max(a[0], b[0]) - min(a[2], b[2]))
    dy = max(0.0, max(a[1], b[1]) - min(a[3], b[3]))
    return (dx * dx + dy * dy) ** 0.5


def name_near(area: InkArea, page: Page, decisions: tuple[Decision, ...]) -> Decision | None:
    """The person decision nearest to the area within NEAR points (a redaction wins), if any."""
    near = []
    for d in decisions:
        f = d.finding
        if f.entity_type != PERSON or f.area is not None or f.page != page.number:
            continue
        boxes = [b for b in page.boxes[f.start:f.end] if b is not None]
        if not boxes:
            continue
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        gap = _distance(area.box, box)
        if gap <= NEAR:
            near.append((d.action != "redact", gap, d))
    return min(near, key=lambda t: t[:2])[2] if near else None
