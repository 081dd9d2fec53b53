"""OCR words as person evidence (decide/ocrwords.py; docs/security.md, eighth session).

A page of our own wording read by OCR: a chart legend of short labels, one of which the model
takes for a name ("Ed Portaal": a listed first name and a word). Read with low confidence and
nothing else for it, it is no person; read well, or with a title before it, or in a sentence, it is
still redacted (fail closed). The pages are built as ingest builds them (add_ocr_words), with
chosen confidences, so the judgement is tested without Tesseract's moods."""

from __future__ import annotations

from dataclasses import replace

import pytest

from redact.decide.ocrwords import WEAK_OCR_NAME
from redact.decide.policy import Decider
from redact.errors import RulesError
from redact.ingest.ocr import OcrWord
from redact.ingest.pdf import add_ocr_words
from redact.model import DetectorKind, Document, Finding, Page
from redact.rules import load_rules

LEGEND = ["Kanaal van aanmelding", "Post", "Loket", "Ed Portaal", "Telefoon", "Overig", "Onbekend"]
NAME = "Ed Portaal"


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.fixture(scope="module")
def decider(rules):
    return Decider(rules)


def ocr_page(lines: list[str], confidence: dict[str, float], number: int = 1) -> Page:
    """`lines` as our OCR reads them, 10 pt apart; a word's confidence from `confidence` (else 92)."""
    words = []
    for k, line in enumerate(lines):
        x = 50.0
        for word in line.split():
            words.append(OcrWord(word, (x, 60 + 10 * k, x + 6 * len(word), 66 + 10 * k),
                                 confidence.get(word, 92.0), k))
            x += 6 * len(word) + 4
    text, boxes, _, spans = add_ocr_words("", (), words)
    return Page(number=number, text=text, boxes=boxes, width=595, height=842, source="ocr", ocr_words=spans)


def person(page: Page, value: str, kind: DetectorKind = DetectorKind.NER, at: int = 0) -> Finding:
    start = page.text.index(value, at)
    return Finding(page.number, start, start + len(value), value, "PERSON", 0.85, "person_ner", "", kind)


def verdicts(decider, pages: list[Page], findings: list[Finding]) -> list[tuple[int, str, str]]:
    document = Document(source="/nonexistent/dashboard.pdf", relpath="dashboard.pdf", kind="pdf", pages=tuple(pages))
    return [(d.finding.page, d.finding.text, d.action) for d in decider.decide(document, tuple(findings))
            if d.finding.entity_type == "PERSON"]


def test_ingest_carries_each_ocr_word_with_its_confidence():
    page = ocr_page(LEGEND, {"Ed": 31.0, "Portaal": 44.0})
    assert [page.text[s:e] for s, e, _ in page.ocr_words] == " ".join(LEGEND).split()
    assert {page.text[s:e]: c for s, e, c in page.ocr_words}["Ed"] == 31.0


def test_a_label_read_with_low_confidence_among_labels_is_no_person(decider):
    page = ocr_page(LEGEND, {"Ed": 31.0, "Portaal": 44.0})
    document = Document(source="/nonexistent/d.pdf", relpath="d.pdf", kind="pdf", pages=(page,))
    decisions = [d for d in decider.decide(document, (person(page, NAME),)) if d.finding.entity_type == "PERSON"]
    assert [(d.finding.text, d.action, d.reason) for d in decisions] == [(NAME, "keep", WEAK_OCR_NAME)]


def test_the_same_label_read_well_is_still_redacted(decider):
    page = ocr_page(LEGEND, {})
    assert verdicts(decider, [page], [person(page, NAME)]) == [(1, NAME, "redact")]


def test_a_listed_name_read_with_middling_confidence_still_counts(decider):
    # Below max_confidence (70), but its listed first name read at listed_max_confidence (50) or more.
    page = ocr_page(LEGEND, {"Ed": 58.0, "Portaal": 62.0})
    assert verdicts(decider, [page], [person(page, NAME)]) == [(1, NAME, "redact")]


def test_a_low_confidence_name_in_a_sentence_is_still_redacted(decider):
    lines = LEGEND[:3] + [f"Het loket is gebeld door {NAME} over de afspraak van vorige week"] + LEGEND[4:]
    page = ocr_page(lines, {"Ed": 31.0, "Portaal": 44.0})
    assert verdicts(decider, [page], [person(page, NAME)]) == [(1, NAME, "redact")]


def test_a_title_before_it_is_support(decider):
    lines = [("Dhr. " + NAME if line == NAME else line) for line in LEGEND]
    page = ocr_page(lines, {"Ed": 31.0, "Portaal": 44.0, "Dhr.": 31.0})
    assert verdicts(decider, [page], [person(page, NAME)]) == [(1, NAME, "redact")]


def test_a_structural_position_is_never_judged(decider):
    page = ocr_page(LEGEND, {"Ed": 31.0, "Portaal": 44.0})
    found = replace(person(page, NAME, DetectorKind.STRUCTURE), detector="person_structure")
    assert verdicts(decider, [page], [found]) == [(1, NAME, "redact")]


def test_the_weak_reading_follows_a_supported_one_elsewhere(decider):
    # Fail closed: the same value redacted with support on another page is redacted here too.
    weak = ocr_page(LEGEND, {"Ed": 31.0, "Portaal": 44.0}, number=1)
    letter = ocr_page(["Geachte heer,", f"Namens {NAME} stuur ik u de stukken van het overleg."], {}, number=2)
    out = verdicts(decider, [weak, letter], [person(weak, NAME), person(letter, NAME)])
    assert sorted(out) == [(1, NAME, "redact"), (2, NAME, "redact")]


def test_the_thresholds_are_in_the_policy(rules, tmp_path):
    settings = rules.policy.ocr_person_evidence
    assert settings.enabled and settings.listed_max_confidence <= settings.max_confidence
    text = (rules.root / "policy.yaml").read_text(encoding="utf-8")
    assert "ocr_person_evidence:" in text
    (tmp_path / "rules").mkdir()
    import shutil

    shutil.copytree(rules.root, tmp_path / "rules", dirs_exist_ok=True)
    (tmp_path / "rules" / "policy.yaml").write_text(
        text.replace("ocr_person_evidence:\n", "ocr_person_evidence:\n  max_words: 3\n"), encoding="utf-8")
    with pytest.raises(RulesError, match="ocr_person_evidence.max_words"):
        load_rules(tmp_path / "rules")
