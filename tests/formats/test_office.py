"""Office documents via LibreOffice: what the print hides (comments, tracked changes, hidden rows and
sheets) is rendered and redacted, never dropped; broken and protected files are `niet verwerkt`; with
LibreOffice missing the run says so per file."""

from __future__ import annotations

import hashlib

import pytest

from redact.ingest.convert import hidden, office
from redact.ingest.convert.hidden import inspect

from .conftest import W, docx, inventory, needs_office, needs_pdftotext, pdftotext, run_folder, xlsx

NOTA = (
    '<w:p><w:r><w:t>Contactpersoon: Marloes Dekker, telefoon 06-34567813.</w:t></w:r></w:p>'
    '<w:p><w:r><w:t xml:space="preserve">Gesproken met </w:t></w:r>'
    '<w:ins w:id="1" w:author="Sanne Verbeek"><w:r><w:t>mevrouw Fenna de Groot</w:t></w:r></w:ins>'
    '<w:del w:id="2" w:author="Sanne Verbeek"><w:r><w:delText>de heer Gerrit Hoekstra, 06-34567817</w:delText></w:r></w:del>'
    '<w:r><w:t>.</w:t></w:r></w:p>'
    '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Verborgen: Anouk Veenstra</w:t></w:r></w:p>'
    '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Het advies is positief.</w:t></w:r><w:commentRangeEnd w:id="0"/>'
    '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
)
COMMENT = ('<w:comment w:id="0" w:author="Youssef El Amrani"><w:p><w:r><w:t>Bel Ilse Kamphuis op 06-34567814.'
           '</w:t></w:r></w:p></w:comment>')
SHEET = [["Dossier", "Aanvrager", "Telefoon"], ["SZW-1", "de heer Pieter Bakhuizen", "06-34567815"],
         ["SZW-2", "mevrouw Anouk Veenstra", "06-34567816"]]
SECRET = [["Notitie"], ["Gesprek met mevrouw Ilse Kamphuis, 06-34567819"]]


def test_inspect_finds_what_the_print_hides(tmp_path):
    (tmp_path / "n.docx").write_bytes(docx(NOTA, COMMENT))
    found = inspect(tmp_path / "n.docx")
    assert found.comments == [("Youssef El Amrani", "Bel Ilse Kamphuis op 06-34567814.")]
    assert [c[0] for c in found.changes] == ["ingevoegd", "verwijderd"]
    assert found.changes[1][2] == "de heer Gerrit Hoekstra, 06-34567817"
    assert found.hidden_text == ["Verborgen: Anouk Veenstra"]
    (tmp_path / "s.xlsx").write_bytes(xlsx(SHEET, hidden_rows={3}, hidden_sheet=SECRET))
    sheet = inspect(tmp_path / "s.xlsx")
    assert sheet.hidden_sheets == ["Geheim"] and sheet.hidden_rows == 1
    # Counts for the inventory, never the content.
    assert sheet.summary() == "1 verborgen werkblad, 1 verborgen rij"
    assert "Kamphuis" not in found.summary()


def test_unhidden_copy_shows_rows_sheets_and_text(tmp_path):
    (tmp_path / "s.xlsx").write_bytes(xlsx(SHEET, hidden_rows={3}, hidden_sheet=SECRET))
    hidden.unhidden_copy(tmp_path / "s.xlsx", tmp_path / "v.xlsx")
    again = inspect(tmp_path / "v.xlsx")
    assert again.hidden_rows == 0 and again.hidden_sheets == []


def test_a_password_protected_office_file_is_refused(tmp_path):
    from redact.errors import DocumentError

    protected = tmp_path / "geheim.docx"  # what Word writes: an OLE container with the encrypted package
    protected.write_bytes(hidden.OLE_MAGIC + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64)
    with pytest.raises(DocumentError, match="wachtwoord"):
        hidden.check_container(protected, ".docx")


@pytest.fixture(scope="module")
def office_run(tmp_path_factory):
    src = tmp_path_factory.mktemp("bron")
    (src / "nota.docx").write_bytes(docx(NOTA, COMMENT))
    (src / "lijst.xlsx").write_bytes(xlsx(SHEET, hidden_rows={3}, hidden_sheet=SECRET))
    (src / "kapot.docx").write_bytes(b"PK\x03\x04 truncated zip")
    (src / "geheim.xlsx").write_bytes(hidden.OLE_MAGIC + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le"))
    sums = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in src.iterdir()}
    out = tmp_path_factory.mktemp("uit") / "uit"
    return src, out, run_folder(src, out), sums


