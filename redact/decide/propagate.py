"""Consistency: a value redacted once is redacted at every occurrence in the document."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Decision, Document


def propagate(document: Document, decisions: list[Decision], min_length: int) -> list[Decision]:
    values: dict[str, Decision] = {}
    for d in decisions:
        if d.action == "redact" and len(d.finding.text.strip()) >= min_length:
            values.setdefault(d.finding.text.strip(), d)
    if not values:
        return decisions
    covered = {(d.finding.page, d.finding.start, d.finding.end) for d in decisions if d.action == "redact"}
    # Longest values first, so "Jan de Vries" is found before "De Vries".
    pattern = re.compile("|".join(
        r"(?<!\w)" + re.escape(v) + r"(?!\w)" for v in sorted(values, key=len, reverse=True)))
    added: list[Decision] = []
    for page in document.pages:
        for m in pattern.finditer(page.text):
            if (page.number, m.start(), m.end()) in covered:
                continue
            source = values[m.group(0)]
            finding = replace(source.finding, page=page.number, start=m.start(), end=m.end(),
                              detector="propagation",
                              explanation=f"same value as a {source.finding.detector} finding")
            added.append(Decision(finding, "redact", source.ground, "same value redacted elsewhere in the document"))
    return decisions + added
