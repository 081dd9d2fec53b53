"""Organisation details, identifiers and things that are no person (issue 10, twelfth session, second round): a
court's case number shaped like a BSN, the nearest label before a number, a body's name after a function or
without its noun, a venue's address after a compound venue noun, a place in a career list with its years. Every
name, body, street and number here is invented (the numbers pass the 11-proef); each group asserts the person's
side too (docs/names-history.md, "Organisation details and things that are no person (twelfth session, second round)")."""

from __future__ import annotations

import pytest

from redact.model import DetectorKind

from .test_organisation_tenth import judged

# Each case: a text, what must stay wholly visible in it, what must go wholly under boxes.
CASES = {
    # a court's case number: nine digits opening with a year or the court of appeal's 200 range, a slash, a sequence
    "a_rulings_case_number_as_its_heading": (
        "Uitspraak\n\n201987387/1/R2.\n\nDatum uitspraak: 4 maart 2020\n\nAFDELING BESTUURSRECHTSPRAAK\n",
        ("201987387/1/R2",), ()),
    "case_numbers_in_a_sentence": (
        "Het beroep in zaak nr. 201947419/1 is gegrond; in de zaken 201279009/1/A3 en 201279435/2/R1 niet.\n"
        "Het gerechtshof (200.550.925/01) bevestigt het vonnis.\n",
        ("201947419/1", "201279009/1/A3", "201279435/2/R1", "200.550.925/01"), ()),
    "a_bsn_that_opens_with_a_year_but_has_no_case_sequence": (
        "Uw burgerservicenummer is 201283670.\nBSN: 123456782/1\nBSN's 123456782/111222333\n",
        (), ("201283670", "123456782", "111222333")),
    # the nearest label decides: a case number's label before a BSN's own label lifts nothing
    "a_bsn_after_a_reference_and_its_own_label": (
        "Ons kenmerk: 2031-0457, BSN 123456782\nZaaknummer Z-18, bsn: 111222333.\n",
        (), ("123456782", "111222333")),
    "a_case_number_after_its_label_stays": (
        "Zaaknummer: 123456782\nDossiernummer 111222333\n",
        ("123456782", "111222333"), ()),
}

# -- a body's noun and a region of places joined by hyphens: the model's span after a function ----------------

@pytest.mark.parametrize("body", ["Veiligheidsregio Kennemerland-Zandvoort", "Brandweer Utrecht-Zeist",
                                  "Veiligheidsregio Zwolle-Kampen"])
def test_a_bodys_noun_and_a_region_of_places_is_no_person(roles, body):
    text = f"Volgens Wim van Dorst, brandweercommandant {body}, projectleider van BrandWijzer, gaat het goed.\n"
    assert roles.is_not_person(text, text.index(body), body, DetectorKind.NER, set())
    assert not roles.is_not_person(text, text.index("Wim van Dorst"), "Wim van Dorst", DetectorKind.NER, set())


@pytest.mark.parametrize("span", ["Streekarchief Anna-Sophie", "Veiligheidsregio Jan-Willem", "Veiligheidsregio Zwolle-Marloes"])
def test_a_region_with_a_first_name_is_no_bodys_name(roles, span):
    text = f"Het rapport van {span} kwam gisteren binnen.\n"
    assert not roles.is_not_person(text, text.index(span), span, DetectorKind.NER, set())


BODIES = {
    # a two-part body's name without its noun, when the page writes it with its noun too
    "a_water_boards_name_without_its_noun": (
        "We spraken met Joke Hoefnagel (42), adviseur waterkering van Waterschap Dommel en Maas.\n\n"
        "Een van de Brabantse waterschappen is Dommel en Maas. Het beheergebied telt 24 gemeenten.\n",
        ("Dommel en Maas",), ("Joke Hoefnagel",)),
    "a_surname_after_a_place_and_en_with_no_body_before_it": (
        "Het convenant tussen de gemeente Oss en Bakker is getekend. Volgens Oss en Bakker gaat het goed.\n",
        (), ("Bakker",)),
    # a venue named by a compound of a venue's noun, before its address
    "a_venues_compound_noun_before_its_address": (
        "De gedeputeerde opent het Wijk-Jongerentrefpunt aan de Lindeweg 88 in\nDeurne.\n\n"
        "Het Zorgloket aan de Kerkstraat 4 in Asten is op maandag gesloten.\n",
        ("Lindeweg 88", "Kerkstraat 4"), ()),
    "a_persons_home_after_a_venue_word_and_his_name": (
        "De inloop is in het trefpunt bij Karin Smulders, Beukenlaan 7 in Boxtel.\n"
        "Ik woon boven de balie-medewerker aan de Hoefweg 3 in Ede.\n",
        (), ("Karin Smulders", "Beukenlaan 7", "Hoefweg 3")),
    # a place in a career list with its years
    "a_place_in_a_career_list_with_years": (
        "Marco Stijnen was eerder wethouder in Haaksbergen (2003-2008), Beek (2009-2015) en Tubbergen (2016-heden).\n",
        ("Beek",), ()),
    "persons_with_their_years_in_a_list": (
        "De prijzen gingen naar Jansen (2019), Beek (2020) en De Vries (2021).\n",
        (), ("Beek", "De Vries")),
}


@pytest.mark.parametrize("case", sorted(BODIES))
def test_bodies_venues_and_places_are_no_person(pipeline, case):
    text, kept, redacted = BODIES[case]
    judged(pipeline, text, kept=kept, redacted=redacted)


@pytest.mark.parametrize("case", sorted(CASES))
def test_identifiers_and_the_nearest_label(pipeline, case):
    text, kept, redacted = CASES[case]
    judged(pipeline, text, kept=kept, redacted=redacted)
