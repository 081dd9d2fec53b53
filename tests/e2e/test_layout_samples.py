"""On every PDF in samples/ the redacted output keeps the source's layout: 0 words moved or
covered (issue 12). publish() runs the same check and would withhold a failure; this test
runs it explicitly, so a regression names the file and the places."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from redact.model import Status
from redact.verify.layout import misplaced_words, source_words

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "documents"
PDFS = sorted(SAMPLES.glob("*.pdf"))


def test_the_samples_are_there():
    assert len(PDFS) >= 14  # an empty glob would skip the test below without failing


@pytest.mark.parametrize("source", PDFS, ids=lambda p: p.stem)
def test_sample_output_keeps_every_word_in_place(pipeline, source, tmp_path):
    analysis = pipeline.analyse(source, source.name)
    result = pipeline.publish(analysis.document, analysis.decisions, tmp_path)
    assert result.status in (Status.OK, Status.NEEDS_REVIEW), result.error
    output = tmp_path / result.output
    sizes = [(float(p.mediabox.width), float(p.mediabox.height), int(p.rotation or 0))
             for p in pypdf.PdfReader(output).pages]
    moved = misplaced_words(source, output, result.redactions, sizes)
    assert moved == [], [(m.where, m.how) for m in moved]
    if any(p.source == "pdf" for p in analysis.document.pages):  # scans have no words to compare
        assert sum(map(len, source_words(source))) > 50
