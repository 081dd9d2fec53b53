"""Phones of persons and organisations (issue 10, tenth session, second round): the period of a phone label's
abbreviation ("tel.", "nr.") ends no sentence, so a person named before it keeps the number his. Every name and
number here is invented; each test asserts both sides (docs/names-history.md, "(tenth session, second round)")."""

from __future__ import annotations

from .test_organisation_tenth import judged


def test_a_persons_number_after_tel_abbreviation_goes_and_a_units_number_stays(pipeline):
    text = ("Een afspraak maakt u met de afdeling Vergunningen, mevrouw Annelies Brouwersma, tel. 0318-672214.\n\n"
            "Inlichtingen bij de afdeling Publiekszaken, tel. 0318 67 20 00.\n")
    judged(pipeline, text, kept=("0318 67 20 00",), redacted=("Annelies Brouwersma", "0318-672214"))
