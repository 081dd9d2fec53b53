"""The publication package of samples/documents (`--request 2024-017 --stamp --publisher VWS`):
the productierapport passes the platform's reader rules, every published row has its upload/ID.pdf
(also in upload.zip), every DiWoo record validates, the stamp is on the pages, and a second run
gives the same bytes."""

from __future__ import annotations

import csv
import hashlib
import io
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import xmlschema

from redact.publish.diwoo import MDTO_URL, SCHEMA_DIR

from . import platform_reader
from .conftest import VWS, REPO, copy_tree, run


def inventory(out: Path) -> list[dict]:
    text = (out / "inventaris.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_the_productierapport_passes_the_platform_reader(sample_package):
    assert platform_reader.problems(sample_package / "productierapport.xlsx", sample_package / "upload") == []
    header, rows = platform_reader.read(sample_package / "productierapport.xlsx")
    # A copy (`dubbel`, published again by default) is a platform row with its original as Gerelateerd ID.
    table = inventory(sample_package)
    published = [r for r in table if r["Beoordeling"] in ("Openbaar", "Deels openbaar", "dubbel")]
    assert len(rows) == len(published) > 40
    assert {r["id"] for r in rows} == {r["ID"] for r in published}
    copies = {r["ID"]: r["Gerelateerd ID"] for r in table if r["Beoordeling"] == "dubbel"}
    assert copies and all(original for original in copies.values())
    assert {r["id"]: r["gerelateerd id"] for r in rows if r["id"] in copies} == copies
    assert all(r["beoordeling"] in ("Openbaar", "Deels openbaar") for r in rows)
    assert all(r["matter"] == "2024-017" and r["id"].startswith("2024-017-") for r in rows)
    by_id = {r["id"]: r for r in rows}
    mail = next(r for r in rows if r["document"] == "22-mail-bijlage.eml")
    attachment = by_id[mail["id"] + ".1"]  # the mail's attachment under its number
    assert mail["family"] == attachment["family"] == int(mail["id"].rsplit("-", 1)[1]) and mail["file type"] == "email"
    assert {r["file type"] for r in rows} >= {"pdf", "note", "email", "doc", "spreadsheet"}


def test_the_reader_rules_catch_what_the_platform_would_misread(tmp_path, sample_package):
    """The conformance check can fail: a working status, a bad ID, a float family, a missing file."""
    wb = openpyxl.load_workbook(sample_package / "productierapport.xlsx")
    ws = wb.active
    ws["H2"] = "niet verwerkt"
    ws["A3"] = "2024/017 0003"
    ws["C4"] = 1.5
    ws["G5"] = "05-11-2021"
    ws["K6"] = "x" * 1001
    wb.save(tmp_path / "kapot.xlsx")
    found = "\n".join(platform_reader.problems(tmp_path / "kapot.xlsx", sample_package / "upload"))
    for expected in ("would be read as Niet openbaar", "not 1-170", "not an integer", "not YYYY-MM-DD",
                     "longer than 1000", "has no row"):
        assert expected in found


def test_upload_holds_one_pdf_per_published_row_and_the_zip_the_same_bytes(sample_package):
    _, rows = platform_reader.read(sample_package / "productierapport.xlsx")
    upload = sample_package / "upload"
    assert sorted(p.name for p in upload.iterdir()) == sorted(f"{r['id']}.pdf" for r in rows)
    with zipfile.ZipFile(sample_package / "upload.zip") as archive:
        assert sorted(archive.namelist()) == sorted(p.name for p in upload.iterdir())
        for name in archive.namelist():
            assert archive.read(name) == (upload / name).read_bytes()
    # A published PDF goes up as it is; a text output as a PDF of its redacted text.
    by_document = {r["Document"]: r for r in inventory(sample_package)}
    pdf = by_document["01-email-subsidie.pdf"]
    assert (upload / f"{pdf['ID']}.pdf").read_bytes() == (sample_package / "01-email-subsidie.pdf").read_bytes()
    text = by_document["01-email-subsidie.txt"]
    printed = subprocess.run(["pdftotext", "-raw", str(upload / f"{text['ID']}.pdf"), "-"], capture_output=True,
                             text=True, check=True).stdout
    assert "[5.1.2e]" in printed and f"Document {text['ID']}, pagina 1" in printed


def test_every_published_pdf_page_carries_its_number_in_the_margin(sample_package):
    rows = [r for r in inventory(sample_package) if r["Beoordeling"] in ("Openbaar", "Deels openbaar")]
    for row in rows:
        pdf = sample_package / "upload" / f"{row['ID']}.pdf"
        pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout.split("\f")[:-1]
        for number, page in enumerate(pages, 1):
            if "documentnummer niet in de marge" in row["Toelichting"]:  # a full-page scan: said so
                continue
            assert f"Document {row['ID']}, pagina {number}" in page, (row["Document"], number)
    scans = [r for r in rows if "documentnummer niet in de marge" in r["Toelichting"]]
    assert {r["Document"] for r in scans} <= {"13-scan-brief.pdf", "16-scan-brief-handtekening.pdf",
                                              "17-foto-identiteitsbewijs.pdf"}


def test_working_statuses_go_to_the_work_report_never_the_productierapport(tmp_path):
    src = tmp_path / "verzoek"
    src.mkdir()
    (src / "brief.txt").write_text("Beste Pieter de Vries, uw aanvraag is ontvangen.\n", encoding="utf-8")
    (src / "leeg.txt").write_bytes(b"")
    (src / "archief.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    out = tmp_path / "out"
    assert run(str(src), "--out", str(out), "--request", "2024-017").exit_code == 1
    _, rows = platform_reader.read(out / "productierapport.xlsx")
    assert [r["document"] for r in rows] == ["brief.txt"] and rows[0]["beoordeling"] == "Deels openbaar"
    work = openpyxl.load_workbook(out / "werkrapport.xlsx").active
    pending = {r[1]: r[4] for r in work.iter_rows(min_row=2, values_only=True)}
    assert pending == {"leeg.txt": "niet verwerkt", "archief.zip": "niet verwerkt"}
    assert platform_reader.problems(out / "productierapport.xlsx", out / "upload") == []
    # Without --request the package of the earlier run goes: it would no longer match the inventory.
    assert run(str(src), "--out", str(out)).exit_code == 1
    assert not any((out / n).exists() for n in ("productierapport.xlsx", "werkrapport.xlsx", "upload.zip", "upload",
                                                "diwoo"))


def _schema() -> xmlschema.XMLSchema:
    """The copied XSD, its MDTO import mapped to the copy beside it: never the network."""
    local = {MDTO_URL: (SCHEMA_DIR / "MDTO-XML1.0.1.xsd").as_uri()}
    return xmlschema.XMLSchema(str(SCHEMA_DIR / "diwoo-metadata.xsd"), uri_mapper=lambda u: local.get(u, u))


def test_every_diwoo_record_validates_against_the_xsd(sample_package):
    schema = _schema()
    records = sorted((sample_package / "diwoo").glob("*.xml"))
    _, rows = platform_reader.read(sample_package / "productierapport.xlsx")
    assert sorted(p.stem for p in records) == sorted([r["id"] for r in rows] + ["2024-017"])
    for record in records:
        schema.validate(str(record))
    decision = (sample_package / "diwoo" / "2024-017.xml").read_text(encoding="utf-8")
    assert "beslissing op Wob-/Woo-verzoek" in decision and decision.count("<diwoo:hasPart ") == len(rows)
    one = (sample_package / "diwoo" / f"{rows[0]['id']}.xml").read_text(encoding="utf-8")
    assert f'resource="{VWS}"' in one and "<diwoo:value>5.1.2e</diwoo:value>" in one
    assert "Woo-verzoeken en -besluiten" in one and f"<diwoo:creatiedatum>{rows[0]['datum']}<" in one


def test_an_invalid_record_fails_the_schema():
    bad = (b'<diwoo:Document xmlns:diwoo="https://standaarden.overheid.nl/diwoo/metadata/"><diwoo:DiWoo>'
           b'<diwoo:publisher resource="https://example.org/niet-in-de-lijst">X</diwoo:publisher>'
           b'</diwoo:DiWoo></diwoo:Document>')
    assert not _schema().is_valid(bad.decode())


def test_the_publisher_must_be_in_the_diwoo_lists(tmp_path):
    (tmp_path / "a.txt").write_text("Uw aanvraag is ontvangen.\n", encoding="utf-8")
    result = run(str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--request", "2024-017",
                 "--publisher", "https://example.org/ministerie")
    assert result.exit_code == 2 and "nietindeDiWoo-organisatielijsten" in "".join(result.output.split())
    assert not (tmp_path / "out").exists()  # refused before anything is read or written


def _digests(out: Path) -> dict[str, str]:
    names = ["inventaris.csv", "inventaris.xlsx", "redactielog.jsonl", "productierapport.xlsx", "werkrapport.xlsx",
             "upload.zip"]
    files = [out / n for n in names] + sorted((out / "upload").iterdir()) + sorted((out / "diwoo").iterdir())
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def test_a_second_run_gives_the_same_package_byte_for_byte(sample_package, tmp_path):
    """Resumed (nothing redone: the stamped copies are the journal's) and the package rebuilt."""
    out = copy_tree(sample_package, tmp_path / "out")
    copy_tree(sample_package.parent / f"{sample_package.name}.woo-private", tmp_path / "out.woo-private")
    before = _digests(out)
    result = run(str(REPO / "samples" / "documents"), "--out", str(out), "--request", "2024-017", "--stamp",
                 "--publisher", VWS)
    assert result.exit_code == 0 and "ongewijzigd sinds een eerdere run" in result.output
    assert _digests(out) == before
