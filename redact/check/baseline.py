"""An earlier check result, stored as JSON, and what changed since: regressions and improvements.

The baseline records, per file, how often each value was missed, each must-keep value blacked out
and each extra text redacted; counts rather than positions, so that editing a sample elsewhere does
not turn every entry into a change. It holds sample values: use it for fictional samples only.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..fileio import write_text_atomic
from .verdict import Verdict

FORMAT = "woo-redact-check-baseline/1"


class BaselineError(Exception):
    """The baseline file cannot be read; the message names it."""


def snapshot(verdict: Verdict) -> dict:
    files = {}
    for c in verdict.files:
        t = verdict.per_file[c.file]
        files[c.file] = {
            "status": c.status.name,
            "withheld_ok": c.withheld_ok,
            "missed": dict(sorted(Counter(m.occurrence.value for m in c.missed).items())),
            "over_redacted": dict(sorted(Counter(r.occurrence.value for r in c.over_redacted).items())),
            "extra": dict(sorted(Counter(x.text for x in c.extras if x.keep_value is None).items())),
            "expected": t.expected, "found": t.found, "redactions": t.redactions, "matched": t.matched,
        }
    entities = {e: {"expected": t.expected, "found": t.found, "redactions": t.redactions, "matched": t.matched}
                for e, t in sorted(verdict.per_entity.items())}
    return {"format": FORMAT, "files": files, "entities": entities}


def save_baseline(verdict: Verdict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(snapshot(verdict), indent=2, ensure_ascii=False) + "\n")


def load_baseline(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline niet gevonden (schrijf er een met --save-baseline)") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}: geen geldige JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("files"), dict):
        raise BaselineError(f"{path}: geen baseline van woo-redact check ({FORMAT})")
    return data


@dataclass(frozen=True)
class Change:
    file: str
    kind: str  # "missed" | "over_redacted" | "extra" | "status"
    value: str
    before: int | str
    after: int | str


@dataclass
class BaselineDiff:
    regressions: list[Change] = field(default_factory=list)
    improvements: list[Change] = field(default_factory=list)
    new_files: list[str] = field(default_factory=list)
    gone_files: list[str] = field(default_factory=list)


KINDS = ("missed", "over_redacted", "extra")


def compare_baseline(baseline: dict, verdict: Verdict) -> BaselineDiff:
    """More of anything in KINDS is a regression, less an improvement; a file that is no longer
    published (and may not be withheld) is a regression too."""
    now = snapshot(verdict)["files"]
    before = baseline["files"]
    diff = BaselineDiff(new_files=sorted(set(now) - set(before)), gone_files=sorted(set(before) - set(now)))
    for file in sorted(set(now) & set(before)):
        old, new = before[file], now[file]
        if old.get("status") != new["status"]:
            change = Change(file, "status", "", old.get("status", "?"), new["status"])
            worse = new["status"] != "OK" and not new["withheld_ok"]
            (diff.regressions if worse else diff.improvements).append(change)
        for kind in KINDS:
            a, b = old.get(kind) or {}, new[kind]
            for value in sorted(set(a) | set(b)):
                n_old, n_new = int(a.get(value, 0)), int(b.get(value, 0))
                if n_new > n_old:
                    diff.regressions.append(Change(file, kind, value, n_old, n_new))
                elif n_new < n_old:
                    diff.improvements.append(Change(file, kind, value, n_old, n_new))
    return diff


LABELS = {"missed": "gemist (lek)", "over_redacted": "ten onrechte zwart", "extra": "extra weglakking",
          "status": "status"}


def print_baseline_diff(diff: BaselineDiff, path: Path, console: Console) -> None:
    for title, rows, style in (("Verslechteringen sinds de baseline", diff.regressions, "bold red"),
                               ("Verbeteringen sinds de baseline", diff.improvements, "green")):
        if not rows:
            console.print(f"[{style}]{title}[/]: geen")
            continue
        table = Table(title=f"{title} ({path.name}): {len(rows)}", title_style=style, title_justify="left",
                      header_style="bold")
        for col in ("bestand", "soort", "waarde", "eerst", "nu"):
            table.add_column(col, overflow="fold")
        for c in rows:
            table.add_row(escape(c.file), LABELS[c.kind], escape(c.value), str(c.before), str(c.after))
        console.print(table)
    if diff.new_files:
        console.print("[yellow]niet in de baseline[/] (niet vergeleken): " + escape(", ".join(diff.new_files)))
    if diff.gone_files:
        console.print("[yellow]in de baseline, nu niet gecontroleerd[/]: " + escape(", ".join(diff.gone_files)))
