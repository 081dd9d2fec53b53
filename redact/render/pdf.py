"""PDF burn-in with PyMuPDF: remove what is under each box, then label the box with its ground.

The content under a box is really removed (text, image pixels, vector art touching it); the
file is rewritten in full (never an incremental save), so no earlier revision survives.

Two passes per page: text is removed under a box shrunk vertically (glyphs go when a box
covers part of them, so a full-height box would also erase the neighbouring lines), then on
pages with images or OCR text the pixels are removed under the full box with a margin (pixels
go exactly inside the box, so a shrunk box would leave the tops and tails of letters readable).
A page that could not be read reliably is either refused (ReviewNeeded) or, when the caller
asks for it, replaced by a black page carrying its label.

Boxes hug the redacted span: they never reach into the glyph box of the character right
before or after it on the line (the pixel margin stops there too), and a label never leaves
its box: where the full ground does not fit at a readable size an abbreviated one is written
(`5.1.2e` -> `2e` -> `e`, see label_forms) and recorded on the Redaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pymupdf

from ..errors import ReviewNeeded
from ..model import Box, Decision, Document, Page, Redaction
from .sanitize import scrub, strip_interactive

LABEL_FONT = "helv"
MIN_LABEL_SIZE = 6.0  # points; smaller is hard to read at normal zoom (body text is 10-12 pt)
LABEL_FILL = 0.92  # share of the box's length a label may take
# Glyphs go when a box covers part of them, so shrink each box vertically: a full-height box
# would also erase descenders and accents of the neighbouring lines.
VERTICAL_INSET = 0.18
PIXEL_MARGIN = 1.0  # points around a box where image pixels are removed as well
UNREADABLE_ENTITY = "UNREADABLE_PAGE"  # entity type of a page blacked out whole


def line_rects(page: Page, start: int, end: int) -> list[pymupdf.Rect]:
    """One rectangle per line that the span [start, end) covers on the page (unshrunk)."""
    rects: list[pymupdf.Rect] = []
    current: pymupdf.Rect | None = None
    last: Box | None = None
    for box in page.boxes[start:end]:
        if box is None:
            continue
        same_line = last is not None and (
            (abs((box[1] + box[3]) - (last[1] + last[3])) / 2 < (last[3] - last[1]) / 2 and box[0] >= last[0] - 1)
            # text running up or down (rotated pages): same column, next character above or below
            or (abs((box[0] + box[2]) - (last[0] + last[2])) / 2 < (last[2] - last[0]) / 2
                and (abs(box[1] - last[3]) < 1 or abs(box[3] - last[1]) < 1)))
        if current is not None and same_line:
            current |= pymupdf.Rect(box)
        else:
            if current is not None:
                rects.append(current)
            current = pymupdf.Rect(box)
        last = box
    if current is not None:
        rects.append(current)
    # Not clipped to the page: text outside the mediabox is still in the file and is removed too.
    return _join_touching([r for r in rects if r.width > 0.5 and r.height > 0.5])


def _join_touching(rects: list[pymupdf.Rect]) -> list[pymupdf.Rect]:
    """Rects of one line that touch or overlap as one: glyphs drawn out of order (a value put
    together from pieces, readings.py) give one box per piece, not one label per glyph."""
    joined: list[pymupdf.Rect] = []
    for r in rects:
        joined.append(pymupdf.Rect(r))
        changed = True
        while changed and len(joined) > 1:
            changed = False
            last = joined[-1]
            for i, other in enumerate(joined[:-1]):
                overlap = min(last.y1, other.y1) - max(last.y0, other.y0)
                if overlap >= 0.8 * min(last.height, other.height) and \
                        last.x0 <= other.x1 + 0.5 and other.x0 <= last.x1 + 0.5:
                    joined[i] = other | last
                    joined.pop()
                    joined.append(joined.pop(i))
                    changed = True
                    break
    return joined


def _glyph_beside(page: Page, index: int, step: int) -> Box | None:
    """The box of the character at `index` (walking by `step` past extractor-inserted ones), or
    None where that is a space or a line break (the box may then reach into the gap)."""
    while 0 <= index < len(page.boxes):
        box, char = page.boxes[index], page.text[index]
        if box is None and char not in "\n\r":
            index += step
            continue
        return None if box is None or char.isspace() else box
    return None


def neighbour_edges(page: Page, start: int, end: int, lines: list[pymupdf.Rect]
                    ) -> list[tuple[float | None, float | None]]:
    """Per line rect of the span: where the glyph right before it ends and the one right after
    it begins (None: a space, a line break, another line or nothing there). Only the first
    line has a glyph before it, only the last one after it; vertical runs are left alone."""
    before, after = _glyph_beside(page, start - 1, -1), _glyph_beside(page, end, 1)
    edges = []
    for i, r in enumerate(lines):
        horizontal = not (r.height > 2 * r.width and r.height > 12)
        left = before[2] if horizontal and i == 0 and _same_line(before, r) else None
        right = after[0] if horizontal and i == len(lines) - 1 and _same_line(after, r) else None
        edges.append((left, right))
    return edges


def _same_line(box: Box | None, r: pymupdf.Rect) -> bool:
    return box is not None and r.y0 <= (box[1] + box[3]) / 2 <= r.y1


def clamp(rect: pymupdf.Rect, left: float | None, right: float | None, span: pymupdf.Rect) -> pymupdf.Rect:
    """`rect` kept out of the neighbouring glyphs' boxes. Where a neighbour is kerned into the
    span, the box yields at most PIXEL_MARGIN of the span's own glyph boxes (its glyphs must
    still go, and their pixels): never more, and never to an empty box."""
    x0, x1 = rect.x0, rect.x1
    if left is not None and left > x0:
        x0 = min(left, span.x0 + PIXEL_MARGIN)
    if right is not None and right < x1:
        x1 = max(right, span.x1 - PIXEL_MARGIN)
    if x1 - x0 < 0.5:
        return rect
    return pymupdf.Rect(x0, rect.y0, x1, rect.y1)


def text_rect(r: pymupdf.Rect) -> pymupdf.Rect:
    """The box that removes the glyphs of this line and not those of its neighbours: shrunk
    across the line (vertically; horizontally for text running up or down a rotated page)."""
    if r.height > 2 * r.width and r.height > 12:  # a vertical run of text
        dx, dy = r.width * VERTICAL_INSET, min(0.4, r.height * 0.02)
    else:
        dy, dx = r.height * VERTICAL_INSET, min(0.4, r.width * 0.02)
    return pymupdf.Rect(r.x0 + dx, r.y0 + dy, r.x1 - dx, r.y1 - dy)


def pixel_rect(r: pymupdf.Rect) -> pymupdf.Rect:
    """The box that removes image pixels: the whole line box plus a margin for anti-aliasing."""
    return pymupdf.Rect(r.x0 - PIXEL_MARGIN, r.y0 - PIXEL_MARGIN, r.x1 + PIXEL_MARGIN, r.y1 + PIXEL_MARGIN)


def label_forms(ground: str) -> list[str]:
    """The label for a ground, longest first: the full code, then what follows its last dot,
    then its final letter(s): `5.1.2e`, `2e`, `e`. A shorter form is used only on a box too
    small for the longer one at MIN_LABEL_SIZE."""
    forms = [ground]
    for form in (ground.rsplit(".", 1)[-1], ground.rstrip("0123456789.").rsplit(".", 1)[-1].lstrip("0123456789")):
        if form and form not in forms:
            forms.append(form)
    return forms


def _label_rotation(page: pymupdf.Page, rect: pymupdf.Rect) -> int:
    rotation = page.rotation % 360
    if rotation in (90, 270) and rect.height <= rect.width:
        rotation = 0  # horizontal box on a turned page: text drawn sideways, label alike
    return rotation


def fit_label(rect: pymupdf.Rect, ground: str, rotation: int = 0) -> tuple[str, float]:
    """The longest form of the ground that fits the box at MIN_LABEL_SIZE or more, and its size;
    in a box too small for any, the shortest form at the size that fits (it never leaves the box)."""
    along, across = (rect.height, rect.width) if rotation in (90, 270) else (rect.width, rect.height)
    fitted = []
    for text in label_forms(ground):
        unit = pymupdf.get_text_length(text, fontname=LABEL_FONT, fontsize=1)
        size = min(across * 0.85, along * LABEL_FILL / unit)
        if size >= MIN_LABEL_SIZE:
            return text, size
        fitted.append((text, size))
    return fitted[-1]


def _label(page: pymupdf.Page, rect: pymupdf.Rect, ground: str) -> str:
    """White ground code centred in the black box, as real (extractable) text, upright as the
    page is displayed: on a rotated page the text is turned with the page when the box runs
    the way the page's text does. Returns the label written (the ground, or a short form)."""
    rotation = _label_rotation(page, rect)
    along, across = (rect.height, rect.width) if rotation in (90, 270) else (rect.width, rect.height)
    text, size = fit_label(rect, ground, rotation)
    unit = pymupdf.get_text_length(text, fontname=LABEL_FONT, fontsize=1)
    start = (along - unit * size) / 2  # from the box's start along the text direction
    base = (across + size * 0.7) / 2  # baseline, from the box's top side across it
    point = {0: (rect.x0 + start, rect.y0 + base), 90: (rect.x0 + base, rect.y1 - start),
             180: (rect.x1 - start, rect.y1 - base), 270: (rect.x1 - base, rect.y0 + start)}[rotation]
    page.insert_text(point, text, fontsize=size, fontname=LABEL_FONT, color=(1, 1, 1), rotate=rotation)
    return text


