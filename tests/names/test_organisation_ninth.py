"""What must stay that is no person (issue 10, ninth session): an organisation's number in a letterhead
flattened into running text, beside its hours; a functional mailbox as OCR read it; a colophon's labels and
firms; a function written before a name or after it; a numbered group; an item of a list of places. Every
name, place and number here is invented. Each test also asserts the other side (a person's number, a
mobile, a person named in a colophon or a list) so that it cannot pass by keeping everything (docs/names-history.md,
"Organisation details and colophons (ninth session)")."""

from __future__ import annotations

from redact.model import Document, Page


def decisions(pipeline, text: str):
    doc = Document(source="t.txt", relpath="t.txt", kind="txt", pages=(Page(1, text),))
    return pipeline.decider.decide(doc, pipeline.detector.detect(doc))


def covered(pipeline, text: str, value: str) -> bool:
    """Some character of `value` (its first occurrence) is under a redaction."""
    at = text.index(value)
    return any(d.action == "redact" and d.finding.start < at + len(value) and at < d.finding.end
               for d in decisions(pipeline, text))


def judged(pipeline, text: str, kept: tuple[str, ...], redacted: tuple[str, ...]) -> None:
    """Each value of `kept` stays wholly visible, each of `redacted` is (partly) under a box."""
    for value in kept:
        assert not covered(pipeline, text, value), value
    for value in redacted:
        assert covered(pipeline, text, value), value


# -- an organisation's number where the layout was lost ---------------------------------------------------

COLOPHON = ("Dit blad is een uitgave van Waterschap Lindevallei. Redactie Anke Wetering, Joris Brinkhuis en "
            "Mirjam Doornbos Fotografie Joris Brinkhuis Vormgeving Studio Zuidwest, Goes Druk Drukkerij Palet "
            "Abonnementen Waterschap Lindevallei, Postbus 310, 5730 AB Lindewaarde Tel. 0497 - 612000 Fax "
            "0497 - 612099 Mobiel 06 41 27 93 55 E-mail redactie@lindevallei.nl Website www.lindevallei.nl.")


def test_the_numbers_of_a_letterhead_flattened_into_a_colophon_stay_and_a_mobile_goes(pipeline):
    judged(pipeline, COLOPHON, kept=("0497 - 612000", "0497 - 612099"), redacted=("06 41 27 93 55", "Mirjam Doornbos"))


def test_a_signatures_contact_line_keeps_the_persons_number_and_the_colophons_number_stays(pipeline):
    text = ("Met vriendelijke groet, Anke Wetering Postbus 310, 5730 AB Lindewaarde Tel. 0497 - 612047 Fax "
            "0497 - 612098 Website www.lindevallei.nl\n\nMet vriendelijke groet,\n\nJoris Brinkhuis\nSenior "
            "beleidsmedewerker ruimtelijke ordening, wonen en economische zaken\nPostbus 310, 5730 AB Lindewaarde, "
            "Tel. 0497 612057, Fax 0497 612097, www.lindevallei.nl\n\n" + COLOPHON)
    judged(pipeline, text, kept=("0497 - 612000",), redacted=("0497 - 612047", "0497 612057"))


def test_a_number_after_its_opening_hours_stays_but_not_a_speakers_own_or_a_named_persons(pipeline):
    text = ("Wij zijn op werkdagen tussen 9.00 en 16.30 uur bereikbaar op (0497) 61 20 00.\n\n"
            "Ik ben op maandag tussen 9.00 en 12.00 uur bereikbaar op (0497) 61 20 47.\n\n"
            "Mevrouw Vossebeld is tussen 9.00 en 12.00 uur bereikbaar op (0497) 61 20 48.\n")
    judged(pipeline, text, kept=("(0497) 61 20 00",), redacted=("(0497) 61 20 47", "(0497) 61 20 48"))


def test_a_number_during_office_hours_stays_but_not_the_number_of_the_person_one_calls(pipeline):
    text = ("Heeft u een vraag over zwemwater? Mail naar zwemwater@lindewaarde.nl of bel 0497 61 30 00 "
            "(tijdens kantooruren).\n\nHeeft u een vraag? Bel Anke Wetering op 0497 61 30 47 (tijdens kantooruren).\n")
    judged(pipeline, text, kept=("0497 61 30 00",), redacted=("0497 61 30 47",))


def test_a_functional_mailbox_as_ocr_read_it_stays_and_a_persons_goes(pipeline):
    text = ("Stuur uw vraag naar secretar1aat@lindevallei.nl of c0ntact@lindevallei.nl, niet naar "
            "j0ris.brinkhuis@lindevallei.nl.")
    judged(pipeline, text, kept=("secretar1aat@lindevallei.nl", "c0ntact@lindevallei.nl"),
           redacted=("j0ris.brinkhuis@lindevallei.nl",))


# -- a colophon ---------------------------------------------------------------------------------------------

CREDITS = ("Dit blad is een uitgave van waterschap Lindevallei. Redactie Anke Wetering, Joris Brinkhuis en Gerrit "
           "Vosse Fotografie Gerrit Visser Vormgeving Studio Kollektief, Goes Druk Drukkerij Palet, Lindewaarde ISSN "
           "1234-5678\n\nEindredactie Anke Wetering Fotografie Gerrit Visser Vormgeving Boom Kollektief, Goes Druk "
           "Jumbo Offset, Lindewaarde")


