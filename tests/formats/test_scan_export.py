"""scan and export take the same formats: the scan converts into WORK/omgezet, export publishes from
there and keeps the families in its inventory."""

from __future__ import annotations

import pytest

from redact.flows.common import Options
from redact.flows.executor import LocalPool
from redact.flows.export import export
from redact.flows.scan import scan
from redact.model import DocumentResult, Origin, Status
from redact.report.inventory import rows

from .conftest import inventory, mail, needs_pdftotext, pdftotext


@needs_pdftotext
def test_scan_then_export_a_mail_with_attachments(tmp_path):
    src = tmp_path / "bron"
    src.mkdir()
    msg = mail("Pieter Bakhuizen <p.bakhuizen@minbzk.nl>", "Sanne Verbeek <s.verbeek@minbzk.nl>", "Nota",
               "Beste Sanne,\n\nBel mij op 06-12345678.\n")
    msg.add_attachment(b"Notitie over de heer Jorrit Kamphuis.\n", maintype="text", subtype="plain",
                       filename="notitie.txt")
    msg.add_attachment(b"\x00binary", maintype="application", subtype="octet-stream", filename="x.dat")
    (src / "mail.eml").write_bytes(bytes(msg))
    work, out = tmp_path / "werk", tmp_path / "uit"
    scanned = scan([src], work, Options(), executor=LocalPool(1))
    assert {e.relpath for e in scanned.index.documents} == {
        "mail.eml.pdf", "mail.eml-bijlagen/1-notitie.txt", "mail.eml-bijlagen/2-x.dat"}
    assert (work / "omgezet" / "mail.eml.pdf").is_file()
    export(work, out, "redact", Options())
    table = inventory(out)
    assert table["0001"]["Document"] == "mail.eml.pdf" and table["0001"]["Familie"] == "0001"
    assert table["0001.1"]["Bijlage bij"] == "0001" and table["0001.1"]["Beoordeling"] == "Deels openbaar"
    assert table["0001.2"]["Beoordeling"] == "niet verwerkt" and table["0001.2"]["Bestandsnaam"] == "x.dat"
    text = pdftotext(out / "mail.eml.pdf")
    assert "Van:" in text and "Pieter Bakhuizen" not in text and "06-12345678" not in text


def _result(relpath, index=(), root=None, name=None):
    origin = Origin(name or relpath.rsplit("/", 1)[-1], "eml", root, index) if root else None
    return DocumentResult(relpath=relpath, kind="pdf", status=Status.OK, origin=origin)


def test_families_are_numbered_after_their_mail():
    results = [
        _result("b.pdf"),
        _result("a.eml.pdf", (), "a.eml.pdf", "a.eml"),
        _result("a.eml-bijlagen/2-y.pdf", (2,), "a.eml.pdf", "y.pdf"),
        _result("a.eml-bijlagen/1-x.eml.pdf", (1,), "a.eml.pdf", "x.eml"),
        _result("a.eml-bijlagen/1-x.eml-bijlagen/1-z.txt", (1, 1), "a.eml.pdf", "z.txt"),
        _result("c.docx.pdf", (), "c.docx.pdf", "c.docx"),
    ]
    table = [(r["ID"], r["Document"], r["Familie"], r["Bijlage bij"], r["Bestandsnaam"]) for r in rows(results)]
    assert table == [
        ("0001", "a.eml.pdf", "0001", "", "a.eml"),
        ("0001.1", "a.eml-bijlagen/1-x.eml.pdf", "0001", "0001", "x.eml"),
        ("0001.1.1", "a.eml-bijlagen/1-x.eml-bijlagen/1-z.txt", "0001", "0001.1", "z.txt"),
        ("0001.2", "a.eml-bijlagen/2-y.pdf", "0001", "0001", "y.pdf"),
        ("0002", "b.pdf", "", "", "b.pdf"),
        ("0003", "c.docx.pdf", "", "", "c.docx"),  # a converted file without attachments is no family
    ]


@pytest.mark.parametrize("name, safe", [("../../etc/passwd", "_.._etc_passwd"), (".verborgen", "verborgen"),
                                        ("a\x00b.txt", "a_b.txt"), ("", "bijlage")])
def test_attachment_names_cannot_leave_their_folder(name, safe):
    from redact.ingest.convert import safe_name

    assert safe_name(name) == safe
    assert "/" not in safe_name(name) and not safe_name(name).startswith(".")
