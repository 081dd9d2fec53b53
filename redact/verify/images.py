"""Image areas: under the box of a signature, face or identity document no original pixels remain.

A black box drawn over an image hides it on screen, but the image XObject underneath still holds
every pixel for anyone who extracts it. So each image the output draws under such a box is
compared with the source's images of that page (their decoded data, read with pdfminer.six, not
with PyMuPDF, which wrote the output): one that is byte-identical was not touched. Pen strokes
(vector curves) left under the box are reported as well.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTContainer, LTCurve, LTImage, LTRect

from ..model import AREA_ENTITIES, Box, Redaction

MIN_OVERLAP = 1.0  # square points: touching edges are no overlap


def _walk(item):
    if isinstance(item, LTContainer):
        for child in item:
            yield from _walk(child)
    yield item


def _top_down(bbox, height: float) -> Box:
    x0, y0, x1, y1 = bbox
    return (x0, height - y1, x1, height - y0)


def _overlap(a: Box, b: Box) -> float:
    w, h = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _digest(image: LTImage) -> str | None:
    try:
        return hashlib.sha256(image.stream.get_data()).hexdigest()
    except Exception:  # a stream pdfminer cannot decode: compared by its raw bytes
        raw = getattr(image.stream, "rawdata", None)
        return hashlib.sha256(raw).hexdigest() if raw else None


def _page_items(path: Path, numbers: set[int]) -> dict[int, tuple[list[tuple[Box, str | None]], list[Box]]]:
    """Per page: its images (box, digest) and its vector curves (box), top-down coordinates."""
    out = {}
    for index, layout in enumerate(extract_pages(path, page_numbers=sorted(n - 1 for n in numbers))):
        number = sorted(numbers)[index]
        images, curves = [], []
        for item in _walk(layout):
            if isinstance(item, LTImage):
                images.append((_top_down(item.bbox, layout.height), _digest(item)))
            elif isinstance(item, LTCurve) and not isinstance(item, LTRect):
                curves.append(_top_down(item.bbox, layout.height))
        out[number] = (images, curves)
    return out


def image_area_problems(output: Path, source: Path | None, redactions: Iterable[Redaction]) -> list[str]:
    """Problems (by page and kind, never a value) where an image area still holds what it covered."""
    boxes: dict[int, list[tuple[str, Box]]] = {}
    for r in redactions:
        if r.entity_type in AREA_ENTITIES:
            boxes.setdefault(r.page, []).extend((r.entity_type, b) for b in r.boxes)
    if not boxes:
        return []
    written = _page_items(output, set(boxes))
    original = _page_items(source, set(boxes)) if source is not None else {}
    problems = []
    for number, areas in sorted(boxes.items()):
        images, curves = written.get(number, ([], []))
        known = {d for _, d in original.get(number, ([], []))[0] if d}
        for kind, box in areas:
            if any(_overlap(b, box) > MIN_OVERLAP and d in known for b, d in images):
                problems.append(f"pagina {number}: afbeelding onder een weglakking ({kind}) heeft nog de "
                                "oorspronkelijke pixels")
            inner = (box[0] + 1, box[1] + 1, box[2] - 1, box[3] - 1)
            if any(_overlap(c, inner) > MIN_OVERLAP for c in curves):
                problems.append(f"pagina {number}: lijnen onder een weglakking ({kind}) zijn niet verwijderd")
    return problems
