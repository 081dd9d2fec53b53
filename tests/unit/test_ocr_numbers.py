"""OCR-tolerant IBAN, BSN, phone and e-mail matching (redact/detect/ocr_numbers.py, rules/recognizers/ocr.yaml):
a value that OCR read with small errors is still found on OCR pages, near misses beside a cue too, and
born-digital text keeps strict matching."""

from __future__ import annotations

import pytest

from redact.detect.ocr_numbers import OcrNumberRecognizer
from redact.model import Document, Page


@pytest.fixture(scope="module")
def shapes(rules):
    return {s.options["shape"]: OcrNumberRecognizer(s) for s in rules.recognizers if s.kind == "ocr_numbers"}


def found(shapes, text):
    return [(r.entity_type, text[r.start:r.end], r.score) for rec in shapes.values() for r in rec.ocr_pass(text)]


# (OCR text, the value as OCR read it, entity): validated after the confusions are mapped back.
VALIDATED = [
    ("Rekeningnummer NL91ABNA04l7164300 t.n.v.", "NL91ABNA04l7164300", "IBAN"),  # l for 1
    ("IBAN: NL91 ABNA O417 1643 OO", "NL91 ABNA O417 1643 OO", "IBAN"),  # O for 0
    ("over te maken op NL9l ABNA 0417 1643 00.", "NL9l ABNA 0417 1643 00", "IBAN"),  # l in the check digits
    ("op NL91ABNA 04171 64300 graag", "NL91ABNA 04171 64300", "IBAN"),  # spaces in the wrong places
    ("op NL91 A8NA 0417 1643 00 graag", "NL91 A8NA 0417 1643 00", "IBAN"),  # 8 for B in the bank code
    ("op NL91 ABNA 04I7 I643 00 graag", "NL91 ABNA 04I7 I643 00", "IBAN"),  # I for 1
    ("op NL91 ABNA 04|7 1643 0O graag", "NL91 ABNA 04|7 1643 0O", "IBAN"),  # | for 1
    ("op NL20 INGB 0OO1 2345 67 graag", "NL20 INGB 0OO1 2345 67", "IBAN"),
    ("op NL20INGB0001Z34S67 graag", "NL20INGB0001Z34S67", "IBAN"),  # Z for 2, S for 5
    ("op Nl91ABNA0417164300 graag", "Nl91ABNA0417164300", "IBAN"),  # lower-case country letter
    ("op BE71 O961 2345 6769 graag", "BE71 O961 2345 6769", "IBAN"),  # another country's structure
    ("BSN: l2345678Z", "l2345678Z", "BSN"),
    ("BSN 1234 56 782", "1234 56 782", "BSN"),  # a grouping the strict rule does not take
    ("BSN 123.456.78Z", "123.456.78Z", "BSN"),
    ("van de aanvrager 11I222333 is", "11I222333", "BSN"),
    ("aanvrager 111 222 3 33 is", "111 222 3 33", "BSN"),  # an extra space
    ("tel. 06-l2345678", "06-l2345678", "PHONE_NUMBER"),
    ("Telefoon: O70 - 123 45 67", "O70 - 123 45 67", "PHONE_NUMBER"),
    ("mobiel +31 (0)6 1234 S678", "+31 (0)6 1234 S678", "PHONE_NUMBER"),
    ("bel 06 I2 34 56 78 gerust", "06 I2 34 56 78", "PHONE_NUMBER"),
    ("bel 0O31 6 12345678 gerust", "0O31 6 12345678", "PHONE_NUMBER"),
    ("bel 020-5S5 1234 gerust", "020-5S5 1234", "PHONE_NUMBER"),
    ("Mail j.jansen©kpnmail.nl of", "j.jansen©kpnmail.nl", "EMAIL_ADDRESS"),  # © for @
    ("mail jan.jansen @ kpnmail,nl", "jan.jansen @ kpnmail,nl", "EMAIL_ADDRESS"),  # spaces, , for .
    ("mail jan.jansen®kpnmail.nl", "jan.jansen®kpnmail.nl", "EMAIL_ADDRESS"),
    ("mail p.devries@ziggo,nl vandaag", "p.devries@ziggo,nl", "EMAIL_ADDRESS"),
]


@pytest.mark.parametrize("text,value,entity", VALIDATED)
def test_confused_values_are_found(shapes, text, value, entity):
    hits = found(shapes, text)
    assert (entity, value) in [(e, v) for e, v, _ in hits], hits


def test_b_for_8_only_when_the_check_then_holds(shapes):
    # 1112223B3 -> 111222383 fails the 11-proef and has no cue: not a BSN.
    assert found(shapes, "nummer 1112223B3 bekend") == []
    assert found(shapes, "nummer 11122233B bekend") == []  # 111222338: fails too


