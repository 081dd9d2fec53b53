"""The person a proposal is about (decide/persons.py) travels through the work folder to the reviewer:
the info line, `review --print`, and the private record of an export or run (never the public files)."""

from __future__ import annotations

import json
import re

import pexpect
import pytest
from rich.console import Console

from redact.review.app import ReviewApp
from redact.review.session import ReviewSession
from redact.review.workfolder import read_document, read_index
from redact.rules import load_rules

from .conftest import cli, scan, woo_redact
from .test_review_tty import ANSI

MINUTES = [
    "Verslag van het overleg",
    "",
    "De minister van Onderwijs Marleen Vanderpoorten opende het overleg.",
    "Mevrouw Vanderpoorten sloot af.",
    "",
    "Met vriendelijke groet,",
    "",
    "Jan Jansen",
    "Senior beleidsmedewerker",
]
OFFICIAL = ("Persoon: Marleen Vanderpoorten (vanderpoorten) — publiek functionaris (minister van Onderwijs, "
            "regel 3); 2 vermeldingen")


@pytest.fixture(scope="module")
def scanned_minutes(tmp_path_factory, blank_model):
    root = tmp_path_factory.mktemp("persons")
    (root / "src").mkdir()
    (root / "src" / "verslag.txt").write_text("\n".join(MINUTES) + "\n", encoding="utf-8")
    assert scan(root / "src", root / "work", blank_model).exit_code == 0
    return root / "work"


def _proposals(work):
    entry = read_index(work).documents[0]
    return entry, read_document(work, entry, boxes=False)[1]


def test_the_work_folder_keeps_each_proposals_person(scanned_minutes):
    _, proposals = _proposals(scanned_minutes)
    people = {p.finding.text: p.decision.person for p in proposals}
    official = people["Marleen Vanderpoorten"]
    assert people["Vanderpoorten"] == official  # one person, read back whole
    assert (official.id, official.name, official.role) == ("vanderpoorten", "Marleen Vanderpoorten", "keep")
    assert official.evidence == "publiek functionaris (minister van Onderwijs, regel 3)"
    assert official.mentions == ("Marleen Vanderpoorten", "Vanderpoorten")
    assert people["Jan Jansen"].role == "redact" and people["Jan Jansen"].id == "jansen"


def test_a_work_folder_without_persons_still_loads(scanned_minutes, tmp_path):
    import shutil

    work = tmp_path / "work"
    shutil.copytree(scanned_minutes, work)
    entry = read_index(work).documents[0]
    path = work / entry.file
    data = json.loads(path.read_text(encoding="utf-8"))
    for p in data["proposals"]:
        del p["person"]  # as a scan before persons were stored wrote it
    path.write_text(json.dumps(data), encoding="utf-8")
    _, proposals = _proposals(work)
    assert len(proposals) == 3 and all(p.decision.person is None for p in proposals)
    printed = cli("review", work, "--print", "--no-color").output
    assert "Persoon:" not in printed and "3 voorstellen" in printed


def test_printed_review_lists_the_persons_within_80_columns(scanned_minutes):
    printed = cli("review", scanned_minutes, "--print", "--no-color").output
    lines = printed.splitlines()
    persons = lines[1:lines.index("@@ pagina 1, regel 3-4 @@")]  # the person block below the header
    assert " ".join(" ".join(persons).split()) == " ".join([
        "Persoon: Marleen Vanderpoorten (vanderpoorten) — publiek functionaris (minister van Onderwijs,",
        "regel 3); 2 vermeldingen",
        "Persoon: Jan Jansen (jansen) — ambtenaar of burger (naam in kop, ondertekening of contactveld,",
        "regel 8); 1 vermelding"])
    assert lines[0].startswith("== verslag.txt") and lines[1].startswith("  Persoon: Marleen")
    assert all(len(line) <= 80 for line in persons)


def test_info_shows_the_person_wrapped_to_the_width(scanned_minutes):
    session = ReviewSession(scanned_minutes, load_rules(), reviewer="tester")
    assert session.current.finding.text == "Marleen Vanderpoorten"
    app = ReviewApp(session, Console(width=80, color_system=None))
    rows = app.info().plain.split("\n")
    assert rows[0].startswith("Marleen Vanderpoorten  PERSON  zichtbaar  open")
    assert " ".join(" ".join(rows[1:]).split()) == OFFICIAL
    assert len(rows) == 3 and all(len(r) <= 80 for r in rows)
    app.details = True
    assert app.info().plain.split("\n")[-1].startswith("detector ")


def test_the_screen_at_80_columns_shows_the_person(scanned_minutes, tmp_path):
    import shutil

    work = tmp_path / "work"
    shutil.copytree(scanned_minutes, work)
    child = pexpect.spawn(woo_redact(), ["review", str(work), "--reviewer", "tester"], dimensions=(24, 80),
                          encoding="utf-8", timeout=30)
    child.expect("stoppen")
    child.send("i")  # the details: one more row, the frame still fits
    child.expect("stoppen")
    frame = ANSI.sub("", (child.before + child.after).split("\x1b[2J")[-1]).split("\r\n")
    child.send("q")
    child.expect(pexpect.EOF)
    assert len(frame) <= 24 and frame[0].startswith("document 1/1 verslag.txt")
    assert all(len(line) <= 80 for line in frame)
    assert " ".join(" ".join(frame).split()).count(OFFICIAL) == 1
    assert any(line.startswith("detector ") for line in frame)


def test_the_private_record_names_the_persons_and_the_public_files_do_not(scanned_minutes, tmp_path):
    out = tmp_path / "out"
    result = cli("export", scanned_minutes, "--out", out)
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "out.woo-private" / "register.json").read_text(encoding="utf-8"))
    assert record["persons"] == {"verslag.txt": [
        {"id": "vanderpoorten", "name": "Marleen Vanderpoorten", "role": "keep",
         "evidence": "publiek functionaris (minister van Onderwijs, regel 3)", "mentions": 2},
        {"id": "jansen", "name": "Jan Jansen", "role": "redact",
         "evidence": "ambtenaar of burger (naam in kop, ondertekening of contactveld, regel 8)", "mentions": 1}]}
    from openpyxl import load_workbook

    public = (out / "inventaris.csv").read_text(encoding="utf-8-sig") + (out / "redactielog.jsonl").read_text(
        encoding="utf-8")
    public += " ".join(str(c.value) for row in load_workbook(out / "inventaris.xlsx").active.iter_rows() for c in row)
    for word in ("Jansen", "jansen", "Vanderpoorten", "vanderpoorten", "publiek functionaris", "ambtenaar",
                 "vermelding"):
        assert word not in public, word
    assert re.search(r"verslag\.txt", public)  # the document itself is listed


def test_run_writes_the_persons_to_the_private_record(tmp_path, blank_model):
    src = tmp_path / "src"
    src.mkdir()
    (src / "verslag.txt").write_text("\n".join(MINUTES) + "\n", encoding="utf-8")
    result = cli("run", src, "--out", tmp_path / "out", "-j", "1", "--model", blank_model)
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "out.woo-private" / "register.json").read_text(encoding="utf-8"))
    assert [(p["name"], p["role"], p["mentions"]) for p in record["persons"]["verslag.txt"]] == [
        ("Marleen Vanderpoorten", "keep", 2), ("Jan Jansen", "redact", 1)]
    log = (tmp_path / "out" / "redactielog.jsonl").read_text(encoding="utf-8")
    assert "Jansen" not in log and "Vanderpoorten" not in log and "vermelding" not in log and "evidence" not in log
