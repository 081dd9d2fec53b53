"""scan -> export with --request --stamp: the same stable numbers and the same package as `run`."""

from __future__ import annotations

import subprocess

from redact.flows.common import Options
from redact.flows.executor import LocalPool
from redact.flows.export import export
from redact.flows.scan import scan

from . import platform_reader
from .test_numbering import LETTER, ids

from tests.formats.conftest import mail


def test_export_numbers_stamps_and_packages_a_mail_with_its_attachment(tmp_path):
    src = tmp_path / "bron"
    src.mkdir()
    msg = mail("Pieter Bakhuizen <p.bakhuizen@minbzk.nl>", "Sanne Verbeek <s.verbeek@minbzk.nl>", "Nota",
               "Beste Sanne,\n\nBel mij op 06-12345678.\n")
    msg.add_attachment(b"Notitie over de heer Jorrit Kamphuis.\n", maintype="text", subtype="plain",
                       filename="notitie.txt")
    (src / "mail.eml").write_bytes(bytes(msg))
    (src / "brief.txt").write_text(LETTER.format(n=1), encoding="utf-8")
    work, out = tmp_path / "werk", tmp_path / "uit"
    scan([src], work, Options(), executor=LocalPool(1))
    options = Options(request="2024-017", stamp=True)
    outcome = export(work, out, "redact", options)
    assert ids(out) == {"brief.txt": "2024-017-0001", "mail.eml.pdf": "2024-017-0002",
                        "mail.eml-bijlagen/1-notitie.txt": "2024-017-0002.1"}
    assert platform_reader.problems(out / "productierapport.xlsx", out / "upload") == []
    _, rows = platform_reader.read(out / "productierapport.xlsx")
    assert {r["id"]: r["family"] for r in rows} == {"2024-017-0001": None, "2024-017-0002": 2,
                                                    "2024-017-0002.1": 2}
    assert outcome.package.diwoo_skipped  # no publisher in the built-in policy: said, not guessed
    page = subprocess.run(["pdftotext", str(out / "mail.eml.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Document 2024-017-0002, pagina 1" in page
    # A new source and a second export: the numbers stand, the new one comes after them.
    (src / "aanvulling.txt").write_text(LETTER.format(n=2), encoding="utf-8")
    scan([src], work, Options(), executor=LocalPool(1))
    export(work, out, "redact", options)
    assert ids(out)["aanvulling.txt"] == "2024-017-0003" and ids(out)["mail.eml.pdf"] == "2024-017-0002"