def test_a_colophons_label_is_no_part_of_the_name_before_it(pipeline):
    judged(pipeline, CREDITS, kept=("Fotografie",),
           redacted=("Anke Wetering", "Joris Brinkhuis", "Gerrit Vosse", "Gerrit Visser"))


def test_the_firm_after_a_trades_label_and_its_place_stay_and_a_designer_by_name_goes(pipeline):
    text = CREDITS + "\n\nVormgeving Mirjam Doornbos Druk Drukkerij Palet Redactie Joris Brinkhuis"
    judged(pipeline, text, kept=("Jumbo Offset", "Goes Druk"), redacted=("Mirjam Doornbos",))


# -- a function, a group, a list, a body of a place ---------------------------------------------------------


def test_a_function_written_as_one_compound_before_a_name_stays(pipeline):
    text = "Uitgelicht\n\n'Snel handelen' Joris Brinkhuis\n\nZeesluiswachter Mirjam Doornbos is het baken voor de binnenvaart."
    judged(pipeline, text, kept=("Zeesluiswachter",), redacted=("Mirjam Doornbos",))


def test_a_function_after_initials_and_a_surname_stays(pipeline):
    text = "Een woord vooraf. Lees het blad maar. J.H. Brinkhuis Hoofdredacteur r onder handen: de dijk"
    judged(pipeline, text, kept=("Hoofdredacteur",), redacted=("Brinkhuis",))
    # a public office after the name keeps the name too (judge9, test_office_ninth.py)
    text = "Een woord vooraf. Lees het blad maar. J.H. Brinkhuis Dijkgraaf r onder handen: de dijk"
    judged(pipeline, text, kept=("Dijkgraaf", "Brinkhuis"), redacted=())


def test_capitalised_words_after_an_article_and_a_numeral_are_a_group(pipeline):
    text = "Vanuit de vier Founding Members kwamen medewerkers samen. Mirjam Doornbos werd de eerste directeur."
    judged(pipeline, text, kept=("Founding Members",), redacted=("Mirjam Doornbos",))


def test_the_items_of_a_list_of_locations_stay_and_a_list_of_persons_goes(pipeline):
    text = ("De rondrit gaat langs de volgende locaties:\n\n- Poort Westerhout\n\n- Molenwerf Oost\n\n"
            "De volgende personen waren aanwezig:\n\n- Anke Wetering\n\n- Joris Brinkhuis\n")
    judged(pipeline, text, kept=("Poort Westerhout", "Molenwerf Oost"), redacted=("Anke Wetering", "Joris Brinkhuis"))


def test_an_unlisted_word_before_a_place_is_a_body_and_a_first_name_before_it_a_person(pipeline):
    text = "Met dank aan Beeldbank Zeeland en aan Anke Wetering voor de foto's."
    judged(pipeline, text, kept=("Beeldbank Zeeland",), redacted=("Anke Wetering",))


# -- the lead (ninth session): mailboxes of the organisation by the document's own acronym, a post desk --------

def test_a_mailbox_named_after_the_acronym_the_document_writes_stays(pipeline):
    text = ("Het KBVO doet onderzoek voor het ministerie.\n\nSecretariaat (070) 370 99 99\nkbvo@minvenj.nl\n\n"
            "Contact: Anneke Brouwers, a.brouwers@minvenj.nl\n")
    judged(pipeline, text, kept=("kbvo@minvenj.nl",), redacted=("a.brouwers@minvenj.nl", "Anneke Brouwers"))
    # a paraph of three capitals is a person's initials, not the organisation: its mailbox still goes
    text = "Behandeld door: (JKB)\n\nVragen? Mail jkb@zuidhaven.nl\n"
    judged(pipeline, text, kept=(), redacted=("jkb@zuidhaven.nl",))


def test_a_post_or_service_desk_mailbox_stays(pipeline):
    text = "Provincie Zuidhaven\nPostbus 12\n9400 AA Zuidhaven\npost@zuidhaven.nl\n\nOf mail servicepunt@zuidhaven.nl.\n"
    judged(pipeline, text, kept=("post@zuidhaven.nl", "servicepunt@zuidhaven.nl"), redacted=())
    judged(pipeline, "Mail gerust naar postma@zuidhaven.nl of bel.\n", kept=(), redacted=("postma@zuidhaven.nl",))


def test_a_visiting_address_after_a_buildings_name_in_quotes_stays(pipeline):
    text = ("Kennisinstituut Zuidhaven\n\nBezoekadres\nGebouw ‘De Kaap’ Havenkade 77 2511 XY Zuidhaven\n\n"
            "Postadres\nPostbus 123, 2500 AA Zuidhaven\n\nContact: Anneke Brouwers, Lindelaan 4, 2512 AB Zuidhaven\n")
    judged(pipeline, text, kept=("Havenkade 77", "2511 XY Zuidhaven"), redacted=("Lindelaan 4", "Anneke Brouwers"))