def _blackout(doc: pymupdf.Document, number: int, ground: str) -> pymupdf.Rect:
    """Replace page `number` by a black page of the same size with its label: nothing of the
    original page (text, images, resources) is carried over."""
    old = doc[number - 1]
    mediabox, rotation = old.mediabox, old.rotation
    doc.delete_page(number - 1)
    page = doc.new_page(pno=number - 1, width=mediabox.width, height=mediabox.height)
    page.set_rotation(rotation)
    rect = page.rect
    page.draw_rect(rect, color=None, fill=(0, 0, 0))
    box = pymupdf.Rect(rect.x0 + rect.width * 0.2, rect.y0 + rect.height * 0.45,
                       rect.x1 - rect.width * 0.2, rect.y0 + rect.height * 0.52)
    _label(page, box, ground)  # a box a fifth of the page: the full code always fits
    return rect


def drop_invisible_text(pdf_page: pymupdf.Page) -> int:
    """Remove the invisible text (render mode 3) of a page, leaving everything else: the OCR
    layer of a scan that ingest replaced by its own OCR (Page.text_layer "replaced"). Its words
    may lie anywhere but on their glyphs, so no box placed on the image would take them."""
    spans = [pymupdf.Rect(s["bbox"]) for s in pdf_page.get_texttrace()
             if s.get("type") == 3 or s.get("opacity", 1.0) == 0]
    for rect in spans:
        pdf_page.add_redact_annot(rect, fill=False, cross_out=False)
    if spans:
        pdf_page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                                  text=pymupdf.PDF_REDACT_TEXT_REMOVE)
    return len(spans)


