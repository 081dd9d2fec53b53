"""The small parts of reading scans: ground codes as OCR reads them, OCR's near-misses in the layer
comparison, the slant of a skewed page."""

from __future__ import annotations

import numpy as np
import pytest

from redact.ingest.earlier import EarlierRedaction, _code, summary
from redact.ingest.layer import _near
from redact.ingest.ocr import _prepared, skew_angle


@pytest.mark.parametrize("read, code", [("5.1.2e", "5.1.2e"), ("5,1.2e", "5.1.2e"), ("5.1.2.e", "5.1.2e"),
                                        ("5.1 .1c", "5.1.1c"), ("10.2e", "10.2e"), ("5.2", "5.2"),
                                        ("gelakt 11.1", "11.1"), ("EE", None), ("2024", None)])
def test_ground_codes_as_ocr_reads_them(read, code):
    assert _code(read)[0] == code


def test_the_inventory_counts_codes_and_boxes_without_one():
    found = [EarlierRedaction((0, 0, 1, 1), g) for g in ("5.1.2e", None, "5.1.2e", "5.1.1e")]
    assert summary(found) == "5.1.1e (1x), 5.1.2e (2x), zonder leesbare grond (1x)"


def test_near_words_allow_one_slip_in_longer_words_only():
    assert _near("vergunningen", "vergunnlngen") and _near("subsidieaanvraag", "subsidieaanvraa")
    assert not _near("of", "af") and not _near("college", "colleges2")


def test_skew_of_a_turned_page_is_measured():
    import cv2

    img = np.full((800, 1000), 255, np.uint8)
    for y in range(100, 700, 40):
        cv2.rectangle(img, (100, y), (900, y + 12), 0, -1)  # text lines as bars
    turn = cv2.getRotationMatrix2D((500, 400), 3.0, 1.0)
    skewed = cv2.warpAffine(img, turn, (1000, 800), borderValue=255)
    assert abs(abs(skew_angle(skewed)) - 3.0) < 0.5
    assert abs(skew_angle(img)) < 0.3
    upright, back = _prepared(skewed, "deskew")
    assert abs(skew_angle(upright)) < 0.5 and back is not None  # turned the right way
