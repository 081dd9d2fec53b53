"""Decisions survive a re-scan; export applies them by policy and refuses what it cannot vouch for."""

from __future__ import annotations

import shutil

from redact.review.session import Filter, ReviewSession
from redact.rules import DEFAULT_RULES_DIR, load_rules
from redact.review.workfolder import read_index

from .conftest import cli, make_sources, scan

CASE_NUMBERS = """\
recognizers:
  - name: case_number
    kind: pattern
    entity: CASE_NUMBER
    patterns:
      - {name: dossiercode, regex: "\\\\bZX-\\\\d{4}-[A-Z]\\\\b", score: 0.9}
"""


def test_decisions_survive_a_rescan_after_a_rules_change(work, scanned, tmp_path, blank_model):
    session = ReviewSession(work, load_rules(), reviewer="tester")
    session.set_filter(Filter(entity="EMAIL_ADDRESS"))
    assert session.current.finding.text == "p.bakker@voorbeeld.nl" and session.relpath == "a-brief.txt"
    session.decide("keep")
    session.set_filter(Filter(entity="IBAN"))
    session.decide_value("keep", dossier=True)
    before = session.counts()
    assert before["rejected"] == 3  # one e-mail address, the IBAN in both documents

    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    (rules / "recognizers" / "case_numbers.yaml").write_text(CASE_NUMBERS, encoding="utf-8")
    result = scan(scanned.parent / "src", work, blank_model, "--rules", rules)
    assert result.exit_code == 0, result.output
    assert "3 al beoordeeld" in " ".join(result.output.split())  # rich wraps at 80 columns

    again = ReviewSession(work, load_rules(rules), reviewer="tester")
    counts = again.counts()
    assert counts["rejected"] == 3 and counts["accepted"] == 0
    assert counts["open"] == before["open"] + 2  # the new case numbers, one per document
    again.set_filter(Filter(entity="CASE_NUMBER", open_only=True))
    assert again.current.finding.text == "ZX-4411-Q"

    printed = cli("review", work, "--print", "--no-color").output
    assert printed.count("[=NL91ABNA0417164300=]{zichtbaar}") == 2
    assert printed.count("[=p.bakker@voorbeeld.nl=]{zichtbaar}") == 1
    assert printed.count("[-ZX-4411-Q-]{5.1.2e?}") == 2


def test_fail_policy_exports_nothing_while_proposals_are_open(work, tmp_path):
    out = tmp_path / "out"
    result = cli("export", work, "--out", out, "--unreviewed", "fail")
    assert result.exit_code == 6
    assert "open" in result.output and not out.exists()


def test_keep_policy_leaves_open_proposals_visible(work, tmp_path):
    session = ReviewSession(work, load_rules(), reviewer="tester")
    session.set_filter(Filter(entity="PHONE_NUMBER"))
    session.decide("redact")  # a-brief.txt's number
    out = tmp_path / "out"
    assert cli("export", work, "--out", out, "--unreviewed", "keep").exit_code == 0
    text = (out / "a-brief.txt").read_text(encoding="utf-8")
    assert "bel [5.1.2e]" in text and "p.bakker@voorbeeld.nl" in text and "NL91ABNA0417164300" in text
    assert "inventaris.csv" in {p.name for p in out.iterdir()}
    assert "decisions.json" not in {p.name for p in out.rglob("*")}  # never part of the disclosure


