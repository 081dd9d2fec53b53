"""Inputs that must not slip through or stop a run: wide text encodings, bounds per document,
symlinks in a source, formula and path text in the public inventory's cells."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from redact.errors import DocumentError, RulesError
from redact.flows.sources import collect
from redact.ingest import read_document
from redact.limits import Limits
from redact.model import DocumentResult, Status
from redact.report.cells import csv_escape, csv_unescape, public_text
from redact.rules import load_rules

TEXT = "Geachte heer Jansen,\nmail j.jansen@minbzk.nl; één € en ü.\n"


# -- text encodings ----------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-32"])
def test_wide_encodings_are_read_not_called_binary(tmp_path, encoding):
    path = tmp_path / "brief.txt"
    path.write_bytes(TEXT.encode(encoding))
    document = read_document(path, "brief.txt")
    assert document.text == TEXT
    assert document.encoding == encoding[:6]
    if encoding != "utf-32":  # no BOM: read by the position of the NUL bytes, and said so
        assert "zonder byte-order mark" in document.warnings[0]


def test_wide_nuls_that_do_not_decode_are_an_unknown_encoding(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes("ab".encode("utf-16-le") + b"\x00\xd8" + "cd".encode("utf-16-le"))  # a lone surrogate
    with pytest.raises(DocumentError, match="onbekende tekstcodering"):
        read_document(path, "x.txt")


def test_binary_stays_binary(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(DocumentError, match="binaire inhoud"):
        read_document(path, "x.txt")


# -- bounds per document -----------------------------------------------------------------------

def _pdf(path: Path, pages: int) -> Path:
    with pymupdf.open() as doc:
        for i in range(pages):
            doc.new_page().insert_text((72, 72), f"Pagina {i + 1} van Jansen")
        doc.save(path)
    return path


def test_the_page_count_is_checked_before_any_page_is_read(tmp_path, monkeypatch):
    from redact.ingest import pdf

    def no_page(page):
        raise AssertionError("a page was read")

    monkeypatch.setattr(pdf, "read_page", no_page)
    path = _pdf(tmp_path / "groot.pdf", 3)
    with pytest.raises(DocumentError, match=r"te veel pagina's \(3; grens 2"):
        read_document(path, "groot.pdf", budget=Limits(max_pages=2).start())


def test_too_much_text_is_refused_before_detection(tmp_path):
    path = tmp_path / "lang.txt"
    path.write_text("x" * 2000, encoding="utf-8")
    with pytest.raises(DocumentError, match="te veel tekst"):
        read_document(path, "lang.txt", budget=Limits(max_chars=1000).start())
    pdf_path = _pdf(tmp_path / "lang.pdf", 3)
    with pytest.raises(DocumentError, match="te veel tekst"):
        read_document(pdf_path, "lang.pdf", budget=Limits(max_chars=30).start())


def test_a_document_over_its_time_is_stopped_between_pages(tmp_path, monkeypatch):
    import redact.limits as limits

    clock = iter(range(0, 10_000, 100))  # every look at the clock: 100 s later
    monkeypatch.setattr(limits, "_now", lambda: next(clock))
    path = _pdf(tmp_path / "traag.pdf", 5)
    with pytest.raises(DocumentError, match="duurt te lang"):
        read_document(path, "traag.pdf", budget=Limits(max_seconds=250).start())


def test_the_pipeline_uses_the_limits_of_policy_yaml(tmp_path):
    """The run's own path: a rule set with a low bound gives the document a niet verwerkt reason."""
    from redact.pipeline import Pipeline

    rules = load_rules(None)
    assert rules.policy.limits == Limits(max_pages=5000, max_chars=5_000_000, max_seconds=1800)
    small = replace(rules, policy=replace(rules.policy, limits=Limits(max_pages=1)))
    path = _pdf(tmp_path / "twee.pdf", 2)
    pipeline = Pipeline.__new__(Pipeline)  # analyse reads before it detects: no model needed
    pipeline.rules = small
    with pytest.raises(DocumentError, match="limits.max_pages"):
        pipeline.analyse(path, "twee.pdf")


