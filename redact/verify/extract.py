"""Independent text extractors (none is PyMuPDF, which wrote the file).

Three engines that read fonts differently: pdfminer.six falls back on a font's own cmap where
the ToUnicode map is missing (and reads a name that the others see as gibberish), poppler
and pypdf do not.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pypdf

logging.getLogger("pypdf").setLevel(logging.ERROR)


def pypdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdfminer_layouts(path: Path, indices: list[int]):
    """pdfminer.six's pages (0-based `indices`): (its PDFPage, the page's laid-out objects),
    without its layout analysis (laparams=None: no grouping into lines and boxes, which the
    glyph and image checks do not use and which cost most of the time; glyphs, images and their
    boxes are the same)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    with path.open("rb") as fh:
        for page in PDFPage.get_pages(fh, set(indices)):
            interpreter.process_page(page)
            yield page, device.get_result()


def pdftotext_text(path: Path) -> str:
    """Poppler's pdftotext: a third PDF engine, fast, in C."""
    result = subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, check=True, timeout=300)
    return result.stdout.decode("utf-8", "replace")


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text_to_fp
    out = io.StringIO()
    with path.open("rb") as fh:
        extract_text_to_fp(fh, out)
    return out.getvalue()


# Simple-font encodings that every extractor maps the same way without a ToUnicode map.
_STANDARD_ENCODINGS = {"/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding", "/PDFDocEncoding"}


def _font_needs_cmap_reader(font) -> bool:
    """True unless the font's text maps to Unicode the same way in every extractor."""
    font = font.get_object()
    to_unicode = font.get("/ToUnicode")
    if to_unicode is not None and to_unicode.get_object() is not None and \
            not isinstance(to_unicode.get_object(), pypdf.generic.NullObject):
        return False
    if font.get("/Subtype") not in ("/Type1", "/TrueType", "/MMType1"):
        return True  # Type0/CID and Type3 fonts without ToUnicode: extractors disagree
    encoding = font.get("/Encoding")
    encoding = encoding.get_object() if encoding is not None else None
    return not (encoding is None or (isinstance(encoding, str) and encoding in _STANDARD_ENCODINGS))


def needs_cmap_reader(path: Path) -> bool:
    """Does any font in the file lack a reliable Unicode map (then pdfminer.six must read it too)?
    Any doubt (an unreadable structure) answers yes."""
    try:
        reader = pypdf.PdfReader(path)
        seen: set[int] = set()
        stack = [page.get("/Resources") for page in reader.pages]
        while stack:
            resources = stack.pop()
            if resources is None:
                continue
            ref = getattr(resources, "idnum", None)
            if ref is not None and ref in seen:
                continue
            if ref is not None:
                seen.add(ref)
            resources = resources.get_object()
            for font in (resources.get("/Font") or {}).values():
                if _font_needs_cmap_reader(font):
                    return True
            for xobject in (resources.get("/XObject") or {}).values():
                xobject = xobject.get_object()
                if xobject.get("/Subtype") == "/Form":
                    stack.append(xobject.get("/Resources"))
            for pattern in (resources.get("/Pattern") or {}).values():
                stack.append(pattern.get_object().get("/Resources"))
        return False
    except Exception:
        return True


def pdf_extractors(path: Path | None = None) -> dict[str, Callable[[Path], str]]:
    """pypdf always, poppler's pdftotext when installed, and pdfminer.six (slow, ~75 ms a page)
    where its own cmap reading can see what the others miss: fonts without a reliable Unicode
    map, or when poppler is missing (two independent extractors, always)."""
    extractors: dict[str, Callable[[Path], str]] = {"pypdf": pypdf_text}
    if shutil.which("pdftotext"):
        extractors["pdftotext"] = pdftotext_text
    if len(extractors) < 2 or path is None or needs_cmap_reader(path):
        extractors["pdfminer"] = pdfminer_text
    return extractors
