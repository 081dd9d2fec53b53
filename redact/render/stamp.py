"""The document number in the page margin (`--stamp`): "Document 2024-017-0012, pagina 3", as
publication platforms show it.

Drawn into the rendered copy before the output check (pipeline._publish), so the check reads the
file as it is published. Small grey text in the free band below the page's content (as the page is
displayed, also on a rotated page), else in the band above it; it never covers content: text, images
and drawings are measured first (a white background rectangle is not content). A page with no free
band of STAMP_SIZE + 2 * GAP points (a full-page scan, a page blacked out whole) gets no number: the
caller reports those pages.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

STAMP_FONT = "helv"
STAMP_SIZE = 7.0  # points
STAMP_COLOUR = (0.35, 0.35, 0.35)
GAP = 3.0  # points kept free between the stamp and the content, and the page's edge
EDGE = 28.0  # the stamp's centre at most this far from the page's edge (in a wide margin)
SIDE = 56.0  # right-hand margin when the page has no content to align to


def stamp_text(document_id: str, page: int) -> str:
    return f"Document {document_id}, pagina {page}"


def _content(page: pymupdf.Page) -> list[pymupdf.Rect]:
    """Boxes of everything drawn on the page, in unrotated page space."""
    rects = [pymupdf.Rect(w[:4]) for w in page.get_text("words")]
    rects += [pymupdf.Rect(i["bbox"]) for i in page.get_image_info()]
    for d in page.get_drawings():
        white_fill = d.get("fill") in ((1.0, 1.0, 1.0), (1, 1, 1)) and not d.get("color")
        if not white_fill:
            rects.append(pymupdf.Rect(d["rect"]))
    clip = page.rect * page.derotation_matrix  # the visible page, unrotated
    return [pymupdf.Rect(max(r.x0, clip.x0), max(r.y0, clip.y0), min(r.x1, clip.x1), min(r.y1, clip.y1))
            for r in rects if r.x1 >= clip.x0 and r.x0 <= clip.x1 and r.y1 >= clip.y0 and r.y0 <= clip.y1]


def place(page: pymupdf.Page, text: str) -> tuple[pymupdf.Point, float] | None:
    """Where the stamp's baseline starts, in display space, and its width; None without room."""
    to_display = page.rotation_matrix
    shown = [r * to_display for r in _content(page)]
    width, height = page.rect.width, page.rect.height
    length = pymupdf.get_text_length(text, fontname=STAMP_FONT, fontsize=STAMP_SIZE)
    if shown:
        top = min(r.y0 for r in shown)
        bottom = max(r.y1 for r in shown)
        right = max(r.x1 for r in shown)
    else:
        top, bottom, right = height, 0.0, width - SIDE
    x1 = min(width - GAP, max(right, length + GAP, width * 0.6))
    x0 = x1 - length
    if x0 < GAP:
        return None
    need = STAMP_SIZE + 2 * GAP
    below, above = height - bottom, top
    if below >= need:  # centre in the band, not further than EDGE from the page's bottom edge
        centre = height - min(below / 2, EDGE)  # below / 2 >= GAP + STAMP_SIZE / 2: clear of both
    elif above >= need:
        centre = min(above / 2, EDGE)
    else:
        return None
    baseline = centre + STAMP_SIZE * 0.35  # helv: cap height about 0.7 of the size
    return pymupdf.Point(x0, baseline), length


def stamp_pages(doc: pymupdf.Document, document_id: str) -> list[int]:
    """Stamp every page; returns the numbers of the pages without room for it."""
    missing = []
    for page in doc:
        text = stamp_text(document_id, page.number + 1)
        spot = place(page, text)
        if spot is None:
            missing.append(page.number + 1)
            continue
        point = spot[0] * page.derotation_matrix  # insert_text works in unrotated space
        page.insert_text(point, text, fontsize=STAMP_SIZE, fontname=STAMP_FONT, color=STAMP_COLOUR,
                         rotate=page.rotation)
    return missing


def stamp_pdf(path: Path, document_id: str) -> list[int]:
    """Stamp the PDF at `path` in place (written in full, as render_pdf writes it); returns the
    pages without room for the number."""
    with pymupdf.open(stream=path.read_bytes(), filetype="pdf") as doc:
        missing = stamp_pages(doc, document_id)
        doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
    return missing


def missing_warning(pages: list[int]) -> str | None:
    if not pages:
        return None
    shown = ", ".join(map(str, pages[:10])) + (", ..." if len(pages) > 10 else "")
    word = "pagina" if len(pages) == 1 else "pagina's"
    return f"documentnummer niet in de marge van {word} {shown} (geen vrije ruimte)"
