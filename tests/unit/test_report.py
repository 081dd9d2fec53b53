"""Inventory rows and the redaction log."""

from __future__ import annotations

import datetime as dt

from redact.model import DocumentResult, Redaction, Status
from redact.report.inventory import explanation, judgement, read_inventory, rows, write_inventory


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


def _zip_times(path):
    import zipfile

    with zipfile.ZipFile(path) as z:
        return {i.date_time for i in z.infolist()}, z.read("docProps/core.xml").decode()


def test_xlsx_has_no_time_of_the_run(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    results = [result(redactions=(R, B, R)), result(relpath="b.txt", kind="txt")]
    write_inventory(results, tmp_path / "a")
    times, core = _zip_times(tmp_path / "a" / "inventaris.xlsx")
    assert times == {(1980, 1, 1, 0, 0, 0)}
    assert "<dcterms:created" in core and core.count("1980-01-01T00:00:00Z") == 2
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764579600")  # 2025-12-01 09:00 UTC
    write_inventory(results, tmp_path / "b")
    times, core = _zip_times(tmp_path / "b" / "inventaris.xlsx")
    assert times == {(2025, 12, 1, 9, 0, 0)} and core.count("2025-12-01T09:00:00Z") == 2
    write_inventory(results, tmp_path / "c")
    assert (tmp_path / "b" / "inventaris.xlsx").read_bytes() == (tmp_path / "c" / "inventaris.xlsx").read_bytes()


def test_xlsx_counts_are_numbers_with_a_frozen_filtered_header(tmp_path):
    import openpyxl

    write_inventory([result(redactions=(R, B, R)), result(relpath="b.txt", kind="txt")], tmp_path)
    ws = openpyxl.load_workbook(tmp_path / "inventaris.xlsx").active
    header = [c.value for c in ws[1]]
    counts = [row[header.index("Aantal weglakkingen")] for row in ws.iter_rows(min_row=2)]
    assert [(c.value, c.data_type) for c in counts] == [(3, "n"), (0, "n")]
    assert ws["A2"].value == "0001" and ws["A2"].data_type == "s"  # an identifier keeps its zeros
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:N3"  # through Bestandsnaam
    assert ws.column_dimensions["B"].width >= len("Document") and ws.column_dimensions["H"].width > 20


def test_csv_is_what_dutch_excel_opens(tmp_path):
    write_inventory([result(redactions=(R, B, R))], tmp_path)
    raw = (tmp_path / "inventaris.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfID;Document;File type;Datum;Beoordeling;")
    assert raw.decode("utf-8-sig").splitlines()[1] == \
        '0001;a.pdf;pdf;;Deels openbaar;;"5.1.1e;5.1.2e";weggelakt: 1x 5.1.1e, 2x 5.1.2e;3;;;;;a.pdf'
    assert read_inventory(tmp_path)[0]["Beoordelingsgrond"] == "5.1.1e;5.1.2e"
