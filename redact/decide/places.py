"""Spans a name stage proposes that are no person by the grammar around them (issue 10, "things that are
no person"): a shop or firm named after a person with an article before it ("bij de Albert Heijn"), a
label of a former or deputy function ("Oud-collega"), a place or an organisation that a name pattern ran
into ("Vechtstreek Gerrit X", "Marco Tielen/RTV Noord").

These are structures, not lists of firms: a person's name takes no article, a place word stands before a
first name only when a sentence runs on, and a slash does not join a person to an organisation's name.
Each rule leaves a span alone when the reading as a person is still open (a listed surname, a name
after the cut)."""

from __future__ import annotations

from dataclasses import replace

import regex

from ..lexicon import Lexicon
from ..model import Decision

# A preposition and an article right before the span: "bij de", "in het", "tegenover de" (not "van de":
# the tussenvoegsels of "Jan van de Berg")
_ARTICLE_BEFORE = regex.compile(r"(?<![\w-])(?i:bij|in|naar|voor|uit|achter|naast|tegenover|langs|op|aan|vanuit|"
                                r"tussen|richting)[ \t]+(?:de|het)[ \t]+\Z")
# A former, deputy or co- function written as one word: "Oud-collega", "Ex-medewerker", "Mede-eigenaar"
_FORMER = regex.compile(r"(?i)(?:oud|ex|mede|vice|adjunct|interim|waarnemend|plaatsvervangend)-(\p{L}+)")
# The first word after a slash: an organisation's acronym ("RTV Noord") or an ordinary word ("Omroep X")
_AFTER_SLASH = regex.compile(r"/[ \t]*(?P<first>\p{Lu}[\p{L}-]*)")
# A numbered group before the span: "de vier Founding Fathers", "deze twee Partners" (a person's name takes no
# article and numeral)
_ARTICLE_NUMERAL = regex.compile(r"(?<![\w-])(?i:de|het|die|deze|onze|hun|alle)[ \t]+(?i:twee|drie|vier|vijf|zes|"
                                 r"zeven|acht|negen|tien|elf|twaalf|\d{1,2})[ \t]+\Z")
# A list item: a dash or bullet opens the line, the span fills it ("- Poort Zuid", "• De Kade (Westdorp)")
_ITEM_BEFORE = regex.compile(r"(?m)^[ \t]*[-–•*·][ \t]*\Z")
_ITEM_AFTER = regex.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t]*[,;.]?[ \t]*(?:\n|\Z)")
# A saint's name in an institution's, a church's or a band's name: "Harmonie Sint X", "de St. X-school"
# A project's or programme's noun right before its name: "Het project Meanderende Maas", "het dijkversterkingsproject
# Groene Waard", "programma Sterke Kern" (second round)
_PROJECT_BEFORE = regex.compile(r"(?<![\p{L}-])(?i:\p{L}*(?:project|programma))[ \t]+\Z")
_SAINT_BEFORE = regex.compile(r"(?<![\w-])(?:Sint|St\.|Sancta|Heilige)[ \t]+\Z")
# A line that a span fills: after its start, a bullet or an item's number; before its end (ninth session)
_LINE_BEFORE = regex.compile(r"(?:\A|\n)[ \t]*(?:[-–•*·][ \t]*|\d{1,2}[.)][ \t]*)?\Z")
_LINE_AFTER = regex.compile(r"[ \t]*[.:]?[ \t]*(?:\n|\Z)")
# The line that opens a list: its last word before the colon ("langs de volgende locaties:")
_LIST_INTRO = regex.compile(r"(?P<head>[\p{L}']+)[ \t]*:[ \t]*\Z")
# A capitalised article inside a span after its first word: "Wijk De Koog", "Sporthal Het Baken" (tenth session)
_ARTICLE_INSIDE = ("De", "Het", "'t", "’t")
# The word before it: capitalised letters, no initials ("J.H. 't Hart" is a person with a tussenvoegsel)
_PLAIN_WORD = regex.compile(r"\p{Lu}[\p{Ll}-]+")
# English words that join the capitalised words of an English name ("Centre for Water, Oceans and
# Sustainability Law", "Board of the Foundation"): none of them is Dutch ("of" is, "or": only with another)
_ENGLISH_JOIN = frozenset({"for", "and", "the", "&", "of", "on", "in"})
_ENGLISH_ONLY = frozenset({"for", "and", "the"})
_NAME_TOKEN = regex.compile(r"[\p{L}'’&-]+|,")
_JOIN_GAP = regex.compile(r"[ \t]{0,2}")
# An item of an enumeration: capitalised words, an acronym in brackets ("Openbaar Vervoer (OV)")
_ENUM_ITEM = r"\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}(?:[ \t]*\([\p{Lu}\d&-]{2,8}\))?"
_ENUM_BEFORE = regex.compile(rf"(?:{_ENUM_ITEM}[ \t]*,[ \t]*)+\Z")
_ENUM_AFTER = regex.compile(rf"(?:[ \t]*,[ \t]*{_ENUM_ITEM})*[ \t]*(?:,[ \t]*)?(?:en|of)[ \t]+{_ENUM_ITEM}")
# The capitalised word right after a span on its line ("Hendriks Projectontwikkeling") and the word right before it
# ("Adviesbureau Hendriks"): a firm's trade (eleventh session)
_WORD_AFTER = regex.compile(r"[ \t]+(?P<word>\p{Lu}[\p{L}-]*)(?![\p{L}\d'’.-])")
# A firm's full name after its short one, behind a bar or a dash: "KVO | Kempen Vastgoedontwikkeling" (second round)
_FULL_NAME_AFTER = regex.compile(r"[ \t]+[|–-][ \t]+(?P<full>\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,2})"
                                 r"(?![\p{L}\d'’.-])")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\d'’.-])(?P<word>\p{L}[\p{L}-]*)[ \t]+\Z")
