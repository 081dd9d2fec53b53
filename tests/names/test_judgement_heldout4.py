"""Failure classes of issue 10 on bench/real/heldout4 (tuned on since its one measurement), fixed by
judge2, one test group per class; the cases are of the same kind, not the measured ones (docs/names-history.md,
"heldout4 tuned on (judge2)")."""

from __future__ import annotations

import pytest

from redact.decide.persons import OFFICIAL
from redact.model import DetectorKind

from .judging import role_finder

NER, NAMES = DetectorKind.NER, DetectorKind.NAME_PATTERN

role_of = role_finder(NAMES)


# -- a water board's general board: a role after the list covers every name of it -----------------------

BOARD = ("WATERSCHAPSBLAD 2015, NUMMER 4 NOTULEN VAN DE OPENBARE VERGADERING VAN HET ALGEMEEN BESTUUR VAN "
         "HET WATERSCHAP Aanwezig: mevrouw P.Q. Dorrestein en de heren K.L. Brandsma, M. van der Horst en "
         "T.W. Koopmans, allen vertegenwoordiger van de categorie Ingezetenen; de dames R.S. Haverkamp en "
         "J.J. Oosterveld-Bakker, alsmede de heer A.B. Meulenkamp beiden vertegenwoordiger van de fractie "
         "Waterbelang; voorzitter : de heer H.G. Tuinstra Afwezig met bericht van verhindering: de heren "
         "F.E. Grootveld en S.T. Wiggers 1 Opening De voorzitter opent de vergadering.\n")


@pytest.mark.parametrize("name", ["P.Q. Dorrestein", "K.L. Brandsma", "M. van der Horst", "T.W. Koopmans",
                                  "R.S. Haverkamp", "J.J. Oosterveld-Bakker", "A.B. Meulenkamp"])
def test_a_role_after_the_list_covers_every_name(roles, name):
    role = role_of(roles, BOARD, name)
    assert role.action == "keep" and role.rank == OFFICIAL


@pytest.mark.parametrize("name", ["H.G. Tuinstra", "F.E. Grootveld", "S.T. Wiggers"])
def test_a_water_board_is_a_body_like_a_council(roles, name):
    assert role_of(roles, BOARD, name).action == "keep"


def test_a_list_role_of_an_association_is_no_office(roles):
    text = ("Verslag van de ledenvergadering van de tennisvereniging. Aanwezig: de heren K.L. Brandsma en "
            "T.W. Koopmans, beiden lid van de kascommissie.\n")
    assert role_of(roles, text, "K.L. Brandsma").action == "redact"


def test_a_name_in_an_earlier_sentence_is_not_in_the_list(roles):
    plain = ("Notulen van de vergadering van het algemeen bestuur van het hoogheemraadschap.\n\nDe heer "
             "G. Bosman spreekt in over de dijk. Mevrouw Kramer en de heer Visser, beiden lid van de raad, "
             "zijn het met hem eens.\n")
    assert role_of(roles, plain, "G. Bosman").action == "redact"


# -- the chair and the members in a council's running text ---------------------------------------------

HORST = ("Notulen van de openbare vergadering van de gemeenteraad\n\nDe voorzitter, de heer Van Dalen, opent de "
         "vergadering om 20.00 uur.\nVoor deze vergadering hebben mevrouw Kessels en de heren Van Bommel en "
         "Driessen zich afgemeld.\n")


@pytest.mark.parametrize("name", ["Van Dalen", "Kessels", "Van Bommel", "Driessen"])
def test_the_chair_and_the_members_who_sent_apologies_stay(roles, name):
    assert role_of(roles, HORST, name).action == "keep"


def test_voor_deze_before_a_noun_is_no_signature(roles):
    text = HORST.replace("zich afgemeld", "gevraagd het woord te voeren")
    assert role_of(roles, text, "Kessels").reason != "ondertekent namens een bestuurder: ambtenaar"


def test_a_chair_in_parentheses_and_water_board_seats(roles):
    text = ("Verslag van de commissie Middelen van het waterschap. AANWEZIGE AMBTELIJKE ONDERSTEUNING "
            "K.M. de Wolf (voorzitter), P.R. Kuiper (bedrijfsgebouwd), T. Bos (VVD), H.J. Wever (Christenunie), "
            "mw. S.L. Roos (WL)(tot agendapunt 2), A.A. Kalk (agrarisch ongebouwd) en mw. J. Veen (notulist)\n")
    for name in ("K.M. de Wolf", "P.R. Kuiper", "H.J. Wever", "S.L. Roos", "A.A. Kalk"):
        assert role_of(roles, text, name).action == "keep", name
    assert role_of(roles, text, "J. Veen").action == "redact"


