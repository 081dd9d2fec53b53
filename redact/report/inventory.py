"""The inventarislijst: one row per document, in the Rijksoverheid platform's columns."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from ..fileio import atomic_path, write_text_atomic
from ..model import DocumentResult, Status

COLUMNS = ["ID", "Document", "File type", "Datum", "Beoordeling", "Opgeschort", "Beoordelingsgrond",
           "Toelichting", "Aantal weglakkingen"]


def judgement(result: DocumentResult) -> str:
    if result.status is not Status.OK:
        return result.status.value  # niet verwerkt / handmatige beoordeling nodig / ...
    return "Deels openbaar" if result.redactions else "Openbaar"


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


def rows(results: list[DocumentResult]) -> list[dict[str, str]]:
    out = []
    for i, r in enumerate(sorted(results, key=lambda r: r.relpath), 1):
        out.append({
            "ID": f"{i:04d}",
            "Document": r.relpath,
            "File type": r.kind,
            "Datum": r.date or "",
            "Beoordeling": judgement(r),
            "Opgeschort": "",
            "Beoordelingsgrond": ";".join(r.grounds),
            "Toelichting": explanation(r),
            "Aantal weglakkingen": str(len(r.redactions)),
        })
    return out


def write_inventory(results: list[DocumentResult], out_dir: Path) -> None:
    _write_table(rows(results), out_dir)


def mark_withheld(out_dir: Path, failures: dict[str, list[str]]) -> None:
    """After a later `verify`: rows of files that failed say so, the rest stay as the run wrote them."""
    path = out_dir / "inventaris.csv"
    if not failures or not path.exists():
        return
    table = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    for row in table:
        if row.get("Document") in failures:
            row["Beoordeling"] = Status.LEAK.value
            row["Toelichting"] = "; ".join(failures[row["Document"]]) + " (uitvoer niet publiceren)"
    _write_table(table, out_dir)


def _write_table(table: list[dict[str, str]], out_dir: Path) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    write_text_atomic(out_dir / "inventaris.csv", buf.getvalue())
    _write_xlsx(table, out_dir / "inventaris.xlsx")


def _write_xlsx(table: list[dict[str, str]], target: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Inventaris"
    ws.append(COLUMNS)
    for row in table:
        ws.append([row[c] for c in COLUMNS])
    wb.properties.creator = "woo-redact"
    with atomic_path(target) as tmp:
        wb.save(tmp)