@needs_office
@needs_pdftotext
def test_word_comments_and_tracked_changes_are_rendered_and_redacted(office_run):
    _, out, _, _ = office_run
    text = pdftotext(out / "nota.docx.pdf")
    assert "Verborgen inhoud van het origineel" in text and "Opmerking 1" in text
    assert "Bijgehouden wijziging 2 (verwijderd)" in text and "Auteur:" in text
    for value in ("Marloes Dekker", "06-34567813", "Fenna de Groot", "Gerrit Hoekstra", "06-34567817",
                  "Ilse Kamphuis", "06-34567814", "Youssef El Amrani", "Anouk Veenstra"):
        assert value not in text, value
    assert "5.1.2e" in text or " e " in text
    row = next(r for r in inventory(out).values() if r["Document"] == "nota.docx.pdf")
    assert row["Beoordeling"] == "Deels openbaar" and row["File type"] == "docx"
    assert "1 opmerking, 2 bijgehouden wijzigingen, 1 verborgen tekstdeel" in row["Toelichting"]


@needs_office
@needs_pdftotext
def test_hidden_rows_and_sheets_are_printed_and_redacted(office_run):
    _, out, _, _ = office_run
    text = pdftotext(out / "lijst.xlsx.pdf")
    assert "SZW-1" in text and "SZW-2" in text and "Gesprek met" in text  # the hidden row and sheet are there
    for value in ("Pieter Bakhuizen", "06-34567815", "Anouk Veenstra", "06-34567816", "Ilse Kamphuis", "06-34567819"):
        assert value not in text, value
    row = next(r for r in inventory(out).values() if r["Document"] == "lijst.xlsx.pdf")
    assert "1 verborgen werkblad, 1 verborgen rij" in row["Toelichting"]


@needs_office
def test_broken_and_protected_files_are_not_processed_and_originals_stay(office_run):
    src, out, outcome, sums = office_run
    rows = {r["Document"]: r for r in inventory(out).values()}
    assert rows["kapot.docx"]["Beoordeling"] == "niet verwerkt"
    assert "beschadigd" in rows["kapot.docx"]["Toelichting"]
    assert rows["geheim.xlsx"]["Beoordeling"] == "niet verwerkt"
    assert "wachtwoord" in rows["geheim.xlsx"]["Toelichting"]
    assert not (out / "kapot.docx.pdf").exists() and not (out / "geheim.xlsx.pdf").exists()
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in src.iterdir()} == sums
    assert int(outcome.exit_code) == 1


def test_without_libreoffice_each_file_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(office, "soffice", lambda: None)
    src = tmp_path / "bron"
    src.mkdir()
    (src / "nota.docx").write_bytes(docx(NOTA))
    (src / "brief.txt").write_text("Geachte heer Jansen,\n", encoding="utf-8")
    out = tmp_path / "uit"
    outcome = run_folder(src, out)
    rows = {r["Document"]: r for r in inventory(out).values()}
    assert rows["nota.docx"]["Beoordeling"] == "niet verwerkt"
    assert rows["nota.docx"]["Toelichting"].startswith("LibreOffice ontbreekt")
    assert rows["brief.txt"]["Beoordeling"] == "Deels openbaar"  # the batch goes on
    assert int(outcome.exit_code) == 1


def test_the_profile_switches_macros_off_and_sends_remote_requests_nowhere(tmp_path):
    converter = office.OfficeConverter()
    registry = (converter._profile_dir() / "user" / "registrymodifications.xcu").read_text(encoding="utf-8")
    assert '"MacroSecurityLevel" oor:op="fuse"><value>3<' in registry
    assert '"DisableMacrosExecution" oor:op="fuse"><value>true<' in registry
    assert '"ooInetHTTPProxyName" oor:op="fuse"><value>127.0.0.1<' in registry
    assert W  # the Word namespace helper is shared with the builders


@needs_office
def test_a_conversion_that_takes_too_long_is_stopped(tmp_path):
    from redact.errors import DocumentError

    (tmp_path / "n.docx").write_bytes(docx(NOTA))
    with pytest.raises(DocumentError, match="langer dan"):
        office.OfficeConverter(timeout=0.05).convert(tmp_path / "n.docx", tmp_path / "pdf")


def test_speaker_notes_are_found(tmp_path):
    import zipfile

    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    note = (f'<p:notes xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" {a}><p:cSld><p:spTree>'
            '<p:sp><p:txBody><a:p><a:r><a:t>Noem Ilse Kamphuis niet bij naam.</a:t></a:r></a:p></p:txBody></p:sp>'
            '<p:sp><p:txBody><a:p><a:r><a:t>2</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>')
    with zipfile.ZipFile(tmp_path / "d.pptx", "w") as zf:
        zf.writestr("ppt/notesSlides/notesSlide2.xml", note)
    found = inspect(tmp_path / "d.pptx")
    assert found.notes == [(2, "Noem Ilse Kamphuis niet bij naam.\n2")] or found.notes[0][0] == 2
    lines = [line.text for line in found.appendix()]
    assert "Sprekersnotities dia 2" in lines and any("Ilse Kamphuis" in t for t in lines)


@needs_office
def test_running_again_gives_the_same_bytes(office_run):
    src, out, _, _ = office_run
    first = {n: hashlib.sha256((out / n).read_bytes()).hexdigest() for n in ("nota.docx.pdf", "lijst.xlsx.pdf")}
    run_folder(src, out)
    assert {n: hashlib.sha256((out / n).read_bytes()).hexdigest() for n in first} == first
