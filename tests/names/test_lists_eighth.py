"""Lists and sittings (issue 10, eighth session, judge8): an enumeration of persons gives its verdict to an
item whose own mentions give none; a roll call's typo, a project's elected principal and a closed roll call
(docs/names-history.md, "Lists and sittings (eighth session)"). Every name here is invented; the cases are of the
kinds measured, not the measured ones."""

from __future__ import annotations

from redact.model import UNSUPPORTED_NAME, DetectorKind, Document, Finding, Page


def _decision(analysis, name: str):
    found = [d for d in analysis.decisions if d.finding.entity_type == "PERSON" and d.finding.text == name]
    assert found, name
    return found[0]


def _assert_actions(redacted, text: str, expected: dict[str, str]):
    """Each name's action in the analysed text; returns the output text."""
    out, analysis = redacted(text)
    assert {n: _decision(analysis, n).action for n in expected} == expected
    return out


# -- 1. a list's verdict --------------------------------------------------------------------------------------

def test_a_name_the_model_alone_found_between_redacted_persons_goes_with_them(redacted):
    text = "Aan het onderzoek werkten Marloes Jansen, Anouk de Vries, Quim Le, Femke Bakker en Lotte Visser mee.\n"
    out, analysis = redacted(text)
    assert _decision(analysis, "Marloes Jansen").action == "redact"
    assert _decision(analysis, "Quim Le").action == "redact"
    assert "Quim" not in out


def _decided(rules, text: str, names: list[str]):
    """The decider's decisions on `text` when the name patterns found only `names` (no model)."""
    from redact.decide.policy import Decider

    findings = tuple(Finding(1, text.index(n), text.index(n) + len(n), n, "PERSON", 0.85, "person_names", "",
                             DetectorKind.NAME_PATTERN) for n in names)
    document = Document("x", "x.txt", "txt", (Page(1, text),))
    return {d.finding.text: d for d in Decider(rules).decide(document, findings) if d.finding.entity_type == "PERSON"}


def test_an_item_no_detector_found_between_two_redacted_full_names_goes_with_them(rules):
    text = "De coördinatoren van de gemeente zijn Marloes Jansen, Nop van Oordwijk en Femke Bakker. Bel gerust.\n"
    decided = _decided(rules, text, ["Marloes Jansen", "Femke Bakker"])
    assert decided["Nop van Oordwijk"].action == "redact"
    assert decided["Nop van Oordwijk"].person is not None


def test_an_unfound_item_must_be_name_shaped_and_between_two_redacted_persons(rules):
    for item in ("Gemeente Zuidhaven", "Nieuwe Plannen", "Nop Oordwijk", "Beleidsadviseur Wonen"):
        text = f"Aanwezig waren Marloes Jansen, {item} en Femke Bakker.\n"
        assert item not in _decided(rules, text, ["Marloes Jansen", "Femke Bakker"]), item
    text = "Aanwezig waren wethouder Marloes Jansen, Nop van Oordwijk en Femke Bakker.\n"
    assert "Nop van Oordwijk" not in _decided(rules, text, ["Marloes Jansen", "Femke Bakker"])


def test_a_list_of_one_name_a_line_is_an_enumeration_too(redacted):
    text = "Het projectteam bestaat uit:\n- Marloes Jansen\n- Quim Le\n- Femke Bakker\n- Lotte Visser\n\nBel ons gerust.\n"
    out, analysis = redacted(text)
    assert _decision(analysis, "Quim Le").action == "redact"


def test_a_name_without_evidence_between_kept_officials_is_not_kept_for_them(redacted):
    # A guest, a minute taker or a civil servant listed among the members: the list gives no office.
    text = ("In de werkgroep zaten Jan Dijkstra (VVD), Karin Molenaar (CDA), Pieter Kooistra en Lotte Smit (PvdA). "
            "Zij spraken over de begroting.\n")
    out = _assert_actions(redacted, text, {"Karin Molenaar": "keep", "Pieter Kooistra": "redact"})
    assert "Pieter Kooistra" not in out


