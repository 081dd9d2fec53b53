"""Organisation details and things that are no person (issue 10, twelfth session): numbers an organisation gives the
public in any range, told from a person's direct line by the sentence's grammar (the organisation or its desk is
what the number reaches, or the organisation's other channel is offered with it) and by who is in reach. Every
name, body, street, domain and number here is invented; each group asserts the person's side too (docs/names-history.md,
"Organisation details and things that are no person (twelfth session)")."""

from __future__ import annotations

import pytest

from .test_organisation_tenth import judged

# Each case: a text, what must stay wholly visible in it, what must go (at least partly) under boxes.
KEPT = {
    # the organisation or its desk is what the number reaches
    "a_desk_is_reached_by_two_numbers": (
        "Aanvragen\n\nHet Omgevingsloket van de gemeente Oosterhaven neemt uw aanvraag in behandeling.\n\n"
        "Het Omgevingsloket is te bereiken via telefoonnummers: 0544 - 39 10 10 en 0544 39 10 11.\n",
        ("0544 - 39 10 10", "0544 39 10 11")),
    "a_body_is_reachable_on_working_days_for_questions": (
        "Voor vragen over de kap is de gemeente op werkdagen bereikbaar via (0544) 39 39 00.\n",
        ("(0544) 39 39 00",)),
    "a_counter_is_reached_by_telephone_under_a_number": (
        "Wat moet u meenemen?\n\nDe publieksbalie is telefonisch bereikbaar onder nummer 0317-489 200. Neem uw "
        "paspoort mee.\n",
        ("0317-489 200",)),
    "the_reader_reaches_a_care_desk": (
        "Zorg en welzijn\n\nHet Zorgloket bereikt u op 0570 - 69 33 40.\n",
        ("0570 - 69 33 40",)),
    "a_call_with_a_desk": (
        "Liever telefonisch? U kunt ook bellen met het Omgevingsloket via 0544 39 39 61.\n",
        ("0544 39 39 61",)),
    # the organisation's other channel offered with the number
    "a_worded_mailbox_then_the_number_by_telephone": (
        "Dit is een brief van de gemeente Lindewaarde over het onderhoud van de Molenweg.\n\n"
        "Heeft u vragen? U kunt contact opnemen per e-mail: wegbeheer@lindewaarde.nl of telefonisch via 0497 61 20 00.\n\n"
        "Met vriendelijke groet,\n\nHenk Wolthuis\nOpzichter wegen\n",
        ("0497 61 20 00", "wegbeheer@lindewaarde.nl")),
    "an_appointment_online_or_by_telephone": (
        " • U kunt het stadskantoor alleen bezoeken op afspraak. Een afspraak maakt u online of telefonisch: "
        "(0546) 54 11 11.\n • Neem een mondkapje mee.\n",
        ("(0546) 54 11 11",)),
    "the_website_or_a_call": (
        "Aanmelden voor de informatieavond kan via de website of telefonisch op 040-2389911.\n",
        ("040-2389911",)),
    "a_call_to_the_body_or_a_look_online": (
        "Liever persoonlijk contact? Bel de gemeente via 0544 11 22 38 of kijk online.\n",
        ("0544 11 22 38",)),
    "the_bodys_app_or_its_digital_desk": (
        "Meldingen over de openbare ruimte geeft u door via de BuitenBeter-app of telefonisch via 0544 39 39 74.\n"
        "Een vergunning vraagt u aan via het digitale loket of telefonisch via 0544 39 39 75.\n",
        ("0544 39 39 74", "0544 39 39 75")),
    "a_call_or_the_form_after_it": (
        "Heeft u een klacht? Neem contact op via 0513 - 48 91 00 of via het contactformulier.\n",
        ("0513 - 48 91 00",)),
    # the body's name as a list line's label, hours with a range of days
    "bodies_numbers_on_list_lines_with_their_hours": (
        "Belangrijke nummers\n\n•   Veiligheidsregio Oosterland:  088 - 345 67 00\n"
        "-   Waterschap Lindevallei: 0497 61 30 00 (ma t/m vr 8.30-16.30 uur)\n"
        "•   Omgevingsdienst Noordrand 0299 - 41 77 00 (ma-vrij 9.00 - 17.00 uur)\n",
        ("088 - 345 67 00", "0497 61 30 00", "0299 - 41 77 00")),
}

