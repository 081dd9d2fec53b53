"""`productierapport.xlsx` in exactly the platform's form (publish/platform.py), and the work
report `werkrapport.xlsx` beside it with the documents that are not (yet) part of the upload.

Both are the same bytes on every run for the same rows (report.inventory.fixed_time). The ID is a
text cell (it keeps its leading zeros), Family and Email Thread ID are numbers, Datum is the text
YYYY-MM-DD (the platform's reader parses the cell's text).
"""

from __future__ import annotations

from pathlib import Path

from ..fileio import atomic_path
from ..report.inventory import fixed_time
from .platform import COLUMNS
from .rows import PackageRow
from .workbook import workbook_bytes

WORK_COLUMNS = ("ID", "Document", "File Type", "Datum", "Status", "Toelichting", "Gerelateerd ID",
                "Bestand in uitvoer")


def report_row(row: PackageRow) -> list:
    return [row.id, row.matter, row.family, row.thread_id, row.document, row.file_type or None, row.date or None,
            row.judgement, row.suspended or None, row.grounds, row.explanation or None, row.public_link or None,
            row.related_id, row.case_numbers or None]


def work_row(row: PackageRow) -> list:
    return [row.id, row.document, row.file_type or None, row.date or None, row.judgement, row.explanation or None,
            row.related_id, row.relpath]


def productierapport_bytes(rows: list[PackageRow]) -> bytes:
    if not all(r.published for r in rows):  # the platform would read it as Niet openbaar, silently
        raise ValueError("a working status must never reach the productierapport")
    return workbook_bytes("Productierapport", COLUMNS, [report_row(r) for r in rows], fixed_time())


def werkrapport_bytes(rows: list[PackageRow]) -> bytes:
    return workbook_bytes("Werkrapport", WORK_COLUMNS, [work_row(r) for r in rows], fixed_time())


def write_reports(published: list[PackageRow], pending: list[PackageRow], report: Path, work: Path) -> None:
    """Both written in full before either replaces its old version."""
    first, second = productierapport_bytes(published), werkrapport_bytes(pending)
    with atomic_path(report) as report_tmp, atomic_path(work) as work_tmp:
        report_tmp.write_bytes(first)
        work_tmp.write_bytes(second)
