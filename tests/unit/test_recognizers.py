"""Table tests per recognizer: values it must find (exactly), and look-alikes it must not."""

from __future__ import annotations

import pytest

from redact.model import Document, Page


def detect(pipeline, text: str) -> list[tuple[str, str]]:
    doc = Document(source="t.txt", relpath="t.txt", kind="txt", pages=(Page(1, text),))
    return [(f.entity_type, f.text) for f in pipeline.detector.detect(doc)]


def found(pipeline, text: str, entity: str) -> list[str]:
    return [value for etype, value in detect(pipeline, text) if etype == entity]


CASES = [
    # (entity, text, expected values of that entity in the text)
    ("EMAIL_ADDRESS", "Mail j.jansen@minbzk.nl of jan.de-vries+woo@gemeente.utrecht.nl.",
     ["j.jansen@minbzk.nl", "jan.de-vries+woo@gemeente.utrecht.nl"]),
    ("EMAIL_ADDRESS", "Van: Jansen, J. (Jan) <J.Jansen@MinBZK.nl>", ["J.Jansen@MinBZK.nl"]),
    ("EMAIL_ADDRESS", "geen adres: jansen@ of @minbzk.nl of www.rijksoverheid.nl", []),
    ("PHONE_NUMBER", "bel 06-12345678", ["06-12345678"]),
    ("PHONE_NUMBER", "bel 06 12 34 56 78 vandaag", ["06 12 34 56 78"]),
    ("PHONE_NUMBER", "T 070 - 370 79 11", ["070 - 370 79 11"]),
    ("PHONE_NUMBER", "M +31 (0)6 1234 5678", ["+31 (0)6 1234 5678"]),
    ("PHONE_NUMBER", "tel. 0031 6 12345678", ["0031 6 12345678"]),
    ("PHONE_NUMBER", "tel. +31 70 3707911", ["+31 70 3707911"]),
    ("PHONE_NUMBER", "zaak 2021-123456, bedrag 1.234.567, datum 12-03-2021", []),
    ("BSN", "BSN 123456782.", ["123456782"]),
    ("BSN", "burgerservicenummer: 1234.56.782", ["1234.56.782"]),
    ("BSN", "bsn 123 456 782", ["123 456 782"]),
    ("BSN", "BSN 012345672", ["012345672"]),  # leading zero allowed
    ("BSN", "BSN: 12345672", ["12345672"]),  # leading zero dropped, cue present
    ("BSN", "BSN 123456789", []),  # fails the 11-proef
    ("BSN", "zaaknummer 123456782", []),  # a case number, not a BSN
    ("BSN", "kenmerk 2031-0457, BSN 123456782", ["123456782"]),  # the nearest label decides
    ("BSN", "Uitspraak 201987387/1/R2 en zaak 200.550.925/01", []),  # courts' case numbers
    ("BSN", "BSN 201283670 en BSN 123456782/1", ["201283670", "123456782"]),  # no case number's shape
    ("BSN", "12345672 exemplaren", []),  # eight digits without a cue
    ("BSN", "bedrag 123456782,50 euro", []),
    ("IBAN", "IBAN NL91 ABNA 0417 1643 00 t.n.v.", ["NL91 ABNA 0417 1643 00"]),
    ("IBAN", "rekening NL91ABNA0417164300", ["NL91ABNA0417164300"]),
    ("IBAN", "Belgische rekening BE71 0961 2345 6769", ["BE71 0961 2345 6769"]),
    ("IBAN", "DE89 3704 0044 0532 0130 00", ["DE89 3704 0044 0532 0130 00"]),
    ("IBAN", "NL91 ABNA 0417 1643 01", []),  # mod-97 fails
    ("ADDRESS", "woonachtig aan de Kerkstraat 12a te Utrecht", ["Kerkstraat 12a"]),
    ("ADDRESS", "adres: Burgemeester de Withstraat 5-2, 3512 AB Utrecht",
     ["Burgemeester de Withstraat 5-2", "3512 AB Utrecht"]),
    ("ADDRESS", "postcode 1011PN Amsterdam", ["1011PN Amsterdam"]),
    ("ADDRESS", "Postbus 20011, 2500 EA Den Haag", []),  # an organisation's postal address
    ("ADDRESS", "in de straat 12 mensen, in 2021 AB-test", []),
    ("ADDRESS", "Antwoord 1: ja. Akkoord 2 volgt.", []),
    ("DATE_OF_BIRTH", "geboren op 12-03-1980 te Delft", ["12-03-1980"]),
    ("DATE_OF_BIRTH", "geboortedatum: 3 maart 1975", ["3 maart 1975"]),
    ("DATE_OF_BIRTH", "geb. 1975-03-03", ["1975-03-03"]),
    ("DATE_OF_BIRTH", "J. Jansen (12-03-1980, geboortedatum)", ["12-03-1980"]),
    ("DATE_OF_BIRTH", "geboren op 12-03-1980, brief van 14-03-2021", ["12-03-1980"]),
    ("DATE_OF_BIRTH", "de vergadering van 12-03-1980", []),  # no cue
    ("DATE_OF_BIRTH", "geboren op 31-02-1980", []),  # no such date
    ("LICENSE_PLATE", "kenteken 12-ABC-3 en AB-12-CD", ["12-ABC-3", "AB-12-CD"]),
    ("LICENSE_PLATE", "auto 1-KBB-99, bus VZ-123-D en X-999-XX", ["1-KBB-99", "VZ-123-D", "X-999-XX"]),
    ("LICENSE_PLATE", "het kenteken is 12ABC3", ["12ABC3"]),
    ("LICENSE_PLATE", "artikel 5-1-2 en code AB-CD-EF en 12ABC3 zonder aanleiding", []),
    ("NATIONAL_ID", "paspoortnummer NW9K5T3F1", ["NW9K5T3F1"]),
    ("NATIONAL_ID", "rijbewijsnummer 5012345678", ["5012345678"]),
    ("NATIONAL_ID", "V-nummer 1234.56.7890", ["1234.56.7890"]),
    ("NATIONAL_ID", "ordernummer NW9K5T3F1 en 5012345678", []),
]


