"""How proposals look in the text: the original in place, struck through, its ground beside it.

Shared by the interactive review and `review --print`. In plain text (no colour) the value is
bracketed instead of struck through: `[-Jan Jansen-]{5.1.2e}` is redacted, `[=info@bzk.nl=]{zichtbaar}`
stays visible, and a `?` after the label means nobody has decided yet.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from rich.text import Text

from .decisions import Proposal, Verdict
from ..model import Person

# Colour per ground (in catalogue order); kept-visible marks are green.
PALETTE = ("red", "magenta", "blue", "dark_orange", "cyan", "yellow", "bright_magenta", "bright_blue")
VISIBLE_LABEL = "zichtbaar"


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    status: str  # open | accepted | rejected
    action: str  # what export would do: redact | keep
    ground: str | None
    current: bool = False

    @property
    def label(self) -> str:
        text = self.ground if self.action == "redact" and self.ground else VISIBLE_LABEL
        return text + ("?" if self.status == "open" else "")


def colours_for(grounds: list[str]) -> dict[str, str]:
    return {code: PALETTE[i % len(PALETTE)] for i, code in enumerate(grounds)}


def marks_for(page: int, proposals: tuple[Proposal, ...], verdicts: list[Verdict], current_id: str | None = None) -> list[Mark]:
    """Non-overlapping marks on one page; the current proposal wins an overlap."""
    candidates = [Mark(p.finding.start, p.finding.end, v.status, v.action, v.ground, p.id == current_id)
                  for p, v in zip(proposals, verdicts) if p.finding.page == page]
    chosen: list[Mark] = []
    for m in sorted(candidates, key=lambda m: (not m.current, m.start, -m.end)):
        if all(m.end <= c.start or c.end <= m.start for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def _styles(mark: Mark, colours: dict[str, str]) -> tuple[str, str]:
    if mark.action == "redact":
        colour = colours.get(mark.ground or "", "red")
        value = f"strike {colour}"
        label = f"bold white on {colour}" if mark.status != "open" else f"{colour} reverse"
    else:
        value = "underline green" if mark.status != "open" else "underline dim green"
        label = "bold green" if mark.status != "open" else "dim green"
    if mark.current:
        value += " reverse bold"
    return value, label


def marked_text(text: str, start: int, end: int, marks: list[Mark], colours: dict[str, str],
                plain: bool = False) -> Text:
    """text[start:end] with the marks that fall in it."""
    out = Text()
    pos = start
    for m in marks:
        s, e = max(m.start, start), min(m.end, end)
        if s >= e or s < pos:
            continue
        out.append(text[pos:s])
        value_style, label_style = _styles(m, colours)
        value = text[s:e]
        if plain:
            value = ("[-" + value + "-]") if m.action == "redact" else ("[=" + value + "=]")
            out.append((">>" if m.current else "") + value)
        else:
            out.append(value, style=value_style)
        if m.end <= end:
            out.append("{" + m.label + "}" if plain else f" {m.label} ", style=None if plain else label_style)
        pos = e
    out.append(text[pos:end])
    return out


def line_starts(text: str) -> list[int]:
    """Offset of the first character of every line of `text`."""
    starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            starts.append(i + 1)
    return starts


def persons_in(proposals: tuple[Proposal, ...]) -> list[tuple[Person, int]]:
    """The persons the proposals of one document point to, in reading order, with their number of
    mentions (the proposals that point to each)."""
    seen: dict[str, Person] = {}
    counts: dict[str, int] = {}
    for p in proposals:
        person = p.decision.person
        if person is not None:
            seen.setdefault(person.id, person)
            counts[person.id] = counts.get(person.id, 0) + 1
    return [(person, counts[pid]) for pid, person in seen.items()]


def person_text(person: Person, mentions: int) -> str:
    """ "Persoon: Marleen Vanderpoorten (vanderpoorten) — publiek functionaris (minister van
    Onderwijs, regel 24); 4 vermeldingen": who the proposal is about, the role and its evidence."""
    count = "1 vermelding" if mentions == 1 else f"{mentions} vermeldingen"
    return f"Persoon: {person.name} ({person.id}) — {person.evidence or ROLE_NL.get(person.role, person.role)}; {count}"


ROLE_NL = {"keep": "publiek functionaris", "redact": "ambtenaar of burger", "review": "ter beoordeling"}


def wrapped(text: str, width: int, indent: str = "") -> list[str]:
    """`text` in lines of at most `width` columns, the lines after the first indented by two more."""
    return textwrap.wrap(text, width=max(20, width), initial_indent=indent, subsequent_indent=indent + "  ",
                         break_on_hyphens=False) or [indent]