def test_invalid_limits_are_a_rules_error(tmp_path):
    import shutil

    root = Path(load_rules(None).root)
    copy = tmp_path / "rules"
    shutil.copytree(root, copy)
    policy = copy / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("max_pages: 5000", "max_pages: -1"),
                      encoding="utf-8")
    with pytest.raises(RulesError, match="limits.max_pages"):
        load_rules(copy)


# -- symlinks in a source ----------------------------------------------------------------------

def test_symlinks_in_a_source_are_listed_not_ignored(tmp_path):
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    (elsewhere / "geheim.txt").write_text(TEXT, encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    (src / "brief.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(elsewhere, src / "map-link")
    os.symlink(tmp_path / "weg.txt", src / "kapotte-link.txt")
    os.symlink(src / "lus", src / "lus")
    files, skipped = collect([src], tmp_path / "out")
    assert [f.relpath for f in files] == ["brief.txt"]
    reasons = {r.relpath: r for r in skipped}
    assert set(reasons) == {"map-link", "kapotte-link.txt", "lus"}
    assert all(r.status is Status.FAILED and r.kind == "symlink" for r in reasons.values())
    assert "naar een map: niet gevolgd" in reasons["map-link"].error
    assert "niet bestaat" in reasons["kapotte-link.txt"].error


def test_a_source_that_is_a_symlink_loop_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from redact.cli import main

    os.symlink(tmp_path / "lus", tmp_path / "lus")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "lus"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert "symlink-lus" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(main, ["run", "/dev/null", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "geen bestand of map" in result.output


# -- the public inventory's cells ----------------------------------------------------------------

@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\",\"klik\").txt", "+31.txt", "-a.txt", "@SUM(1).txt",
                                   "\tx", "\rx", "'=al.txt", "''+b", "'gewoon", "gewoon.txt", ""])
def test_csv_escaping_round_trips(value):
    escaped = csv_escape(value)
    assert not escaped.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert csv_unescape(escaped) == value


def test_public_text_drops_paths_and_tracebacks():
    text = public_text("beschadigd (Failed to open file '/home/an.jansen/Woo/x.pdf'); C:\\Users\\Piet\\x.pdf\n"
                       "Traceback (most recent call last):\n  File \"/usr/lib/python3/site.py\"")
    assert "jansen" not in text and "Piet" not in text and "Traceback" not in text and "/usr" not in text
    assert "[pad]" in text
    kept = "weggelakt: 2x 5.1.2e; uitvoer verplaatst naar _NIET_PUBLICEREN/; datum 12/05/2020; map/sub/a.pdf"
    assert public_text(kept) == kept


def test_the_inventory_writes_formulas_as_text_and_no_paths(tmp_path):
    import io
    import zipfile

    import openpyxl

    from redact.report.inventory import read_inventory, write_inventory

    names = ["=HYPERLINK(\"http://x\",\"klik\").txt", "@a.pdf", "+b.txt", "-c.txt"]
    results = [DocumentResult(relpath=n, kind="txt", status=Status.FAILED,
                              error=f"kapot: {tmp_path}/in/{n} ({tmp_path})") for n in names]
    write_inventory(results, tmp_path)
    raw = (tmp_path / "inventaris.csv").read_text(encoding="utf-8-sig")
    assert str(tmp_path) not in raw
    for line in raw.splitlines()[1:]:
        document = line.split(";")[1].strip('"')
        assert document.startswith("'"), line
    assert [r["Document"] for r in read_inventory(tmp_path)] == sorted(names)  # read back as written
    book = (tmp_path / "inventaris.xlsx").read_bytes()
    sheet = zipfile.ZipFile(io.BytesIO(book)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and str(tmp_path) not in sheet
    cells = [row[1] for row in openpyxl.load_workbook(io.BytesIO(book)).active.iter_rows(min_row=2)]
    assert [c.value for c in cells] == sorted(names) and {c.data_type for c in cells} == {"s"}


def test_a_corrupt_pdf_reason_names_no_path(tmp_path):
    """MuPDF's own message names the absolute path (which can hold a user's name)."""
    path = tmp_path / "an.jansen" / "kapot.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(DocumentError) as info:
        read_document(path, "kapot.pdf")
    assert "beschadigd" in str(info.value) and "jansen" not in str(info.value) and "/" not in str(info.value)
