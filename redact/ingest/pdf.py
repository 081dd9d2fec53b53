"""PDF reader: page text with one box per character, read with PyMuPDF.

Ligatures are expanded and every character NFKC-normalised, so that "ﬃ" in a name is found
and its box still covers the glyph. Hidden optional-content layers are switched on first, so
their text is detected too.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pymupdf

from ..errors import DocumentError
from ..model import Box, Document, Page

# Not TEXT_PRESERVE_LIGATURES (expand them), not TEXT_MEDIABOX_CLIP (text off the page is
# still in the file and must be seen), not TEXT_PRESERVE_IMAGES (slow, not needed here).
EXTRACT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE


def open_pdf(path: Path) -> pymupdf.Document:
    """Open a PDF for reading, or raise DocumentError saying why it cannot be used."""
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except pymupdf.EmptyFileError:
        raise DocumentError("leeg bestand: geen PDF-inhoud") from None
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise DocumentError(f"beschadigd of geen PDF ({exc})") from None
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        raise DocumentError("versleuteld met een wachtwoord: lever een onbeveiligde versie aan")
    if doc.is_repaired:
        doc.close()
        raise DocumentError("beschadigd of afgebroken PDF (de structuur moest worden hersteld): "
                            "lever het origineel opnieuw aan")
    if doc.page_count == 0:
        doc.close()
        raise DocumentError("PDF zonder pagina's")
    return doc


def show_all_layers(doc: pymupdf.Document) -> None:
    ocgs = doc.get_ocgs()
    if ocgs:
        doc.set_layer(-1, on=list(ocgs), off=[])


def page_text(page: pymupdf.Page) -> tuple[str, tuple[Box | None, ...]]:
    chars: list[str] = []
    boxes: list[Box | None] = []
    raw = page.get_text("rawdict", flags=EXTRACT_FLAGS)
    for block in raw["blocks"]:
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            for span in line["spans"]:
                for ch in span["chars"]:
                    norm = unicodedata.normalize("NFKC", ch["c"])
                    x0, y0, x1, y1 = ch["bbox"]
                    step = (x1 - x0) / max(1, len(norm))
                    for i, c in enumerate(norm):  # a ligature's box is shared by its letters
                        chars.append(c)
                        boxes.append((x0 + i * step, y0, x0 + (i + 1) * step, y1))
            chars.append("\n")
            boxes.append(None)
        chars.append("\n")
        boxes.append(None)
    return "".join(chars), tuple(boxes)


_LETTER = re.compile(r"[^\W\d_]")


def _review_reason(page: pymupdf.Page, text: str) -> str | None:
    """Why this page's text layer cannot be trusted as its content, if it cannot."""
    letters = len(_LETTER.findall(text))
    if letters < 20 and page.get_images():
        return "pagina bevat afbeeldingen zonder (voldoende) tekstlaag: scan, OCR nodig"
    if text.count("\ufffd") > max(3, letters // 20):
        return "tekst niet betrouwbaar leesbaar (lettertype zonder ToUnicode): OCR nodig"
    return None


def _iso_date(pdf_date: str | None) -> str | None:
    m = re.match(r"D?:?(\d{4})(\d{2})(\d{2})", pdf_date or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def read_pdf(path: Path, relpath: str) -> Document:
    doc = open_pdf(path)
    try:
        show_all_layers(doc)
        pages = []
        for page in doc:
            text, boxes = page_text(page)
            pages.append(Page(number=page.number + 1, text=text, boxes=boxes,
                              width=page.rect.width, height=page.rect.height, source="pdf",
                              needs_review=_review_reason(page, text)))
        date = _iso_date((doc.metadata or {}).get("creationDate"))
    except RuntimeError as exc:  # MuPDF errors inside a damaged page
        raise DocumentError(f"PDF niet leesbaar: {exc}") from None
    finally:
        doc.close()
    return Document(source=str(path), relpath=relpath, kind="pdf", pages=tuple(pages), date=date)
