"""The publication package of tests/dossier's dossier (copies and a thread) with --request:
with `--duplicates skip` the copies are `dubbel` rows of the work report (with their original's
ID), never platform rows and never files in upload/; published again (the default) they are
platform rows with Gerelateerd ID; the thread's Email Thread ID is an integer cell; and a name
redacted in a mail is nowhere in the package or the annex."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from redact.cli import main

from tests.dossier.build import CITIZEN, build

from . import platform_reader
from .conftest import VWS, run

SUBJECT_NAME = "Henk Wijnands"  # a citizen named in a mail's subject line (and its body)


def _dossier(folder: Path) -> Path:
    build(folder)
    from tests.dossier.build import JAN, _mail
    _mail(folder / "8-klacht.eml", JAN, "Team klachten <klachten@minbzk.nl>", f"Klacht van {SUBJECT_NAME}",
          f"Beste collega's,\n\nDe heer {SUBJECT_NAME} heeft een klacht ingediend over de afhandeling van zijn "
          "aanvraag. Wil iemand hem deze week terugbellen?\n\nGroet,\nJan de Vries",
          "Wed, 05 Jun 2024 09:00:00 +0200")
    return folder


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    return _dossier(tmp_path_factory.mktemp("dossier") / "verzoek")


def _package(source: Path, out: Path, *extra: str) -> Path:
    result = run(str(source), "--out", str(out), "--request", "2024-017", "--publisher", VWS, *extra)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def skipped(source, tmp_path_factory) -> Path:
    return _package(source, tmp_path_factory.mktemp("skip") / "out", "--duplicates", "skip")


@pytest.fixture(scope="module")
def published(source, tmp_path_factory) -> Path:
    return _package(source, tmp_path_factory.mktemp("publish") / "out")


def _rows(path: Path) -> dict[str, dict]:
    _, rows = platform_reader.read(path)
    return {str(r["document"]).split("-")[0]: r for r in rows}


def _work(out: Path) -> dict[str, tuple]:
    ws = openpyxl.load_workbook(out / "werkrapport.xlsx").active
    return {str(r[1]).split("-")[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}


def test_skipped_copies_are_dubbel_in_the_work_report_and_not_uploaded(skipped):
    assert platform_reader.problems(skipped / "productierapport.xlsx", skipped / "upload") == []
    rows, work = _rows(skipped / "productierapport.xlsx"), _work(skipped)
    assert sorted(rows) == ["1", "2", "3", "5", "8"]
    assert sorted(work) == ["4", "6"]
    for k, original in (("4", "2024-017-0005"), ("6", "2024-017-0001")):
        ident, _, _, _, status, explanation, related, _ = work[k]
        assert ident == f"2024-017-000{k}" and status == "dubbel" and related == original
        assert f"gelijk aan document {original}" in explanation and "niet opnieuw openbaar gemaakt" in explanation
        assert not (skipped / "upload" / f"{ident}.pdf").exists()
    assert sorted(p.name for p in (skipped / "upload").iterdir()) == sorted(f"{r['id']}.pdf" for r in rows.values())
    assert not any(r["gerelateerd id"] for r in rows.values())  # no platform row points at a copy left out


def test_copies_published_again_point_at_their_original_and_threads_are_integers(published):
    assert platform_reader.problems(published / "productierapport.xlsx", published / "upload") == []
    ws = openpyxl.load_workbook(published / "productierapport.xlsx").active
    header = [c.value for c in ws[1]]
    cells = {str(row[header.index("Document")].value).split("-")[0]: row for row in ws.iter_rows(min_row=2)}
    assert sorted(cells) == ["1", "2", "3", "4", "5", "6", "8"]
    related = {k: row[header.index("Gerelateerd ID")].value for k, row in cells.items()}
    assert related == {"1": None, "2": None, "3": None, "4": "2024-017-0005", "5": None, "6": "2024-017-0001",
                       "8": None}
    thread = {k: row[header.index("Email Thread ID")] for k, row in cells.items()}
    assert {k: c.value for k, c in thread.items()} == {"1": 1, "2": 1, "3": 1, "4": None, "5": None, "6": 1,
                                                      "8": None}
    assert all(c.data_type == "n" and type(c.value) is int for k, c in thread.items() if k in "1236")
    assert {k: row[header.index("Beoordeling")].value for k, row in cells.items()} == dict.fromkeys(cells,
                                                                                                    "Deels openbaar")
    assert _work(published) == {}
    # The Toelichting says what the inventory says about the copy and the thread.
    told = {k: row[header.index("Toelichting")].value for k, row in cells.items()}
    assert "gelijk aan document 2024-017-0001" in told["6"] and "niet opnieuw" not in told["6"]
    assert "meest volledige e-mail van e-mailwisseling 1" in told["3"]
    assert "e-mailwisseling 1, meest volledig: document 2024-017-0003" in told["1"]


def _text_of_xlsx(path: Path) -> str:
    ws = openpyxl.load_workbook(path).active
    return " ".join(str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None)


@pytest.mark.parametrize("fixture", ["skipped", "published"])
def test_a_name_redacted_in_a_mail_is_nowhere_in_the_package(fixture, request):
    """The Document column is the file name, never the mail's subject: the subject here holds a
    citizen's name, which the mail's PDF redacts and no published file of the package may show."""
    out = request.getfixturevalue(fixture)
    assert CliRunner().invoke(main, ["report", str(out)]).exit_code == 0
    mail = subprocess.run(["pdftotext", str(out / "8-klacht.eml.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Klacht van" in mail and SUBJECT_NAME not in mail  # the mail itself has the subject redacted
    texts = [_text_of_xlsx(out / "productierapport.xlsx"), _text_of_xlsx(out / "werkrapport.xlsx")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((out / "diwoo").glob("*.xml"))]
    texts.append(subprocess.run(["pdftotext", str(out / "besluitbijlage.pdf"), "-"], capture_output=True, text=True,
                                check=True).stdout)
    assert len(texts) > 4
    for name in (SUBJECT_NAME, CITIZEN, "Wijnands", "Amrani"):
        for text in texts:
            assert name.lower() not in " ".join(text.split()).lower(), name
    # The subject is not the Document: the file name is.
    assert "8-klacht.eml" in texts[0] and "Klacht van" not in texts[0]
