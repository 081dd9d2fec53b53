"""VWS's grey earlier boxes on a scan (issue 19, sixth session): no print to read.

A ZyLAB release redacts with grey boxes (grey 107) holding a white `5.1.2e`; a mail header of
such a release is a cluster of them, touching each other and the '<' and '>' around them. The ink
check (ingest/ocr.py ink_map) counted them as print that OCR must read, and withheld such pages
(173786.pdf page 1: 27 % of the ink read, the rest grey boxes).
"""

from __future__ import annotations

import pymupdf

from redact.ingest.ocr import OcrWord, ink_map, ink_read

GREY = (107 / 255,) * 3


def _header_scan() -> tuple[pymupdf.Document, list[OcrWord]]:
    """Four lines of print and under them thirty rows of grey boxes with white labels, touching,
    a domain after each box on every sixth row, rasterised at 300 dpi; and the words OCR reads: the print and the
    domains (a box's label is read as nothing, or as noise, by Tesseract)."""
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    words = []
    for i, line in enumerate(["Van: Directie Informatiebeleid", "Verzonden: maandag 14 september 2020",
                              "Onderwerp: aanwijzing leerlingenvervoer", "Bijgevoegd de ondertekende aanwijzing"]):
        page.insert_text((72, 100 + 16 * i), line, fontsize=11, fontname="helv")
    for row in range(30):
        y, x = 200 + 15 * row, 72.0
        while x < 500:
            width = 30 + (row * 7 + int(x)) % 40
            page.draw_rect(pymupdf.Rect(x, y - 10, x + width, y + 2), color=None, fill=GREY)
            page.insert_text((x + 4, y - 1), "5.1.2e", fontsize=7, fontname="helv", color=(1, 1, 1))
            x += width
            if row % 6 == 0:
                page.insert_text((x + 1, y), "@minvws.nl>;", fontsize=9, fontname="helv")
                x += 60
    for block in page.get_text("words"):
        if block[4] != "5.1.2e":
            words.append(OcrWord(block[4], tuple(block[:4]), 95.0, (0, 1, 1, 1)))
    pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    scan = doc.new_page(width=595, height=842)
    scan.insert_image(scan.rect, pixmap=pix)
    return doc, words


def test_grey_earlier_boxes_are_no_unread_print():
    doc, words = _header_scan()
    page = doc[0]
    assert ink_read(ink_map(page, page.rect), words) >= 0.9  # before: 0.23, below min_ink_read (0.3): withheld


def test_print_on_a_page_with_grey_boxes_still_counts():
    # The same page with OCR reading only the first line: the rest of its print is unread (0.14).
    doc, words = _header_scan()
    page = doc[0]
    assert ink_read(ink_map(page, page.rect), [w for w in words if w.box[1] < 105]) < 0.5


def test_an_earlier_boxs_label_before_a_domain_is_no_address():
    # 173786 and 202514: OCR reads a grey box with its label and the visible domain after it as
    # "5.1.2e @minocw.nl"; the OCR-tolerant e-mail shape took it for an address (collateral: the
    # domain the ministry left visible, 12 times on 173786), and the output check's OCR then read
    # the same label and domain by another box and withheld 202514. A real address is still found.
    from redact.detect.ocr_numbers import OcrNumberRecognizer
    from redact.rules import load_rules

    email = next(OcrNumberRecognizer(s) for s in load_rules().recognizers
                 if s.kind == "ocr_numbers" and s.options["shape"] == "email")
    text = "Aan: 5.1.2e @minocw.nl>; 5,1.2e @ minvws.nl; j.jansen @minvws.nl"
    assert [text[r.start:r.end] for r in email.ocr_pass(text)] == ["j.jansen @minvws.nl"]