_INITIALS = regex.compile(r"(?:\p{Lu}\p{Ll}?\.)+")
# A firm named by its partners' surnames and its trade: "Smit, Kok en Van Dijk advocaten", "Mulder & Visser
# notarissen" (third round); each partner a capitalised word with its particles, joined by commas, "en" or "&"
_PARTNER = r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|[Ii]n|'t)[ \t]+)*\p{Lu}[\p{L}'’-]+"
_PARTNERS_FIRM = regex.compile(rf"(?<![\p{{L}}\d'’.-])(?P<names>{_PARTNER}(?:[ \t]*,[ \t]*{_PARTNER})*"
                               rf"[ \t]+(?:en|&)[ \t]+{_PARTNER})[ \t]+(?P<trade>\p{{L}}+)(?![\p{{L}}\d'’-])")
_PARTNER_SPLIT = regex.compile(r"[ \t]*,[ \t]*|[ \t]+(?:en|&)[ \t]+")
# The separator of a web page's breadcrumb line: a bar or an arrow with spaces around it ("HOME  |  Nieuws  |  X")
_CRUMB_SEPARATOR = regex.compile(r"[ \t]+(?:\||>|›|»)[ \t]+")
_LETTER_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
# A cultivar's name in quotes after a plant's Latin binomial: "Prunus sargentii ‘Charles Sargent’", "Acer
# campestre 'Huibers Elegant'" (third round); the epithet lower case with a Latin ending
_CULTIVAR = regex.compile(r"(?<![\p{L}\d'’.-])\p{Lu}\p{Ll}+[ \t]+(?P<epithet>\p{Ll}{3,})[ \t]+[‘'\"“]"
                          r"(?P<cultivar>[^‘’'\"“”\n]{1,40})[’'\"”]")
_LATIN_EPITHET = regex.compile(r"\p{Ll}+(?:i|ae|us|um|a|is|es|ans|ens|or|ix|oides)")
# The most capitalised words of a firm's value between its colophon label and a span: "Vormgeving Studio Zuidwest,
# Goes" (the firm's place after its name)
MAX_FIRM_WORDS = 4
# The shortest ordinary word that ends a compound read as no name ("verkeersleider" of "Zeeverkeersleider")
COMPOUND_HEAD = 8
# How far around a span a listed firm's name is looked for (characters; `listed_firm`)
FIRM_REACH = 60
# How far a colophon's labels stand from each other (characters around a span)
COLOPHON_REACH = 300


def _word_starts(page_text: str, text: str):
    """Where `text` stands on the page as whole words (a firm's or a project's other mentions)."""
    same = regex.compile(rf"(?<![\p{{L}}\d'’-]){regex.escape(text)}(?![\p{{L}}\d'’-])")
    return (m.start() for m in same.finditer(page_text))


# A place's years in a career list: "(2011-2013)", "(2014)", "(sinds 2019)", "(2021-heden)" (`place_in_dated_list`)
_YEARS = regex.compile(r"[ \t]*\((?:sinds[ \t]+|vanaf[ \t]+)?\d{4}(?:[ \t]*[-–][ \t]*(?:\d{4}|heden|nu)?)?\)")
_DATED_ITEM_BEFORE = regex.compile(r"(?<![\w'’-])(?P<place>\p{Lu}[\w'’-]+)[ \t]*\((?:sinds[ \t]+|vanaf[ \t]+)?\d{4}"
                                   r"(?:[ \t]*[-–][ \t]*(?:\d{4}|heden|nu)?)?\)[ \t]*(?:,|en)[ \t]+\Z")
_DATED_ITEM_AFTER = regex.compile(r"[ \t]*(?:,|en)[ \t]+(?P<place>\p{Lu}[\w'’-]+)[ \t]*\((?:sinds[ \t]+|vanaf[ \t]+)?\d{4}")


