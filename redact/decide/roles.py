"""Roles: the evidence of one person mention - civil servant or citizen (redact, 5.1.2e) or public
official acting in office (keep) - as a `Role` with a rank (persons.py: NONE ... REQUEST):

- the per-request list of public officials (`--keep-names FILE`), every written form: keep;
- signing on behalf of someone ("namens deze", "i.o."): a civil servant, redact;
- the parliamentary grammar ("Omtzigt (CDA)", "X namens de SP", "motie-Klaver/Asscher") and the
  hand-checked current office holders on a full name: keep;
- a civil servant's function at the name, an e-mail header, signature or contact field: redact;
- an office title before or after the name, a list headed by a plural office title ("de raadsleden,
  te weten, ..."), the office line above a signature: keep;
- a chat line: redact; a full name on the generated list of (former) office holders: keep;
- otherwise: civil servant or citizen, redact.
`assign` then hands the mentions to persons.resolve, which clusters them into persons and gives each
person one verdict from its strongest evidence (docs/names.md).

Findings that are not names at all (organisations, places, months, laws, functions, acronyms, form
labels) are dropped; a model's span without support is left for review (persons.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

import regex

from ..detect.names import GREETINGS
from ..detect.structure import StructureFinder
from ..lexicon import REQUEST_LIST, Lexicon, phrases
from ..model import Decision, DetectorKind, Document, Finding
from ..rules import RuleSet
from .assembly import CIVIL_LABELS, OFFICE_LABELS, Assemblies, degrees_after
from .firstnames import ALDUS, ATTRIBUTED, named_thing, thing_named_pattern
from .persons import CHAT, FUNCTION, NONE, OFFICE, OFFICIAL, ON_BEHALF, POSITION, REQUEST, SEAT, TITLED, compatible, enumerated_names, parse_name, resolve
from .offices import CIVIL, OFFICE as OFFICE_NOUN, OfficeGrammar
from .rosters import MemberSections
from .places import NoPersonGrammar

PERSON = "PERSON"
# Signing for someone else: "namens deze,", "i.o.", "voor deze," or "namens de minister," closing a line.
# Not a sentence that ends in "namens de PVV." above a speaker line.
_ON_BEHALF = regex.compile(r"(?i:namens[ \t]+deze(?![ \t]+\p{Ll})|\bi\.o\.|voor[ \t]+deze(?![ \t]+\p{Ll})|in[ \t]+opdracht|"
                           r"namens[ \t]+(?:de|het)[ \t]+[^\n:]{1,60}?(?<![.!?]),?[ \t]*\n)")


# A chat export's line: "[12-03-2021 09:14] Naam: ..." (date first or time first).
_CHAT_LINE = regex.compile(r"[ \t]*\[?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}"
                           r"|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?,?[ \t]+\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})")

# A council's video index: "00:04:27 - 00:04:42 - F.L.M. Duijn" (the speaker alone after the times).
_VIDEO_INDEX = regex.compile(r"[ \t•*-]*\d{1,2}:\d{2}(?::\d{2})?[ \t]+-[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+-[ \t]+\Z")
# A citizen speaking in at a meeting: "Mevrouw Van Veen spreekt in m.b.t. agendapunt 5", "X heeft ingesproken"
# (not "spreekt in de raad").
_SPEAKS_IN = regex.compile(r"[ \t]+(?:spreekt|sprak|spreken|spraken)[ \t]+(?:\p{Ll}+[ \t]+){0,3}?in"
                           r"(?![\w-])(?![ \t]+(?:de|het|een|deze|dit|die|dat)\b)"
                           r"|[ \t]+(?:heeft|hebben)[ \t]+(?:\p{Ll}+[ \t]+){0,3}?ingesproken\b")

_FORM_FIELD = regex.compile(r"[ \t]*\p{L}[\p{L} ]{1,30}[ \t]*:[ \t]*\S")

# The second half of a firm's or a body's compound name: "Tekstbureau", "Adviesbureau", "Zorggroep"
_ORG_COMPOUND = r"\w{3,}(?:bureau|groep|dienst|stichting|vereniging|bedrijf|kantoor|centrum|fonds|raad|federatie|platform|corporatie|coöperatie)$"
# A street's name ("Maria van Nassaustraat" of "de kruising Kerkstraat - Maria van Nassaustraat"): a name
# whose last word is a compound with a street word, and no listed name
_STREET_END = regex.compile(r"\p{L}{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|straatweg|boulevard)\Z")
# A column layout's line below a place or a label ("Bladel\nDhr. P. Verhoeven\nHapert\nMw. A. van Gils"):
# the line opens with a courtesy title and a name
_TITLED_LINE = regex.compile(r"\n[ \t]*(?i:dhr|mw|mevr|de[ \t]+heer|mevrouw)\.?[ \t]+\p{Lu}")
_NOUN_ENDINGS = ("heid", "schap", "atie", "isme", "iteit", "ologie", "ingen", "ering", "wet", "besluit", "regeling",
                 "verordening", "campagne", "akkoord")
_HOUSE_NUMBER_AFTER = regex.compile(r"[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]*,|[ \t]*\n|[ \t]+\d{4}[ \t]?[A-Z]{2}\b)")
_PLACE_BEFORE = regex.compile(r"(?:(?<![\w-])(?:in|te|uit|naar|bij|van|gemeente|provincie)|\d[a-zA-Z]?,)[ \t]+\Z")
_PRONOUN_AFTER = regex.compile(r"[ \t]+(?:ik|je|jij|u|we|wij|ze|zij|hij|er|het|jullie)\b")


def _organisation_words(document: Document, decisions: list[Decision]) -> set[str]:
    """Organisation mailboxes that stay visible (marktplein@...), the domains of all addresses and
    the words of web addresses (www.amstelmeer.nl/marktplein): names of organisations and projects."""
    words = {regex.sub(r"\W", "", d.finding.text.split("@")[0].lower()) for d in decisions
             if d.finding.entity_type == "EMAIL_ADDRESS" and d.action == "keep"}
    for page in document.pages:
        words |= {w for m in regex.finditer(r"[\w.-]+@([\w.-]+)", page.text) for w in m.group(1).lower().split(".")}
        words |= {w for m in regex.finditer(r"(?:https?://|www\.)[^\s<>\"]+", page.text)
                  for w in regex.split(r"[/.?=&_-]+", m.group(0).lower()) if len(w) > 3}
    return words


def add_keep_names(rules: RuleSet, names: list[str]) -> RuleSet:
    """The rule set with a per-request list of public officials (one name per entry)."""
    cleaned = tuple(n.strip() for n in names if n.strip() and not n.lstrip().startswith("#"))
    return replace(rules, lists={**rules.lists, REQUEST_LIST: cleaned})


def _norm(text: str) -> str:
    return " ".join(regex.sub(r"[^\w'’-]+", " ", text).lower().split())


def _cue(text: str) -> str:
    """The words of a signal as evidence: "minister van Onderwijs", not ", de Minister,\n"."""
    return " ".join(text.replace("(", " ").split()).strip(" ,:;")[:60]


@dataclass(frozen=True)
class Role:
    action: str  # "keep" | "redact" | "drop"
    reason: str
    strong: bool = False  # a signal of its own (not inherited from another mention)
    rank: int = NONE  # the strength of that signal (persons.py: NONE ... REQUEST)
    cue: str = ""  # the words it rests on: "minister van Onderwijs", "beleidsmedewerker"


# "Vermeulen, (E.)", "Vermeulen (E.J.)": the initials in parentheses after a surname
# A name that opens with initials ("M. van Leeuwen", "J.H. Smit"): written as a person's, no venue's name
_INITIALS_FIRST = regex.compile(r"(?:(?:IJ|Th|Ch|Chr|Ph|\p{Lu})\.[ \t]?){1,5}[ \t]*\p{L}")
_INITIALS_AFTER = regex.compile(r"[ \t]*,?[ \t]*\((?:(?:IJ|Th|Ch|Chr|Ph|\p{Lu})\.[ \t]?){1,5}\)")
# "Verschoor van ChristenUnie", "Jansen van de VVD": a party after "van" at the end of a span
_PARTY_TAIL = regex.compile(r"[ \t]+(?:namens|van)[ \t]+(?:(?:de|het)[ \t]+)?(?P<party>\S(?:.*\S)?)\Z")
# questions put by members: "vragen aan mij gesteld door mevrouw X en de heer Y", "de vragen van het lid X over"
_QUESTIONS_BY = regex.compile(r"(?i:(?<![\w-])(?:kamer)?vragen(?![\w-]))[^.\n]{0,50}?(?<![\w-])(?i:door|van)[ \t]+"
                              r"(?:(?i:het[ \t]+lid|de[ \t]+leden)[ \t]+)?(?:(?i:mevrouw|de[ \t]+heer|mw\.|dhr\.)[ \t]+)?"
                              r"(?:\p{Lu}[\p{L}'’ -]{0,40}?(?:,|[ \t]+en)[ \t]+(?:(?i:mevrouw|de[ \t]+heer|mw\.|dhr\.)[ \t]+)?)*\Z")
# a case note's author in a ruling's sources: "AB 2022/321 met annotatie van X", "JB 2019/12 m.nt. X", "met noot van X"
_ANNOTATION_BEFORE = regex.compile(r"(?<![\w-])(?i:(?:met[ \t]+)?annotatie[ \t]+van|m\.[ \t]?nt\.|annotator"
                                   r"|(?<=\d{4}/\d+,?[ \t]+)(?:met[ \t]+)?noot[ \t]+van)"
                                   r"[ \t]+(?:(?i:mr|prof|dr|ir)\.?[ \t]+)*\Z")
_PARLIAMENT = regex.compile(r"(?<![\w-])(?:(?:Tweede|Eerste)[ \t]+Kamer|Kamerleden|Kamerlid)(?![\w-])")
# a label opening its line before a colon: "Projectleider :", "- Contactpersoon:", "Ambtelijk secretaris:"
_LINE_LABEL = regex.compile(r"(?m:^)[ \t]*(?:[-•*–][ \t]*)?(?P<label>\p{Lu}[\p{L}-]*(?:[ \t]+\p{L}[\p{L}-]*){0,2})[ \t]*\Z")
_DEPARTMENT_AFTER = regex.compile(r"[ \t]*,[ \t]*(?i:afd\.|afdeling|sector|team|directie)(?![\w])")
_REPLACED_AFTER = regex.compile(r"[ \t]*\(?[ \t]*(?:is[ \t]+|wordt[ \t]+)?vervangen[ \t]+door(?![\w])")
_REPLACED_BEFORE = regex.compile(r"(?<![\w-])(?:is|wordt|\()[ \t]*vervangen[ \t]+door[ \t]+(?:(?:de[ \t]+heer|mevrouw|mw\.|dhr\.)[ \t]+)?\Z")
# The signature of a committee's report: "De fungerend voorzitter van de commissie, Van Veldhoven", "De
# voorzitter van de vaste commissie voor Infrastructuur en Milieu,\nHagen" (a member of the body it chairs;
# not "voorzitter van de commissie bezwaarschriften" or "voorzitter van het MT")
_COMMITTEE_CHAIR = regex.compile(r"(?i:(?<![\w-])(?:(?:fungerend|plaatsvervangend|waarnemend|plv\.)[ \t]+)?voorzitter"
                                 r"[ \t]+van[ \t]+de[ \t]+(?:vaste[ \t]+|algemene[ \t]+|bijzondere[ \t]+)?commissie)"
                                 r"(?:[ \t]+voor[ \t]+(?:de[ \t]+|het[ \t]+)?\p{Lu}[^\n,:]{1,80})?[ \t]*,[ \t]*(?:\n[ \t]*){0,2}\Z")
# The signature of the Kamer's chair or of a Kamer committee's chair: "Namens de Huishoudelijke Commissie van de Eerste
# Kamer,\n\nDe voorzitter, X", "De Voorzitter van de Tweede Kamer der Staten-Generaal,\nX" (a member of the Kamer)
_KAMER_CHAIR_SIGNS = regex.compile(
    r"(?i:(?:(?<![\w-])namens[ \t]+[^\n]{0,80}?(?:eerste|tweede)[ \t]+kamer[^\n,]{0,30},[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*"
    r"(?:de[ \t]+)?(?:(?:fungerend|plaatsvervangend|waarnemend)[ \t]+)?voorzitter"
    r"|(?<![\w-])voorzitter[ \t]+van[ \t]+de[ \t]+(?:eerste|tweede)[ \t]+kamer(?:[ \t]+der[ \t]+staten-generaal)?)"
    r"[ \t]*,[ \t]*(?:\n[ \t]*){0,2})\Z")
# In a council's record, a member leaves or takes a seat of the council's own: "X heeft haar functie binnen de
# werkgeverscommissie neergelegd", "Y legt zijn zetel neer", "Z heeft zijn lidmaatschap van de auditcommissie opgezegd"
_SEAT_AFTER = regex.compile(r"[ \t]+(?:heeft|had|legt|legde)[ \t]+(?:haar|zijn)[ \t]+(?:functie|zetel|raadszetel|lidmaatschap)"
                            r"(?:[ \t]+(?:binnen|in|van|bij)[ \t]+de[ \t]+(?:\w*commissie|raad|fractie|gemeenteraad))?"
                            r"[ \t]+(?:neergelegd|neer|opgezegd)(?![\w-])")
_PAREN_HEAD_AFTER = regex.compile(r"[ \t]*\([ \t]*([^()\n,]{1,40}?)[ \t]*[,)]")  # "(gedeputeerde)", "(cdk, ...)"
_COURTESY_BEFORE = regex.compile(r"(?<![\w-])(?i:mevrouw|mevr\.|mw\.|de[ \t]+heer|dhr\.|heer)[ \t]+\Z")
# A speaker introducing themself ("ik ben X", "mijn naam is X") ... and their office after it (Roles.p_self_office)
_SELF_INTRO_BEFORE = regex.compile(r"(?i:(?<![\w-])(?:ik[ \t]+ben|mijn[ \t]+naam[ \t]+is|ik[ \t]+heet))[ \t]+\Z")
# In a debate's record a speaker refers to fellow members as a group, by plural courtesy title and bare surnames
# ("net als de heren Van den Akker en Van Walsem", "collega's Hindriks en Smit"), also the second of a pair. Not
# the singular: "Het is mevrouw Keemink. Zij is hier vandaag", "de wetgevingsjurist, de heer De Ridder".
_MEMBER_ADDRESSED_BEFORE = regex.compile(r"(?<![\w-])(?i:collega['’]s|de[ \t]+heren|de[ \t]+dames)"
                                         r"(?:[ \t]+\p{Lu}[\p{L}'’ -]{0,40}?(?:,|[ \t]+en))?[ \t]+\Z")
# A person's years of birth and death after the name ("Henry David Thoreau (1817-1862)"); one who died at least
# HISTORICAL_YEARS ago is a historical person (the AVG protects the living; a recent death may still touch relatives)
_LIFE_YEARS_AFTER = regex.compile(r"[ \t]*\((?:ca\.[ \t]*)?(?P<born>1\d{3}|20\d{2})[ \t]*[-–][ \t]*(?P<died>1\d{3}|20\d{2})\)")
HISTORICAL_YEARS = 20
# the chair of a meeting, in a relative clause after the name ("die als voorzitter optreedt")
_CHAIR_NOUNS = frozenset({"voorzitter", "vicevoorzitter", "vice-voorzitter", "plaatsvervangend voorzitter"})
# The Kamer commemorates a former member: "Herdenking van de heer X", "de herdenking van oud-senator mevrouw Y"
_COMMEMORATION_BEFORE = regex.compile(r"(?i:(?<![\w-])herdenking[ \t]+van[ \t]+(?:(?:het[ \t]+)?oud-?[\p{L}]+[ \t]+)?"
                                      r"(?:de[ \t]+heer|mevrouw)[ \t]+)\Z")
# A party named for its leader at the head of a members' row: "Lijst van Vliet F. van Vliet", "Lijst Smit J. Smit"
_LIST_PARTY_LEAD = regex.compile(r"Lijst[ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+)*\p{Lu}[\w'’-]+[ \t]+(?=(?:\p{Lu}\.)+)")
# ... and in parentheses after a name: "(Lijst Smit)", "(Lijst Van der Veen – de Bruin)"
_LIST_PARTY = regex.compile(r"Lijst[ \t]+(?:(?:van|de|der|den|ter|ten|Van|De)[ \t]+)*\p{Lu}[\w'’-]+"
                            r"(?:[ \t]+[–-][ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+)*\p{Lu}[\w'’-]+)?")
# One entry of an attendance list by party: "; CDA: G.J. van der Veen", "D’66: E.G.H. Westerbeek"
_PARTY_ENTRY = regex.compile(r"(?:^|[;,.]|[ \t])[ \t]*\p{Lu}[\p{L}’'0-9]{1,14}[ \t]*:[ \t]*(?:\p{Lu}\.)+")
# A letter to a council's or States' faction, for the attention of its member: "De raadsfractie van\n\nPARTY
# t.a.v. De heer X" (not "de fractiemedewerker")
_FACTION_ADDRESSEE = regex.compile(r"(?P<body>(?i:(?<![\w-])(?:raads|staten|gemeenteraads|commissie)?fractie)[ \t]+van)\s+"
                                   r"[^\n]{1,80}?[ \t]*\n?[ \t]*(?i:t\.a\.v\.?)[ \t]+"
                                   r"(?:(?i:de[ \t]+heer|mevrouw|dhr\.?|mw\.?|mevr\.?)[ \t]+)?\Z")
# The members of a body listed after its chair in the body's heading: "Rekenkamercommissie X ... Drs. G.T.
# (Geeske) Bos, voorzitter C.J.M. (Cees) Raats C.A.M. (Ad) Smit " (names with initials, nothing between)
_ROSTER_NAME = (r"(?:(?:IJ|Th|Ch|\p{Lu})\.){1,5}(?:[ \t]*\(\p{Lu}\p{Ll}+\))?[ \t]+(?:(?:van|de|der|den|ter|ten|het)[ \t]+)*"
                r"\p{Lu}[\p{L}'’-]+(?:-\p{Lu}[\p{L}'’-]+)?")
_MEMBERS_AFTER_CHAIR = regex.compile(
    rf"(?P<body>(?i:\b\w*(?:commissie|raad|rekenkamer|bestuur)))\b[\s\S]{{0,200}}?{_ROSTER_NAME},[ \t]*(?i:voorzitter)"
    rf"[ \t]+(?:{_ROSTER_NAME}[ \t]+)*\Z")
# The rest of a name after the span: a tussenvoegsel and a capitalised word ("Hart" + " van Zuid")
# the first part of a two-part name before a word: "Aa en " of "Aa en Maas" (`Roles._second_part_elsewhere`)
_PAIR_BEFORE = regex.compile(r"(?<![\w'’-])(?:\p{Lu}[\w'’-]*[ \t]+){1,2}(?:en|&)[ \t]+\Z")
_NAME_TAIL = regex.compile(r"(?:[ \t]+(?:van|de|der|den|het|'t|aan|op|ter|ten))+[ \t]+(?P<last>\p{Lu}[\w'’-]*)")
# A speaker's title run into the word before it when a layout lost the line break ("A. (Arie) JansenDe heer
# Jansen (X):", "...VisserMevrouw Bos (Y):")
_GLUED_SPEAKER = regex.compile(r"(?<=\p{Ll})(?:De[ \t]+heer|Mevrouw|Minister|Staatssecretaris)[ \t]+\p{Lu}")
_COMPASS = ("Noord", "Oost", "Zuid", "West", "Noordoost", "Noordwest", "Zuidoost", "Zuidwest")
# A body's decision signed by its chair: "Gedeputeerde Staten van Utrecht,\n\nvoorzitter,\nX", "Het dagelijks
# bestuur van waterschap Y,\nde voorzitter,\nX" (the body's line, at most two lines between, the chair's line)
_BODY_SIGNATURE = regex.compile(
    r"(?im)^[ \t]*(?P<body>(?:het[ \t]+)?(?:gedeputeerde[ \t]+staten|provinciale[ \t]+staten|burgemeester[ \t]+en[ \t]+wethouders"
    r"|(?:het[ \t]+)?college[ \t]+van[ \t]+(?:burgemeester[ \t]+en[ \t]+wethouders|gedeputeerde[ \t]+staten|dijkgraaf[ \t]+en[ \t]+heemraden)"
    r"|(?:het[ \t]+)?(?:dagelijks|algemeen)[ \t]+bestuur|de[ \t]+(?:gemeente)?raad)(?:[ \t]+van[ \t]+[^\n,]{1,60})?)[ \t]*,[ \t]*\n"
    r"(?:[ \t]*\n|[^\n]{0,60}\n){0,2}?[ \t]*(?:de[ \t]+)?voorzitter[ \t]*,[ \t]*\n(?:[ \t]*\n)?[ \t]*\Z")
# A married name whose parts a spaced dash joins ("Geertje Dijkstra – Jacobi", "F. Kiekebeld - van der Knaap"): the
# part after the dash, a word that is no place, ordinary word or local party (or, after tussenvoegsels, a listed
# surname), is the name's too; nothing capitalised after it ("Smit - De Vries" is two names, "Smit - Piet Bos" a list)
_DASHED_TAIL = regex.compile(r"[ \t]+[–-][ \t]+(?P<tv>(?:(?:van|de|der|den|ter|ten|te|het|'t|in|op)[ \t]+)*)"
                             r"(?P<last>\p{Lu}\p{Ll}[\p{Ll}'’]*)(?![\w'’-])(?![ \t]+\p{Lu})")
_INITIALS_TYPO_BEFORE = regex.compile(r"(?<![\w.])(?:\p{Lu}\.)+\p{Lu},[ \t]+\Z")  # "A.P, " before "Takx"
_CHAIR_BEFORE_NAME = regex.compile(r"(?i:(?<![\w-])(?:de[ \t]+)?voorzitter,[ \t]+(?:de[ \t]+heer|mevrouw|mw\.|dhr\.)[ \t]+)\Z")


def _joined(decisions: list[Decision], texts: dict[int, str]) -> list[Decision]:
    """Two name patterns' spans that overlap on one line are one name: "mr. Johan Antoni" and "Johan Antoni
    Philipse" -> "mr. Johan Antoni Philipse" (judged once, with the words after the whole name)."""
    spans = sorted((d.finding.page, d.finding.start, i) for i, d in enumerate(decisions)
                   if d.finding.entity_type == PERSON and d.action == "redact"
                   and d.finding.detector_kind is DetectorKind.NAME_PATTERN)
    out, dropped = list(decisions), set()
    for (page, _, i), (page2, _, j) in zip(spans, spans[1:]):
        a, b = out[i].finding, out[j].finding
        if i in dropped or page != page2 or not a.start < b.start < a.end < b.end \
                or regex.search(r"[\n,;]", texts[page][a.start:b.end]):  # not "J. Schaap" and "Schaap, M." of a list
            continue
        out[j] = replace(out[j], finding=replace(b, start=a.start, text=texts[page][a.start:b.end]))
        dropped.add(i)
    return [d for k, d in enumerate(out) if k not in dropped]


