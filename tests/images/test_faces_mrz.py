"""Faces (OpenCV's Haar cascade on a synthetic face drawing) and identity documents (MRZ read by
Tesseract), alone and through the pipeline; the policy switch for faces; scan proposals and the work folder."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import cv2
import numpy as np
import pymupdf
import pytest

from redact.images.faces import find_faces
from redact.images.mrz import has_mrz, read_image_text
from redact.images.signatures import looks_like_signature
from redact.model import Status
from redact.review.decisions import make_proposals
from redact.review.workfolder import read_document, write_document

from .helpers import drawings, picture_page

PHOTO = pymupdf.Rect(70, 120, 270, 240)  # 2 faces side by side (520 x 240 pixels)
CARD = pymupdf.Rect(70, 300, 313, 453)

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def _grey(png: bytes) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)


def test_the_cascade_finds_the_drawn_faces_and_none_in_paper_or_text():
    assert len(find_faces(_grey(drawings.photo(2)))) == 2
    assert len(find_faces(drawings.face_array(160))) == 1
    blank = np.full((400, 600), 250, np.uint8)
    assert find_faces(blank) == []
    text = blank.copy()
    for i in range(12):
        cv2.putText(text, "Met vriendelijke groet, gemeente", (10, 30 + 30 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 20, 2)
    assert find_faces(text) == []


def test_mrz_lines_are_recognised_also_with_ocr_noise():
    assert has_mrz("P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<\nSPECI20142NLD6503101F2403096999999990<<<<84")
    assert has_mrz("IDNLDSPECI20212NL9<<<s<ssoooÏoÏo0\n6503101F3108028NLDs<sssssoooH")
    assert has_mrz("IDNLD SPECI2021 2NL9 «<<<<<<<<<")
    assert not has_mrz("Paspoort NLD ligt ter inzage bij de balie")
    assert not has_mrz("Kenmerk: P-NLD-2024-0031")


@needs_tesseract
def test_tesseract_reads_the_mrz_of_an_id_card_image():
    assert has_mrz(read_image_text(_grey(drawings.id_card())))
    assert not has_mrz(read_image_text(_grey(drawings.photo(1))))


def test_a_signature_image_looks_like_one_and_a_photo_or_card_does_not():
    assert looks_like_signature(_grey(drawings.signature()), (0, 0, 150, 40))
    assert not looks_like_signature(_grey(drawings.photo(1)), (0, 0, 120, 60))
    assert not looks_like_signature(_grey(drawings.id_card()), (0, 0, 243, 153))


def _analyse(pipeline, tmp_path: Path, data: bytes, name: str = "schouw.pdf"):
    src = tmp_path / name
    src.write_bytes(data)
    return src, pipeline.analyse(src, name)


@needs_tesseract
def test_photo_faces_and_id_card_are_redacted_with_their_grounds(pipeline, tmp_path):
    data = picture_page((drawings.photo(2), PHOTO), (drawings.id_card(), CARD))
    src, analysis = _analyse(pipeline, tmp_path, data)
    areas = {d.finding.entity_type: d for d in analysis.decisions if d.finding.area is not None}
    assert set(areas) == {"FACE", "ID_DOCUMENT"}
    face, card = areas["FACE"], areas["ID_DOCUMENT"]
    assert face.action == "redact" and face.ground == "5.1.2e"
    assert face.finding.text == "foto met 2 gezichten, pagina 1"  # a description, never a value
    assert pymupdf.Rect(face.finding.area) in PHOTO + (-1, -1, 1, 1)
    assert card.ground == "5.1.1e"
    assert max(abs(a - b) for a, b in zip(card.finding.area, CARD)) < 0.5  # the whole image
    out = tmp_path / "out"
    out.mkdir()
    result = pipeline.publish(analysis.document, analysis.decisions, out)
    assert result.status is Status.OK, result.error
    with pymupdf.open(out / "schouw.pdf") as doc:
        for xref, *_ in doc[0].get_images():  # whatever image is left holds no drawing any more
            pixels = _grey(pymupdf.Pixmap(doc, xref).tobytes("png"))
            assert find_faces(pixels) == [] and not has_mrz(read_image_text(pixels))


def test_faces_stay_visible_as_a_proposal_when_the_rules_say_keep(pipeline, tmp_path, rules):
    from redact.pipeline import Pipeline

    policy = dataclasses.replace(rules.policy, images={**rules.policy.images, "faces": "keep"})
    keeping = Pipeline.__new__(Pipeline)
    keeping.__dict__.update(pipeline.__dict__, rules=dataclasses.replace(rules, policy=policy))
    data = picture_page((drawings.photo(1), pymupdf.Rect(70, 120, 200, 220)))
    _, analysis = _analyse(keeping, tmp_path, data)
    faces = [d for d in analysis.decisions if d.finding.entity_type == "FACE"]
    assert len(faces) == 1 and faces[0].action == "keep" and faces[0].ground is None


def test_a_face_is_a_proposal_in_the_work_folder_with_its_area(pipeline, tmp_path):
    data = picture_page((drawings.photo(1), pymupdf.Rect(70, 120, 200, 220)))
    _, analysis = _analyse(pipeline, tmp_path, data)
    proposals = make_proposals(analysis.document, analysis.decisions)
    faces = [p for p in proposals if p.finding.entity_type == "FACE"]
    assert len(faces) == 1 and faces[0].decision.action == "redact"
    entry = write_document(tmp_path / "work", analysis.document, proposals, "0" * 64)
    _, back = read_document(tmp_path / "work", entry)
    face = next(p for p in back if p.finding.entity_type == "FACE")
    assert face.id == faces[0].id and face.finding.area == faces[0].finding.area
    assert face.finding.text == "foto met 1 gezicht, pagina 1"


def test_a_signature_image_outside_a_signature_block_is_redacted(pipeline, tmp_path):
    data = picture_page((drawings.signature(seed=3), pymupdf.Rect(70, 120, 190, 152)),
                        text="Van: afdeling Vergunningen, verzonden 3 april 2024")
    _, analysis = _analyse(pipeline, tmp_path, data, "mail.pdf")
    signatures = [d for d in analysis.decisions if d.finding.entity_type == "SIGNATURE"]
    assert len(signatures) == 1 and signatures[0].action == "redact" and signatures[0].ground == "5.1.2e"
    assert signatures[0].finding.text == "handtekeningachtige afbeelding, pagina 1"


def test_a_page_whose_pictures_cannot_be_judged_is_withheld(pipeline, tmp_path, monkeypatch):
    import subprocess

    import redact.images as stage
    from redact.errors import ReviewNeeded

    def broken(image):
        raise subprocess.TimeoutExpired("tesseract", 60)

    monkeypatch.setattr(stage, "read_image_text", broken)
    data = picture_page((drawings.photo(1), pymupdf.Rect(70, 120, 200, 220)))
    with pytest.raises(ReviewNeeded, match="afbeeldingen niet te beoordelen"):
        _analyse(pipeline, tmp_path, data)


def test_a_tesseract_that_hangs_on_a_picture_withholds_the_page(pipeline, tmp_path, monkeypatch):
    """The MRZ read goes through ingest's Tesseract call (ingest/tesseract.py run_tesseract), which turns
    a timeout into OcrError: the image stage must still fail closed on it, as it did on the timeout."""
    import subprocess

    from redact.errors import ReviewNeeded

    real = subprocess.run

    def hangs(args, *rest, **kwargs):
        if args and args[0] == "tesseract" and "eng" in args:  # the MRZ read, not the page's OCR
            raise subprocess.TimeoutExpired("tesseract", 60)
        return real(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "run", hangs)
    data = picture_page((drawings.photo(1), pymupdf.Rect(70, 120, 200, 220)))
    with pytest.raises(ReviewNeeded, match="afbeeldingen niet te beoordelen"):
        _analyse(pipeline, tmp_path, data)
