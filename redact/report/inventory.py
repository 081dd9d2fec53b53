"""The inventarislijst: one row per document, in the Rijksoverheid platform's columns."""

from __future__ import annotations

import csv
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


def explanation(result: DocumentResult) -> str:
    parts = []
    if result.error:
        parts.append(result.error)
    if result.status is Status.OK and result.redactions:
        counts: dict[str, int] = {}
        for r in result.redactions:
            counts[r.ground] = counts.get(r.ground, 0) + 1
        parts.append("weggelakt: " + ", ".join(f"{n}x {g}" for g, n in sorted(counts.items())))
    parts.extend(result.warnings)
    return "; ".join(parts)


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
    table = rows(results)
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
