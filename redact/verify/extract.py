"""Independent text extractors (none is PyMuPDF, which wrote the file).

Three engines that read fonts differently: pdfminer.six falls back on a font's own cmap where
the ToUnicode map is missing (and reads a name that the others see as gibberish), poppler
and pypdf do not.
"""

from __future__ import annotations

import ctypes
import io
import logging
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
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


Box = tuple[float, float, float, float]  # x0, y0, x1, y1
Glyph = tuple[Box, str]  # its box as the page is displayed (points, origin top-left of the crop box), its text


def _to_display(x: float, y: float, box: Box, rotation: int) -> tuple[float, float]:
    """A point in user space as the page is displayed, origin top-left of `box` (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    if rotation == 0:
        return x - x0, y1 - y
    return {90: (y - y0, x - x0), 180: (x1 - x, y - y0), 270: (y1 - y, x1 - x)}[rotation]


def _from_display(dx: float, dy: float, box: Box, rotation: int) -> tuple[float, float]:
    x0, y0, x1, y1 = box
    return {0: (dx + x0, y1 - dy), 90: (dy + x0, dx + y0), 180: (x1 - dx, dy + y0), 270: (x1 - dy, y1 - dx)}[rotation]


def _span(a: tuple[float, float], b: tuple[float, float]) -> Box:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])


INKLESS = 0.05  # points: a glyph whose tight box is thinner than this either way draws nothing


def pdfium_glyphs(path: Path, near: dict[int, list[Box]], reach: float) -> dict[int, list[Glyph]]:
    """PDFium's glyphs around the boxes `near` (per page, 1-based; as the page is displayed,
    origin top-left of the crop box, which is how poppler gives its words): every character the
    content streams draw that is not blank and whose box's centre lies within `reach` points of
    one of the page's boxes, with its **loose** box (FPDFText_GetLooseCharBox) in that space.
    The rest of the page is not looked at (most of its characters, and most of the time).

    The loose box spans the glyph's advance width along the text and the font's ascent to
    descent across it (for text turned or skewed by its matrix, the box around that cell): the
    cell in which the glyph sits. That is the measure the layout check needs: the renderer's
    boxes are unions of such cells (ingest's character boxes), poppler's words are built from
    them, so "half a glyph's width under a box" means half its cell. The tight box
    (FPDFText_GetCharBox, the outline's extent) depends on the glyph's shape instead: a "." is
    a point wide, a space has none, an italic "f" reaches into its neighbour's cell.

    Placed as displayed through the crop box clipped to the media box (FPDF_GetPageBoundingBox,
    as poppler's -cropbox shows the page) and /Rotate. Characters PDFium makes up itself (the
    spaces and line ends of its text order, FPDFText_IsGenerated) are left out: they are not
    drawn. PDFium may list the glyphs of a line in its reading order rather than the stream's
    (the check sorts them along the word). tests/unit/test_dependency_pdfium.py holds PDFium to
    all this. It replaced pdfminer.six without layout analysis here: the same cells, in C."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    out: dict[int, list[Glyph]] = {}
    if not near:
        return out
    unicode_of, generated, tight = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated, raw.FPDFText_GetCharBox
    loose = _unconverted(raw.FPDFText_GetLooseCharBox)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    doc = pdfium.PdfDocument(str(path))
    try:
        for number in sorted(near):
            if not 0 < number <= len(doc):
                continue
            page = doc[number - 1]
            frame, rotation = tuple(page.get_bbox()), page.get_rotation() % 360
            areas = [_span(_from_display(x0 - reach, y0 - reach, frame, rotation),
                           _from_display(x1 + reach, y1 + reach, frame, rotation)) for x0, y0, x1, y1 in near[number]]
            textpage = page.get_textpage()
            handle = textpage.raw  # the bare pointer: the wrapper converts itself on every call
            cells = _loose_boxes(loose, handle, raw.FPDFText_CountChars(handle))
            glyphs: list[Glyph] = []
            for k in _centred_in(cells, areas):
                x0, y1, x1, y0 = (float(v) for v in cells[k])  # FS_RECTF: left, top, right, bottom
                code = unicode_of(handle, k)
                text = chr(code) if code < 0x110000 else "\ufffd"
                if generated(handle, k) == 1 or not text.strip():
                    continue
                # A glyph without ink (a space whose code maps to no Unicode, as in a font without
                # ToUnicode: PDFium gives its code, pdfminer.six read " "): nothing to cover or move.
                # A printable character is kept whatever its outline: the letters of a scan's
                # invisible OCR layer (ZyLAB's InvisibleMonospacePdf) have flat outlines too.
                if not text.isprintable() and (not tight(handle, k, left, right, bottom, top) or
                                               min(right.value - left.value, top.value - bottom.value) < INKLESS):
                    continue
                glyphs.append((_span(_to_display(x0, y1, frame, rotation), _to_display(x1, y0, frame, rotation)), text))
            out[number] = glyphs
            textpage.close()
            page.close()
    finally:
        doc.close()
    return out


def _unconverted(function):
    """A PDFium function called with plain addresses (ctypes converts no argument): a page's
    loose boxes are one call per character."""
    prototype = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
    return prototype(ctypes.cast(function, ctypes.c_void_p).value)


def _loose_boxes(loose, handle, count: int) -> np.ndarray:
    """Every character's loose box (FPDFText_GetLooseCharBox), written by PDFium straight into
    row k of a (count, 4) array of single-precision floats (an FS_RECTF: left, top, right,
    bottom); a row PDFium gives no box for is NaN. (`count` is -1 for a page PDFium cannot read.)"""
    cells = np.full((max(count, 0), 4), np.nan, dtype=np.float32)
    if count > 0:
        page, base, size = ctypes.cast(handle, ctypes.c_void_p).value, cells.ctypes.data, cells.strides[0]
        for k in [k for k in range(count) if not loose(page, k, base + k * size)]:
            cells[k] = np.nan  # no box: PDFium may have written part of one
    return cells


def _centred_in(cells: np.ndarray, areas: list[Box]) -> list[int]:
    """The characters (ascending) whose loose box's centre lies in one of `areas` (x0, y0, x1,
    y1, PDF user space), computed in double precision from the single-precision boxes exactly as
    Python floats would be; a NaN box lies nowhere."""
    if not areas or not len(cells):
        return []
    wide = cells.astype(np.float64)
    mx, my = (wide[:, 0] + wide[:, 2]) / 2, (wide[:, 3] + wide[:, 1]) / 2
    a = np.asarray(areas, dtype=np.float64)
    inside = ((a[:, 1] <= my[:, None]) & (my[:, None] <= a[:, 3]) &
              (a[:, 0] <= mx[:, None]) & (mx[:, None] <= a[:, 2])).any(axis=1)
    return np.flatnonzero(inside).tolist()


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
