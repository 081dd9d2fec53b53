"""A workbook with the same bytes on every run for the same rows: its timestamps (docProps and
every zip entry) are report.inventory.fixed_time(), never the time of writing."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

MAX_WIDTH = 60


def workbook_bytes(title: str, columns: tuple[str, ...] | list[str], table: list[list], when: dt.datetime) -> bytes:
    """One sheet: a frozen header row with a filter, columns as wide as their text; text cells
    stay text (never a formula), ints are numbers, None is an empty cell."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(list(columns))
    for row in table:
        ws.append(row)
        for cell in ws[ws.max_row]:
            if cell.data_type == "f":  # openpyxl takes a text that starts with = for a formula
                cell.data_type = "s"
    for i, column in enumerate(columns, 1):
        widest = max([len(column)] + [len(str(row[i - 1])) for row in table if row[i - 1] is not None])
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, widest + 2)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(table) + 1}"
    naive = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    wb.properties.creator = "woo-redact"
    wb.properties.created = wb.properties.modified = naive
    raw = io.BytesIO()
    ExcelWriter(wb, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()  # save() would stamp `modified`
    return fixed_zip(raw.getvalue(), naive)


def fixed_zip(data: bytes, naive: dt.datetime) -> bytes:
    """The zip's entries again, each with the fixed time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=naive.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
