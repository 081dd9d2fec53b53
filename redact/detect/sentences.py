"""Sentences and clauses of a page, as character offsets, for detectors that judge a passage.

Cheap and rule-based: a sentence ends at `.`, `!` or `?` before white space (not after a known
abbreviation or a single initial), at an empty line, and at a line break after a short line (a PDF
wraps a paragraph into long lines; a header, a salutation or a list item is a short line of its own).
A clause is a part of a sentence between `;` or `:`, or before a comma with a conjunction.
"""

from __future__ import annotations

import re

# A wrapped PDF line is at least this long; a shorter line ends its sentence.
WRAP_LENGTH = 55

_ABBREVIATIONS = frozenset("""dhr mevr mw mr dr drs ir ing prof st nr art bijv o.a e.d d.w.z i.p.v m.b.t t.a.v
 t.z.t z.s.m resp incl excl jl vs ca evt ong blz pag tel fam""".split())
_END = re.compile(r"[.!?]+[\"')\]]*(?=\s)")
_CLAUSE = re.compile(r"\s*[;:]\s+|,\s+(?=(?:maar|want|terwijl|doch|omdat|doordat|zodat|hoewel|waardoor|nadat|"
                     r"en|of|zodra|toen)\b)")


def _abbreviation_before(text: str, end: int) -> bool:
    word = re.search(r"(\S+)$", text[max(0, end - 40):end])
    if not word:
        return False
    token = word.group(1).rstrip(".").lower()
    return token in _ABBREVIATIONS or bool(re.fullmatch(r"\w", token)) or bool(re.fullmatch(r"(\w\.)+\w", token))


def _line_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets inside [start, end) where a line break ends a sentence."""
    out = []
    line_start = start
    for m in re.finditer(r"\n", text[start:end]):
        i = start + m.start()
        line = text[line_start:i]
        following = text[i + 1:end]
        if not line.strip() or len(line.rstrip()) < WRAP_LENGTH or following[:1] in ("\n", "") \
                or re.match(r"\s*(?:[-•*–]|\d+[.)]\s)", following) or line.rstrip().endswith((":", ";")):
            out.append(i)
        line_start = i + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and not text[start].isalnum() and text[start] not in "'(\"":
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?,;:"):
        end -= 1
    return (start, end) if end > start else None


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of `text` as (start, end), trimmed of surrounding white space and final punctuation."""
    cuts = {0, len(text)}
    for m in _END.finditer(text):
        if not (text[m.start()] == "." and m.end() - m.start() == 1 and _abbreviation_before(text, m.start())):
            cuts.add(m.end())
    cuts.update(_line_breaks(text, 0, len(text)))
    out = []
    ordered = sorted(cuts)
    for a, b in zip(ordered, ordered[1:]):
        span = _trim(text, a, b)
        if span:
            out.append(span)
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence text[start:end], as offsets into `text`."""
    out, last = [], start
    for m in _CLAUSE.finditer(text, start, end):
        span = _trim(text, last, m.start())
        if span:
            out.append(span)
        last = m.end()
    span = _trim(text, last, end)
    if span:
        out.append(span)
    return out or [(start, end)]
