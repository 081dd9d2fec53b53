"""Image areas through the flows: `scan` proposes them, `export` burns in the verdicts, the log holds page,
box, kind and ground (never a value); a kept signature follows its name when that is redacted after all."""

from __future__ import annotations

import json
from dataclasses import replace

import pymupdf

from redact.flows.export import export
from redact.flows.scan import scan
from redact.images import follow_signatories
from redact.review.decisions import DECISIONS_FILE, DecisionBook, ReviewDecision
from redact.review.workfolder import read_document, read_index

from .helpers import MINISTER, drawings, letter, picture_page

PHOTO = pymupdf.Rect(70, 120, 200, 220)


def test_scan_proposes_a_face_and_export_follows_the_reviewer(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "schouw.pdf").write_bytes(picture_page((drawings.photo(1), PHOTO)))
    work = tmp_path / "work"
    scan([src], work)
    entry = read_index(work).entry("schouw.pdf")
    _, proposals = read_document(work, entry)
    face = next(p for p in proposals if p.finding.entity_type == "FACE")
    assert face.finding.text == "foto met 1 gezicht, pagina 1" and face.decision.action == "redact"

    out = tmp_path / "out"
    export(work, out, unreviewed="redact")
    logged = [json.loads(line) for line in (out / "redactielog.jsonl").read_text().splitlines()]
    faces = [e for e in logged if e["entity_type"] == "FACE"]
    assert len(faces) == 1 and faces[0]["ground"] == "5.1.2e" and faces[0]["page"] == 1
    assert pymupdf.Rect(faces[0]["boxes"][0]) in PHOTO + (-1, -1, 1, 1)
    assert "gezicht" not in (out / "redactielog.jsonl").read_text()  # no description, no value: kind and ground

    book = DecisionBook([ReviewDecision(kind="proposal", document="schouw.pdf", value=face.finding.text,
                                        action="keep", ground=None, reviewer="test", time="2026-12-02T00:00:00Z",
                                        id=face.id, entity="FACE")])
    book.save(work / DECISIONS_FILE)
    out2 = tmp_path / "out2"
    export(work, out2, unreviewed="redact")
    assert "FACE" not in (out2 / "redactielog.jsonl").read_text()


def test_a_kept_signature_is_redacted_when_its_name_is(pipeline, tmp_path):
    data, _ = letter(MINISTER, "image", closing="De minister van Binnenlandse Zaken en Koninkrijksrelaties,")
    path = tmp_path / "kamerbrief.pdf"
    path.write_bytes(data)
    analysis = pipeline.analyse(path, "kamerbrief.pdf")
    signature = next(d for d in analysis.decisions if d.finding.entity_type == "SIGNATURE")
    assert signature.action == "keep" and signature.person is not None
    assert follow_signatories(analysis.decisions, pipeline.rules) == analysis.decisions
    # The dossier pass (or a reviewer) redacts the name after all: the signature goes with it.
    name = next(d for d in analysis.decisions if d.finding.entity_type == "PERSON"
                and d.finding.text in signature.person.mentions)
    redacted = tuple(replace(d, action="redact", ground="5.1.2e") if d is name else d for d in analysis.decisions)
    followed = next(d for d in follow_signatories(redacted, pipeline.rules) if d.finding.entity_type == "SIGNATURE")
    assert followed.action == "redact" and followed.ground == "5.1.2e"
