"""`run` with special-category passages: the 5.1.1d box carries its label in the PDF, the log has entity type and
ground but never the text, proposals are counted in the inventory, and --special-categories switches the mode."""

from __future__ import annotations

import json

import pymupdf
import pytest
from click.testing import CliRunner

from redact.cli import main
from tests.e2e.conftest import make_pdf, pdfminer_text, pypdf_text, read_inventory

PASSAGE = "Hij wordt behandeld voor een burn-out"
LINES = [
    "Onderwerp: verzuim",
    "",
    "Geachte heer,",
    "",
    f"{PASSAGE}.",
    "Het ziekteverzuim in de sector daalde vorig jaar.",
    "Met vriendelijke groet,",
]


def run(*args: str):
    return CliRunner().invoke(main, ["run", *args, "--jobs", "1"], catch_exceptions=False)


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def source(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    make_pdf(src / "brief.pdf", LINES)
    (src / "brief.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return src


def test_pdf_box_carries_5_1_1d_and_the_log_no_text(tmp_path, source):
    out = tmp_path / "out"
    result = run(str(source), "--out", str(out))
    assert result.exit_code == 0, result.output
    pdf = out / "brief.pdf"
    for text in (pypdf_text(pdf), pdfminer_text(pdf)):
        flat = squash(text)
        assert squash(PASSAGE) not in flat and "burn-out" not in flat
        assert "5.1.1d" in flat  # the label in the box, as real text
        assert squash("Het ziekteverzuim in de sector daalde vorig jaar.") in flat  # the general statement stays
    with pymupdf.open(pdf) as d:  # the label lies inside the box where the passage was
        words = d[0].get_text("words")
    label = [w for w in words if w[4] == "5.1.1d"]
    assert len(label) == 1 and abs(label[0][1] - (72 + 4 * 16 - 11)) < 8

    assert (out / "brief.txt").read_text(encoding="utf-8").splitlines()[4] == "[5.1.1d]."
    log = (out / "redactielog.jsonl").read_text(encoding="utf-8")
    entries = [json.loads(line) for line in log.splitlines() if '"5.1.1d"' in line]
    assert {(e["entity_type"], e["ground"]) for e in entries} == {("SPECIAL_CATEGORY", "5.1.1d")}
    assert len(entries) == 2 and "burn-out" not in log and "behandeld" not in log
    rows = read_inventory(out)
    assert rows["brief.pdf"]["Beoordelingsgrond"] == "5.1.1d" and "1x 5.1.1d" in rows["brief.pdf"]["Toelichting"]


def test_propose_keeps_the_passage_visible_and_counts_it(tmp_path, source):
    out = tmp_path / "out"
    assert run(str(source), "--out", str(out), "--special-categories", "propose").exit_code == 0
    assert PASSAGE in (out / "brief.txt").read_text(encoding="utf-8")
    rows = read_inventory(out)
    # brief.txt has the same words as brief.pdf: a copy (`dubbel`) of it, counted like it.
    assert rows["brief.pdf"]["Beoordeling"] == "Openbaar"
    assert rows["brief.txt"]["Beoordeling"] == "dubbel" and rows["brief.txt"]["Gerelateerd ID"] == rows["brief.pdf"]["ID"]
    for row in rows.values():
        assert "1 passage bijzondere persoonsgegevens ter beoordeling" in row["Toelichting"]


def test_off_detects_nothing(tmp_path, source):
    out = tmp_path / "out"
    assert run(str(source), "--out", str(out), "--special-categories", "off").exit_code == 0
    assert PASSAGE in (out / "brief.txt").read_text(encoding="utf-8")
    assert "bijzondere persoonsgegevens" not in read_inventory(out)["brief.txt"]["Toelichting"]


def test_scan_proposes_and_export_propose_leaves_open_passages_visible(tmp_path, source):
    work, out = tmp_path / "work", tmp_path / "out"
    (source / "brief.pdf").unlink()
    runner = CliRunner()
    assert runner.invoke(main, ["scan", str(source), "--work", str(work), "--jobs", "1"]).exit_code == 0
    index = (work / "index.json").read_text(encoding="utf-8")
    assert "SPECIAL_CATEGORY" in index  # a proposal of the scan
    result = runner.invoke(main, ["export", str(work), "--out", str(out), "--special-categories", "propose"])
    assert result.exit_code == 0, result.output
    assert PASSAGE in (out / "brief.txt").read_text(encoding="utf-8")
    assert "1 passage bijzondere persoonsgegevens ter beoordeling" in read_inventory(out)["brief.txt"]["Toelichting"]


def test_a_scanned_page_gets_the_5_1_1d_box_over_the_passage_in_the_image(tmp_path):
    """Scans too: the passage is found in the OCR text and its box burns out the pixels with the label."""
    from redact.verify.ocr import ocr_available

    if not ocr_available():
        pytest.skip("Tesseract is not installed")
    src = tmp_path / "in"
    src.mkdir()
    text_pdf = tmp_path / "tekst.pdf"
    make_pdf(text_pdf, LINES)
    with pymupdf.open(text_pdf) as doc, pymupdf.open() as scan:  # the page as an image only: no text layer
        pix = doc[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY, alpha=False)
        scan.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), stream=pix.tobytes("png"))
        scan.save(src / "scan.pdf")
    out = tmp_path / "out"
    result = run(str(src), "--out", str(out))
    assert result.exit_code == 0, result.output
    log = [json.loads(line) for line in (out / "redactielog.jsonl").read_text(encoding="utf-8").splitlines()]
    special = [e for e in log if e.get("ground") == "5.1.1d"]
    assert special and {e["entity_type"] for e in special} == {"SPECIAL_CATEGORY"}
    with pymupdf.open(out / "scan.pdf") as d:  # what a reader sees: OCR of the published page
        page_text = d[0].get_textpage_ocr(language="nld", dpi=200, full=True).extractText()
    flat = squash(page_text)
    assert "burn-out" not in flat and "behandeld" not in flat
    assert "5.1.1d" in flat  # the label is drawn in the box
    assert "ziekteverzuim" in flat  # the general statement stays readable
