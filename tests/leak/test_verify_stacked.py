"""The output check's OCR reads the images of a page as one stacked image (verify/ocr.py `stacked`):
Tesseract starts once a page, not once an image, and still reads every image (a ZyLAB scan
stores its page as strips; a value left in any strip must be read)."""

from __future__ import annotations

import pymupdf
import pytest

from redact.ingest.ocr import tesseract_problem
from redact.verify import ocr as verify_ocr
from redact.verify.ocr import GAP_PX, as_grey, ocr_page_images, ocr_page_text, stacked

VALUE = "p.vandenberg@kpnmail.nl"
LINES = [f"Regel {i}: het college heeft besloten de aanvraag toe te kennen" for i in range(30)]
LINES[24] = f"Contact: {VALUE}, graag voor vrijdag"


def _pnm(width: int, height: int, n: int = 1, level: int = 0) -> bytes:
    pix = pymupdf.Pixmap(pymupdf.csGRAY if n == 1 else pymupdf.csRGB, pymupdf.IRect(0, 0, width, height), False)
    pix.clear_with(level)
    return pix.tobytes("pnm")


def test_images_of_one_resolution_become_one_image():
    out = stacked([(300, _pnm(100, 20)), (300, _pnm(80, 30)), (200, _pnm(50, 10))])
    assert [dpi for dpi, _ in out] == [300, 200]
    first = pymupdf.Pixmap(out[0][1])
    assert (first.width, first.height, first.n) == (100, 20 + GAP_PX + 30, 1)
    assert first.pixel(0, 0) == (0,) and first.pixel(0, 20 + GAP_PX // 2) == (255,)  # white between them
    assert first.pixel(90, 20 + GAP_PX + 1) == (255,)  # the narrower image padded with white


def test_colour_stays_colour_and_grey_beside_it_becomes_rgb():
    (dpi, data), = stacked([(300, _pnm(10, 4, n=3, level=80)), (300, _pnm(10, 4, level=0))])
    pix = pymupdf.Pixmap(data)
    assert pix.n == 3 and pix.pixel(0, 0) == (80, 80, 80) and pix.pixel(0, 4 + GAP_PX) == (0, 0, 0)


def test_a_stack_never_exceeds_its_pixel_limit(monkeypatch):
    monkeypatch.setattr(verify_ocr, "MAX_STACK_PX", 100 * 70)
    out = stacked([(300, _pnm(100, 20)) for _ in range(5)])
    assert [pymupdf.Pixmap(data).height for _, data in out] == [20 + GAP_PX + 20, 20 + GAP_PX + 20, 20]


@pytest.mark.skipif(bool(tesseract_problem()), reason="Tesseract missing")
def test_a_page_of_strips_is_read_with_one_tesseract_call(tmp_path, monkeypatch):
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    for i, line in enumerate(LINES):
        page.insert_text((60, 60 + 24 * i), line, fontsize=10.5)
    pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    scan = doc.new_page(width=595, height=842)
    for top in range(0, pix.height, 256):  # strips of 256 pixel rows, as ZyLAB stores a scan
        rows = min(256, pix.height - top)
        strip = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, pix.width, rows), False)
        pix.set_origin(0, -top)
        strip.copy(pix, strip.irect)
        scan.insert_image(pymupdf.Rect(0, top * 72 / 300, 595, (top + rows) * 72 / 300), pixmap=strip)
    path = tmp_path / "strips.pdf"
    doc.save(path)
    calls = []
    real = verify_ocr._tesseract
    monkeypatch.setattr(verify_ocr, "_tesseract", lambda png, dpi: calls.append(dpi) or real(png, dpi))
    text = ocr_page_images(path, 1)
    assert calls == [300]
    assert VALUE in text.replace(" ", "")
    assert "Regel 1:" in text and "Regel 29:" in text
    calls.clear()
    text = ocr_page_images(path, 1, rows=[(60 + 24 * 24 - 14, 60 + 24 * 24 + 6)])  # the value's line only
    assert calls == [300] and VALUE in text.replace(" ", "")


def test_a_colour_image_of_equal_channels_is_read_as_grey():
    grey = pymupdf.Pixmap(as_grey(_pnm(10, 4, n=3, level=80)))
    assert (grey.n, grey.width, grey.height, grey.pixel(3, 2)) == (1, 10, 4, (80,))
    tinted = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 10, 4), False)
    tinted.clear_with(80)
    tinted.set_pixel(3, 2, (80, 81, 80))
    assert as_grey(tinted.tobytes("pnm")) == tinted.tobytes("pnm")  # one pixel of colour: kept as it is


@pytest.mark.skipif(bool(tesseract_problem()), reason="Tesseract missing")
def test_a_grey_scan_poppler_writes_as_rgb_reaches_tesseract_as_grey(tmp_path, monkeypatch):
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    page.insert_text((60, 100), LINES[24], fontsize=10.5)
    doc = pymupdf.open()
    doc.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842),
                                                     pixmap=page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY))
    path = tmp_path / "scan.pdf"
    doc.save(path)  # PyMuPDF stores the grey pixmap with an ICC profile: pdfimages writes it as PPM
    seen = []
    real = verify_ocr._tesseract
    monkeypatch.setattr(verify_ocr, "_tesseract", lambda png, dpi: seen.append(png[:2]) or real(png, dpi))
    text = ocr_page_images(path, 1)
    assert seen == [b"P5"] and VALUE in text.replace(" ", "")


@pytest.mark.skipif(bool(tesseract_problem()), reason="Tesseract missing")
def test_a_rendered_band_reaches_tesseract_as_grey_netpbm(tmp_path, monkeypatch):
    doc = pymupdf.open()
    doc.new_page(width=595, height=842).insert_text((60, 100), LINES[24], fontsize=10.5)
    path = tmp_path / "text.pdf"
    doc.save(path)
    seen = []
    real = verify_ocr._tesseract
    monkeypatch.setattr(verify_ocr, "_tesseract", lambda png, dpi: seen.append(png[:2]) or real(png, dpi))
    text = ocr_page_text(path, 1, clip=(0, 80, 595, 110))
    assert seen == [b"P5"] and VALUE in text.replace(" ", "")
