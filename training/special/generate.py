"""Training sentences for the special-categories classifier (models/nl_special), made from templates.

SPECIAL: a sentence that states a health, religion, origin, union, orientation or criminal-law fact about one
person (a name, a pronoun, u/uw, ik/mijn, a role noun). GENERAL: statements about groups, policy, numbers and
institutions with the same words, sentences where a person talks *about* such a topic, and ordinary letter
sentences with words that are also category words ("uw aanvraag wordt behandeld"). Fictional; fixed seed.
None of the sentences of bench/special/ (the evaluation set) is produced here.
"""

from __future__ import annotations

import random

# subject, person (1: ik, 2: u, 3: third), possessive
SUBJECTS = [
    ("Mevrouw Jansen", 3, "haar"), ("De heer Pinas", 3, "zijn"), ("Mevrouw El Amrani", 3, "haar"),
    ("De heer Van der Berg", 3, "zijn"), ("Jan de Vries", 3, "zijn"), ("Sanne Kok", 3, "haar"),
    ("Hij", 3, "zijn"), ("Zij", 3, "haar"), ("Ze", 3, "haar"), ("Betrokkene", 3, "zijn"),
    ("De medewerker", 3, "zijn"), ("De medewerkster", 3, "haar"), ("Cliënt", 3, "zijn"),
    ("De gedetineerde", 3, "zijn"), ("Verzoeker", 3, "zijn"), ("Verzoekster", 3, "haar"),
    ("De aanvrager", 3, "zijn"), ("De werknemer", 3, "zijn"), ("De patiënt", 3, "zijn"),
    ("Uw zoon", 3, "zijn"), ("Uw dochter", 3, "haar"), ("Uw partner", 3, "zijn"), ("Mijn vader", 3, "zijn"),
    ("Mijn moeder", 3, "haar"), ("Zijn vrouw", 3, "haar"), ("Haar man", 3, "zijn"), ("De bewoner", 3, "zijn"),
    ("Belanghebbende", 3, "zijn"), ("De klager", 3, "zijn"), ("Collega Bakker", 3, "zijn"),
    ("U", 2, "uw"), ("Ik", 1, "mijn"),
]
VERBS = {  # infinitive-ish key -> (ik, u, hij)
    "zijn": ("ben", "bent", "is"), "hebben": ("heb", "heeft", "heeft"), "worden": ("word", "wordt", "wordt"),
    "zitten": ("zit", "zit", "zit"), "gebruiken": ("gebruik", "gebruikt", "gebruikt"),
    "gaan": ("ga", "gaat", "gaat"), "dragen": ("draag", "draagt", "draagt"), "behoren": ("behoor", "behoort", "behoort"),
    "voelen": ("voel", "voelt", "voelt"), "staan": ("sta", "staat", "staat"), "krijgen": ("krijg", "krijgt", "krijgt"),
    "slikken": ("slik", "slikt", "slikt"), "kunnen": ("kan", "kunt", "kan"), "verblijven": ("verblijf", "verblijft", "verblijft"),
    "bezoeken": ("bezoek", "bezoekt", "bezoekt"), "lijden": ("lijd", "lijdt", "lijdt"), "werken": ("werk", "werkt", "werkt"),
}
REFLEXIVE = {1: "me", 2: "zich", 3: "zich"}

CONDITIONS = ["een burn-out", "diabetes", "kanker", "longkanker", "een depressie", "reuma", "epilepsie", "een hernia",
              "long covid", "ADHD", "een angststoornis", "dementie", "de ziekte van Parkinson", "astma", "een psychose",
              "hartfalen", "een hersenschudding", "een gebroken been", "rugklachten", "psychische klachten",
              "een eetstoornis", "PTSS", "niet-aangeboren hersenletsel", "COPD", "migraine", "artrose", "hiv",
              "een alcoholverslaving", "een gokverslaving", "autisme", "een bipolaire stoornis", "schizofrenie"]
INSTITUTIONS = ["het ziekenhuis", "het UMC Utrecht", "een psychiatrische kliniek", "de GGZ", "Parnassia",
                "een verpleeghuis", "het revalidatiecentrum", "de Jellinek", "een ggz-instelling", "het Erasmus MC",
                "een hospice", "Tactus", "het AMC", "een instelling voor beschermd wonen", "de verslavingszorg"]
MEDICATION = ["antidepressiva", "insuline", "methadon", "morfine", "ritalin", "lithium", "oxazepam", "zware pijnstillers",
              "medicijnen tegen epilepsie", "slaapmiddelen", "antipsychotica", "medicatie voor zijn hart"]
