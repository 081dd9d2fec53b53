"""End to end: a scanned letter whose numbers OCR reads with errors keeps no readable number
(tests/leak/scanletter.py; the tolerant matching is redact/detect/ocr_numbers.py)."""

from __future__ import annotations

import re
import subprocess

import pytest

from redact.ingest.ocr import tesseract_problem

from .scanletter import EMAIL, NUMBERS, build

pytestmark = pytest.mark.skipif(tesseract_problem() is not None, reason="Tesseract with Dutch data needed")

# Read the output's OCR as a reader would: confusions folded back into digits.
FOLD = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "Z": "2"})


@pytest.fixture(scope="module")
def letter(tmp_path_factory, leak_pipeline):
    folder = tmp_path_factory.mktemp("scanletter")
    src = build(folder / "scanbrief.pdf")
    out = folder / "out"
    analysis = leak_pipeline.analyse(src, src.name)
    result = leak_pipeline.process(src, src.name, out)
    return analysis, result, out / src.name


def test_the_ocr_misreads_are_found_by_the_tolerant_rules(letter):
    analysis, _, _ = letter
    ibans = [f for f in analysis.findings if f.entity_type == "IBAN"]
    # Both account numbers: the O's drawn in the image are read as O (no strict IBAN rule takes them).
    assert any(f.detector == "ocr_iban" and "O" in f.text for f in ibans), [(f.text, f.detector) for f in ibans]
    assert len({f.start for f in ibans}) == 2


def test_published_and_no_number_readable_in_the_scan(letter):
    _, result, output = letter
    assert result.status.value == "verwerkt", result.error
    png = subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(output)], capture_output=True,
                         check=True).stdout
    text = subprocess.run(["tesseract", "stdin", "stdout", "-l", "nld"], input=png, capture_output=True,
                          check=True).stdout.decode()
    digits = re.sub(r"[\s.\-]", "", text.translate(FOLD))
    for number in NUMBERS:
        assert number not in digits
    assert EMAIL not in text.replace(" ", "")
    assert "Belastingen" in text and "412,50" in text  # the letter itself is still there
