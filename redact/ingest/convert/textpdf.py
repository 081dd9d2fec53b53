"""Plain text to PDF pages in the house style: A4, one font, lines wrapped at word boundaries.

Used for what woo-redact renders itself (a mail's header block and body, the comments and tracked
changes of an Office file), so that the text then takes the same road as any PDF: detection on the
text layer, burn-in, verification. Deterministic: no dates, no new /ID, fixed metadata.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pymupdf

PAGE_W, PAGE_H = pymupdf.paper_size("a4")
MARGIN_X, MARGIN_Y = 60.0, 60.0
FONT_SIZE = 10.0
LEADING = 13.5
TTF_CANDIDATES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf",
                  "/usr/share/fonts/TTF/DejaVuSans.ttf")


@dataclass(frozen=True)
class Line:
    text: str
    heading: bool = False  # a section heading: grey, wrapped the same way (one font: text is read once)


@lru_cache(maxsize=1)
def _ttf() -> str | None:
    """An embeddable Unicode font (names such as Öztürk, Wiśniewski need more than Latin-1)."""
    for candidate in TTF_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    if shutil.which("fc-match"):
        try:
            found = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True,
                                   timeout=10, check=False).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            found = ""
        if found.lower().endswith(".ttf") and Path(found).is_file():
            return found
    return None


def _font() -> pymupdf.Font:
    path = _ttf()
    return pymupdf.Font(fontfile=path) if path else pymupdf.Font("helv")


def _wrap(text: str, font: pymupdf.Font, width: float) -> list[str]:
    out: list[str] = []
    for raw in text.expandtabs(4).split("\n"):
        line = raw.rstrip()
        while line and font.text_length(line, fontsize=FONT_SIZE) > width:
            cut = len(line)
            while cut > 1 and font.text_length(line[:cut], fontsize=FONT_SIZE) > width:
                cut = line.rfind(" ", 0, cut - 1) if " " in line[1:cut] else cut - 1
            cut = max(cut, 1)
            out.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        out.append(line)
    return out


def text_pdf(lines: list[Line], target: Path) -> int:
    """Write `lines` to a new PDF at `target`; returns the number of pages (at least one)."""
    font = _font()
    doc = pymupdf.open()
    width = PAGE_W - 2 * MARGIN_X
    page = None
    y = PAGE_H
    for line in lines:
        for piece in _wrap(_printable(line.text), font, width):
            if page is None or y > PAGE_H - MARGIN_Y:
                page = doc.new_page(width=PAGE_W, height=PAGE_H)
                y = MARGIN_Y + FONT_SIZE
            if piece:
                tw = pymupdf.TextWriter(page.rect)
                tw.append((MARGIN_X, y), piece, font=font, fontsize=FONT_SIZE)
                tw.write_text(page, color=(0.25, 0.25, 0.25) if line.heading else (0, 0, 0))
            y += LEADING
    if page is None:
        doc.new_page(width=PAGE_W, height=PAGE_H)
    return save_converted(doc, target)


def save_converted(doc: pymupdf.Document, target: Path) -> int:
    """Write a PDF this tool made from a source, the same bytes on every run; returns its page count."""
    doc.set_metadata({"creator": "woo-redact", "producer": "PyMuPDF"})
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(target, garbage=4, deflate=True, no_new_id=True)
    pages = doc.page_count
    doc.close()
    return pages


def _printable(text: str) -> str:
    """Control characters (other than tab and newline) would be glyphs the extractors read differently."""
    return "".join(ch if ch in "\t\n" or ch.isprintable() else " " for ch in text)
