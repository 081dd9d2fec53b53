"""Officials in rosters (issue 10, eleventh session, second round, judge13): a roster's label that names a governing
body before its members ("GS: mw. A en dhr. B"), the members' and staff sections of an appointed public body's
roster (a rekenkamer(commissie)), a table's row labels run together without colons before their values, and a
model's span over two names of such a row (docs/names-history.md, "Officials in rosters (eleventh session, second
round)"). Every name, body and layout here is invented; the cases are of the kinds measured, not the measured ones."""

from __future__ import annotations

import pytest

from redact.model import DetectorKind, Document, Finding, Page


def _decisions(rules, text: str, names: list[str], ner: tuple[str, ...] = ()):
    """The decider's PERSON decisions on `text` when the name patterns found only `names` and the model only `ner`
    (each at its first occurrence; no model run)."""
    from redact.decide.policy import Decider

    kinds = [*((n, DetectorKind.NAME_PATTERN) for n in names), *((n, DetectorKind.NER) for n in ner)]
    findings = tuple(Finding(1, text.index(n), text.index(n) + len(n), n, "PERSON", 0.85, "person_names", "", kind)
                     for n, kind in kinds)
    document = Document("x", "x.txt", "txt", (Page(1, text),))
    return [d for d in Decider(rules).decide(document, findings) if d.finding.entity_type == "PERSON"]


def _decided(rules, text: str, names: list[str]):
    """{name: action} of the decisions that start at each name."""
    by_start = {d.finding.start: d.action for d in _decisions(rules, text, names)}
    return {n: by_start.get(text.index(n)) for n in names}


def _redacted_chars(rules, text: str, names: list[str], ner: tuple[str, ...] = ()) -> str:
    """The text with every redacted PERSON character as '#'."""
    chars = list(text)
    for d in _decisions(rules, text, names, ner):
        if d.action == "redact":
            chars[d.finding.start:d.finding.end] = "#" * (d.finding.end - d.finding.start)
    return "".join(chars)


# -- 1. a roster's label naming a governing body before its members -----------------------------------------------


@pytest.mark.parametrize("text, kept, gone", [
    ("Commissie Ruimte en Wonen\n\nVoorzitter: dhr. P. Kamphuis\nGriffie: mw. L. Bosveld\n"
     "B&W: dhr. H. Terlouw en mw. A. Veenstra\n", ["H. Terlouw", "A. Veenstra"], ["L. Bosveld"]),
    ("Werkgroep dorpsvisie\n\nCollege: mw. A. Veenstra, dhr. H. Terlouw\nDB: mevrouw C. Smeets\n"
     "Ambtelijk: dhr. K. Zwart\n", ["A. Veenstra", "H. Terlouw", "C. Smeets"], ["K. Zwart"]),
    ("Overleg 3 maart\n\nAanwezig: mw. L. Bosveld (projectleider), dhr. K. Zwart (adviseur) GS: mw. A. Veenstra "
     "Notulist: dhr. P. Kamphuis\n", ["A. Veenstra"], ["L. Bosveld", "K. Zwart", "P. Kamphuis"]),
    ("Verslag\n\nGS : de heer R. Olthof-Bakker\nSecretaris: mevrouw T. Brands\n", ["R. Olthof-Bakker"], ["T. Brands"]),
    ("Stuurgroep N-weg\n\n- Gedeputeerde Staten: de heer J. Hofstra;\n- Dagelijks bestuur: mevrouw E. de Groot\n"
     "- Notulist: de heer F. Mol\n", ["J. Hofstra", "E. de Groot"], ["F. Mol"]),
])
def test_a_label_naming_the_governing_body_keeps_its_members(rules, text, kept, gone):
    assert _decided(rules, text, kept + gone) == {**{n: "keep" for n in kept}, **{n: "redact" for n in gone}}


@pytest.mark.parametrize("text, name", [
    ("Actielijst\n\nAB: Jan Pieterse belt de aannemer over de planning\n", "Jan Pieterse"),
    ("Groeten,\nEva\n\nPS: Marieke Jansen komt ook\n", "Marieke Jansen"),
    ("Stichting Buurtbelang\n\nBestuur: dhr. K. Zwart\n", "K. Zwart"),
    ("Projectgroep\n\nGS: mw. A. Veenstra\n\nAmbtelijk opdrachtgever: dhr. K. Zwart\n", "K. Zwart"),
])
def test_no_governing_body_label_or_a_sentence_after_the_name_stays_redacted(rules, text, name):
    assert _decided(rules, text, [name]) == {name: "redact"}


# -- 2. the members' and staff sections of an appointed body's roster ------------------------------------------------


def test_a_flattened_roster_keeps_its_members_and_redacts_its_secretariat(rules):
    text = ("Onderzoek naar het parkeerbeleid\n\nSamenstelling Rekenkamer Zuidwaard Leden De heer dr. P.W. Lansink, "
            "voorzitter (tot 1 maart) Mevrouw mr. I. Dekkers RA Interne leden De heer T. Brugman Mevrouw "
            "J.K. van Oort Secretariaat Mevrouw drs. E. Vos Adres Postbus 44 9999 ZZ Zuidwaard\n")
    names = ["P.W. Lansink", "I. Dekkers", "T. Brugman", "J.K. van Oort", "E. Vos"]
    assert _decided(rules, text, names) == {"P.W. Lansink": "keep", "I. Dekkers": "keep", "T. Brugman": "keep",
                                            "J.K. van Oort": "keep", "E. Vos": "redact"}


