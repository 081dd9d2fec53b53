"""A first name alone in minutes and running text ("Mariska merkt op", "In overleg met Christa",
"Aanwezig: Marian, Nico, Johan?, Thea, Ad", "Joosjes aanpak"): the name detectors take a name by its
surname, initials or title, and a first name alone only where a detector's position supports it. Here a
word from the first-name lists counts as a person's mention with one of these kinds of evidence:

- a cue of what a person does right after it, at the start of a clause (`rules/lists/first_name_cues`:
  "merkt op", "benadrukt", "is met kennisgeving afwezig", "zet het door");
- the same verbs before it ("Daarop antwoordt Mariska dat ...", not auxiliaries: "is", "heeft");
- a list of first names (three items or more, single capitalised words joined by commas and "en", at
  least three of them listed first names that are no ordinary Dutch word; or two such names);
- a speaker's line ("Mariska: de bankjes zijn kapot."), when two lines of the page open that way;
- a preposition one meets or acts with before it ("met", "namens") and the end of the phrase after it;
- a possessive of it ("Joosjes aanpak": the first name with an s, before a lower-case word);
- a person's grammar without a cue (ninth session): a vocative in quoted speech ("\"Zeg X, is dit ...\""),
  a relative clause after it ("over X die bij de buitendienst werkt"), a past tense and its object after a
  first name or a surname ("X zette twee ... aan tafel", also after a heading's word that the text layer ran
  into the line, "1953 Colofon X zette ...");
- a magazine's layout (ninth session): a name broken over a blank line mid-sentence ("onze bode X\n\nY in
  het zonnetje": both), a piece's sign-off (a first name ending a paragraph without a full stop), a heading
  that opens with a first name and runs on in lower case ("X in een race tegen de tijd").
- a quote's speaker label and a trade (heldout8x, ninth session): a first name, a surname or a word no list
  knows before a colon and an opening quote mark in running text ("... doet ertoe.' X: 'Klopt."); a first name
  named by a trade ("bij X de kapper, Y de bakker,").

A name that a storm, ship, machine or animal was given ("storm X", "deze storm heeft nu een naam: X") is no
person's (`named_thing`, asked from `Roles.is_not_person`).

Never a word that is also a place, a month or an organisation word (`not_names`), never inside a longer
name (a capitalised word or a tussenvoegsel next to it), and outside a cue only a first name that is no
ordinary Dutch word ("Roos", "Mei", "Ben" need the cue). The new mentions are then judged like any
other: a first name that is also that of a kept official of the document ("Elly start met
informatie" beside "wethouder Elly de Wit") joins that person in persons.resolve and stays visible.
"""

from __future__ import annotations

import regex

from ..lexicon import Lexicon, phrases

_WORD = regex.compile(r"(?<![\w'’.-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\w'’-])")
# The start of a clause before a first name: a line start (after a bullet or a number), a sentence's end,
# a comma, or a conjunction.
# Also after a page's furniture that the text layer ran into the line ("Pagina 2 Wiebe merkt op").
_CLAUSE_START = regex.compile(r"(?:^|\n)[ \t]*(?:[-•*–]|\d{1,2}[.)])?[ \t]*\Z|[.!?:;)][ \t]+\Z|,[ \t]+\Z"
                              r"|(?:^|\n)[ \t]*(?i:pagina|page|blz\.?|p\.)[ \t]+\d{1,3}(?:[ \t]*(?:van|/)[ \t]*\d{1,3})?[ \t]+\Z"
                              r"|(?<![\w-])(?:en|maar|want|dat|toen|waarop|omdat|nadat|terwijl|ook)[ \t]+\Z")
