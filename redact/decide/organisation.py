"""Organisation contact details stay visible: told apart from a person's by where they stand.

A list of every municipality's address or every company's switchboard cannot exist, so besides
the keep lists (keep.py) these rules read the document:

- an address in a block (paragraph) with a line that names an organisation ("Gemeente ...",
  "Ministerie van ...", "... B.V."), a Postbus or a website is that organisation's address, also
  in a civil servant's signature (a work address is not personal data); but not when a person's
  name line stands between the address and that evidence ("De heer R.E. Pinas" above
  "Kerkweg 14" in a letter's address block), unless the name line directly follows the
  organisation line (an addressee at the organisation: "Gemeente X / T.a.v. J. Jansen");
- an address right after a public building's or desk's word ("in het gemeentehuis aan de
  Koetserstraat 3", "de balie Ruimte in de publiekshal, Slotlaan 20", "Bezoekadres:");
- a landline number is an organisation's general number when it follows a switchboard cue
  ("centrale", "persnummer", "helpdesk"), or the sentence gives it for the organisation or a unit of it
  with no person named in between ("bij de afdeling Concerncommunicatie van de provincie: 030 ..."), is a 14-number of a municipality or an 0800/0900
  service number, stands on the organisation line itself ("Provincie Utrecht 030 258 9111"), or
  stands in a letterhead: a block with an organisation line, a website or a Postbus and no
  person's name in it, or beside a team's mailbox in a block that names no person ("Telefoon:
  026 ...\nE-mail: griffie@...");
- a mailbox is functional when its local part holds a team word (postbus.subsidies@,
  bestuurssecretariaat@), is the acronym of an organisation unit named just before it
  ("Directie Regie Migratieketen via drm@"), or is a word of the document itself that is not a
  name (marktplein@ in a report about the Marktplein).

Anything not matched by a rule stays redacted: when in doubt, the personal reading wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import phonenumbers

from ..model import Document, Finding
from ..rules import RuleSet

_WORD = re.compile(r"[^\W\d_]+")
MAX_BLOCK_LINES = 12
# A service number: 0800 / 0900 / 0906 / 0909 and its digits, or a municipality's 14-number ("14 0318", "140 71")
_SERVICE_NUMBER = re.compile(r"(?<![\d+])(?:0[89]0[069][ \t]*[-–]?[ \t]*\d(?:[ \t-]?\d){3,7}|14[ \t]?0\d{2,3})(?!\d)")
# The mailbox offered as the other way after it: "... of stuur een mail naar", "... of mail naar", "of e-mail:"
_OTHER_CHANNEL = re.compile(r"(?i)(?<!\w)of(?!\w)[^.!?\n]{0,40}?(?:e-?mail|mail|mailen)(?!\w)")


def _person_initials(persons: list[Finding]) -> set[str]:
    """The initials the named persons may sign a mailbox with: "Jan de Vries" -> "jv", "jdv"; "J.P. Bakker" -> "jpb"."""
    out: set[str] = set()
    for p in persons:
        words = re.findall(r"[^\W\d_]+", p.text)
        if len(words) < 2:
            continue
        caps = "".join(w[0] for w in words if w[0].isupper()).lower()
        every = "".join(w[0] for w in words).lower()
        out |= {caps, every, caps[0] + caps[-1] if caps else ""}
    return out - {""}


# Words of residence: an address in a sentence with one is a home ("woont aan", "woonachtig", "bewoond")
_RESIDENCE = re.compile(r"(?i)(?<!\w)(?:woon\w*|wonen\w*|woont|bewo(?:on|ond)\w*|verhuis\w*)(?!\w)")
# The territory of a body before its name: "in de gemeente X, Kerkweg 14" is where someone lives, not the body
_TERRITORY_BEFORE = re.compile(r"(?i)(?<!\w)(?:in|binnen|uit|naar)(?:[ \t]+(?:de|het))?[ \t]+$")
# A preposition that places a thing by an address: "de boom achter de Molenweg 12", "ter hoogte van Kerkweg 3"
_LOCATING_BEFORE = re.compile(r"(?i)(?<!\w)(?:achter|naast|tegenover|nabij|ter[ \t]+(?:hoogte|plaatse)[ \t]+van|t\.[hp]\.v\.)"
                              r"(?:[ \t]+(?:de|het))?[ \t]+$")
# A Postbus or a website (www.x.nl, x.nl/pad, https://...), not an e-mail address's domain.
_POSTBUS_OR_SITE = re.compile(r"(?i)\bpostbus\b|(?:https?://|\bwww\.)[^\s|,;]+"
                              r"|(?<![\w@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.nl\b(?:/[^\s|,;]*)?(?![@\w-])")
# An e-mail address in a block: its local part ("griffie" of griffie@gelderland.nl)
_MAILBOX = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
# The words of a letterhead's contact line besides names, numbers and the site itself.
_CONTACT_WORDS = {"postbus", "bezoekadres", "postadres", "telefoon", "internet", "website", "fax", "mail"}


# After a service line's number: its opening hours or its rate ("(op werkdagen van 8.00 tot 17.00 uur)",
# "(lokaal tarief)"), not a person's days of presence ("(ma, di, do)").
_SERVICE_HOURS = re.compile(  # also after the organisation's name: "(Omgevingsdienst, bereikbaar op werkdagen)"
    r"[ \t]*[(,-]?[ \t]*(?:[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3}[ \t]*[,:-][ \t]*)?(?:bereikbaar[ \t]+)?(?:op[ \t]+)?(?i:werkdagen|maandag[ \t]*(?:t/m|tot[ \t]+en[ \t]+met|-)[ \t]*vrijdag"
    r"|lokaal[ \t]+tarief|gebruikelijke[ \t]+belkosten|gratis|(?:van[ \t]+)?\d{1,2}[.:]\d{2}[ \t]*(?:tot|-)[ \t]*\d{1,2}[.:]\d{2}[ \t]*uur"
    # a range of days with its hours ("ma-vrij 8.30-17.00 uur", "ma t/m vr 9.00 - 17.00"; twelfth session)
    r"|ma(?:andag)?\.?[ \t]*(?:-|–|t/m|tot[ \t]+en[ \t]+met)[ \t]*(?:vrijdag|vrij|vr|donderdag|do|zaterdag|za)\.?[ \t]*:?[ \t]*"
    r"(?:van[ \t]+)?\d{1,2}[.:]\d{2}[ \t]*(?:tot|-|–)[ \t]*\d{1,2}[.:]\d{2}"
    r"|(?:tijdens[ \t]+)?kantoor(?:uren|tijden))")
# Opening hours right before the number, in its sentence: "Bellen kan op werkdagen tussen 8.30 en 17.00 uur
# (0251) ...", "van 9.00 tot 17.00 uur bereikbaar op 0251 ..."
_HOURS_BEFORE = re.compile(
    r"(?i:(?:tussen|van)[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]*(?:en|tot|-|–)[ \t]*\d{1,2}(?:[.:]\d{2})?[ \t]*uur"
    r"|tijdens[ \t]+kantoor(?:uren|tijden))"
    r"[ \t]*[,:]?[ \t]*(?:(?i:bereikbaar|te[ \t]+bereiken|bellen)[ \t]+)?(?:(?i:op|via|onder)[ \t]+)?(?:(?i:telefoon)?nummer[ \t]+)?$")
# A speaker of his own: the number he gives with hours may be his own line ("ik ben tussen 9 en 12 uur bereikbaar")
_FIRST_PERSON = re.compile(r"(?i)(?<!\w)(?:ik|mij|me|mijn)(?!\w)")
# A person spoken of: the number may be his ("u kunt hem bellen op ...", "zij is bereikbaar via ...")
_THIRD_PERSON = re.compile(r"(?i)(?<!\w)(?:hij|hem|haar|zijn)(?!\w)")
# The reader addressed: "u", "uw"
_READER = re.compile(r"(?i)(?<!\w)(?:u|uw)(?!\w)")
# A number given before this one in the same phrase: "via telefoonnummers: 050 - 316 42 70 en 050 ..."
_NUMBER_BEFORE = r"(?:\(?\+?\d[\d() \t./-]{5,18}\d[ \t]*(?:,|en|of|/)[ \t]*)?"
# What may open the sentence before the organisation reached by the number: "Voor vragen (over X) is", "Ook"
_REACHED_LEAD = (r"(?:(?i:voor[ \t]+(?:vragen|meer[ \t]+informatie|informatie|contact|een[ \t]+afspraak))(?:[ \t]+[a-z]+){0,3}?"
                 r"[ \t]*,?[ \t]+(?i:is|zijn|kunt[ \t]+u)[ \t]+|(?i:ook|daarnaast|verder|tevens)[ \t]+)?")
# ... and between it and the verb: its name, its body, "is", an adverb; no second holder ("en", "of"), no relative
# clause ("die", "dat") and no one else ("een", "met")
_REACHED_GAP = r"(?:[ \t]*,?[ \t]+(?!(?i:en|of|die|dat|een|met)(?![\w-]))[^\W\d_][\w'’-]*){0,6}?"
# The organisation's other channel offered with the number, joined by "of" (twelfth session): before it, its mailbox
# ("per e-mail: x@... of telefonisch via"), its website, "online", its app, its (digital) desk or its form ("Een
# afspraak maakt u online of telefonisch: 0495 ..."); after it, "of maak online een afspraak", "of gebruik het
# formulier", "of via de app"
_CHANNEL_THEN_PHONE = re.compile(
    r"(?i)(?:(?P<mail>(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?<![\w@.-])(?:https?://|www\.)[^\s,;]+"
    r"|(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.nl(?:/[^\s,;]*)?|(?<!\w)(?:online|digitaal"
    r"|(?:via[ \t]+)?(?:de|onze)[ \t]+(?:website|[\w-]*app)"
    r"|(?:via[ \t]+)?(?:het|ons)[ \t]+(?:digitale[ \t]+)?(?:(?:contact|aanvraag)?formulier|[\w-]*loket)))"
    r"[ \t]*,?[ \t]+of[ \t]+(?:(?:u|ook)[ \t]+)*(?:telefonisch|per[ \t]+telefoon|bellen|belt|bel)"
    r"(?:[ \t]+(?:u[ \t]+)?(?:via|op|naar|met|onder))?(?:[ \t]+(?:het|ons))?(?:[ \t]+(?:telefoon)?nummer)?[ \t]*:?[ \t]*"
    + _NUMBER_BEFORE + r"$")
_PHONE_THEN_CHANNEL = re.compile(
    r"(?i)[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*,?[ \t]+of[ \t]+(?:[^\W\d_]+[ \t]+){0,4}?"
    r"(?:online|digitaal|website|(?:contact|aanvraag)?formulier|[\w-]*app|(?:https?://|www\.)\S+)(?!\w)")


# The end of a sentence, not the period after an initial, a courtesy title ("mevr. S. van Osch") or a phone
# label's abbreviation ("de heer X, tel. 0229 ...": the number stays in the named person's sentence)
_SENTENCE_END = re.compile("(?<![A-Z])" + "".join(rf"(?<!\b[{t[0]}{t[0].upper()}]{t[1:]})" for t in
                                                   ("mevr", "dhr", "mw", "mr", "dr", "drs", "ir", "ing", "prof",
                                                    "tel", "nr"))
                           + r"[.!?]\s")
# A label's colon at the end of a line: "via het Contact Centrum, via:\n\n070 ..." reads as one sentence
_LABEL_BREAK = re.compile(r":[ \t]*\n\s*$")
# The mailbox given right after a number: ", email sosch@...", " of per mail x@...", "\nE-mailadres: x@..."
_MAILBOX_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]+of[ \t]+|\n[ \t]*)(?:per[ \t]+)?(?i:e-?mail(?:adres)?|mail)[ \t]*:?[ \t]*"
                            r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
# A press office's mailbox: "pers" before a word ("perscoronavirus", "pers-zorg"), not "jaspers", "persijn"
_PRESS_PREFIX = re.compile(r"pers[-._]?([^\W\d_]{5,})$")
# An organisation's registry numbers in a letterhead
_REGISTRY_NUMBER = re.compile(r"\b(?:KvK|K\.v\.K\.|BTW|btw)(?:-?nummer|-?nr\.?)?[ \t:]*(?:NL)?\d{8}")


# A mailbox and its domain ("factuur@zuidhaven.nl" -> "zuidhaven.nl")
_MAILBOX_DOMAIN = re.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


# A postcode or a place after an address: ", 1234 AB", " in Zandhoven", " te Zandhoven"
_PLACE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:\d{4}[ \t]?[A-Z]{2}\b|(?:in|te)[ \t]+[A-Z'])")
# A letterhead's heading of the organisation's visiting addresses, on a line of its own
_VISIT_HEAD = re.compile(r"(?im)^[ \t]*(?:bezoekadres(?:sen)?|bezoek-[ \t]+en[ \t]+postadres|vestigingen)[ \t]*:?[ \t]*$")
# What may stand before the address on its line under that heading: a place ("Beilen ")
# or a building's name in quotes ("Gebouw ‘Terminal Noord’ Kade 131"), and before a postcode its street and number
_PLACE_LEAD = re.compile(r"[ \t]*(?:(?:[A-Z][\w'-]*|[‘'\"“][^‘’'\"“”\n]{1,40}[’'\"”]|\d{1,5}[a-zA-Z]?)[ \t]+){0,5}")


# Where a phrase opens: a line's start, a colon, a parenthesis or a sentence's end, and a team's word
# ("team Communicatie provincie X", "cluster Publiekszaken gemeente X")
# (a list item's bullet or dash may open the line: "• GGD Noord: 088 ...", "- Waterschap X: 0497 ..."; twelfth session)
_PHRASE_START = r"(?:\n[ \t]*(?:[-–•*·][ \t]*)?|[:;(]|[.!?][ \t])[ \t]*(?:(?:team|cluster|sector|bureau)[ \t]+[\w-]+[ \t]+)?"
# A venue's name before its address: "in De Schakel, Dorpsstraat 12", "bij de Herberg van X, Markt 2", "in de
# Bowling X aan de Dorpsstraat 12" (eleventh session: "aan de", "op het" for the comma); a
# person takes no article and one is not "in" a person (a place with its article, "in De Bilt, Kerkweg 2", is
# no venue: `place_names`)
# A table of contents' line: a section number ("1.3", "2.1.4", or "3 /"), its title, the page number closing the line
# ("1.3 / Onderzoeksuitvoering 2": the title ends in a street word, the page reads as a house number)
_CONTENTS_LINE = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]*[/|–-]?|\d{1,2}[ \t]*[/|])[ \t]*\S[^\n]*?[ \t.]+\d{1,4}[ \t]*")
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:in[ \t]+(?:de|het|De|Het)|(?:bij|naar|vanuit|tegenover)[ \t]+(?:de|het)"
                           # a meeting's venue field: "Plaats: Belcrumhuis, Pastoor ...plein 12"
                           r"|(?:Plaats|Locatie|Vergaderlocatie|Vergaderplaats|Waar)[ \t]*:(?=[ \t]*[A-Z][\w'-]*(?:[ \t]+\S+){0,3}[ \t]*,))"
                           r"[ \t]+(?P<name>[A-Z][\w'-]*(?:[ \t]+(?:[A-Z][\w'-]*|van|de|het|der|'t|aan|op))*)"
                           r"(?:[ \t]*,[ \t]*|[ \t]+(?:aan|op)(?:[ \t]+(?:de|het))?[ \t]+)$")


# The channel labels of a contact run ("Tel.", "Fax", "E-mail", "Website", "Postbus"); see `_contact_run`
# (also written out as a field: "Telefoonnummer 0229- ...", "Telefoonnr.", "E-mailadres"; second round)
_RUN_LABEL = re.compile(r"(?i)(?<![\w@.])(tel(?:efoon)?(?:nummer|nr)?\.?|fax(?:nummer)?|e-?mail(?:adres)?|website|internet|postbus"
                        r"|bezoekadres|postadres)(?![\w@])")
# A letterhead's single-letter label before its value ("T (0343) ...", "F 0343 ...", "E info@..."; eleventh session)
_RUN_LETTER = re.compile(r"(?<![\w@.&'-])([TFEIM])[ \t]*:?[ \t]+(?=[(+\d]|[\w.+-]+@|www\.|https?://)")
_LETTER_LABEL = {"T": "tel", "F": "fax", "E": "ema", "I": "int", "M": "mob"}  # the keys of `_RUN_LABEL`'s labels
_RUN_LABELS = 3
MAX_NAME_WORDS = 4  # the capitalised words of a name before a run's items ("Waterschap Lindevallei,")
RUN_REACH = 60  # characters before a run in which a person's name makes it his signature ("Jan X, Postbus ...")
# A token of a contact run: a label, a number or postcode, a capitalised word, a mailbox or a site, punctuation
_RUN_TOKEN = re.compile(r"(?:[A-Z][\w'’.&-]*|[\d()+./–-]+|[\w.+-]+@[\w.-]+|(?:https?://|www\.)\S+|[a-z0-9-]+\.nl\S*"
                        r"|(?i:tel\.?|fax|e-?mail|t|f|e|website|internet))[,;:|•·.]?|[,;:|•·–-]")
# A digit that OCR reads for a letter in a word ("c0mmunicatie", "inf0", "secretar1aat")
_OCR_DIGITS = (str.maketrans("015", "ols"), str.maketrans("015", "ois"))


def _contact_token(token: str) -> bool:
    return bool(_RUN_TOKEN.fullmatch(token))


def _ocr_readings(word: str) -> set[str]:
    """A word and, when OCR put a digit among its letters, the word with the letters those digits stand for."""
    if not (any(c.isdigit() for c in word) and sum(c.isalpha() for c in word) >= 3):
        return {word}
    return {word} | {word.translate(t) for t in _OCR_DIGITS}


def _contact_line(line: str) -> bool:
    """A letterhead's or signature's line with a Postbus or website ("Postbus 2000, 2980 GA
    Zuidhaven", "Internet: www.zuidhaven.nl", "Antonie v. Leeuwenhoeklaan 9 | Postbus 1 | ..."),
    not a sentence that mentions one ("ik woon op Kerkweg 14 en las op zuidhaven.nl")."""
    if not _POSTBUS_OR_SITE.search(line):
        return False
    rest = _POSTBUS_OR_SITE.sub(" ", line)
    return not any(len(w) > 3 and w.islower() and w not in _CONTACT_WORDS for w in _WORD.findall(rest))


# What may stand between a building's word and its address: "aan de", "in de publiekshal,", "Ruimte".
# The initials of a street named after a person end it ("het gemeentehuis van X, R. Ritzemastraat 2": the address
# found from "Ritzemastraat"; eleventh session).
_CUE_GAP = r"(?:[ \t]*[,:]?[ \t]+(?:aan|in|op|te|bij|de|het|der|van|['‘\"]?[A-Z][\w-]*['’\"]?))*" \
           r"(?:[ \t]*[,:]?[ \t]+(?:[A-Z]\.){1,3})?[ \t]*[,:]?[ \t]*$"


def _alternation(items: tuple[str, ...]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class Block:
    text: str
    start: int
    end: int


def line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the line(s) that hold text[start:end] (without the newlines)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end


def block_around(text: str, start: int, end: int) -> Block:
    """The paragraph (between blank lines) that holds [start, end)."""
    b = text.rfind("\n\n", 0, start)
    b = 0 if b == -1 else b + 2
    e = text.find("\n\n", end)
    e = len(text) if e == -1 else e
    return Block(text[b:e], b, e)


def _lines(block: Block) -> list[tuple[int, int, str]]:
    """The lines of a block: start and end in the page, and text."""
    out, pos = [], block.start
    for line in block.text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


# A letterhead whose lines stand a blank line apart (a PDF's text layer of a colophon or a letter's margin
# column: "Raad X\n\nPostbus 1331\n\n3500 HB Utrecht\n\nT 030 ...\n\nE raad@...\n\nI www.x.nl"): how long
# a line of it may be, and how many lines of one paragraph
STACK_LINE = 80
# The shortest person's noun or function that also counts as the end of a compound ("dorpencoördinator")
PERSON_CUE_END = 6
# How far a sentence is read on either side of a finding (`_sentence_around`)
SENTENCE_REACH = 300
STACK_PARAGRAPH_LINES = 3
# A line of a postcode and its place alone ("3331 BT Zwijndrecht", "3331BT  ZWIJNDRECHT"): the line under a
# street's address in a letterhead, before its Postbus (third round)
_POSTCODE_LINE = re.compile(r"[ \t]*\d{4}[ \t]?[A-Z]{2}[ \t]+[A-Z][\w'’ -]{1,40}[ \t]*$")
# A line of one address: a street, its number, and its postcode and place ("La Guardiaweg 116, 1043 DL Amsterdam"),
# read as one although a detector found its parts apart
_ADDRESS_LINE = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Za-z][\w'’.-]*[ \t]+\d{1,5}(?:[ \t]?[a-zA-Z])?"
                           r"(?:[ \t]*,?[ \t]*\d{4}[ \t]?[A-Z]{2}(?:[ \t]+[A-Z][\w'’-]*){1,3})?")
# A channel line of a letterhead: a label (also a single letter, T, F, E, I, M) and its number, mailbox or site
_CHANNEL_LABEL = re.compile(r"(?i)[ \t]*(?:tel(?:efoon)?\.?|fax|e-?mail|internet|website|[tfei])[ \t]*:?[ \t]+")


def _stacked_paragraphs_above(text: str, start: int) -> list[list[tuple[int, int, str]]]:
    """The paragraphs above the one-line paragraph at `start`, nearest first, while they are paragraphs of at
    most `STACK_PARAGRAPH_LINES` short lines, up to `MAX_BLOCK_LINES` lines in all: the letterhead a blank line
    between each of its lines split into paragraphs. A long line or a longer paragraph ends it; so does a
    paragraph of more lines."""
    out: list[list[tuple[int, int, str]]] = []
    end, count = text.rfind("\n", 0, start) + 1, 0  # its own line's start
    while count < MAX_BLOCK_LINES:
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        if end == 0:
            break
        para_start = text.rfind("\n\n", 0, end)
        para_start = 0 if para_start == -1 else para_start + 2
        lines = [ln for ln in _lines(Block(text[para_start:end], para_start, end)) if ln[2].strip()]
        if len(lines) > STACK_PARAGRAPH_LINES or any(len(ln[2]) > STACK_LINE for ln in lines):
            break
        out.append(lines)
        count += len(lines)
        end = para_start
    return out


class OrganisationDetails:
    def __init__(self, rules: RuleSet):
        org = rules.policy.organisation
        words = rules.list_items(org.get("organisation_words", ()))
        forms = rules.list_items(org.get("legal_forms", ()))
        self.enabled = bool(words or forms)
        line = []
        # As written (capitalised): "Gemeente Zuidhaven" heads a block, "gemeente" in a sentence does not.
        if words:
            line.append(rf"^[ \t]*(?:{_alternation(words)})\b[^\n]{{0,80}}$")
            # an addressee's line that ends in the organisation's name: "Aan de raad van Gemeente Zuidhaven"
            line.append(rf"^[^\n]{{0,60}}[ \t](?:van|aan|bij)[ \t]+(?:{_alternation(words)})[ \t]+[A-Z][\w'-]*"
                        rf"(?:[ \t]+[A-Z][\w'-]*){{0,2}}[ \t]*$")
        if forms:
            line.append(rf"^[^\n]{{0,80}}(?<!\w)(?:{_alternation(forms)})[ \t]*$")
        self.org_line = re.compile("|".join(line) or r"(?!)", re.MULTILINE)
        # the same, of a legal person only: no sole trader's or partnership's form ("V.O.F.", "C.V.")
        natural = {f.lower() for f in rules.list_items(org.get("natural_person_forms", ()))}
        legal = tuple(f for f in forms if f.lower() not in natural)
        person_line = [line[0]] if words else []
        if legal:
            person_line.append(rf"^[^\n]{{0,80}}(?<!\w)(?:{_alternation(legal)})[ \t]*$")
        self.legal_person_line = re.compile("|".join(person_line) or r"(?!)", re.MULTILINE)
        self.public_banks = {b.upper() for b in rules.list_items(org.get("public_body_banks", ()))}
        self.unit_start = re.compile(rf"^(?:{_alternation(words)})$", re.IGNORECASE) if words else None
        # a domain named for a body: "gemeente.example.nl", "provincieutrecht.nl" (an organisation word first)
        self.org_prefix = re.compile(rf"^(?:{_alternation(words)})", re.IGNORECASE) if words else None
        mailbox = rules.list_items(org.get("mailbox_words", ()))
        self.mailbox_word = re.compile(_alternation(mailbox), re.IGNORECASE) if mailbox else None
        cues = rules.list_items(org.get("switchboard_cues", ()))
        # "Helpdesk: 088 ...", "de Servicedesk van UWV via telefoonnummer 088 ...": in the same sentence
        self.switchboard_cue = re.compile(rf"(?<!\w)(?:{_alternation(cues)})\b(?:(?![.!?]\s)(?!\d{{4}})[^\n]){{0,50}}$",
                                          re.IGNORECASE) if cues else None
        # ... or in parentheses right after the number: "bereikbaar onder nummer 076-... (meldkamer handhaving)"
        self.switchboard_cue_after = re.compile(rf"[ \t]*\([ \t]*(?:\w+[ \t]+)?(?:{_alternation(cues)})\b",
                                                re.IGNORECASE) if cues else None
        self.person_names = {n.lower() for n in rules.list_items(org.get("person_names", ()))}
        self.first_names = {n.lower() for n in rules.list_items(org.get("first_names", ()))}
        # "aangevraagd worden bij de afdeling Concerncommunicatie van de provincie: 030 - 2582111": a number
        # that the sentence gives for an organisation or one of its units (no person named before it)
        units = _alternation(tuple(words) + ("afdeling",)) if words else "afdeling"
        # (and a desk, also as a compound's end: "U kunt ook bellen met het Omgevingsloket via ...", `desk_nouns`;
        # twelfth session)
        desks = rules.list_items(org.get("desk_nouns", ()))
        reached = rf"(?:{units})" + (rf"|[\w-]*(?:{_alternation(desks)})" if desks else "")
        # (also the unit that opens the phrase: "Voor vragen: afdeling Communicatie gemeente X, tel. 0578 ...")
        self.unit_before = re.compile(rf"(?i:(?:(?P<via>(?<!\w)(?:bij|via|van|met)[ \t]+(?:de[ \t]+|het[ \t]+)?)|{_PHRASE_START})"
                                      rf"(?:{reached}))\b"
                                      rf"[^.!?\n\d]{{0,60}}?[ \t]*[:,]?[ \t]*(?:(?:tel\.|telefoon|telefonisch|op|via|nummer)[ \t]*:?[ \t]*)?$")
        # "Het Verkeersloket is te bereiken via telefoonnummers: 050 ...", "Voor vragen is de gemeente bereikbaar
        # op 0299 ...", "Het Zorgloket bereikt u via ...": the sentence says the organisation or its desk (a word
        # ending in one of `desk_nouns`) is reached by the number (twelfth session); matched from the sentence's start
        self.unit_reached = re.compile(
            rf"[ \t]*(?:[-–•*·][ \t]*)?{_REACHED_LEAD}(?i:(?:de[ \t]+|het[ \t]+)?(?:{reached}))(?![\w-])"
            rf"{_REACHED_GAP}[ \t]+(?i:(?:telefonisch[ \t]+)?(?:bereikbaar|te[ \t]+bereiken|bereikt[ \t]+u"
            rf"|(?:kunt[ \t]+u[ \t]+)?bellen)[ \t]+(?:via|op|onder|met)(?:[ \t]+(?:het|de|ons|onze))?"
            rf"(?:[ \t]+(?:algemene[ \t]+)?(?:telefoon)?nummers?)?)[ \t]*:?[ \t]*{_NUMBER_BEFORE}$")
        buildings = rules.list_items(org.get("address_cues", ()))
        self.places = {p.lower() for p in rules.list_items(org.get("place_names", ()))}
        # a mailbox of ordinary words or a place at an organisation's domain (`_worded_mailbox`, eleventh session)
        self.words = frozenset(w.lower() for w in rules.list_items(org.get("dutch_words", ())))
        self.open_first_names = {n.lower() for n in rules.list_items(org.get("open_first_names", ()))}
        self.common = frozenset(w.lower() for w in rules.list_items(org.get("common_words", ())))
        self.places_joined = {re.sub(r"[\s'’-]", "", p) for p in self.places}
        self.mail_providers = tuple(d.lower() for d in rules.list_items(org.get("personal_mail_domains", ())))
        cues = rules.list_items(org.get("person_cues", ())) + ("contactpersoon", "ondergetekende")
        self.person_cue = re.compile(rf"(?i)(?<!\w)(?:{_alternation(cues)})(?:s|en)?(?!\w)")
        # (the longer ones also as a compound's end: "gebiedscoördinator", "dorpenregisseur"; twelfth session)
        long = tuple(c for c in cues if len(c) >= PERSON_CUE_END and " " not in c)
        self.person_cue_end = re.compile(rf"(?i)(?:{_alternation(long)})(?:s|en)?(?!\w)") if long else re.compile(r"(?!)")
        areas = rules.list_items(org.get("area_nouns", ()))
        # (a street's first name may stand between, unfound by the street pattern: "speelplaats Titus Brandsmalaan 90")
        self.area_before = re.compile(rf"(?i:(?<![\w-])(?:{_alternation(areas)}))(?:[ \t]+[A-Z][\w'-]*)?[ \t]+$") \
            if areas else None
        # an organisation's name right before an address ("Waterschap Lindevallei, Molenweg 4"; second round)
        named = [f"(?i:{_alternation(words)})"] if words else []
        named += [rf"[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){{0,3}}[ \t]+(?:{_alternation(legal)})"] if legal else []
        self.org_before = re.compile(
            rf"(?<![\w-])(?P<org>(?:{'|'.join(named)})(?:[ \t]+(?:[A-Z][\w'’&-]*|en|van|voor|de|der|het|'s))*)"
            rf"(?:[ \t]*,[ \t]*|[ \t]+(?:aan|op)(?:[ \t]+(?:de|het))?[ \t]+)$") if named else None
        # (also as a compound's end: "het Jongerentrefpunt aan de ...", "Zorgloket, Markt 3"; twelfth session, second
        # round; a cue of five letters or more, so "mfa" is no end)
        ends = tuple(b for b in buildings if len(b) >= 5 and " " not in b)
        compound = rf"(?<![\w-])[\w-]{{3,}}?(?=(?:{_alternation(ends)})\b)" if ends else "(?!)"
        self.building_cue = re.compile(rf"(?i:(?:(?<!\w)|{compound})({_alternation(buildings)}))\b{_CUE_GAP}") \
            if buildings else None

    def reason(self, finding: Finding, document: Document, persons: list[Finding]) -> str | None:
        if not self.enabled:
            return None
        page = next(p for p in document.pages if p.number == finding.page)
        check = {"ADDRESS": self._address, "PHONE_NUMBER": self._phone, "EMAIL_ADDRESS": self._email,
                 "IBAN": self._iban}.get(
            finding.entity_type)
        reason = check(finding, page.text, document, persons) if check else None
        if reason is None and finding.entity_type == "PHONE_NUMBER":
            return self._same_number_elsewhere(finding, document, persons)
        return reason

    def _same_number_elsewhere(self, finding: Finding, document: Document, persons: list[Finding]) -> str | None:
        """One number, one verdict: a landline that stands elsewhere in the document where it is the
        organisation's (its letterhead, a switchboard cue: "E-mail: gemeente@...\nTel. 0165 ...") is the
        organisation's here too ("De griffier is bereikbaar via griffie@..., telefoon 0165 ..."). A mobile
        number never."""
        digits = [c for c in finding.text if c.isdigit()]
        if len(digits) < 9:
            return None
        same = re.compile(r"(?<![\d+])" + r"[ \t().-]*".join(digits) + r"(?!\d)")
        for page in document.pages:
            for m in same.finditer(page.text):
                if page.number == finding.page and m.start() == finding.start:
                    continue
                other = replace(finding, page=page.number, start=m.start(), end=m.end(), text=m.group(0))
                reason = self._phone(other, page.text, document, persons)
                if reason:
                    return f"{reason}, ook elders in het document"
        return None

    def _org_line(self, block: Block) -> tuple[str, int, int] | None:
        """The organisation line of a block: its text and its span in the page.

        Only short blocks count: a letterhead, an address block or a signature, not a page of
        running text that happens to have a line starting with "Directie"."""
        if block.text.count("\n") >= MAX_BLOCK_LINES:
            return None
        m = self.org_line.search(block.text)
        if not m:
            return None
        line_start = block.text.rfind("\n", 0, m.start()) + 1
        line_end = block.text.find("\n", m.end())
        line_end = len(block.text) if line_end == -1 else line_end
        return block.text[line_start:line_end].strip(), block.start + line_start, block.start + line_end

    def _address(self, finding, text, document, persons) -> str | None:
        line_start = text.rfind("\n", 0, finding.start) + 1
        line_end = text.find("\n", finding.end)
        if _CONTENTS_LINE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
            return "regel van een inhoudsopgave (paragraaf en paginanummer), geen adres"
        before = text[max(line_start, finding.start - 80):finding.start]
        if self._area_name(finding, text, before):
            return "naam van een deelgebied of fase van een plan, geen adres"
        m = self.building_cue.search(before) if self.building_cue else None
        cue_at = finding.start - len(before) + m.start() if m else 0
        if m and not any(p.page == finding.page and cue_at <= p.start < finding.start for p in persons):
            # (a name between the word and the address makes it that person's: "stadhuis Jan Pinas, ...")
            return f"adres van een openbaar gebouw of loket ({m.group(1).lower()})"
        if self._organisation_named_before(finding, text, before, persons):
            return "adres van een organisatie (naam van de organisatie voor het adres)"
        if self._thing_located(finding, text, before, persons) or self._subject_heading(finding, text, persons):
            return "adres dat een plek of voorwerp aanwijst, geen woonadres"
        venue = _VENUE_BEFORE.search(before)
        venue_at = finding.start - len(before) + venue.start() if venue else 0
        named = venue.group("name").lower() if venue else ""
        if venue and not {named, f"de {named}", f"het {named}"} & self.places and not any(p.page == finding.page and venue_at <= p.start < finding.start for p in persons):
            return "adres van een locatie (naam van een gebouw of zaak voor het adres)"
        head = self._visiting_head(text, line_start, finding)
        if head and not any(p.page == finding.page and head <= p.start < finding.start for p in persons):
            return "adres van een organisatie (onder het kopje bezoekadres)"
        if self._stacked_letterhead(finding, text, persons):
            return "adres in een briefhoofd met een postbus of website van een organisatie"
        if self._contact_run(finding, text, persons):
            # "Kerkplein 2 T (0343) ... Postbus 200 F (0343) ... E info@...": a title page's flattened letterhead
            return "adres in de contactgegevens van een organisatie (met postbus of website)"
        block = block_around(text, finding.start, finding.end)
        if block.text.count("\n") >= MAX_BLOCK_LINES:
            return None
        lines = _lines(block)
        here = next(i for i, (s, e, _) in enumerate(lines) if s <= finding.start <= e)
        org = self._org_line(block)
        s, _, line = lines[here]
        if not self.org_line.match(line) and any(
                p.page == finding.page and s <= p.start and p.end <= finding.start for p in persons):
            return None  # "J. Jansen, Kerkweg 14": the named person's address
        # Walk up from the address: a person's name line before any organisation evidence makes it
        # that person's address block.
        for i in range(here - 1, -1, -1):
            s, e, line = lines[i]
            if self.org_line.match(line):
                break
            if any(p.page == finding.page and s <= p.start < e for p in persons):
                if i > 0 and self.org_line.match(lines[i - 1][2]):
                    break  # "Gemeente X / T.a.v. J. Jansen / Raadhuisplein 1": the organisation's
                return None
        if org:
            return f"adres van een organisatie ({org[0]})"
        if any(_contact_line(line) for _, _, line in lines):
            return "adres in een blok met een postbus of website van een organisatie"
        return None

    @staticmethod
    def _sentence_around(finding, text: str, within: str = "paragraph") -> tuple[int, int]:
        """The start and end of the sentence that holds the finding, at most `SENTENCE_REACH` characters on either
        side, within its paragraph (`within="paragraph"`: a sentence may wrap over lines; an address's, a mailbox's
        sentence) or within its line (`"line"`: a list line or a line of a letterhead is no part of the sentence
        above it; a number's offer to the reader)."""
        if within == "paragraph":
            block = block_around(text, finding.start, finding.end)
            first, last = block.start, block.end
        else:
            first, last = line_around(text, finding.start, finding.end)
        start, stop = max(first, finding.start - SENTENCE_REACH), min(last, finding.end + SENTENCE_REACH)
        lo = max([start] + [m.end() for m in _SENTENCE_END.finditer(text, start, finding.start)])
        end = _SENTENCE_END.search(text, finding.end, stop)
        return lo, end.start() + 1 if end else stop

    def _no_resident(self, finding, text: str, lo: int, hi: int, persons: list[Finding]) -> bool:
        """No person named in text[lo:hi] (but inside the finding itself), no person's noun ("bewoner", "de buren",
        "eigenaar"), no word of residence ("woont", "woonachtig") and no speaker of his own ("ik", "mijn")."""
        sentence = text[lo:finding.start] + " " + text[finding.end:hi]
        return not (self.person_cue.search(sentence) or _RESIDENCE.search(sentence) or _FIRST_PERSON.search(sentence)
                    or any(p.page == finding.page and lo <= p.start < hi and not finding.start <= p.start < finding.end
                           for p in persons))

    def _organisation_named_before(self, finding, text: str, before: str, persons: list[Finding]) -> bool:
        """ "ter inzage bij Waterschap Lindevallei, Molenweg 4 te Zandhoven", "de afdeling X van de Provincie
        Oosterland, Kerkplein 12": an address right after an organisation's name (an organisation word and a
        capitalised name, or a name ending in a legal form), joined by a comma, "aan de" or "op het"; not the
        territory a person lives in ("in de gemeente Zandhoven, Kerkweg 14"), and no person, person's noun, word of
        residence or speaker of his own in the sentence."""
        m = self.org_before.search(before) if self.org_before else None
        if not m or not m.group("org").split()[-1][:1].isupper():
            return False
        if _TERRITORY_BEFORE.search(before, 0, m.start()):
            return False
        lo, hi = self._sentence_around(finding, text)
        return self._no_resident(finding, text, lo, hi, persons)

    def _thing_located(self, finding, text: str, before: str, persons: list[Finding]) -> bool:
        """ "De kersenboom achter de Molenweg 12/14 blijft staan", "de lantaarnpaal ter hoogte van Kerkweg 3": an
        address after a preposition that places a thing by it (`_LOCATING_BEFORE`: achter, naast, tegenover, nabij,
        ter hoogte van, ter plaatse van), so it names a spot, no one's home; not with a person, a person's noun ("de bewoners naast de
        Kerkweg 3"), a word of residence or a speaker of his own in its sentence."""
        if not _LOCATING_BEFORE.search(before):
            return False
        lo, hi = self._sentence_around(finding, text)
        return self._no_resident(finding, text, lo, hi, persons)

    def _subject_heading(self, finding, text: str, persons: list[Finding]) -> bool:
        """ "Molenweg 12 - vervanging speeltoestellen (2031-118)": a heading, a paragraph of one short line, that opens
        with the address (a street's first name may stand before what the street pattern found: "Titus
        Brandsmalaan 90") and names after a dash or colon the work or plan it is about (a lower-case word): the
        location a plan is about, published with it (as `excluded_cues` of `street_address` say for a permit). Not
        with a person, a person's noun or a word of residence on the line ("Kerkweg 14 - bewoners ..."), nor when a
        postcode or a place follows the address ("Kerkweg 14 - 1234 AB", "Kerkweg 14 - te Zandhoven": an address
        block's line)."""
        line_start, line_end = line_around(text, finding.start, finding.end)
        line = text[line_start:line_end]
        if not re.fullmatch(r"[ \t]*(?:[A-Z][\w'-]*[ \t]+)?", text[line_start:finding.start]) \
                or len(line) > STACK_LINE or _SENTENCE_END.search(line + " "):
            return False
        if not re.match(r"[ \t]*[-–:][ \t]+(?!(?:te|in)[ \t]+[A-Z])[a-z]", text[finding.end:line_end]):
            return False
        if block_around(text, finding.start, finding.end).text.strip() != line.strip():
            return False
        return self._no_resident(finding, text, line_start, line_end, persons)

    def _area_name(self, finding, text: str, before: str) -> bool:
        """ "Deelgebied Sandenburg 2", "in het deelplan Molenburg 3": a street-shaped name and a number right after
        a plan area's noun (`area_nouns`) is that part's name; a postcode or a place after it ("fase Kerkstraat 2,
        1234 AB", "... 2 in Zandhoven") makes it an address still."""
        if not (self.area_before and self.area_before.search(before)):
            return False
        tail = finding.text.split()[-1].lower()
        after = text[finding.end:finding.end + 40]
        return tail not in ("in", "te") and not _PLACE_AFTER.match(after)

    @staticmethod
    def _visiting_head(text: str, line_start: int, finding) -> int:
        """Where a letterhead's "Bezoekadres" heading stands above this address, its lines being a place
        and a street each ("Bezoekadres\n\nBeilen Raadhuisplein 1\n\nma, wo, vr 8.30 – 16.30\n\nSmilde
        Elzenlaan 10"); else 0."""
        if not _PLACE_LEAD.fullmatch(text, line_start, finding.start):
            return 0
        heads = list(_VISIT_HEAD.finditer(text, max(0, line_start - 300), line_start))
        if not heads or text.count("\n", heads[-1].end(), line_start) > 10:
            return 0
        return heads[-1].start()

    def _phone(self, finding, text, document, persons) -> str | None:
        try:
            number = phonenumbers.parse(finding.text, "NL")
        except phonenumbers.NumberParseException:
            return None
        national = str(number.national_number)
        if number.country_code == 31 and (national.startswith(("800", "900", "906", "909")) or
                                          (national.startswith("14") and len(national) <= 6)):
            return "algemeen servicenummer van een organisatie"
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
            return None  # a mobile number is a person's, wherever it stands
        before = text[max(0, finding.start - 80):finding.start]
        after = text[finding.end:finding.end + 80]
        mail = _MAILBOX_AFTER.match(after)
        if mail and not self._organisations_mailbox(mail.group(1)):
            return None  # "telefoon 073- 681 2108, email sosch@...": the number of the person the mailbox is
        if self.switchboard_cue and self.switchboard_cue.search(_LABEL_BREAK.sub(" ", before)) \
                or self.switchboard_cue_after and self.switchboard_cue_after.match(after):
            return "algemeen nummer van een organisatie (aangeduid als zodanig)"
        unit = self.unit_before.search(before)
        lo = finding.start - len(before)  # the sentence so far: no person may be named in it
        sentence = max([text.rfind("\n", 0, finding.start), lo] + [lo + m.end() for m in _SENTENCE_END.finditer(before)])
        if unit and not unit.group("via"):  # a unit that opens its line or phrase: no one named in its block
            sentence = min(sentence, block_around(text, finding.start, finding.end).start)
        # (nor a person's noun or function before it: "De wijkregisseur van de gemeente is bereikbaar via ..."; twelfth
        # session)
        if unit and not self._person_noun(text[sentence:finding.start]) \
                and not any(p.page == finding.page and sentence <= p.start < finding.start for p in persons):
            return "algemeen nummer van een organisatie (nummer van een organisatieonderdeel)"
        own_name = mail and self.unit_start and self.unit_start.match(mail.group(1))
        above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, finding.start))) + 1  # this line and the one above
        # (and the sentence as its paragraph reads it: a signature's name two lines up, "X\nProjectleider\nTelefoon
        # 0299 ..., e-mail: info@..."; twelfth session)
        paragraph_sentence = self._sentence_around(finding, text)[0]
        above = min(above, paragraph_sentence)
        if mail and (own_name or not any(p.page == finding.page and above <= p.start < finding.start
                                         for p in persons)):
            # "via telefoonnummer 0299 ... of per mail omgevingsmanagement@...", "Beh. ambtenaar: X\nTelefoonnummer:
            # 020 ...\nE-mailadres: gemeente@...": the number given beside the organisation's mailbox is the
            # organisation's (beside a team's mailbox under a person's name, on its line or the line above, it
            # is that person's: "X\nTelefoon: ...\nE-mail: griffie@...")
            return "algemeen nummer van een organisatie (bij een functionele mailbox)"
        # (a person named in the sentence as its paragraph reads it, so on a signature's lines above too: "Jan
        # X\nProjectleider\nT 0299 ... (9.00-17.00 uur)" is his line; twelfth session)
        sentence = min(sentence, paragraph_sentence)
        hours = _SERVICE_HOURS.match(text, finding.end)
        named = hours and any(w.lower() in self.person_names for w in _WORD.findall(hours.group(0)))
        if hours and not named and not any(p.page == finding.page and sentence <= p.start < hours.end()
                                           and not finding.start <= p.start < finding.end for p in persons):
            # (not "(Jansen, bereikbaar op werkdagen)" nor "Bel Jansen op 0497 ... (tijdens kantooruren)": a person's)
            return "algemeen nummer van een organisatie (met openingstijden of tarief)"
        if _HOURS_BEFORE.search(before) and not _FIRST_PERSON.search(text, sentence, finding.start) and not any(
                p.page == finding.page and sentence <= p.start < finding.start for p in persons):
            # "Bellen met de gemeente kan op werkdagen tussen 8.30 en 17.00 uur (0251) ...": the hours of a
            # desk; no person named in the sentence, no speaker of his own ("ik ben ... bereikbaar")
            return "algemeen nummer van een organisatie (met openingstijden of tarief)"
        offered = self._offered_to_the_public(finding, text, document, persons, national)
        if offered:
            return offered
        if self._contact_run(finding, text, persons):
            return "algemeen nummer in de contactgegevens van een organisatie (met postbus of website)"
        stacked = self._stacked_letterhead(finding, text, persons)
        if stacked:
            return f"algemeen nummer in het briefhoofd van een organisatie ({stacked})"
        block = block_around(text, finding.start, finding.end)
        if block.text.count("\n") >= MAX_BLOCK_LINES:
            return None
        own_start, own_end = line_around(text, finding.start, finding.end)
        own = text[own_start:own_end]
        if self.org_line.match(own):
            # "Provincie Utrecht 030 258 9111": the number on the organisation's own line, in a block
            # that names no person (the organisation's name itself may be taken for one).
            name = text[own_start:finding.start].strip(" \t:|,-")
            if name and not any(p.page == finding.page and block.start <= p.start < block.end
                                and not own_start <= p.start < finding.start for p in persons):
                return f"algemeen nummer van een organisatie ({name})"
        line = self._org_line(block)
        functional = self.mailbox_word and any(self.mailbox_word.search(m.group(1))
                                               for m in _MAILBOX.finditer(block.text))
        if not (line or functional or any(_contact_line(t) for _, _, t in _lines(block))):
            return None
        # A person named in the block (other than the organisation line itself, which a model may
        # take for a name) makes it a signature: the number is that person's.
        has_person = any(p.page == finding.page and block.start <= p.start < block.end
                         and not (line and line[1] <= p.start < line[2]) for p in persons)
        if has_person:
            return None
        if not line and functional and not any(_contact_line(t) for _, _, t in _lines(block)):
            # "Telefoon: 026 ...\nE-mail: griffie@gelderland.nl": beside a team's mailbox, no one named
            return "algemeen nummer van een organisatie (bij een functionele mailbox)"
        return f"algemeen nummer in het briefhoofd van een organisatie ({line[0] if line else 'postbus of website'})"

    def _offered_to_the_public(self, finding, text: str, document: Document, persons: list[Finding],
                               national: str) -> str | None:
        """A number the sentence (within its line: a list line is a sentence of its own) offers the reader as an
        organisation's, with no person in reach: no person named in its paragraph, no speaker of his own ("ik",
        "mij", "mijn": a citizen's "u kunt mij bellen op ..."), no person's noun or function ("de behandelaar", "uw
        contactpersoon"). The holder is the organisation by
        - the range: an 088 number (handed to organisations, never to a household; the caller's `national`) given
          to the reader ("u", "uw": "Wij vragen u om dit telefonisch (088-...) te doen"; eleventh session);
        - the sentence's grammar: the organisation or its desk is what the number reaches ("Het Verkeersloket is
          te bereiken via telefoonnummers: A en B", `unit_reached`);
        - its other channel joined by "of": the organisation's mailbox, its website, "online" or its form ("per
          e-mail: x@... of telefonisch via ...", "Een afspraak maakt u online of telefonisch: ..."; `_other_channel`).
        The last two also not when the sentence speaks of a third person ("u kunt hem bellen op ..."). A civil
        servant's direct line stands beside his name or his function; a household's "u kunt ons bellen op ..." has
        none of the three (twelfth session)."""
        lo, hi = self._sentence_around(finding, text, within="line")
        sentence = text[lo:finding.start] + " " + text[finding.end:hi]
        if _FIRST_PERSON.search(sentence) or self._person_noun(sentence) or self._first_name_in(sentence):
            return None
        block = block_around(text, finding.start, finding.end)
        if any(p.page == finding.page and block.start <= p.start < block.end for p in persons):
            return None
        if national.startswith("88") and _READER.search(sentence):
            return "algemeen nummer van een organisatie (bedrijfsnummer, aan de lezer gegeven)"
        if _THIRD_PERSON.search(sentence):
            return None
        if self.unit_reached.match(text, lo, finding.start):
            return "algemeen nummer van een organisatie (de organisatie of haar loket is ermee te bereiken)"
        if self._other_channel(finding, text, lo, hi, document, persons):
            return "algemeen nummer van een organisatie (naast een ander kanaal van de organisatie gegeven)"
        return None

    def _person_noun(self, sentence: str) -> bool:
        """A person's noun or a civil servant's function in the sentence ("de bewoner", "uw contactpersoon"), also
        as a compound's end ("de dorpencoördinator")."""
        return bool(self.person_cue.search(sentence) or self.person_cue_end.search(sentence))

    def _first_name_in(self, sentence: str) -> bool:
        """A capitalised listed first name that is no ordinary word in the sentence: a person the detectors may have
        left unfound ("Voor vragen kunt u Sanne bellen, online of telefonisch via ...")."""
        return any(w[:1].isupper() and w.lower() in self.first_names and w.lower() not in self.words
                   and w.lower() not in self.common for w in _WORD.findall(sentence))

    def _other_channel(self, finding, text: str, lo: int, hi: int, document: Document, persons: list[Finding]) -> bool:
        """The sentence text[lo:hi] offers the number and, joined by "of", another channel of an organisation: before
        it a mailbox this module keeps as an organisation's (`_email`), a website, "online" or a form; after it
        "online", a website or a form."""
        before = _CHANNEL_THEN_PHONE.search(text, lo, finding.start)
        if before and before.group("mail"):
            mail = replace(finding, start=before.start("mail"), end=before.end("mail"), text=before.group("mail"),
                           entity_type="EMAIL_ADDRESS")
            return not self._personal_mailbox(mail.text.split("@", 1)[0]) \
                and self._email(mail, text, document, persons) is not None
        return bool(before) or bool(_PHONE_THEN_CHANNEL.match(text, finding.end, hi))

    def _stacked_letterhead(self, finding, text: str, persons: list[Finding]) -> str | None:
        """A number, mailbox or address on a line of its own in a letterhead whose lines stand a blank line
        apart ("Raad X\n\nPostbus 1331\n\n3500 HB Utrecht\n\nT 030 ...\n\nE raad@..."), so that each
        line is a paragraph and the block rules see it alone: its line holds a channel label (also "T",
        "F", "E") and the value only, or a street's address alone; walking up the stacked lines, an
        organisation's line, a Postbus or a website comes before any line with a person's name (a
        signature's or an addressee's name above makes it that person's: "M. de Vries\n\nT 070 ...");
        an address also when the line right under it is the organisation's Postbus. Returns what the
        evidence is, or None."""
        own_start, own_end = line_around(text, finding.start, finding.end)
        head, tail = text[own_start:finding.start], text[finding.end:own_end]
        if finding.entity_type == "ADDRESS":
            if (head.strip() or tail.strip(" \t,")) and not _ADDRESS_LINE.fullmatch(text[own_start:own_end].strip()):
                return None  # the address shares its line with other text (a street's parts on one line are fine)
        elif not ((not head.strip() or _CHANNEL_LABEL.match(head))
                  and all(_contact_token(t) for t in head.split() + tail.split())):
            return None
        if "\n" in block_around(text, finding.start, finding.end).text.strip("\n"):
            return None  # a compact block (its lines not a blank line apart): the block rules judge it
        if any(p.page == finding.page and own_start <= p.start < own_end for p in persons):
            return None
        for lines in _stacked_paragraphs_above(text, finding.start):
            if any(p.page == finding.page and lines[0][0] <= p.start < lines[-1][1] for p in persons):
                return None  # a name in the paragraph: a signature's or an addressee's
            evidence = next((ln for _, _, ln in reversed(lines) if self.org_line.match(ln) or _contact_line(ln)), None)
            if evidence:
                return evidence.strip()
        if finding.entity_type == "ADDRESS":
            below = re.match(r"\s*([^\n]*)", text[own_end:])
            if below and _POSTCODE_LINE.match(below.group(1)):  # the address's own postcode and place between
                below = re.match(r"\s*([^\n]*)", text[own_end + below.end():])
            if below and re.match(r"(?i)postbus\b", below.group(1)):
                return below.group(1).strip()
        return None

    def _personal_mailbox(self, local: str) -> bool:
        """A local part written as a person's: a part of it an initial or a first name ("j.jansen",
        "anke.wetering"), or a single part that is a name or an initial with a surname ("jansen", "pjansen")."""
        parts = [x for x in re.split(r"[._+-]+", local.lower()) if x]
        if any(len(x) == 1 or x in self.first_names for x in parts):
            return True
        return len(parts) == 1 and (parts[0] in self.person_names or parts[0][1:] in self.person_names
                                    or parts[0][2:] in self.person_names)

    @staticmethod
    def _contact_run(finding, text: str, persons: list[Finding]) -> bool:
        """A letterhead flattened into running text ("... Postbus 1000, 4330 ZW Middelburg Tel. 0118 - 62 10 00
        Fax 0118 - 62 19 90 E-mail info@... Website www...."): the number stands in a run of contact items
        only (labels, numbers, postcodes, capitalised names, mailboxes, sites; a lower-case word ends it) that
        holds a Postbus or a website and at least `_RUN_LABELS` labels of the organisation's channels, and
        no person is named in that run, in the words just before it (a flattened signature "Jan X Postbus
        ..." is his) or on a line of its block above it (a signature's name line). The block rule cannot see
        this: the whole colophon is one line beside its editors."""
        line_start, line_end = line_around(text, finding.start, finding.end)
        tokens = [m for m in re.finditer(r"\S+", text[line_start:line_end])]
        here = next((i for i, m in enumerate(tokens) if line_start + m.end() > finding.start), None)
        if here is None:
            return False
        lo = hi = here
        words = 0  # capitalised words in a row before the contact items: the organisation's name, a place
        while lo > 0 and _contact_token(tokens[lo - 1].group(0)):
            words = words + 1 if tokens[lo - 1].group(0)[:1].isupper() and not _RUN_LABEL.match(tokens[lo - 1].group(0)) else 0
            if words > MAX_NAME_WORDS:
                break
            lo -= 1
        while hi + 1 < len(tokens) and _contact_token(tokens[hi + 1].group(0)):
            hi += 1
        run = text[line_start + tokens[lo].start():line_start + tokens[hi].end()]
        labels = {m.group(1).lower().replace("-", "").rstrip(".")[:3] for m in _RUN_LABEL.finditer(run)} \
            | {_LETTER_LABEL[m.group(1)] for m in _RUN_LETTER.finditer(run)}
        start, end = line_start + tokens[lo].start(), line_start + tokens[hi].end()
        above = block_around(text, finding.start, finding.end).start  # the lines of its block above it
        return bool(_POSTBUS_OR_SITE.search(run)) and len(labels) >= _RUN_LABELS and not any(
            p.page == finding.page and (start - RUN_REACH <= p.start < end or above <= p.start < line_start)
            for p in persons)

    def _functional(self, local: str) -> bool:
        """A mailbox of a team, a desk or the organisation itself by its local part ("griffie",
        "factuur", "dvs-omgevingsmanagement", "perscoronavirus"), not a person's ("sosch", "j.jansen");
        also as OCR read it, a digit for a letter ("c0mmunicatie", "inf0")."""
        local = local.lower()
        if self.mailbox_word and any(self.mailbox_word.search(v) for v in _ocr_readings(local)):
            return True
        press = _PRESS_PREFIX.match(local)
        return bool(press) and press.group(1) not in self.person_names

    def _organisations_mailbox(self, local: str) -> bool:
        """A functional mailbox, or one named for the organisation itself ("gemeente@", "provincie@")."""
        return self._functional(local) or bool(self.unit_start and self.unit_start.match(local))

    def _iban(self, finding, text, document, persons) -> str | None:
        """An organisation's account in its letterhead, beside its KvK or BTW number ("BTW 8063... IBAN
        NL10..."), no person named on its line or the registry number's; a citizen's account still goes.
        A KvK number is no proof of a legal person: a sole trader (eenmanszaak) or a partnership (v.o.f.)
        has one too, and their account is a natural person's, personal data. So the account stays only
        when the letterhead shows a legal person (`_legal_person`)."""
        registry = _REGISTRY_NUMBER.search(text, max(0, finding.start - 120), finding.end + 120)
        if not registry:
            return None
        lo = text.rfind("\n", 0, min(registry.start(), finding.start)) + 1
        hi = text.find("\n", max(registry.end(), finding.end))
        hi = len(text) if hi == -1 else hi
        if any(p.page == finding.page and lo <= p.start < hi for p in persons):
            return None
        if not self._legal_person(finding.text, text, lo, hi, document):
            return None
        return "rekeningnummer van een organisatie (bij KvK- of btw-nummer)"

    def _legal_person(self, iban: str, text: str, lo: int, hi: int, document: Document) -> bool:
        """The account holder of a letterhead's lines [lo, hi) is a legal person, no natural one: the bank
        serves public bodies only (BNG Bank, NWB Bank: `public_body_banks`); or the paragraph of those
        lines has an organisation's line of a legal person ("Gemeente X", "X B.V.", "Stichting X"; not "X
        V.O.F." or a trade name alone: `natural_person_forms`); or a mailbox on those lines has the
        domain of a mailbox named for a public body in the document ("factuur@zuidhaven.nl" beside
        "gemeente@zuidhaven.nl") or a domain named for one ("facturen@gemeente.example.nl")."""
        if re.sub(r"\s", "", iban).upper()[4:8] in self.public_banks:
            return True
        block = block_around(text, lo, hi)
        if self.legal_person_line.search(block.text):
            return True
        domains = {m.group(1).lower() for m in _MAILBOX_DOMAIN.finditer(document.text)
                   if self.unit_start and self.unit_start.match(m.group(0).split("@")[0])}
        return any(m.group(1).lower() in domains or self.org_prefix and any(
            self.org_prefix.match(label) for label in m.group(1).split(".")[:-1])
            for m in _MAILBOX_DOMAIN.finditer(text, lo, hi))

    def _email(self, finding, text, document, persons) -> str | None:
        local = finding.text.split("@", 1)[0].lower()
        if self._functional(local):
            return "functionele mailbox (team of loket)"
        if local.isalpha() and 2 <= len(local) <= 6 and self._acronym_before(local, text, finding.start):
            return "functionele mailbox van een organisatieonderdeel"
        if local.isalpha() and 4 <= len(local) <= 6 and re.search(rf"(?<![\w.@-]){local.upper()}(?![\w@-])", document.text):
            return "functionele mailbox (afkorting van de organisatie in het document)"  # "WODC ... wodc@"
        if not self._personal_mailbox(local) and self._stacked_letterhead(finding, text, persons):
            return "mailbox in het briefhoofd van een organisatie"
        if self._beside_service_number(finding, local, text, document, persons):
            return "functionele mailbox (naast het servicenummer van de organisatie gegeven)"
        if self._worded_mailbox(local, finding.text.split("@", 1)[1], document.text):
            return "functionele mailbox (gewone woorden of een plaats, geen naam)"
        if local.isalpha() and len(local) >= 5 and local not in self.person_names:
            elsewhere = re.compile(rf"(?<![\w.@-]){re.escape(local)}(?![\w@-])", re.IGNORECASE)
            if elsewhere.search(document.text):
                return "functionele mailbox (woord uit het document zelf)"
        return None

    def _beside_service_number(self, finding, local: str, text: str, document: Document,
                               persons: list[Finding]) -> bool:
        """ "Bel 0900 - 1234567 (lokaal tarief) of stuur een mail naar 1234567@wsx.nl", "Telefoonnummer 14 0318 of mail
        naar WZ@zandhoven.nl": a mailbox offered in one sentence with a service number (0800, 0900, a municipality's
        14-number: ranges handed to organisations only) as the other way to reach the same desk. Its local part is
        no name: digits only (a case's or the desk's number), or two to five letters that are no listed name and
        spell no initials of a person the document names (a team's acronym, not "jd@" of Jan Dekker); no person,
        person's noun or speaker of his own in the sentence; no mail provider's domain."""
        domain = finding.text.split("@", 1)[1].lower()
        if any(domain == d or domain.endswith("." + d) for d in self.mail_providers):
            return False
        lo, hi = self._sentence_around(finding, text)
        service = _SERVICE_NUMBER.search(text, lo, finding.start)
        if not service or not _OTHER_CHANNEL.search(text, service.end(), finding.start):
            return False
        if not local.isdigit():
            if not (local.isalpha() and 2 <= len(local) <= 5) or local in self.person_names \
                    or self._personal_mailbox(local) or local in _person_initials(persons):
                return False
            if not self._organisations_domain(domain, document.text):
                return False
        return self._no_resident(finding, text, lo, hi, persons)

    def _worded_mailbox(self, local: str, domain: str, document_text: str) -> bool:
        """ "aanmeldenhoogkerk@", "wijkteam.noord@", "vragen-parkeren@": every part of the local part is made of
        ordinary words or places (`_worded`), and none is written as a person's name: no initial, no first name,
        no single part that is a surname (`_personal_mailbox`), no part a surname that is no place and no two
        parts surnames ("bakker.visser@"), no part a first name or an initial run into a surname ("pietbakker@",
        "jdevries@"); at a domain of the organisation (`_organisations_domain`: never a mail provider's, so a
        citizen's "zonnebloem@" stays personal)."""
        if any(c.isdigit() for c in local) or self._personal_mailbox(local):
            return False
        parts = [x for x in re.split(r"[._+-]+", local.lower()) if x]
        surnames = [x for x in parts if x in self.person_names]
        if len(surnames) > 1 or any(x not in self.places_joined for x in surnames):
            return False
        return bool(parts) and all(self._worded(x) and not self._name_run_together(x) for x in parts) \
            and self._organisations_domain(domain, document_text)

    def _name_run_together(self, word: str) -> bool:
        """A first name or one or two initials run into a surname: "pietbakker", "jdevries", "ajansen" (not a word
        or a place that happens to end in a surname, "noord")."""
        return not self._piece(word) and any(
            word[i:] in self.person_names and (i <= 2 or word[:i] in self.first_names or word[:i] in self.open_first_names)
            for i in range(1, len(word) - 2))

    # The shortest ordinary word or place a worded mailbox is made of ("wijk" + "team"), unless it is the whole part
    MAILBOX_PIECE = 4

    def _piece(self, piece: str) -> bool:
        """An ordinary word or a place, also with the linking s of a compound ("omgevings" of "omgevingsloket"),
        that is no first name."""
        return (piece in self.words or piece in self.places_joined
                or len(piece) > self.MAILBOX_PIECE and piece.endswith("s") and piece[:-1] in self.words) \
            and piece not in self.first_names and piece not in self.open_first_names

    def _worded(self, word: str) -> bool:
        """The word is an ordinary word or a place (`_piece`), or splits wholly into such pieces of `MAILBOX_PIECE`
        letters or more none of which is a listed name, and does not open with one ("gorpdijkhuizen", two surnames
        that are places, does not)."""
        if self._piece(word):
            return True
        if any(word[:i] in self.person_names for i in range(self.MAILBOX_PIECE, len(word))):
            return False  # a name run into more: "streefkerkdoornekamp"
        reach = [True] + [False] * len(word)
        for i in range(len(word)):
            if not reach[i]:
                continue
            for j in range(i + self.MAILBOX_PIECE, len(word) + 1):
                piece = word[i:j]
                if not reach[j] and self._piece(piece) and piece not in self.person_names:
                    reach[j] = True
        return reach[-1]

    def _organisations_domain(self, domain: str, document_text: str) -> bool:
        """No mail provider's domain (`personal_mail_domains`) and no family's own (a surname: "jansen.nl"), and
        named for an organisation ("gemeente-x.nl") or its name a word of the document outside its addresses and
        sites ("terneuzen.nl" beside "gemeente Terneuzen", "hdsr.nl" beside "HDSR")."""
        domain = domain.lower()
        if any(domain == d or domain.endswith("." + d) for d in self.mail_providers):
            return False
        labels = domain.split(".")[:-1]
        if not labels or labels[-1] in self.person_names:
            return False
        label = labels[-1]
        if self.org_prefix and self.org_prefix.match(label):
            return True
        name = r"[\s-]?".join(re.escape(p) for p in label.split("-") if p)
        return bool(name) and re.search(rf"(?i)(?<![\w.@/-]){name}(?![\w@/-])(?!\.\w)", document_text) is not None

    def _acronym_before(self, local: str, text: str, start: int) -> bool:
        """"Directie Regie Migratieketen via drm@": the unit's initials spell the local part."""
        if self.unit_start is None:
            return False
        words = _WORD.findall(text[max(0, start - 120):start])
        for i in range(len(words)):
            run = [w for w in words[i:i + len(local) + 3] if w[0].isupper()][:len(local)]
            if (len(run) == len(local) and self.unit_start.match(run[0])
                    and "".join(w[0] for w in run).lower() == local):
                return True
        return False
