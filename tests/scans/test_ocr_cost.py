"""What the OCR of a scanned page costs is decided by how much is read, not by what it finds:
these tests pin the layers of work removed (bench/bench_ocr.py measures the seconds), without
timing anything."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pymupdf

from redact.ingest.ocr import MIN_DPI, OCR_DPI, reading_dpi
from redact.ingest.pdf import read_pdf
from tests.images.helpers import picture_page

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("samples_drawings", REPO / "samples" / "drawings.py")
drawings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(drawings)

LINES = ("Gemeente Zuidhaven, afdeling Burgerzaken", "Kopie van het identiteitsbewijs bij de aanvraag.",
         "Het college besluit de aanvraag toe te kennen.")


def _letter(card: bool = False) -> pymupdf.Document:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i, line in enumerate(LINES):
        page.insert_text((72, 110 + i * 22), line, fontsize=11)
    if card:
        page.insert_image(pymupdf.Rect(72, 200, 315, 353), stream=drawings.id_card())
    return doc


def _scan(dpi: int, strip_px: int | None = None, card: bool = False) -> pymupdf.Document:
    """The letter as a grey scan at `dpi`: one page-filling image, or page-wide strips of
    `strip_px` pixel rows (as ZyLAB stores a scanned page)."""
    pix = _letter(card)[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    out = pymupdf.open()
    page = out.new_page(width=595, height=842)
    if strip_px is None:
        page.insert_image(page.rect, pixmap=pix)
        return out
    scale = 72.0 / dpi
    for top in range(0, pix.height, strip_px):
        rows = min(strip_px, pix.height - top)
        strip = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, pix.width, rows), False)
        pix.set_origin(0, -top)
        strip.copy(pix, strip.irect)
        page.insert_image(pymupdf.Rect(0, top * scale, 595, (top + rows) * scale), pixmap=strip)
    return out


def test_a_scan_is_read_at_its_own_resolution_between_the_limits():
    assert reading_dpi(_scan(200)[0], pymupdf.Rect(0, 0, 595, 842)) == 200
    assert reading_dpi(_scan(240, strip_px=256)[0], pymupdf.Rect(0, 0, 595, 842)) == 240
    assert reading_dpi(_scan(300)[0], pymupdf.Rect(0, 0, 595, 842)) == OCR_DPI
    assert reading_dpi(_scan(600)[0], pymupdf.Rect(0, 0, 595, 842)) == OCR_DPI  # finer: not more pixels than OCR_DPI
    assert reading_dpi(_scan(120)[0], pymupdf.Rect(0, 0, 595, 842)) == MIN_DPI  # coarser: small print needs MIN_DPI


def test_an_area_not_all_image_is_read_at_ocr_dpi():
    text = _letter()
    assert reading_dpi(text[0], text[0].rect) == OCR_DPI  # text or vector paths: no image resolution to follow
    half = pymupdf.open()
    page = half.new_page(width=595, height=842)
    page.insert_text((72, 600), "Tekst naast de afbeelding", fontsize=11)
    page.insert_image(pymupdf.Rect(0, 0, 595, 421), pixmap=_letter()[0].get_pixmap(dpi=200, clip=(0, 0, 595, 421)))
    assert reading_dpi(page, page.rect) == OCR_DPI
    assert reading_dpi(page, pymupdf.Rect(0, 0, 595, 421)) == 200  # the image's own area


def test_a_200_dpi_scan_reads_the_same_words_as_before(tmp_path):
    path = tmp_path / "scan.pdf"
    _scan(200).save(path)
    page = read_pdf(path, path.name).pages[0]
    assert page.source == "ocr" and not page.needs_review
    for line in LINES:
        assert line in page.text


def test_a_strip_scan_is_one_scanned_page_for_the_image_stage(tmp_path, rules, monkeypatch):
    """A scan stored as page-wide strips: its ID card is found in the page's OCR text, as on a
    page-filling scan, and the strips are not each read with Tesseract for an MRZ (14 calls a
    page on a ZyLAB release)."""
    import redact.images as images

    calls = []
    real = images.read_image_text
    monkeypatch.setattr(images, "read_image_text", lambda image: calls.append(image.shape) or real(image))
    path = tmp_path / "strips.pdf"
    _scan(300, strip_px=256, card=True).save(path)
    with pymupdf.open(path) as doc:
        assert len(doc[0].get_images()) == 14
    document = read_pdf(path, path.name, ocr=rules.policy.ocr)
    decisions = images.image_decisions(document, (), rules)
    assert calls == []
    found = [d for d in decisions if d.finding.entity_type == images.ID_DOCUMENT]
    assert len(found) == 1
    x0, y0, x1, y1 = found[0].finding.area
    assert x0 <= 80 and y0 <= 210 and x1 >= 270 and y1 >= 340  # the card (72-315 x 200-353 pt), from its MRZ up


def test_a_picture_on_a_scan_is_still_read_for_an_mrz(tmp_path, rules, monkeypatch):
    """An image that is not a page-wide strip (a pasted card on a text page) is read as before."""
    import redact.images as images

    calls = []
    real = images.read_image_text
    monkeypatch.setattr(images, "read_image_text", lambda image: calls.append(image.shape) or real(image))
    path = tmp_path / "card.pdf"
    path.write_bytes(picture_page((drawings.id_card(), pymupdf.Rect(300, 400, 543, 553))))
    document = read_pdf(path, path.name, ocr=rules.policy.ocr)
    decisions = images.image_decisions(document, (), rules)
    assert len(calls) == 1
    assert any(d.finding.entity_type == images.ID_DOCUMENT for d in decisions)


def _tesseract_calls(monkeypatch) -> list[dict]:
    """Every Tesseract run from now on: its arguments and environment (the run itself goes on)."""
    import subprocess

    calls, real = [], subprocess.run

    def spy(args, *rest, **kwargs):
        if args and args[0] == "tesseract":
            calls.append({"args": list(args), "env": kwargs.get("env"), "stdin": kwargs.get("input") is not None})
        return real(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "run", spy)
    return calls


def test_ground_codes_and_mrz_are_read_with_one_thread_from_a_file(tmp_path, monkeypatch):
    """Tesseract without OMP_THREAD_LIMIT=1 spends several times the CPU on OpenMP threads for the
    same reading (the MRZ reads of the id card and a photo: 6.97 CPU-s instead of 0.71), and stdin
    costs a read byte by byte: the earlier boxes' labels and the MRZ go the way of every other OCR of a page."""
    import cv2
    import numpy as np

    from redact.images.mrz import has_mrz, read_image_text
    from redact.ingest.earlier import find_earlier_redactions

    from .build import earlier_boxes

    calls = _tesseract_calls(monkeypatch)
    doc = pymupdf.open(earlier_boxes(tmp_path / "eerder.pdf"))
    found = find_earlier_redactions(doc[0])
    assert sum(e.ground == "5.1.2e" for e in found) == 4  # the same reading as before
    card = cv2.imdecode(np.frombuffer(drawings.id_card(), np.uint8), cv2.IMREAD_GRAYSCALE)
    assert has_mrz(read_image_text(card))
    assert len(calls) >= 2
    for call in calls:
        assert call["env"] is not None and call["env"].get("OMP_THREAD_LIMIT") == "1"
        assert not call["stdin"] and call["args"][1] != "stdin"
