"""Signatures: the ink in a signature area, and small images elsewhere that look like one.

A signature follows its signatory: the person decision on the name line under it (decide/roles.py
and persons.py decided that already). A civil servant's or citizen's signature is redacted (5.1.2e);
a public official's signing in office (a minister under a Kamerbrief) stays, as the name does.
"""

from __future__ import annotations

import numpy as np
import pymupdf

from ..model import Box, Decision, Page
from .areas import SignatureArea
from .ink import PlacedImage, dark_pixels_in, images_in, strokes_in, union

PERSON = "PERSON"
# A signature-like image: small, wide, mostly plain background with a little thin dark ink.
MIN_W, MAX_W, MIN_H, MAX_H = 30.0, 320.0, 12.0, 140.0  # points on the page
MIN_ASPECT = 1.4
INK_LEVEL, PAPER_LEVEL = 110, 200
MIN_INK, MAX_INK, MIN_PAPER = 0.005, 0.25, 0.65
STROKE = 0.06  # a stroke is thinner than this share of the image's height
THICK_SHARE = 0.25  # at most this share of the ink survives an erosion by the stroke width


def ink_in_area(pdf_page: pymupdf.Page, page: Page, area: SignatureArea, images: list[PlacedImage]
                ) -> tuple[Box | None, list[int]]:
    """The box around what is drawn in the area (pictures whole, pen strokes, a scan's dark
    pixels) and the xrefs of the pictures it takes, or (None, []) when the area is blank."""
    pictures = images_in(pdf_page, area.box, images)
    boxes = [im.bbox for im in pictures] + strokes_in(pdf_page, area.box)
    if page.source == "ocr" or any(im.covers_page(pdf_page) for im in images):
        dark = dark_pixels_in(pdf_page, area.box)
        if dark is not None:
            boxes.append(dark)
    return union(boxes), [im.xref for im in pictures]


def signatory_decision(area: SignatureArea, decisions: tuple[Decision, ...] | list[Decision]) -> Decision | None:
    """The person decision on the name line (a redaction wins over a keep), if any."""
    line = area.name_line
    on_line = [d for d in decisions if d.finding.entity_type == PERSON and d.finding.area is None
               and d.finding.page == area.page and line.start <= d.finding.start < line.end]
    return next((d for d in on_line if d.action == "redact"), on_line[0] if on_line else None)


def looks_like_signature(image: np.ndarray, bbox: Box) -> bool:
    """Small, wide, ink on a plain background, thin strokes: what a scanned signature looks like
    (a photo has mid-tones, a logo thick shapes or a coloured field)."""
    import cv2

    width, height = bbox[2] - bbox[0], bbox[3] - bbox[1]
    if not (MIN_W <= width <= MAX_W and MIN_H <= height <= MAX_H and width / height >= MIN_ASPECT):
        return False
    if min(image.shape[:2]) < 8:
        return False
    ink = image < INK_LEVEL
    share = float(ink.mean())
    if not (MIN_INK <= share <= MAX_INK and float((image > PAPER_LEVEL).mean()) >= MIN_PAPER):
        return False
    k = max(3, round(image.shape[0] * STROKE))
    eroded = cv2.erode(ink.astype(np.uint8), np.ones((k, k), np.uint8))
    return int(eroded.sum()) <= THICK_SHARE * int(ink.sum())