def test_a_changed_source_is_refused(tmp_path, blank_model):
    src = make_sources(tmp_path / "src")
    work = tmp_path / "work"
    assert scan(src, work, blank_model).exit_code == 0
    (src / "a-brief.txt").write_text("Iets anders, met p.bakker@voorbeeld.nl.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = cli("export", work, "--out", out)
    assert result.exit_code == 1
    assert "gewijzigd sinds de scan" in result.output
    assert not (out / "a-brief.txt").exists() and (out / "b-nota.pdf").exists()


def test_output_inside_the_work_folder_or_over_the_sources_is_refused(work, scanned):
    result = cli("export", work, "--out", work / "out")
    assert result.exit_code == 2 and not (work / "out").exists()
    sources = scanned.parent / "src"
    original = (sources / "a-brief.txt").read_bytes()
    result = cli("export", work, "--out", sources)
    assert result.exit_code == 2 and "bronbestanden" in result.output
    assert (sources / "a-brief.txt").read_bytes() == original


def test_failed_scans_are_in_the_inventory(tmp_path, blank_model):
    src = tmp_path / "src"
    src.mkdir()
    (src / "leeg.txt").write_bytes(b"")
    (src / "goed.txt").write_text("Mail a.b@voorbeeld.nl.\n", encoding="utf-8")
    scan(src, tmp_path / "work", blank_model)
    assert [e.status for e in read_index(tmp_path / "work").documents] == ["ok", "failed"]
    out = tmp_path / "out"
    assert cli("export", tmp_path / "work", "--out", out).exit_code == 1
    inventory = (out / "inventaris.csv").read_text(encoding="utf-8-sig")
    assert "leeg.txt" in inventory and "niet verwerkt" in inventory
    assert (out / "goed.txt").read_text(encoding="utf-8") == "Mail [5.1.2e].\n"


def test_a_value_kept_at_one_place_and_redacted_at_another(tmp_path, blank_model):
    src = tmp_path / "src"
    src.mkdir()
    (src / "d.txt").write_text("Mail a.b@voorbeeld.nl nu.\nOf later a.b@voorbeeld.nl weer.\n", encoding="utf-8")
    work = tmp_path / "work"
    assert scan(src, work, blank_model).exit_code == 0
    session = ReviewSession(work, load_rules(), reviewer="tester")
    session.decide("keep")  # the first occurrence only
    out = tmp_path / "out"
    result = cli("export", work, "--out", out)
    assert result.exit_code == 0, result.output  # not withheld as a leak: the reviewer chose this
    assert (out / "d.txt").read_text(encoding="utf-8") == "Mail a.b@voorbeeld.nl nu.\nOf later [5.1.2e] weer.\n"
    inventory = (out / "inventaris.csv").read_text(encoding="utf-8-sig")
    assert "bewust zichtbaar" in inventory and "a.b@voorbeeld.nl" not in inventory
    from click.testing import CliRunner

    from redact.commands.verify import verify

    assert CliRunner().invoke(verify, [str(out)]).exit_code == 0  # export writes the record verify needs


def test_a_page_kept_for_blackout_is_blacked_out_on_export(work, tmp_path):
    # As `scan --unreadable-pages blackout` stores a page it could not read (simulated here:
    # making such a page needs an OCR run that fails).
    import json

    doc = work / "docs" / "b-nota.pdf.json"
    data = json.loads(doc.read_text(encoding="utf-8"))
    data["pages"][0]["needs_review"] = "OCR onbetrouwbaar (test)"
    doc.write_text(json.dumps(data), encoding="utf-8")
    assert "geen besluit: bij export achtergehouden of geheel zwart" in cli("review", work, "--print", "--no-color").output
    out = tmp_path / "out"
    result = cli("export", work, "--out", out)
    assert result.exit_code == 5  # published blacked out, still marked for manual review
    from .conftest import pdf_text

    text = pdf_text(out / "b-nota.pdf")
    assert "Geachte" not in text and "Dossiercode" not in text


def test_an_accepted_redaction_stays_when_a_rescan_no_longer_detects_it(work, scanned, tmp_path, blank_model):
    import yaml

    session = ReviewSession(work, load_rules(), reviewer="tester")
    session.set_filter(Filter(entity="IBAN"))
    session.decide("redact", "5.1.2i")  # a-brief.txt's IBAN, with a ground of its own
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    ids = rules / "recognizers" / "identifiers.yaml"
    data = yaml.safe_load(ids.read_text(encoding="utf-8"))
    data["recognizers"] = [r for r in data["recognizers"] if r["entity"] != "IBAN"]
    ids.write_text(yaml.safe_dump(data), encoding="utf-8")

    result = scan(scanned.parent / "src", work, blank_model, "--rules", rules)
    assert result.exit_code == 0, result.output
    assert "1 eerder geaccepteerde weglakking(en) niet meer voorgesteld" in " ".join(result.output.split())
    assert ReviewSession(work, load_rules(rules), reviewer="tester").counts()["accepted"] == 1
    printed = cli("review", work, "--print", "--no-color").output
    assert printed.count("[-NL91ABNA0417164300-]{5.1.2i}") == 1  # a-brief.txt: back at its place
    assert "[-NL91ABNA0417164300-]" not in printed.split("== b-nota.pdf")[1]  # b-nota.pdf: nobody accepted it
    out = tmp_path / "out"
    assert cli("export", work, "--out", out).exit_code == 0
    assert "Het IBAN is [5.1.2i]." in (out / "a-brief.txt").read_text(encoding="utf-8")


def test_export_without_decisions_equals_run(work, scanned, tmp_path, blank_model):
    from .conftest import pdf_text

    ran = tmp_path / "ran"
    assert cli("run", scanned.parent / "src", "--out", ran, "-j", "1", "--model", blank_model).exit_code == 0
    exported = tmp_path / "exported"
    assert cli("export", work, "--out", exported).exit_code == 0
    assert (ran / "a-brief.txt").read_text(encoding="utf-8") == (exported / "a-brief.txt").read_text(encoding="utf-8")
    assert pdf_text(ran / "b-nota.pdf") == pdf_text(exported / "b-nota.pdf")
    for name in ("inventaris.csv", "inventaris.xlsx"):
        assert (ran / name).read_bytes() == (exported / name).read_bytes()


def test_scan_carries_names_across_the_dossier_as_run_does(tmp_path, blank_model):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Beste collega,\n\nDank voor je bericht.\n\nMet vriendelijke groet,\n\n"
                               "Piet Kwakkelstein\nSenior beleidsmedewerker\n", encoding="utf-8")
    (src / "b.txt").write_text("Verslag\n\nHet stuk van Kwakkelstein is akkoord.\n", encoding="utf-8")
    work = tmp_path / "work"
    assert scan(src, work, blank_model).exit_code == 0
    printed = cli("review", work, "--print", "--no-color").output
    assert "Het stuk van [-Kwakkelstein-]{5.1.2e?} is akkoord." in printed  # found only via a.txt
    exported, ran = tmp_path / "exported", tmp_path / "ran"
    assert cli("export", work, "--out", exported).exit_code == 0
    assert cli("run", src, "--out", ran, "-j", "1", "--model", blank_model).exit_code == 0
    for name in ("a.txt", "b.txt"):
        assert (exported / name).read_text(encoding="utf-8") == (ran / name).read_text(encoding="utf-8")


def test_export_into_a_folder_another_run_holds_is_refused(work, tmp_path):
    """export takes the same lock on OUT as run (flows/guard.py): exit 75, nothing written."""
    import fcntl
    import os

    out = tmp_path / "pub"
    out.mkdir()
    fd = os.open(out, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        result = cli("export", work, "--out", out, "--unreviewed", "redact")
    finally:
        os.close(fd)
    assert result.exit_code == 75, result.output
    assert list(out.iterdir()) == []
