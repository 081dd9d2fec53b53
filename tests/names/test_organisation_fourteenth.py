"""Organisation details and things that are no person (issue 10, eleventh session, third round): a firm named
after a person with its trade after a person's noun ("de aannemer X Infra") or with a trade word the lists
lacked. Every name, place and firm here is invented; each case also asserts the other side (a person's name still
goes) (docs/names-history.md, "Organisation details (eleventh session, third round)")."""

from __future__ import annotations

import pytest

from .test_organisation_tenth import judged

# Each case: a text, what must stay wholly visible in it, what must go wholly under boxes.
CASES = {
    # a firm after a person's noun, its trade in its name
    "a_surname_and_its_trade_after_the_noun_aannemer_is_a_firm": (
        "Vanaf maart legt aannemer Wolthuis Infra de nieuwe riolering aan. De aannemer, Ruud Hermelink, is "
        "bereikbaar op werkdagen.\n",
        ("Wolthuis Infra",), ("Ruud Hermelink",)),
    "a_firm_with_its_trade_after_another_persons_noun_and_on_a_new_line": (
        "Het werk is gegund aan de\naannemer Verschoorn Groenvoorziening uit Lienden; de aanvrager, "
        "Stolkwijk Sloopwerken, sloopt eerst de schuur.\n\nNamens de bewoners sprak Gerda Mulderink.\n",
        ("Verschoorn Groenvoorziening", "Stolkwijk Sloopwerken"), ("Gerda Mulderink",)),
    "a_bare_surname_after_the_noun_aannemer_stays_a_person": (
        "De aannemer Verbeek heeft de bewoners een brief gestuurd.\n",
        (), ("Verbeek",)),
    "a_title_or_a_first_name_before_the_trade_stays_a_person": (
        "Mevrouw Daalhuizen Beheer belde over de sleutel. Zijn buurman Piet Rozendaal Transport zag het.\n",
        (), ("Daalhuizen", "Piet Rozendaal")),
    # trade words the lists lacked
    "a_surname_before_a_trade_word_the_lists_lacked_is_a_firm": (
        "De gemeente werkt samen met Hoekveld Beheer en Van Eck Bestratingen. Ook Terpstra Logistiek en "
        "Van Wijngaarden Dakwerken doen mee. Daarna neemt Terpstra het transport over.\n",
        ("Hoekveld Beheer", "Van Eck Bestratingen", "Terpstra Logistiek", "Van Wijngaarden Dakwerken",
         "neemt Terpstra het"),
        ()),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_organisation_detail_or_no_person(pipeline, case):
    text, kept, redacted = CASES[case]
    judged(pipeline, text, kept=kept, redacted=redacted)


# -- a firm named by its partners' surnames and its trade (the grammar itself: the detectors find such a list of
# bare surnames only beside other names, as in a list of the objections received) ------------------------------

PARTNERS = {
    "Hofman, Winters en De Vries advocaten, namens de buren": ("Winters", "De Vries", "Hofman"),
    "ingediend door Mulder & Van der Linden notarissen te Ede": ("Mulder", "Van der Linden"),
    "Het rapport van Bakker, Bosman, Terpstra en Smit accountants.": ("Bosman", "Terpstra", "Smit"),
}
NOT_PARTNERS = {
    "Hofman, Winters en De Vries, namens de buren": ("Winters", "De Vries"),  # no trade after the names
    "Piet Hofman, Winters en De Vries advocaten": ("Piet Hofman", "Winters"),  # a first name among them
    "J. Hofman en K. Winters advocaten": ("K. Winters",),  # initials
    "Hofman, Winters en De Vries hebben bezwaar": ("De Vries",),  # no trade word
}


@pytest.mark.parametrize("text", sorted(PARTNERS))
def test_surnames_joined_before_their_trade_are_a_firm(pipeline, text):
    grammar = pipeline.decider.roles.no_person
    for name in PARTNERS[text]:
        assert grammar.partners_firm(text, text.index(name), name), name


@pytest.mark.parametrize("text", sorted(NOT_PARTNERS))
def test_names_without_a_trade_or_with_a_first_name_are_no_partners_firm(pipeline, text):
    grammar = pipeline.decider.roles.no_person
    for name in NOT_PARTNERS[text]:
        assert not grammar.partners_firm(text, text.index(name), name), name


# -- an organisation's street address above its own postcode line and its Postbus, lines a blank line apart ----

STACKED = ("Nieuwsbrief werkzaamheden - deel 2\n\n \n\n{street}\n\n{postcode}\n\nPostbus 40\n\n7100 AA Oosterhaven\n\n"
           "T 14 0544\n\ninfo@oosterhaven.nl\n\n \n\nAan de bewoners van de Lindelaan\n\nBeste bewoner,\n\n"
           "Mevrouw Kortenhoeve van de Lindelaan 18 vroeg ons om uitstel.\n")


@pytest.mark.parametrize("street,postcode", [("Marktplein 12", "7101 BX Oosterhaven"),
                                             ("Burgemeester Hoflaan 3", "7101BX  OOSTERHAVEN")])
def test_a_street_above_its_postcode_and_the_postbus_of_a_stacked_letterhead_stays(pipeline, street, postcode):
    judged(pipeline, STACKED.format(street=street, postcode=postcode), kept=(street,), redacted=("Lindelaan 18",))


def test_a_persons_stacked_address_without_a_postbus_under_it_goes(pipeline):
    text = ("Aan\n\nde heer T. Kortenhoeve\n\nLindelaan 18\n\n7101 BX Oosterhaven\n\nOosterhaven, 3 mei 2031\n\n"
            "Geachte heer Kortenhoeve,\n\nU vroeg om uitstel.\n")
    judged(pipeline, text, kept=(), redacted=("Lindelaan 18",))


# -- a cultivar's name in quotes after a plant's Latin binomial ------------------------------------------------

def test_a_cultivar_in_quotes_after_a_latin_binomial_is_no_person(pipeline):
    text = ("U kunt kiezen uit deze bomen:\n  1. Magnolia kobus ‘Willem Hartman’\n  2. Amelanchier lamarckii 'Robin "
            "Hill'\n  3. Cornus mas \"Jolico\"\n\nLiquidambar styraciflua ‘Gerrit Veldkamp’ staat al in het park.\n\n"
            "Vragen? Bel Pieter Dijkgraaf van de afdeling Groen.\n")
    judged(pipeline, text, kept=("Magnolia kobus ‘Willem Hartman’", "Amelanchier lamarckii 'Robin Hill'",
                                 "Liquidambar styraciflua ‘Gerrit Veldkamp’"), redacted=("Pieter Dijkgraaf",))


def test_a_nickname_in_quotes_after_a_persons_name_still_goes(pipeline):
    text = ("Op de foto staat Henk de Vries ‘Henkie’ met zijn buurman Willem ‘Wim’ Hartman.\n\n"
            "Bewoner Karel jansen ‘Kareltje’ belde ook.\n")
    judged(pipeline, text, kept=(), redacted=("Henk de Vries", "Willem ‘Wim’ Hartman"))