def _split_by_patterns(decisions: list[Decision], texts: dict[int, str]) -> list[Decision]:
    """A model's span that two or more name patterns' spans cover whole is that many names ("M. Smis H. van Berkum"
    of a roll call run together: "M. Smis" and "H. van Berkum"): the model's span goes, each name is judged on its
    own (with the words after it, so the minute taker and the griffier of one line each get their own role)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for d in decisions:
        f = d.finding
        if f.entity_type == PERSON and d.action == "redact" \
                and f.detector_kind in (DetectorKind.NAME_PATTERN, DetectorKind.STRUCTURE):
            spans.setdefault(f.page, []).append((f.start, f.end))

    def split(f: Finding) -> bool:
        inside = sorted((a, b) for a, b in spans.get(f.page, ()) if f.start <= a and b <= f.end)
        if len(inside) < 2 or any(b1 > a2 for (_, b1), (a2, _) in zip(inside, inside[1:])):
            return False
        text, at = texts[f.page], f.start
        for a, b in inside:
            if text[at:a].strip():
                return False
            at = b
        return not text[at:f.end].strip()

    return [d for d in decisions if not (d.finding.entity_type == PERSON and d.action == "redact"
                                         and d.finding.detector_kind is DetectorKind.NER and split(d.finding))]


def _without_last_word(f: Finding) -> Finding:
    """`f` without its last word and the space before it ("M. Horjus Wethouders" -> "M. Horjus")."""
    text = f.text[:f.text.rindex(f.text.split()[-1])].rstrip()
    return replace(f, end=f.start + len(text), text=text)


# A relative clause after a name that gives a person's function (ninth session): "X (die jaren penningmeester was)",
# "X, die als vrijwilliger begon": "die", a person's noun by its agent suffix, and a copula or "als" before it
_AGENT = r"\p{Ll}{3,}(?:er|eur|ist|aris|ier|ster|trice|ent|ant)"
_PERSON_RELATIVE = regex.compile(rf"[ \t]*[,(][ \t]*die[ \t]+(?:[\p{{Ll}}\d]+[ \t]+){{0,4}}?"
                                 rf"(?:als[ \t]+{_AGENT}(?![\w-])|{_AGENT}[ \t]+(?:was|is|werd|wordt|bleef|blijft)(?![\w-]))")
_ALDUS_BEFORE = regex.compile(rf"{ALDUS}(?:{ATTRIBUTED}[ \t]+en[ \t]+)?\Z")
_LABEL_REST = regex.compile(r"[ \t]+[\w’'. -]{1,40}?:(?![\w/])")
_COURTESY_START = regex.compile(r"(?i:de[ \t]+heer|mevrouw|mw\.?|dhr\.?)[ \t]")
# A record's count of the members present ("Aanwezig zijn elf leden, te weten:"): the list after it is the
# body's members, whatever the document's setting (a Kamer committee's stenogram names no Kamer in its head)
_COUNTED_MEMBERS = regex.compile(r"(?i:(?<![\w-])aanwezig[ \t]+zijn[ \t]+(?:\d{1,3}|\p{Ll}+)[ \t]+leden(?![\w-]))")


def _span_words(text: str) -> list[str]:
    """A span's words, split at spaces, apostrophes and hyphens ("Jansen-de Vries" -> three words)."""
    return [w.strip(",;:()") for p in regex.split(r"[\s'’]+", text) for w in p.split("-") if w.strip(",;:()")]