# Right shape and length, fails the check by one character: only beside a cue.
NEAR_MISSES = [
    ("rekeningnummer NL91 ABNA 0417 1643 01", "NL91 ABNA 0417 1643 01", "IBAN"),
    ("IBAN NL20INGB0O001234567 t.n.v. J. Bakker", "NL20INGB0O001234567", "IBAN"),  # a character read twice
    ("IBAN NL20INGB000123456 t.n.v.", "NL20INGB000123456", "IBAN"),  # one lost
    ("rek.nr NL91ABNA0417164301", "NL91ABNA0417164301", "IBAN"),
    ("burgerservicenummer 123456783", "123456783", "BSN"),
    ("BSN: 1112223S4", "1112223S4", "BSN"),
    ("tel. 0801234567", "0801234567", "PHONE_NUMBER"),  # 080: no such range
    ("mobiel O97-l234567", "O97-l234567", "PHONE_NUMBER"),
]


@pytest.mark.parametrize("text,value,entity", NEAR_MISSES)
def test_near_misses_beside_a_cue_are_found(shapes, text, value, entity):
    hits = found(shapes, text)
    assert (entity, value) in [(e, v) for e, v, _ in hits], hits
    assert all(s >= 0.5 for _, _, s in hits)  # above min_score: redacted


@pytest.mark.parametrize("text,value,entity", NEAR_MISSES)
def test_near_misses_without_a_cue_are_not(shapes, text, value, entity):
    text = "zie " + value + " hier"
    assert [v for e, v, _ in found(shapes, text) if e == entity] == []


@pytest.mark.parametrize("text", [
    "De gemeente heeft in 2021 besloten 1.234.567,89 euro uit te keren.",
    "Dit is een gewone zin zonder nummers: ooit IIS lol Oslo bossen.",
    "zaaknummer 12345678Z",  # an excluded cue before a BSN shape
    "kenmerk 1112223S3",
    "op 12-03-1980 om 14.30 uur, zaal 0.12",
    "Zie artikel 5.1.2e en 5.1.1 van de Woo.",
    "De Nederlandse Staat en de Duitse staat (DE) spraken af.",
    "Jansen & Partners, kantoor.nl",
    # Found on rendered scans of real released text (bench/eval_scans.py): a version table row and an
    # address split over two lines were taken for a phone number in Franeker and an e-mail address.
    "0.5 17-07-2015 eerste versie",
    "0.609-09-2015 tweede versie",
    "bijlage 12\n@rivm.nl",
])
def test_ordinary_text_gives_nothing(shapes, text):
    assert found(shapes, text) == []


def _engine_findings(pipeline, text, source):
    page = Page(number=1, text=text, source=source)
    return pipeline.detector.detect(Document(source="x", relpath="x.txt", kind="txt", pages=(page,)))


def test_only_ocr_pages_are_read_tolerantly(pipeline):
    text = "Graag overmaken op NL91ABNA04l7164300 onder vermelding van het kenmerk.\n"
    ocr = [f for f in _engine_findings(pipeline, text, "ocr") if f.entity_type == "IBAN"]
    assert [(f.text, f.detector) for f in ocr] == [("NL91ABNA04l7164300", "ocr_iban")]
    # Born-digital text: what the author wrote, strict matching decides (no IBAN here).
    for source in ("text", "pdf"):
        assert [f for f in _engine_findings(pipeline, text, source) if f.entity_type == "IBAN"] == []


def test_a_value_the_strict_rules_find_is_not_found_twice(pipeline):
    text = "IBAN NL91ABNA0417164300, BSN 111222333, tel. 06-12345678\n"
    findings = _engine_findings(pipeline, text, "ocr")
    assert not [f for f in findings if f.detector.startswith("ocr_")]


def test_text_file_with_a_confused_iban_is_left_as_written(pipeline, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "brief.txt").write_text("Rekening NL91ABNA04l7164300 staat op de factuur.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = pipeline.process(src / "brief.txt", "brief.txt", out)
    assert result.status.value == "verwerkt"
    assert (out / "brief.txt").read_text(encoding="utf-8") == "Rekening NL91ABNA04l7164300 staat op de factuur.\n"


def test_a_bsns_own_label_after_an_excluded_cue_decides(shapes):
    # "kenmerk" stands in the window, but "bsn" is the value's label (twelfth session, second round)
    assert [v for e, v, _ in found(shapes, "kenmerk 2031, bsn 1112223S3") if e == "BSN"] == ["1112223S3"]


def test_a_courts_case_number_is_no_bsn_on_an_ocr_page(shapes):
    # as the strict rule: a year or the 200 range, a slash and the case's sequence (twelfth session, second round)
    assert [v for e, v, _ in found(shapes, "Uitspraak 201987387/1/R2 en zaak 200.550.925/01") if e == "BSN"] == []
    assert [v for e, v, _ in found(shapes, "bsn 201283670 en 123456782/1") if e == "BSN"] == ["201283670", "123456782"]