def test_an_item_with_evidence_of_its_own_keeps_its_own_verdict(redacted):
    text = ("In de werkgroep zaten Jan Dijkstra (VVD), Karin Molenaar (CDA), Pieter Kooistra (notulist) en Lotte "
            "Smit (PvdA). Zij spraken over de begroting.\n")
    _assert_actions(redacted, text, {"Karin Molenaar": "keep", "Pieter Kooistra": "redact"})


def test_no_verdict_from_a_list_whose_items_disagree_or_from_a_sentence(redacted):
    mixed = "Aanwezig waren Jan Dijkstra (VVD), Quim Le, Femke Bakker en Lotte Visser.\n"
    _, analysis = redacted(mixed)
    assert _decision(analysis, "Jan Dijkstra").action == "keep"
    assert _decision(analysis, "Quim Le").reason == UNSUPPORTED_NAME
    sentence = "Marloes Jansen belde met Quim Le over het plan van Femke Bakker.\n"
    _, analysis = redacted(sentence)
    assert _decision(analysis, "Quim Le").reason == UNSUPPORTED_NAME


def test_two_names_are_no_list_to_take_a_verdict_from(redacted):
    _, analysis = redacted("Het stuk is geschreven door Marloes Jansen en Quim Le.\n")
    assert _decision(analysis, "Quim Le").reason == UNSUPPORTED_NAME


# -- 2. sittings: a roll call's typo, the elected side of a project's principals ------------------------------

def test_a_member_whose_party_lost_its_opening_parenthesis_is_still_a_member(redacted):
    text = ("Verslag van de raad van Zuidhaven. De heer C. Wolthuis (CDA) en de heer D.E. Hoogstraten VVD) stelden "
            "vragen, net als mevrouw A. Kroeze (PvdA).\n")
    _assert_actions(redacted, text, {"D.E. Hoogstraten": "keep"})


def test_a_closing_parenthesis_alone_needs_a_listed_party_and_members_beside_it(redacted):
    alone = "Verslag van de raad van Zuidhaven.\n\nDe heer K. Vos CDA) heeft een vraag over de begroting.\n"
    _assert_actions(redacted, alone, {"K. Vos": "redact"})
    no_party = ("Verslag van de raad van Zuidhaven. De heer C. Wolthuis (CDA) en de heer D.E. Hoogstraten wijk) "
                "stelden vragen, net als mevrouw A. Kroeze (PvdA).\n")
    _assert_actions(redacted, no_party, {"D.E. Hoogstraten": "redact"})


def test_the_administrative_principal_beside_the_official_one_acts_in_office(redacted):
    text = ("Projectplan Herinrichting Dorpskern\nOpdrachtgever: Karin Molenaar (ambtelijk), Pieter Kooistra "
            "(bestuurlijk)\nProjectleider: Lotte Smit\n")
    _assert_actions(redacted, text, {"Pieter Kooistra": "keep", "Karin Molenaar": "redact", "Lotte Smit": "redact"})


def test_bestuurlijk_alone_is_no_office(redacted):
    text = "Projectplan Herinrichting Dorpskern\nContactpersonen: Pieter Kooistra (bestuurlijk), Lotte Smit (financieel)\n"
    _assert_actions(redacted, text, {"Pieter Kooistra": "redact"})


SITTING = ("Notulen van de vergadering van de gemeenteraad van Zuidhaven.\nAanwezig: de heer A. Kroeze (PvdA), de heer "
           "C. Wolthuis (CDA), mevrouw F. Lammers (SGP), griffier de heer P. Stam\n\nDe voorzitter:\nIk open de "
           "vergadering.\n\nDe heer Wolthuis (CDA):\nDank u wel, voorzitter. Het woord is aan de heer Smeenge. Dank u "
           "wel, mevrouw Lammers.\n")


def test_a_courtesy_title_in_the_chairs_words_outside_a_closed_roll_call_is_no_member(redacted):
    out = _assert_actions(redacted, SITTING, {"Smeenge": "redact", "Lammers": "keep"})
    assert "Lammers." in out


def test_without_a_roll_call_the_chairs_grammar_still_names_a_member(redacted):
    text = SITTING.replace("Aanwezig: de heer A. Kroeze (PvdA), de heer C. Wolthuis (CDA), mevrouw F. Lammers (SGP), "
                           "griffier de heer P. Stam\n", "")
    _assert_actions(redacted, text, {"Smeenge": "keep"})
