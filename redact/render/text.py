"""Text output: each redacted span replaced by its ground in brackets, e.g. `[5.1.2e]`."""

from __future__ import annotations

from ..model import Decision, Document, Redaction


def render_text(document: Document, decisions: tuple[Decision, ...]) -> tuple[str, tuple[Redaction, ...]]:
    by_page: dict[int, list[Decision]] = {}
    for d in decisions:
        if d.action == "redact":
            by_page.setdefault(d.finding.page, []).append(d)
    parts: list[str] = []
    redactions: list[Redaction] = []
    for page in document.pages:
        text, pos = page.text, 0
        for d in sorted(by_page.get(page.number, ()), key=lambda d: d.finding.start):
            f = d.finding
            parts.append(text[pos:f.start])
            parts.append(f"[{d.ground}]")
            pos = f.end
            redactions.append(Redaction(page=page.number, start=page.offset + f.start, end=page.offset + f.end,
                                        entity_type=f.entity_type, ground=d.ground or "", detector=f.detector,
                                        score=f.score))
        parts.append(text[pos:])
    return "".join(parts), tuple(redactions)