# The space between a name and its cue: a line may end between them ("... bij de school. Gerda\nhad vooraf gevraagd")
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# The particles of separable verbs ("licht ... toe", "stelt ... voor")
_PARTICLES = frozenset({"op", "voor", "aan", "toe", "mee", "uit", "na", "samen", "vast", "af", "terug", "door", "in"})
# A full name at the start of a clause, before a cue ("Anna Pietersma laat een kopie rondgaan"): two or
# three capitalised words, tussenvoegsels between
_FULL_NAME = regex.compile(r"(?<![\w'’.-])\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:van|de|der|den|ter|ten|'t|te|in[ \t]+'t)[ \t]+)*"
                           r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?![\w'’-])")
# The end of a firm's, body's or place's compound: no person's surname ("Dorpsraad", "Tekstbureau")
_BODY_END = regex.compile(r"(?:raad|bureau|groep|dienst|belangen|vereniging|stichting|commissie|bestuur|team|werkgroep"
                          r"|gemeente|provincie|school|kerk|club|fonds|huis|centrum|veld|dorp|wijk|straat|weg|laan)\Z")
_PREPOSITION = regex.compile(r"(?<![\w-])(?i:met|namens|volgens|aldus|samen[ \t]+met|overleg[ \t]+met|gesprek[ \t]+met"
                             r"|door|aan|naar|dankzij|zonder)"
                             r"[ \t]+\Z")
# A speaker's line of minutes: "Mariska: de bankjes zijn kapot." (two such lines on the page or more)
# A transcript's speaker in capitals: "MARINDA: Welkom bij ..." (once is enough: no heading is a first name)
# A quote's attribution: "..., aldus Holterman en Van Veen." (also "aldus de chefs X en Y"): one or two
# surnames, each alone or after a tussenvoegsel, closing the sentence
ATTRIBUTED = r"(?:(?:Van|De|Ter|Ten|Van[ \t]+de|Van[ \t]+der|Van[ \t]+den)[ \t]+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
ALDUS = r"(?<![\w-])aldus(?:[ \t]+(?:de|het)[ \t]+\p{Ll}+)?[ \t]+"
_ALDUS = regex.compile(rf"{ALDUS}(?P<a>{ATTRIBUTED})"
                       rf"(?:[ \t]+en[ \t]+(?P<b>{ATTRIBUTED}))?(?=[ \t]*[.,;!?]|[ \t]*\n)")
# A first name opening its line (or a sentence), also in capitals: "Ilona\n", "NICO, DIRECTEUR"
_LINE_NAME = regex.compile(r"(?:(?m:^)|(?<=[.!?][ \t]))[ \t]*(?P<name>\p{Lu}\p{Ll}+|\p{Lu}{3,})(?![\w'’.-])")
_SPEAKER_CAPS = regex.compile(r"(?m)^[ \t]*(?P<name>\p{Lu}{3,}):[ \t]+\p{Lu}")
# (a role in parentheses may stand between the name and the colon: "X (linksachter): ...")
_SPEAKER_LINE = regex.compile(r"(?m)^[ \t]*(?:[-•*–][ \t]*)?(?P<name>\p{Lu}\p{Ll}+)(?:[ \t]+\(\p{Ll}[\p{Ll} -]{1,30}\))?:[ \t]+\S")
# A speaker's label before a quote in running text (ninth session): one word and a colon before an opening quote
# mark, at a line's start, after a sentence's or quote's end or after a heading in capitals run into the line
# ("... bekend. Pieters: \"We hebben ...\"", "... doet ertoe.' Annelot: 'Klopt.", "EEN KOP Annelot: 'Ja.")
_SPEAKER_QUOTE = regex.compile(r"(?:(?m:^)[ \t]*|(?<=[.!?;'’\"”][ \t]{1,3})|(?<=(?<![\w-])\p{Lu}{2,}[ \t]{1,3}))"
                               r"(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?):[ \t]*[\"“„‘'«]")
# The verbs of the cues that do not say what a person does when they stand before the name ("Daarna
# vraagt Lynn", but not "Vanaf morgen is Mei"): auxiliaries and verbs of things
_NOT_INVERTED = frozenset({"is", "was", "heeft", "had", "start", "begint", "opent", "sluit", "heet", "pakt", "zoekt",
                           "gaat", "zet", "zette", "stuurt", "stuurde"})
_PHRASE_END = regex.compile(r"[ \t]*(?:[,.;:!?)]|\n|\Z)|[ \t]+(?:\p{Ll}+)(?![\w'’-])")
_LIST_ITEM = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\??")
_LIST_SEP = regex.compile(r"[ \t]*,[ \t]*|[ \t]+en[ \t]+")
# "Joosjes aanpak", "Anna's fiets" (an apostrophe only after a vowel, as Dutch writes it; not "King's ransom")
_POSSESSIVE = regex.compile(r"(?<![\w'’.-])(?P<name>\p{Lu}\p{Ll}+)(?:s|(?<=[aeiouy])['’]s)(?=[ \t]+\p{Ll}{3,})")
_PRONOUNS = frozenset({"men"})  # listed as a first name, and the Dutch "one": "Men zegt dat ..."
# -- a person's grammatical position without a cue (ninth session) --
# A vocative in quoted speech: a call to someone after a quote mark or an interjection that opens the clause,
# before a comma, "!" or "?" ("\"Zeg X, is dit ...\"", "\"X, kom eens\""), or closing the utterance
# after a comma ("..., X!\"").
_QUOTE_OPEN = r"[\"“„‘«]"
_INTERJECTION = r"(?i:zeg|hé|hee|hey|hoi|hallo|nou|ach|joh|kom|ja|nee|toe|hoor|sorry|luister|dank[ \t]+je|bedankt)"
_VOCATIVE_BEFORE = regex.compile(rf"(?:{_QUOTE_OPEN}[ \t]*(?:{_INTERJECTION}[ \t]*,?[ \t]+)?"
                                 rf"|(?:(?:^|\n|[.!?:;][ \t])[ \t]*){_INTERJECTION}[ \t]*,?[ \t]+)\Z")
_VOCATIVE_AFTER = regex.compile(r"[ \t]*[,!?]")
_VOCATIVE_CLOSING = regex.compile(r"[ \t]*[!?.]?[ \t]*[\"”’»]")
# A relative clause of a person after a first name ("over X die bij de buitendienst werkt", "X, die ...")
_RELATIVE = regex.compile(r"[ \t]*,?[ \t]+die[ \t]+\p{Ll}")
# A person named by trade, as a village or a staff magazine does ("bij Janneke de kapper, Sietse de bakker,"):
# "de" and one lower-case noun closing the phrase after a first name (ninth session)
_BY_TRADE = regex.compile(r"[ \t]+de[ \t]+(?P<noun>\p{Ll}{3,})(?=[ \t]*[,.;:!?)]|[ \t]*\n|[ \t]+en[ \t]|[ \t]*\Z)")
# A heading's word run into the line before a name: after a line start, a number (a page's or a year's) or a
# sentence's or quote's end, not inside a phrase ("het huidige Studio X", "bij Studio X")
_RUN_IN = regex.compile(r"(?:^|(?<=[\d.!?:;)'’\"”][ \t]*)|(?<=\n[ \t]*))(\p{Lu}\p{Ll}+)[ \t]+\Z")
_AFTER_NUMBER = regex.compile(r"(?<![\w,.])\d{1,4}[ \t]+\Z")  # a contents page's number: "Redactioneel 2 X sprak ..."
# A past tense and its object right after a name ("X zette twee ... aan tafel", "X vroeg de ..."): a weak
# verb's -te/-de form (its infinitive a listed word), or a strong verb's, before an article, a numeral or a pronoun
_STRONG_PAST = frozenset({"nam", "gaf", "kreeg", "schreef", "liet", "zag", "vond", "hield", "bracht", "dacht", "zocht",
                          "bood", "sprak", "las", "trok", "koos", "droeg", "sloot", "riep", "deed", "vroeg", "hielp",
                          "wees", "bezocht", "ontving", "schonk"})
_OBJECT = regex.compile(r"[ \t]+(?P<verb>\p{Ll}{3,})[ \t]+(?:de|het|een|twee|drie|vier|vijf|zes|zeven|acht|tien|zijn"
                        r"|haar|hun|dit|deze|alle|veel|enkele|ons|onze|hem|zich)(?![\w'’-])")
# The paragraphs of a magazine's layout: a sentence broken by a blank line between a first name and its
# surname ("onze bode X\n\nY in het zonnetje"), a column's sign-off (a first name ending a piece, no full
# stop after it), a heading that opens with a first name and runs on as a sentence ("X in een race ...")
_PARAGRAPH_BREAK = regex.compile(r"[ \t]*\n[ \t]*\n[ \t]*")
_BEFORE_BREAK = regex.compile(r"(?<=\p{Ll}[ \t]+)(\p{Lu}\p{Ll}+)\Z")
_SPLIT_SURNAME = regex.compile(r"(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]+\p{Ll})")
_PIECE_END = regex.compile(r"[ \t]*(?:\n[ \t]*\n|[ \t]*\Z)")
_HEADING_START = regex.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?P<name>\p{Lu}\p{Ll}+)(?=(?:[ \t]+\p{Ll}+){2})")
_MIN_PIECE_WORDS = 8  # a sign-off closes a piece: at least this many words before it in its paragraph


# A name given to a thing, no person's: a storm, a ship, a machine, an animal, a pumping station, lock or mill
# ("storm X", "het schip X", "in het gemaal X", "deze storm heeft nu een naam: X", "de boot heet X", "gedoopt
# tot X"); the nouns are `named_things` in policy.yaml (rules/lists/named_things)
def thing_named_pattern(things: tuple[str, ...]) -> regex.Pattern:
    """What stands right before a thing's given name, for `named_thing`."""
    nouns = "|".join(regex.escape(t) for t in things) or r"(?!x)x"
    return regex.compile(rf"(?:(?<![\w-])(?:{nouns})(?:[ \t]+(?:\p{{Ll}}+[ \t]+){{0,8}}?(?:een|de)[ \t]+naam"
                         rf"(?:[ \t]+\p{{Ll}}+){{0,2}}[ \t]*:?|[ \t]+(?:heet|heette|heten))?"
                         rf"|(?<![\w-])gedoopt[ \t]+tot)[ \t]+[\"“'‘]?\Z")


def named_thing(pattern: regex.Pattern, text: str, start: int) -> bool:
    """The name at `start` is a thing's that a storm, ship, machine or animal was given ("storm X", "deze
    storm heeft nu een naam: X"), no person's (asked from decide/roles.py, `Roles.is_not_person`); `pattern`
    from `thing_named_pattern`."""
    return bool(pattern.search(text, max(0, start - 80), start))


class FirstNames:
    """Built once per worker from the lexicon and the rule set's cues; `spans` is pure."""

    def __init__(self, lexicon: Lexicon, cues: tuple[str, ...], places: tuple[str, ...] = ()):
        self.places = frozenset(places)
        self.first_names = lexicon.first_names
        # the open list (bench/build_first_names.py) counts only where a strong position speaks for a person
        # too: a cue after it, a function, a speaker's line, a list of first names; not after a preposition or
        # as a possessive ("Eris geen", an OCR'd "Er is", is no "Eri's")
        self.wide_first_names = lexicon.first_names | lexicon.open_first_names
        self.names = lexicon.known_names
        self.not_names = lexicon.not_names
        self.tussenvoegsels = lexicon.tussenvoegsels
        self.titles = frozenset(lexicon.titles)
        self.dutch_words = lexicon.dutch_words
        self.common = lexicon.common_words
        self.lexicon = lexicon
        self.offices = frozenset(lexicon.office_titles)
        alt = "|".join(regex.escape(c.lower()).replace(r"\ ", r"[ \t]+")
                       for c in sorted(set(cues), key=len, reverse=True) if c.strip()) or r"(?!x)x"
        self.p_cue = regex.compile(rf"{_GAP}(?:{alt})(?![\w'’-])")
        # a perfect split by other words: "had in eerste instantie gevraagd" (the participles of the
        # "heeft ..." cues)
        participles = sorted({c.split()[-1].lower() for c in cues if c.split()[:1] == ["heeft"]
                              and "ge" in c.split()[-1][:6]})
        part = "|".join(regex.escape(w) for w in participles) or r"(?!x)x"
        # a separable verb split by its object, the particle closing the clause: "licht de hoofdpunten van
        # het jaarverslag toe." (the "verb particle" cues: "licht toe", "stelt voor", "merkt op")
        pairs = sorted({(c.split()[0].lower(), c.split()[1].lower()) for c in cues
                        if len(c.split()) == 2 and c.split()[1].lower() in _PARTICLES})
        split = "|".join(rf"{regex.escape(v)}(?:[ \t]+(?!en\b|maar\b|dat\b|omdat\b|die\b)[\p{{Ll}}\d][\p{{L}}\d'’-]*){{1,8}}?"
                         rf"[ \t]+{regex.escape(p)}" for v, p in pairs) or r"(?!x)x"
        self.p_split = regex.compile(rf"{_GAP}(?:{split})(?=[ \t]*[.,;:!?)]|[ \t]*\n|\Z)")
        # a staff page's "name line + function line": "Ilona\n\nCommunicatie adviseur", "Ruurd - Projectleider
        # Baggeren", "NICO, DIRECTEUR BEDRIJFSVOERING", "Weytske is toezichthouder Klachten"
        functions = phrases(lexicon.civil_servant_titles) or r"(?!x)x"
        self.p_function_after = regex.compile(
            rf"(?P<sep>[ \t]*[-–,][ \t]*|[ \t]+is[ \t]+(?:de[ \t]+|een[ \t]+|onze[ \t]+)?|[ \t]*\n(?:[ \t]*\n)?[ \t]*)"
            rf"(?:\p{{L}}+[ \t]+){{0,2}}?(?P<function>\p{{L}}*(?i:{functions}))(?![\p{{L}}])")  # also "Bestuursadviseur"
        self.p_perfect = regex.compile(rf"{_GAP}(?:heeft|had)(?:{_GAP}(?!en\b|maar\b|dat\b|omdat\b)[\p{{Ll}}\d]+){{0,6}}?"
                                       rf"{_GAP}(?:{part})(?![\w'’-])")
        # the same verbs before the name ("Daarop antwoordt Mariska dat ...", "zegt Lynn.")
        verbs = sorted({c.split()[0].lower() for c in cues if c.strip() and c.split()[0].lower() not in _NOT_INVERTED})
        inverted = "|".join(regex.escape(v) for v in verbs) or r"(?!x)x"
        self.p_cue_before = regex.compile(rf"(?<![\w-])(?i:{inverted})[ \t]+\Z")

    def _first_name(self, word: str, wide: bool = False) -> bool:
        """A listed first name that is no place, month, organisation word or pronoun ("Men zegt"). `wide`:
        also one of the open list."""
        low = word.lower()
        return word in (self.wide_first_names if wide else self.first_names) and low not in self.not_names \
            and low not in self.titles and low not in _PRONOUNS

    def _surname(self, word: str) -> bool:
        """A listed surname that is no first name, ordinary word, place, title or organisation word
        ("Veldkamp", not "Visser", "Prins" or "Kok")."""
        return word not in self.first_names and self._listed_surname(word)

    def _listed_surname(self, word: str) -> bool:
        """A listed surname that is no ordinary word, place, title or organisation word; it may also be a
        first name ("Keesman", not "Bakker")."""
        low = word.lower()
        return word in self.lexicon.surnames and low not in self.not_names and low not in self.titles \
            and self._plain(word)

    def _plain(self, word: str) -> bool:
        """A first name that is no ordinary word, tussenvoegsel or place ("Mariska", not "Roos", "Ben",
        "Mark", "Israël")."""
        low = word.lower()
        return word not in self.places and low not in self.dutch_words and low not in self.common \
            and low not in self.tussenvoegsels and not self.lexicon.is_word(word)

    def _function_after(self, text: str, end: int, inline: bool = False) -> bool:
        """A civil servant's function right after a first name at a line's start: on the next line (the
        name alone on its own), after a dash or comma, or after "is". `inline`: not on the next line."""
        m = self.p_function_after.match(text, end)
        if not m or m.group("function").lower() in self.offices:
            return False  # "Mark, Staatssecretaris van ...": a compound that is an office title
        if "\n" in m.group("sep"):
            return not inline
        return m.group("sep").strip() in ("-", "–", ",", "is") or m.group("sep").split()[0] == "is"

    def _unknown(self, word: str) -> bool:
        """A capitalised word that no list knows: no listed name, ordinary Dutch word, place, title,
        organisation word or body's compound ("Weytske", not "Toezicht", "Rijkswaterstaat", "Dorpsraad")."""
        low = word.lower()
        return word not in self.names and self._plain(word) and low not in self.not_names and low not in self.titles \
            and 3 <= len(word) <= 12 and not _BODY_END.search(low) and not word.isupper()

    def _attributed(self, name: str) -> bool:
        """A surname after "aldus": after a tussenvoegsel ("Van Veen") no organisation word or title; alone
        a word that is no ordinary word, place, title or organisation word ("Holterman", not "Berlijn",
        "Rijkswaterstaat" or "Kok")."""
        words = name.split()
        core = words[-1]
        if len(words) > 1:
            return core.lower() not in self.titles and core.lower() not in self.lexicon.hand_not_names
        return self._plain(core) and core.lower() not in self.not_names and core.lower() not in self.titles

    def _alone(self, text: str, start: int, end: int) -> bool:
        """Not part of a longer name: no capitalised word, initial, title or tussenvoegsel right before it,
        and no capitalised word or tussenvoegsel right after it."""
        lo = max(0, start - 40)
        before = regex.search(r"(\S+)[ \t]+\Z", text[lo:start])
        if before:
            prev, at = before.group(1), lo + before.start(1)
            if prev.lower() in self.tussenvoegsels or prev.lower().rstrip(".") in self.titles \
                    or regex.fullmatch(r"(?:\p{Lu}\.)+", prev):
                return False
            if prev[:1].isupper() and not regex.search(r"[.!?:;,)]\Z", prev) \
                    and not _CLAUSE_START.search(text, max(0, start - 40), start) \
                    and not (prev.lower() in self.dutch_words and prev not in self.names  # "Volgens Hennie"
                             and _CLAUSE_START.search(text, max(0, at - 40), at)):
                return False
        after = regex.match(r"[ \t]+(\S+)(?:[ \t]+(\S+))?(?:[ \t]+(\S+))?", text[end:end + 60])
        if after:
            words = [w for w in after.groups() if w]
            if words[0][:1].isupper():
                return False
            tv = 0  # "Jan de Vries", "Jan van der Berg": a tussenvoegsel and a capitalised word
            while tv < len(words) and words[tv].lower() in self.tussenvoegsels:
                tv += 1
            if 0 < tv < len(words) and words[tv][:1].isupper():
                return False
        return True

    def _cued(self, text: str, end: int) -> bool:
        """A cue of what a person does right after `end` ("merkt op", "had ... gevraagd", "licht de
        hoofdpunten toe.")."""
        return bool(self.p_cue.match(text, end) or self.p_perfect.match(text, end) or self.p_split.match(text, end))

    def _name_word(self, word: str) -> bool:
        """A capitalised word of a full name before a cue: no ordinary word, place, title, office or a
        body's compound ("Dorpsraad", "Gemeente", "Wethouder"); a patronymic that the word list has
        ("Jans", "Pieters": a listed first name and an s) counts as a name."""
        low = word.lower()
        return not self.lexicon.is_word(word) and low not in self.not_names and low not in self.titles \
            and low not in self.common and word not in self.places and not _BODY_END.search(low) \
            and not (word not in self.names and regex.search(r"(?:se|sche)\Z", low)) \
            and (low not in self.dutch_words or word in self.names or word[-1:] == "s" and word[:-1] in self.first_names)

    def _listed(self, word: str) -> bool:
        """A listed first name or surname, or a patronymic of a listed first name ("Pieters")."""
        return word in self.names or word[-1:] == "s" and word[:-1] in self.first_names

    def full_names(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Full names that no detector found, at the start of a clause before a cue of what a person does
        ("Anna Pietersma laat een kopie rondgaan"): two or three capitalised words, each no ordinary word,
        place, title or body's compound, the first a listed first name or a word no list knows, one of
        them a listed name ("Vlaamse Scholierenkoepel stelt voor" is a body), none of 14 letters or more."""
        out = []
        for m in _FULL_NAME.finditer(text):
            s, e = m.start(), m.end()
            words = [w for w in m.group(0).split() if w[:1].isupper()]
            first = words[0]
            if any(a < e and s < b for a, b in taken) or not self._cued(text, e) \
                    or not _CLAUSE_START.search(text, max(0, s - 40), s) or not all(self._name_word(w) for w in words) \
                    or not (first in self.first_names or first not in self.names and first.lower() not in self.dutch_words) \
                    or not any(self._listed(w) for w in words) or any(len(w) >= 14 for w in words):
                continue
            out.append((s, e))
        return out

    def first_of(self, name: str, model: bool = False) -> str:
        """The first name of a full name that a person finding wrote ("Anna Pietersma" -> "Anna"), when it
        is no initial, title or ordinary word; else "". `model`: the language model alone found it, so its
        last word must be a listed surname (not "Anderlecht Youla", a club and a player)."""
        words = name.split()
        if len(words) < 2 or not regex.fullmatch(r"\p{Lu}\p{Ll}+", words[0]) or words[1][:1].islower() \
                and words[1].lower() not in self.tussenvoegsels or model and words[-1] not in self.lexicon.surnames:
            return ""
        return words[0] if self._name_word(words[0]) and self._plain(words[0]) else ""

    def spans(self, text: str, taken: list[tuple[int, int]], known: frozenset[str] = frozenset()
              ) -> list[tuple[int, int, str]]:
        """New first-name mentions of a page: (start, end, evidence), none inside a span of `taken` (the
        page's PERSON findings). `known`: the first names of the document's full names that a name detector
        found (also those no list has, "Anna Pietersma" of `full_names`): first names too when they stand
        alone before a cue."""
        out: dict[int, tuple[int, int, str]] = {}

        def free(s: int, e: int) -> bool:
            return not any(a < e and s < b for a, b in taken)

        for m in _WORD.finditer(text):
            word, s, e = m.group(0), m.start(), m.end()
            listed, wide = self._first_name(word), self._first_name(word, wide=True)
            if self._surname(word) and free(s, e) and self._alone(text, s, e) and self._cued(text, e) \
                    and _CLAUSE_START.search(text, max(0, s - 40), s):
                out[s] = (s, e, "achternaam met wat een persoon doet")  # "Veldkamp zegt dat ..."
                continue
            named = listed and self._plain(word)
            if (named or self._surname(word)) and free(s, e) and self._past_with_object(text, s, e):
                out[s] = (s, e, "naam met een werkwoord in de verleden tijd en een voorwerp")  # "X zette twee ..."
                continue
            if named and free(s, e) and self._by_trade(text, s, e):
                out[s] = (s, e, "voornaam met een beroep")  # "Sietse de bakker,"
                continue
            if named and free(s, e) and self._vocative(text, s, e):
                out[s] = (s, e, "voornaam als aanspreekvorm")  # "\"Zeg X, is dit ...\""
                continue
            if not (wide or word in known) or not free(s, e) or not self._alone(text, s, e):
                continue
            if named and _RELATIVE.match(text, e):
                out[s] = (s, e, "voornaam met een bijzin over een persoon")  # "over X die bij de ... werkt"
                continue
            if self._cued(text, e) and _CLAUSE_START.search(text, max(0, s - 40), s) \
                    or self.p_cue_before.search(text, max(0, s - 30), s) and _PHRASE_END.match(text, e):
                out[s] = (s, e, "voornaam met wat een persoon doet")
            elif listed and self._plain(word) and _PREPOSITION.search(text, max(0, s - 30), s) \
                    and _PHRASE_END.match(text, e):
                out[s] = (s, e, "voornaam na een voorzetsel")
        for s, e, why in self._layout(text):
            if free(s, e):
                out.setdefault(s, (s, e, why))
        for m in _ALDUS.finditer(text):  # "..., aldus Holterman en Van Veen."
            for group in ("a", "b"):
                s, e = m.span(group)
                if s >= 0 and free(s, e) and self._attributed(m.group(group)):
                    out.setdefault(s, (s, e, "naam na 'aldus'"))
        for m in _LINE_NAME.finditer(text):  # "Ilona\n\nCommunicatie adviseur", "NICO, DIRECTEUR ..."
            word, s, e = m.group("name"), m.start("name"), m.end("name")
            listed = word.capitalize() if word.isupper() else word
            if free(s, e) and self._first_name(listed, wide=True) and self._plain(listed) and self._function_after(text, e):
                out.setdefault(s, (s, e, "voornaam met een functie"))
            elif free(s, e) and self._unknown(word) and self._function_after(text, e, inline=True):
                # "Weytske is toezichthouder Klachten": a word no list knows in a person's grammatical position
                out.setdefault(s, (s, e, "naam met een functie"))
        speakers = [m for m in _SPEAKER_LINE.finditer(text) if self._first_name(m.group("name"), wide=True)]
        if sum(self._plain(m.group("name")) for m in speakers) >= 2:
            for m in speakers:
                if free(m.start("name"), m.end("name")):
                    out.setdefault(m.start("name"), (m.start("name"), m.end("name"), "voornaam als spreker"))
        for m in _SPEAKER_QUOTE.finditer(text):  # "Annelot: 'Klopt.": a quote's speaker, a first name or a surname
            name, s, e = m.group("name"), m.start("name"), m.end("name")
            if free(s, e) and (self._first_name(name, wide=True) and self._plain(name) or self._surname(name)
                               or self._unknown(name)):
                out.setdefault(s, (s, e, "naam als spreker van een citaat"))
        for m in _SPEAKER_CAPS.finditer(text):  # "MARINDA: Welkom bij dit webinar": a transcript's speaker
            name = m.group("name").capitalize()
            if self._first_name(name, wide=True) and self._plain(name) and free(m.start("name"), m.end("name")):
                out.setdefault(m.start("name"), (m.start("name"), m.end("name"), "voornaam als spreker"))
        for s, e in self._list_items(text):
            if free(s, e) and self._alone(text, s, e):
                out.setdefault(s, (s, e, "voornaam in een opsomming van voornamen"))
        for m in _POSSESSIVE.finditer(text):
            word = m.group(0)
            if self._first_name(m.group("name")) and self._plain(m.group("name")) and word not in self.names \
                    and word.lower() not in self.dutch_words and free(m.start(), m.end()) \
                    and self._alone(text, m.start(), m.end()):
                out.setdefault(m.start(), (m.start(), m.end(), "voornaam in een bezitsvorm"))
        return sorted(out.values())

    def _past_with_object(self, text: str, start: int, end: int) -> bool:
        """A name before a past tense and its object ("X zette twee waterschappers aan tafel", "X vroeg de
        ..."), at the start of a clause or after a heading's word that the text layer ran into the line
        ("1953 Colofon X zette ..."): an ordinary capitalised word that is no name or title, after a number,
        a line start or a sentence's end; or after a contents page's number ("Voorwoord 2 X sprak ...")."""
        m = _OBJECT.match(text, end)
        if not m:
            return False
        verb = m.group("verb")
        if not (verb in _STRONG_PAST or self._weak_past(verb)):
            return False
        if _CLAUSE_START.search(text, max(0, start - 40), start) or _AFTER_NUMBER.search(text, max(0, start - 8), start):
            return self._alone(text, start, end)
        prev = _RUN_IN.search(text[max(0, start - 40):start])
        return bool(prev) and prev.group(1).lower() in self.dutch_words and prev.group(1) not in self.names \
            and prev.group(1).lower() not in self.titles and prev.group(1).lower() not in self.tussenvoegsels

    def _weak_past(self, verb: str) -> bool:
        """A weak verb's past tense: -te/-de after a consonant, its infinitive a listed word ("zette" of
        "zetten", "maakte" of "maken", "leefde" of "leven"; not "onvoldoende" or "oude"); an adjective of that
        shape ("beste") is no verb, but stands before a noun, not before the object's article."""
        if not regex.search(r"[^aeiou][td]e\Z", verb):
            return False
        stem = verb[:-2]
        soft = {"f": "v", "s": "z"}.get(stem[-1], stem[-1])
        forms = {stem + "en", stem + stem[-1] + "en", stem[:-1] + soft + "en"}
        if len(stem) > 2 and stem[-2] == stem[-3] and stem[-2] in "aeou":  # "maak" -> "maken", "hoor" -> "horen"
            forms |= {stem[:-2] + stem[-1] + "en", stem[:-2] + soft + "en"}
        # (the word list lacks some infinitives that are also surnames, "zetten", and has some past tenses;
        # a present participle is an adjective: "onvoldoende", "lopende")
        return any(f in self.dutch_words for f in forms) or verb in self.dutch_words and not verb.endswith("ende")

    def _by_trade(self, text: str, start: int, end: int) -> bool:
        """A first name named by its trade: "de" and a lower-case noun closing the phrase ("Sietse de bakker,"),
        not a surname's tussenvoegsel ("Sietse de Bakker")."""
        m = _BY_TRADE.match(text, end)
        return bool(m) and m.group("noun") not in self.tussenvoegsels and self._alone(text, start, end)

    def _vocative(self, text: str, start: int, end: int) -> bool:
        """A call to someone in quoted speech: after a quote mark or an interjection that opens a clause and
        before a comma, "!" or "?" ("\"Zeg X, is dit ...\"", "Hé X!"), or after a comma closing the quote
        ("..., X.\"")."""
        if _VOCATIVE_BEFORE.search(text, max(0, start - 30), start) and _VOCATIVE_AFTER.match(text, end):
            return True
        return bool(regex.search(r",[ \t]*\Z", text[max(0, start - 3):start])) and bool(_VOCATIVE_CLOSING.match(text, end))

    def _layout(self, text: str) -> list[tuple[int, int, str]]:
        """First names that a magazine's paragraphs set apart: a name broken over a blank line in the middle
        of a sentence (the first name after a lower-case word, a listed surname and a lower-case word after
        the break: both), a piece's sign-off (a first name ending a paragraph of some length, no full stop
        after it, after a lower-case word or alone on its line), and a heading that opens with a first
        name and runs on in lower case ("X in een race tegen de tijd")."""
        out = []
        for m in _PARAGRAPH_BREAK.finditer(text):
            before = _BEFORE_BREAK.search(text, max(0, m.start() - 60), m.start())
            after = _SPLIT_SURNAME.match(text, m.end())
            if before and after and self._first_name(before.group(1)) and self._plain(before.group(1)) \
                    and self._listed_surname(after.group("name")):
                out += [(before.start(1), before.end(1), "voornaam en achternaam gescheiden door een witregel"),
                        (after.start("name"), after.end("name"), "voornaam en achternaam gescheiden door een witregel")]
        for m in _WORD.finditer(text):
            word, s, e = m.group(0), m.start(), m.end()
            if not (self._first_name(word) and self._plain(word)) or not _PIECE_END.match(text, e):
                continue
            para = text.rfind("\n\n", 0, s) + 1
            line = text[text.rfind("\n", 0, s) + 1:s]
            last = line.split()[-1] if line.strip() else ""
            if len(text[para:s].split()) >= _MIN_PIECE_WORDS and self._alone(text, s, e) \
                    and (not last or last[:1].islower() and last.lower() not in self.tussenvoegsels):
                out.append((s, e, "voornaam als ondertekening van een stuk"))
        for m in _HEADING_START.finditer(text):
            word, s, e = m.group("name"), m.start("name"), m.end("name")
            if self._first_name(word) and self._plain(word) and self._alone(text, s, e):
                out.append((s, e, "voornaam aan het begin van een kop of alinea"))
        return out

    def _list_items(self, text: str) -> list[tuple[int, int]]:
        """The first names of a list of first names ("Marian, Nico, Johan?, Thea, Ad")."""
        out = []
        for line in regex.finditer(r"[^\n]+", text):
            pos, items = line.start(), []
            for m in _LIST_ITEM.finditer(text, line.start(), line.end()):
                sep = text[pos:m.start()]
                if items and not _LIST_SEP.fullmatch(sep):
                    out += self._named(items)
                    items = []
                items.append((m.start(), m.start() + len(m.group(0).rstrip("?")), m.group(0).rstrip("?")))
                pos = m.end()
            out += self._named(items)
        return out

    def _named(self, items: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
        if len(items) == 2 and all(self._first_name(w, wide=True) and self._plain(w) for _, _, w in items):
            return [(s, e) for s, e, _ in items]  # "Mariska en Lynn gaan dit oppakken"
        if len(items) < 3:
            return []
        firsts = [(s, e) for s, e, w in items if self._first_name(w, wide=True)]
        plain = sum(self._plain(w) for s, e, w in items if self._first_name(w, wide=True))
        return firsts if plain >= 3 and len(firsts) * 3 >= len(items) * 2 else []
