"""Earlier redactions in grey (ZyLAB's boxes in VWS releases are about grey 107): found only when
policy.yaml's `ocr: earlier_max_grey` admits their grey, and the setting is read from the rules."""

from __future__ import annotations

import pymupdf

from redact.ingest.earlier import dark_boxes


def _page_with_box(grey: int) -> pymupdf.Document:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "Van: de afdeling Communicatie", fontsize=11)
    level = grey / 255
    page.draw_rect(pymupdf.Rect(72, 120, 200, 136), color=None, fill=(level, level, level))
    page.insert_text((110, 132), "5.1.2e", fontsize=9, color=(1, 1, 1))
    return doc


def test_a_grey_box_needs_a_higher_grey_limit():
    with _page_with_box(107) as doc:
        assert dark_boxes(doc[0]) == []  # the default (80): black boxes only
        found = dark_boxes(doc[0], max_grey=120)
    assert len(found) == 1
    x0, y0, x1, y1 = found[0]
    assert abs(x0 - 72) < 3 and abs(y0 - 120) < 3 and abs(x1 - 200) < 3 and abs(y1 - 136) < 3


def test_a_black_box_is_found_with_the_default():
    with _page_with_box(0) as doc:
        assert len(dark_boxes(doc[0])) == 1


def test_the_limit_comes_from_the_policy(rules):
    assert rules.policy.ocr.earlier_max_grey == 80
