"""Organisation details and things that are no person (issue 10, eleventh session, second round): an organisation's
address right after its name in running text, a thing or a plan located by an address, a mailbox offered beside a
service number, a contact run's written-out labels, a paraph inside a reference, a project's name, a firm's short
name before its full one. Every name,
street, domain and number here is invented; each case also asserts the other side (a resident's address, a person's
mailbox, number or name still goes) (docs/names-history.md, "Organisation details (eleventh session, second round)")."""

from __future__ import annotations

import pytest

from .test_organisation_tenth import judged

# Each case: a text, what must stay wholly visible in it, what must go wholly under boxes.
CASES = {
    # an organisation's address right after its name
    "an_address_after_an_organisations_name_stays_but_not_in_its_territory_or_beside_a_resident": (
        "Het ontwerp ligt ter inzage bij:\n\nHoogheemraadschap Lindevallei, Molenweg 4 te Zandhoven, op werkdagen.\n\n"
        "De stukken zijn af te halen bij de afdeling Financien van de provincie Oosterland aan de Kerkplein 12,\n"
        "kamer 3. Stenen levert Bouwbedrijf Hendriksma B.V., Industrieweg 22 in Zandhoven.\n\n"
        "Mevrouw Jansen woont in de gemeente Zandhoven, Kerkweg 14. De bewoners van Stichting Rustoord, "
        "Dorpsstraat 8 klaagden. Zij verhuisde naar de gemeente Zandhoven, Beukenlaan 3.\n",
        ("Molenweg 4", "Kerkplein 12", "Industrieweg 22"),
        ("Jansen", "Kerkweg 14", "Dorpsstraat 8", "Beukenlaan 3")),
    # a thing or a plan located by an address
    "an_address_that_places_a_thing_stays_but_not_beside_residents_or_a_speaker": (
        "De linde achter de Lindelaan 41/43 blijft staan. De lantaarnpaal ter hoogte van Beukenweg 7 gaat weg en\n"
        "de bank tegenover het Kerkplein 9 krijgt een nieuwe plek. Ter plaatse van Wilgenlaan 2 komt een\ndrempel.\n\n"
        "De buren naast de Kerkweg 19 klagen over de boom. Ik woon tegenover de Eikenlaan 3. Kees Pronk woont\n"
        "achter de Molenstraat 6. Zij verhuist naar een huis nabij Populierenlaan 8.\n",
        ("Lindelaan 41", "Beukenweg 7", "Kerkplein 9", "Wilgenlaan 2"),
        ("Kerkweg 19", "Eikenlaan 3", "Kees Pronk", "Molenstraat 6", "Populierenlaan 8")),
    "a_heading_that_names_a_work_by_its_address_and_a_playground_by_its_address_stay": (
        "Jan Steenlaan 12 - vernieuwing speeltoestellen (2031-118)\n\nDe toestellen bij u in de buurt zijn aan "
        "vervanging toe. In de bijlage ziet u het ontwerp voor speelplaats Jan Steenlaan 12 en\nde speeltuin "
        "Kastanjelaan 5.\n\nKerkweg 14 - bewoners vragen om een drempel\n\nDe heer A. Pronk\nBeukenlaan 9 - achterom\n\n"
        "Lindelaan 7 - te Zandhoven\n",
        ("Jan Steenlaan 12 - vernieuwing speeltoestellen (2031-118)", "Kastanjelaan 5"),
        ("Kerkweg 14", "A. Pronk", "Beukenlaan 9", "Lindelaan 7")),
    # a mailbox offered beside a service number
    "a_numeric_or_acronym_mailbox_beside_a_service_number_stays_but_a_persons_initials_go": (
        "Meer weten? Dat kan bij Ricky Boogaard via het loket. U kunt op werkdagen bellen naar 0900 - 3127700 "
        "(lokaal tarief) of stuur een mail naar: 3127700@wsld.nl\n\n"
        "Heeft u vragen, bel dan met de gemeente Zandhoven.\n\nTelefoon 14 0318 – keuze 2 (maandag tot en met "
        "vrijdag) of mail\nnaar WBZ@zandhoven.nl\n\nMet vriendelijke groet,\n\nJan Dekker\n\n"
        "Bel 14 0318 of mail naar jd@zandhoven.nl. Bel 0800-1234567 of mail Anne Pronk via ap@zandhoven.nl. "
        "Bel 0900 1234567 of mail naar 4471230@gmail.com. Mail ook gerust naar 3127700@zandhoven.nl.\n",
        ("3127700@wsld.nl", "WBZ@zandhoven.nl"),
        ("Ricky Boogaard", "Jan Dekker", "jd@zandhoven.nl", "Anne Pronk", "ap@zandhoven.nl", "4471230@gmail.com",
         "3127700@zandhoven.nl")),
    # a contact run whose labels are written out
    "a_contact_run_with_written_out_labels_keeps_its_number_but_a_signatures_goes": (
        "Colofon Uitgave Adviescommissie Water gemeente Zandhoven Adres Postbus 417 3940 AA Zandhoven "
        "Telefoonnummer 0318- 412200 E-mailadres\nadviescommissie@zandhoven.nl\nDe commissie is ingesteld in 2004.\n\n"
        "Met vriendelijke groet, Anna Pronk Kerkweg 14 Telefoonnummer 0318- 412233 Postbus 15 E-mail "
        "a.pronk@zandhoven.nl\n",
        ("0318- 412200",),
        ("Anna Pronk", "Kerkweg 14", "0318- 412233", "a.pronk@zandhoven.nl")),
    # a paraph inside a reference
    "a_paraph_inside_a_reference_stays_but_the_drafters_name_and_bare_initials_go": (
        "Datum : 3 juni 2031\nOns kenmerk : 31027745/MB\nOnderwerp : Rioleringswerk\n"
        "Behandeld door : Marieke Brandsma, tel. 070-5129988\n\nUw referentie: 2031-0412/MB\n\n"
        "De aannemer belt op maandag. Actie: MB.\n",
        ("31027745/MB", "2031-0412/MB"),
        ("Marieke Brandsma", "070-5129988", ": MB.")),
    # a project's name
    "a_projects_name_after_its_noun_and_elsewhere_is_no_person_but_a_named_owner_is": (
        "De gebiedsregisseurs van Kronkelende Berkel\n\nHet project Kronkelende Berkel heeft twee "
        "gebiedsregisseurs: Sanne Vlot en Joost Ridder. Sanne en Joost staan klaar voor uw vragen.\n\n"
        "Het project van Jan Linthorst loopt. Projectleider Groen belde. Het project Anneke Brinkhof gaat door.\n",
        ("van Kronkelende Berkel", "project Kronkelende Berkel"),
        ("Sanne Vlot", "Joost Ridder", "Jan Linthorst", "Groen", "Anneke Brinkhof")),
    # a firm's short name before its full name
    "a_firms_short_name_before_its_full_trade_name_is_no_person_but_a_paraph_and_a_named_owner_are": (
        "Contact\n\nMeer specifieke vragen kunt u stellen aan de volgende contactpersonen :\n\nGemeente Zandhoven\n"
        "Marloes Tijs (projectleider): m.tijs@zandhoven.nl\n\nKVO | Kempen Vastgoedontwikkeling\n"
        "Sander Mol (locatiemanager): s.mol@kvo.nl\n\nSamenwerkende partijen\n\nKVO – Kempen Vastgoedontwikkeling\n"
        "KVO bouwt sinds 1960 woningen.\n\nActie: PJB en Sander Mol | Ontwikkeling.\n",
        ("KVO | Kempen Vastgoedontwikkeling", "KVO – Kempen Vastgoedontwikkeling", "KVO bouwt"),
        ("Marloes Tijs", "Sander Mol (", "PJB", "Sander Mol |")),
}


@pytest.mark.parametrize("case", CASES)
def test_organisation_detail_or_no_person(pipeline, case):
    text, kept, redacted = CASES[case]
    judged(pipeline, text, kept=kept, redacted=redacted)
