"""Names by form: initials, titles, tussenvoegsels, double surnames, greetings, every origin; and
surnames that are ordinary words, found only in name position."""

from __future__ import annotations

import pytest

from .conftest import spans_of

FOUND = [
    ("De heer J.M. de Wit belde.", "J.M. de Wit"),
    ("Volgens P. de Vries is dat zo.", "P. de Vries"),
    ("zoals besproken met mevrouw Ouali stuur ik", "Ouali"),
    ("een klacht over dhr. Van Dijk-Bakker bij het loket", "Van Dijk-Bakker"),
    ("ondertekend door mr. drs. E. (Elif) Kaya", "mr. drs. E. (Elif) Kaya"),
    ("Annelies van 't Veer maakt het verslag.", "Annelies van 't Veer"),
    ("J.H. 't Hart (BZK) zit voor.", "J.H. 't Hart"),
    ("Jan van der Berg belt terug.", "Jan van der Berg"),
    ("Reshma Soekhoe-Ramlal (gemeente Den Haag)", "Reshma Soekhoe-Ramlal"),
    ("Ingrid van Dijk-Bakker was er ook.", "Ingrid van Dijk-Bakker"),
    ("Gerrit-Jan Brouwers woont op nummer 12.", "Gerrit-Jan Brouwers"),
    ("Hoi Okan, dank voor je reactie.", "Okan"),
    ("Dear Lucas, as discussed", "Lucas"),
    # origins: Turkish, Moroccan, Surinamese/Hindustani, Moluccan, Chinese, Polish, Frisian
    ("Ayşe Kılıç vraagt het woord.", "Ayşe Kılıç"),
    ("Emre Doğan stemt in.", "Emre Doğan"),
    ("Fatima Bouzid belt de veiligheidsregio.", "Fatima Bouzid"),
    ("Youssef El Idrissi licht de cijfers toe.", "Youssef El Idrissi"),
    ("Priya Mangal wijst erop dat", "Priya Mangal"),
    ("Anand Jagesar heeft ons geholpen.", "Anand Jagesar"),
    ("Sylvia Pattinama is 81 jaar.", "Sylvia Pattinama"),
    ("Wei Chen vraagt of de cijfers binnen zijn.", "Wei Chen"),
    ("Xiaoming Liu biedt een vervolgsessie aan.", "Xiaoming Liu"),
    ("Piotr Wiśniewski regelt de zandzakken.", "Piotr Wiśniewski"),
    ("Łukasz Nowak is verkeerskundige.", "Łukasz Nowak"),
    ("Sjoerd Wijma is verhinderd.", "Sjoerd Wijma"),
    ("Wytse Hoekstra opent.", "Wytse Hoekstra"),
    # surnames that are ordinary words, in name position
    ("Erik Visser heeft voorgesteld", "Erik Visser"),
    ("Verder merkte mevrouw Bos op dat", "Bos"),
    ("K. Bakker is afwezig.", "K. Bakker"),
    ("De ontwerper, Tom Groen, levert de beelden.", "Tom Groen"),
    ("Linda Winter van de afdeling Evenementen", "Linda Winter"),
    ("Hans de Boer zorgt voor de vertaling.", "Hans de Boer"),
    # a person noun before the name
    ("Zijn broer, Hüseyin Karataş, heeft contact opgenomen.", "Hüseyin Karataş"),
    ("De aannemer, Ruud Hermans, begint om 6 uur.", "Ruud Hermans"),
    ("samen met mijn buurvrouw Sylvia Pattinama", "Sylvia Pattinama"),
    # a first name and the unit the person works in
    ("Moet Evert van Financiën meelezen?", "Evert"),
    ("Moet Evert van\nFinanciën meelezen?", "Evert"),
    ("Dat is Ruben bij de directie Informatiebeleid.", "Ruben"),
    # a PDF line that wraps inside a name
    ("gesproken met Samira\nOuali over de aanvraag", "Samira\nOuali"),
    ("opgesteld door J.M.\nde Wit", "J.M.\nde Wit"),
]


@pytest.mark.parametrize("text,name", FOUND, ids=[c[1] for c in FOUND])
def test_name_in_name_position(patterns, text, name):
    assert name in spans_of(patterns, text)


NOT_NAMES = [
    "De bakker op de hoek verzorgt de lunch.",
    "Wat gebeurt er in de winter met het plein?",
    "De gemeente gaf groen licht voor de campagne.",
    "Hij zag een vos in het plantsoen achter de kerk.",
    "Zij spreekt beter Engels dan wij.",
    "Geachte heer, mevrouw,",
    "Artikel 5.1 van de Wet open overheid geldt sinds 1 mei 2022.",
    "Jan in Utrecht",  # a first name before a place is not a full name
    "Staatssecretaris Van Wijk heeft dat toegezegd.",  # found by others; the role keeps it
    "Noordzee Windenergie B.V.\nWilhelminakade 91",
    "Een bewoner uit Utrecht belde.",  # a legal form is not initials, a street not a surname
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_words_out_of_name_position_stay(patterns, text):
    found = spans_of(patterns, text)
    for word in ("bakker", "winter", "groen", "vos", "Engels", "heer", "Wet", "Utrecht", "Wilhelminakade"):
        assert not any(word in s for s in found), found