OPERATIONS = ["de knieoperatie", "de heupoperatie", "de operatie", "de hartoperatie", "de rugoperatie", "de bestralingen",
              "de chemotherapie", "de revalidatie", "het ongeluk", "de hersenschudding"]
TIMES = ["maart", "januari", "vorig jaar", "de zomer", "drie weken", "half oktober", "2022", "enige tijd", "kort"]
RELIGIONS = ["moslim", "katholiek", "joods", "hindoe", "boeddhist", "protestants", "lid van de Gereformeerde Gemeente",
             "Jehova's getuige", "lid van een evangelische gemeente", "gelovig christen", "sikh"]
WORSHIP = ["de moskee", "de kerk", "de synagoge", "de tempel", "de mandir", "de gurdwara"]
ORIGINS = ["Marokkaanse", "Turkse", "Surinaamse", "Antilliaanse", "Molukse", "Koerdische", "Hindostaanse",
           "Eritrese", "Poolse", "Syrische", "Somalische", "Creoolse"]
GROUPS = ["de Roma-gemeenschap", "de Sinti", "de Molukse gemeenschap", "een woonwagenfamilie"]
UNIONS = ["de FNV", "het CNV", "de vakbond", "de VCP", "AC/FBZ", "de bond"]
ORIENTATIONS = ["homoseksueel", "lesbisch", "biseksueel", "transgender", "non-binair", "homo"]
CRIMES = ["mishandeling", "diefstal", "fraude", "witwassen", "drugshandel", "verduistering", "inbraak", "bedreiging",
          "stalking", "een overval", "huiselijk geweld", "een zedendelict", "oplichting", "heling"]
DETENTION = ["in voorlopige hechtenis", "in de gevangenis", "in detentie", "in het huis van bewaring",
             "in de PI Zwolle", "vast", "in verzekering"]

# -- general statements -------------------------------------------------------------------------
ACTORS = ["Het kabinet", "De gemeente", "De minister", "De inspectie", "Het ministerie", "De raad", "Het OM",
          "Zorgverzekeraars", "De GGD", "De provincie", "Het college", "De Tweede Kamer", "De staatssecretaris",
          "Het RIVM", "De werkgroep", "Het CBS", "De rechtbank", "De politie", "Het onderzoeksbureau", "De ombudsman"]
ACTIONS = ["wil meer aandacht voor", "onderzoekt", "investeert in", "bespreekt", "publiceert een rapport over",
           "maakt zich zorgen over", "trekt extra geld uit voor", "evalueert", "stelt regels op voor",
           "verwacht een stijging van", "komt met een plan voor", "heeft vragen gesteld over", "voert beleid op"]
TOPICS = ["de wachtlijsten in de GGZ", "het ziekteverzuim in de sector", "de capaciteit van de gevangenissen",
          "de zorg voor mensen met een beperking", "het re-integratiebeleid", "de bouw van een nieuwe moskee",
          "de cao-onderhandelingen met de vakbonden", "discriminatie op grond van afkomst", "de aanpak van huiselijk geweld",
          "de kosten van de jeugdzorg", "de vaccinatiegraad", "de behandeling van depressie in de huisartsenzorg",
          "het aantal gedetineerden", "de opvang van verslaafden", "de veiligheid van LHBTI-personen",
          "de toegankelijkheid van gebouwen voor rolstoelgebruikers", "de verpleeghuiszorg", "het medicijngebruik onder jongeren",
          "de recidive onder ex-gedetineerden", "de positie van mensen met een migratieachtergrond",
          "het lidmaatschap van vakbonden", "de taakstraffen voor jongeren", "de wachttijden voor operaties",
          "het tekort aan huisartsen", "de sluiting van kerken", "de arbeidsongeschiktheid van zzp'ers",
          "de voorlopige hechtenis van minderjarigen", "de financiering van ziekenhuizen", "de zorg voor dementerende ouderen",
          "de vervolging van fraudeurs", "de behandeling van het wetsvoorstel", "de ramadan en de schooltijden"]
COUNTS = ["Het aantal gedetineerden", "Het ziekteverzuim", "Het aantal ziekmeldingen", "Het aantal vakbondsleden",
          "Het aantal opnames in psychiatrische klinieken", "Het aantal veroordelingen voor diefstal",
          "Het aantal verdachten van witwassen", "Het percentage werknemers met een burn-out",
          "Het aantal mensen met diabetes", "Het aantal kerkgangers", "Het verzuim onder leraren",
          "Het aantal meldingen van discriminatie", "Het aantal aanhoudingen", "Het gebruik van antidepressiva"]
TRENDS = ["steeg in {year}", "daalde vorig jaar", "is in de regio hoger dan landelijk", "blijft stabiel",
          "nam in {year} licht toe", "is sinds {year} gehalveerd", "ligt boven het gemiddelde"]
