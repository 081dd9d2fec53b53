"""The inventarislijst: one row per document, in the Rijksoverheid platform's columns.

`inventaris.csv` is written as Dutch Excel opens it with a double click: UTF-8 with a byte-order
mark, `;` between fields. `inventaris.xlsx` is byte for byte the same for the same results: its
timestamps (docProps/core.xml and every zip entry) are SOURCE_DATE_EPOCH when that is set, else
1980-01-01 00:00 UTC, never the time of the run.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile
from pathlib import Path

from ..fileio import atomic_path
from ..model import DocumentResult, Status
from ..outfolder import INVENTORY_CSV, INVENTORY_XLSX
from .cells import csv_escape, csv_unescape, public_text

COLUMNS = ["ID", "Document", "File type", "Datum", "Beoordeling", "Opgeschort", "Beoordelingsgrond",
           "Toelichting", "Aantal weglakkingen", "Familie", "Bijlage bij", "Email Thread ID", "Gerelateerd ID",
           "Bestandsnaam"]
NUMERIC_COLUMNS = {"Aantal weglakkingen", "Email Thread ID"}  # number cells in the xlsx (the ID keeps its leading zeros: text)
CSV_ENCODING = "utf-8-sig"  # with BOM: Excel reads UTF-8 only when it is marked
CSV_DELIMITER = ";"  # Excel with Dutch regional settings splits on `;` (`,` is the decimal sign)
ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)  # the earliest time a zip entry can hold
MAX_WIDTH = 60  # characters; longer Toelichting wraps in the cell's edit line, not across the screen


DUPLICATE = "dubbel"  # Beoordeling of a copy of another document of the dossier (redact/dossier/)


def judgement(result: DocumentResult) -> str:
    if result.status is not Status.OK:
        return result.status.value  # niet verwerkt / handmatige beoordeling nodig / ...
    if result.duplicate is not None:
        return DUPLICATE
    return "Deels openbaar" if result.redactions else "Openbaar"


def relation_text(result: DocumentResult, number: dict[str, str]) -> str:
    """The Toelichting's part on the dossier's relations: the copy it is of, its e-mail thread."""
    parts = []
    d = result.duplicate
    if d is not None:
        original = number.get(d.original, "?")
        parts.append(f"gelijk aan document {original}" if d.exact else
                     f"nagenoeg gelijk aan document {original} ({round(d.similarity * 100)}% overeenkomst)")
        if result.status is Status.OK and not result.output:
            parts.append("niet opnieuw openbaar gemaakt")
    if result.thread_id is not None:
        if result.thread_lead == result.relpath:
            parts.append(f"meest volledige e-mail van e-mailwisseling {result.thread_id}")
        else:
            lead = number.get(result.thread_lead or "", "?")
            parts.append(f"e-mailwisseling {result.thread_id}, meest volledig: document {lead}")
    return "; ".join(parts)


def explanation(result: DocumentResult, today: dt.date | None = None) -> str:
    parts = []
    if result.error:
        parts.append(result.error)
    if result.status is Status.OK and result.redactions:
        counts: dict[str, int] = {}
        for r in result.redactions:
            counts[r.ground] = counts.get(r.ground, 0) + 1
        parts.append("weggelakt: " + ", ".join(f"{n}x {g}" for g, n in sorted(counts.items())))
    if result.unsupported_names:  # left visible: a reviewer decides (docs/names.md)
        n = result.unsupported_names
        parts.append(f"{n} {'naam' if n == 1 else 'namen'} zonder steun ter beoordeling")
    if result.special_proposals:  # left visible: a reviewer reads these passages (docs/special-categories.md)
        n = result.special_proposals
        parts.append(f"{n} {'passage' if n == 1 else 'passages'} bijzondere persoonsgegevens ter beoordeling")
    if _older_than_five_years(result, today or dt.date.today()) and any(
            not g.startswith("5.1.1") for g in result.grounds):
        parts.append("document ouder dan vijf jaar: relatieve gronden vergen extra motivering (art. 5.3 Woo)")
    parts.extend(result.warnings)
    return "; ".join(parts)


def _older_than_five_years(result: DocumentResult, today: dt.date) -> bool:
    try:
        date = dt.date.fromisoformat(result.date or "")
    except ValueError:
        return False
    return date < today.replace(year=today.year - 5)


def numbered(results: list[DocumentResult], ids: dict[str, str] | None = None) -> list[tuple[str, DocumentResult]]:
    """Each result with its document number, in inventory order. `ids`: the stable IDs of the
    private record (publish/numbering.py), relpath -> ID in inventory order. Without them, the
    numbers of this run alone: the documents of the request in the order of their paths (0001, 0002,
    ...), each followed by its attachments (0002.1, 0002.2, 0002.2.1 for an attachment of an attachment)."""
    if ids is not None and all(r.relpath in ids for r in results):
        order = {relpath: i for i, relpath in enumerate(ids)}
        return [(ids[r.relpath], r) for r in sorted(results, key=lambda r: order[r.relpath])]
    top = sorted((r for r in results if not (r.origin and r.origin.index)), key=lambda r: r.relpath)
    number = {r.relpath: f"{i:04d}" for i, r in enumerate(top, 1)}
    families: dict[str, list[DocumentResult]] = {}
    orphans = []
    for r in results:
        if r.origin and r.origin.index:
            if r.origin.root in number:
                families.setdefault(r.origin.root, []).append(r)
            else:  # its mail is not in the results (cannot happen in a flow): a row of its own
                orphans.append(r)
    out = []
    for r in top:
        out.append((number[r.relpath], r))
        for child in sorted(families.get(r.relpath, []), key=lambda c: c.origin.index):
            out.append((number[r.relpath] + "." + ".".join(map(str, child.origin.index)), child))
    start = len(top)
    out += [(f"{start + i:04d}", r) for i, r in enumerate(sorted(orphans, key=lambda r: r.relpath), 1)]
    return out


def rows(results: list[DocumentResult], ids: dict[str, str] | None = None) -> list[dict[str, str]]:
    out = []
    with_children = {r.origin.root for r in results if r.origin and r.origin.index}
    numbers = {r.relpath: n for n, r in numbered(results, ids)}
    for number, r in numbered(results, ids):
        family = parent = ""
        if r.origin and (r.origin.index or r.relpath in with_children):
            root = number.split(".")[0]
            family = root
            parent = number.rsplit(".", 1)[0] if r.origin.index else ""
        out.append({
            "ID": number,
            "Document": r.relpath,
            "File type": r.origin.kind if r.origin else r.kind,
            "Datum": r.date or "",
            "Beoordeling": judgement(r),
            "Opgeschort": "",
            "Beoordelingsgrond": ";".join(r.grounds),
            "Toelichting": public_text("; ".join(p for p in (relation_text(r, numbers), explanation(r)) if p)),
            "Aantal weglakkingen": str(len(r.redactions)),
            "Familie": family,
            "Bijlage bij": parent,
            "Email Thread ID": str(r.thread_id) if r.thread_id else "",
            "Gerelateerd ID": r.related_id or "",
            "Bestandsnaam": r.origin.name if r.origin else r.relpath.rsplit("/", 1)[-1],
        })
    return out


def write_inventory(results: list[DocumentResult], out_dir: Path, ids: dict[str, str] | None = None) -> None:
    _write_table(rows(results, ids), out_dir)


def read_inventory(out_dir: Path) -> list[dict[str, str]]:
    """The rows of `inventaris.csv` as written by `write_inventory`."""
    text = (out_dir / INVENTORY_CSV).read_text(encoding=CSV_ENCODING)
    table = csv.DictReader(io.StringIO(text, newline=""), delimiter=CSV_DELIMITER)
    return [{k: csv_unescape(v) if isinstance(v, str) else v for k, v in row.items()} for row in table]


def inventoried(out_dir: Path) -> set[str]:
    """The documents of the previous run, from its inventory (empty when there is none)."""
    if not (out_dir / INVENTORY_CSV).is_file():
        return set()
    return {row["Document"] for row in read_inventory(out_dir) if row.get("Document")}


def mark_withheld(out_dir: Path, failures: dict[str, list[str]]) -> None:
    """After a later `verify`: rows of files that failed say so, the rest stay as the run wrote them."""
    if not failures or not (out_dir / INVENTORY_CSV).exists():
        return
    table = read_inventory(out_dir)
    for row in table:
        if row.get("Document") in failures:
            row["Beoordeling"] = Status.LEAK.value
            row["Toelichting"] = public_text("; ".join(failures[row["Document"]]) + " (uitvoer niet publiceren)")
    _write_table(table, out_dir)


def _write_table(table: list[dict[str, str]], out_dir: Path) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, delimiter=CSV_DELIMITER, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: csv_escape(v) for k, v in row.items()} for row in table)  # no formulas
    workbook = xlsx_bytes(table, fixed_time())
    # Both written in full before either replaces its old version: a failed write leaves no half.
    with atomic_path(out_dir / INVENTORY_CSV) as csv_tmp, atomic_path(out_dir / INVENTORY_XLSX) as xlsx_tmp:
        csv_tmp.write_text(buf.getvalue(), encoding=CSV_ENCODING, newline="")
        xlsx_tmp.write_bytes(workbook)


def fixed_time() -> dt.datetime:
    """The time written into the xlsx: SOURCE_DATE_EPOCH (reproducible builds) or 1980-01-01 UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return max(ZIP_EPOCH, dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc))
    return ZIP_EPOCH


