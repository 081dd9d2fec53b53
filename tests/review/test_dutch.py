"""What the reviewer reads is Dutch: the info line, the reasons export records, the printed review."""

from __future__ import annotations

from rich.console import Console

from redact.review.app import ReviewApp
from redact.review.decisions import final_decisions
from redact.review.session import ReviewSession
from redact.rules import load_rules

from .conftest import cli, scan


def test_info_line_and_reasons_are_dutch(work):
    session = ReviewSession(work, load_rules(), reviewer="tester", clock=lambda: "2026-12-01T09:00:00+00:00")
    session.decide_value("redact", dossier=True)
    session.move(-1)
    info = ReviewApp(session, Console(width=300, color_system=None)).info().plain
    assert "(tester, 2026-12-01T09:00:00+00:00, hele waarde)" in info and "value" not in info
    session.add_value("wordt later", dossier=False)
    loaded = session.loaded(session.doc)
    reasons = {p.finding.text: r.reason for p, r in
               zip(loaded.proposals, final_decisions(loaded.document, loaded.proposals, session.book))}
    assert reasons["wordt later"] == "geaccepteerd door tester op 2026-12-01T09:00:00+00:00"
    added = [p for p in loaded.proposals if p.finding.text == "wordt later"]
    assert added[0].decision.reason == "toegevoegd door de beoordelaar"
    open_one = final_decisions(loaded.document, loaded.proposals, session.book, unreviewed="keep")
    assert any(d.reason == "niet beoordeeld: zichtbaar gelaten (--unreviewed keep)" for d in open_one)


def test_printed_review_names_a_failed_document_in_dutch(tmp_path, blank_model):
    src = tmp_path / "src"
    src.mkdir()
    (src / "leeg.txt").write_bytes(b"")
    (src / "goed.txt").write_text("Mail a.b@voorbeeld.nl.\n", encoding="utf-8")
    scan(src, tmp_path / "work", blank_model)
    printed = cli("review", tmp_path / "work", "--print", "--no-color").output
    assert "leeg.txt: niet gescand (niet verwerkt)" in printed and "failed" not in printed
