"""The work folder: compact character boxes, versioned files, failed documents recorded."""

from __future__ import annotations

import json

import pytest

from redact.ingest.pdf import read_pdf
from redact.model import DetectorKind, Status
from redact.review.workfolder import (EntryStatus, ProposalRow, WorkError, decode_boxes, encode_boxes, read_document,
                                     read_index)

from .conftest import LETTER, make_pdf, scan


def test_boxes_round_trip_within_a_hundredth_of_a_point(tmp_path):
    page = read_pdf(make_pdf(tmp_path / "x.pdf", LETTER), "x.pdf").pages[0]
    runs = encode_boxes(page.boxes)
    back = decode_boxes(runs, len(page.text))
    assert [b is None for b in back] == [b is None for b in page.boxes]
    assert max(abs(a - b) for x, y in zip(page.boxes, back) if x for a, b in zip(x, y)) <= 0.005
    size = len(json.dumps(runs))
    assert size < 10 * len(page.text)  # against ~60 bytes a character written out in full
    assert len(runs) < len(LETTER) * 3  # about one run per line


def test_scanned_document_reads_back(scanned):
    index = read_index(scanned)
    entry = index.entry("b-nota.pdf")
    document, proposals = read_document(scanned, entry)
    assert document.kind == "pdf" and "p.bakker@voorbeeld.nl" in document.pages[0].text
    assert len(document.pages[0].boxes) == len(document.pages[0].text)
    assert [p.id for p in proposals] == [row.id for row in entry.proposals]
    assert {p.finding.entity_type for p in proposals} >= {"EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN"}
    assert all(p.finding.text == document.pages[0].text[p.finding.start:p.finding.end] for p in proposals)
    # the detector's kind survives the round trip (decisions after review may read it)
    assert DetectorKind.UNKNOWN not in {p.finding.detector_kind for p in proposals}
    assert {p.finding.detector_kind for p in proposals if p.finding.entity_type == "IBAN"} == {DetectorKind.PATTERN}


def test_other_versions_are_refused(work):
    index = work / "index.json"
    index.write_text(index.read_text(encoding="utf-8").replace('"version": 1', '"version": 2', 1), encoding="utf-8")
    with pytest.raises(WorkError, match="versie 2"):
        read_index(work)


def test_unreadable_documents_are_recorded_with_their_reason(tmp_path, blank_model):
    src = tmp_path / "src"
    src.mkdir()
    (src / "leeg.txt").write_bytes(b"")
    (src / "kapot.pdf").write_bytes(b"%PDF-1.7 niet echt")
    (src / "goed.txt").write_text("Mail a.b@voorbeeld.nl.\n", encoding="utf-8")
    result = scan(src, tmp_path / "work", blank_model)
    assert result.exit_code == 1  # some documents could not be read
    entries = {e.relpath: e for e in read_index(tmp_path / "work").documents}
    assert entries["goed.txt"].status == "ok"
    assert entries["leeg.txt"].status == "failed" and "leeg" in entries["leeg.txt"].error
    assert entries["kapot.pdf"].status == "failed" and entries["kapot.pdf"].error
    assert not (tmp_path / "work" / "docs" / "leeg.txt.json").exists()


def test_index_rows_and_status_are_typed(scanned):
    entry = read_index(scanned).entry("b-nota.pdf")
    assert entry.status is EntryStatus.OK and entry.status.outcome is Status.OK
    row = entry.proposals[0]
    assert isinstance(row, ProposalRow) and row.page == 1 and row.norm == row.norm.casefold()


def _old_index(work, documents) -> None:
    """index.json as woo-redact wrote it before the rows and statuses had types (plain lists, strings)."""
    work.mkdir()
    (work / "index.json").write_text(json.dumps({"format": "woo-redact/work", "version": 1, "type": "index",
                                                 "scanned": "2026-01-01T00:00:00+00:00", "rules": None,
                                                 "documents": documents}), encoding="utf-8")


def test_a_work_folder_of_the_earlier_layout_still_reads(tmp_path):
    _old_index(tmp_path / "w", [
        {"relpath": "a.txt", "kind": "txt", "status": "ok", "source": "/s/a.txt", "sha256": "0", "file": "docs/a.txt.json",
         "error": None, "pages": 1, "proposals": [["id1", 1, "PERSON", "5.1.2e", "redact", 0.9, "jan", 12],
                                                  ["id2", 1, "EMAIL_ADDRESS", "5.1.2e", "redact", 1.0, "a@b.nl"]]},
        {"relpath": "b.txt", "kind": "txt", "status": "needs_review", "source": "/s/b.txt", "error": "pagina 2"},
        {"relpath": "c.yaml", "kind": "yaml", "status": "skipped", "source": "", "error": "type"}])
    index = read_index(tmp_path / "w")
    a, b, c = index.documents
    assert a.proposals == (ProposalRow("id1", 1, "PERSON", "5.1.2e", "redact", 0.9, "jan", 12),
                           ProposalRow("id2", 1, "EMAIL_ADDRESS", "5.1.2e", "redact", 1.0, "a@b.nl", 0))
    assert (b.status, c.status) == (EntryStatus.NEEDS_REVIEW, EntryStatus.SKIPPED)
    assert b.status.outcome is Status.NEEDS_REVIEW
    assert a.to_json()["status"] == "ok" and a.to_json()["proposals"][0] == ["id1", 1, "PERSON", "5.1.2e", "redact",
                                                                            0.9, "jan", 12]


@pytest.mark.parametrize("change, message", [({"status": "klaar"}, "klaar"),
                                             ({"proposals": [["id1", 1]]}, "voorstelregel")])
def test_a_damaged_index_is_refused_with_a_reason(tmp_path, change, message):
    _old_index(tmp_path / "w", [{"relpath": "a.txt", "kind": "txt", "status": "ok", "source": "/s/a.txt", **change}])
    with pytest.raises(WorkError, match=f"index.json: beschadigd.*{message}"):
        read_index(tmp_path / "w")
