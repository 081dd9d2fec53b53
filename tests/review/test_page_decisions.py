"""Page decisions in the decisions file and in `review --page` (review/pages.py). The page that
cannot be read is simulated (as in test_rescan_export.py): making one needs an OCR run, which
tests/scans/test_page_decisions.py does end to end on the dashboard fixture."""

from __future__ import annotations

import json

import pytest

from redact.review.decisions import DECISIONS_FILE, DecisionBook, DecisionsError, ReviewDecision
from redact.review.pages import page_fingerprint

from .conftest import cli, pdf_text


def _unreadable(work, mode: str | None = "withhold"):
    """Mark page 1 of b-nota.pdf as a page the scan could not read reliably."""
    doc = work / "docs" / "b-nota.pdf.json"
    data = json.loads(doc.read_text(encoding="utf-8"))
    data["pages"][0]["needs_review"] = "OCR onbetrouwbaar (test)"
    doc.write_text(json.dumps(data), encoding="utf-8")
    if mode:
        index = work / "index.json"
        data = json.loads(index.read_text(encoding="utf-8"))
        for entry in data["documents"]:
            if entry["relpath"] == "b-nota.pdf":
                entry["unreadable"] = mode
        index.write_text(json.dumps(data), encoding="utf-8")


def test_a_page_decision_needs_a_page_a_fingerprint_and_for_blackout_a_ground():
    good = dict(kind="page", document="b.pdf", value="2", action="publish", ground=None, reviewer="r", time="t",
                id="ab" * 16)
    ReviewDecision(**good)
    for bad in (dict(value="twee"), dict(id=""), dict(action="redact"), dict(action="blackout"),
                dict(document="*")):
        with pytest.raises(ValueError):
            ReviewDecision(**{**good, **bad})


def test_withheld_without_a_decision_and_published_with_one(work, tmp_path):
    _unreadable(work)
    out = tmp_path / "out"
    assert cli("export", work, "--out", out).exit_code == 5
    assert not (out / "b-nota.pdf").exists()
    decided = cli("review", work, "--page", "b-nota.pdf:1", "--page-decision", "publish", "--reviewer", "tester")
    assert decided.exit_code == 0, decided.output
    assert "publiceren zoals het is" in decided.output
    result = cli("export", work, "--out", out)
    assert result.exit_code == 0, result.output
    text = pdf_text(out / "b-nota.pdf")
    assert "Geachte" in text and "06-12345678" not in text and "p.bakker" not in text  # the findings still boxed


def test_blackout_under_the_coordinators_ground_and_an_unknown_ground_refused(work, tmp_path):
    _unreadable(work)
    refused = cli("review", work, "--page", "b-nota.pdf:1", "--page-decision", "blackout", "--ground", "9.9")
    assert refused.exit_code == 2 and "onbekende grond" in refused.output
    assert cli("review", work, "--page", "b-nota.pdf:1", "--page-decision", "blackout", "--ground",
               "5.1.2.i").exit_code == 0
    out = tmp_path / "out"
    assert cli("export", work, "--out", out).exit_code == 0  # judged: not "handmatige beoordeling nodig"
    assert pdf_text(out / "b-nota.pdf").split() == ["5.1.2i"]
    inventory = (out / "inventaris.csv").read_text(encoding="utf-8-sig")
    assert "hele pagina weggelakt (5.1.2i)" in inventory and "tester" not in inventory


def test_a_readable_page_gets_no_page_decision(work):
    result = cli("review", work, "--page", "b-nota.pdf:1", "--page-decision", "publish")
    assert result.exit_code == 2 and "geen pagina die niet betrouwbaar te lezen is" in result.output


def test_a_decision_with_another_fingerprint_does_not_apply(work, tmp_path):
    _unreadable(work)
    book = DecisionBook.load(work / DECISIONS_FILE)
    book.record(ReviewDecision(kind="page", document="b-nota.pdf", value="1", action="publish", ground=None,
                               reviewer="tester", time="t", id="0" * 32))
    book.save(work / DECISIONS_FILE)
    out = tmp_path / "out"
    result = cli("export", work, "--out", out)
    assert result.exit_code == 5 and not (out / "b-nota.pdf").exists()
    assert "de pagina is gewijzigd" in (out / "inventaris.csv").read_text(encoding="utf-8-sig")
    source = json.loads((work / "index.json").read_text(encoding="utf-8"))["documents"][1]["source"]
    assert page_fingerprint(source, 1) not in (None, "0" * 32)


def test_a_hand_edited_page_decision_with_an_unknown_action_is_refused(work):
    path = work / DECISIONS_FILE
    path.write_text(json.dumps({"format": "woo-redact/decisions", "version": 1, "decisions": [
        {"kind": "page", "document": "b-nota.pdf", "value": "1", "action": "publiceren", "ground": None,
         "reviewer": "r", "time": "t", "id": "ab"}]}), encoding="utf-8")
    with pytest.raises(DecisionsError):
        DecisionBook.load(path)


def test_key_b_decides_the_page_in_the_terminal(work, tmp_path):
    from .test_review_tty import command, pexpect, spawn

    _unreadable(work)
    child = spawn(work)
    command(child, "f", "PHONE_NUMBER", "filter: PHONE_NUMBER")
    command(child, "n", None, "document 2/2")  # b-nota.pdf, the page that cannot be read
    child.expect("b: paginabesluit; geen besluit")
    child.send("b")
    child.expect("zelf gelezen")
    child.send("w")
    child.expect("Grond")
    child.send("5.1.2i\r")
    child.expect(r"hele pagina weglakken \(5\.1\.2i\)")
    child.send("q")
    child.expect(pexpect.EOF)
    entry = [e for e in DecisionBook.load(work / DECISIONS_FILE).entries if e.kind == "page"][0]
    assert (entry.document, entry.value, entry.action, entry.ground, entry.reviewer) == (
        "b-nota.pdf", "1", "blackout", "5.1.2i", "tester")
    out = tmp_path / "out"
    assert cli("export", work, "--out", out).exit_code == 0
    assert pdf_text(out / "b-nota.pdf").split() == ["5.1.2i"]
