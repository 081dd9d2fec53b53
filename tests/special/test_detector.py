"""The special-categories detector (5.1.1d): lexicons, person-relatedness, the clause span, the classifier."""

from __future__ import annotations

import pytest

from redact.detect.sentences import clauses, sentences
from redact.detect.special import SpecialCategoryRecognizer
from redact.detect.special_lexicon import CategoryLexicon
from redact.errors import RulesError
from redact.model import DetectorKind, Document, Page
from redact.rules import load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.fixture(scope="module")
def detector(rules):
    spec = next(s for s in rules.recognizers if s.kind == "special_categories")
    return SpecialCategoryRecognizer(spec, rules)


def findings(detector, text, names=()):
    from redact.model import Finding
    doc = Document(source="x.txt", relpath="x.txt", kind="txt", pages=(Page(1, text),))
    persons = [Finding(1, text.index(n), text.index(n) + len(n), n, "PERSON", 0.9, "t") for n in names]
    return detector.document_pass(doc, persons)


def test_lexicon_entries_inflect_and_compound():
    lexicon = CategoryLexicon({"health": ("*operatie", "medicijn*", "burn-out", "voorlopige hechtenis", "ras")})
    text = "na de knieoperatie, medicijnen, burn-outs, voorlopige  hechtenis"
    assert [text[h.start:h.end] for h in lexicon.page_hits(text)] == [
        "knieoperatie", "medicijnen", "burn-outs", "voorlopige  hechtenis"]
    assert not lexicon.page_hits("de operaties-kamer op het terras")  # whole words only, hyphen included


def test_weak_entries_are_marked():
    lexicon = CategoryLexicon({"treatment": ("~behandeld", "chemotherapie")})
    hits = lexicon.hits("Hij wordt behandeld met chemotherapie.")
    assert [(h.term, h.weak) for h in hits] == [("behandeld", True), ("chemotherapie", False)]


def test_sentences_and_clauses():
    wrapped = "Hij werkt deze week en de volgende week vanwege de verbouwing"  # a long line: a PDF wrap
    text = f"Geachte heer Jansen,\nDhr. Jansen is ziek. {wrapped}\nthuis; hij belt morgen, maar niet vroeg."
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == ["Geachte heer Jansen", "Dhr. Jansen is ziek", f"{wrapped}\nthuis; hij belt morgen, maar niet vroeg"]
    s, e = sentences(text)[-1]
    assert [text[a:b] for a, b in clauses(text, s, e)] == [f"{wrapped}\nthuis", "hij belt morgen", "maar niet vroeg"]


@pytest.mark.parametrize("text, entity", [
    ("Mevrouw Jansen is sinds de knieoperatie nog niet hersteld en werkt halve dagen.", "SPECIAL_CATEGORY"),
    ("Hij wordt behandeld voor een burn-out.", "SPECIAL_CATEGORY"),
    ("Betrokkene zit sinds maart in voorlopige hechtenis.", "CRIMINAL_DATA"),
    ("De aanvrager is van Surinaamse afkomst en voelt zich gediscrimineerd.", "SPECIAL_CATEGORY"),
])
def test_person_related_passages_are_found(detector, text, entity):
    found = findings(detector, text)
    assert len(found) == 1
    f = found[0]
    assert f.entity_type == entity and f.detector_kind is DetectorKind.SPECIAL and f.score >= 0.5
    assert f.text == text.rstrip(".")


@pytest.mark.parametrize("text", [
    "Het ziekteverzuim in de sector daalde.",
    "De GGZ-wachtlijsten in de regio zijn lang.",
    "Het aantal gedetineerden steeg in 2023.",
    "Kerken en moskeeën krijgen een bijdrage voor het onderhoud van monumenten.",
    "Zij bespraken het rapport over de kosten van de jeugdzorg.",  # a person talking about a topic
    "Uw bezwaar wordt behandeld door de adviescommissie.",  # an everyday use of a category word
])
def test_general_statements_stay(detector, text):
    assert findings(detector, text) == []


def test_a_detected_name_makes_the_sentence_personal(detector):
    text = "Volgens het dossier heeft Kees Bakker diabetes."
    without = findings(detector, text.replace("Kees Bakker", "het team"))
    assert without == []
    assert len(findings(detector, text, names=["Kees Bakker"])) == 1


def test_the_person_word_alone_is_no_fact(detector):
    assert findings(detector, "De advocaat van de gedetineerde belde gisteren.") == []


def test_the_span_is_the_clause_with_the_fact(detector):
    text = "De medewerker belde maandag met de afdeling; hij is sinds maart opgenomen in een psychiatrische kliniek."
    [f] = findings(detector, text)
    assert f.text == "hij is sinds maart opgenomen in een psychiatrische kliniek"


def test_the_explanation_names_category_and_person_but_is_private(detector):
    [f] = findings(detector, "Hij wordt behandeld voor een burn-out.")
    assert "gezondheid" in f.explanation and "Hij" in f.explanation


def test_rules_name_only_existing_lists(tmp_path):
    import shutil
    root = tmp_path / "rules"
    shutil.copytree(load_rules().root, root)
    path = root / "recognizers" / "special.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("[special_union]", "[special_unions]"), encoding="utf-8")
    with pytest.raises(RulesError, match="special_unions"):
        load_rules(root)