TALK = ["presenteerde de cijfers over", "lichtte toe hoe het zit met", "vroeg naar", "schreef een notitie over",
        "wees op", "gaf een toelichting op", "stuurde een memo over", "sprak met de wethouder over",
        "heeft een vraag gesteld over", "coördineert het project over", "leidt het onderzoek naar"]
LETTER = ["Uw aanvraag wordt behandeld door de afdeling Vergunningen.", "De behandeling van uw bezwaar duurt zes weken.",
          "Wij hebben telefonisch contact met u opgenomen.", "Uw reactie is opgenomen in het verslag.",
          "Uw verzoek is in behandeling genomen.", "Hij heeft de stukken opgenomen in het dossier.",
          "U kunt uw vragen stellen aan de medewerker van het klantcontactcentrum.",
          "De medewerker van het ziekenhuis belde over de planning van de verbouwing.",
          "Zij is beleidsmedewerker bij de afdeling Jeugdzorg.", "Hij werkt als jurist bij de vakbond.",
          "De hoorzitting over uw bezwaar is op 12 mei.", "U ontvangt de beschikking binnen acht weken.",
          "Ik stuur u hierbij de gevraagde stukken.", "Zij is morgen niet op kantoor.",
          "Hij is op vakantie tot maandag.", "Mevrouw Jansen heeft de notulen rondgestuurd.",
          "De heer Pinas neemt het dossier over.", "Uw aanvraag voor een parkeervergunning is toegekend.",
          "De medewerker heeft uw klacht doorgestuurd naar de juiste afdeling.",
          "Betrokkene heeft op 3 maart bezwaar gemaakt tegen het besluit.",
          "U heeft recht op een vergoeding van de reiskosten.", "Zij heeft het verzoek op tijd ingediend.",
          "De officier van justitie heeft de zaak geseponeerd wegens gebrek aan bewijs tegen de onderneming.",
          "Hij verwees naar het proces-verbaal van de vergadering.", "Uw zaak wordt behandeld door mr. De Groot.",
          "Zij gaf aan dat de kerk in het weekend gesloten is.", "Hij meldde dat het ziekenhuis een nieuwe vleugel krijgt.",
          "U kunt met vragen over corona terecht bij de GGD.", "Wij bespreken de ziekteverzuimcijfers in het overleg.",
          "De medewerker heeft een training gevolgd over de omgang met agressieve klanten."]


def _verb(key: str, person: int) -> str:
    return VERBS[key][person - 1]


