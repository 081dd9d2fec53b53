"""Fail closed: a page that cannot be read reliably is never published as if clean. The
document is withheld (default) or, by option, that page is blacked out whole; either way it is
marked "handmatige beoordeling nodig" and the exit status is 5."""

from __future__ import annotations

import csv
import shutil

import pymupdf
import pypdf
import pytest
from click.testing import CliRunner

import redact.ingest.ocr as ocr
from redact.cli import main
from redact.errors import ExitCode, ReviewNeeded
from redact.model import Document, Page, Status
from redact.render.pdf import render_pdf

from . import hostile as fx
from .readback import pdftotext_text, squash


@pytest.fixture()
def no_tesseract(monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_problem", lambda: "Tesseract is niet geïnstalleerd (test)")


def test_scan_without_ocr_is_withheld(leak_pipeline, hostile, tmp_path, no_tesseract):
    result = leak_pipeline.process(hostile["scan"], "scan.pdf", tmp_path)
    assert result.status is Status.NEEDS_REVIEW
    assert "OCR" in result.error and "Tesseract" in result.error
    assert not (tmp_path / "scan.pdf").exists()


def test_upside_down_scan_is_withheld(leak_pipeline, tmp_path):
    """A real page that OCR cannot read: the confidence gate, not a stub, withholds it."""
    source = fx.upside_down_scan(tmp_path / "omgekeerd.pdf")
    out = tmp_path / "uit"
    result = leak_pipeline.process(source, "omgekeerd.pdf", out)
    assert result.status is Status.NEEDS_REVIEW
    assert "OCR onbetrouwbaar" in result.error and "zekerheid" in result.error
    assert not (out / "omgekeerd.pdf").exists()


def test_low_ocr_confidence_is_withheld(leak_pipeline, hostile, tmp_path, monkeypatch):
    from dataclasses import replace

    rules = leak_pipeline.rules  # policy.yaml ocr.min_confidence beyond what any reading reaches
    strict = replace(rules, policy=replace(rules.policy, ocr=replace(rules.policy.ocr, min_confidence=100.0)))
    monkeypatch.setattr(leak_pipeline, "rules", strict)
    result = leak_pipeline.process(hostile["image_text"], "img.pdf", tmp_path)
    assert result.status is Status.NEEDS_REVIEW
    assert "OCR onbetrouwbaar" in result.error
    assert not (tmp_path / "img.pdf").exists()


def test_renderer_error_is_withheld(leak_pipeline, hostile, tmp_path, monkeypatch):
    import redact.pipeline as pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("MuPDF error: boom")
    monkeypatch.setattr(pipeline, "render_pdf", broken)
    result = leak_pipeline.process(hostile["base14"], "a.pdf", tmp_path)
    assert result.status is Status.NEEDS_REVIEW and "boom" in result.error
    assert not (tmp_path / "a.pdf").exists() and not list(tmp_path.rglob("*.tmp"))


def test_renderer_refuses_an_unreadable_page_without_blackout(hostile, tmp_path):
    doc = Document(source=str(hostile["base14"]), relpath="a.pdf", kind="pdf",
                   pages=(Page(number=1, text="", source="pdf", needs_review="OCR nodig"),))
    with pytest.raises(ReviewNeeded):
        render_pdf(doc, (), tmp_path / "a.pdf")


def _two_pages(hostile, path):
    """Page 1: text with personal data; page 2: a scan."""
    with pymupdf.open(hostile["base14"]) as doc, pymupdf.open(hostile["scan"]) as scan:
        doc.insert_pdf(scan)
        doc.save(path)
    return path


def _inventory(out):
    with (out / "inventaris.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {row["Document"]: row for row in csv.DictReader(fh, delimiter=";")}


def test_run_withholds_by_default(hostile, tmp_path, blank_model, no_tesseract):
    src = tmp_path / "bron"
    src.mkdir()
    _two_pages(hostile, src / "brief.pdf")
    shutil.copy(hostile["base14"], src / "gewoon.pdf")
    out = tmp_path / "uit"
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "-j", "1", "--model", str(blank_model)])
    assert result.exit_code == ExitCode.NEEDS_REVIEW, result.output
    rows = _inventory(out)
    assert rows["brief.pdf"]["Beoordeling"] == Status.NEEDS_REVIEW.value
    assert "pagina 2" in rows["brief.pdf"]["Toelichting"]
    assert not (out / "brief.pdf").exists()
    assert rows["gewoon.pdf"]["Beoordeling"] == "Deels openbaar" and (out / "gewoon.pdf").exists()


def test_run_blacks_out_the_unreadable_page_on_request(hostile, tmp_path, blank_model, no_tesseract):
    src = tmp_path / "bron"
    src.mkdir()
    _two_pages(hostile, src / "brief.pdf")
    out = tmp_path / "uit"
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "-j", "1", "--model", str(blank_model),
                                       "--unreadable-pages", "blackout"])
    assert result.exit_code == ExitCode.NEEDS_REVIEW, result.output
    row = _inventory(out)["brief.pdf"]
    assert row["Beoordeling"] == Status.NEEDS_REVIEW.value and "geheel zwart" in row["Toelichting"]
    output = out / "brief.pdf"
    reader = pypdf.PdfReader(output)
    assert len(reader.pages) == 2
    assert not reader.pages[1].get("/Resources", {}).get("/XObject")  # the scan image is gone
    assert reader.pages[1].extract_text().split() == ["5.1.2e"]  # only the label
    text = squash(pdftotext_text(output))
    assert squash(fx.NEIGHBOUR) in text and not any(s in text for s in fx.SECRETS)
    verified = CliRunner().invoke(main, ["verify", str(out)])
    assert verified.exit_code == ExitCode.OK, verified.output


def test_a_check_that_cannot_run_fails_the_document(leak_pipeline, hostile, tmp_path, monkeypatch):
    """The OCR read-back breaking (here: pdfimages) is a failed check, not a pass."""
    import subprocess

    import redact.verify.ocr as verify_ocr

    def broken(*args, **kwargs):
        raise subprocess.CalledProcessError(1, "pdfimages")
    monkeypatch.setattr(verify_ocr, "ocr_page_images", broken)
    monkeypatch.setattr("redact.verify.check.ocr_page_images", broken)
    result = leak_pipeline.process(hostile["image_text"], "img.pdf", tmp_path)
    assert result.status is Status.LEAK and "OCR-controle mislukt" in result.error
    assert not (tmp_path / "img.pdf").exists() and (tmp_path / "_NIET_PUBLICEREN" / "img.pdf").exists()
