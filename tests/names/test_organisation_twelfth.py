"""Organisation details and things that are no person (issue 10, eleventh session): a firm named after a person,
a functional mailbox of ordinary words, a venue's or public building's address in running text, a sub-area's
name read as an address, a label run into a name, a number the organisation gives the public, an extension
after a name. Every name, place, street, domain and number here is invented; each test also asserts the other
side (a person's name, mailbox, address or number still goes) (docs/names.md, "Organisation details and things
that are no person (eleventh session)")."""

from __future__ import annotations

from .test_organisation_tenth import judged

# -- a firm named after a person ---------------------------------------------------------------------------


def test_a_surname_before_its_trade_is_a_firm_and_its_bare_mentions_too(pipeline):
    text = ("Verhoeckx Vastgoedontwikkeling\n\nDe keuze viel op Verhoeckx Vastgoedontwikkeling uit Tiel. Het plan "
            "werkt Verhoeckx verder uit.\n\nMulder Aannemers bouwt de brug. Mulder zegt dat het in mei klaar is.\n\n"
            "De Wit Grondverzet begint maandag. Daarna zal De Wit de weg afsluiten. Namens de buurt sprak Annelies "
            "Brouwersma.\n")
    judged(pipeline, text, kept=("Verhoeckx Vastgoedontwikkeling", "werkt Verhoeckx verder", "Mulder Aannemers",
                                 "Mulder zegt", "De Wit Grondverzet", "zal De Wit de"),
           redacted=("Annelies Brouwersma",))


def test_a_titled_mention_of_the_firms_surname_stays_a_person(pipeline):
    text = ("De heer Gool van de afdeling Wonen belde de bewoners.\n\nGool Bouw start in maart.\n")
    judged(pipeline, text, kept=(), redacted=("Gool",))  # (and his surname in the firm's name too: fail closed)


def test_a_first_name_or_a_title_before_the_trade_stays_a_person(pipeline):
    text = ("Het verslag is gemaakt door Marloes Tijsterman Advies en Ondersteuning.\n\n"
            "Wethouder Brinkers Bouwzaken opende de vergadering. Mevrouw Dekkering Advies belde terug.\n")
    judged(pipeline, text, kept=(), redacted=("Marloes Tijsterman", "Dekkering"))


def test_a_trade_noun_before_a_surname_or_a_word_play_is_a_firm_but_not_before_an_owners_name(pipeline):
    text = ("Ingenieursbureau Wolterbeek heeft de dijk doorgerekend. Daarna won communicatiebureau Bas Tion "
            "de aanbesteding; de provincie en Bas Tion tekenen volgende week.\n\n"
            "Adviesbureau Ingrid Bakelaar schreef het plan. Ook Hanneke Wolterbeek-Smits van de buurtvereniging sprak.\n")
    judged(pipeline, text, kept=("Ingenieursbureau Wolterbeek", "communicatiebureau Bas Tion", "en Bas Tion tekenen"),
           redacted=("Ingrid Bakelaar", "Hanneke Wolterbeek-Smits"))
