"""PDF burn-in with PyMuPDF: remove what is under each box, then label the box with its ground.

The content under a box is really removed (text, image pixels, vector art touching it); the
file is rewritten in full (never an incremental save), so no earlier revision survives.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from ..errors import ReviewNeeded
from ..model import Box, Decision, Document, Page, Redaction
from .sanitize import scrub, strip_interactive

LABEL_FONT = "helv"
MIN_LABEL_SIZE = 4.0  # points; smaller is unreadable at normal zoom
# Glyphs go when a box covers part of them, so shrink each box vertically: a full-height box
# would also erase descenders and accents of the neighbouring lines.
VERTICAL_INSET = 0.18


def span_rects(page: Page, start: int, end: int) -> list[pymupdf.Rect]:
    """One rectangle per line that the span [start, end) covers on the page."""
    rects: list[pymupdf.Rect] = []
    current: pymupdf.Rect | None = None
    last: Box | None = None
    for box in page.boxes[start:end]:
        if box is None:
            continue
        same_line = last is not None and abs((box[1] + box[3]) - (last[1] + last[3])) / 2 < (last[3] - last[1]) / 2 \
            and box[0] >= last[0] - 1
        if current is not None and same_line:
            current |= pymupdf.Rect(box)
        else:
            if current is not None:
                rects.append(current)
            current = pymupdf.Rect(box)
        last = box
    if current is not None:
        rects.append(current)
    shrunk = []
    clip = pymupdf.Rect(0, 0, page.width, page.height) if page.width else None
    for r in rects:
        dy = r.height * VERTICAL_INSET
        dx = min(0.4, r.width * 0.02)
        r = pymupdf.Rect(r.x0 + dx, r.y0 + dy, r.x1 - dx, r.y1 - dy)
        if clip is not None:
            r &= clip
        if not r.is_empty and r.width > 0.5 and r.height > 0.5:
            shrunk.append(r)
    return shrunk


def _label(page: pymupdf.Page, rect: pymupdf.Rect, text: str) -> None:
    """White ground code centred in the black box, as real (extractable) text."""
    unit = pymupdf.get_text_length(text, fontname=LABEL_FONT, fontsize=1)
    size = max(MIN_LABEL_SIZE, min(rect.height * 0.85, rect.width * 0.92 / unit))
    width = unit * size
    x = rect.x0 + (rect.width - width) / 2
    y = rect.y0 + (rect.height + size * 0.7) / 2
    page.insert_text((x, y), text, fontsize=size, fontname=LABEL_FONT, color=(1, 1, 1))


def render_pdf(document: Document, decisions: tuple[Decision, ...], target: Path) -> tuple[Redaction, ...]:
    pages = {p.number: p for p in document.pages}
    by_page: dict[int, list[Decision]] = {}
    for d in decisions:
        if d.action == "redact":
            by_page.setdefault(d.finding.page, []).append(d)
    redactions: list[Redaction] = []
    with pymupdf.open(document.source, filetype="pdf") as doc:
        strip_interactive(doc)
        for number, items in sorted(by_page.items()):
            page, pdf_page = pages[number], doc[number - 1]
            labelled: list[tuple[pymupdf.Rect, str]] = []
            for d in sorted(items, key=lambda d: d.finding.start):
                f = d.finding
                rects = span_rects(page, f.start, f.end)
                if not rects:  # fail closed: a redaction that cannot be placed is never skipped
                    raise ReviewNeeded(f"pagina {number}: weglakking zonder plaats op de pagina "
                                       f"({f.entity_type}, tekens {f.start}-{f.end})")
                for r in rects:
                    pdf_page.add_redact_annot(r, fill=(0, 0, 0), cross_out=False)
                    labelled.append((r, d.ground or ""))
                redactions.append(Redaction(page=number, start=f.start, end=f.end, entity_type=f.entity_type,
                                            ground=d.ground or "", detector=f.detector, score=f.score,
                                            boxes=tuple(tuple(round(v, 2) for v in r) for r in rects)))
            pdf_page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                                      graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
                                      text=pymupdf.PDF_REDACT_TEXT_REMOVE)
            for rect, ground in labelled:
                _label(pdf_page, rect, ground)
        scrub(doc)
        doc.save(target, garbage=4, deflate=True, clean=True, no_new_id=True)
    return tuple(redactions)
