"""Consistency before rendering: within a document one string has one verdict, and redact wins.

The output check reads every redacted value back from the output, ignoring case and whitespace,
and a value it finds as a word withholds the whole document. Propagation (propagate.py) redacts
further occurrences of a value only where they are written the same and stand apart ("Mulder" is
not in "Kleinjan-Mulder"), and never over a mention the role stage kept. So an output could say
two things about one string: "RECHTBANK NOORD-HOLLAND" visible beside "[5.1.2e]" for
"Rechtbank Noord-Holland", "Anderlecht-trainer" beside a redacted "Anderlecht", "minister
Vanderpoorten" beside a redacted "Vanderpoorten". The output check cannot tell a contradiction
from a leak, and publishing it would reveal the redacted value; so every further occurrence the
check would read as the value is redacted too (fail closed), and the document is published.

What the check does not read as the value stays: an occurrence inside a longer word
("Stallones", "Wielewaalstraat"; verify/values.py) and a name written all in lower case ("de
bakker"). Values a reviewer deliberately left visible elsewhere (`exempt`, flows/export.py) are
left to the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..model import Decision, DetectorKind, Document
from ..verify.values import is_name_like

REASON = "zelfde waarde elders in het document weggelakt (één oordeel per waarde)"


def _pattern(value: str) -> re.Pattern[str] | None:
    """The value as the output check reads it: any case, any whitespace between its parts, and
    a hyphen or a sign around it is no part of a word ("Anderlecht-trainer" holds "Anderlecht")."""
    parts = value.split()
    if not parts:
        return None
    body = r"\s+".join(re.escape(p) for p in parts)
    return re.compile(r"(?<![^\W\d_])" + body + r"(?![^\W\d_])", re.IGNORECASE)


def make_consistent(document: Document, decisions: Iterable[Decision],
                    exempt: frozenset[str] = frozenset(), extra: dict[str, Decision] | None = None,
                    reason: str = REASON) -> list[Decision]:
    """The decisions plus a redaction at every occurrence of a redacted value that no redaction
    covers yet (also inside a span kept visible: redact wins; overlaps are resolved afterwards).
    `extra`: values redacted in other copies of this document (dossier/copies.py), value -> one of
    their decisions; their redactions here give `reason`."""
    decisions = list(decisions)
    sources: dict[str, Decision] = {}
    for d in decisions:
        if d.action == "redact" and d.finding.text.strip() and d.finding.text not in exempt:
            sources.setdefault(d.finding.text.strip(), d)
    foreign = {v: d for v, d in (extra or {}).items() if v.strip() and v.strip() not in sources and v not in exempt}
    sources.update(foreign)
    covered: dict[int, list[tuple[int, int]]] = {}
    for d in decisions:
        if d.action == "redact":
            covered.setdefault(d.finding.page, []).append((d.finding.start, d.finding.end))
    added: list[Decision] = []
    lowered = {page.number: page.text.lower() for page in document.pages}
    for value in sorted(sources, key=len, reverse=True):  # longest first: "Jan de Vries" before "Vries"
        pattern, source = _pattern(value), sources[value]
        if pattern is None:
            continue
        name_like = is_name_like(value)
        first = value.split()[0].lower()
        for page in document.pages:
            if first not in lowered[page.number]:
                continue  # a plain search first: one regex per value over every page is slow on a dossier
            spans = covered.setdefault(page.number, [])
            for m in pattern.finditer(page.text):
                start, end = m.span()
                if name_like and m.group() == m.group().lower():
                    continue  # "de bakker" is the word, not the name "Bakker" (as the check reads it)
                if any(s <= start and end <= e for s, e in spans):
                    continue
                finding = replace(source.finding, page=page.number, start=start, end=end, text=m.group(),
                                  detector="consistency", detector_kind=DetectorKind.PROPAGATED,
                                  explanation=f"zelfde waarde als een vondst van {source.finding.detector}")
                added.append(Decision(finding, "redact", source.ground, reason if value in foreign else REASON,
                                      source.person))
                spans.append((start, end))
    return decisions + added
