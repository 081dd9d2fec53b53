"""What must stay that is no person (issue 10, eighth session): an organisation's number by its context, a
venue's address, a firm after an article, a former function, a place or an organisation that a name pattern
ran into. Every name, place and number here is invented; the other side (a person's line, a person after a
preposition, a mobile) is tested beside each rule (docs/names-history.md, "Organisation details and places (eighth
session)")."""

from __future__ import annotations

from redact.model import DetectorKind, Document, Page

from .judging import role_finder

NER, NAMES = DetectorKind.NER, DetectorKind.NAME_PATTERN
role_of = role_finder(NAMES)


def decisions(pipeline, text: str):
    doc = Document(source="t.txt", relpath="t.txt", kind="txt", pages=(Page(1, text),))
    return pipeline.decider.decide(doc, pipeline.detector.detect(doc))


def redacted(pipeline, text: str) -> list[str]:
    return [d.finding.text for d in decisions(pipeline, text) if d.action == "redact"]


def covered(pipeline, text: str, value: str) -> bool:
    """Some character of `value` (its first occurrence) is under a redaction."""
    at = text.index(value)
    return any(d.action == "redact" and d.finding.start < at + len(value) and at < d.finding.end
               for d in decisions(pipeline, text))


# -- an organisation's number by its context -------------------------------------------------------------

LETTERHEAD = "\n\nGemeente Lindewaarde\nPostbus 310\n5730 AB Lindewaarde\nE-mail: gemeente@lindewaarde.nl\nTel. (0497) 61 20 00\n"


def test_a_number_that_is_the_organisations_in_its_letterhead_is_the_organisations_everywhere(pipeline):
    text = ("De griffier is mevrouw T. Vossebeld. Mevrouw Vossebeld is bereikbaar via griffie@lindewaarde.nl, "
            "telefoon (0497) 61 20 00." + LETTERHEAD)
    assert not covered(pipeline, text, "(0497) 61 20 00")


def test_a_persons_own_number_beside_the_letterhead_still_goes(pipeline):
    text = "De griffier is mevrouw T. Vossebeld, telefoon (0497) 61 20 47." + LETTERHEAD
    assert covered(pipeline, text, "(0497) 61 20 47")


def test_a_mobile_number_in_a_letterhead_is_no_organisations_number_elsewhere(pipeline):
    text = ("Mevrouw Vossebeld is bereikbaar op 06 41 27 93 55.\n\nGemeente Lindewaarde\nPostbus 310\n"
            "Tel. 06 41 27 93 55\n")
    assert covered(pipeline, text, "06 41 27 93 55")


def test_a_units_number_that_opens_the_phrase_stays(pipeline):
    text = ("Voor vragen over deze uitnodiging: team Communicatie provincie Zeeveld, tel. 0118 - 63 17 00. "
            "Contactpersoon: Joris Wetering.")
    assert not covered(pipeline, text, "0118 - 63 17 00")
    assert covered(pipeline, text, "Joris Wetering")


def test_a_press_officers_line_in_the_same_phrase_stays_his(pipeline):
    text = "Voor vragen: Joris Wetering, woordvoerder provincie Zeeveld, tel. 0118 - 63 17 42."
    assert covered(pipeline, text, "0118 - 63 17 42")


# -- a venue's address, an addressee's organisation ------------------------------------------------------

def test_a_venues_address_after_its_name_stays(pipeline):
    for text in ("De avond begint om 20.00 uur in De Lantaarn, Brinkweg 14 te Oosterveld.",
                 "We verzamelen om 10.00 uur bij de Molen van Oosterveld, Dijkstraat 3 te Oosterveld.",
                 "Het bestuur vergaderde in Café De Zwaan, Kerkplein 2, Oosterveld."):
        assert redacted(pipeline, text) == [], text


def test_an_address_after_a_persons_name_still_goes(pipeline):
    text = "De buren verzamelen bij de heer Gerrit Hofstede, Brinkweg 14 te Oosterveld."
    assert covered(pipeline, text, "Brinkweg 14")


def test_a_place_with_its_article_before_an_address_is_no_venue(pipeline):
    assert covered(pipeline, "Ik woon sinds 2010 in De Bilt, Kerkweg 22.", "Kerkweg 22")


def test_an_addressees_organisation_at_the_end_of_its_line_makes_the_block_its_address(pipeline):
    text = "Aan de gemeenteraad van Gemeente Lindewaarde\nRaadhuisplein 9\n5731 AB Lindewaarde\n\nGeachte raad,\n"
    assert not covered(pipeline, text, "Raadhuisplein 9")
    assert not covered(pipeline, text, "5731 AB Lindewaarde")


def test_a_citizens_address_under_his_name_still_goes(pipeline):
    text = "Aan de gemeenteraad van Gemeente Lindewaarde\n\nGerrit Hofstede\nBrinkweg 14\n5731 CD Lindewaarde\n"
    assert covered(pipeline, text, "Brinkweg 14")