@pytest.mark.parametrize("entity,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_recognizer_table(pipeline, entity, text, expected):
    assert found(pipeline, text, entity) == expected


def test_case_sensitive_postcode(pipeline):
    # Presidio's default IGNORECASE flag would take "1234 ab" and "in 2021 de" as postcodes.
    assert found(pipeline, "er waren 1234 ab en in 2021 de", "ADDRESS") == []


def test_findings_carry_detector_and_score(pipeline):
    doc = Document(source="t.txt", relpath="t.txt", kind="txt", pages=(Page(1, "BSN 123456782"),))
    (f,) = pipeline.detector.detect(doc)
    assert (f.detector, f.score, f.start, f.end) == ("bsn", 1.0, 4, 13)
    assert f.detector_kind.value == "pattern"  # what decisions read, whatever the rule's name


def test_name_findings_carry_their_kind(pipeline):
    text = ("Van: Jansen, J. (Jan) <j.jansen@minbzk.nl>\nOnderwerp: brief\n\nMevrouw Bos belde. Bel 06-12345678."
            "\nJansen neemt het op.\n")
    doc = Document(source="t.txt", relpath="t.txt", kind="txt", pages=(Page(1, text),))
    kinds = {(f.text, f.detector_kind.value) for f in pipeline.detector.detect(doc)}
    assert {("Jansen, J. (Jan)", "structure"), ("Bos", "name_pattern"), ("06-12345678", "phone"),
            ("Jansen", "email_link")} <= kinds


def test_context_words_raise_the_score(tmp_path):
    """Presidio's context boost works with our engine (lemmas fall back to the lower-cased token)."""
    import shutil
    from pathlib import Path

    from redact.detect.engine import DetectionEngine
    from redact.rules import load_rules

    rules_dir = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parents[2] / "rules", rules_dir)
    (rules_dir / "recognizers" / "zz_test.yaml").write_text(
        "recognizers:\n"
        "  - name: klantnummer\n"
        "    entity: CUSTOMER_ID\n"
        "    patterns: [{name: k, regex: 'K\\d{6}', score: 0.3}]\n"
        "    context: [klantnummer]\n", encoding="utf-8")
    engine = DetectionEngine(load_rules(rules_dir))

    def score(text):
        doc = Document(source="t", relpath="t", kind="txt", pages=(Page(1, text),))
        return [f.score for f in engine.detect(doc) if f.entity_type == "CUSTOMER_ID"]

    (plain,) = score("de code K123456 staat op de bon")
    (boosted,) = score("uw klantnummer K123456 staat op de bon")
    assert plain == 0.3 and boosted > 0.5


def test_mobile_numbers_outside_handed_out_ranges(pipeline):
    # 06-7... is no allocated range today, but written like this it is a person's number.
    assert found(pipeline, "Mobiel: 06-70690025 of 06-97188846", "PHONE_NUMBER") == ["06-70690025", "06-97188846"]
    # A merely possible number outside the 06 range is not taken.
    assert found(pipeline, "nummer 0123 456 789 van de kast", "PHONE_NUMBER") == []


def test_a_mobile_shaped_account_number_inside_an_iban_is_no_phone(pipeline):
    # The possible-number pass (06 outside the allocated ranges) used to read the account part of an IBAN
    # whose number starts with 06 as a mobile number; phonenumbers' VALID pass never does.
    text = "IBAN NL10NWAB0636750906 KvK 12345678"
    assert found(pipeline, text, "PHONE_NUMBER") == []
    assert found(pipeline, text, "IBAN") == ["NL10NWAB0636750906"]
    assert found(pipeline, "Mobiel: 06-70690025", "PHONE_NUMBER") == ["06-70690025"]
    # glued to a plain word it is still a number: a PDF of a table runs its cells together
    assert found(pipeline, "de heer Pieter Bakhuizen06-70690025", "PHONE_NUMBER") == ["06-70690025"]


def test_the_kind_names_rules_check_are_the_registry_and_the_validators():
    """rules.py checks kinds and validators by name (detect/kinds.py) without loading the classes."""
    from redact.detect.kinds import RECOGNIZER_KINDS, VALIDATOR_NAMES
    from redact.detect.registry import RECOGNIZERS
    from redact.detect.validators import VALIDATORS

    assert sorted(RECOGNIZERS) == sorted(RECOGNIZER_KINDS)
    assert sorted(VALIDATORS) == sorted(VALIDATOR_NAMES)


def test_name_and_structure_modules_do_not_import_the_recognizers():
    """No cycle names/structure -> recognizers -> names/structure: the registry lives apart."""
    import ast
    from pathlib import Path

    detect = Path(__file__).resolve().parents[2] / "redact" / "detect"
    for module in ("names.py", "structure.py", "kinds.py"):
        tree = ast.parse((detect / module).read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not imported & {"recognizers", "registry", "engine"}, module
