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


# A fact: (verb, the rest); rendered in main order ("Hij heeft diabetes"), inverted after an adverbial
# ("Volgens de huisarts heeft hij diabetes") and as a subordinate clause ("... dat hij diabetes heeft").
FACTS = [
    ("hebben", "{c}"), ("zijn", "sinds {t} ziek"), ("zijn", "in {t} opgenomen in {inst}"),
    ("worden", "behandeld voor {cb}"), ("zijn", "in behandeling bij {inst} wegens {c2}"), ("gebruiken", "{med}"),
    ("zijn", "na {op} nog niet hersteld"), ("hebben", "{refl} op {d} ziek gemeld"), ("zijn", "sinds {t} arbeidsongeschikt"),
    ("slikken", "dagelijks {med}"), ("zitten", "sinds {t} in een rolstoel"), ("hebben", "een {lim} beperking"),
    ("zijn", "{state}"), ("verblijven", "sinds {t} in {inst}"), ("lijden", "aan {c}"), ("zijn", "{rel}"),
    ("gaan", "elke week naar {wor}"), ("dragen", "vanwege {poss} geloof een hoofddoek"), ("bezoeken", "op vrijdag {wor}"),
    ("zijn", "van {ori} afkomst"), ("behoren", "tot {grp}"), ("voelen", "{refl} gediscrimineerd vanwege {poss} {eth}"),
    ("zijn", "lid van {uni}"), ("worden", "bijgestaan door een vakbondsjurist van {uni}"), ("zijn", "kaderlid van {uni}"),
    ("zijn", "{ori2}"), ("zijn", "open over {poss} {sex}"), ("zitten", "sinds {t} {det}"),
    ("zijn", "in {y} veroordeeld voor {crime}"), ("zijn", "aangehouden op verdenking van {crime}"),
    ("hebben", "een strafblad"), ("worden", "verdacht van {crime}"), ("krijgen", "een taakstraf van {h} uur"),
    ("dragen", "een enkelband"), ("staan", "onder toezicht van de reclassering"), ("hebben", "{c} en {c2}"),
]
ADVERBIALS = ["Volgens de huisarts", "Volgens de melding", "Sinds kort", "Inmiddels", "Daarom", "Volgens het dossier",
              "Uit het gesprek bleek: sinds maart", "Zoals bekend", "Op dit moment", "Volgens zijn advocaat",
              "Volgens haar begeleider", "Helaas", "Sinds de zomer", "Nog steeds"]
LEADS = ["Uit het dossier blijkt dat", "In uw aanvraag schrijft u dat", "De bedrijfsarts meldt dat", "Wij begrijpen dat",
         "Uit de stukken blijkt dat", "Zij vertelde dat", "In het gesprek gaf hij aan dat", "Het is ons bekend dat",
         "De wijkagent meldt dat", "Volgens de verklaring is het zo dat"]
TAILS = ["en vroeg om uitstel", "en werkt voorlopig halve dagen", "en heeft om een gesprek gevraagd",
         "en woont sinds kort in Utrecht", "en kan daarom niet naar de hoorzitting komen", "en vraagt om begrip",
         "en vreest de gevolgen", "en zoekt ander werk", "maar wil wel blijven werken", "en kan de komende weken niet werken"]
SUBJECT_LOWER = {"Hij": "hij", "Zij": "zij", "Ze": "ze", "Ik": "ik", "U": "u"}


def _fill(rest: str, rng: random.Random, poss: str, refl: str) -> str:
    return rest.format(
        c=rng.choice(CONDITIONS), c2=rng.choice(CONDITIONS), cb=rng.choice(CONDITIONS).replace("een ", ""),
        inst=rng.choice(INSTITUTIONS), med=rng.choice(MEDICATION), op=rng.choice(OPERATIONS), t=rng.choice(TIMES),
        d=f"{rng.randint(1, 28)} {rng.choice(['maart', 'mei', 'juni'])}", lim=rng.choice(["verstandelijke", "lichamelijke", "visuele"]),
        state=rng.choice(["blind", "doof", "slechtziend", "slechthorend", "zwanger", "chronisch ziek", "overspannen", "depressief"]),
        rel=rng.choice(RELIGIONS), wor=rng.choice(WORSHIP), poss=poss, ori=rng.choice(ORIGINS), grp=rng.choice(GROUPS),
        refl=refl, eth=rng.choice(["huidskleur", "afkomst", "etnische achtergrond"]), uni=rng.choice(UNIONS),
        ori2=rng.choice(ORIENTATIONS), sex=rng.choice(["homoseksualiteit", "geaardheid", "transitie"]),
        det=rng.choice(DETENTION), y=rng.randint(2010, 2023), crime=rng.choice(CRIMES), h=rng.choice([40, 60, 80, 120]))


def positives(rng: random.Random) -> list[str]:
    out = []
    for subj, person, poss in SUBJECTS:
        inner = SUBJECT_LOWER.get(subj, subj[0].lower() + subj[1:] if subj.split()[0] in (
            "De", "Uw", "Mijn", "Zijn", "Haar") else subj)
        refl = REFLEXIVE[person]
        for verb, rest in FACTS:
            v, filled = _verb(verb, person), _fill(rest, rng, poss, refl)
            form = rng.random()
            if form < 0.5:
                sentence = f"{subj} {v} {filled}"
            elif form < 0.75:
                sentence = f"{rng.choice(ADVERBIALS)} {v} {inner} {filled}"
            else:
                sentence = f"{rng.choice(LEADS)} {inner} {filled} {v}"
            if rng.random() < 0.3:
                sentence += " " + rng.choice(TAILS)
            out.append(sentence + ".")
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
    data = [(s, 1) for _ in range(2) for s in positives(rng)] + [(s, 0) for _ in range(3) for s in generals(rng)]
    data = list(dict.fromkeys(data))  # each sentence once
    rng.shuffle(data)
    return data