def _cell(column: str, value: str):
    if column in NUMERIC_COLUMNS and value.isdigit():
        return int(value)
    return value


def xlsx_bytes(table: list[dict[str, str]], when: dt.datetime) -> bytes:
    """The workbook: a header row that stays in view and filters, columns as wide as their text,
    counts as numbers; the same bytes for the same table and time."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    wb = Workbook()
    ws = wb.active
    ws.title = "Inventaris"
    ws.append(COLUMNS)
    for row in table:
        ws.append([_cell(c, row.get(c) or "") for c in COLUMNS])
        for cell in ws[ws.max_row]:
            if cell.data_type == "f":  # openpyxl takes a text that starts with = for a formula
                cell.data_type = "s"
    for i, column in enumerate(COLUMNS, 1):
        widest = max([len(column)] + [len(str(row.get(column) or "")) for row in table])
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, widest + 2)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(table) + 1}"
    naive = when.astimezone(dt.timezone.utc).replace(tzinfo=None)  # openpyxl writes it as UTC
    wb.properties.creator = "woo-redact"
    wb.properties.created = wb.properties.modified = naive
    raw = io.BytesIO()
    # ExcelWriter, not wb.save(): save() stamps `modified` with the current time.
    ExcelWriter(wb, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    # The zip entries carry the time of writing as well: copy them with the fixed time.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=naive.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
