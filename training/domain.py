"""Generated Woo-style training examples (templates over name lists).

Everything here is the project's own material. The examples are used for
TRAINING (and a training-family dev set for model selection) only. The held-out
evaluation documents in ``training/heldout/`` were written by hand, with other
layouts and with names that do not occur in the lists below (``build_corpus.py``
checks the name overlap).

Each generator returns ``(text, [(start, end, label), ...])`` with character
offsets. Conventions (also used in the held-out set):

* PER covers the name only: "mevrouw [Kaya]", "minister [De Jonge]",
  "dhr. [Van den Berg]"; titles, salutations, roles and e-mail addresses are O.
* An Outlook display name is one PER span: "[Jansen, J. (Jan)] <j.jansen@...>".
* Organisations (ministeries, DJI, IND, "gemeente Utrecht", directies) are ORG,
  places are LOC; laws, months, job titles and surnames used as ordinary words
  ("de bakker", "een groen dossier", "in de winter") are O.
* Public officials are PER as well ("staatssecretaris [Van der Burg]").
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# ---------------------------------------------------------------------------
# Name lists (training family). Keep disjoint from the held-out documents.
# ---------------------------------------------------------------------------

NAMES = {
    "dutch": {
        "first_m": "Jan Pieter Kees Henk Willem Johan Sander Daan Bram Thijs Ruud Marco Erik Joost Maarten Bas Niels "
        "Wouter Gerrit Hendrik Cornelis Arjen Rutger Freek Jeroen Michiel Roel Stefan Tim Koen Rob Frank Hans "
        "Gert-Jan Jan-Willem Ton Wim Martijn Lars Luuk Sjaak".split(),
        "first_f": "Marieke Anouk Sanne Lotte Femke Inge Esther Petra Monique Ingrid Annemarie Els Wilma Judith "
        "Eline Iris Marloes Floor Noor Sophie Emma Julia Lieke Mirjam Hanneke Karin Linda Saskia Nicole Anja "
        "Ellen Marjolein Maaike Renske Evelien Anne-Marie".split(),
        "last": "Jansen Vries Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra "
        "Jong Berg Dijk Leeuwen Veen Heuvel Wit Groen Kok Boer Vermeulen Willems Verhoeven Hoek Schouten Post "
        "Kuipers Veenstra Winter Molenaar Wijk Sluis Beek Laan Hart Vliet Haan Hoeven Steen Linden Graaf Ham "
        "Kramer Verbeek Claassen Wouters Huisman Prins Maas Vink Hermans Aalbers Lubbers Zwart Brink Velde".split(),
        # tussenvoegsels that go with specific surnames (otherwise none)
        "tussen": {
            "Vries": "de", "Jong": "de", "Berg": ["van den", "van der", "van de"], "Dijk": "van", "Leeuwen": "van",
            "Veen": ["van der", "van de"], "Heuvel": "van den", "Wit": "de", "Boer": "de", "Hoek": ["van der", "van den"],
            "Wijk": "van", "Sluis": "van der", "Beek": ["van", "ter"], "Laan": "van der", "Hart": "'t",
            "Vliet": "van", "Haan": "de", "Hoeven": "van der", "Steen": "ter", "Linden": "van der",
            "Graaf": "de", "Ham": "van", "Brink": "ten", "Velde": "van de", "Groen": ["", "de"],
        },
    },
    "frisian": {
        "first_m": "Sjoerd Wietse Tjeerd Hylke Jelle Durk Gerlof Wopke Auke Rindert Sybren Jouke Hidde Ype".split(),
        "first_f": "Sytske Baukje Froukje Tsjitske Aukje Hiltsje Jildou Geartsje Wytske Janneke".split(),
        "last": "Hoekstra Bouma Wiersma Postma Hiemstra Zijlstra Terpstra Boersma Haaksma Rypma Sikkema Hofstra "
        "Wijbenga Yntema Algra Faber Tolsma Feenstra Jellema Kingma Bergsma".split(),
    },
    "turkish": {
        "first_m": "Mehmet Ahmet Mustafa Emre Burak Hakan Kemal Murat Yusuf Serkan Orhan Cem Erkan Ömer".split(),
        "first_f": "Ayşe Fatma Elif Zeynep Emine Hatice Büşra Özlem Derya Sevgi Gül Esra Merve Songül".split(),
        "last": "Yılmaz Yilmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Çetin Koç "
        "Kurt Özdemir Polat Erdoğan Güler Korkmaz Aksoy Karaca".split(),
    },
    "moroccan": {
        "first_m": "Mohamed Mohammed Ahmed Youssef Khalid Rachid Hassan Said Abdelkader Mustapha Karim Nordin "
        "Bilal Soufiane Hamza Redouan Abdel".split(),
        "first_f": "Fatima Khadija Naima Samira Nadia Malika Hanane Ilham Latifa Zineb Najat Hafsa Siham".split(),
        "last": "el Amrani|El Idrissi|Benali|Bouzid|Ouali|Azzouzi|El Khattabi|Boukhari|Ait Lahcen|Bakkali|"
        "El Hamdaoui|Ziani|Chaoui|Tahiri|Essafi|Haddouchi|Ouahabi|el Ouardi|Mansouri|Lamrani|Belhaj|"
        "Ben Ali|Bouchta|Aarab".split("|"),
    },
    "surinamese": {
        "first_m": "Ronald Dwight Clifton Romano Ricardo Glenn Marvin Errol Humphrey Rudi Sergio Kenneth".split(),
        "first_f": "Shirley Gracia Rosita Jennifer Esmeralda Priscilla Ingrid Sharon Wendy Gisela".split(),
        "last": "Pinas|Sedney|Linger|Wijngaarde|Doelwijt|Amafo|Brunings|Tjon A Fong|Kross|Wong Loi Sing|"
        "Sabajo|Neede|Zaandam|Eersel|Renfurm|Kartosen|Soemodihardjo|Kasandiredjo|Wongsodikromo|"
        "Pawirodihardjo".split("|"),
    },
    "hindustani": {
        "first_m": "Radjesh Sunil Anil Ravi Deepak Rakesh Vishal Soeshiel Ashwin Navin Dinesh Ramesh".split(),
        "first_f": "Shanti Sita Kavita Priya Anjali Sunita Reshma Shalini Nisha Radha".split(),
        "last": "Ramdin Ramlal Jagessar Bhagwandin Mahabier Ramsaroep Sewnarain Chotoe Jairam Lachmon Mathoera "
        "Badloe Ramautar Kalloe Sitaldin Ramkisoen Gangapersad Soekhoe Bisoen Raghoebir Baldewsingh".split(),
    },
    "moluccan": {
        "first_m": "Johannes Ronny Jopie Frans Max Dominggus Yopie Hendrik Josef Izaak".split(),
        "first_f": "Elly Yvonne Nelly Wilhelmina Julia Maria Paulina".split(),
        "last": "Latuheru Pattipeilohy Tahapary Wattimena Sahetapy Tuhumury Lokollo Pelupessy Manuputty Soplanit "
        "Hehanussa Tamaela Rehatta Matulessy Leiwakabessy Siahaya Nanlohy Huwae Kakiay Lewerissa".split(),
    },
    "chinese": {
        "first_m": "Wei Jun Hao Ming Jian Kevin Tony Zhiwei".split(),
        "first_f": "Mei Jing Lin Hui Xiao Yan Linda Cindy Xiulan".split(),
        "last": "Chen Wang Zhang Liu Huang Zhou Wu Xu Tan Lie Tjong Kwok Cheung Ho Lam Chan Yeung Wong".split(),
    },
    "polish": {
        "first_m": "Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Łukasz Andrzej Jakub".split(),
        "first_f": "Katarzyna Agnieszka Magdalena Joanna Małgorzata Ewa Dorota Beata Aleksandra".split(),
        "last": "Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawłowski Michalski".split(),
    },
}
ORIGIN_WEIGHTS = {"dutch": 0.34, "frisian": 0.07, "turkish": 0.11, "moroccan": 0.12, "surinamese": 0.08,
                  "hindustani": 0.08, "moluccan": 0.06, "chinese": 0.07, "polish": 0.07}

# Surnames that are also ordinary Dutch words, used as words in negatives.
WORD_SURNAMES_AS_WORDS = [
    "de bakker", "de visser", "de smid", "de molenaar", "de kok", "de boer", "een groen dossier",
    "in de winter", "de brouwer", "een vos", "de zwarte lijst", "de prins", "in het voorjaar", "de koning",
    "groen licht", "een kramer", "het hart van de zaak", "de post", "de hoek", "de laan", "de beek",
    "de haan", "een wit papier", "de maas", "de steen", "de berg stukken", "de veenbrand",
]

ORGS = [
    "Ministerie van BZK", "ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Ministerie van JenV",
    "ministerie van Justitie en Veiligheid", "DJI", "IND", "gemeente Utrecht", "gemeente Rotterdam",
    "gemeente Leeuwarden", "gemeente Almere", "Rijkswaterstaat", "Belastingdienst", "UWV", "COA", "NCTV",
    "Dienst Justitiële Inrichtingen", "Immigratie- en Naturalisatiedienst", "Ministerie van VWS", "RIVM",
    "Ministerie van Financiën", "Ministerie van OCW", "DUO", "Logius", "Raad van State", "Tweede Kamer",
    "provincie Fryslân", "provincie Gelderland", "Politie Eenheid Amsterdam", "Openbaar Ministerie", "OM",
    "Kadaster", "CBS", "Autoriteit Persoonsgegevens", "AP", "SSC-ICT", "KNMI", "NVWA", "RVO",
    "Ministerie van EZK", "Ministerie van SZW", "Nationale Ombudsman", "Algemene Rekenkamer",
    "Ministerie van Landbouw, Natuur en Voedselkwaliteit", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
    "Nederlandse Arbeidsinspectie", "Raad voor de Kinderbescherming", "Centraal Justitieel Incassobureau",
    "Stichting Vluchtelingenwerk", "Stichting Woonzorg Nederland", "Vereniging van Nederlandse Gemeenten", "VNG",
    "Koninklijke Marechaussee", "Centraal Orgaan opvang asielzoekers", "Dienst Terugkeer en Vertrek",
    "Dienst Uitvoering Onderwijs", "Nederlandse Zorgautoriteit", "College voor de Rechten van de Mens",
    "Waterschap Rivierenland", "GGD Amsterdam", "Veiligheidsregio Utrecht", "woningcorporatie Ymere",
]
DIRECTIES = [
    "Directie Migratiebeleid", "Directie Communicatie", "Directie Wetgeving en Juridische Zaken",
    "Directie Constitutionele Zaken", "Directie Informatiehuishouding", "DG Koninkrijksrelaties",
    "Directie Financieel-Economische Zaken", "Directie Bedrijfsvoering", "Directie Openbaar Bestuur",
    "Cluster Woo", "Team Juridische Zaken", "Directie Arbeidsmarkt",
]
PLACES = [
    "Den Haag", "Utrecht", "Rotterdam", "Amsterdam", "Leeuwarden", "Zwolle", "Groningen", "Maastricht",
    "Almere", "Ter Apel", "Budel", "Arnhem", "Nijmegen", "Haarlem", "Lelystad", "Paramaribo", "Brussel",
    "Assen", "Middelburg", "'s-Hertogenbosch", "Den Bosch", "Eindhoven", "Tilburg", "Schiphol",
    "Alphen aan den Rijn", "Bergen op Zoom", "Wijk bij Duurstede", "Krimpen aan den IJssel", "Heerhugowaard",
    "Hoogeveen", "Delfzijl", "Emmen", "Venlo", "Zaandam", "Dordrecht", "Gouda", "Drachten", "Sneek",
]
DOC_HEADINGS = [
    "Nota", "Notitie", "Verslag", "Besluit", "Memo", "MEMO", "Agenda", "Actiepunten", "Besluitenlijst",
    "Telefoonnotitie", "Parafenblad", "Gespreksverslag", "Aantekeningen", "Toelichting", "Bijlage",
    "Samenvatting", "Advies", "Conceptbesluit", "Beslisnota", "Kamerbrief", "Aanleiding", "Kernpunten",
    "Klachtdossier", "Dossier", "Overzicht", "Inventarislijst", "Presentielijst", "Organisatie", "Functie",
]
LAWS = ["Woo", "Wob", "Awb", "AVG", "Wet open overheid", "Vreemdelingenwet 2000", "Gemeentewet",
        "Wet politiegegevens", "Archiefwet", "Participatiewet"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
JOB_TITLES = [
    "Senior beleidsmedewerker", "Beleidsmedewerker", "Juridisch adviseur", "Coördinator Woo",
    "Directeur", "Afdelingshoofd", "Programmamanager", "Senior adviseur", "Communicatieadviseur",
    "Plaatsvervangend directeur", "Teamleider", "Projectleider", "Woordvoerder", "Secretaris",
    "Strategisch adviseur", "Beleidsadviseur", "Senior jurist", "Managementassistent",
]
ROLE_TITLES = ["minister", "staatssecretaris", "burgemeester", "wethouder", "directeur-generaal",
               "secretaris-generaal", "Kamerlid", "gedeputeerde", "commissaris van de Koning"]
MAIL_DOMAINS = ["minbzk.nl", "minjenv.nl", "dji.minjus.nl", "ind.nl", "utrecht.nl", "rws.nl", "minvws.nl",
                "minfin.nl", "rotterdam.nl", "coa.nl", "rivm.nl", "minocw.nl"]
SUBJECTS = [
    "RE: Woo-verzoek {nr}", "FW: concept nota", "Overleg {day} {month}", "Vraag over dossier {nr}",
    "Kamervragen {nr}", "Agenda bewindspersonenoverleg", "RE: RE: afstemming persbericht",
    "Terugkoppeling gesprek", "Planning besluit op bezwaar", "Stukken voor de {day}e",
]
CHAT_MSGS = [
    "ik bel je zo even", "heb je de nota al gezien?", "staat op de agenda voor morgen", "prima, dank!",
    "kun je dit nog even checken voor de deadline?", "ik zit in overleg, later", "zie mail",
    "de Kamer wil het voor vrijdag hebben", "oké, ik pak het op", "top", "even afgestemd met de DG",
    "ik stuur het concept straks door", "wie zit er morgen bij?", "lijkt me goed zo", "ja, eens",
    "de woordvoering is akkoord", "kan iemand de Woo-termijn checken?", "in de winter wordt het krap",
]
BODY_SENTENCES = [
    "Hierbij stuur ik je het concept van de nota.", "Graag ontvang ik uiterlijk {day} {month} je reactie.",
    "Zie bijgaand de stukken voor het overleg.", "De termijn op grond van de {law} verloopt binnenkort.",
    "Kun je dit afstemmen met de {org}?", "Ik heb het dossier in {month} ontvangen.",
    "Het verzoek valt onder artikel 5.1 van de {law}.", "Alvast bedankt voor de snelle reactie.",
    "Dit punt komt terug in het overleg van {weekday}.", "Wij hebben contact gehad met de {org}.",
]


# Name tokens that must never be generated (the held-out names); filled in by build_corpus.py.
RESERVED: set[str] = set()
# Share of generated persons whose surname / first name is a synthetic recombination of two names of the
# same origin ("Ramdin" + "Bisoen" -> "Ramsoen"): the model then has to learn the contexts (headers,
# signatures, "mevrouw X") instead of memorising the finite lists.
SYNTH_LAST, SYNTH_FIRST = 0.35, 0.15


def _synth(rng: random.Random, pool: list[str], base: str) -> str:
    words = [w for w in pool if " " not in w and "-" not in w and len(w) >= 4]
    if " " in base or len(words) < 2:
        head, _, last_word = base.rpartition(" ")
        return (head + " " if head else "") + _synth(rng, words, last_word) if head and words else base
    for _ in range(20):
        a, b = rng.sample(words, 2)
        i = rng.randint(2, min(4, len(a) - 1))
        j = rng.randint(max(1, len(b) - 5), len(b) - 2)
        cand = a[:i] + b[j:]
        if 3 <= len(cand) <= 14 and cand not in RESERVED and cand not in words:
            return cand[0].upper() + cand[1:]
    return base


@dataclass
class Person:
    first: str
    tussen: str
    last: str
    female: bool
    origin: str


def _pick_person(rng: random.Random, names=NAMES, weights=ORIGIN_WEIGHTS) -> Person:
    origin = rng.choices(list(weights), weights=list(weights.values()))[0]
    d = names[origin]
    female = rng.random() < 0.5
    first = rng.choice(d["first_f"] if female else d["first_m"])
    last = rng.choice(d["last"])
    if rng.random() < SYNTH_FIRST and "-" not in first:
        first = _synth(rng, d["first_f"] if female else d["first_m"], first)
    if rng.random() < SYNTH_LAST and not (origin == "dutch" and last in d.get("tussen", {})):
        last = _synth(rng, d["last"], last)
    tussen = ""
    if origin == "dutch" and last in d.get("tussen", {}):
        t = d["tussen"][last]
        tussen = rng.choice(t) if isinstance(t, list) else t
    # double surnames ("Van Dijk-Bakker", "Yılmaz-de Vries")
    if rng.random() < 0.1:
        other = _pick_person(rng, names, weights) if rng.random() < 0.3 else None
        o = other if other else Person("", "", rng.choice(d["last"]), female, origin)
        if o.last != last:
            second = (o.tussen + " " if o.tussen else "") + o.last
            last = f"{last}-{second}"
    # Chinese names in Chinese order now and then
    if origin == "chinese" and rng.random() < 0.3 and first not in ("Kevin", "Tony", "Linda", "Cindy"):
        first, last = last, first
    return Person(first, tussen, last, female, origin)


def _initials(rng: random.Random, p: Person) -> str:
    letters = [p.first[0]]
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        letters.append(rng.choice("ABCDEFGHIJKLMNPRSTW"))
    return "".join(f"{c}." for c in letters)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def surname(p: Person, capital: bool = True) -> str:
    """Surname as written without first name: "Van den Berg", "El Amrani", "'t Hart"."""
    if p.tussen:
        t = p.tussen if p.tussen.startswith("'") else (_cap(p.tussen) if capital else p.tussen)
        return f"{t} {p.last}"
    return _cap(p.last) if capital else p.last


def full_name(p: Person) -> str:
    return f"{p.first} {p.tussen + ' ' if p.tussen else ''}{p.last}"


def name_form(rng: random.Random, p: Person, kind: str | None = None) -> str:
    kind = kind or rng.choices(
        ["full", "initials", "initials_first", "first", "surname", "full_caps"],
        weights=[0.45, 0.25, 0.05, 0.1, 0.12, 0.03])[0]
    if kind == "full":
        return full_name(p)
    if kind == "initials":
        return f"{_initials(rng, p)} {p.tussen + ' ' if p.tussen else ''}{p.last}"
    if kind == "initials_first":
        return f"{p.first} {p.tussen + ' ' if p.tussen else ''}{p.last[0]}."
    if kind == "first":
        return p.first
    if kind == "surname":
        return surname(p)
    return full_name(p).upper()


def outlook_name(rng: random.Random, p: Person) -> str:
    ini = _initials(rng, p)
    style = rng.random()
    if p.tussen and style < 0.5:
        base = f"{p.last}, {ini} {p.tussen}"
    elif p.tussen:
        base = f"{surname(p)}, {ini}"
    else:
        base = f"{p.last}, {ini}"
    r = rng.random()
    if r < 0.5:
        return f"{base} ({p.first})"
    if r < 0.68:
        return base
    if r < 0.85:
        # "Achternaam, Voornaam" (Teams exports, some Outlook address books)
        return f"{p.last}, {p.first}{' ' + p.tussen if p.tussen else ''}"
    return full_name(p)


def _ascii(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email(rng: random.Random, p: Person) -> str:
    last = _ascii((p.tussen + p.last).replace(" ", "").replace("'", "").replace("-", "")).lower()
    first = _ascii(p.first).lower().replace("-", "")
    local = rng.choice([f"{first[0]}.{last}", f"{first}.{last}", f"{first}{last[:1]}", f"{first[0]}{last}"])
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def salutation(rng: random.Random, p: Person) -> str:
    if p.female:
        return rng.choice(["mevrouw", "mevr.", "mw.", "Mevrouw", "mw"])
    return rng.choice(["de heer", "dhr.", "De heer", "meneer", "dhr"])


# ---------------------------------------------------------------------------
# Document builder
# ---------------------------------------------------------------------------

class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.ents: list[tuple[int, int, str]] = []
        self.n = 0

    def add(self, s: str, label: str | None = None) -> "Builder":
        if label:
            self.ents.append((self.n, self.n + len(s), label))
        self.parts.append(s)
        self.n += len(s)
        return self

    def result(self):
        return "".join(self.parts), self.ents


def _fill(rng: random.Random, b: Builder, template: str) -> None:
    """Fill {org} {place} {law} {month} {day} {weekday} {nr} in a template, labelling orgs and places."""
    import re
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", template):
        b.add(template[pos:m.start()])
        key = m.group(1)
        if key == "org":
            b.add(rng.choice(ORGS), "ORG")
        elif key == "place":
            b.add(rng.choice(PLACES), "LOC")
        elif key == "law":
            b.add(rng.choice(LAWS))
        elif key == "month":
            b.add(rng.choice(MONTHS))
        elif key == "day":
            b.add(str(rng.randint(1, 28)))
        elif key == "weekday":
            b.add(rng.choice(WEEKDAYS))
        elif key == "nr":
            b.add(f"{rng.randint(2019, 2024)}-{rng.randint(100, 99999):05d}")
        elif key == "word":
            b.add(rng.choice(WORD_SURNAMES_AS_WORDS))
        elif key == "title":
            b.add(rng.choice(JOB_TITLES).lower())
        else:
            b.add(m.group(0))
        pos = m.end()
    b.add(template[pos:])


def _date_nl(rng):
    return f"{rng.choice(WEEKDAYS)} {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2024)} {rng.randint(7, 19)}:{rng.randint(0, 59):02d}"


def _date_en(rng):
    return f"{rng.choice(WEEKDAYS_EN)}, {rng.choice(MONTHS_EN)} {rng.randint(1, 28)}, {rng.randint(2019, 2024)} {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"


def _recipients(rng, b: Builder, sep: str = "; ", with_mail: bool | None = None):
    k = rng.choice([1, 1, 2, 3])
    for i in range(k):
        if i:
            b.add(sep)
        if rng.random() < 0.12:
            b.add(rng.choice(["Postbus Woo", "Woo-verzoeken", "Secretariaat DGMI", "Postbus Kamervragen"]))
            continue
        p = _pick_person(rng)
        b.add(outlook_name(rng, p), "PER")
        wm = rng.random() < 0.5 if with_mail is None else with_mail
        if wm:
            b.add(f" <{email(rng, p)}>")


def gen_email(rng: random.Random):
    b = Builder()
    en = rng.random() < 0.35
    keys = ("From", "Sent", "To", "Cc", "Subject") if en else ("Van", "Verzonden", "Aan", "CC", "Onderwerp")
    if rng.random() < 0.3:
        b.add(rng.choice(["-----Oorspronkelijk bericht-----\n", "-----Original Message-----\n", "________________________________\n"]))
    sender = _pick_person(rng)
    b.add(f"{keys[0]}: ").add(outlook_name(rng, sender), "PER")
    if rng.random() < 0.8:
        b.add(f" <{email(rng, sender)}>")
    b.add(f"\n{keys[1]}: {_date_en(rng) if en else _date_nl(rng)}\n{keys[2]}: ")
    _recipients(rng, b)
    if rng.random() < 0.5:
        b.add(f"\n{keys[3]}: ")
        _recipients(rng, b)
    b.add(f"\n{keys[4]}: ")
    _fill(rng, b, rng.choice(SUBJECTS))
    b.add("\n\n")
    if rng.random() < 0.8:
        to = _pick_person(rng)
        greet = rng.choice(["Beste", "Hoi", "Hallo", "Dag", "Goedemorgen"])
        if rng.random() < 0.75:
            b.add(f"{greet} ").add(to.first, "PER").add(",\n\n")
        else:
            b.add(f"Geachte {salutation(rng, to).replace('mw.', 'mevrouw').replace('dhr.', 'heer').replace('de heer', 'heer')} ").add(surname(to), "PER").add(",\n\n")
    for _ in range(rng.randint(1, 3)):
        _fill(rng, b, rng.choice(BODY_SENTENCES + RUNNING_PLAIN))
        b.add(" ")
    if rng.random() < 0.5:
        _running(rng, b)
    b.add("\n\n")
    if rng.random() < 0.6:
        _signature(rng, b, sender)
    else:
        b.add(rng.choice(["Groet,\n", "Gr.\n", "Groeten,\n", "Mvg\n", "Dank!\n"])).add(sender.first, "PER").add("\n")
    return b.result()


def _signature(rng, b: Builder, p: Person):
    b.add(rng.choice(["Met vriendelijke groet,\n\n", "Met vriendelijke groet,\n", "Vriendelijke groet,\n\n",
                      "Met hartelijke groet,\n\n", "Hartelijke groet,\n\n", "Kind regards,\n\n"]))
    if rng.random() < 0.2:
        b.add(rng.choice(["drs. ", "mr. ", "ir. ", "dr. ", "mr. drs. "]))
    b.add(name_form(rng, p, rng.choice(["full", "full", "full", "initials"])), "PER")
    b.add("\n")
    b.add(rng.choice(JOB_TITLES) + "\n")
    if rng.random() < 0.7:
        b.add(rng.choice(DIRECTIES), "ORG").add("\n")
    b.add(rng.choice(ORGS[:30]), "ORG").add("\n")
    if rng.random() < 0.6:
        b.add(f"Turfmarkt {rng.randint(1, 200)} | 25{rng.randint(10, 99)} {rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')} | ")
        b.add(rng.choice(PLACES[:8]), "LOC").add("\n")
    if rng.random() < 0.7:
        b.add(f"M 06-{rng.randint(10000000, 99999999)}\n")
    if rng.random() < 0.5:
        b.add(f"{email(rng, p)}\n")
    if rng.random() < 0.3:
        b.add(rng.choice(["Ik werk niet op woensdag.\n", "Aanwezig: ma t/m do\n", "www.rijksoverheid.nl\n"]))


def gen_signature(rng: random.Random):
    b = Builder()
    _fill(rng, b, rng.choice(BODY_SENTENCES))
    b.add("\n\n")
    _signature(rng, b, _pick_person(rng))
    return b.result()


def gen_contact(rng: random.Random):
    b = Builder()
    for _ in range(rng.randint(1, 3)):
        p = _pick_person(rng)
        field = rng.choice(["Contactpersoon", "Behandeld door", "Opgesteld door", "Paraaf", "Contactpersoon",
                            "Behandeld door", "Gecontroleerd door", "Auteur"])
        sep = rng.choice([": ", ":\n", "\n"])
        b.add(field + sep)
        if field == "Paraaf" and rng.random() < 0.5:
            b.add(name_form(rng, p, "initials"), "PER")
        else:
            if rng.random() < 0.25:
                b.add(salutation(rng, p) + " ")
            b.add(name_form(rng, p, rng.choice(["full", "initials", "full"])), "PER")
        if rng.random() < 0.5:
            b.add(rng.choice([f"\nT 070 {rng.randint(100, 999)} {rng.randint(1000, 9999)}", f"\n{email(rng, p)}",
                              f" ({rng.choice(['BZK', 'DJI', 'IND', 'JenV'])})", f", {rng.choice(JOB_TITLES).lower()}"]))
        b.add("\n")
        if rng.random() < 0.4:
            b.add(f"Datum: {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2024)}\n")
        if rng.random() < 0.3:
            b.add(f"Kenmerk: {rng.randint(1000000, 9999999)}\n")
    return b.result()


def _attendee(rng, b: Builder):
    p = _pick_person(rng)
    r = rng.random()
    if r < 0.15:
        b.add(salutation(rng, p) + " ").add(surname(p), "PER")
    else:
        b.add(name_form(rng, p, rng.choice(["full", "full", "initials", "surname"])), "PER")
    r = rng.random()
    if r < 0.35:
        b.add(" (").add(rng.choice(["BZK", "DJI", "IND", "JenV", "VWS", "COA", "NCTV", "UWV"]), "ORG").add(")")
    elif r < 0.5:
        b.add(f" ({rng.choice(['voorzitter', 'notulist', 'secretaris', 'DJI', 'BZK', 'IND'])})".replace("(DJI)", "(DJI)"))
        if b.parts[-1] in (" (DJI)", " (BZK)", " (IND)"):
            # label the org inside the brackets
            start = b.n - len(b.parts[-1]) + 2
            b.ents.append((start, start + 3, "ORG"))
    elif r < 0.6:
        b.add(f", {rng.choice(JOB_TITLES).lower()}")


def gen_attendees(rng: random.Random):
    b = Builder()
    if rng.random() < 0.5:
        b.add(rng.choice(["Verslag ", "Notulen ", "Actielijst "]))
        _fill(rng, b, rng.choice(["overleg {org}", "MT-overleg {day} {month}", "stuurgroep Woo", "bila {org}"]))
        b.add("\n")
    for field in ["Aanwezig", "Afwezig", "Notulist"]:
        if field != "Aanwezig" and rng.random() < 0.4:
            continue
        b.add(field + rng.choice([": ", ":\n"]))
        k = 1 if field == "Notulist" else rng.randint(1, 6)
        bullets = rng.random() < 0.3 and field == "Aanwezig"
        for i in range(k):
            if bullets:
                b.add(("\n" if i else "") + rng.choice(["- ", "• ", "* "]))
            elif i:
                b.add(", " if i < k - 1 or rng.random() < 0.5 else " en ")
            _attendee(rng, b)
        b.add("\n")
    if rng.random() < 0.5:
        b.add("\n1. Opening en mededelingen\n")
        _running(rng, b)
        b.add("\n")
    return b.result()


def gen_chat(rng: random.Random):
    b = Builder()
    people = [_pick_person(rng) for _ in range(rng.randint(2, 3))]
    forms = {id(p): name_form(rng, p, rng.choice(["full", "full", "first"])) for p in people}
    style = rng.random()
    d, mth, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2024)
    for _ in range(rng.randint(2, 6)):
        p = rng.choice(people)
        ts = f"{d:02d}-{mth:02d}-{y} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
        if style < 0.5:
            b.add(f"[{ts}] ")
        elif style < 0.8:
            b.add(f"{d:02d}-{mth:02d}-{y[2:] if isinstance(y, str) else str(y)[2:]} {ts[-5:]} - ")
        else:
            b.add(f"{ts[-5:]} ")
        b.add(forms[id(p)], "PER").add(": ")
        if rng.random() < 0.15:
            other = rng.choice(people)
            b.add(rng.choice(["@", ""])).add(other.first, "PER").add(" ")
        _fill(rng, b, rng.choice(CHAT_MSGS))
        b.add("\n")
    return b.result()


RUNNING_WITH_PERSON = [
    "Zoals besproken met {sal} {sur} van {org}.", "{Sal} {sur} belde over het Woo-verzoek.",
    "Ik heb {sal} {sur} gevraagd de stukken door te sturen.", "{role} {sur} heeft de Kamer geïnformeerd.",
    "{first} gaf aan dat de termijn wordt verlengd.", "Volgens {full} is het besluit in {month} genomen.",
    "Het gesprek met {full} ({org}) vond plaats in {place}.", "{full} neemt contact op met de {org}.",
    "Graag afstemmen met {first} voor {weekday}.", "De brief is ondertekend door {role} {sur}.",
    "{Sal} {sur} is niet akkoord met de tekst.", "Na overleg met {full} is besloten het stuk te weigeren.",
    "Actie: {first} stuurt de nota naar de {org}.", "{full} en {full2} werken het voorstel uit.",
    "Op verzoek van {role} {sur} wordt dit uitgezocht.", "{Sal} {sur} uit {place} diende een bezwaar in.",
    "Ik zie dat {first} dit al had doorgestuurd.", "Dit is afgestemd met {full} ({title}).",
    "Het {org} (contactpersoon {full}) levert de gegevens aan.", "Bel {first} even, die weet ervan.",
    "Heb je al iets gehoord van {sur} van de {org}?", "{sur} van het {org} komt ook.",
    "Vraag het anders even aan {first}.", "{first} heeft het stuk al getoetst.", "{first}, kun jij dit oppakken?",
    "Ik heb het voorgelegd aan {full}.", "Ook {first} en {first2} zijn akkoord.", "Volgens {first} klopt dit niet.",
    "De melding kwam van {full}, medewerker van de {org}.", "{full} (bewoner) vroeg naar de planning.",
    "Namens de {org} waren {full} en {full2} aanwezig.", "De voorzitter, {full}, opent de vergadering.",
    "Derde-belanghebbende {full} heeft een zienswijze ingediend.", "De naam van {full} moet worden gelakt.",
]
RUNNING_PLAIN = [
    "De {org} heeft het verzoek in {month} ontvangen.", "Op grond van de {law} wordt het besluit verdaagd.",
    "{word} heeft geen invloed op de planning.", "Het overleg in {place} is verplaatst naar {weekday}.",
    "De {title} van de {org} stuurt een reactie.", "Dit is {word} geworden.",
    "In {month} volgt een besluit van de {org}.", "De afdeling in {place} is akkoord.",
    "Zie ook het advies van de {org} over de {law}.", "Het dossier ligt bij de {title}.",
    "Met {word} kunnen we verder.", "De minister heeft de Kamer in {month} geïnformeerd.",
    "Er komt een brief van de staatssecretaris.", "De burgemeester van {place} is op de hoogte.",
    "In de winter is er minder capaciteit bij de {org}.", "Dat is voor de bakker.",
    "Een groen dossier betekent: geen actie nodig.", "De visser en de bakker uit het dorp werden gehoord.",
]


def _running(rng, b: Builder):
    import re
    p, q = _pick_person(rng), _pick_person(rng)
    t = rng.choice(RUNNING_WITH_PERSON)
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", t):
        b.add(t[pos:m.start()])
        k = m.group(1)
        if k in ("sal", "Sal"):
            s = salutation(rng, p)
            b.add(_cap(s) if k == "Sal" else s)
        elif k == "sur":
            b.add(surname(p), "PER")
        elif k == "role":
            r = rng.choice(ROLE_TITLES)
            b.add(_cap(r) if m.start() == 0 else r)
        elif k == "first":
            b.add(p.first, "PER")
        elif k == "full":
            b.add(name_form(rng, p, rng.choice(["full", "full", "initials"])), "PER")
        elif k == "full2":
            b.add(name_form(rng, q, "full"), "PER")
        elif k == "first2":
            b.add(q.first, "PER")
        else:
            _fill(rng, b, m.group(0))
        pos = m.end()
    b.add(t[pos:])


def gen_running(rng: random.Random):
    b = Builder()
    for i in range(rng.randint(1, 4)):
        if i:
            b.add(" ")
        if rng.random() < 0.65:
            _running(rng, b)
        else:
            _fill(rng, b, rng.choice(RUNNING_PLAIN))
    return b.result()


def gen_negative(rng: random.Random):
    b = Builder()
    for i in range(rng.randint(1, 4)):
        if i:
            b.add(rng.choice([" ", "\n"]))
        r = rng.random()
        if r < 0.5:
            _fill(rng, b, rng.choice(RUNNING_PLAIN))
        elif r < 0.7:
            b.add(rng.choice(JOB_TITLES)).add("\n")
            b.add(rng.choice(DIRECTIES), "ORG")
        elif r < 0.85:
            b.add(rng.choice(["Onderwerp: ", "Betreft: ", "Kenmerk: ", "Datum: "]))
            _fill(rng, b, rng.choice(["Woo-besluit {nr}", "{day} {month} 2022", "advies {law}", "overleg {org}"]))
        else:
            b.add(f"Artikel {rng.randint(1, 10)}.{rng.randint(1, 9)} {rng.choice(LAWS)}, {rng.choice(MONTHS)}")
    return b.result()


def gen_table(rng: random.Random):
    b = Builder()
    b.add(rng.choice(["Presentielijst ", "Deelnemerslijst ", "Overzicht contactpersonen ", "Verzendlijst "]))
    _fill(rng, b, rng.choice(["{place}, {day} {month}", "overleg {org}", "{month} 2023", "bijeenkomst {place}"]))
    b.add("\n\n")
    sep = rng.choice([" | ", "\t", " - ", "  "])
    b.add("Naam" + sep + rng.choice(["Organisatie", "Functie", "Namens", "Afdeling"]) + "\n")
    for _ in range(rng.randint(2, 6)):
        p = _pick_person(rng)
        b.add(name_form(rng, p, rng.choice(["full", "full", "initials"])), "PER").add(sep)
        if rng.random() < 0.6:
            b.add(rng.choice(ORGS), "ORG")
        else:
            b.add(rng.choice(JOB_TITLES).lower())
        b.add("\n")
    return b.result()


def _with_heading(gen):
    def g(rng: random.Random):
        text, ents = gen(rng)
        if rng.random() < 0.35:
            head = rng.choice(DOC_HEADINGS) + rng.choice(["\n", "\n\n", ": "])
            return head + text, [(s + len(head), e + len(head), lab) for s, e, lab in ents]
        return text, ents
    g.__name__ = gen.__name__
    return g


GENERATORS = [(gen_email, 0.25), (_with_heading(gen_signature), 0.09), (_with_heading(gen_contact), 0.11),
              (_with_heading(gen_attendees), 0.14), (gen_chat, 0.11), (_with_heading(gen_running), 0.17),
              (_with_heading(gen_negative), 0.08), (gen_table, 0.05)]


# ---------------------------------------------------------------------------
# v5 (issue 18): parliamentary and council structures, and negatives for project names and organisations
# without a cue word. Shapes taken from the public structure of Handelingen and council minutes (attendance
# lists without titles, "de heer X, minister van ...", speaker lines, "Raadsleden: de dames ..."); every name
# is generated from the lists above, never copied from a document.
# ---------------------------------------------------------------------------

PARL_WEIGHTS = {"dutch": 0.62, "frisian": 0.1, "turkish": 0.06, "moroccan": 0.06, "surinamese": 0.05,
                "hindustani": 0.04, "moluccan": 0.03, "chinese": 0.02, "polish": 0.02}
PARTIES = ["VVD", "CDA", "D66", "PvdA", "SP", "GroenLinks", "PVV", "ChristenUnie", "SGP", "PvdD", "DENK",
           "JA21", "BBB", "NSC", "Volt", "50PLUS", "FvD", "GL-PvdA", "Leefbaar Rotterdam", "Stadsbelang",
           "Lokaal Belang", "Gemeentebelangen"]
MINISTRIES = ["Binnenlandse Zaken en Koninkrijksrelaties", "Justitie en Veiligheid", "Financiën",
              "Volksgezondheid, Welzijn en Sport", "Onderwijs, Cultuur en Wetenschap", "Infrastructuur en Waterstaat",
              "Economische Zaken en Klimaat", "Sociale Zaken en Werkgelegenheid", "Buitenlandse Zaken", "Defensie",
              "Landbouw, Natuur en Voedselkwaliteit", "Klimaat en Groene Groei", "Asiel en Migratie"]
OFFICES = ["minister", "staatssecretaris", "minister-president, minister van Algemene Zaken", "minister voor Rechtsbescherming",
           "minister voor Primair en Voortgezet Onderwijs", "minister voor Medische Zorg"]
PARL_SENTENCES = [
    "Ik geef het woord aan {sal} {sur}.", "Dank u wel, voorzitter.", "Ik dank de minister voor de beantwoording.",
    "Dan is het woord aan {sal} {sur} namens de fractie van de {party}.", "{Sal} {sur} heeft een interruptie.",
    "Ik sluit mij aan bij de woorden van {sal} {sur}.", "De motie is ingediend door de leden {sur} en {sur2}.",
    "De vergadering wordt van 12.15 uur tot 13.00 uur geschorst.", "Ik schors de vergadering voor enkele minuten.",
    "Aan de orde is de stemming over de motie van het lid {sur} over de Woo.", "De beraadslaging wordt gesloten.",
    "Het lid {sur} wijst erop dat de gemeente {place} de brief nog niet heeft ontvangen.",
    "Ik heb een vraag aan de staatssecretaris.", "Wethouder {sur} zegt toe de raad te informeren.",
    "Voorzitter. Ik kom bij het amendement van {sal} {sur}.", "Ik zie dat {sal} {sur} wil interrumperen.",
]
PROJECT_ADJ = ["Hollandse", "Zeeuwse", "Friese", "Groningse", "Brabantse", "Limburgse", "Utrechtse", "Gelderse",
               "Drentse", "Noord-Hollandse", "Zuid-Hollandse", "Twentse", "Veluwse", "Westfriese", "Oostelijke"]
PROJECT_NOUN = ["Kust", "Delta", "Poort", "Waard", "Vaart", "Heuvelrug", "Zoom", "Wadden", "Vallei", "Dijk",
                "Haven", "Plassen", "Venen", "Lanen", "Meren", "Kanaalzone", "Zandgronden", "Baai"]
PROJECT_DIR = ["Noord", "Zuid", "West", "Oost", "Zuidwest", "Noordwest", "Centraal", "II", "III", "A", "B", ""]
ORG_HEAD = ["Wageningen", "Delft", "Utrecht", "Twente", "Groningen", "Leiden", "Eindhoven", "Rotterdam",
            "Maastricht", "Nijmegen", "Holland", "Noordzee", "Agro", "Bio", "Water", "Energy", "Green", "Smart"]
ORG_MID = ["Bioveterinary", "Environmental", "Economic", "Marine", "Plant", "Food Safety", "Livestock", "Water",
           "Climate", "Health", "Data", "Innovation", "Energy", "Soil", "Social"]
ORG_TAIL = ["Research", "Institute", "Centre", "Lab", "Campus", "Partners", "Solutions", "Hub", "Consortium"]
ORG_CUE_FREE = ["Filmhuis", "Theater", "Poppodium", "Museum", "Stichting", "Bibliotheek", "Zorggroep", "Wooncorporatie",
                "Sportcentrum", "Jongerencentrum", "Kulturhus", "Dorpshuis"]
ORG_WORD = ["Aurora", "Nova", "Vita", "Terra", "Aqua", "Forte", "Primo", "Horizon", "Cinema Plus", "De Vonk",
            "Het Anker", "Orion", "Pallas", "Libra", "Quadrant", "De Kroon", "Vitaal", "Spectrum"]


def _parl_person(rng):
    return _pick_person(rng, weights=PARL_WEIGHTS)


def _list_name(rng, p: Person) -> str:
    """An attendance list item: mostly the surname alone ("Van der Graaf"), sometimes with initials (two members
    with one surname), a double name, or one joined by a spaced dash."""
    r = rng.random()
    sur = surname(p)
    if r < 0.14:
        return f"{_initials(rng, p)} {p.tussen + ' ' if p.tussen else ''}{p.last}"
    if r < 0.24 and "-" not in sur:
        o = _parl_person(rng)
        second = (o.tussen + " " if o.tussen else "") + o.last
        return f"{sur}{rng.choice(['-', '-', ' – ', ' - '])}{second}"
    return sur


def _comma_list(rng, b: Builder, items: int, make) -> None:
    for i in range(items):
        if i:
            b.add(" en " if i == items - 1 and rng.random() < 0.8 else ", ")
        make()


def gen_parliament(rng: random.Random):
    b = Builder()
    r = rng.random()
    if r < 0.45:
        # attendance list of a plenary sitting, no titles
        n = rng.randint(12, 70)
        b.add(rng.choice([f"Tegenwoordig zijn {n + rng.randint(0, 80)} leden, te weten:",
                          f"Aanwezig zijn {n + rng.randint(0, 80)} leden der Kamer, te weten:",
                          f"Tegenwoordig zijn {n} leden, te weten:", "Aanwezig zijn de leden:"]))
        b.add(rng.choice(["\n", " ", "\n\n"]))
        _comma_list(rng, b, n, lambda: b.add(_list_name(rng, _parl_person(rng)), "PER"))
        if rng.random() < 0.7:
            b.add(",\n\nen " if rng.random() < 0.5 else ", en ")
            for i in range(rng.randint(1, 4)):
                p = _parl_person(rng)
                if i:
                    b.add(", ")
                b.add(("mevrouw " if p.female else "de heer ")).add(surname(p), "PER")
                off = rng.choice(OFFICES)
                b.add(f", {off}" + ("" if "," in off or " voor " in off else f" van {rng.choice(MINISTRIES)}"))
            b.add(".")
    elif r < 0.8:
        # speaker lines and short turns
        for _ in range(rng.randint(2, 5)):
            p = _parl_person(rng)
            k = rng.random()
            if k < 0.45:
                b.add("De heer " if not p.female else "Mevrouw ").add(surname(p), "PER")
                b.add(" (").add(rng.choice(PARTIES), "ORG").add("):")
            elif k < 0.75:
                b.add("De heer " if not p.female else "Mevrouw ").add(surname(p), "PER")
                off = rng.choice(OFFICES[:2])
                b.add(f", {off} van {rng.choice(MINISTRIES)}:")
            elif k < 0.9:
                b.add(rng.choice(["Minister ", "Staatssecretaris ", "Wethouder ", "Gedeputeerde "])).add(surname(p), "PER").add(":")
            else:
                b.add("De voorzitter:")
            b.add(rng.choice(["\n", " "]))
            _parl_sentence(rng, b)
            b.add("\n")
    else:
        # running mention with office after a comma
        p = _parl_person(rng)
        b.add(rng.choice(["Het woord is aan ", "Ik heet ", "Aanwezig is ", "Namens het kabinet is aanwezig "]))
        b.add("mevrouw " if p.female else "de heer ").add(surname(p), "PER")
        b.add(f", {rng.choice(OFFICES[:2])} van {rng.choice(MINISTRIES)}")
        b.add(rng.choice([".", ", welkom.", ", en ik geef haar het woord." if p.female else ", en ik geef hem het woord."]))
        b.add(" ")
        _parl_sentence(rng, b)
    return b.result()


def _parl_sentence(rng, b: Builder):
    import re
    t = rng.choice(PARL_SENTENCES)
    p, q = _parl_person(rng), _parl_person(rng)
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", t):
        b.add(t[pos:m.start()])
        k = m.group(1)
        if k in ("sal", "Sal"):
            s = "mevrouw" if p.female else "de heer"
            b.add(_cap(s) if k == "Sal" else s)
        elif k == "sur":
            b.add(surname(p), "PER")
        elif k == "sur2":
            b.add(surname(q), "PER")
        elif k == "party":
            b.add(rng.choice(PARTIES), "ORG")
        else:
            _fill(rng, b, m.group(0))
        pos = m.end()
    b.add(t[pos:])


def _council_member(rng, b: Builder, style: str):
    p = _parl_person(rng)
    if style == "initials":
        b.add(f"{_initials(rng, p)} {p.tussen + ' ' if p.tussen else ''}{p.last}", "PER")
    elif style == "bracket":
        # display name with the first name in brackets: "C.P. (Coert) Bregman"
        b.add(f"{_initials(rng, p)} ({p.first}) {p.tussen + ' ' if p.tussen else ''}{p.last}", "PER")
    elif style == "spaced_dash":
        o = _parl_person(rng)
        b.add(f"{p.first} {p.tussen + ' ' if p.tussen else ''}{p.last} – {o.tussen + ' ' if o.tussen else ''}{o.last}", "PER")
    else:
        b.add(full_name(p), "PER")
    if rng.random() < 0.6:
        b.add(" (").add(rng.choice(PARTIES), "ORG").add(")")


def gen_council(rng: random.Random):
    b = Builder()
    b.add(rng.choice(["Notulen van de openbare vergadering van de gemeenteraad van ", "Verslag van de raadsvergadering ",
                      "Besluitenlijst van de vergadering van Provinciale Staten van ", "Verslag commissie Bestuur "]))
    b.add(rng.choice(PLACES), "LOC").add(f", gehouden op {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2025)}\n\n")
    styles = ["initials", "initials", "full", "bracket", "spaced_dash"]
    style = rng.choice(styles)
    p = _parl_person(rng)
    b.add("Aanwezig:\n" if rng.random() < 0.5 else "")
    b.add("Voorzitter: ")
    b.add(f"{_initials(rng, p)} {p.tussen + ' ' if p.tussen else ''}{p.last}", "PER")
    b.add(rng.choice([" (burgemeester)", "", " (voorzitter)"]) + "\n")
    p = _parl_person(rng)
    b.add("Griffier: ").add(full_name(p) if rng.random() < 0.5 else f"{_initials(rng, p)} {p.tussen + ' ' if p.tussen else ''}{p.last}", "PER").add("\n")
    b.add(rng.choice(["Raadsleden: ", "Leden: ", "Statenleden: ", "Aanwezige leden: "]))
    if rng.random() < 0.4:
        b.add("de dames ")
        _comma_list(rng, b, rng.randint(2, 6), lambda: _council_member(rng, b, style))
        b.add(" en de heren ")
    _comma_list(rng, b, rng.randint(3, 14), lambda: _council_member(rng, b, rng.choice(styles)))
    b.add("\n")
    b.add(rng.choice(["Wethouders: ", "Gedeputeerden: ", "College: "]))
    for i in range(rng.randint(1, 4)):
        q = _parl_person(rng)
        if i:
            b.add(", " if rng.random() < 0.6 else "\n")
        if rng.random() < 0.5:
            # name then function, capitalised ("J. Hamster Wethouder")
            b.add(f"{_initials(rng, q)} {q.tussen + ' ' if q.tussen else ''}{q.last}", "PER").add(rng.choice([" Wethouder", " wethouder", " Gedeputeerde"]))
        else:
            b.add(f"{_initials(rng, q)} {q.tussen + ' ' if q.tussen else ''}{q.last}", "PER")
    b.add("\n")
    if rng.random() < 0.5:
        b.add("Afwezig met kennisgeving: ")
        _comma_list(rng, b, rng.randint(1, 3), lambda: _council_member(rng, b, rng.choice(styles)))
        b.add("\n")
    if rng.random() < 0.6:
        b.add("\n")
        _parl_sentence(rng, b)
    return b.result()


def _project_name(rng) -> str:
    return " ".join(w for w in [rng.choice(PROJECT_ADJ), rng.choice(PROJECT_NOUN), rng.choice(PROJECT_DIR)] if w)


def _cue_free_org(rng) -> str:
    r = rng.random()
    if r < 0.5:
        return " ".join([rng.choice(ORG_HEAD), rng.choice(ORG_MID), rng.choice(ORG_TAIL)])
    if r < 0.8:
        return f"{rng.choice(ORG_CUE_FREE)} {rng.choice(ORG_WORD)}"
    return f"{rng.choice(ORG_HEAD)} {rng.choice(ORG_TAIL)}"


def gen_projects(rng: random.Random):
    """Negatives: area and project names (LOC or no label) and organisations without a cue word (ORG), in the
    letters and minutes where they occur; a person now and then so that the context is not all negative."""
    b = Builder()
    for i in range(rng.randint(1, 3)):
        if i:
            b.add(" ")
        k = rng.random()
        name = _project_name(rng)
        if k < 0.2:
            b.add(rng.choice(["Het windenergiegebied ", "Het kavel ", "Windpark ", "Het gebied "])).add(name, "LOC")
            b.add(rng.choice([" wordt in 2027 aangewezen.", " ligt voor de kust.", " is opgenomen in de routekaart."]))
        elif k < 0.4:
            q = rng.choice(['"', '“', "'", "‘"])
            close = {'"': '"', '“': '”', "'": "'", "‘": "’"}[q]
            b.add(rng.choice(["Het project ", "Het programma ", "De pilot ", "De aanbesteding ", "Het plan "]))
            b.add(q + name + close)
            b.add(rng.choice([" is vertraagd.", " loopt tot 2026.", " valt onder de Woo.", " is besproken in de raad."]))
        elif k < 0.55:
            b.add(rng.choice(["In ", "Rond ", "Voor "])).add(name, "LOC")
            b.add(rng.choice([" zijn metingen gedaan.", " is overlast gemeld.", " komt een nieuwe aansluiting."]))
        else:
            org = _cue_free_org(rng)
            t = rng.choice(["{org} heeft het onderzoek uitgevoerd.", "Het advies van {org} is bijgevoegd.",
                            "Uit de rapportage van {org} blijkt dat de risico's beperkt zijn.",
                            "{org} ontvangt een subsidie van de provincie.", "Namens {org} was {per} aanwezig.",
                            "De gemeente heeft een overeenkomst gesloten met {org}.", "{org} ({per}) reageerde per mail."])
            pos = 0
            import re
            for m in re.finditer(r"\{(\w+)\}", t):
                b.add(t[pos:m.start()])
                if m.group(1) == "org":
                    b.add(org, "ORG")
                else:
                    b.add(name_form(rng, _pick_person(rng), rng.choice(["full", "initials"])), "PER")
                pos = m.end()
            b.add(t[pos:])
    return b.result()


GENERATORS_V5 = GENERATORS + [(gen_parliament, 0.12), (_with_heading(gen_council), 0.08), (gen_projects, 0.08)]


def generate(n: int, seed: int, v5: bool = True):
    rng = random.Random(seed)
    gens, weights = zip(*(GENERATORS_V5 if v5 else GENERATORS))
    for _ in range(n):
        g = rng.choices(gens, weights=weights)[0]
        yield g(rng)


def all_train_name_tokens() -> set[str]:
    toks = set()
    for d in NAMES.values():
        for key in ("first_m", "first_f", "last"):
            for n in d[key]:
                toks.update(n.replace("-", " ").split())
    return toks


if __name__ == "__main__":
    for text, ents in generate(12, 1):
        print("-" * 60)
        print(text)
        print([(text[s:e], l) for s, e, l in ents])
