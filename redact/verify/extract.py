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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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


Glyph = tuple[tuple[float, float, float, float], str]  # (x0, y0, x1, y1) in user space, its text


@dataclass(frozen=True)
class GlyphPage:
    """PDFium's glyphs of one page and what places them on the page as displayed: `box` is the
    crop box clipped to the media box (x0, y0, x1, y1, user space; poppler's -cropbox shows the
    same), `rotation` the page's /Rotate (0, 90, 180, 270)."""

    box: tuple[float, float, float, float]
    rotation: int
    glyphs: list[Glyph]


def pdfium_glyphs(path: Path, numbers: Iterable[int]) -> dict[int, GlyphPage]:
    """PDFium's glyphs on the pages `numbers` (1-based): every character the content streams
    draw that is not blank, with its **loose** box in user space (FPDFText_GetLooseCharBox).

    The loose box spans the glyph's advance width along the text and the font's ascent to
    descent across it (for text turned or skewed by its matrix, the box around that cell): the
    cell in which the glyph sits. That is the measure the layout check needs: the renderer's
    boxes are unions of such cells (ingest's character boxes), poppler's words are built from
    them, so "half a glyph's width under a box" means half its cell. The tight box
    (FPDFText_GetCharBox, the outline's extent) depends on the glyph's shape instead: a "." is
    a point wide, a space has none, an italic "f" reaches into its neighbour's cell.

    Characters PDFium makes up itself (the spaces and line ends of its text order,
    FPDFText_IsGenerated) are left out: they are not drawn. PDFium may list the glyphs of a line
    in its reading order rather than the stream's (the check sorts them along the word).
    tests/unit/test_dependency_pdfium.py holds PDFium to all this. It replaced pdfminer.six
    without layout analysis here: the same cells, read in C (~8 ms a page against ~27 ms)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    wanted = sorted(set(numbers))
    out: dict[int, GlyphPage] = {}
    if not wanted:
        return out
    unicode_of, generated, loose = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated, raw.FPDFText_GetLooseCharBox
    rect = raw.FS_RECTF()
    doc = pdfium.PdfDocument(str(path))
    try:
        for number in wanted:
            if not 0 < number <= len(doc):
                continue
            page = doc[number - 1]
            textpage = page.get_textpage()
            glyphs: list[Glyph] = []
            for k in range(raw.FPDFText_CountChars(textpage)):
                code = unicode_of(textpage, k)
                text = chr(code) if code < 0x110000 else "\ufffd"
                if generated(textpage, k) == 1 or not text.strip() or not loose(textpage, k, rect):
                    continue
                glyphs.append(((rect.left, rect.bottom, rect.right, rect.top), text))
            out[number] = GlyphPage(tuple(page.get_bbox()), page.get_rotation() % 360, glyphs)
            textpage.close()
            page.close()
    finally:
        doc.close()
    return out


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
