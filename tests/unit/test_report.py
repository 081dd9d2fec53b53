"""Inventory rows and the redaction log."""

from __future__ import annotations

import datetime as dt

from redact.model import DocumentResult, Redaction, Status
from redact.report.inventory import explanation, judgement, rows


def result(**kw) -> DocumentResult:
    base = dict(relpath="a.pdf", kind="pdf", status=Status.OK)
    base.update(kw)
    return DocumentResult(**base)


R = Redaction(page=1, start=0, end=3, entity_type="PERSON", ground="5.1.2e", detector="x", score=1.0)
B = Redaction(page=1, start=5, end=9, entity_type="BSN", ground="5.1.1e", detector="x", score=1.0)


def test_judgement_per_outcome():
    assert judgement(result()) == "Openbaar"
    assert judgement(result(redactions=(R,))) == "Deels openbaar"
    assert judgement(result(status=Status.FAILED, error="x")) == "niet verwerkt"
    assert judgement(result(status=Status.NEEDS_REVIEW, error="x")) == "handmatige beoordeling nodig"


def test_rows_number_documents_in_path_order_and_join_grounds():
    table = rows([result(relpath="b.txt", kind="txt"), result(redactions=(R, B, R))])
    assert [(r["ID"], r["Document"]) for r in table] == [("0001", "a.pdf"), ("0002", "b.txt")]
    assert table[0]["Beoordelingsgrond"] == "5.1.1e;5.1.2e"
    assert table[0]["Toelichting"] == "weggelakt: 1x 5.1.1e, 2x 5.1.2e"
    assert table[0]["Aantal weglakkingen"] == "3"


def test_five_year_warning_only_for_relative_grounds():
    today = dt.date(2026, 12, 1)
    old_privacy = result(date="2020-03-01", redactions=(R,))
    old_bsn_only = result(date="2020-03-01", redactions=(B,))
    recent = result(date="2023-03-01", redactions=(R,))
    assert "art. 5.3 Woo" in explanation(old_privacy, today)
    assert "art. 5.3" not in explanation(old_bsn_only, today)
    assert "art. 5.3" not in explanation(recent, today)