def test_a_roster_by_lines_keeps_members_and_redacts_secretary_and_researchers(rules):
    text = ("Rekenkamercommissie Oostergo\n\nVoorzitter: mevrouw A. Hiemstra\nLeden: de heer B. Zijlstra,\n"
            "de heer C. Postma\nSecretaris: mevrouw D. Kingma\nOnderzoekers van de Randstedelijke Rekenkamer: "
            "E. Bakker, F. de Boer\n")
    names = ["A. Hiemstra", "B. Zijlstra", "C. Postma", "D. Kingma", "E. Bakker", "F. de Boer"]
    assert _decided(rules, text, names) == {"A. Hiemstra": "keep", "B. Zijlstra": "keep", "C. Postma": "keep",
                                            "D. Kingma": "redact", "E. Bakker": "redact", "F. de Boer": "redact"}


@pytest.mark.parametrize("text, name", [
    ("Begeleidingscommissie\n\nVoorzitter: prof. dr. A. Hiemstra\nLeden: dr. B. Zijlstra, mr. C. Postma\n",
     "B. Zijlstra"),
    ("De rekenkamercommissie heeft voor dit onderzoek de heer B. Zijlstra gehoord.\n", "B. Zijlstra"),
    ("Rekenkamer Zuidwaard\n\nSecretariaat: mevrouw D. Kingma\nLeden: zie de website\n", "D. Kingma"),
])
def test_another_committee_running_text_or_a_staff_section_stays_redacted(rules, text, name):
    assert _decided(rules, text, [name]) == {name: "redact"}


# -- 3. row labels run together without colons; a model's span over two of their names ------------------------------


_ROLL = ("Notulen van de openbare vergadering van de gemeenteraad van Zuidwaard, gehouden op 4 maart.\n\n"
         "Aanwezig: Voorzitter Lokaal Belang VVD Wethouders Notulist Griffier A.B. Hoekman P. Dijkstra, "
         "K. de Vries R. Smit J. Bos, T. Kok W. Post H. ter Mulder Afwezig: -\n")


def test_the_last_rows_of_a_table_run_together_give_each_value_its_own_label(rules):
    names = ["J. Bos", "T. Kok", "W. Post", "H. ter Mulder"]
    assert _decided(rules, _ROLL, names) == {"J. Bos": "keep", "T. Kok": "keep", "W. Post": "redact",
                                             "H. ter Mulder": "keep"}


def test_a_model_span_over_two_names_of_the_row_is_judged_name_by_name(rules):
    out = _redacted_chars(rules, _ROLL, ["W. Post", "H. ter Mulder"], ner=("W. Post H. ter Mulder",))
    assert "####### H. ter Mulder" in out


def test_fewer_values_than_row_labels_are_not_aligned(rules):
    from redact.decide.assembly import Assemblies
    from redact.lexicon import Lexicon

    text = ("Notulen van de openbare vergadering van de gemeenteraad van Zuidwaard.\n\n"
            "Aanwezig: Wethouders Notulist Griffier J. Bos W. Post\n")
    assemblies = Assemblies(Lexicon.from_rules(rules))
    assert assemblies.field_label(text, text.index("W. Post")) == ("office", "Aanwezig")
    assert assemblies.field_label(_ROLL, _ROLL.index("W. Post")) == ("civil", "Notulist")


@pytest.mark.parametrize("text, kept, gone", [
    ("Notulen van de vergadering van de gemeenteraad van Oostwold.\n\nAanwezig: Voorzitter CDA PvdA Wethouders "
     "Notulist Griffier de heer A. Bos mevrouw C. Kok, de heer D. Lam mevrouw E. Vink de heer F. Ros mevrouw "
     "drs. G. Wit de heer H. Zee\n", ["F. Ros", "H. Zee"], ["G. Wit"]),
    ("Notulen van de vergadering van de gemeenteraad van Oostwold.\n\nVoorzitter Wethouders Secretaris Notulist\n"
     "A. Bos C. Kok, D. Lam F. Ros G. Wit\n", ["A. Bos", "C. Kok", "D. Lam"], ["F. Ros", "G. Wit"]),
])
def test_row_labels_run_together_with_titled_values_or_values_on_the_next_line(rules, text, kept, gone):
    assert _decided(rules, text, kept + gone) == {**{n: "keep" for n in kept}, **{n: "redact" for n in gone}}


def test_a_roster_one_entry_a_paragraph_keeps_its_chair_and_members_not_its_secretary(rules):
    text = ("Rekenkamer Oostwold\n\nLeden\n\nDe heer A. Bos (voorzitter)\n\nMevrouw C. Kok\n\nSecretaris\n\n"
            "De heer D. Lam\n")
    assert _decided(rules, text, ["A. Bos", "C. Kok", "D. Lam"]) == {"A. Bos": "keep", "C. Kok": "keep",
                                                                     "D. Lam": "redact"}