# -- no person: a firm after an article, a former function, what a name pattern ran into --------------------

def not_person(roles, text: str, name: str, kind: DetectorKind = NAMES) -> bool:
    return roles.is_not_person(text, text.index(name), name, kind, set())


def test_a_shop_named_after_a_person_after_a_preposition_and_an_article_is_no_person(roles, pipeline):
    for text, name in (("De wijkagenten stonden zaterdag bij de Albert Heijn in Oosterveld.", "Albert Heijn"),
                       ("De bus stopt tegenover het Anne Frank Huis.", "Anne Frank")):
        assert not_person(roles, text, name), text
    assert not covered(pipeline, "De wijkagenten stonden zaterdag bij de Albert Heijn in Oosterveld.", "Albert Heijn")


def test_a_person_after_a_preposition_without_an_article_is_a_person(roles):
    assert not not_person(roles, "De wijkagenten stonden zaterdag bij Albert Heijn in de tuin.", "Albert Heijn")
    assert not not_person(roles, "Het plan is gemaakt bij de heer Albert Heijn.", "Albert Heijn")


def test_a_former_function_in_one_word_is_no_name(roles):
    text = "Anke Hofstede, Oud-medewerker, beleidsadviseur\n\nFunctie: Ex-wethouder, adviseur\n"
    assert not_person(roles, text, "Oud-medewerker", NER)
    assert not_person(roles, text, "Ex-wethouder", NER)
    assert not_person(roles, "Piet Hofstede, Oud-collega, projectleider", "Oud-collega", NER)
    assert not not_person(roles, text, "Anke Hofstede", NER)


def cut(roles, text: str, span: str) -> str:
    from redact.model import Decision, Finding

    at = text.index(span)
    d = Decision(Finding(1, at, at + len(span), span, "PERSON", 0.8, "t", "", NAMES), "redact", "5.1.2e", "")
    return roles.no_person.cut(d, text).finding.text


def test_a_place_that_a_name_pattern_ran_into_is_cut_from_the_name(roles, pipeline):
    text = "De commandant van de korpsen in Zeeveld en Gooi en Vechtstreek Gerrit Hofstede is voorzitter.\n"
    assert cut(roles, text, "Vechtstreek Gerrit Hofstede") == "Gerrit Hofstede"
    assert covered(pipeline, text, "Gerrit Hofstede")


def test_a_listed_surname_before_a_first_name_stays_in_the_name(roles):
    text = "Op de lijst staan Hofstede Gerrit en Wetering Anke.\n"
    assert cut(roles, text, "Hofstede Gerrit") == "Hofstede Gerrit"


def test_an_organisation_after_a_slash_is_cut_from_the_name(pipeline):
    for credit in ("RTV Zeeveld", "Omroep Zeeveld"):
        text = f"De agenten bij de opening van het bureau. (Foto: Gerrit Hofstede/{credit})\n"
        assert not covered(pipeline, text, credit), credit
        assert covered(pipeline, text, "Gerrit Hofstede"), credit


def test_a_surname_after_a_slash_stays_in_the_name(roles):
    text = "Het advies is opgesteld door Gerrit Hofstede/Wetering en daarna besproken.\n"
    assert cut(roles, text, "Gerrit Hofstede/Wetering") == "Gerrit Hofstede/Wetering"


def test_an_organisation_after_van_is_cut_from_the_name(roles):
    text = "Gewoon goed: Gerrit Hofstede van Zwolle Seaports\n\nInterview: Anke Wetering van Waterschap Zeeveld\n"
    assert cut(roles, text, "Gerrit Hofstede van Zwolle Seaports") == "Gerrit Hofstede"
    assert cut(roles, text, "Anke Wetering van Waterschap Zeeveld") == "Anke Wetering"


def test_a_surname_with_van_after_a_name_stays_whole(roles):
    text = "Aanwezig: Gerrit van Groningen, Willem Jan van Kampen Smit en Anke Hofstede van Groningen.\n"
    assert cut(roles, text, "Gerrit van Groningen") == "Gerrit van Groningen"
    assert cut(roles, text, "Willem Jan van Kampen Smit") == "Willem Jan van Kampen Smit"
    assert cut(roles, text, "Anke Hofstede van Groningen") == "Anke Hofstede van Groningen"


def test_a_place_after_a_function_whose_holder_is_named_after_it_stays(pipeline):
    text = "De wijkagent van Dalfsen is Ruben Hofstede. Hij houdt spreekuur.\n"
    assert not covered(pipeline, text, "Dalfsen")
    assert covered(pipeline, text, "Ruben Hofstede")


def test_a_surname_with_van_after_a_function_alone_still_goes(pipeline):
    assert covered(pipeline, "Gisteren sprak de wijkagent van Dalfsen met de buurt.\n", "Dalfsen")
