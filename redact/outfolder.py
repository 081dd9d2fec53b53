"""The output folder (the disclosure): its file names and layout, the redaction log, withheld copies.

    OUT/<relpath>             the redacted copy of each source, at the source's relative path
    OUT/inventaris.csv|.xlsx  the inventory, one row per document (report/inventory.py)
    OUT/redactielog.jsonl     one JSON line per redaction, without the redacted values
    OUT/besluitbijlage.pdf    `woo-redact report`: the overview for the besluit (and -grafiek.png)
    OUT/_NIET_PUBLICEREN/     copies that failed the output check, kept for inspection only
    with --request (publish/package.py, docs/publication.md):
    OUT/productierapport.xlsx, OUT/werkrapport.xlsx, OUT/upload/ID.pdf, OUT/upload.zip, OUT/diwoo/*.xml

`run`, `export` and `verify` all go through this module, so they agree on what is published.
The log ships with the disclosure, so it says where and why, never what.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .fileio import write_text_atomic
from .model import DocumentResult, Redaction

INVENTORY_CSV = "inventaris.csv"
INVENTORY_XLSX = "inventaris.xlsx"
LOG_NAME = "redactielog.jsonl"
# Outputs that failed the check are moved here, loudly named, never left at the publish path.
WITHHELD_DIR = "_NIET_PUBLICEREN"
# `woo-redact report OUT` (report/annex.py): the overview for the besluit, and its chart alone.
ANNEX_PDF = "besluitbijlage.pdf"
ANNEX_PNG = "besluitbijlage-grafiek.png"
PRODUCTION_REPORT = "productierapport.xlsx"
WORK_REPORT = "werkrapport.xlsx"
UPLOAD_DIR = "upload"  # each published document as ID.pdf: checked by verify like OUT (the record knows them)
UPLOAD_ZIP = "upload.zip"
DIWOO_DIR = "diwoo"  # metadata records, written from the productierapport's public cells
REPORT_FILES = frozenset({INVENTORY_CSV, INVENTORY_XLSX, LOG_NAME, ANNEX_PDF, ANNEX_PNG, PRODUCTION_REPORT, WORK_REPORT,
                          UPLOAD_ZIP})


# -- the redaction log -------------------------------------------------------------------------

def log_lines(results: list[DocumentResult], ids: dict[str, str] | None = None) -> list[str]:
    """One line per redaction; `ids`: the document IDs (publish/numbering.py), written as `id`."""
    lines = []
    for result in sorted(results, key=lambda r: r.relpath):
        for r in result.redactions:
            entry = {"document": result.relpath, "page": r.page, "entity_type": r.entity_type,
                     "ground": r.ground, "detector": r.detector, "score": r.score}
            if ids and result.relpath in ids:
                entry["id"] = ids[result.relpath]
            if r.boxes:
                entry["boxes"] = [list(b) for b in r.boxes]
                if r.labels:  # a box too short for the full ground carries a short form of it
                    entry["labels"] = list(r.labels)
            else:
                entry["span"] = [r.start, r.end]
            lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
    return lines


def write_log(results: list[DocumentResult], out_dir: Path, ids: dict[str, str] | None = None) -> None:
    lines = log_lines(results, ids)
    write_text_atomic(out_dir / LOG_NAME, "\n".join(lines) + ("\n" if lines else ""))


def read_log(out_dir: Path) -> dict[str, list[Redaction]]:
    """The redactions per document from OUT/redactielog.jsonl (empty when there is none)."""
    log = out_dir / LOG_NAME
    by_doc: dict[str, list[Redaction]] = {}
    if not log.exists():
        return by_doc
    for line in log.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        e = json.loads(line)
        start, end = e.get("span", (0, 0))
        by_doc.setdefault(e["document"], []).append(Redaction(
            page=e["page"], start=start, end=end, entity_type=e["entity_type"], ground=e["ground"],
            detector=e["detector"], score=e["score"], boxes=tuple(tuple(b) for b in e.get("boxes", ())),
            labels=tuple(e.get("labels", ()))))
    return by_doc


# -- published and withheld copies -------------------------------------------------------------

def published_files(out_dir: Path) -> list[str]:
    """Every file in OUT that would be published (relative paths), reports excepted."""
    files = []
    for path in sorted(out_dir.rglob("*")):
        rel = path.relative_to(out_dir)
        if path.is_file() and rel.parts[0] not in (WITHHELD_DIR, DIWOO_DIR) and rel.as_posix() not in REPORT_FILES:
            files.append(rel.as_posix())
    return files


def withheld_path(out_dir: Path, relpath: str) -> Path:
    return out_dir / WITHHELD_DIR / relpath


def set_aside(file: Path, out_dir: Path, relpath: str) -> None:
    """Move a copy that failed the check to OUT/_NIET_PUBLICEREN/<relpath>; nothing stays at the
    publish path."""
    target = out_dir / relpath
    if file != target:
        target.unlink(missing_ok=True)
    aside = withheld_path(out_dir, relpath)
    aside.parent.mkdir(parents=True, exist_ok=True)
    os.replace(file, aside)


def remove_output(out_dir: Path, relpath: str) -> None:
    """A document that is not published this time: an earlier run's copy must not stay."""
    (out_dir / relpath).unlink(missing_ok=True)


def remove_file(out_dir: Path, path: Path) -> None:
    """Remove a file woo-redact wrote, and the folders inside OUT that it leaves empty."""
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != out_dir and folder.is_relative_to(out_dir) and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
