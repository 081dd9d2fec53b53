"""Where a signature goes: the gap in a signature block between the closing and the signatory's name.

Read from the page's text and character boxes only (born-digital text or OCR alike), so it costs
nothing on a page without a closing. A closing is a line such as "Met vriendelijke groet,",
"Hoogachtend,", "namens deze," or "De minister van ...,"; the signature area is the first clear
vertical gap (at least GAP_LINES line heights) in the lines below it, and the line after that gap is
the name line, whose person decision the signature follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Box, Page

CLOSING = re.compile(
    r"(met\s+(vriendelijke|collegiale|hartelijke|beleefde)\s+groet(en)?|vriendelijke\s+groet(en)?|hoogachtend"
    r"|met\s+de\s+meeste\s+hoogachting|namens\s+deze|kind\s+regards|(de|het)\s+(minister|staatssecretaris|"
    r"burgemeester|college|directeur|secretaris|voorzitter)\b.{0,90})\s*[,.]?\s*", re.IGNORECASE)
# Words in the closing that make the signatory a public official signing in office when the name
# line has no person decision of its own; "namens" (signed on behalf, by a civil servant) undoes it.
OFFICE = re.compile(r"\b(minister|staatssecretaris|burgemeester|wethouder|commissaris van de koning)\b", re.IGNORECASE)
ON_BEHALF = re.compile(r"\bnamens\b", re.IGNORECASE)
GAP_LINES = 1.6  # a gap of this many line heights between two lines leaves room for a signature
LOOKAHEAD = 6  # lines below the closing searched for the gap
INK_HEIGHT = 1.7  # a "line" this many times the closing's height is a scrawl OCR read as letters
MIN_WIDTH = 160.0  # points: a signature area is at least this wide from the closing's left edge


@dataclass(frozen=True)
class Line:
    start: int  # character offsets into Page.text
    end: int
    text: str
    box: Box


@dataclass(frozen=True)
class SignatureArea:
    page: int
    box: Box  # the gap, in points
    closing: str  # the closing lines' text (no value: the closing formula and an office)
    name_line: Line  # the line under the gap: the signatory's name

    @property
    def office(self) -> bool:
        return bool(OFFICE.search(self.closing)) and not ON_BEHALF.search(self.closing)


def page_lines(page: Page) -> list[Line]:
    """The page's non-empty lines with their boxes (from the character boxes), top to bottom."""
    lines: list[Line] = []
    offset = 0
    for raw in page.text.split("\n"):
        start, end = offset, offset + len(raw)
        offset = end + 1
        boxes = [b for b in page.boxes[start:end] if b is not None] if page.boxes else []
        if not raw.strip() or not boxes:
            continue
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        lines.append(Line(start, end, raw, box))
    return sorted(lines, key=lambda line: (line.box[1], line.box[0]))


def _is_ink(line: Line, height: float) -> bool:
    """A line that is pen strokes read as text (by OCR): much taller than the text around it."""
    return line.box[3] - line.box[1] > INK_HEIGHT * height


def signature_areas(page: Page) -> list[SignatureArea]:
    """The signature areas of a page (none without a closing followed by a gap)."""
    if not any(CLOSING.fullmatch(raw.strip()) for raw in page.text.split("\n")):
        return []  # no line is a closing (the lines below are these, with their boxes)
    lines = page_lines(page)
    areas = []
    i = 0
    while i < len(lines):
        if not CLOSING.fullmatch(lines[i].text.strip()):
            i += 1
            continue
        found = None
        height = max(lines[i].box[3] - lines[i].box[1], 4.0)
        j = i
        while j < min(i + LOOKAHEAD, len(lines) - 1):
            k = j + 1
            while k < len(lines) - 1 and _is_ink(lines[k], height):  # OCR read the signature as "words"
                k += 1
            if lines[k].box[1] - lines[j].box[3] >= GAP_LINES * height:
                found = (j, k)
                break
            j = k
        if found is None:
            i += 1
            continue
        above, name = lines[found[0]], lines[found[1]]
        x0 = min(above.box[0], name.box[0]) - 12
        x1 = max(above.box[2], name.box[2], x0 + MIN_WIDTH) + 12
        width = page.width or 595.0
        box = (max(0.0, x0), above.box[3] + 0.5, min(width, x1), name.box[1] - 0.5)
        closing = " ".join(line.text.strip() for line in lines[i:found[0] + 1])
        areas.append(SignatureArea(page.number, box, closing, name))
        i = found[1]
    return areas