def positives(rng: random.Random) -> list[str]:
    out = []
    for subj, person, poss in SUBJECTS:
        v = lambda k: _verb(k, person)  # noqa: E731
        refl = REFLEXIVE[person]
        c, c2, inst, med = rng.choice(CONDITIONS), rng.choice(CONDITIONS), rng.choice(INSTITUTIONS), rng.choice(MEDICATION)
        op, t = rng.choice(OPERATIONS), rng.choice(TIMES)
        low = subj if subj in ("U",) or person != 3 or subj[0].isupper() and subj.split()[0] not in ("Hij", "Zij", "Ze") else subj
        inner = subj.lower() if subj in ("Hij", "Zij", "Ze", "Ik", "U") else subj[0].lower() + subj[1:] if subj.split()[0] in ("De", "Uw", "Mijn", "Zijn", "Haar") else subj
        out += [
            f"{subj} {v('hebben')} {c}.", f"{subj} {v('zijn')} sinds {t} ziek.",
            f"{subj} {v('zijn')} in {t} opgenomen in {inst}.", f"{subj} {v('worden')} behandeld voor {c.replace('een ', '')}.",
            f"{subj} {v('zijn')} in behandeling bij {inst} wegens {c2}.", f"{subj} {v('gebruiken')} {med}.",
            f"{subj} {v('zijn')} na {op} nog niet hersteld en {v('werken')} halve dagen.",
            f"{subj} {v('hebben')} {refl} op {rng.randint(1, 28)} {rng.choice(['maart', 'mei', 'juni'])} ziek gemeld.",
            f"{subj} {v('zijn')} sinds {t} volledig arbeidsongeschikt.", f"{subj} {v('slikken')} dagelijks {med}.",
            f"Volgens de bedrijfsarts {v('kunnen')} {inner} door {c} voorlopig niet werken.",
            f"{subj} {v('zitten')} sinds {t} in een rolstoel.", f"{subj} {v('hebben')} een {rng.choice(['verstandelijke', 'lichamelijke', 'visuele'])} beperking.",
            f"{subj} {v('zijn')} {rng.choice(['blind', 'doof', 'slechtziend', 'slechthorend', 'zwanger', 'chronisch ziek', 'overspannen', 'depressief'])}.",
            f"{subj} {v('verblijven')} sinds {t} in {inst}.", f"Uit het dossier blijkt dat {inner} aan {c} {'lijdt' if person != 1 else 'lijd'}.",
            f"{subj} {v('zijn')} {rng.choice(RELIGIONS)}.", f"{subj} {v('gaan')} elke week naar {rng.choice(WORSHIP)}.",
            f"{subj} {v('dragen')} vanwege {poss} geloof een hoofddoek.", f"{subj} {v('bezoeken')} op vrijdag {rng.choice(WORSHIP)}.",
            f"{subj} {v('zijn')} van {rng.choice(ORIGINS)} afkomst.", f"{subj} {v('behoren')} tot {rng.choice(GROUPS)}.",
            f"{subj} {v('voelen')} {refl} gediscrimineerd vanwege {poss} {rng.choice(['huidskleur', 'afkomst', 'etnische achtergrond'])}.",
            f"{subj} {v('zijn')} lid van {rng.choice(UNIONS)}.", f"{subj} {v('worden')} bijgestaan door een vakbondsjurist van {rng.choice(UNIONS)}.",
            f"{subj} {v('zijn')} kaderlid van {rng.choice(UNIONS)}.",
            f"{subj} {v('zijn')} {rng.choice(ORIENTATIONS)}.", f"{subj} {v('zijn')} open over {poss} {rng.choice(['homoseksualiteit', 'geaardheid', 'transitie'])}.",
            f"{subj} {v('zitten')} sinds {t} {rng.choice(DETENTION)}.", f"{subj} {v('zijn')} in {rng.randint(2010, 2023)} veroordeeld voor {rng.choice(CRIMES)}.",
            f"{subj} {v('zijn')} aangehouden op verdenking van {rng.choice(CRIMES)}.", f"{subj} {v('hebben')} een strafblad.",
            f"{subj} {v('worden')} verdacht van {rng.choice(CRIMES)}.", f"{subj} {v('krijgen')} een taakstraf van {rng.choice([40, 60, 80, 120])} uur.",
            f"{subj} {v('dragen')} een enkelband.", f"{subj} {v('staan')} onder toezicht van de reclassering.",
        ]
    # A fact is often followed by another clause: "... heeft diabetes en vroeg om uitstel".
    tails = ["en vroeg om uitstel", "en werkt voorlopig halve dagen", "en heeft om een gesprek gevraagd",
             "en woont sinds kort in Utrecht", "en kan daarom niet naar de hoorzitting komen", "en vraagt om begrip",
             "en ondergaat nu een behandeling", "en vreest de gevolgen", "en zoekt ander werk", "maar wil wel blijven werken"]
    out += [f"{s[:-1]} {rng.choice(tails)}." for s in rng.sample(out, len(out) // 3)]
    # objects and subordinate clauses
    for name in ["mevrouw Jansen", "de heer Pinas", "hem", "haar", "u", "betrokkene", "de medewerker", "uw zoon"]:
        out += [f"Tegen {name} loopt een strafrechtelijk onderzoek naar {rng.choice(CRIMES)}.",
                f"De rechtbank heeft {name} veroordeeld tot een gevangenisstraf van {rng.randint(2, 30)} maanden.",
                f"Bij {name} is {rng.choice(CONDITIONS)} vastgesteld.", f"De huisarts heeft {name} doorverwezen naar {rng.choice(INSTITUTIONS)}."]
    return out


def generals(rng: random.Random) -> list[str]:
    out = []
    for actor in ACTORS:
        for action in rng.sample(ACTIONS, 6):
            out.append(f"{actor} {action} {rng.choice(TOPICS)}.")
    for count in COUNTS:
        for trend in rng.sample(TRENDS, 4):
            out.append(f"{count} {trend.format(year=rng.randint(2015, 2024))}.")
    for subj, person, _ in SUBJECTS:
        if person != 3:
            continue
        for talk in rng.sample(TALK, 3):
            out.append(f"{subj} {talk} {rng.choice(TOPICS)}.")
    out += [f"U kunt met vragen over {rng.choice(TOPICS)} terecht bij de gemeente." for _ in range(10)]
    out += [f"Wij verwachten dat {rng.choice(TOPICS)} in {rng.randint(2024, 2027)} verbetert." for _ in range(10)]
    out += LETTER * 3
    return out


def make(seed: int = 7) -> list[tuple[str, int]]:
    rng = random.Random(seed)
    data = [(s, 1) for s in positives(rng)] + [(s, 0) for _ in range(3) for s in generals(rng)]
    data = list(dict.fromkeys(data))  # each sentence once
    rng.shuffle(data)
    return data
