"""The platform's reader rules (open.minvws.nl, ../shared/woo/platform/README.md), applied to a
productierapport.xlsx independently of the code that wrote it: what the upload would refuse or
silently misread. Used by the conformance tests."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl

COLUMNS = ["id", "matter", "family", "email thread id", "document", "file type", "datum", "beoordeling",
           "opgeschort", "beoordelingsgrond", "toelichting", "publieke link", "gerelateerd id", "zaaknummer"]
REQUIRED = ["id", "document", "beoordeling", "beoordelingsgrond"]
JUDGEMENTS = {"openbaar", "deels openbaar", "reeds openbaar", "niet openbaar"}
FILE_TYPES = {"pdf", "doc", "image", "presentation", "spreadsheet", "email", "html", "note", "database", "xml",
              "video", "audio", "vcard", "chat"}
ID = re.compile(r"[A-Za-z0-9.-]{1,170}")
GROUND = re.compile(r"\d+(\.\d+)*[a-z]?")
# What a published cell must never hold: an absolute path, a traceback, a formula.
LEAKY = re.compile(r"(?:^|\s)/[^\s/]+/[^\s/]+|[A-Za-z]:\\|Traceback|^[=+@]")


def read(path: Path) -> tuple[list[str], list[dict]]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h).strip().lower() if h is not None else "" for h in rows[0]]
    return header, [dict(zip(header, r)) for r in rows[1:] if any(v is not None for v in r)]


def problems(path: Path, upload: Path | None = None) -> list[str]:
    """Everything the platform's reader would refuse or misread, and every published row without
    its upload/ID.pdf (or a file in upload/ without its row)."""
    header, rows = read(path)
    found = []
    if header != COLUMNS:
        found.append(f"columns {header} are not the platform's {COLUMNS}")
    found += [f"required column {c} missing" for c in REQUIRED if c not in header]
    seen = set()
    for n, row in enumerate(rows, 2):
        where = f"row {n}"
        ident, matter = row.get("id"), row.get("matter")
        if not isinstance(ident, str) or not ID.fullmatch(ident):
            found.append(f"{where}: ID {ident!r} not 1-170 of [A-Za-z0-9.-] (as text)")
        if not isinstance(matter, str) or len(matter) < 2:
            found.append(f"{where}: Matter {matter!r} shorter than 2")
        if (ident, matter) in seen:
            found.append(f"{where}: ID + Matter {ident}/{matter} not unique")
        seen.add((ident, matter))
        judgement = row.get("beoordeling")
        if not isinstance(judgement, str) or judgement.strip().lower() not in JUDGEMENTS:
            found.append(f"{where}: Beoordeling {judgement!r} would be read as Niet openbaar")
        for column in ("family", "email thread id"):
            value = row.get(column)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
                found.append(f"{where}: {column} {value!r} is not an integer >= 1")
        date = row.get("datum")
        if date is not None:
            if not isinstance(date, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                found.append(f"{where}: Datum {date!r} not YYYY-MM-DD")
            else:
                dt.date.fromisoformat(date)
        kind = row.get("file type")
        if kind is not None and kind not in FILE_TYPES:
            found.append(f"{where}: File Type {kind!r} not in the vocabulary (shown as Onbekend)")
        suspended = row.get("opgeschort")
        if suspended is not None and str(suspended).lower() not in {"yes", "ja", "true", "1"}:
            found.append(f"{where}: Opgeschort {suspended!r}")
        grounds = row.get("beoordelingsgrond")
        if grounds is not None:
            for code in filter(None, (g.strip() for g in str(grounds).split(";"))):
                if not GROUND.fullmatch(code):
                    found.append(f"{where}: ground {code!r}")
        if len(str(row.get("toelichting") or "")) > 1000:
            found.append(f"{where}: Toelichting longer than 1000")
        if not row.get("document") or len(str(row["document"])) > 500:
            found.append(f"{where}: Document empty or longer than 500")
        for column, value in row.items():
            if isinstance(value, str) and LEAKY.search(value):
                found.append(f"{where}: {column} holds a path, traceback or formula")
        if upload is not None and isinstance(judgement, str) and judgement in ("Openbaar", "Deels openbaar") \
                and not (upload / f"{ident}.pdf").is_file():
            found.append(f"{where}: no upload/{ident}.pdf")
    if upload is not None:
        ids = {r.get("id") for r in rows}
        found += [f"upload/{p.name} has no row" for p in sorted(upload.glob("*")) if p.stem not in ids]
    return found