def _needs_pixel_pass(page: Page, pdf_page: pymupdf.Page) -> bool:
    return page.source == "ocr" or bool(pdf_page.get_image_info())  # also images inside forms


def render_pdf(document: Document, decisions: tuple[Decision, ...], target: Path,
               blackout_ground: str | None = None, page_grounds: Mapping[int, str] | None = None
               ) -> tuple[Redaction, ...]:
    """Burn in the redactions; pages marked `needs_review` are blacked out whole under the
    ground a reviewer chose for that page (`page_grounds`), else under `blackout_ground`, or,
    when there is none, refused (ReviewNeeded)."""
    page_grounds = page_grounds or {}
    pages = {p.number: p for p in document.pages}
    unreadable = {p.number: p for p in document.pages if p.needs_review}
    grounds = {n: page_grounds.get(n, blackout_ground) for n in unreadable}
    if None in grounds.values():  # fail closed, whatever the caller forgot
        raise ReviewNeeded("; ".join(f"pagina {n}: {p.needs_review}" for n, p in sorted(unreadable.items())
                                     if grounds[n] is None))
    by_page: dict[int, list[Decision]] = {}
    for d in decisions:
        if d.action == "redact" and d.finding.page not in unreadable:
            by_page.setdefault(d.finding.page, []).append(d)
    redactions: list[Redaction] = []
    with pymupdf.open(document.source, filetype="pdf") as doc:
        strip_interactive(doc)
        for page in document.pages:
            if page.text_layer == "replaced" and page.number not in unreadable:
                drop_invisible_text(doc[page.number - 1])
        for number, items in sorted(by_page.items()):
            page, pdf_page = pages[number], doc[number - 1]
            pixels = _needs_pixel_pass(page, pdf_page)
            placed: list[tuple[Decision, list[pymupdf.Rect]]] = []
            for d in sorted(items, key=lambda d: d.finding.start):
                f = d.finding
                if f.area is not None:  # an image area (redact/images/): the box is the area itself
                    rect = pymupdf.Rect(f.area) & pdf_page.rect
                    if rect.is_empty:  # fail closed, as for text
                        raise ReviewNeeded(f"pagina {number}: weglakking zonder plaats op de pagina ({f.entity_type})")
                    pdf_page.add_redact_annot(rect, fill=(0, 0, 0), cross_out=False)
                    placed.append((d, [rect]))
                    continue
                lines = line_rects(page, f.start, f.end)
                if not lines:  # fail closed: a redaction that cannot be placed is never skipped
                    raise ReviewNeeded(f"pagina {number}: weglakking zonder plaats op de pagina "
                                       f"({f.entity_type}, tekens {f.start}-{f.end})")
                shown = []
                for r, (lo, hi) in zip(lines, neighbour_edges(page, f.start, f.end, lines)):
                    removed = clamp(text_rect(r), lo, hi, r)
                    pdf_page.add_redact_annot(removed, fill=(0, 0, 0), cross_out=False)
                    shown.append(clamp(pixel_rect(r), lo, hi, r) if pixels else removed)
                placed.append((d, shown))
            # Labels are written after the removal (else it would take them too); the label actually
            # written per box (the ground or a short form) goes to the log.
            pdf_page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                                      graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
                                      text=pymupdf.PDF_REDACT_TEXT_REMOVE)
            if pixels:
                for _, shown in placed:
                    for rect in shown:
                        pdf_page.add_redact_annot(rect, fill=(0, 0, 0), cross_out=False)
                pdf_page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                                          graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                                          text=pymupdf.PDF_REDACT_TEXT_NONE)
            for d, shown in placed:
                f, ground = d.finding, d.ground or ""
                labels = tuple(_label(pdf_page, rect, ground) for rect in shown)
                redactions.append(Redaction(page=number, start=f.start, end=f.end, entity_type=f.entity_type,
                                            ground=ground, detector=f.detector, score=f.score,
                                            boxes=tuple(tuple(round(v, 2) for v in r) for r in shown),
                                            labels=labels if any(t != ground for t in labels) else ()))
        for number, page in sorted(unreadable.items()):
            rect = _blackout(doc, number, grounds[number])
            redactions.append(Redaction(page=number, start=0, end=len(page.text), entity_type=UNREADABLE_ENTITY,
                                        ground=grounds[number], detector="reviewer" if number in page_grounds
                                        else "fail-closed", score=1.0,
                                        boxes=(tuple(round(v, 2) for v in rect),)))
        scrub(doc)
        doc.save(target, garbage=4, deflate=True, clean=True, no_new_id=True)
    return tuple(sorted(redactions, key=lambda r: (r.page, r.start)))