REDACTED = {
    # a signature's direct line with hours after it: the person is named on the lines above
    "a_signatures_line_with_its_hours": (
        "Met vriendelijke groet,\n\nJan Verhoeven\nProjectleider\nT 0544 41 22 33 (9.00-17.00 uur)\n",
        ("Jan Verhoeven", "0544 41 22 33")),
    "a_signatures_line_on_working_days": (
        "Groet,\n\nAnke Stolwijk\nBeleidsadviseur Wonen\nTelefoon: 0544 41 22 34 (op werkdagen)\n",
        ("Anke Stolwijk", "0544 41 22 34")),
    "a_signatures_line_beside_a_team_mailbox_two_lines_under_the_name": (
        "Met vriendelijke groet,\n\nPetra Smit\nProjectleider\nTelefoon 0544 41 22 47, e-mail: info@zandhoven.nl\n",
        ("Petra Smit", "0544 41 22 47")),
    "a_signatures_line_with_a_range_of_days": (
        "Ruud Hermelink\nT 0544 41 22 35 (ma-vr 8.30-17.00 uur)\n",
        ("Ruud Hermelink", "0544 41 22 35")),
    # a person named, a speaker of his own, a person's mailbox, a person's noun or function, a third person
    "a_person_named_before_the_channels": (
        "Voor vragen kunt u contact opnemen met Hanneke Wolters per e-mail: wegbeheer@lindewaarde.nl of telefonisch "
        "via 0497 41 22 36.\n",
        ("Hanneke Wolters", "0497 41 22 36")),
    "a_person_named_in_the_paragraph": (
        "De wijkavond leidt Marieke Brandsma. Aanmelden kan online of telefonisch via 0497 41 22 42.\n",
        ("Marieke Brandsma", "0497 41 22 42")),
    "a_first_name_no_detector_found": (
        "Voor vragen kunt u Sanne bellen, online of telefonisch via 0544 41 22 48.\n",
        ("0544 41 22 48",)),
    "the_speaker_gives_his_own_channels": (
        "U kunt mij bereiken per e-mail: wegbeheer@lindewaarde.nl of telefonisch via 0497 41 22 37.\n\n"
        "Ik ben online of telefonisch bereikbaar: 0497 41 22 38.\n",
        ("0497 41 22 37", "0497 41 22 38")),
    "a_persons_mailbox_beside_the_number": (
        "Heeft u vragen? Mail naar j.kortenhoeve@lindewaarde.nl of bel 0497 41 22 39.\n",
        ("j.kortenhoeve@lindewaarde.nl", "0497 41 22 39")),
    "a_contact_person_at_the_desk": (
        "Uw contactpersoon bij het Omgevingsloket is telefonisch bereikbaar via 0544 41 22 40.\n\n"
        "De dorpencoördinator van de gemeente is bereikbaar via 0544 41 22 41.\n\n"
        "Het Zorgloket en de wijkverpleegkundige zijn bereikbaar via 0544 41 22 43.\n",
        ("0544 41 22 40", "0544 41 22 41", "0544 41 22 43")),
    "a_desks_employee_with_a_phone_label": (
        "De medewerker van het Omgevingsloket, tel. 0544 39 39 64, helpt u verder.\n",
        ("0544 39 39 64",)),
    "a_third_person_spoken_of": (
        "Heeft u een vraag voor de coach? U kunt hem online of telefonisch bereiken: 0544 41 22 44.\n",
        ("0544 41 22 44",)),
    "a_number_given_with_no_holder": (
        "U kunt ook bellen naar 0318-412233. Wij zijn telefonisch bereikbaar via 0318-412234.\n",
        ("0318-412233", "0318-412234")),
    "a_mobile_on_a_bodys_list_line_or_beside_a_site": (
        "•   Wijkteam Noord: 06 41 27 93 55\n\nAanmelden kan via www.wijkteamnoord.nl of telefonisch via "
        "06 41 27 93 56.\n",
        ("06 41 27 93 55", "06 41 27 93 56")),
    "a_person_on_a_bulleted_list_line": (
        "Contact\n\n•   Jan Verhoeven: 0544 41 22 45\n•   Omgevingsloket: 0544 41 22 46\n",
        ("Jan Verhoeven", "0544 41 22 45")),
}


@pytest.mark.parametrize("case", sorted(KEPT))
def test_an_organisations_number_offered_to_the_public_stays(pipeline, case):
    text, kept = KEPT[case]
    judged(pipeline, text, kept=kept, redacted=())


@pytest.mark.parametrize("case", sorted(REDACTED))
def test_a_persons_number_stays_redacted(pipeline, case):
    text, redacted = REDACTED[case]
    judged(pipeline, text, kept=(), redacted=redacted)


# -- bodies and page furniture that read as names ------------------------------------------------------------

NO_PERSON = {
    # a Frisian body by its noun: the Frisian article and "Wetterskip" / "Provinsje" (no person's name)
    "a_frisian_water_board_and_province_among_partners": (
        "De dorpencoördinatoren brengen dorpsbelangen in contact met andere partijen, zoals It Wetterskip, "
        "Staatsbosbeheer en de Provinsje. Namens It Wetterskip sprak Durkje Hoekstra.\n",
        ("It Wetterskip", "Provinsje"), ("Durkje Hoekstra",)),
    # a firm that reads as a person's full name, listed; a bare surname after the noun stays a person
    "a_listed_firm_after_the_noun_aannemer_but_not_a_bare_surname": (
        "Aannemer Dura Vermeer heeft het werk aan de kade teruggegeven. Het ontwerp is van Witteveen+Bos en de "
        "aannemer Verbeek neemt de kademuur over; ook Ballast Nedam schreef in.\n",
        ("Dura Vermeer", "Witteveen+Bos", "Ballast Nedam"), ("Verbeek",)),
    # a web page's breadcrumb line: its furniture word is no person, a person's name in it still is
    "a_breadcrumbs_head_stays_but_a_name_in_a_breadcrumb_goes": (
        "HOME  |  Wonen en leven  |  Wijkcoördinator\n\nWijkcoördinator\n\nSjoerd Wiersma\n\n"
        "Start > Nieuws > Afscheid van Marten Hoekstra\n",
        ("HOME",), ("Sjoerd Wiersma", "Marten Hoekstra")),
}


@pytest.mark.parametrize("case", sorted(NO_PERSON))
def test_a_body_or_page_furniture_is_no_person(pipeline, case):
    text, kept, redacted = NO_PERSON[case]
    judged(pipeline, text, kept=kept, redacted=redacted)
