"""Overlap resolution: one redaction per stretch of text; a redaction beats a keep."""

from __future__ import annotations

from dataclasses import replace

from ..model import SPECIAL_PROPOSAL, Decision, Document, is_area
from ..rules import RuleSet


def resolve_overlaps(document: Document, decisions: list[Decision], rules: RuleSet) -> list[Decision]:
    areas = [d for d in decisions if is_area(d)]  # image areas have no span: they pass through
    if areas:
        return resolve_overlaps(document, [d for d in decisions if not is_area(d)], rules) + areas
    texts = {p.number: p.text for p in document.pages}
    redacts = sorted((d for d in decisions if d.action == "redact"),
                     key=lambda d: (d.finding.page, d.finding.start, -d.finding.end))
    merged: list[Decision] = []
    for d in redacts:
        last = merged[-1] if merged else None
        if last and last.finding.page == d.finding.page and d.finding.start < last.finding.end:
            merged[-1] = _merge(last, d, rules, texts[d.finding.page])
        else:
            merged.append(d)
    # A special-category passage to judge stays a proposal over a redacted name inside it.
    kept = [d for d in decisions if d.action == "keep" and (d.reason == SPECIAL_PROPOSAL or not any(
        r.finding.page == d.finding.page and r.finding.start < d.finding.end and d.finding.start < r.finding.end
        for r in merged))]
    return merged + sorted(kept, key=lambda d: (d.finding.page, d.finding.start))


def _rank(d: Decision, rules: RuleSet) -> tuple:
    # Absolute grounds (5.1.1) go before relative ones; then the stronger, longer finding.
    kind = rules.grounds[d.ground].kind if d.ground in rules.grounds else "relative"
    return (kind == "absolute", d.finding.score, d.finding.end - d.finding.start)


def _merge(a: Decision, b: Decision, rules: RuleSet, page_text: str) -> Decision:
    winner = max(a, b, key=lambda d: _rank(d, rules))
    start, end = min(a.finding.start, b.finding.start), max(a.finding.end, b.finding.end)
    return replace(winner, finding=replace(winner.finding, start=start, end=end, text=page_text[start:end]))
