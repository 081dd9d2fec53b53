"""What must stay that is no person, and what the detectors missed (issue 10, tenth session): a letterhead whose
lines stand a blank line apart, with single-letter channel labels; a person named in an organisation's address
line; a subscriber's number without its area code after a phone label; inverted author lists with first names;
a place's name with a capitalised article, a word of an English organisation's name, one item of an enumeration
of things. Every name, place and number here is invented. Each test also asserts the other side (docs/names-history.md,
"Organisation details and missed contacts (tenth session)")."""

from __future__ import annotations

from .test_organisation_ninth import covered, decisions


def wholly(pipeline, text: str, value: str) -> bool:
    """Every letter and digit of `value` (its first occurrence) is under a redaction."""
    at = text.index(value)
    boxes = [d.finding for d in decisions(pipeline, text) if d.action == "redact"]
    return all(any(f.start <= i < f.end for f in boxes) for i in range(at, at + len(value)) if text[i].isalnum())


def judged(pipeline, text: str, kept: tuple[str, ...], redacted: tuple[str, ...]) -> None:
    """Each value of `kept` stays wholly visible, each of `redacted` goes wholly under boxes."""
    for value in kept:
        assert not covered(pipeline, text, value), value
    for value in redacted:
        assert wholly(pipeline, text, value), value


# -- a letterhead whose lines stand a blank line apart -----------------------------------------------------

def test_a_stacked_colophon_keeps_its_street_numbers_and_mailbox(pipeline):
    text = ("Jaarplan 2031\n\nAdviescollege Bodem en Water\n\nOude Kraanstraat 17\n\nPostbus 4120\n\n"
            "6800 KD  Arnhem\n\nT  026 3719944\n\nF  026 371 9950\n\nE  adviescollege.bodem@minbw.nl\n\n"
            "I  www.abw-advies.nl\n\nInhoud\n\n1. Inleiding\n")
    judged(pipeline, text, kept=("Oude Kraanstraat 17", "026 3719944", "026 371 9950", "adviescollege.bodem@minbw.nl"),
           redacted=())


def test_a_stacked_letterhead_keeps_its_number_but_a_persons_stacked_lines_and_signature_go(pipeline):
    text = ("Dienst Vergunningen Zuid\n\nPostbus 8810 5600 TA Eindhoven dvz.nl\n\nT: 040 277 55 00 vvwet@dvz.nl\n\n"
            "Datum 3 maart 2031\n\nGeachte heer,\n\nU vroeg om een ontheffing. Wij verlenen die.\n\n"
            "Met vriendelijke groet,\n\nMarleen Doornhof\n\nT 040 277 55 31\n\nE m.doornhof@dvz.nl\n\n"
            "Pieter Zandvoort\nAdviseur\nDienst Vergunningen Zuid\nT 040 277 55 32\np.zandvoort@dvz.nl\n")
    judged(pipeline, text, kept=("040 277 55 00", "vvwet@dvz.nl"),
           redacted=("Marleen Doornhof", "040 277 55 31", "m.doornhof@dvz.nl", "040 277 55 32", "p.zandvoort@dvz.nl"))


# -- a person named in an organisation's address line ------------------------------------------------------

def test_a_contact_person_with_initials_after_a_parish_in_an_address_line_goes_whole(pipeline):
    text = ("Protestantse Gemeente te Oudekerk J.P. Hendriksen\n\nPostbus 12\n\n8431 AA  OUDEKERK\n\n"
            "Geachte heer Hendriksen,\n\nUw aanvraag is ontvangen.\n")
    judged(pipeline, text, kept=("Postbus 12",), redacted=("J.P. Hendriksen",))


# -- a number without its area code after a phone label ---------------------------------------------------

def test_a_local_number_after_a_phone_label_goes_but_no_date_amount_or_case_number(pipeline):
    text = ("Vragen? Bel mevrouw Terpstra, beleidsmedewerker, tel. 4127731/ of Telefoon: 41277325, of via "
            "T 3318822.\n\nOp 12-03-2031 is tel. 1.250.000 bezoekers geteld; zaaknummer Z-2031-448812; "
            "kenmerk 4412773.\n")
    judged(pipeline, text, kept=("12-03-2031", "1.250.000", "Z-2031-448812", "4412773"),
           redacted=("4127731", "41277325", "3318822"))


# -- inverted author lists -------------------------------------------------------------------------------

def test_an_inverted_author_list_with_first_names_and_particles_goes_whole(pipeline):
    text = ("Publicaties\n\n  Visser, Anouk de; Bakker, Ruud; Smid, Jolanda (Planbureau voor de Leefomgeving, "
            "2031-02-11)\n  Bos, Marleen van den; Kok, Pieter; Wit, Sanne de\n  Een studie naar wonen.\n\n"
            "Vestigingen: Zwolle, Kampen; Deventer, Raalte.\n")  # two places a comma apart are no author
    judged(pipeline, text, kept=("Planbureau voor de Leefomgeving", "Zwolle, Kampen", "Deventer, Raalte"),
           redacted=("Visser, Anouk de", "Bakker, Ruud", "Bos, Marleen van den", "Wit, Sanne de"))


# -- things that are no person ----------------------------------------------------------------------------

def test_a_place_named_with_a_capitalised_article_is_no_person_but_a_first_name_before_it_is(pipeline):
    text = ("Wijk De Horst krijgt nieuwe bestrating. Buurt Het Hoogveld volgt in 2032.\n\n"
            "Volgens Marieke De Vlieger gaat dat te snel.\n")
    judged(pipeline, text, kept=("Wijk De Horst", "Buurt Het Hoogveld"), redacted=("Marieke De Vlieger",))


def test_a_word_of_an_english_organisations_name_is_no_person(pipeline):
    text = ("Het onderzoek is gedaan door het Amsterdam Institute for Rivers, Oceans and Deltas van de "
            "universiteit, met Joost Verhagen als projectleider.\n")
    judged(pipeline, text, kept=("Amsterdam Institute for Rivers, Oceans and Deltas",), redacted=("Joost Verhagen",))


def test_an_item_of_an_enumeration_of_things_is_no_person_but_among_names_it_is(pipeline):
    # (two documents: a name redacted once is redacted at each of its occurrences)
    judged(pipeline, "De eilanden zijn bereikbaar per Veerboot, Ferry, Watertaxi of Fiets.\n", kept=("Ferry",), redacted=())
    judged(pipeline, "Aanwezig waren Jeroen, Ferry en Sanne van het projectteam.\n", kept=(), redacted=("Ferry",))


def test_initials_before_a_lower_article_and_surname_are_a_person_not_a_place(pipeline):
    # "J.K. 't Veld": initials, then the tussenvoegsel 't; a place's name opens with a word ("Buurt 't Veld")
    text = ("Deelnemers overleg waterkwaliteit\n\n- P.R. 't Lam (RWS, voorzitter)\n- drs. A.C. 't Hooft (provincie)\n"
            "- Wim Kortekaas (notulist)\n\nDe buurt Wijk 't Zand krijgt een nieuw plein.\n")
    judged(pipeline, text, kept=(), redacted=("P.R. 't Lam", "A.C. 't Hooft"))