VIDEO = ("Kies een vergadering: 4-3-2021, Commissie Ruimte\nHet transcript hieronder is automatisch gemaakt.\n\n"
         "1 Opening - 19:30\n\n\nVoorzitter - J.A. (Jan Anton) Stoker\n\nWelkom aan de mensen op de publieke "
         "tribune. Afgemeld zijn de heer Bakker en de heer Van Tol van de fractie VVD.\n")


@pytest.mark.parametrize("name", ["J.A. (Jan Anton) Stoker", "Bakker", "Van Tol"])
def test_a_video_index_chair_and_a_list_before_van_de_fractie(roles, name):
    assert role_of(roles, VIDEO, name).action == "keep"


# -- civil servants in a body's attendance lines --------------------------------------------------------

STATEN = ("Verslag van de vergadering van de statencommissie Financiën\n\nAanwezig: dhr. A. Kok (CDA), mw. B. Lont "
          "(PvdA), dhr. C. Ruis (VVD). Voorts aanwezig: dhr. D. Maas (gedeputeerde), mw. E. Smal (Zuidelijke "
          "Rekenkamer), dhr. F. Hoog (Zuidelijke Rekenkamer), dhr. G. Plas (griffier)\n")


@pytest.mark.parametrize("name", ["E. Smal", "F. Hoog"])
def test_an_institution_in_parentheses_is_no_faction(roles, name):
    assert role_of(roles, STATEN, name).action == "redact"


def test_the_members_beside_the_institution_stay(roles):
    assert role_of(roles, STATEN, "B. Lont").action == "keep"


def test_a_department_after_the_name_is_a_civil_servant(roles):
    text = ("Verslag van de raadscommissie Economie\n\nAanwezig:\nde heer P. Dam (VVD)\nmevrouw R. Zee (CDA)\n\n"
            "Voorts aanwezig:\n\nmevrouw S. van Wijk, afd. EZ\nde heer T. Graaf, afdeling Verkeer\n")
    assert role_of(roles, text, "S. van Wijk").action == "redact"
    assert role_of(roles, text, "T. Graaf").action == "redact"
    assert role_of(roles, text, "R. Zee").action == "keep"


# -- a member who stands in for a member ----------------------------------------------------------------

SWAP = ("Verslag van de raadscommissie Samenleving\n\nBesluit\n\nAnneke Dekkers is vervangen door Joost van Dam. "
        "Mevrouw Brink wordt vervangen door mevrouw R.S. Lap.\n\nAfwezig met kennisgeving:\n\nde heer K. Wouters "
        "(vervangen door de heer Plas)\n")


@pytest.mark.parametrize("name", ["Anneke Dekkers", "Joost van Dam", "R.S. Lap", "K. Wouters", "Plas"])
def test_a_member_replaced_or_replacing_stays(roles, name):
    assert role_of(roles, SWAP, name).action == "keep"


def test_a_replaced_minute_taker_is_still_a_civil_servant(roles):
    text = SWAP.replace("Mevrouw Brink wordt", "De notulist mevrouw Brink wordt")
    assert role_of(roles, text, "Brink").action == "redact"


# -- a department's code under "overigen:" is no faction ------------------------------------------------

ALMERE = ("Verslag van de raadscommissie Ruimte\n\nAanwezig:\n\n- leden: mevrouw Kok (VVD), de heren Dam (D66) en "
          "Bos (CDA).\n\n- overigen:   de heren Pels (SO), Van Dijk (RB), Ruis (plv. secretaris).\n\nAfwezig mkg:   "
          "Mevrouw Ster (D66) en de heer Lind (SO).\n")


@pytest.mark.parametrize("name", ["Pels", "Van Dijk", "Lind"])
def test_a_code_under_overigen_is_a_department(roles, name):
    assert role_of(roles, ALMERE, name).action == "redact"


@pytest.mark.parametrize("name", ["Kok", "Dam", "Ster"])
def test_the_members_with_parties_stay(roles, name):
    assert role_of(roles, ALMERE, name).action == "keep"
