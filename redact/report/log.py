"""The redaction log: one JSON line per redaction, without the redacted values.

It ships with the disclosure, so it says where and why, never what.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..fileio import write_text_atomic
from ..model import DocumentResult

LOG_NAME = "redactielog.jsonl"


def log_lines(results: list[DocumentResult]) -> list[str]:
    lines = []
    for result in sorted(results, key=lambda r: r.relpath):
        for r in result.redactions:
            entry = {"document": result.relpath, "page": r.page, "entity_type": r.entity_type,
                     "ground": r.ground, "detector": r.detector, "score": r.score}
            if r.boxes:
                entry["boxes"] = [list(b) for b in r.boxes]
                if r.labels:  # a box too short for the full ground carries a short form of it
                    entry["labels"] = list(r.labels)
            else:
                entry["span"] = [r.start, r.end]
            lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
    return lines


def write_log(results: list[DocumentResult], out_dir: Path) -> None:
    lines = log_lines(results)
    write_text_atomic(out_dir / LOG_NAME, "\n".join(lines) + ("\n" if lines else ""))
