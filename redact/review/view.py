"""How proposals look in the text: the original in place, struck through, its ground beside it.

Shared by the interactive review and `review --print`. In plain text (no colour) the value is
bracketed instead of struck through: `[-Jan Jansen-]{5.1.2e}` is redacted, `[=info@bzk.nl=]{zichtbaar}`
stays visible, and a `?` after the label means nobody has decided yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from .decisions import Proposal, Verdict

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
