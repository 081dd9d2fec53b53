"""Every box carries its ground: the label text is found inside each logged box (the ground, or
the short form the log records for a box too small for it).

Read with poppler's `pdftotext -bbox` (word boxes), not with PyMuPDF, which wrote the labels.
"""

from __future__ import annotations

import html
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from ..model import Redaction

_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.S)
_WORD = re.compile(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>')


def page_words(path: Path) -> list[list[tuple[tuple[float, float, float, float], str]]]:
    """Per page: (box, word) as poppler reads them; coordinates in points, origin top-left."""
    out = subprocess.run(["pdftotext", "-q", "-cropbox", "-bbox", str(path), "-"], capture_output=True, check=True,
                         timeout=300).stdout.decode("utf-8", "replace")
    return [[((float(a), float(b), float(c), float(d)), html.unescape(w)) for a, b, c, d, w in _WORD.findall(body)]
            for body in _PAGE.findall(out)]


def displayed(box, width: float, height: float, rotation: int) -> tuple[float, float, float, float]:
    """A box in unrotated page space (how PyMuPDF and the log give it) in the space of the
    page as displayed, which is how poppler reports words on a rotated page."""
    x0, y0, x1, y1 = box
    corners = {0: lambda x, y: (x, y), 90: lambda x, y: (height - y, x),
               180: lambda x, y: (width - x, height - y), 270: lambda x, y: (y, width - x)}[rotation % 360]
    (a, b), (c, d) = corners(x0, y0), corners(x1, y1)
    return min(a, c), min(b, d), max(a, c), max(b, d)


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def unlabelled_boxes(path: Path, redactions: Iterable[Redaction], page_sizes: list[tuple[float, float, int]],
                     words: list | None = None) -> list[str]:
    """Problems: boxes on the page without their ground written in them. `page_sizes`: the
    unrotated width and height and the rotation of each page; `words`: page_words(path), when
    read already."""
    words = page_words(path) if words is None else words
    problems = []
    missing: dict[int, list[str]] = {}
    for r in redactions:
        if r.page > len(words):
            problems.append(f"pagina {r.page}: weglakking op een pagina die niet bestaat")
            continue
        width, height, rotation = page_sizes[r.page - 1]
        for i, box in enumerate(r.boxes):
            if box[2] <= 0 or box[3] <= 0 or box[0] >= width or box[1] >= height:
                continue  # off the page (text outside the mediabox): no reader sees a label there
            shown = displayed(box, width, height, rotation)
            if not any(text == r.label(i) and _overlaps(wbox, shown) for wbox, text in words[r.page - 1]):
                missing.setdefault(r.page, []).append(f"({box[0]:.0f}, {box[1]:.0f})")
    for page, where in sorted(missing.items()):
        problems.append(f"pagina {page}: {len(where)} vak(ken) zonder hun grond als tekst, o.a. op "
                        + ", ".join(where[:3]))
    return problems
