"""The evidence an OCR word gives for a person's name (issues 10 and 19).

A PERSON span of the language model is a guess about letters; on a scan those letters are
themselves a guess of Tesseract's, with a confidence per word (`Page.ocr_words`). A span made only
of words read below `max_confidence`, standing as a short label among short labels (a chart's
legend, a table of channels, test types or regions: its line and most lines around it hold a few
words each) and with nothing else for it (no listed first name or surname, no courtesy title or
greeting, no structural position, no e-mail link: those come from other detectors, whose findings
are never judged here), is no evidence of a person: it is kept, with its reason, for the reviewer.

Fail closed: the rule only ever keeps a model's span, and a kept span is redacted again where the
same value is redacted with support (decide/propagate.py, decide/consistency.py: redact wins).
Words the scan's own layer holds carry no confidence and are never judged weak; a page that cannot
be read reliably is still withheld unless a coordinator decided it (review/pages.py). Settings:
policy.yaml `ocr_person_evidence`.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from ..model import Decision, DetectorKind, Document, Page
from ..rules import OcrPersonEvidence
from .roles import PERSON, Roles

WEAK_OCR_NAME = "geen persoon: alleen onzeker gelezen OCR-woorden als label tussen labels, zonder naam, titel of plaats"


# A model's span or a name pattern's (a listed name in name position) rests on the letters read; a
# structural position, an e-mail link or a propagated mention does not and is never judged here.
_JUDGED = (DetectorKind.NER, DetectorKind.NAME_PATTERN)


def weak_words(page: Page, start: int, end: int, below: float) -> bool:
    """Every letter of page.text[start:end] lies in a word our OCR read with a confidence below `below`."""
    words = page.ocr_words
    if not words:
        return False
    starts = [w[0] for w in words]
    at = max(0, bisect.bisect_right(starts, start) - 1)
    covered = start
    for w_start, w_end, confidence in words[at:]:
        if w_start >= end:
            break
        if w_end <= start:
            continue
        if w_start > covered and page.text[covered:w_start].strip():
            return False  # a letter outside every OCR word (layer text)
        if confidence < 0 or confidence >= below:
            return False
        covered = max(covered, w_end)
    return covered >= end or not page.text[covered:end].strip()


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def among_labels(page: Page, start: int, settings: OcrPersonEvidence) -> bool:
    """The span's line is a short label, and so are at least min_label_lines of the
    neighbour_lines non-empty lines above and below it: a chart or table of short labels."""
    lines = _lines(page.text)
    here = next((i for i, (s, e) in enumerate(lines) if s <= start <= e), None)
    if here is None:
        return False

    def label(i: int) -> bool:
        return 0 < len(page.text[lines[i][0]:lines[i][1]].split()) <= settings.label_words

    if not label(here):
        return False
    near = [i for i in range(len(lines)) if i != here and page.text[lines[i][0]:lines[i][1]].strip()]
    before = [i for i in near if i < here][-settings.neighbour_lines:]
    after = [i for i in near if i > here][:settings.neighbour_lines]
    return sum(label(i) for i in before + after) >= settings.min_label_lines


def weak_ocr_names(document: Document, decisions: list[Decision], roles: Roles,
                   settings: OcrPersonEvidence) -> list[Decision]:
    """The decisions with each PERSON span of the model or a name pattern that its OCR words do not
    support kept. A listed name counts as support unless its letters were read below
    listed_max_confidence (the list then matches a guess); a title or greeting always counts."""
    if not settings.enabled:
        return decisions
    pages = {p.number: p for p in document.pages}
    out = []
    for d in decisions:
        f = d.finding
        page = pages.get(f.page)
        if (d.action == "redact" and f.entity_type == PERSON and f.detector_kind in _JUDGED
                and page is not None and weak_words(page, f.start, f.end, settings.max_confidence)
                and among_labels(page, f.start, settings)
                and not roles.titled(page.text, f.start)
                and (weak_words(page, f.start, f.end, settings.listed_max_confidence)
                     or not roles.listed_or_titled(page.text, f.start, f.text))):
            d = replace(d, action="keep", ground=None, reason=WEAK_OCR_NAME)
        out.append(d)
    return out


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def redacted_elsewhere(decisions: list[Decision], ground: str) -> list[Decision]:
    """Fail closed: a span kept by weak_ocr_names whose value is redacted as a person elsewhere in the
    document (with support, after roles and propagation) is redacted again: the reader would otherwise
    find the name beside its box."""
    redacted = {_norm(d.finding.text) for d in decisions
                if d.action == "redact" and d.finding.entity_type == PERSON and d.finding.area is None}
    return [replace(d, action="redact", ground=ground, reason=f"{PERSON} gevonden door {d.finding.detector}")
            if d.reason == WEAK_OCR_NAME and _norm(d.finding.text) in redacted else d for d in decisions]
