"""Findings whose value an earlier release already redacted (docs/security.md, released scans).

A scan released before carries that release's boxes burnt into its image; a scan layer or our OCR
reads their fill as letters ("IEEE"), and the detectors join that noise with the domain the
earlier release left visible into an e-mail address (`IEEE\\n@minvws.nl`). Its local part is
already redacted there; what a reader sees is the organisation's domain, which that release kept.
A new box over the whole address would only hide the domain (and touch the `<` beside it).
"""

from __future__ import annotations

from ..model import Finding, Page

COVERED = "lokaal deel al weggelakt in eerdere openbaarmaking; domein blijft zichtbaar"


def _on(k: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= k < b for a, b in spans)


def already_covered(finding: Finding, page: Page) -> str | None:
    """The reason to keep an e-mail address whose every character before the `@` lies on an
    earlier release's box (Page.earlier) and whose domain does not: nothing of it is visible but
    the domain. None otherwise (a local part of which one character shows is redacted whole)."""
    if finding.entity_type != "EMAIL_ADDRESS" or not page.earlier:
        return None
    value = page.text[finding.start:finding.end]
    at = value.find("@")
    local = [finding.start + k for k in range(max(at, 0)) if not value[k].isspace()]
    domain = [finding.start + k for k in range(at + 1, len(value)) if not value[k].isspace()]
    if not local or not domain or not all(_on(k, page.earlier) for k in local):
        return None
    if any(_on(k, page.earlier) for k in domain):  # also on a box: not the case this rule knows
        return None
    return COVERED
