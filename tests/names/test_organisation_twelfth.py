"""Organisation details and things that are no person (issue 10, eleventh session): a firm named after a person,
a functional mailbox of ordinary words, a venue's or public building's address in running text, a sub-area's
name read as an address, a label run into a name, a number the organisation gives the public, an extension
after a name. Every name, place, street, domain and number here is invented; each test also asserts the other
side (a person's name, mailbox, address or number still goes) (docs/names-history.md, "Organisation details and things
that are no person (eleventh session)")."""

from __future__ import annotations

import pytest

from .test_organisation_tenth import judged

# Each case: a text, what must stay wholly visible in it, what must go wholly under boxes.
CASES = {
    # a firm named after a person
    "a_surname_before_its_trade_is_a_firm_and_its_bare_mentions_too": (
        "Verhoeckx Vastgoedontwikkeling\n\nDe keuze viel op Verhoeckx Vastgoedontwikkeling uit Tiel. Het plan "
        "werkt Verhoeckx verder uit.\n\nMulder Aannemers bouwt de brug. Mulder zegt dat het in mei klaar is.\n\n"
        "De Wit Grondverzet begint maandag. Daarna zal De Wit de weg afsluiten. Namens de buurt sprak Annelies "
        "Brouwersma.\n",
        ("Verhoeckx Vastgoedontwikkeling", "werkt Verhoeckx verder", "Mulder Aannemers",
         "Mulder zegt", "De Wit Grondverzet", "zal De Wit de"),
        ("Annelies Brouwersma",)),
    "a_titled_mention_of_the_firms_surname_stays_a_person": (
        "De heer Gool van de afdeling Wonen belde de bewoners.\n\nGool Bouw start in maart.\n",
        (), ("Gool",)),  # (and his surname in the firm's name too: fail closed)
    "a_first_name_or_a_title_before_the_trade_stays_a_person": (
        "Het verslag is gemaakt door Marloes Tijsterman Advies en Ondersteuning.\n\n"
        "Wethouder Brinkers Bouwzaken opende de vergadering. Mevrouw Dekkering Advies belde terug.\n",
        (),
        ("Marloes Tijsterman", "Dekkering")),
    "a_trade_noun_before_a_surname_or_a_word_play_is_a_firm_but_not_before_an_owners_name": (
        "Ingenieursbureau Wolterbeek heeft de dijk doorgerekend. Daarna won communicatiebureau Bas Tion "
        "de aanbesteding; de provincie en Bas Tion tekenen volgende week.\n\n"
        "Adviesbureau Ingrid Bakelaar schreef het plan. Ook Hanneke Wolterbeek-Smits van de buurtvereniging sprak.\n",
        ("Ingenieursbureau Wolterbeek", "communicatiebureau Bas Tion", "en Bas Tion tekenen"),
        ("Ingrid Bakelaar", "Hanneke Wolterbeek-Smits")),
    # a functional mailbox of ordinary words or a place
    "a_mailbox_of_ordinary_words_or_a_place_at_the_bodys_domain_stays_but_a_persons_goes": (
        "Gemeente Westerhaven\n\nWilt u meedoen? Meld u aan via aanmeldenhoogkerk@westerhaven.nl of stel uw "
        "vraag aan parkeren.binnenstad@westerhaven.nl; over de markt mailt u naar weekmarkt.centrum@westerhaven.nl.\n\n"
        "Uw contactpersoon is Marjolein Doornbos (m.doornbos@westerhaven.nl); de aannemer bereikt u via "
        "pietbakker@westerhaven.nl, de bewonerscommissie via zonnebloem@hotmail.com.\n",
        ("aanmeldenhoogkerk@westerhaven.nl", "parkeren.binnenstad@westerhaven.nl",
         "weekmarkt.centrum@westerhaven.nl"),
        ("Marjolein Doornbos", "m.doornbos@westerhaven.nl", "pietbakker@westerhaven.nl",
         "zonnebloem@hotmail.com")),
    "a_worded_mailbox_at_a_domain_the_document_does_not_name_goes": (
        "Stuur uw foto's naar zomerfeest.zonnebloem@brinkhorst-x.nl voor 1 juni.\n",
        (), ("zomerfeest.zonnebloem@brinkhorst-x.nl",)),
    # a venue's or public building's address in running text
    "a_venue_named_before_aan_de_and_its_address_stays_but_a_residents_goes": (
        "De informatieavond wordt gehouden in de Bowlingbaan Zuidrand aan de Molenweg 14. Ook kunt u terecht "
        "bij het Paviljoen Oosterend op het Kerkplein 3.\n\n"
        "Mevrouw Jansen woont aan de Molenweg 16 en de familie Pronk in De Meern aan de Dorpsstraat 8.\n",
        ("Molenweg 14", "Kerkplein 3"),
        ("Molenweg 16", "Dorpsstraat 8")),
    "a_public_buildings_address_on_a_street_with_initials_stays": (
        "Het plan ligt ter inzage in het stadhuis van Oosterzand, J.W. Frisostraat 5 in Zandhoven.\n\n"
        "Een reactie kwam van J. Brouwersma, Kerkstraat 4 in Zandhoven, en van mevrouw Bos, H. Dunantstraat 9.\n",
        ("J.W. Frisostraat 5",),
        ("J. Brouwersma", "Kerkstraat 4", "H. Dunantstraat 9")),
    "a_flattened_title_page_with_single_letter_labels_keeps_its_address": (
        "Raadhuisplein 1 T (0318) 67 20 00 Postbus 15 F (0318) 67 20 99 3940 AA Zandhoven E info@zandhoven.nl "
        "Rapportage Datum 3 mei 2031 Afdeling Auteur M. Hoekstra\n\nInhoud\n\n"
        "Met vriendelijke groet, Anna Pronk Kerkweg 14 T 0318 412233 Postbus 15 E a.pronk@zandhoven.nl\n",
        ("Raadhuisplein 1",),
        ("M. Hoekstra", "Kerkweg 14", "0318 412233")),
    # headings and labels read as addresses or names
    "a_plan_areas_part_named_like_a_street_is_no_address_but_one_with_a_postcode_is": (
        "Deelplan Molenburg 3\n\nHet waterschap herstelt de oevers. Voor het deelplan Molenburg 3 ligt het "
        "ontwerp ter inzage; fase Westerkamp 2 volgt in 2032.\n\n"
        "Bezwaar kwam van de bewoner van fase Kerkstraat 7, 3941 AB Zandhoven.\n",
        ("Deelplan Molenburg 3", "deelplan Molenburg 3", "Westerkamp 2"),
        ("Kerkstraat 7",)),
    "a_forms_next_label_run_into_a_name_is_cut_off": (
        "Versie : 2.1\n\nOpsteller : Marloes Tijsterman/ Anke Brinkhuis Dossiernummer : onbekend\n\n"
        "Documentnaam : Plan van aanpak\n",
        ("Dossiernummer",),
        ("Marloes Tijsterman", "Anke Brinkhuis")),
    # numbers the organisation gives the public
    "a_company_range_number_given_to_the_reader_stays_but_not_beside_a_person_or_a_speaker": (
        "Heeft u een vraag over uw aanslag? Belt u dan met 088 - 461 22 00 of gebruik het formulier.\n\n"
        "Voor vragen over dit besluit kunt u mij bereiken op 088-4612239.\n\n"
        "Uw behandelaar is bereikbaar via 088 461 2240.\n\n"
        "Neem contact op met Annelies Brouwersma; u bereikt haar op 088-461 2241.\n\n"
        "U kunt ook bellen naar 0318-412233.\n",
        ("088 - 461 22 00",),
        ("088-4612239", "088 461 2240", "Annelies Brouwersma", "088-461 2241", "0318-412233")),
    "a_callback_request_number_stays": (
        "Liever telefonisch? Vraag een terugbelverzoek aan via telefoonnummer 0571 27 88 00.\n",
        ("0571 27 88 00",), ()),
    # an extension after a name
    "an_extension_after_a_name_in_a_name_and_number_field_goes": (
        "Kenmerk 2031-0412 Behandelaar/tel. Anke Brinkhuis/4471 Bijlagen 2\n\n"
        "Opsteller/toestel: J. de Wit / 2231\n\nBriefnummer 2031/4412, datum 12/2031.\n",
        ("2031/4412", "12/2031", "2031-0412"),
        ("Anke Brinkhuis", "4471", "J. de Wit", "2231")),
}


@pytest.mark.parametrize("case", CASES)
def test_organisation_detail_or_no_person(pipeline, case):
    text, kept, redacted = CASES[case]
    judged(pipeline, text, kept=kept, redacted=redacted)
