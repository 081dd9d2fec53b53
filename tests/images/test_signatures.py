"""Signed letters through the real pipeline: the signature area black with its label, the printed name
redacted, the pixels and pen strokes gone from the file; a minister's signed Kamerbrief keeps both."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.model import Status
from redact.verify.images import image_area_problems

from .helpers import CIVIL_SERVANT, MINISTER, letter, region, rendered, words_in

OUT_DPI = 100


def _run(pipeline, tmp_path: Path, data: bytes, name: str = "brief.pdf"):
    src = tmp_path / "src" / name
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_bytes(data)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    analysis = pipeline.analyse(src, name)
    result = pipeline.publish(analysis.document, analysis.decisions, out)
    return src, out / name, analysis, result


def _signature(result):
    return [r for r in result.redactions if r.entity_type == "SIGNATURE"]


@pytest.mark.parametrize("kind,scan", [("image", False), ("strokes", False), ("strokes", True)],
                         ids=["embedded-image", "vector-strokes", "scanned"])
def test_civil_servants_signature_is_black_with_its_label_and_the_name_too(pipeline, tmp_path, kind, scan):
    data, drawn = letter(CIVIL_SERVANT, kind, scan=scan)
    src, output, analysis, result = _run(pipeline, tmp_path, data)
    assert result.status is Status.OK, result.error
    signatures = _signature(result)
    assert len(signatures) == 1 and signatures[0].ground == "5.1.2e"
    box = pymupdf.Rect(signatures[0].boxes[0])
    assert box.intersects(drawn)

    image, scale = rendered(output, OUT_DPI)
    # No ink is left around the box where the signature was drawn: only white paper.
    around = image.copy()
    for b in (b for r in result.redactions for b in r.boxes):  # the name's box below it is black too
        around[max(0, int(b[1] * scale) - 2):int(b[3] * scale) + 3, max(0, int(b[0] * scale) - 2):int(b[2] * scale) + 3] = 255
    assert (region(around, scale, drawn, inset=0) < 200).sum() == 0, "signature ink visible beside the box"
    area = region(image, scale, box)
    assert (area < 60).mean() > 0.7, "signature area not black in the rendered page"
    assert words_in(output, box) == "5.1.2e"  # the label, as text, inside the box
    before = region(rendered(src, OUT_DPI)[0], scale, drawn)
    assert (before < 128).mean() > 0.01  # there was ink to remove
    # The printed name under it is redacted too, and nothing of it can be read back.
    assert any(r.entity_type == "PERSON" for r in result.redactions)
    with pymupdf.open(output) as doc:
        assert "Dekker" not in doc[0].get_text()
        assert not [p for p in doc[0].get_drawings() if pymupdf.Rect(p["rect"]).intersects(box)
                    and any(item[0] == "c" for item in p["items"])], "pen strokes left under the box"
    assert image_area_problems(output, src, result.redactions) == []


def test_ministers_signature_under_a_kamerbrief_stays_as_the_name_does(pipeline, tmp_path):
    data, drawn = letter(MINISTER, "image", closing="De minister van Binnenlandse Zaken en Koninkrijksrelaties,")
    src, output, analysis, result = _run(pipeline, tmp_path, data, "kamerbrief.pdf")
    signature = [d for d in analysis.decisions if d.finding.entity_type == "SIGNATURE"]
    assert len(signature) == 1 and signature[0].action == "keep"
    assert not _signature(result)
    with pymupdf.open(output) as doc:
        assert "Karaman" in doc[0].get_text()
    ink = region(rendered(output, OUT_DPI)[0], OUT_DPI / 72, drawn)
    assert 0.01 < (ink < 128).mean() < 0.5, "the minister's signature must stay visible"


def test_a_closing_without_anything_drawn_under_it_gives_no_signature(pipeline, tmp_path):
    data, _ = letter(CIVIL_SERVANT, None)
    _, _, analysis, result = _run(pipeline, tmp_path, data)
    assert not [d for d in analysis.decisions if d.finding.entity_type == "SIGNATURE"]
    assert result.status is Status.OK


def test_verify_finds_original_pixels_left_under_a_signature_box(pipeline, tmp_path):
    data, _ = letter(CIVIL_SERVANT, "image")
    src, output, analysis, result = _run(pipeline, tmp_path, data)
    # The source itself is the output that forgot to remove the pixels: the image is unchanged under the box.
    problems = image_area_problems(src, src, result.redactions)
    assert problems and "oorspronkelijke pixels" in problems[0] and "SIGNATURE" in problems[0]


def test_verify_finds_pen_strokes_left_under_a_signature_box(pipeline, tmp_path):
    data, _ = letter(CIVIL_SERVANT, "strokes")
    src, output, analysis, result = _run(pipeline, tmp_path, data)
    problems = image_area_problems(src, None, result.redactions)
    assert problems and "lijnen" in problems[0]
