"""The review's state without a terminal: filters, moving across documents, value-wide decisions."""

from __future__ import annotations

import pytest

from redact.review.session import Filter, ReviewSession, parse_filter
from redact.rules import load_rules


@pytest.fixture
def session(work):
    return ReviewSession(work, load_rules(), reviewer="tester", clock=lambda: "2026-12-01T09:00:00+00:00")


def test_filter_syntax():
    rules = load_rules()
    assert parse_filter("PERSON 5.1.2.e <0.8 open", rules) == Filter("PERSON", "5.1.2e", 0.8, True)
    assert parse_filter("score<0.5", rules) == Filter(max_score=0.5)
    assert parse_filter("", rules) == Filter()
    with pytest.raises(ValueError):
        parse_filter("5.1.9z", rules)
    with pytest.raises(ValueError):
        parse_filter("<veel", rules)


def test_moving_crosses_documents_and_counts_positions(session):
    total = session.total()
    assert session.position() == 1 and session.relpath == "a-brief.txt"
    seen = [(session.relpath, session.current.finding.text)]
    while session.move(+1):
        seen.append((session.relpath, session.current.finding.text))
    assert len(seen) == total and session.position() == total
    assert seen[0][0] == "a-brief.txt" and seen[-1][0] == "b-nota.pdf"
    assert not session.move(+1) and session.message == "geen volgend voorstel"
    session.set_filter(Filter(open_only=True, entity="IBAN"))
    assert session.current.finding.text == "NL91ABNA0417164300" and session.relpath == "b-nota.pdf"
    session.decide("redact")
    assert "laatste voorstel" in session.message  # no open IBAN after this one
    session.move(-1)
    assert session.relpath == "a-brief.txt"


def test_value_decisions_per_document_or_dossier(session, work):
    session.set_filter(Filter(entity="PHONE_NUMBER"))
    session.decide_value("keep", dossier=False)
    assert session.counts()["rejected"] == 1
    session.move(-1)
    session.decide_value("redact", dossier=True)  # overrides the document-level one
    counts = session.counts()
    assert counts["accepted"] == 2 and counts["rejected"] == 0
    again = ReviewSession(work, load_rules(), reviewer="tester")  # read back from the file
    assert again.counts() == counts


def test_search_adds_a_redaction_at_every_occurrence(session):
    before = session.total()
    assert session.add_value("wordt later", dossier=False) == 1
    assert session.current.finding.text == "wordt later" and session.current.finding.entity_type == "MANUAL"
    assert session.total() == before + 1  # b-nota.pdf not yet: this document only
    assert session.add_value("Geachte mevrouw", dossier=True) == 1
    session.set_filter(Filter(entity="MANUAL"))
    found = []
    while True:
        found.append((session.relpath, session.current.finding.text))
        if not session.move(+1):
            break
    assert ("b-nota.pdf", "Geachte mevrouw") in found and ("b-nota.pdf", "wordt later") not in found
    assert session.counts()["accepted"] == 3


def test_reopening_starts_at_the_first_undecided_proposal(session, work):
    session.decide("keep")  # proposal 1 and 2 decided; the session moves on after each
    session.decide("redact")
    third = session.current.id
    again = ReviewSession(work, load_rules(), reviewer="tester")
    assert again.position() == 3 and again.current.id == third
    while again.current is not None and again.status(again.doc, again.rows(again.doc)[again.pos]) == "open":
        again.decide("redact")
        if "laatste voorstel" in again.message:
            break
    done = ReviewSession(work, load_rules(), reviewer="tester")  # nothing open: the first proposal
    assert done.counts()["open"] == 0 and done.position() == 1
