"""`--update`: add redactions the pipeline now makes, and no expectation lists, as `redact` entries.

It only ever adds: a must-redact value is never removed or changed automatically (a value that is no
longer found is a leak to fix, not an expectation to drop). Entries are appended to the `redact:`
block as text, in the style of the entries already there, so the file's comments and layout stay.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..fileio import write_text_atomic
from .compare import FileCheck
from .expectations import Expectation, occurrences


@dataclass(frozen=True)
class Addition:
    stem: str
    value: str
    entity: str
    ground: str
    found_in: str  # the checked file it was found in
    context: str


def proposed_additions(checks: list[FileCheck], expectations: list[Expectation]) -> tuple[list[Addition], list[str]]:
    """New `redact` entries, and notes on extras that cannot be added (not a whole word in the .txt)."""
    by_stem = {e.stem: e for e in expectations}
    additions: list[Addition] = []
    notes: list[str] = []
    seen: set[tuple[str, str]] = set()
    for check in checks:
        exp = by_stem[check.stem]
        listed = {i.value for i in exp.redact} | {i.value for i in exp.keep}
        txt = (exp.folder / exp.document).read_text(encoding="utf-8-sig")
        for x in check.extras:
            if x.keep_value is not None or x.text in listed or (check.stem, x.text) in seen:
                continue
            seen.add((check.stem, x.text))
            if not occurrences(txt, x.text):
                notes.append(f"{check.file}: {x.text!r} is geen heel woord in {exp.document}: niet toegevoegd")
                continue
            additions.append(Addition(check.stem, x.text, x.entity, x.ground, check.file, x.context))
    return additions, notes


_REDACT_KEY = re.compile(r"^redact:\s*(\[\s*\])?\s*(#.*)?$")
_TOP_KEY = re.compile(r"^[^\s#-]")


def _entry_lines(block: list[str], items: list[Addition]) -> list[str]:
    first = next((line for line in block if line.lstrip().startswith("- ")), None)
    indent = first[: len(first) - len(first.lstrip())] if first else "  "
    flow = first is not None and first.lstrip().startswith("- {")
    lines = []
    for a in items:
        value, ground = json.dumps(a.value, ensure_ascii=False), json.dumps(a.ground)
        if flow:
            lines.append(f"{indent}- {{value: {value}, entity: {a.entity}, ground: {ground}}}")
        else:
            lines += [f"{indent}- value: {value}", f"{indent}  entity: {a.entity}", f"{indent}  ground: {ground}"]
    return lines


def add_to_yaml(text: str, items: list[Addition]) -> str:
    """The expectations text with `items` appended to its redact list (checked by parsing it back)."""
    lines = text.splitlines()
    at = next((i for i, line in enumerate(lines) if _REDACT_KEY.match(line)), None)
    before = yaml.safe_load(text) or {}
    wanted = dict(before, redact=list(before.get("redact") or []) + [
        {"value": a.value, "entity": a.entity, "ground": a.ground} for a in items])
    if at is not None:
        if _REDACT_KEY.match(lines[at]).group(1) is not None:  # "redact: []"
            new = lines[:at] + ["redact:"] + _entry_lines([], items) + lines[at + 1:]
        else:  # after the block's last entry, before any blank lines or comments that precede the next key
            end = next((i for i in range(at + 1, len(lines)) if _TOP_KEY.match(lines[i])), len(lines))
            last = max([i for i in range(at + 1, end) if lines[i].strip() and not lines[i].lstrip().startswith("#")],
                       default=at)
            new = lines[:last + 1] + _entry_lines(lines[at + 1:end], items) + lines[last + 1:]
        result = "\n".join(new) + ("\n" if text.endswith("\n") else "")
        if yaml.safe_load(result) == wanted:
            return result
    # An unusual layout: write the data plainly rather than guess (comments are lost, values are not).
    return yaml.safe_dump(wanted, sort_keys=False, allow_unicode=True, width=200)


@dataclass(frozen=True)
class FileUpdate:
    path: Path
    old: str
    new: str

    def diff(self) -> str:
        return "".join(difflib.unified_diff(self.old.splitlines(keepends=True), self.new.splitlines(keepends=True),
                                            fromfile=f"a/{self.path.name}", tofile=f"b/{self.path.name}"))


def plan_updates(additions: list[Addition], expectations: list[Expectation]) -> list[FileUpdate]:
    updates = []
    for exp in expectations:
        items = [a for a in additions if a.stem == exp.stem]
        if items:
            old = exp.path.read_text(encoding="utf-8")
            updates.append(FileUpdate(exp.path, old, add_to_yaml(old, items)))
    return updates


def apply_updates(updates: list[FileUpdate]) -> None:
    for u in updates:
        write_text_atomic(u.path, u.new)
