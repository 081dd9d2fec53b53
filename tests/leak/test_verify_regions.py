"""The output check's OCR in `regions` mode (policy.yaml verify_ocr): the bands around the boxes are
always read, the rest of the page only in a seeded sample; `full` reads every image whole. What the
region mode gives up is a redacted value left in the image far from every box (docs/security.md)."""

from __future__ import annotations

import pymupdf
import pypdf
import pytest

from redact.ingest.ocr import tesseract_problem
from redact.model import Redaction
from redact.rules import VerifyOcr
from redact.verify.check import _ocr_problems
from redact.verify.ocr import sample_rows
from redact.verify.values import PlainValues

VALUE = "p.vandenberg@kpnmail.nl"
WORDS = "het college heeft besloten de aanvraag gedeeltelijk toe te kennen omdat de buren bezwaar".split()
REGIONS = VerifyOcr(mode="regions", margin_lines=2, sample_share=0.25, sample_strip=36)


def line_y(i: int) -> float:
    return 60 + 18.5 * i


def test_sample_holds_the_bands_and_is_seeded():
    boxes = [(60.0, 100.0, 200.0, 110.0)]
    a = sample_rows(boxes, 842, 2, 0.25, 36, "one")
    assert any(y0 <= 80 and 130 <= y1 for y0, y1 in a)  # the band: two box heights either side
    assert a == sample_rows(boxes, 842, 2, 0.25, 36, "one")
    assert any(sample_rows(boxes, 842, 2, 0.25, 36, f"s{k}") != a for k in range(5))
    covered = sum(y1 - y0 for y0, y1 in a)
    assert 0.2 * 842 < covered < 0.45 * 842  # the band plus about a quarter of the rest
    assert sample_rows(boxes, 842, 2, 0.0, 36, "one") == [(80.0, 130.0)]


@pytest.fixture(scope="module")
def twice(tmp_path_factory):
    """A dense scanned page with the value on line 4 (boxed, pixels removed) and on line 36 (left)."""
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    for i in range(40):
        line = f"Contact: {VALUE}, graag voor vrijdag" if i in (3, 35) else " ".join(WORDS[i % 5:] + WORDS[:i % 5])
        page.insert_text((60, line_y(i)), line, fontsize=10.5)
    hit = page.search_for(VALUE)[0]
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    scan = doc.new_page(width=595, height=842)
    scan.insert_image(scan.rect, pixmap=pix)
    scan.add_redact_annot(hit + (-1, -1, 1, 1), fill=(0, 0, 0))
    scan.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)
    path = tmp_path_factory.mktemp("regions") / "twice.pdf"
    doc.save(path)
    log = (Redaction(page=1, start=0, end=len(VALUE), entity_type="EMAIL_ADDRESS", ground="5.1.2e",
                     detector="email", score=1.0, boxes=(tuple(hit),)),)
    return path, log, tuple(hit)


def _seed(box, sampled: bool) -> str:
    """A seed whose sample does (or does not) draw the strip of line 36."""
    y = line_y(35)
    for k in range(200):
        rows = sample_rows([box], 842, REGIONS.margin_lines, REGIONS.sample_share, REGIONS.sample_strip, f"k{k}:1")
        if any(y0 <= y - 8 and y + 2 <= y1 for y0, y1 in rows) == sampled:
            return f"k{k}"
    raise AssertionError("no such seed")


@pytest.mark.skipif(tesseract_problem() is not None, reason="Tesseract with Dutch data needed")
def test_full_reads_the_whole_image_regions_only_the_bands_and_the_sample(twice):
    path, log, box = twice
    reader, values = pypdf.PdfReader(path), PlainValues([VALUE])
    assert _ocr_problems(path, reader, 1, values, log, False, [], None)  # full: the copy on line 36 is read
    assert _ocr_problems(path, reader, 1, values, log, False, [], REGIONS, _seed(box, sampled=True))
    # The loss of the region mode: a copy outside every band and outside the sample is not read.
    assert not _ocr_problems(path, reader, 1, values, log, False, [], REGIONS, _seed(box, sampled=False))


@pytest.mark.skipif(tesseract_problem() is not None, reason="Tesseract with Dutch data needed")
def test_regions_read_pixels_left_under_a_box(twice, tmp_path):
    """A box drawn over pixels that were not removed: the band around it is always read."""
    path, log, box = twice
    doc = pymupdf.open(path)
    page = doc[0]
    # Put the first line back as it was: the value's pixels, with a black rectangle drawn over them.
    src = pymupdf.open()
    p = src.new_page(width=595, height=842)
    p.insert_text((60, line_y(3)), f"Contact: {VALUE}, graag voor vrijdag", fontsize=10.5)
    page.insert_image(pymupdf.Rect(0, line_y(3) - 14, 595, line_y(3) + 6),
                      pixmap=p.get_pixmap(dpi=200, clip=pymupdf.Rect(0, line_y(3) - 14, 595, line_y(3) + 6),
                                          colorspace=pymupdf.csGRAY))
    page.draw_rect(pymupdf.Rect(box), color=(0, 0, 0), fill=(0, 0, 0))
    broken = tmp_path / "overlay.pdf"
    doc.save(broken)
    reader, values = pypdf.PdfReader(broken), PlainValues([VALUE])
    problems = _ocr_problems(broken, reader, 1, values, log, False, [], REGIONS, _seed(box, sampled=False))
    assert problems and "volgens OCR" in problems[0]