class Roles:
    """Built once per worker from the rule set's lexicon; `assign` is pure."""

    def __init__(self, lexicon: Lexicon):
        self.tussenvoegsels = lexicon.tussenvoegsels
        self.titles = frozenset(lexicon.titles)
        self.not_names = lexicon.not_names
        self.hand_not_names = lexicon.hand_not_names
        self.names = lexicon.known_names
        self.common = lexicon.common_words
        self.p_thing_named = thing_named_pattern(lexicon.named_things)
        self.lexicon = lexicon
        self.first_names = lexicon.first_names
        self.civil_titles = tuple(t for t in lexicon.civil_servant_titles if " " not in t and len(t) >= 5)
        self.dutch_words_lower = lexicon.dutch_words  # lower case already (OpenTaal)
        self.surnames = lexicon.surnames
        self.dutch_words = lexicon.dutch_words
        self.officials = {_norm(n) for n in lexicon.public_officials}
        self.current_officials = {_norm(n) for n in lexicon.current_officials}
        self.request = [_norm(n) for n in lexicon.request_names]
        offices, civil = lexicon.office_titles, lexicon.civil_servant_titles
        office_re = phrases(offices) or r"(?!x)x"
        civil_re = phrases(civil) or r"(?!x)x"
        courtesy = phrases(lexicon.titles) or r"(?!x)x"
        # "minister van Binnenlandse Zaken en Koninkrijksrelaties", "burgemeester van 's-Hertogenbosch"
        # ... "commissaris van de Koningin in de provincie Drenthe": twice at most
        of_org = (r"(?:[ \t]+(?:van|voor|in)(?:[ \t]+(?:de|het|en|provincie|gemeente|'s-?\p{Lu}[\w-]*|\p{Lu}[\w-]*,?))*"
                  r"[ \t]+[\p{Lu}'][\w'-]*){0,2}")
        # "de leden Van Beek en " / "de Kamerleden Dogan, Vermeulen en ": other names of the same office
        name_list = (r"(?:\p{Lu}[\w'’-]*(?:\s(?:van|de|der|den|ter|ten|'t|\p{Lu}[\w'’-]*))*"
                     r"(?:,[ \t]*\n?[ \t]*|\s+en[ \t]*\n?[ \t]*))*")
        greet = phrases(GREETINGS)
        self.p_greeting_lead = regex.compile(rf"(?:{greet})[ \t]+(?=\p{{Lu}})")  # "Dear Hanke" (extend)
        # the courtesy titles at the end of the text before a name ("... Verslag mevrouw drs. "): _bare
        self.p_courtesy_tail = regex.compile(rf"(?i:(?:{courtesy})\.?[ \t]*)*$")
        # ... also with the initials between, their last dot a comma by a typo ("De Heer A.P, Takx")
        self.p_salutation = regex.compile(rf"(?i:(?<![\w-])(?:{courtesy}|{greet})\.?)(?:[ \t]+(?:\p{{Lu}}\.)*\p{{Lu}}[.,])?[ \t]+\Z")
        self.titles_re = "|".join(regex.escape(t) for t in lexicon.titles)
        plural_re = phrases(lexicon.office_titles_plural) or r"(?!x)x"
        self.p_office_before = regex.compile(
            # a PDF line may wrap between title and name; "de burgemeester,\n" above a name is a signature's
            # (an office held ad interim: "raadsvoorzitter a.i. X", "burgemeester ad interim X")
            rf"(?:(?i:(?<![\w-])(?:{office_re}))(?-i:{of_org})(?i:[ \t]+(?:a\.[ \t]?i\.|ad[ \t]+interim))?"
            rf"(?:[ \t]*,[ \t]*|[ \t]*(?:\n[ \t]*)?)"
            rf"|(?i:(?<![\w-])(?:{plural_re}))(?-i:{of_org})[ \t]*,?\s?[ \t]*{name_list})"
            rf"(?:(?i:(?:{courtesy})\.?)[ \t]+)*\Z")
        # The parliamentary grammar: "Omtzigt (CDA)", "Mevrouw Leijten (SP):", "motie-Klaver/Asscher".
        party_re = phrases(lexicon.parties) or r"(?!x)x"
        # (also after the Eerste Kamer site's info marker: "De heer Van der Voort i (D66):")
        self.p_party_after = regex.compile(rf"^(?:[ \t]+i(?=[ \t]+\())?[ \t]*\([ \t]*(?:{party_re})[ \t]*[,)]"  # "(CDA)", "(CDA,)"
                                           # "X namens de SP", "De heer Borgesius van de VVD" (not "van de VVD-fractie")
                                           rf"|^[ \t]+(?:namens|van)[ \t]+(?:de[ \t]+|het[ \t]+)?(?:{party_re})(?![\w-])")
        # "mevrouw Hernamt van Gemeente Belangen": a local party written out (Assemblies.local_party)
        self.p_local_after = regex.compile(r"^[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?"
                                           r"(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})(?![\w-])")
        # A members' table: "GroenLinks I. Kleinrensink" (the party opens the line)
        # also "Lijst van Vliet F. van Vliet" (a party named for its leader), and an attendance list's
        # "PvdA: S. Salikram; CDA: G.J. van der Veen; BBE: J. van Agteren" (a party's code and a colon)
        self.p_party_line = regex.compile(rf"(?m:^[ \t]*(?:{party_re}|Lijst[ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+)*"
                                          rf"\p{{Lu}}[\w'’-]+)[ \t]+)\Z")
        self.p_listed_colon = regex.compile(rf"(?<![\w-])(?:{party_re})[ \t]*:[ \t]*(?:\p{{Lu}}\.)+")
        self.p_party_colon = regex.compile(rf"(?:^|[;\n]|(?<=\p{{L}})[ \t])[ \t]*(?:(?P<listed>{party_re})|\p{{Lu}}[\p{{Lu}}’'0-9]{{1,6}})[ \t]*:[ \t]*\Z")
        compound_re = phrases(lexicon.office_compounds) or r"(?!x)x"
        self.p_compound_before = regex.compile(
            rf"(?i:(?<![\w-])(?:{compound_re}))(?:-|[ \t]+)(?:[\p{{L}}'’. -]{{1,40}}?/)*"
            # the member's first names before the span found ("de motie-Mei Li Vos c.s.": "motie-Mei" is one token)
            rf"(?:\p{{Lu}}[\p{{Ll}}'’]+[ \t]+){{0,2}}\Z")
        # ... and the members a compound names anywhere ("de motie-Samsom c.s.", "het amendement-Jansen/De Vries"):
        # titled_surnames, for the same member's bare mentions ("Op verzoek van de heer Samsom")
        member = r"(?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn]|[Hh]et|['’]t|[Ii]n)[ \t]+)*\p{Lu}[\p{L}'’-]*"  # "Van der Staaij"
        self.p_compound_names = regex.compile(
            rf"(?i:(?<![\w-])(?:{compound_re}))-(?P<names>{member}(?:/{member})*)(?![\w'’-])")
        self.plural_heads = frozenset(t.split()[-1] for t in lexicon.office_titles_plural)  # "leden", "raadsleden"
        self.plural_end = regex.compile(rf"(?i:(?<![\w-])(?:{plural_re}))[ \t]*[,:]?[ \t]*(?:te[ \t]+weten[ \t]*[,:]?)?[ \t]*\Z")
        assembly_re = phrases(lexicon.assembly_members) or r"(?!x)x"
        self.p_assembly = regex.compile(  # "Aanwezig: de raadsleden", "AANWEZIG\nde leden:"
            rf"(?i:\b(?:aanwezig|afwezig)\b[ \t:]*\n?[^\n]{{0,40}}?(?<![\w-])(?:{assembly_re}))")
        self.p_assembly_field = regex.compile(r"(?i:[ \t]*(?:de[ \t]+)?(?:voorzitter|griffier|aanwezig|afwezig)\b)[^\n]*\Z")
        venue_re = "|".join(regex.escape(t) for t in lexicon.venue_words) or r"(?!x)x"
        # also as the end of a compound: "Korfbalvereniging De Spurt", "Woonzorgcentrum De Linde"
        # and a hall by its owner's or house's name: "in de zaal van De Meester"
        self.p_venue_before = regex.compile(rf"(?i:(?<![\w-])\w*(?:{venue_re})|(?<![\w-])zaal[ \t]+van)[ \t]+\Z")
        # the second part of such a name, after "en": "waterschap Aa en Maas", "sporthal Noord en Zuid"
        self.p_venue_second = regex.compile(rf"(?i:(?<![\w-])\w*(?:{venue_re}))[ \t]+(?:\p{{Lu}}[\w'’-]*[ \t]+){{1,3}}"
                                            rf"(?:en|&)[ \t]+\Z")
        self.venue_noun = rf"(?i:(?<![\w-])\w*(?:{venue_re}))[ \t]+"
        # "De burgemeester van Westerwolde,\nVelema, heeft": wrapped after the comma, inside a sentence
        self.p_office_before_wrapped = regex.compile(
            rf"(?i:(?<![\w-])(?:{office_re}))(?-i:{of_org})[ \t]*,[ \t]*\n[ \t]*\Z")
        # The title in a match, for the evidence: "de leden Van Beek en " -> "de leden"
        self.p_title = regex.compile(rf"(?i:(?<![\w-])(?:{office_re}|{plural_re}))(?-i:{of_org})")
        self.p_office_start = regex.compile(rf"(?i:(?:{office_re}))[ \t]+\p{{Lu}}")  # a model's span "Raadslid Mulder"
        # "Velema, burgemeester", "Donders (burgemeester)", "M.J.D. Donders - de Leest ( Burgemeester )"
        # also a video index's "Astrid Heijstee-Bolt - Voorzitter gemeenteraad"
        # and a transcript index's speaker whose role is on the line below ("J. Deuring\n raadslid CDA")
        # and a former office in apposition ("X, oud-lid van de Eerste Kamer", "Y (ex-wethouder)")
        # and a degree written after the name before it ("mr. A. de Vries MBA\ndijkgraaf", "X MSc, burgemeester")
        self.p_office_after = regex.compile(rf"^(?:{degrees_after(lexicon)})*"
                                            rf"(?:[ \t]+-[ \t]+[^\n(),]{{1,30}}?)?[ \t]*(?:,[ \t]*|\([ \t]*|[ \t]+-[ \t]+|\n[ \t]*)(?:de[ \t]+|het[ \t]+)?"
                                            rf"(?i:(?:oud|ex)-|voormalig[ \t]+)?(?i:(?:{office_re}))(?![\w-])")
        # A signature that closes a text on one line, the office after the name with a space only ("... maar.
        # W.A. Jansen Dijkgraaf", "J. de Wit Burgemeester"): the title capitalised (closing_office)
        self.p_office_closing = regex.compile(rf"[ \t]+(?=\p{{Lu}})(?i:(?:{office_re}))(?![\w'’-])")
        # The line above a name: a signature's office line ("De Minister van Financiën,") or a letter's
        # addressee line ("Aan de Minister voor Langdurige Zorg en Sport").
        self.p_office_line = regex.compile(
            rf"(?i:^[ \t]*(?:(?:de|het)[ \t]+)?(?:{office_re}))(?![\w-])[^\n]*,[ \t]*\Z"
            rf"|(?i:^[ \t]*aan[ \t]+(?:de|het)[ \t]+(?:{office_re}))(?![\w-])[^\n:]*\Z")
        # "(Programma Manager)", "(Senior Adviseur)": a function written in two words, in parentheses
        paren_civil = r"\([ \t]*(?:\p{Lu}\p{Ll}+[ \t]+)?"
        self.p_civil_inline = regex.compile(rf"^[ \t]*(?:,[ \t]*|{paren_civil})(?i:(?:{civil_re}))(?![\w-])")
        self.p_civil_after = regex.compile(rf"^[ \t]*(?:,[ \t]*|{paren_civil}|\n[ \t]*)(?i:(?:{civil_re}))(?![\w-])")
        capitalised = [t[0].upper() + t[1:] for t in self.tussenvoegsels if t[:1].isalpha()]
        tv_re = phrases(capitalised) or r"(?!x)x"
        self.p_tv_before = regex.compile(rf"(?<![\w'])(?P<tv>{tv_re})[ \t]*\n?[ \t]*\Z")
        shared = {"voorzitter", "secretaris", "griffier", "ambtelijk secretaris", "hoofd", "sg", "dg", "boa", "manager"}
        finder_re = phrases(t for t in civil if t not in shared) or r"(?!x)x"
        self.p_function_name = regex.compile(
            rf"(?i:(?<![\w-])(?:{finder_re}))[ \t]+(?P<name>(?:(?i:van|de|der|den|ter|ten|'t)[ \t]+)*\p{{Lu}}[\p{{Ll}}'’-]+)"
            rf"(?![\w'’-])(?![ \t]+\p{{Lu}})")
        self.p_function_start = regex.compile(rf"(?i:(?:{civil_re}))[ \t]+(?=\p{{Lu}})")
        self.p_civil_before = regex.compile(rf"(?i:(?<![\w-])(?:{civil_re}))[ \t]*,?[ \t]*\Z")
        # "de woordvoerder van de staatssecretaris, X", "de dochter van de burgemeester, X": the office
        # title before the name is another person's, the name is the function's or the relative's holder
        nouns_re = "|".join(regex.escape(t) for t in lexicon.person_nouns) or r"(?!x)x"
        self.p_subordinate = regex.compile(
            rf"(?i:(?<![\w-])(?:(?P<civil>{civil_re})|{nouns_re}))[ \t]+(?:van|voor|bij)[ \t]+(?:(?:de|het|onze|uw)[ \t]+)?\Z")
        self.request_names = [parse_name(n, self) for n in lexicon.request_names]
        self.agency_boards = [parse_name(n, self) for n in lexicon.agency_boards]
        # a chat's or an address book's "Surname Firstname" order ("Hirscher Johanna"): two words, exactly swapped
        self.listed_swapped = {" ".join(reversed(_norm(n).split())) for n in (*lexicon.agency_boards, *lexicon.current_officials)
                               if len(n.split()) == 2}
        self.person_nouns = frozenset(lexicon.person_nouns)
        self.greetings = frozenset(w.lower() for g in GREETINGS for w in g.split())
        self.office_words = frozenset(w for t in lexicon.office_titles for w in t.split())
        self.office_words_single = frozenset(t for t in lexicon.office_titles if " " not in t)
        # "... X. Ik ben raadslid", "X, en ik ben wethouder van ...": the office a speaker names right after their name
        singles = phrases(sorted(self.office_words_single, key=len, reverse=True)) or r"(?!x)x"
        self.p_self_office = regex.compile(rf"[ \t]*[.,]?[ \t]+(?i:(?:en[ \t]+)?ik[ \t]+ben)[ \t]+(?:(?i:de|het|een)[ \t]+)?"
                                           rf"(?P<office>(?i:{singles}))(?![\w-])")
        self.civil_words = frozenset(t for t in lexicon.civil_servant_titles)
        self.assemblies = Assemblies(lexicon)
        self.columns = StructureFinder(lexicon)  # the header tables read column by column (column_label)
        self.no_person = NoPersonGrammar(lexicon)  # firms after an article, former functions, cut neighbours
        self.staff_labels = frozenset(lexicon.staff_labels)
        civil = "|".join(regex.escape(t) for t in lexicon.civil_servant_titles if " " not in t) or r"(?!x)x"
        self.p_civil_compound = regex.compile(rf"\p{{L}}(?:{civil})\Z")  # "projectsecretaris", "bestuursadviseur"
        self.office_nouns = OfficeGrammar(lexicon)  # "bestuurder X van waterschap Y", "X, die als gedeputeerde"
        self.member_sections = MemberSections(lexicon)  # "Rekenkamercommissie X Leden: A, B Secretariaat: C"
        # The one-word labels of an attendance header ("Wethouders", "Verslag"): a header whose layout lost
        # its colons runs them into the names ("M. Horjus Wethouders De heren ...", "Verslag Elise X")
        self.label_words = frozenset(w for w in OFFICE_LABELS + CIVIL_LABELS if " " not in w)
        civil_bare = "|".join(regex.escape(w[0].upper() + w[1:]) for w in CIVIL_LABELS if " " not in w)
        self.p_civil_label_bare = regex.compile(rf"(?<![\w-])(?:{civil_bare})[ \t]+\Z")
        # the surnames of (former) bewindspersonen and Kamerleden: "mevrouw Kuik" in Handelingen
        self.official_surnames = frozenset(parse_name(n, self).core for n in lexicon.public_officials) - {""}
        # "wethouder Ossel", "burgemeester Van der Laan" (a surname alone after an office title): titled_surnames
        tv_any = phrases(t for t in sorted(self.tussenvoegsels, key=len, reverse=True) if t[:1].isalpha()) or r"(?!x)x"
        self.p_titled_surname = regex.compile(
            rf"(?P<title>(?i:(?<![\w-])(?:{office_re})))[ \t]+(?:(?i:{courtesy})\.?[ \t]+)?(?:(?i:{tv_any})[ \t]+)*"
            rf"(?P<surname>\p{{Lu}}[\p{{Ll}}'’-]+)(?![\w'’-])(?![ \t]+\p{{Lu}})")
        # ... or a bare surname opening a sentence with its office in apposition ("Schneiders, burgemeester van X, ...")
        self.p_surname_office = regex.compile(
            rf"(?:(?<=[.!?][\"”’]?[ \t]+)|(?m:(?<=^[ \t]*)))(?P<surname>\p{{Lu}}[\p{{Ll}}'’-]+),[ \t]*(?:de[ \t]+|het[ \t]+)?"
            rf"(?P<title>(?i:(?:oud|ex)-)?(?i:{office_re}))(?![\w-])")

    _LIST_TOKEN = regex.compile(r"\([^()\n]{0,30}\)|[\w'’.-]+|[,:;]|\n")
    _WORD_TAIL = regex.compile(r"[\w'’.-]*")
    _LIST_WORDS = frozenset({"en", "te", "weten", "de", "heer", "heren", "dames", "mevrouw", "mw", "mw.", "dhr", "dhr.",
                             "-", "ing.", "ir.", "mr.", "drs.", "dr.", "prof."})

    def in_member_list(self, text: str, start: int) -> str:
        """The plural office title heading a list the name stands in: "de raadsleden, te weten, de dames
        T.A.M. Buis en ir. C.H. van den Berg-Huisman, de heren ..." -> "de raadsleden" (else "").
        Walks back over names, initials, titles, commas and "en" only, so "de leden van het college, de
        medewerkers van de afdeling, de heren X en Y" does not make X and Y members."""
        for reach in (600, 4000):  # the longer look only for a long list (150 members present in Handelingen)
            lo = max(0, start - reach)
            if lo:  # the window must not open inside a word: its tail ("kerman" of "Beckerman") is no list token
                lo = self._WORD_TAIL.match(text, lo).end()
            for steps, tok in enumerate(reversed(list(self._LIST_TOKEN.finditer(text, lo, start)))):
                head = tok.group(0).lower() in self.plural_heads and self.plural_end.search(text, lo, tok.end())
                if head:
                    title = _cue((self.p_title.search(head.group(0)) or head).group(0))
                    setting = self.assemblies.setting(text)
                    if title.lower() in ("leden", "de leden") and not self.p_assembly.search(text) \
                            and not setting.parliament and not setting.assembly:
                        return ""  # the members of any group ("de leden: ..." of a working group)
                    return title
                t = tok.group(0)
                clause = regex.split(r"[.!?;:\n]", text[max(0, tok.start() - 150):tok.start()])[-1] if t == ":" else ""
                if t == ":" and self._civil_line_label(text, tok.start()):
                    return ""  # "wethouders: A, B\nProjectleider: C": another line's label of a function ends the list
                if t == ":" and (self.assemblies.setting(text).assembly or self.assemblies.setting(text).parliament
                                 or _COUNTED_MEMBERS.search(clause)):
                    # "berichten van verhindering ... van de volgende leden van de Algemene Vergadering:",
                    # "De volgende leden van het bestuur zijn verhinderd:": the clause before the colon; a
                    # committee's count of its members present ("aanwezig zijn elf leden te weten:") in any record
                    head = next((w for w in regex.findall(r"[\w-]+", clause) if w.lower() in self.plural_heads), "")
                    if head:
                        return _cue(clause[clause.index(head):])
                if t == "\n" and text[tok.end():start].lstrip(" \t").startswith("\n") \
                        and not text[lo:tok.start()].rstrip().endswith(":"):
                    return ""  # a blank line ends a list (not the one below its head: "te weten:\n\nVan Aalst")
                if steps > 800 or not (t in (",", ":", "\n") or t.startswith("(") or t[:1].isupper()
                                       or t.lower() in self._LIST_WORDS or t.lower() in self.tussenvoegsels
                                       or t.lower().rstrip(".") in self.titles):
                    return ""
            if lo == 0:
                break
        return ""
        return ""

    def _civil_line_label(self, text: str, colon: int) -> bool:
        """A label of a civil servant's function or a staff/contact label opening the line of the colon at
        `colon` ("Projectleider:", "- Contactpersoon :", "Ambtelijk secretaris:")."""
        m = _LINE_LABEL.search(text, max(0, colon - 60), colon)
        if not m:
            return False
        label = m.group("label").lower()
        kind = self.office_nouns.kind(label.split()[-1])
        return label in self.staff_labels or kind == CIVIL or not kind and bool(self.p_civil_compound.search(label))

    def _title_is_surname(self, before: str, at: int) -> bool:
        """An office title written with a capital right after a listed first name or initials is that
        person's surname ("Wietske Prins", "J. Minister"), no title of the name after it (a list of names
        one a line, "Joost en Wietske Prins\nAnna Brinkhuis")."""
        if not before[at:at + 1].isupper():
            return False
        prev = regex.search(r"(\S+)[ \t]+\Z", before[max(0, at - 40):at])
        if not prev:
            return False
        word = prev.group(1)
        low = word.lower()
        return bool(regex.fullmatch(r"(?:(?:IJ|Th|Ch|\p{Lu})\.)+", word)) or word in self.first_names \
            and not self.lexicon.is_word(word) and low not in self.dutch_words and low not in self.common \
            and low not in self.tussenvoegsels and low not in self.greetings and low.rstrip(".") not in self.titles

    def _title(self, text: str) -> str:
        m = self.p_title.search(text)
        return _cue(m.group(0) if m else text)

    # -- name parts ---------------------------------------------------------------------------------

    def surname(self, text: str) -> str:
        """The surname with its tussenvoegsel, lower case: "Jansen, J. (Jan)" -> "jansen",
        "J.M. de Wit" -> "de wit", "Vries, P. de" -> "de vries", "mevrouw Van Dijk-Bakker" -> "van dijk-bakker"."""
        text = regex.sub(r"\([^)]*\)", " ", text)
        if "," in text:
            head, tail = text.split(",", 1)
            tv = [w for w in tail.lower().split() if w in self.tussenvoegsels]
            return " ".join(tv + _norm(head).split())
        words = [w for w in _norm(text).split() if w.rstrip(".") not in self.titles and not regex.fullmatch(r"(?:\w{1,3}\.)+", w)]
        if not words:
            return ""
        out = [words[-1]]
        for w in reversed(words[:-1]):
            if w in self.tussenvoegsels or " ".join([w] + out[:-1]) in self.tussenvoegsels or w == "-" \
                    or out[0] == "-" or "-" in w and w.rsplit("-", 1)[1] in self.tussenvoegsels:
                out.insert(0, w)  # also the first part of "Donders-de Leest", "Donders - de Leest"
            else:
                break
        return " ".join(out)

    def persons(self, document: Document, findings: list[Finding]) -> list[Finding]:
        """The PERSON findings that are persons at all (before roles): what other stages may treat
        as "a person is named here" ("Havenkade 9" from the model is not)."""
        texts = {p.number: p.text for p in document.pages}
        words = _organisation_words(document, [])
        return [f for f in findings if f.entity_type == PERSON
                and not self.is_not_person(texts[f.page], f.start, f.text, f.detector_kind, words)]

    def is_not_person(self, page_text: str, start: int, text: str, kind: DetectorKind, mailboxes: set[str]) -> bool:
        """Not a person: no name at all, a venue's name ("sporthal De Wielewaal"), or a model's
        single word that is also the document's organisation mailbox ("Marktplein", marktplein@)."""
        if any(c.isdigit() for c in text):  # "Havenkade 9": no name has digits
            return True
        if self.is_not_name(text, kind) and not (kind is DetectorKind.NAME_PATTERN and self._courtesy_particle(page_text, start, text)):
            return True
        if self.assemblies.p_party.fullmatch(text.strip()):  # "Partij voor de Dieren", "Leefbaar Rotterdam"
            return True
        if page_text[start - 1:start] == "(" and _LIST_PARTY.fullmatch(text):
            return True  # "mevrouw X (Lijst Smit – Bos)": a party named for its leader, in parentheses after a name
        words = text.split()
        if words and self.assemblies.local_party(words[0]) and not any(w in self.first_names for w in words):
            return True  # "Gemeentebelangen Smilde", "Dorpsbelangen Oost": a local party and its places
        if regex.match(r"[ \t]*&[ \t]*\p{Lu}|(?:[ \t]+|-)to(?:[ \t]+|-)\p{L}",
                       page_text[start + len(text):start + len(text) + 8]):
            return True  # "Kader Logging & Monitoring", "Horvat & Partners", "Buddy to Buddy": a title or a firm
        if any(len(w) >= 18 and w not in self.names for w in regex.split(r"[\s-]+", text)):
            return True  # "Centrum Infectieziektebestrijding": a compound noun, no name is that long
        first = text.split()[0] if text.split() else ""
        last = text.split()[-1] if text.split() else ""
        # a name of its own: its first word a listed name and, after a tussenvoegsel, its last word too (not
        # "project Hart van Zuid", a project named after a district)
        tail = _NAME_TAIL.match(page_text, start + len(text))  # "Hart" of "project Hart van Zuid"
        end_word = tail.group("last") if tail else last
        named = first in self.names and first.lower() not in self.tussenvoegsels \
            and (len(text.split()) < 3 and not tail or end_word in self.names and end_word not in _COMPASS) \
            or bool(_INITIALS_FIRST.match(text))  # "Kerk te Meerkerk M. van Leeuwen": no venue has initials
        if self.p_venue_before.search(page_text[max(0, start - 30):start]) and not named:
            return True  # "sporthal De Wielewaal", but not "vereniging Pieter de Boer"
        if len(text.split()) == 1 and self.p_venue_second.search(page_text[max(0, start - 60):start]):
            return True  # "waterschap Aa en Maas": the second part of the body's name
        if len(text.split()) == 1 and self._second_part_elsewhere(page_text, start, text):
            return True  # "een van de waterschappen is Aa en Maas" beside "Waterschap Aa en Maas"
        if " " not in text.strip() and text.strip() not in self.names and text.strip().lower() in self.dutch_words \
                and page_text[start + len(text):start + len(text) + 1] == ":":
            return True  # "Werkdagen:" in a signature: a field's label (not "Bakker: ..." in a chat)
        if len(text.split()) > 1 and last not in self.names and _STREET_END.search(last):
            return True  # "Maria van Nassaustraat": a street named after a person
        if self.no_person.is_no_person(page_text, start, text):
            return True  # "bij de Albert Heijn", "Oud-collega" (places.py)
        if named_thing(self.p_thing_named, page_text, start):
            return True  # "storm X", "het schip X": a thing's given name (firstnames.py)
        if kind is not DetectorKind.NER:
            return False
        if self._compass_place(text):
            return True
        if self.column_label(page_text, start, text):
            return True
        if self.is_no_person_shape(page_text, start, text):
            return True
        if self.in_place_name(page_text, start, text):
            return True
        sentence_start = not page_text[:start].rstrip(" \t") or page_text[:start].rstrip(" \t")[-1] in ".!?:\n"
        if " " not in text.strip() and sentence_start and _PRONOUN_AFTER.match(page_text, start + len(text)):
            return True  # "Bent u het niet eens", "Doe ik": a verb before its subject
        if _HOUSE_NUMBER_AFTER.match(page_text, start + len(text)) and not any(
                w in self.first_names for w in text.split()):
            return True  # "Korte Voorhout 7, 2511 CW": a street
        if " " not in text.strip() and text.lower() in self.not_names and _PLACE_BEFORE.search(page_text[max(0, start - 20):start]):
            return True  # "van Lochem", "Dorpsstraat 12, Lochem": a place that is also a surname
        if text in self.names:
            return False
        parts = text.split()
        if len(parts) >= 2 and parts[-1].lower() in self.not_names and parts[-1] not in self.names \
                and parts[-2].lower() not in self.tussenvoegsels and not any(w in self.first_names and w.lower() not in self.tussenvoegsels for w in parts):
            return True  # "De Krijgsman Muiden": a project or firm and its place, no first name in it
        caps = [w for w in regex.split(r"[^\w'’-]+", text)
                if w and w[0].isupper() and w.lower() not in self.tussenvoegsels]
        after_function = self.p_civil_before.search(page_text[max(0, start - 40):start])
        if after_function and len(caps) > 1 and not any(w in self.names for w in caps):
            return True  # "Manager Regulatory Affairs": the rest of a function's title, no name in it
        if len(caps) > 1:  # "Noordzee Windenergie", "Regiegroep Schone Lucht Akkoord": mostly Dutch words
            if any(regex.search(r"-\p{Ll}{3,}", w) and w.split("-")[-1] not in self.tussenvoegsels
                   for w in caps):  # "Groen Licht-campagne": a compound noun
                return True
            if self._title_of_words(page_text, start, caps):
                return True
            if self._organisation_named(caps):
                return True
            if any(p in self.names for w in caps for p in w.split("-")):
                return False
            return sum(w.lower() in self.dutch_words or w.lower() in self.not_names for w in caps) * 2 >= len(caps)
        # One word from the model and no name list knows it: an organisation's mailbox or site name
        # ("Marktplein"), a long compound ("Informatiehuishouding"), or a verb that opens a sentence
        # before its subject ("Doe ik", "Ziet er goed uit").
        word = regex.sub(r"\W", "", text.lower())
        plural = regex.fullmatch(r"(\p{Ll}+)['’]s", text.strip().lower())
        if plural and plural.group(1) in self.dutch_words and text.strip()[:-2].rstrip("'’") not in self.names:
            return True  # "Programma’s" (of "Directeur Programma’s en Projecten"): a plural, not "Anna's"
        if word in mailboxes or word in self.dutch_words or len(word) >= 14 or word.endswith(_NOUN_ENDINGS):
            return True
        if regex.search(r"\p{Ll}\p{Lu}{2,}$", text.strip()):  # "MantelzorgNL": an organisation
            return True
        # "de spreektekst" elsewhere in lower case: a noun (but not "m.kaya@..." or ".../kaya")
        if regex.search(rf"(?<![\w.@/_-]){regex.escape(word)}(?![\w@/_-])(?!\.\w)", page_text):
            return True
        return bool(_PRONOUN_AFTER.match(page_text, start + len(text)))

    def _organisation_named(self, caps: list[str]) -> bool:
        """An organisation's word and its name of places or ordinary words after it ("© Copyright Gemeente
        Hoogeveen", "Provincie Groningen"): no first name anywhere in the span (a model's span run on from
        "namens de Gemeente" into "Jan Jansen" keeps its person)."""
        heads = [k for k, w in enumerate(caps[:-1]) if w.lower() in self.hand_not_names]
        return bool(heads) and not any(w in self.first_names for w in caps) and all(
            w.lower() in self.not_names or w.lower() in self.dutch_words for w in caps[heads[0] + 1:])

    def _compass_place(self, text: str) -> bool:
        """A district by its compass point: "Hoger Einde-Noord", "Oost Boswinkel", "Zuid-Oost Kern" (no
        first name or initials in it)."""
        words = text.split()
        if len(words) == 1 and "-" in text:  # "Noord-Limburg", "West-Friesland": a region by its compass point
            head, _, rest = text.partition("-")
            return head in _COMPASS and rest.lower() in self.not_names
        if len(words) < 2 or any(regex.search(r"\p{Lu}\.", w) for w in words):
            return False
        compass = words[0] in _COMPASS or regex.search(rf"-(?:{'|'.join(_COMPASS)})\Z", words[-1])
        return bool(compass) and not any(w in self.first_names and w not in _COMPASS for w in words)

    def column_label(self, page_text: str, start: int, text: str) -> bool:
        """A model's span that fills its line above a line opening with a courtesy title and a name, in
        a column layout of such pairs ("Bladel\nDhr. P. Verhoeven\nHapert\nMw. A. van Gils", a village or
        a label "Gast" above each member): no person, unless it holds a listed first name."""
        line_start = page_text.rfind("\n", 0, start) + 1
        line_end = page_text.find("\n", start)
        line_end = len(page_text) if line_end < 0 else line_end
        if page_text[line_start:line_end].strip() != text.strip() or any(w in self.first_names for w in text.split()):
            return False
        if not _TITLED_LINE.match(page_text, line_end):
            return False
        near = page_text[max(0, line_start - 300):min(len(page_text), line_end + 300)]
        return len(_TITLED_LINE.findall(near)) >= 2

    _WORD_TOKEN = regex.compile(r"[\p{L}'’-]+")

    def in_place_name(self, page_text: str, start: int, text: str) -> bool:
        """A model's span that lies in a place's name of several words ("Waard" of "Dijk en Waard"), or
        whose other words are ordinary words ("Senioren Dijk" of "Senioren Dijk en Waard", a local
        party named after its municipality): no person."""
        end = start + len(text)
        lo, hi = max(0, start - 40), min(len(page_text), end + 40)
        tokens = [m for m in self._WORD_TOKEN.finditer(page_text, lo, hi) if "\n" not in page_text[m.start():m.end()]]
        covered: list[tuple[int, int]] = []
        for i in range(len(tokens)):
            for n in (2, 3, 4, 5):
                run = tokens[i:i + n]
                if len(run) < n or run[-1].start() - run[0].end() > 4 * n or not run[0].group(0)[:1].isupper() \
                        or not run[-1].group(0)[:1].isupper():
                    continue
                if any(not regex.fullmatch(r"[ \t]+", page_text[a.end():b.start()]) for a, b in zip(run, run[1:])):
                    continue
                if " ".join(t.group(0) for t in run).lower() in self.not_names:
                    s, e = run[0].start(), run[-1].end()
                    if s < end and start < e:
                        covered.append((s, e))
        if not covered:
            return False
        rest = [m.group(0) for m in self._WORD_TOKEN.finditer(page_text, start, end)
                if not any(s <= m.start() and m.end() <= e for s, e in covered)]
        return all(w.lower() in self.tussenvoegsels or (w not in self.first_names and (
            w.lower() in self.dutch_words or w.lower() in self.not_names)) for w in rest)

    def _title_of_words(self, page_text: str, start: int, caps: list[str]) -> bool:
        """ "(de Jaarrapportage\n)Bedrijfsvoering Rijk": a title of ordinary words, one of them also a name
        ("Rijk", "Bos", "Winter") - every name word is an ordinary word, and another word is a plain noun
        of six letters or more that is no name, title or person noun. Not a sentence's first word
        ("Gisteren Rijk Bos"): there the model may have taken one word too many."""
        named = [w for w in caps if any(p in self.names for p in w.split("-"))]
        if not named or not all(self.lexicon.is_word(p) or p.lower() in self.common
                                for w in named for p in w.split("-") if p in self.names):
            return False
        before = page_text[:start].rstrip()
        opens = not before or before[-1] in ".!?:;•*-" or before.endswith(("\"", "'"))
        for i, w in enumerate(caps):
            low = w.lower()
            if w in named or len(low) < 6 or low not in self.dutch_words or (i == 0 and opens) \
                    or low in self.titles or low in self.person_nouns or low in self.greetings \
                    or low in self.office_words or low in self.civil_words:
                continue
            return True
        return False

    def _second_part_elsewhere(self, page_text: str, start: int, text: str) -> bool:
        """A word after "X en" (or "X Y en") whose whole two-part name the page also writes right after a
        venue's or body's noun, where `p_venue_second` reads it as the name's second part: the same name without
        its noun. Keeps only what that rule keeps at the noun (twelfth session, second round)."""
        before = _PAIR_BEFORE.search(page_text, max(0, start - 60), start)
        if not before:
            return False
        words = before.group(0).split()
        for k in range(len(words) - 1):  # the longest first: "Brabantse Aa en", "Aa en"
            pair = r"[ \t]+".join(regex.escape(w) for w in words[k:] + [text])
            if regex.search(rf"{self.venue_noun}(?-i:{pair})(?![\w'’-])", page_text):
                return True
        return False

    def is_no_person_shape(self, page_text: str, start: int, text: str) -> bool:
        """A model's span shaped like no person: an acronym or short form ("BZK", "J&V", "MinFin"), a
        function ("Businessadviseur", "Functionaris Gegevensbescherming"), a form label ("Plaats:",
        "Huisnummer:") or a part of an identifier (the "NL" of "ECLI:NL:RBAMS:2020:123")."""
        words = text.split()
        if not words or "&" in text or (text.isupper() and len(text.replace(".", "")) > 1 and "." not in text):
            return True
        end = start + len(text)
        if page_text[start - 1:start] == ":" and page_text[end:end + 1] == ":":
            return True  # ECLI:NL:..., urn:...:
        if len(words) == 1 and regex.fullmatch(r"\p{Lu}\p{Ll}+\p{Lu}\p{Ll}*", text) and text not in self.names:
            return True  # "MinFin", "DigiD"
        low = words[0].lower()
        if any(low == t or (low.endswith(t) and len(low) > len(t) + 2) for t in self.civil_titles):
            return True  # "Businessadviseur", "Functionaris Gegevensbescherming"
        line_start = page_text.rfind("\n", 0, start) + 1
        if len(words) == 1 and not page_text[line_start:start].strip(" \t-•*") \
                and regex.match(r"[ \t]*:", page_text[end:end + 3]) and text not in self.first_names:
            # "Plaats:", "Huisnummer:" in a block of form fields (not "Sanne: ..." in a transcript)
            before = page_text[max(0, line_start - 200):line_start].split("\n")[-2:-1]
            after_end = page_text.find("\n", end)
            after = page_text[after_end + 1:after_end + 200].split("\n")[:1] if after_end >= 0 else []
            if low in self.dutch_words_lower or any(_FORM_FIELD.match(line) for line in before + after):
                return True
        return False

    def is_function_word(self, word: str) -> bool:
        """A function or a compound that ends in one: "Businessadviseur", "Informatiemanager"."""
        low = word.lower()
        return any(low == t or (low.endswith(t) and len(low) > len(t) + 2) for t in self.civil_titles)

    def supported(self, page_text: str, start: int, text: str) -> bool:
        """A model's span that the lexicon or its context supports: a listed first name or surname that
        is no ordinary word, or a courtesy title or greeting right before it."""
        if self.listed_or_titled(page_text, start, text) or self.open_first_name_in(text):
            return True
        if _ALDUS_BEFORE.search(page_text, max(0, start - 80), start) and regex.match(r"[ \t]*[.,;!?\n]",
                                                                                   page_text[start + len(text):]):
            return True  # a quote's attribution: "..., aldus de chefs Holterman en Balanan."
        if _PERSON_RELATIVE.match(page_text, start + len(text)):
            return True  # "voor Stenske (die jaren penningmeester was)": a relative clause of a person's function
        # The model's full name of words that are no ordinary words ("Kokou Djagnikpo"): the nearest we
        # have to a confident score (the model's own score is not passed on).
        caps = [w for w in text.split() if w.lower() not in self.tussenvoegsels]
        return len(caps) >= 2 and all(w[:1].isupper() and not self.lexicon.is_word(w) and w.lower() not in
                                      self.dutch_words_lower for w in caps)

    def listed_or_titled(self, page_text: str, start: int, text: str) -> bool:
        """The span is written as a name (initials after it), holds a listed first name or surname that
        is no ordinary word, or has a courtesy title or greeting right before it: evidence that does not
        rest on how the span's letters look (decide/ocrwords.py)."""
        if _INITIALS_AFTER.search(text):  # "Vermeulen, (E.)": written as a name, with its initials
            return True
        words = _span_words(text)
        # one word alone that is also among the most common Dutch words ("Water", "Berg") is too weak: the
        # surname list holds it, but so does every committee's or programme's name
        lone_common = len(words) == 1 and words[0].lower() in self.common
        if not lone_common and any(w in self.names and w.lower() not in self.tussenvoegsels
                                   and not self.lexicon.is_word(w) and w.lower() not in self.dutch_words_lower
                                   for w in words):
            return True
        return self.titled(page_text, start)

    def open_first_name_in(self, text: str) -> bool:
        """The span holds a first name of the open list (bench/build_first_names.py) that is no ordinary
        word: support for a model's span, not for an OCR word (the open list is too wide for garbled letters)."""
        return any(self.lexicon.is_open_first_name(w) for w in _span_words(text))

    def titled(self, page_text: str, start: int) -> bool:
        """A courtesy title or greeting right before `start`."""
        return bool(self.p_salutation.search(page_text[max(0, start - 30):start]))

    def _office_in_run_after(self, text: str, end: int, paren: regex.Match | None) -> bool:
        """An office title after a name in a labelled run, in its own parentheses ("dhr. X (gedeputeerde)", "(cdk,
        voorzitter GS)") or among the titles that close the run before the next label ("de heer X de heer Y wethouder
        wethouder Afwezig:"): the label's kind does not decide for this name. `paren`: _PAREN_HEAD_AFTER after it."""
        if paren:
            return paren.group(1).lower() in self.office_words_single
        run = regex.match(r"[^:\n]{0,300}", text[end:end + 300]).group(0)
        run = regex.sub(r"\S+[ \t]*\Z", "", run)  # the next label's first word ("Afwezig")
        words = regex.findall(r"(?<![\w-])\p{Ll}[\p{L}-]*(?![\w-])", run)
        return bool(words) and any(w in self.office_words_single for w in words) \
            and all(w in self.office_words_single or w in self.tussenvoegsels or w in ("de", "heer", "en", "mevrouw")
                    for w in words)

    def _courtesy_particle(self, page_text: str, start: int, text: str) -> bool:
        """ "Mevrouw De Winde", "De heer Van Bergen": a courtesy title, then a capitalised particle and a word that is
        no function ("mevrouw de Voorzitter"): a surname, also when the word is an ordinary one."""
        words = text.split()
        return len(words) >= 2 and words[0][:1].isupper() and words[0].lower() in self.tussenvoegsels \
            and words[-1].lower() not in self.office_words and not self.is_function_word(words[-1]) \
            and bool(_COURTESY_BEFORE.search(page_text, max(0, start - 12), start))

    def is_not_name(self, text: str, kind: DetectorKind) -> bool:
        words = [w for w in regex.split(r"[^\w'’-]+", text) if w]
        if not words:
            return True
        norm = _norm(text)
        # "Ter Apel", not "Achterberg"; a hand-listed word whatever the surname list holds ("Beste Raad,")
        if norm in self.not_names and (norm in self.hand_not_names or not any(w in self.names for w in words)):
            return True
        if kind is DetectorKind.NER and regex.fullmatch(r"(?:\p{Lu}\p{Ll}?\.[ \t]*)+", text.strip()):
            return True  # a model's span of initials alone ("J." of "mevrouw J. d Arnaud"): no one is named by it

        def word_only(w: str) -> bool:
            low = w.lower()
            if w in self.names and not (len(w) > 1 and w.isupper()):
                return False
            return low in self.not_names or low in self.common or (w.isupper() and len(w) > 1
                                                                    and kind is not DetectorKind.STRUCTURE)
        rest = [w for w in words if w.lower() not in self.tussenvoegsels]
        if not rest:  # "van de": no name; but "Ben" (also a tussenvoegsel) found alone by a name pattern is one
            return not (len(words) == 1 and words[0] in self.first_names and kind is DetectorKind.NAME_PATTERN)
        if all(word_only(w) for w in rest):
            return True
        ends = text.split()
        if len(ends) > 1 and any(w not in self.names and regex.search(_ORG_COMPOUND, w.lower().rstrip(",."))
                                 for w in ends):
            return True  # "Tekstbureau Talent", "Adviesbureau Ruimte", "Aan Bouwbedrijf": a firm's compound
        if kind is DetectorKind.NER:  # "Gemeente Zuidhaven", "Subsidies DGDOO": an organisation word at either end
            return any(w.lower() in self.hand_not_names and w not in self.names
                       or (w.isupper() and w.isalpha() and len(w) > 1)  # "DGDOO", not the initials "R.E."
                       for w in ((words[-1], ends[-1].rstrip(",")) if regex.fullmatch(r"(?:\p{Lu}\p{L}?\.)+", ends[0])
                                 else (words[0], words[-1], ends[0].rstrip(","), ends[-1].rstrip(","))))
            # (initials first, "CH.C. de Haas": no organisation's code)
        return False

    def trim(self, decision: Decision, page_text: str) -> Decision:
        """Cut a model's span at the first lower-case word that is not a tussenvoegsel before a surname:
        "Esra Yildiz van de afdeling Financiën" -> "Esra Yildiz", "Aydin presenteert" -> "Aydin"."""
        f = decision.finding
        clean = f.text.rstrip(" ,;:.!?)\n\t")
        if clean.endswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) and f.text[len(clean):].startswith("."):
            clean += "."  # the dot of an initial
        if clean != f.text and clean:  # "Bram Verschuren," -> "Bram Verschuren"
            f = replace(f, end=f.start + len(clean), text=clean)
            decision = replace(decision, finding=f)
        # A code or a party in parentheses is no part of the name: "Raaijmakers (RVM/MIL)", "Van der Kooij
        # (Groen Links" (not the first name of "Jansen, J. (Jan)" or the initials of "Vermeulen (E.)")
        paren = regex.search(r"[ \t]*\(([^()]*)\)?\Z", f.text)
        if paren and paren.start() > 0 and not _INITIALS_AFTER.fullmatch(f.text, paren.start()) \
                and not (paren.group(1).split() and paren.group(1).split()[0] in self.first_names):
            f = replace(f, end=f.start + paren.start(), text=f.text[:paren.start()])
            decision = replace(decision, finding=f)
        # A tussenvoegsel the model left out, also across a line break: "Van\nWanrooij" -> the whole name.
        lead_tv = self.p_tv_before.search(page_text[max(0, f.start - 20):f.start])
        if lead_tv:
            start = f.start - (len(page_text[max(0, f.start - 20):f.start]) - lead_tv.start("tv"))
            f = replace(f, start=start, text=page_text[start:f.end])
            decision = replace(decision, finding=f)
        # A field's label or function around a first name and surname: "Opdrachtnemer Jacqueline Slats",
        # "Petra Helwig Informatiemanager" -> the name (the label or function word is no listed name)
        words = f.text.split()
        if len(words) >= 3 and words[0] not in self.names and words[0].lower() in self.dutch_words_lower \
                and words[1] in self.first_names:
            cut = f.text.index(words[1])
            f = replace(f, start=f.start + cut, text=f.text[cut:])
            decision = replace(decision, finding=f)
        words = f.text.split()
        if len(words) >= 3 and words[0] in self.first_names and words[-1] not in self.names \
                and self.is_function_word(words[-1]):
            f = _without_last_word(f)
            decision = replace(decision, finding=f)
        # A function before the name is not part of it: "Beleidsmedewerker Jansen" -> "Jansen".
        lead = self.p_function_start.match(f.text)
        if lead and lead.end() < len(f.text):
            f = replace(f, start=f.start + lead.end(), text=f.text[lead.end():])
            decision = replace(decision, finding=f)
        words = list(regex.finditer(r"\S+", f.text))
        keep_to = None
        i = 1
        while i < len(words):
            w = words[i].group(0)
            if w[0].isupper() or w.startswith("("):
                i += 1
                continue
            j = i
            while j < len(words) and words[j].group(0).lower() in self.tussenvoegsels:
                j += 1
            if j > i and j < len(words) and words[j].group(0)[0].isupper() and \
                    words[j].group(0).lower() not in self.hand_not_names:
                i = j + 1
                continue
            keep_to = words[i - 1].end()
            break
        if keep_to is None:
            return decision
        text = f.text[:keep_to].rstrip(" ,")
        return replace(decision, finding=replace(f, end=f.start + len(text), text=text))

    _LIST_ITEM = regex.compile(r"(?m)^[ \t]*(?P<n>\d{1,2})[.)][ \t]+")

    def list_openers(self, page_text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A numbered list whose items open with a person ("1. Ilonka de Haan, voorzitter van ...", "2.
        Armijn van Roon, oprichter ...", "3. Kokou Djagnikpo komt uit ..."): an item of it that opens the
        same way with two or three capitalised words that no list knows as ordinary words, before a comma
        or a lower-case word ("4. Biene Hovingh is buddy"), opens with a person too. `persons`: the spans
        of the page's PERSON findings. Returns the new spans."""
        items = list(self._LIST_ITEM.finditer(page_text))
        if len(items) < 3:
            return []
        opens = {m.end(): any(s == m.end() for s, _ in persons) for m in items}
        out = []
        for k, m in enumerate(items):
            if opens[m.end()]:
                continue
            near = items[max(0, k - 3):k] + items[k + 1:k + 4]
            if sum(opens[o.end()] for o in near) < 2:
                continue
            head = self._OPENER.match(page_text, m.end())
            if not head:
                continue
            words = [w for w in head.group("name").split() if w.lower() not in self.tussenvoegsels]
            if all(not self.lexicon.is_word(w) and w.lower() not in self.dutch_words_lower
                   and w.lower() not in self.not_names for w in words):
                out.append((m.end(), m.end() + len(head.group("name"))))
        return out

    def function_names(self, page_text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A surname alone right after a civil servant's function ("wijkagent Brinkhuis", "de projectleider
        Van Dam"), no capitalised word after it: a listed surname that is no ordinary word, first name or
        place (or any listed surname after a tussenvoegsel), outside `persons` (the page's PERSON spans). Not after the functions a body's own officers
        share ("voorzitter", "secretaris", "griffier": a council's chair is an official)."""
        out = []
        for m in self.p_function_name.finditer(page_text):
            s, e = m.start("name"), m.end("name")
            words = m.group("name").split()
            core = words[-1]  # with a tussenvoegsel an ordinary word is a surname too ("De Graaf", "Van Dijk")
            if core not in self.surnames or any(a < e and s < b for a, b in persons) or len(words) == 1 and (
                    core in self.first_names or self.lexicon.is_word(core) or core.lower() in self.dutch_words_lower):
                continue
            if self.no_person.place_of_function(page_text, m.group("name"), e, persons):
                continue  # "De wijkagent van Dalfsen is Ruben X": the function's place, its holder named after it
            out.append((s, e))
        return out

    _OPENER = regex.compile(r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:van|de|der|den|ter|ten|'t)[ \t]+)*\p{Lu}\p{Ll}+){1,2})"
                            r"(?=[ \t]*,|[ \t]+\p{Ll})")

    def extend(self, decision: Decision, page_text: str) -> Decision:
        """The parts of a name a detector left out: the initials in parentheses after a surname
        ("Vermeulen, (E.)", "Vermeulen (E.J.)"); and what it took too much: a greeting before the name
        ("Dear Hanke" -> "Hanke") and a listed party that a name pattern took for a surname after "van"
        ("Verschoor van ChristenUnie" -> "Verschoor": the party is no name)."""
        f = decision.finding
        m = _INITIALS_AFTER.match(page_text, f.end)
        if m and not regex.search(r"\(", f.text):
            end = m.end()
            f = replace(f, end=end, text=page_text[f.start:end])
        typo = _INITIALS_TYPO_BEFORE.search(page_text, max(0, f.start - 20), f.start)
        if typo and self.titled(page_text, f.start):  # "De Heer A.P, Takx": initials whose last dot is a comma
            f = replace(f, start=typo.start(), text=page_text[typo.start():f.end])
        dashed = self._dashed_tail(f, page_text)
        if dashed:
            f = replace(f, end=dashed, text=page_text[f.start:dashed])
        lead = self.p_greeting_lead.match(f.text)
        if lead and len(f.text.split()) > 1:  # "Dear Hanke," (a listed first name "Dear"): the greeting is no name
            f = replace(f, start=f.start + lead.end(), text=f.text[lead.end():])
        words = f.text.split()
        if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in self.label_words \
                and words[-1] not in self.names:  # "M. Horjus Wethouders": the next label of a header
            f = _without_last_word(f)
        words = f.text.split()
        if len(words) > 1 and self._organisation_tail(words[-1]):
            # "Drs. M. (Marleen) Laverman Rekenkamercommissie": the body's name on the same line is no part of it
            f = _without_last_word(f)
        words = f.text.split()
        if len(words) > 2 and words[-1] not in self.first_names \
                and (words[-1].lower() in self.dutch_words_lower or words[-1].lower() in self.plural_heads) \
                and (page_text[f.end:f.end + 1] == ":"  # "P. van Dijk Leden:": the next field's label
                     # or its first word, the label going on to its colon on the line ("P. Jansen Plaatsvervangend
                     # voorzitter:", "J. Smit Onderzoekers Van de Rekenkamer:"), the word no listed name
                     or words[-1] not in self.names and _LABEL_REST.match(page_text, f.end)):
            f = _without_last_word(f)
        words = f.text.split()
        if len(words) >= 3 and words[-1][:1].isupper() and words[-1].lower() in self.office_words_single \
                and words[-2] not in self.first_names and words[-2].lower() not in self.tussenvoegsels:
            shorter = _without_last_word(f)  # "W.A. Jansen Dijkgraaf" closing a text: the office after the name
            if self.closing_office(page_text, shorter.start, shorter.end, shorter.text):
                f = shorter
        glued = _GLUED_SPEAKER.search(page_text, f.start, min(len(page_text), f.end + 30))
        if glued and f.start < glued.start() < f.end:  # "A. (Arie) JansenDe heer Jansen (X):": the next line's title
            f = replace(f, end=glued.start(), text=page_text[f.start:glued.start()])
        lead = _LIST_PARTY_LEAD.match(f.text)
        if lead:  # "Lijst van Vliet F. van Vliet": a party named for its leader opens the members' row
            f = replace(f, start=f.start + lead.end(), text=f.text[lead.end():])
        broken = regex.fullmatch(r"(?P<name>[^\n]+?)[ \t]*\n[ \t]*(?P<word>\p{Lu}\p{Ll}+)", f.text)
        if broken and broken.group("word") not in self.names and broken.group("word").lower() in self.dutch_words_lower:
            # "Jansen\nLijst": the next row's first word is no part of the name
            f = replace(f, end=f.start + len(broken.group("name")), text=broken.group("name"))
        cut = next((m for m in _PARTY_TAIL.finditer(f.text, overlapped=True)
                    if self.assemblies.p_party.fullmatch(m.group("party"))), None)
        if cut and cut.start() > 0:
            text = f.text[:cut.start()]
            f = replace(f, end=f.start + len(text), text=text)
        return decision if f is decision.finding else replace(decision, finding=f)

    def _dashed_tail(self, f: Finding, page_text: str) -> int:
        """The end of a married name's second part after a spaced dash (_DASHED_TAIL), or 0."""
        words = f.text.split()
        if len(words) < 2 or not regex.fullmatch(r"\p{Lu}\p{Ll}[\p{L}'’-]*", words[-1]) or regex.search(r"[ \t][–-][ \t]", f.text) \
                or not (words[0] in self.first_names or _INITIALS_FIRST.match(f.text)
                        or words[0].lower() not in self.dutch_words and words[0].lower() not in self.not_names):
            return 0  # a full name only (a first name, initials, or a first word no list knows): "Smit – Bos" may be two
        m = _DASHED_TAIL.match(page_text, f.end)
        last = m.group("last") if m else ""
        ordinary = last.lower() in self.dutch_words or last.lower() in self.not_names or self.assemblies.local_party(last)
        if not last or ordinary and not (m.group("tv") and last in self.surnames):
            return 0  # "Smit – Amsterdam", "Smit - Verslag", "Smit – Gemeentebelangen"; not "Bos – van der Knaap"
        return m.end()

    def closing_office(self, text: str, start: int, end: int, value: str) -> str:
        """A signature on one line: a full name (initials or a first name, and a surname) that opens its line
        or a sentence, then a capitalised office title after a space only ("Lees het maar. W.A. Jansen
        Dijkgraaf"). Returns the title, or ""."""
        m = self.p_office_closing.match(text, end)
        if not m:
            return ""
        name = parse_name(value, self)
        if not name.core or not (name.first or name.initials) or value.split()[-1] in self.first_names:
            return ""  # "Jan Willem" before "Dijkgraaf": the title word may be the surname
        before = text[max(0, start - 80):start].rstrip(" \t")
        if before and not before.endswith("\n") and not regex.search(r"\p{Ll}{2}[.!?]\Z", before):
            return ""
        return _cue(m.group(0))

    def _bare(self, before: str) -> str:
        """The text before a name without the courtesy titles that end it ("Verslag mevrouw" -> "Verslag")."""
        return self.p_courtesy_tail.sub("", before).rstrip(" \t")

    # -- the decision per mention -------------------------------------------------------------------

    def role(self, text: str, start: int, end: int, value: str, kind: DetectorKind, why: str = "",
             titled: Mapping[str, str] | None = None) -> Role:
        """The evidence of one mention. `why`: the finding's explanation (a structure finding's position);
        `titled`: the document's surnames that stand alone after an office title (`titled_surnames`)."""
        key, name = _norm(value), parse_name(value, self)
        # Every written form of a name on the request list, unless its first name or initials differ:
        # "Berkel, Nathalie van", "N. van Berkel", "mevrouw Van Berkel" (not "Piet van Berkel").
        if key in self.request or name.core and any(r.core == name.core and compatible(r, name)
                                                    for r in self.request_names):
            return Role("keep", "publieke functionaris (lijst bij dit verzoek)", True, REQUEST, "lijst bij dit verzoek")
        before = text[max(0, start - 160):start]
        after = text[end:end + 60]
        lead = regex.match(rf"(?i:(?:{self.titles_re})\.?[ \t]+)*", value)
        years = _LIFE_YEARS_AFTER.match(after)
        if years and int(years.group("died")) <= date.today().year - HISTORICAL_YEARS \
                and int(years.group("born")) < int(years.group("died")):
            # "Henry David Thoreau (1817-1862)": a historical person, no living person's data
            return Role("keep", "historische persoon (levensjaren bij de naam)", True, OFFICE, years.group(0).strip())
        intro = _SELF_INTRO_BEFORE.search(before[-40:]) and self.p_self_office.match(after)
        if intro:  # "ik ben Aad Grimms. Ik ben raadslid en ...": a speaker introducing themself by their office
            return Role("keep", "publieke functionaris (stelt zich voor met ambt)", True, OFFICE, intro.group("office").lower())
        kamer_chair = _KAMER_CHAIR_SIGNS.search(before)
        if kamer_chair:  # "Namens de Huishoudelijke Commissie van de Eerste Kamer,\n\nDe voorzitter, X"
            return Role("keep", "publieke functionaris (voorzitter van de Kamer of een Kamercommissie)", True, OFFICE,
                        "voorzitter, " + regex.search(r"(?i:eerste|tweede)", kamer_chair.group(0)).group(0).capitalize()
                        + " Kamer")
        if _ON_BEHALF.search(before[-60:]) and not regex.search(r"\n[ \t]*\n[^\n]*\S[^\n]*\n[ \t]*\n", before[-60:]):
            return Role("redact", "ondertekent namens een bestuurder: ambtenaar", True, ON_BEHALF,
                        "ondertekent namens een bestuurder")
        party = self.p_party_after.match(after)
        if party:
            return Role("keep", "publieke functionaris (partij achter de naam)", True, OFFICIAL,
                        "volksvertegenwoordiger " + regex.sub(r"^i[ \t]+", "", party.group(0).strip()))
        party = self.p_party_line.search(before)
        if party:
            return Role("keep", "publieke functionaris (partij voor de naam)", True, OFFICIAL,
                        "volksvertegenwoordiger " + party.group(0).strip())
        setting = self.assemblies.setting(text)
        party = self.p_party_colon.search(before)
        if party and self._in_party_list(text, start, end, bool(party.group("listed") or setting.assembly)):
            return Role("keep", "publieke functionaris (partij voor de naam)", True, OFFICIAL,
                        "volksvertegenwoordiger " + party.group(0).strip(" \t;\n:"))
        if setting.assembly or setting.parliament:
            if setting.parliament and _COMMEMORATION_BEFORE.search(before[-60:]):
                # "Aan de orde is de herdenking van de heer J.W. van Hulst": the Kamer commemorates a former member
                return Role("keep", "publieke functionaris (herdenking in de Kamer)", True, OFFICE, "herdenking in de Kamer")
            local = self.p_local_after.match(after)
            if local and (self.assemblies.local_party(local.group(1))
                          or self.assemblies.p_party.fullmatch(local.group(1))):  # "de heer X van ChristenUnie"
                return Role("keep", "publieke functionaris (partij achter de naam)", True, OFFICIAL,
                            "volksvertegenwoordiger van " + local.group(1))
            faction = self.assemblies.faction_after(text, end)
            if faction:  # "mevrouw A. Jansen (LB)": a local party's code in a council's minutes
                return Role("keep", "publieke functionaris (fractie achter de naam)", True, OFFICIAL,
                            f"volksvertegenwoordiger ({faction})")
            if setting.assembly and (self.assemblies.chair(text, end) or _CHAIR_BEFORE_NAME.search(before)
                                     or self.assemblies.chair_signs(text, start, end)
                                     or self.assemblies.chair_dash(text, start, end)):
                # "L.A. van Gelder (voorzitter)", "De voorzitter, de heer Van Rooij, opent", "X, voorzitter." signing
                # the record: the body's chair
                return Role("keep", "publieke functionaris (voorzitter van de vergadering)", True, OFFICIAL,
                            "voorzitter van de vergadering")
            seat = _SEAT_AFTER.match(after) if setting.assembly else None
            if seat:  # "Mevrouw X heeft haar functie binnen de werkgeverscommissie neergelegd": a member leaves a seat
                return Role("keep", "publieke functionaris (lid van de raad of een raadscommissie)", True, OFFICE,
                            " ".join(seat.group(0).split()))
            shared = self.assemblies.members_after(text, end)
            if shared:  # "de heren A, B en C, allen vertegenwoordiger van de fractie X"
                return Role("keep", "publieke functionaris (rol achter de opsomming)", True, OFFICIAL, shared)
            absent = (self.assemblies.absent_before(text, start, end) if setting.assembly else "") \
                or self.assemblies.announced_absent(text, start)
            if absent:  # "met kennisgeving afwezig zijn de heren A en B en mevrouw C", "Tegen stemt de heer X", "de
                # volgende leden zich hebben afgemeld:\n\nA, B en Van C, wegens ziekte;\n\nD, wegens ..."
                return Role("keep", "publieke functionaris (afwezig of stemmend lid van de vergadering)", True, OFFICE,
                            absent)
            group = self.assemblies.party_group(text, start) if setting.assembly else ""
            if group:  # "VVD mevrouw Van Dobben de Bruijn, de heer Brill, de heer Van Staalduinen PvdA ..."
                return Role("keep", "publieke functionaris (fractie in de presentielijst)", True, OFFICIAL,
                            f"volksvertegenwoordiger {group}")
            row = self.assemblies.table_faction(text, start, end) if setting.assembly else ""
            if row:  # "Burgerbelang P.I. Ackermans" between "GroenLinks I Kleinrensink" and "D66 G.I. Timmer"
                return Role("keep", "publieke functionaris (fractie in een ledenlijst)", True, OFFICIAL,
                            f"volksvertegenwoordiger {row}")
        if setting.judgment:
            acting = self.assemblies.representative(text, start)
            if acting:  # "(gemachtigde: mr. I. Brouwer)", "gedaan door mr. X, rechter": named by the court
                return Role("keep", "procesvertegenwoordiger of rechter in een gepubliceerde uitspraak", True,
                            OFFICIAL, f"{acting} in een gepubliceerde uitspraak")
        if self.assemblies.elected_beside_official(text, start, end):  # "X (ambtelijk), Y (bestuurlijk)"
            return Role("keep", "publieke functionaris (bestuurlijk naast ambtelijk)", True, OFFICE, "bestuurlijk")
        paren = _PAREN_HEAD_AFTER.match(after)
        label_kind, label = self.assemblies.field_label(text, start)
        column = self.columns.column_label(text, start) if kind is DetectorKind.STRUCTURE and not label_kind else ""
        if column:  # a header table read column by column (detect/structure.py): "Portefeuillehouder(s)"
            label = regex.sub(r"[ \t]*\((?:s|en)\)\Z", "", column)
            label_kind = "board" if self.assemblies.p_board_label.match(label + ":") else ""
        if label_kind == "body" and not self.assemblies.roster_rest(text, end):
            label_kind = "office"  # a sentence after the name: only a body's record keeps it (the office label's rules)
        # from here a "body" label has a roster's names after it on its line
        if paren and paren.group(1).lower() in self.assemblies.civil_parens:
            return Role("redact", "ambtenaar of burger (rol bij de naam)", True, FUNCTION, _cue(paren.group(1)))
        function = regex.match(r"[ \t]*\(", after) and self.p_civil_inline.match(after)
        if function and not self.assemblies.chair(text, end):  # "J.D. van den Brink (Programma Manager)"
            return Role("redact", "ambtenaar (functie bij de naam)", True, FUNCTION, _cue(function.group(0)))
        if _SPEAKS_IN.match(after):  # "Mevrouw Van Veen spreekt in m.b.t. agendapunt 5": a citizen
            return Role("redact", "ambtenaar of burger (spreekt in)", True, FUNCTION, "inspreker")
        plural = self.assemblies.list_role_after(text, end)
        if plural:  # "de heer Smit, mevrouw Slachter en de heer Koome (insprekers)"
            return Role("redact", "ambtenaar of burger (rol bij de opsomming)", True, FUNCTION, plural)
        by = self.assemblies.by_cue(text, start)
        if by:  # "Verslaglegging door Telefoonnummer Mevrouw Walkate": labels run together
            return Role("redact", "ambtenaar of burger (veld in de kop)", True, FUNCTION, by)
        if _DEPARTMENT_AFTER.match(after):  # "mevrouw K. van Loosdrecht, afd. EZ": a civil servant
            return Role("redact", "ambtenaar (afdeling bij de naam)", True, FUNCTION, _cue(after.split("\n")[0]))
        if label_kind == "civil" and self._office_in_run_after(text, end, paren):
            label_kind = "office"  # "Voorts aanwezig: dhr. X (gedeputeerde)", "... de heer X de heer Y wethouder wethouder Afwezig:"
        if label_kind == "civil":  # "Notulen: Mevrouw ...", "Managementteam: mevrouw drs. ..."
            return Role("redact", "ambtenaar of burger (veld in de notulen)", True, FUNCTION, label)
        if label_kind == "board" and not (self.p_civil_inline.match(after) or self.p_civil_before.search(before)):
            # "College van Bestuur:\n\nVan Ast, Flierman", "Wijkwethouder stadsdeel Oost: X": the board in office
            return Role("keep", "publieke functionaris (bestuur in functie)", True, OFFICE, label)
        if label_kind == "body" and not (self.p_civil_inline.match(after) or self.p_civil_before.search(before)):
            # "GS: mw. A en dhr. B", "College: ...", "DB: ...": a roster's label naming the governing body of its members
            return Role("keep", "publieke functionaris (bestuursorgaan als veldnaam)", True, OFFICE, label)
        members = _MEMBERS_AFTER_CHAIR.search(text[max(0, start - 400):start])
        if members and not self.p_civil_inline.match(after):
            # "Rekenkamercommissie X Drs. A. (Anna) Bos, voorzitter C.J.M. (Cees) Raats J. (Jan) Smit": the
            # body's members listed after its chair (the function word after a name is that name's own)
            return Role("keep", "publieke functionaris (lid van een commissie of raad)", True, OFFICE,
                        "lid van de " + members.group("body").lower())
        body = self.member_sections.body_of(text, start)
        civil = self.p_civil_inline.match(after)
        if body and not (civil and not self.member_sections.member_role(civil.group(0))):  # "A (voorzitter)" is one
            # "Rekenkamercommissie X Externe leden De heer A Interne leden B Secretariaat C": the members' section
            return Role("keep", "publieke functionaris (lid van een commissie of raad)", True, OFFICE,
                        "lid van de " + body.lower())
        faction = _FACTION_ADDRESSEE.search(before)
        if faction:  # "De raadsfractie van Gemeentebelangen t.a.v. De heer X": a member of the council
            return Role("keep", "publieke functionaris (lid van een fractie)", True, OFFICE, _cue(faction.group("body")))
        chair = _COMMITTEE_CHAIR.search(before)
        if chair:  # "De fungerend voorzitter van de commissie, Van Veldhoven": the signature of its report
            return Role("keep", "publieke functionaris (voorzitter van een commissie)", True, OFFICE, _cue(chair.group(0)))
        bare_label = self.p_civil_label_bare.search(self._bare(before[-60:]) + " ")
        if bare_label:  # "Gemeentesecretaris De heer F. Mencke Verslag Elise Gieselaar": a header without colons
            return Role("redact", "ambtenaar of burger (veld in de notulen)", True, FUNCTION, bare_label.group(0).strip())
        listed = self.in_member_list(text, start)
        if listed:
            return Role("keep", "publieke functionaris (in een opsomming van ambtsdragers)", True, OFFICE, listed)
        if _ANNOTATION_BEFORE.search(before[-60:]):  # a legal scholar publishing under their name: no personal data
            return Role("keep", "auteur van een annotatie (publicatie)", True, OFFICE, "annotatie bij een uitspraak")
        compound = self.p_compound_before.search(before)
        if compound or self.p_compound_names.fullmatch(value):  # "motie-Klaver", or the span itself: "Fractie-Otten"
            cue = compound.group(0).split("-")[0].strip() + "-" + value if compound else value
            return Role("keep", "publieke functionaris (motie, amendement of fractie op naam)", True, OFFICIAL, cue)
        office = self.p_office_before.search(before + value[:lead.end() if lead else 0])
        if office and self._title_is_surname(before, office.start()):
            office = None  # "Wietske Prins\nAnna Brinkhuis": the title word is the surname of the name before
        owner = office and self.p_subordinate.search(before, max(0, office.start() - 60), office.start())
        if owner:  # "de woordvoerder van de staatssecretaris, Jeroen Hagedoorn": the title is the employer's
            cue = _cue(owner.group(0) + self._title(office.group(0)))
            if owner.group("civil"):
                return Role("redact", "ambtenaar (functie bij de naam)", True, FUNCTION, cue)
            return Role("redact", "ambtenaar of burger (rol bij de naam)", True, FUNCTION, cue)
        office = office or self.p_office_start.match(value)
        if office:
            return Role("keep", "publieke functionaris in functie (ambtstitel)", True, OFFICE, self._title(office.group(0)))
        office = self.p_office_before_wrapped.search(before)
        if office and regex.match(r"[ \t]*(?:,|\p{Ll})", after):
            return Role("keep", "publieke functionaris in functie (ambtstitel)", True, OFFICE, _cue(office.group(0)))
        noun_kind, noun = self.office_nouns.around(text, start, end)
        if noun_kind == OFFICE_NOUN:  # "bestuurder X van waterschap Y", "gedeputeerden ooit: X", "X, die als heemraad"
            return Role("keep", "publieke functionaris in functie (ambt in de zin)", True, OFFICE, noun)
        office = self.p_office_after.match(after)
        if office:
            return Role("keep", "publieke functionaris in functie (ambtstitel)", True, OFFICE, self._title(office.group(0)))
        office = self.closing_office(text, start, end, value)
        if office:  # "... maar. W.A. Jansen Dijkgraaf": a signature closing the text, its office after the name
            return Role("keep", "publieke functionaris in functie (ambtstitel)", True, OFFICE, office)
        lines = self._bare(before).split("\n")
        above = [line for line in lines[:-1] if line.strip()][-1:] if len(lines) > 1 and not lines[-1].strip() else []
        if above and self.p_office_line.search(above[0]):
            return Role("keep", "ondertekend door de bestuurder zelf", True, OFFICE,
                        "ondertekent zelf als " + _cue(above[0]))
        body = _BODY_SIGNATURE.search(self._bare(before)) if above else None
        if body:  # "Gedeputeerde Staten van Utrecht,\n\nvoorzitter,\nX": the chair signs the body's decision
            return Role("keep", "ondertekend door de voorzitter van het bestuursorgaan", True, OFFICE,
                        "voorzitter van " + _cue(body.group("body")))
        body = self.assemblies.column_chair(text, start, end)
        if body:  # "De raad van X,\nde griffier, de voorzitter,\nmr. A. B drs. C. D": two columns run together
            return Role("keep", "ondertekend door de voorzitter van het bestuursorgaan", True, OFFICE, "voorzitter van " + body)
        line_start = text.rfind("\n", 0, start) + 1
        if setting.assembly and _VIDEO_INDEX.fullmatch(text, line_start, start) and not after.split("\n")[0].strip():
            # A representative body's video index names its own people at their seats (members, the
            # college, the chair); a citizen who speaks in is "Spreker 1", or named an inspreker elsewhere
            # (FUNCTION evidence of the same person outweighs this)
            return Role("keep", "publieke functionaris (spreker in de video-index van een vergadering)", True, SEAT,
                        "spreker in de video-index van een volksvertegenwoordiging")
        if key in self.current_officials:
            return Role("keep", "publieke functionaris (lijst bewindspersonen en Kamerleden)", True, OFFICIAL,
                        "lijst bewindspersonen en Kamerleden")
        if (name.first or name.initials) and name.core and any(
                b.core == name.core and compatible(b, name) for b in self.agency_boards):
            # "Camps, Maarten (M.R.P.M.)", "M. Camps": a board member of an executive agency, in every written form
            return Role("keep", "publieke functionaris (bestuurder van een uitvoeringsorganisatie)", True, OFFICIAL,
                        "lijst bestuurders uitvoeringsorganisaties en zbo's")
        if key in self.listed_swapped:  # "Hirscher Johanna" in a chat's header: a listed name, surname first
            return Role("keep", "publieke functionaris (lijst ambtsdragers, achternaam eerst)", True, OFFICIAL,
                        "lijst ambtsdragers, achternaam eerst")
        bare = self._bare(before[-80:])
        if setting.assembly and not (self.p_civil_inline.match(after) or self.p_civil_before.search(bare)) \
                and (_REPLACED_AFTER.match(after) or _REPLACED_BEFORE.search(before)):
            # "X is vervangen door Y", "de heer X (vervangen door de heer Y)": a member stands in for a member
            return Role("keep", "publieke functionaris (vervangt een lid of wordt vervangen)", True, OFFICE,
                        "vervanging in een vergadering van een volksvertegenwoordiging")
        chair = self.assemblies.chair(text, end, roll=True)  # "H. Koetje (voorzitter)", "X, voorzitter;": the chair
        guest = paren and label and label.lower().split()[-1] in ("aanwezig", "afwezig", "zijn") \
            and self.assemblies.organisation_in_parentheses(paren.group(1)) \
            and not self.assemblies.beside_a_party(text, end, end + paren.end()) \
            or self.assemblies.after_staff(text, start, end)  # "X (secretaris), A, B, Y (griffier)": staff
        if label_kind == "office" and (setting.assembly or setting.parliament) and not guest \
                and (chair or not (self.p_civil_inline.match(after) or self._civil_before_in_roll(before, value))):
            # "Wethouders: Mevrouw ...", "De leden: de heer ...", "Aanwezig: ..." in a council's minutes
            return Role("keep", "publieke functionaris (vergadering van een volksvertegenwoordiging)", True, OFFICE,
                        "notulen van een volksvertegenwoordiging: " + label)
        if self.p_assembly_field.match(text, line_start, start) \
                and self.p_assembly.search(text):
            return Role("keep", "publieke functionaris (vergadering van een volksvertegenwoordiging)", True, OFFICE,
                        "notulen van een volksvertegenwoordiging: " + _cue(text[line_start:start].split(":")[0]))
        if setting.parliament and not (self.p_civil_inline.match(after) or self.p_civil_before.search(before)) \
                and not why.startswith("chat") and (name.core in self.assemblies.speakers(text)
                                                    or self.assemblies.chair_grammar(text, start)
                                                    and not self.assemblies.outside_roll_call(text, name.core)
                                                    or name.core in self.official_surnames
                                                    and not (name.first or name.initials)
                                                    or _MEMBER_ADDRESSED_BEFORE.search(before[-80:])
                                                    and not (name.first or name.initials)):
            # Handelingen: "mevrouw Kuik", "de heer Van Nispen", "Leijten." are members or ministers
            return Role("keep", "publieke functionaris (Handelingen)", True, OFFICE, "Handelingen: lid of bewindspersoon")
        if name.core in self.official_surnames and not (name.first or name.initials) and _QUESTIONS_BY.search(before) \
                and _PARLIAMENT.search(text) and not self.p_civil_inline.match(after):
            # a minister's letter to the Kamer: "vragen aan mij gesteld door mevrouw X en de heer Y", surnames of members
            return Role("keep", "publieke functionaris (Kamervragen)", True, OFFICE, "vragen van een Kamerlid")
        if kind is DetectorKind.STRUCTURE and (why.startswith("chat") or _CHAT_LINE.match(text, line_start)):
            return Role("redact", "naam in een chat: ambtenaar of burger", True, CHAT, "deelnemer aan een chat")
        if kind is DetectorKind.STRUCTURE:
            return Role("redact", "naam in kop, ondertekening of contactveld: ambtenaar of burger", True, POSITION,
                        "naam in kop, ondertekening of contactveld")
        function = self.p_civil_after.match(after) or self.p_civil_before.search(before)
        if function:
            return Role("redact", "ambtenaar (functie bij de naam)", True, FUNCTION, _cue(function.group(0)))
        if noun_kind == CIVIL and " ".join(noun.lower().split()) in _CHAIR_NOUNS and (setting.assembly or setting.parliament):
            # "De heer X die vandaag als voorzitter optreedt" in a body's record: a member chairs the meeting
            return Role("keep", "publieke functionaris (voorzitter van de vergadering)", True, OFFICE, noun)
        if noun_kind == CIVIL:  # "X, die als medewerker van het waterschap ...": a civil servant
            return Role("redact", "ambtenaar (functie bij de naam)", True, FUNCTION, noun)
        if key in self.officials:  # a former office holder: only when nothing says civil servant or citizen
            return Role("keep", "publieke functionaris (lijst ambtsdragers uit open data)", True, OFFICE,
                        "lijst ambtsdragers uit open data")
        titled = (titled or {}).get(name.core, "") if name.core else ""
        if titled:  # "de heren M. van Poelgeest en F. Ossel" and later "voor wethouder Ossel": the same person
            return Role("keep", "publieke functionaris (ambtstitel elders in het document)", True, TITLED,
                        f"{titled} elders in het document")
        return Role("redact", "ambtenaar of burger", False, NONE, "")

    def _civil_before_in_roll(self, before: str, value: str) -> bool:
        """A civil servant's function right before the name, in an attendance block; not the function of
        the entry before it ("mevrouw H. Jansen griffier de heer P. de Vries": a roll call of courtesy title,
        name and function, with no comma, gives the function after its own name)."""
        m = self.p_civil_before.search(before)
        if not m:
            return False
        return not (_COURTESY_START.match(value) and "," not in m.group(0)
                    and regex.search(r"\p{Lu}[\w'’-]*[ \t]+\Z", before[:m.start()]))

    def _organisation_tail(self, word: str) -> bool:
        """A long compound of an organisation's word ("Rekenkamercommissie", "Gemeenteraad"), no name."""
        return len(word) >= 12 and word[:1].isupper() and word not in self.names \
            and bool(regex.search(r"(?:commissie|raad|kamer|bestuur|griffie)$|" + _ORG_COMPOUND, word.lower()))

    def _in_party_list(self, text: str, start: int, end: int, listed: bool) -> bool:
        """ "PvdA: S. Salikram; PvdA: C. Scholtmeijer; ...": another "PARTY: name" entry of the list on the
        same line, before or after the name (not a single "VVD: J. Kramer vindt"). `listed`: the code before
        this name is a listed party (or the record is a body's); else two entries of the line must be."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        return len(_PARTY_ENTRY.findall(line)) >= 2 and (listed or len(self.p_listed_colon.findall(line)) >= 2)

    def titled_surnames(self, document: Document, values: list[str]) -> dict[str, str]:
        """The surnames that stand alone after an office title somewhere in the document ("wethouder
        Ossel", "burgemeester Van Dijk", or before it opening a sentence: "Ossel, wethouder van X,") -> that title, computed per document. `values`: the texts of the
        document's person mentions. A surname is left out when two of its mentions have first names or
        initials that conflict ("F. Ossel" and "Jan Ossel"): the title cannot tell which of them holds
        the office, and a citizen who shares the surname must not stay visible by it. Weak evidence
        (TITLED): it never splits a person in two."""
        found: dict[str, str] = {}
        for page in document.pages:
            for m in (*self.p_titled_surname.finditer(page.text), *self.p_surname_office.finditer(page.text)):
                found.setdefault(m.group("surname").lower(), _cue(m.group("title")))
            for m in self.p_compound_names.finditer(page.text):
                for surname in m.group("names").split("/"):
                    found.setdefault(parse_name(surname, self).core or surname.lower(), _cue(m.group(0)))
        if not found:
            return found
        named: dict[str, list] = {}
        for value in values:
            n = parse_name(value, self)
            if n.core in found and (n.first or n.initials):
                named.setdefault(n.core, []).append(n)
        return {core: title for core, title in found.items()
                if all(compatible(a, b) for a in named.get(core, ()) for b in named.get(core, ()))}

    def assign(self, document: Document, decisions: list[Decision]) -> list[Decision]:
        texts = {p.number: p.text for p in document.pages}
        mailboxes = _organisation_words(document, decisions)
        prepared: list[tuple[Decision, bool]] = []  # (decision, a person's mention to judge)
        for d in _joined(_split_by_patterns(decisions, texts), texts):
            f = d.finding
            if f.entity_type != PERSON or d.action != "redact":
                prepared.append((d, False))
                continue
            if f.detector_kind is DetectorKind.NER:
                d = self.trim(d, texts[f.page])
                f = d.finding
            d = self.no_person.cut(self.extend(d, texts[f.page]), texts[f.page])
            f = d.finding
            if self.is_not_person(texts[f.page], f.start, f.text, f.detector_kind, mailboxes):
                continue  # an organisation, place, month or function: stays visible
            prepared.append((d, True))
        titled = self.titled_surnames(document, [d.finding.text for d, person in prepared if person])
        roles: list[tuple[Decision, Role | None]] = [
            (d, self.role(texts[d.finding.page], d.finding.start, d.finding.end, d.finding.text,
                          d.finding.detector_kind, d.finding.explanation, titled) if person else None)
            for d, person in prepared]
        mentions = [(d, r) for d, r in roles if r is not None]
        resolved = iter(resolve(document, mentions, self))
        out = [d if r is None else next(resolved) for d, r in roles]
        return out + enumerated_names(document, out, self)  # "A Aa, B van Bb en C Cc": a list's verdict