class NoPersonGrammar:
    """Built once with the Roles of a worker from the same lexicon; every method is pure."""

    # After a function's place: its holder ("De wijkagent van Dalfsen is X", "de wijkagent van Dalfsen, X")
    HOLDER_AFTER = regex.compile(r"[ \t]+(?:is|was|heet|wordt)[ \t]+|[ \t]*[,:][ \t]*")

    def __init__(self, lexicon: Lexicon):
        self.first_names = lexicon.first_names
        self.names = lexicon.known_names
        self.not_names = lexicon.not_names
        self.tussenvoegsels = frozenset(lexicon.tussenvoegsels)
        self.titles = frozenset(lexicon.titles)
        self.person_nouns = frozenset(lexicon.person_nouns)
        self.functions = frozenset(lexicon.civil_servant_titles) | frozenset(lexicon.office_titles)
        self.dutch_words = lexicon.dutch_words
        self.open_first_names = lexicon.open_first_names
        self.colophon_labels = lexicon.colophon_labels
        self.trade_labels = lexicon.colophon_trade_labels
        self.list_heads = lexicon.list_heads
        self.breadcrumb_heads = lexicon.breadcrumb_heads
        # (whole words: "Dura Vermeer" not inside a longer word)
        self.p_firm_names = tuple(regex.compile(rf"(?<![\p{{L}}\d'’-]){regex.escape(n)}(?![\p{{L}}\d'’-])")
                                  for n in lexicon.firm_names)
        self.business_words = lexicon.business_words
        self.business_nouns = lexicon.business_nouns
        labels = "|".join(regex.escape(w) for w in sorted(lexicon.colophon_labels, key=len, reverse=True))
        # a label as a colophon writes it: capitalised or in capitals, a word of its own
        self.p_label = regex.compile(rf"(?<![\w'-])(?:{labels})(?![\w'-])", regex.IGNORECASE) if labels else None

    def is_no_person(self, page_text: str, start: int, text: str) -> bool:
        return self.firm_after_article(page_text, start, text) or self.former_function(text) \
            or self.numbered_group(page_text, start, text) or self.firm_in_colophon(page_text, start, text) \
            or self.listed_site(page_text, start, text) or self.body_of_a_place(text) \
            or self.heading_line(page_text, start, text) or bool(_SAINT_BEFORE.search(page_text, max(0, start - 12), start)) \
            or self.named_with_article(text) or self.in_english_name(page_text, start, text) \
            or self.item_among_things(page_text, start, text) or self.firm_name(page_text, start, text) \
            or self.project_name(page_text, start, text) or self.partners_firm(page_text, start, text) \
            or self.cultivar(page_text, start, text) or self.breadcrumb(page_text, start, text) \
            or self.listed_firm(page_text, start, text) or self.place_in_dated_list(page_text, start, text)

    def _trade(self, word: str, stems: tuple[str, ...]) -> bool:
        """A trade's word: one of `stems`, or an ordinary word that ends in one ("Projectontwikkeling", "adviesbureau")."""
        low = word.lower()
        return any(low == s or (low.endswith(s) and low in self.dutch_words) for s in stems)

    def _bare_surname(self, text: str) -> bool:
        """A surname alone, with its particles ("Hendriks", "Van Dam"): no listed first name, no initials."""
        words = text.split()
        return bool(words) and words[-1][:1].isupper() and all(
            w.lower() in self.tussenvoegsels or (w[:1].isupper() and w not in self.first_names
                                                 and not _INITIALS.fullmatch(w)) for w in words)

    def _titled(self, page_text: str, start: int, nouns: bool = True) -> bool:
        """A courtesy title, a function or (with `nouns`) a person's noun right before `start` ("de heer X",
        "wethouder X", "de aannemer X")."""
        before = _WORD_BEFORE.search(page_text, max(0, start - 40), start)
        low = before.group("word").lower() if before else ""
        return low.rstrip(".") in self.titles or low in self.functions or nouns and low in self.person_nouns

    def _firm_at(self, page_text: str, start: int, text: str) -> bool:
        """The name at `start` is a firm's: a surname alone before its trade ("Hendriks Projectontwikkeling",
        `business_words`), also before a bar or dash and the full name that ends in one ("KVO | Kempen
        Vastgoedontwikkeling"), not after a title or function (a person's noun may stand before it: "de aannemer
        Kuipers Infra", "aanvrager Mulder Transport" name the firm, a person is not named after a trade); or a trade's noun before it ("Communicatiebureau X",
        `business_nouns`) with a surname alone, or a first name and a surname that written as one are an ordinary
        word (a play on words, "Kris Kras"); "Adviesbureau Ingrid Bakhuis", named after its owner, stays a person."""
        end = start + len(text)
        words = text.split()
        if len(words) > 1 and self._trade(words[-1], self.business_words) and self._bare_surname(" ".join(words[:-1])) \
                and words[-1][:1].isupper() and not self._titled(page_text, start, nouns=False):
            return True  # the span took the trade in: "Mulder Aannemers"
        after = _WORD_AFTER.match(page_text, end)
        if after and self._bare_surname(text) and self._trade(after.group("word"), self.business_words) \
                and not self._titled(page_text, start, nouns=False):
            return True
        full = _FULL_NAME_AFTER.match(page_text, end)
        if full and self._bare_surname(text) and self._trade(full.group("full").split()[-1], self.business_words) \
                and not self._has_first_name(full.group("full")) and not self._titled(page_text, start):
            return True  # "KVO | Kempen Vastgoedontwikkeling": the short name before the firm's full name
        before = _WORD_BEFORE.search(page_text, max(0, start - 40), start)
        return bool(before) and self._trade(before.group("word"), self.business_nouns) and (
            self._bare_surname(text) or "".join(text.split()).lower() in self.dutch_words)

    def firm_name(self, page_text: str, start: int, text: str) -> bool:
        """A firm named after a person (`_firm_at`), here or elsewhere on the page: the same name without a title
        before it ("Hendriks gaat 140 woningen bouwen" beside "Hendriks Projectontwikkeling") is the firm's; "de heer
        Hendriks" stays a person (eleventh session)."""
        text = text.strip()
        if not text:
            return False
        if self._firm_at(page_text, start, text):
            return True
        if self._titled(page_text, start):
            return False
        return any(at != start and self._firm_at(page_text, at, text) for at in _word_starts(page_text, text))

    def partners_firm(self, page_text: str, start: int, text: str) -> bool:
        """ "Smit, Kok en Van Dijk advocaten", "Mulder & Visser notarissen": the span stands among two or more
        surnames alone (no first name, no initials) joined by commas and "en" or "&", with a trade word of
        `business_words` right after the last one: the firm's name, no persons; "Piet Smit, Kok en Van Dijk
        advocaten" (a first name) and "Smit, Kok en Van Dijk, namens de buren" (no trade) stay persons."""
        end = start + len(text.rstrip())
        lo = page_text.rfind("\n", 0, start) + 1
        for m in _PARTNERS_FIRM.finditer(page_text, lo, min(len(page_text), end + 80)):
            if m.start("names") <= start and end <= m.end("names") \
                    and self._trade(m.group("trade"), self.business_words) \
                    and all(self._bare_surname(n) for n in _PARTNER_SPLIT.split(m.group("names"))) \
                    and not self._person_before(page_text, lo, m.start()):
                return True
        return False

    def cultivar(self, page_text: str, start: int, text: str) -> bool:
        """ "Prunus sargentii ‘Charles Sargent’": the span lies in a plant's Latin name and the cultivar's name in
        quotes after it, a capitalised genus and a lower-case epithet with a Latin ending that is no Dutch word;
        a nickname in quotes after a person's name ("Jan de Vries ‘Jantje’") has no such epithet."""
        end = start + len(text.rstrip())
        lo = page_text.rfind("\n", 0, start) + 1
        for m in _CULTIVAR.finditer(page_text, lo, min(len(page_text), end + 60)):
            epithet = m.group("epithet")
            if m.start() <= start and end <= m.end() and _LATIN_EPITHET.fullmatch(epithet) \
                    and epithet not in self.dutch_words and epithet not in self.tussenvoegsels:
                return True
        return False

    def listed_firm(self, page_text: str, start: int, text: str) -> bool:
        """ "Aannemer Dura Vermeer heeft het contract teruggegeven": the span lies within a name of `firm_names` as the
        page writes it (whole words), a firm that reads as a person's full name; the list holds no name that a
        private person can carry (none opens with a listed first name, none is a surname alone), so "mevrouw
        Vermeer" elsewhere on the page stays a person (twelfth session)."""
        end = start + len(text.rstrip())
        lo, hi = max(0, start - FIRM_REACH), min(len(page_text), end + FIRM_REACH)
        return any(m.start() <= start and end <= m.end() for pattern in self.p_firm_names
                   for m in pattern.finditer(page_text, lo, hi))

    def breadcrumb(self, page_text: str, start: int, text: str) -> bool:
        """ "HOME  |  Ontdek Weststellingwerf  |  Dorpencoördinator": a line of items joined by bars or arrows that opens
        with the site's furniture (`breadcrumb_heads`) is a web page's breadcrumb, the layout of its menu; an item of
        it made of ordinary words or places that no name list has (no first name of any list, no surname) is no
        person. A person's name in a breadcrumb ("Home | Organisatie | Jan de Vries") has a listed name and stays
        (twelfth session)."""
        lo = page_text.rfind("\n", 0, start) + 1
        hi = page_text.find("\n", start)
        items = _CRUMB_SEPARATOR.split(page_text[lo:len(page_text) if hi < 0 else hi].strip())
        if len(items) < 2 or items[0].lower() not in self.breadcrumb_heads:
            return False
        words = _LETTER_WORD.findall(text)
        return bool(words) and all((w.lower() in self.dutch_words or w.lower() in self.not_names)
                                   and w not in self.names and not self._any_first_name(w)
                                   and w.capitalize() not in self.names for w in words)

    def _person_before(self, page_text: str, lo: int, start: int) -> bool:
        """A first name, initials or a title right before `start` ("Piet Hofman, ..."): the run is a person's."""
        before = regex.search(r"(?P<word>[\p{L}.'’-]+)[ \t]+\Z", page_text[lo:start])
        word = before.group("word") if before else ""
        return self._any_first_name(word) or bool(_INITIALS.fullmatch(word)) or self._titled(page_text, start)

    def _project_at(self, page_text: str, start: int, text: str) -> bool:
        """A project's noun right before the name (`_PROJECT_BEFORE`), and the name opens with an ordinary word that no
        name list has, no first name of any list ("Meanderende", "Groene", "Sterke": a person's name opens with a
        first name or initials; a river or a place after it may be a rare first name too, "Maas")."""
        words = text.split()
        if len(words) < 2 or not _PROJECT_BEFORE.search(page_text, max(0, start - 40), start):
            return False
        first = words[0]
        return first[:1].isupper() and first.isalpha() and first.lower() in self.dutch_words \
            and first not in self.names and not self._any_first_name(first) and first.lower() not in self.titles

    def project_name(self, page_text: str, start: int, text: str) -> bool:
        """ "Het project Meanderende Maas heeft twee omgevingsmanagers": a project's name (`_project_at`), here or
        elsewhere on the page ("De omgevingsmanagers van Meanderende Maas" above it), no person; "het project van Jan
        Maas" (a first name) and "projectleider Groen" (no project's noun) stay persons (second round)."""
        text = text.strip()
        if not text:
            return False
        return any(self._project_at(page_text, at, text) for at in _word_starts(page_text, text))

    def _any_first_name(self, word: str) -> bool:
        return word in self.first_names or word in self.open_first_names

    def named_with_article(self, text: str) -> bool:
        """ "Wijk De Koog", "Sporthal Het Baken", "Camping De Kuilen": a word, then a capitalised article, then a
        name is a place's or a building's name; a person's name has a capitalised article only after a first
        name ("Jan De Vries"), so no first name of any list may open it (tenth session)."""
        words = text.split()
        return len(words) >= 3 and words[1] in _ARTICLE_INSIDE and _PLAIN_WORD.fullmatch(words[0]) is not None \
            and not self._any_first_name(words[0]) and words[0].lower() not in self.tussenvoegsels

    def in_english_name(self, page_text: str, start: int, text: str) -> bool:
        """ "Utrecht Centre for Water, Oceans and Sustainability Law": the span stands in a run of capitalised words
        joined by English function words (`_ENGLISH_JOIN`, commas), of three capitalised words or more, with an
        English-only one among them ("for", "and", "the"; Dutch "of" is "or"), and no first name of any list in
        the run ("John Smith and Mary Jones" are persons) (tenth session)."""
        lo = max(0, start - 120)
        tokens = list(_NAME_TOKEN.finditer(page_text, lo, start + len(text) + 120))
        here = [i for i, t in enumerate(tokens) if t.start() >= start and t.end() <= start + len(text)]
        if not here:
            return False

        def part(t: str) -> bool:
            return t == "," or t in _ENGLISH_JOIN or t[:1].isupper()
        a, b = here[0], here[-1]

        def joined(x, y) -> bool:  # two tokens a space apart on one line ("Water," ", Oceans"), not "J.J."
            return _JOIN_GAP.fullmatch(page_text, x.end(), y.start()) is not None
        if any(not joined(tokens[i], tokens[i + 1]) for i in range(a, b)):
            return False  # the span itself is no run of words ("J.J. Polder")
        while a > 0 and part(tokens[a - 1].group(0)) and joined(tokens[a - 1], tokens[a]):
            a -= 1
        while b + 1 < len(tokens) and part(tokens[b + 1].group(0)) and joined(tokens[b], tokens[b + 1]):
            b += 1
        run = [t.group(0) for t in tokens[a:b + 1]]
        while run and (run[0] == "," or run[0] in _ENGLISH_JOIN):
            run.pop(0)
        while run and (run[-1] == "," or run[-1] in _ENGLISH_JOIN):
            run.pop()
        capitals = [w for w in run if w[:1].isupper()]
        return len(capitals) >= 3 and any(w in _ENGLISH_ONLY for w in run) \
            and not any(self._any_first_name(w) for w in capitals)

    def item_among_things(self, page_text: str, start: int, text: str) -> bool:
        """ "via Openbaar Vervoer (OV), Ferry, Westerscheldetunnel of Zeelandbrug": one word, an item of an
        enumeration ("A, B, C of D") of three items or more whose other items hold no name of any list, is a
        thing among things; among names ("Jan, Ferry en Piet") it stays a person (tenth session)."""
        if len(text.split()) != 1:
            return False
        before = _ENUM_BEFORE.search(page_text, max(0, start - 120), start)
        after = _ENUM_AFTER.match(page_text, start + len(text))
        if not (before and after):
            return False
        others = regex.findall(r"\p{L}[\p{L}'’-]*", before.group(0) + " " + after.group(0))
        items = before.group(0).count(",") + after.group(0).count(",") + 2
        return items >= 3 and not any(w in self.names or self._any_first_name(w) for w in others
                                      if w not in ("en", "of"))

    def _has_first_name(self, text: str) -> bool:
        return any(w.strip(",.;:()") in self.first_names for w in text.split())

    def place_in_dated_list(self, page_text: str, start: int, text: str) -> bool:
        """ "wethouder in Schinnen (2011-2013), Beek (2014-2015) en Meerssen": a place with its years in a list
        whose other item beside it is a place with years that no name list has (twelfth session, second round).
        A list of persons with their years has a listed surname or first name beside each."""
        years = _YEARS.match(page_text, start + len(text))
        if " " in text or text.lower() not in self.not_names or not years:
            return False
        line_start = page_text.rfind("\n", 0, start) + 1
        before = _DATED_ITEM_BEFORE.search(page_text, line_start, start)
        after = _DATED_ITEM_AFTER.match(page_text, years.end())
        return any(m and self._bare_place(m.group("place")) for m in (before, after))

    def _bare_place(self, word: str) -> bool:
        return word.lower() in self.not_names and word not in self.names and word not in self.first_names

    def body_of_a_place(self, text: str) -> bool:
        """ "Tijdschriftenbank Zeeland", "Streekomroep Westhoek": a word that no name list has (no first name of
        any origin, no surname) and a place or ordinary word after it is a body named for its region; a person's
        name has a listed first name or surname ("Anke Zeeland", "Wetering Zeeland" stay persons)."""
        words = text.split()
        if len(words) != 2 or not all(w[:1].isupper() for w in words):
            return False
        first, place = words
        return first.isalpha() and len(first) >= 6 and first not in self.names and first not in self.open_first_names \
            and first.lower() not in self.tussenvoegsels and self._region(place)

    def _region(self, word: str) -> bool:
        """A place or a region joined of places with hyphens ("Amsterdam-Amstelland", "Gooi-en-Vechtstreek"),
        each part a place or ordinary word no first-name list has."""
        if word.lower() in self.not_names:
            return True
        parts = [p for p in word.split("-") if p not in ("en", "aan", "de")]
        return len(parts) > 1 and all(p[:1].isupper() and p.lower() in self.not_names and p not in self.first_names
                                      for p in parts)

    def heading_line(self, page_text: str, start: int, text: str) -> bool:
        """ "• Startbijeenkomst Gezond Zuidhaven", "Benoeming Adviesraad": capitalised words that fill their line
        (a heading or an agenda item, after a bullet or a number) and open with an ordinary noun are a subject's
        name, no person's: a person's name opens with no common noun unless it is a title or a person's noun
        ("Buurvrouw Jansen", "Wethouder Jansen"); never with a listed first name in it (ninth session)."""
        words = text.split()
        if len(words) < 2 or self._has_first_name(text) or not _LINE_BEFORE.search(page_text, max(0, start - 12), start) \
                or not _LINE_AFTER.match(page_text, start + len(text)):
            return False
        first = words[0]
        low = first.lower()
        return first[:1].isupper() and first.isalpha() and low in self.dutch_words and first not in self.names \
            and low not in self.titles and low not in self.person_nouns and low not in self.functions \
            and low not in self.tussenvoegsels

    def numbered_group(self, page_text: str, start: int, text: str) -> bool:
        """ "Vanuit de vier Founding Fathers", "deze twee Partners": an article and a numeral before capitalised
        words make them a group's name or a plural noun; no first name among them."""
        return bool(_ARTICLE_NUMERAL.search(page_text[max(0, start - 30):start])) and not self._has_first_name(text)

    def _label(self, word: str) -> bool:
        """A colophon's label as written there: capitalised or in capitals ("Fotografie", "DRUK"), no listed name."""
        return word[:1].isupper() and word.lower() in self.colophon_labels and word not in self.names

    def in_colophon(self, page_text: str, start: int, end: int) -> bool:
        """Two different colophon labels, capitalised, stand around [start, end) (within COLOPHON_REACH)."""
        if self.p_label is None:
            return False
        lo, hi = max(0, start - COLOPHON_REACH), min(len(page_text), end + COLOPHON_REACH)
        found = {m.group(0).lower() for m in self.p_label.finditer(page_text, lo, hi) if self._label(m.group(0))}
        return len(found) >= 2

    def firm_in_colophon(self, page_text: str, start: int, text: str) -> bool:
        """ "Vormgeving Studio Zuidwest, Goes Druk Drukkerij Palet": in a colophon, the value after a trade's label
        (design, print: `colophon_trade_labels`) with no first name is the firm's name, no person."""
        before = page_text[max(0, start - 80):start]
        if not regex.search(r"[ \t]\Z", before) or self._has_first_name(text):
            return False
        words = before.split()[-(MAX_FIRM_WORDS + 1):]  # the label and the value so far, nearest last
        for i in range(len(words) - 1, -1, -1):
            word = words[i].rstrip(",:")
            if self._label(word):
                return word.lower() in self.trade_labels and not self._has_first_name(" ".join(words[i + 1:])) \
                    and self.in_colophon(page_text, start, start + len(text))
            if not word[:1].isupper():
                return False
        return False

    def listed_site(self, page_text: str, start: int, text: str) -> bool:
        """ "De bus stopt bij de volgende locaties:\n\n- Poort Zuid\n- Westdorp": an item that fills its line of a
        list whose opening line ends in a plural noun of places or things (`list_heads`) and a colon; no first
        name in it (a list of persons, "de volgende personen:", is no such list)."""
        end = start + len(text)
        if not _ITEM_BEFORE.search(page_text[max(0, start - 10):start]) or not _ITEM_AFTER.match(page_text, end) \
                or self._has_first_name(text):
            return False
        lines = page_text[:page_text.rfind("\n", 0, start) + 1].split("\n")[:-1]
        for line in reversed(lines[-30:]):
            if not line.strip() or _ITEM_BEFORE.search(line[:len(line) - len(line.lstrip(" \t-–•*·"))]):
                continue  # a blank line or an earlier item of the same list
            intro = _LIST_INTRO.search(line.rstrip())
            return bool(intro) and intro.group("head").lower() in self.list_heads
        return False

    def firm_after_article(self, page_text: str, start: int, text: str) -> bool:
        """ "bij de Albert Heijn in Epe", "tegenover het Anne Frank Huis": a first name and more after a
        preposition and an article is a shop's, firm's or building's name; a person's name takes no article
        (the article of "Jan de Vries" stands inside the name, after a first name)."""
        words = text.split()
        if len(words) < 2 or words[0] not in self.first_names or words[0].lower() in self.tussenvoegsels:
            return False
        return bool(_ARTICLE_BEFORE.search(page_text[max(0, start - 20):start]))

    def former_function(self, text: str) -> bool:
        """ "Oud-collega", "Ex-wethouder", "Mede-eigenaar": a former, deputy or co- function or person noun
        in one word is a label, no name."""
        m = _FORMER.fullmatch(text.strip())
        if not m or text.strip() in self.names:
            return False
        low = m.group(1).lower()  # ("Oud-collega": an ordinary word after the prefix, no name: "Oud-Bakker")
        return low in self.person_nouns or low in self.functions or (
            low in self.dutch_words and m.group(1) not in self.names)

    def place_of_function(self, page_text: str, name: str, end: int, persons: list[tuple[int, int]]) -> bool:
        """ "De wijkagent van Dalfsen is Ruben X": `van` and a listed place after a function, with the function's
        holder named right after it, is the function's place, not the holder's surname ("wijkagent Van Dalfsen"
        alone stays a surname)."""
        words = name.split()
        if len(words) != 2 or words[0] != "van" or words[1].lower() not in self.not_names:
            return False
        holder = self.HOLDER_AFTER.match(page_text, end)
        return bool(holder) and any(a == holder.end() for a, _ in persons)

    def _no_name_word(self, word: str) -> bool:
        """A capitalised place or ordinary word that no name list has ("Vechtstreek", "Noorder")."""
        low = word.lower()
        return word[:1].isupper() and word not in self.names and low not in self.tussenvoegsels \
            and low.rstrip(".") not in self.titles and (low in self.not_names or low in self.dutch_words
                                                         or self._compound(low))

    def _compound(self, low: str) -> bool:
        """ "zeeverkeersleider", "havenmeester": an ordinary word of COMPOUND_HEAD letters or more after a
        first part of three or more (a function or a noun written as one word that the word list lacks)."""
        return any(low[i:] in self.dutch_words for i in range(3, len(low) - COMPOUND_HEAD + 1))

    def _organisation_after_van(self, f):
        """ "Gerrit X van Waterschap Y", "Gerrit X van Zwolle Seaports": a first name and a surname, then `van`
        and an organisation: an ordinary word that no name list has ("Waterschap", "Hoogheemraadschap"), or a
        place with a word after it that is no name ("Zwolle Seaports"). "Jan van Groningen" (the surname's own
        `van` after a first name alone) and "Anna Bakker van Groningen" (a place alone) stay whole."""
        words = f.text.split(" ")
        if "van" not in words[2:]:
            return f
        i = words.index("van", 2)
        before, after = words[:i], [w for w in words[i + 1:] if w]
        if len(after) < 2 or before[0] not in self.first_names or before[-1] in self.first_names \
                or any(w.lower() in self.tussenvoegsels for w in before) or not after[-1][:1].isupper():
            return f  # ("Willem Jan van Kampen": a first name before `van` opens the surname)
        first, last = after[0], after[-1]
        ordinary = first[:1].isupper() and first not in self.names and first.lower() in self.dutch_words
        place_and_more = first.lower() in self.not_names and last not in self.names \
            and last.lower() not in self.tussenvoegsels
        if not (ordinary or place_and_more):
            return f
        head = " ".join(before)
        return replace(f, end=f.start + len(head), text=head)

    def _colophon_labels(self, f, page_text: str):
        """In a colophon ("Redactie Anna Jansen Fotografie Piet de Groot Vormgeving Studio Zuidwest"), a label is
        no part of a name: a label that opens the span is cut off; the span ends before a label after its first
        word when nothing or a firm (after a trade's label, no first name) follows that label. A first name
        after the label keeps the span whole: two names in one span, both stay redacted."""
        words = list(regex.finditer(r"\S+", f.text))
        if not any(self._label(w.group(0).strip(",;:")) for w in words) \
                or not self.in_colophon(page_text, f.start, f.end):
            return f
        while len(words) > 1 and self._label(words[0].group(0).strip(",;:")):
            cut = words[1].start()
            f = replace(f, start=f.start + cut, text=f.text[cut:])
            words = list(regex.finditer(r"\S+", f.text))
        at = next((i for i, w in enumerate(words) if i > 0 and self._label(w.group(0).strip(",;:"))), None)
        if at is None:
            return f
        label, tail = words[at].group(0).strip(",;:").lower(), f.text[words[at].end():]
        if tail.strip() and (label not in self.trade_labels or self._has_first_name(tail)):
            return f
        head = f.text[:words[at].start()].rstrip(" \t,;:")
        return replace(f, end=f.start + len(head), text=head)

    def _label_after(self, f, page_text: str):
        """ "Auteur : A. de Vries/ B. Bakker Registratienummer : ...": a form's next label run into the name before it
        (its last word an ordinary word that no name list has, a colon after it) is cut off; "Jan Bakker:" of a
        transcript keeps its surname (eleventh session)."""
        words = f.text.split(" ")
        last = words[-1]
        if len(words) < 2 or not regex.match(r"[ \t]*:", page_text[f.start + len(f.text):]) \
                or not (last[:1].isupper() and last.isalpha()) or last in self.names \
                or last.lower() not in self.dutch_words or last.lower() in self.titles:
            return f
        head = f.text[:len(f.text) - len(last)].rstrip(" \t,;/")
        return replace(f, end=f.start + len(head), text=head) if head else f

    def _function_after(self, f):
        """ "W.A. Jansen Dijkgraaf", "Anna de Vries Directeur": a function (an office or civil servant's title)
        after initials or a first name and a surname is the function, no second surname ("Jan Willem Dijkgraaf",
        a first name before it, and "Jan de Dijkgraaf", a tussenvoegsel, stay whole)."""
        words = f.text.split(" ")
        if len(words) < 3 or words[-1].lower() not in self.functions:
            return f
        first, before = words[0], words[-2]
        initials = bool(regex.fullmatch(r"(?:\p{Lu}\.){1,4}", first))
        if not (initials or first in self.first_names) or before in self.first_names \
                or before.lower() in self.tussenvoegsels or not before[:1].isupper():
            return f
        head = " ".join(words[:-1])
        return replace(f, end=f.start + len(head), text=head)

    def cut(self, decision: Decision, page_text: str) -> Decision:
        """Cut from a name's span what belongs to its neighbours: a place or an ordinary word that opens the
        span before a first name ("Vechtstreek Gerrit X" of "in Zeeveld en Gooi en Vechtstreek Gerrit X
        is"), and an organisation after a slash ("Marco Tielen/RTV Noord", a photo's
        credit). A word that is also a listed name stays in the span."""
        f = decision.finding
        words = list(regex.finditer(r"\S+", f.text))
        lead = 0  # the place or ordinary words before the first name: "Noorder Vechtstreek" of "... Gerrit Hofstede"
        while lead < len(words) - 2 and self._no_name_word(words[lead].group(0)):
            lead += 1
        if 0 < lead and words[lead].group(0) in self.first_names and "\n" not in f.text[:words[lead].start()]:
            f = replace(f, start=f.start + words[lead].start(), text=f.text[words[lead].start():])
        f = self._organisation_after_van(f)
        f = self._label_after(f, page_text)
        f = self._function_after(self._colophon_labels(f, page_text))
        slash = _AFTER_SLASH.search(f.text)
        if slash and slash.start() > 0:
            first = slash.group("first")
            acronym = len(first) >= 2 and first.isupper()
            word = first not in self.names and first.lower() not in self.tussenvoegsels and (
                first.lower() in self.not_names or first.lower() in self.dutch_words)
            if acronym or word:
                head = f.text[:slash.start()].rstrip()
                if head:
                    f = replace(f, end=f.start + len(head), text=head)
        return decision if f is decision.finding else replace(decision, finding=f)
