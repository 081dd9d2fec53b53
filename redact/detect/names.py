"""Dutch person names from name knowledge: titles, initials, first names, tussenvoegsels, e-mail addresses.

The NER model finds names from context; this recognizer finds them from form, so the two miss
different names. A name is only taken in *name position*: after a title ("mevrouw Bos"), after
initials ("J.M. de Wit"), after a known first name ("Erik Visser"), in reversed form
("Jansen, J. (Jan)") or after a greeting ("Hoi Okan,"). A surname that is an ordinary word
("bakker", "winter") is therefore left alone elsewhere. Matching is case-sensitive on purpose.

`link_email_names` is a document-wide pass: `j.jansen@minbzk.nl` makes "Jansen", "J. Jansen" and
"Jan Jansen" names everywhere in that document.

The lists (first names, surnames, tussenvoegsels, titles, words that are never names) come from the
rule set's one `Lexicon` (redact/lexicon.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lexicon import Lexicon, phrases
from ..model import DetectorKind, Document, Finding

# A capitalised name word: Jansen, O'Neill, IJsselmuiden, McDonald, Öztürk, Wiśniewski.
WORD = r"(?:IJ|\p{Lu})(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?"
INITIAL = r"(?:IJ|Th|Ch|Chr|Ph|\p{Lu})\."
INITIALS = rf"(?:{INITIAL}[ \t]?){{1,6}}"
# Between the parts of a name: spaces, or one line break (PDF lines wrap inside names).
WRAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# Tussenvoegsels that are also prepositions ("Jan in Utrecht"): only before a known surname.
_LOCATIVE = ("in", "op", "te", "uit", "aan", "bij", "onder", "voor", "over")
# Courtesy titles stay visible; academic and professional ones ("mr.", "drs.") are part of the name.
COURTESY = ("de heer", "heer", "mevrouw", "dhr", "mevr", "mw", "meneer", "mijnheer", "mej", "juffrouw", "collega",
            "de weledelgeleerde", "de hooggeleerde", "de weledelzeergeleerde")
GREETINGS = ("Hoi", "Hallo", "Hey", "Hee", "Hi", "Beste", "Lieve", "Dag", "Dear", "Hello", "Goedemorgen",
             "Goedemiddag", "Goedenavond", "Welkom", "Dank", "Bedankt", "Thanks", "Top", "Geachte", "Zeer geachte")


def _alternation(words: tuple[str, ...]) -> str:
    """Lower-case entries as a regex, each also with a capital first letter ("van der" / "Van der")."""
    parts = []
    for w in words:
        head, rest = w[0], w[1:]
        first = f"[{regex.escape(head.upper())}{regex.escape(head)}]" if head.isalpha() else regex.escape(head)
        parts.append(first + r"[ \t]+".join(regex.escape(p) for p in rest.split(" ")))
    return "|".join(parts) if parts else r"(?!x)x"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    score: float
    why: str


class NamePatterns:
    """The compiled patterns and the checks that turn a match into a name."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        tv = _alternation(lexicon.tussenvoegsels)
        # A tussenvoegsel ends a word ("van"), or is an elided article ("d'", "'t") before the surname.
        self.tv = rf"(?:(?:{tv})(?:[ \t]+|(?<=['’])))"
        self.surname = rf"{WORD}(?:-(?:{self.tv})?{WORD})*"
        # office and function words, which a courtesy title and a particle may address ("Mevrouw de Voorzitter")
        self.functions = frozenset(lexicon.office_titles) | frozenset(lexicon.civil_servant_titles) \
            | frozenset(t.lower() for t in lexicon.titles)
        self.particles = frozenset(lexicon.tussenvoegsels)
        # Titles as written in running text: "mr.", "Mr.", "mevrouw", "Mevrouw" (not "BC" in "2981 BC").
        courtesy = tuple(t for t in lexicon.titles if t in COURTESY)
        academic = tuple(t for t in lexicon.titles if t not in COURTESY)
        self.courtesy = rf"(?:{_alternation(courtesy)})\.?"
        self.academic = rf"(?:{_alternation(academic)})\.?"
        name_tail = rf"(?P<tv>{self.tv})?(?P<sur>{self.surname})"
        # after a title or initials a line may wrap after the tussenvoegsel too ("de heer L. te\nWestervoort")
        wrapped_tail = rf"(?P<tv>(?:{tv})(?:{WRAP}|(?<=['’])))?(?P<sur>{self.surname})"
        first_in_brackets = rf"(?:\((?P<bfirst>{WORD}(?:[ -]{WORD})?)\)[ \t]*)?"
        self.p_title = regex.compile(
            # only at a title ("Telefoonnummer Mevrouw" must not take the title as a surname)
            rf"(?<![\w.])(?=(?:{self.courtesy}|{self.academic})\s)(?P<courtesy>(?:{self.courtesy}{WRAP})*)"
            rf"(?P<name>(?P<acad>(?:{self.academic}[ \t]+)*)(?P<ini>{INITIALS}[ \t]*{first_in_brackets})?"
            rf"(?:(?P<first>{WORD}(?:-{WORD})?)[ \t]+)?{wrapped_tail})(?![\w-])")
        self.p_initials = regex.compile(
            rf"(?<![\w.])(?P<name>(?P<ini>{INITIALS})(?:{WRAP})?{first_in_brackets}{wrapped_tail})(?![\w-])")
        self.p_reversed = regex.compile(
            rf"(?<![\w])(?P<name>(?P<tv>{self.tv})?(?P<sur>{self.surname}),[ \t]*(?P<ini>{INITIALS})"
            rf"(?:[ \t]*(?:{tv}))?(?:[ \t]*\((?P<first>{WORD}(?:[ -]{WORD})?)\))?)(?![\w-])")
        # A catalogue's or a reference list's authors, initials glued without dots ("Jansen, AB; Smit, C"):
        # only as a run of two or more, joined by semicolons (`_catalogue_spans`)
        self.p_catalogue = regex.compile(
            rf"(?<![\w])(?P<name>(?P<tv>{self.tv})?(?P<sur>{self.surname}),[ \t]*(?P<ini>\p{{Lu}}{{1,4}}))(?![\w.-])")
        # ... or with a first name and its particles after the comma ("Ridder, Josje den; Hul, Leonard van 't")
        self.p_catalogue_first = regex.compile(
            rf"(?<![\w])(?P<name>(?P<tv>{self.tv})?(?P<sur>{self.surname}),[ \t]*(?P<first>{WORD}(?:-{WORD})?)"
            rf"(?:[ \t]+(?:{tv}))*)(?=[ \t]*(?:;|\(|$))", regex.M)
        self.p_word = regex.compile(rf"(?<![\w.'’-]){WORD}(?:-{WORD})?(?![\w'’])")
        self.p_after_first = regex.compile(
            rf"{WRAP}(?:(?P<second>{WORD}(?:-{WORD})?)[ \t]+)?(?:(?P<ini>{INITIALS})[ \t]*)?{name_tail}(?![\w-])")
        self.p_after_first_short = regex.compile(rf"{WRAP}(?:(?P<ini>{INITIALS})[ \t]*)?{name_tail}(?![\w-])")
        nouns = "|".join(regex.escape(n) for n in lexicon.person_nouns) or r"(?!x)x"
        self.p_person_noun = regex.compile(
            rf"(?<![\w-])(?i:(?:{nouns}))[ \t]*,?[ \t]+(?P<name>(?P<first>{WORD}(?:-{WORD})?)"
            rf"(?:[ \t]+(?:{self.tv})?{self.surname})*)(?=[ \t]*[,.;:)(]|[ \t]+\p{{Ll}}|[ \t]*$)", regex.M)
        # "van Suzanne, bezoekster van De Meinweg": a first name alone with a person's noun in apposition after it
        self.p_first_apposition = regex.compile(
            rf"(?<![\w.'’-])(?P<name>{WORD})[ \t]*,[ \t]*(?:een[ \t]+|de[ \t]+)?(?i:(?:{nouns}))(?![\w-])")
        # "Evert van Financiën", "Ruben bij de directie Informatiebeleid": a first name and where they work
        self.p_first_of_unit = regex.compile(
            rf"(?<![\w.'’-])(?P<name>{WORD}){WRAP}(?:van|bij|uit){WRAP}(?:(?:de|het){WRAP})?(?P<unit>{WORD}|\p{{Ll}}+)")
        # "de heren Bolding en Hoogendoorn", "de dames A. Smit, Van Schie en Caljouw": a plural courtesy title
        # before a list of surnames (`_plural_title_spans`)
        self.p_plural_title = regex.compile(r"(?<![\w-])(?i:de[ \t]+heren|de[ \t]+dames|mevrouwen)[ \t]+")
        self.p_list_item = regex.compile(
            rf"(?P<name>(?P<ini>{INITIALS}[ \t]*)?(?P<tv>{self.tv})?(?P<sur>{self.surname}))(?![\w'’-])"
            rf"(?:[ \t]*\([^()\n]{{1,40}}\))?")
        self.p_list_sep = regex.compile(r"[ \t]*,[ \t]*|[ \t]+en[ \t]+(?!(?i:de[ \t]+heer|mevrouw|de[ \t]+dames|de[ \t]+heren)(?![\w]))")
        greet = phrases(GREETINGS)
        self.p_greeting = regex.compile(
            rf"(?<![\w])(?:{greet})[ \t]+(?P<name>{WORD}(?:[ -]{WORD})?)(?=[ \t]*[,!.:\n]|[ \t]*$)", regex.M)

    # -- checks -------------------------------------------------------------------------------------

    def _surname_ok(self, m) -> bool:
        sur, tv = m.group("sur"), " ".join((m.group("tv") or "").lower().split())
        last = sur.split("-")[-1]
        if tv and m.groupdict().get("ini") and m.start("ini") < m.start("tv"):
            # after initials a particle opens the surname, whichever it is ("L. te Westervoort", "H. van Zwolle",
            # "A. in 't Veld"), also before a place's name; an ordinary word after it is none ("A. van het
            # Verslag"); not initials after the name ("De Marne, R. Ritzemastraat": a place, a street's initial)
            low = sur.lower()
            return self.lex.is_surname(sur) or not (low in self.lex.dutch_words or low in self.lex.hand_not_names)
        if tv.split(" ")[0] in _LOCATIVE and not self.lex.is_surname(sur):
            return False
        particle = m.group("tv") or (m.groupdict().get("first") or "")  # "De" of "Mevrouw De Winde" reads as a first name
        if m.groupdict().get("courtesy") and particle[:1].isupper() and " ".join(particle.lower().split()) in self.particles \
                and sur.lower() not in self.functions and not regex.search(r"\n", m.group(0)):
            return True  # "Mevrouw De Winde", "De heer Van Dijk": a courtesy title and a capitalised particle
        if tv:  # "de Vries": the tussenvoegsel already makes it a name, unless a place or word follows
            low = sur.lower()  # ("in Utrecht", "van Financiën")
            return not ((low in self.lex.not_names or low in self.lex.dutch_words) and not self.lex.is_surname(sur))
        return not self.lex.is_word(sur) and not self.lex.is_word(last)

    def _catalogue_spans(self, text: str) -> list[Span]:
        """Authors in a catalogue's inverted form joined by "; ", two or more in a run: "Surname, INITIALS"
        with the initials glued without dots ("Vermeulen, LC; Bartels, AA (Instituut, 2022)"), or "Surname,
        Firstname [particles]" ("Ridder, Josje den; Hul, Leonard van 't; Koç, Ruşen"). One such item alone may
        be a place and a code, or two places; so a run of first-name items needs two first names of the lists
        in it, and its other first names may be no ordinary word."""
        items = sorted([(m, "ini") for m in self.p_catalogue.finditer(text) if self._surname_ok(m)]
                       + [(m, "first") for m in self.p_catalogue_first.finditer(text)
                          if self._surname_ok(m) and not self.lex.is_word(m.group("first"))],
                       key=lambda x: x[0].start())
        runs: list[list[tuple]] = []
        for item in items:
            last = runs[-1][-1][0] if runs else None
            if last is not None and last.end() <= item[0].start() and regex.fullmatch(
                    r"[ \t]*;[ \t]*", text[last.end():item[0].start()]):
                runs[-1].append(item)
            else:
                runs.append([item])
        out = []
        for run in runs:
            listed = sum(kind == "first" and (self.lex.is_first_name(m.group("first"))
                                              or self.lex.is_open_first_name(m.group("first"))) for m, kind in run)
            if len(run) < 2 or any(kind == "first" for _, kind in run) and listed < 2:
                continue
            out += [Span(m.start("name"), m.end("name"), 0.85, "achternaam, voorletters" if kind == "ini"
                         else "achternaam, voornaam in een lijst van auteurs") for m, kind in run]
        return out

    def _plural_title_spans(self, text: str) -> list[Span]:
        """The surnames of a list after a plural courtesy title, each an item joined by a comma or "en"
        and possibly followed by its role in parentheses ("de heren Schuiling (voorzitter), Beukema en
        Knoop"). The list ends at the first item that is no surname in name form (an ordinary word
        without a tussenvoegsel before it: "de heren Jansen en Smit hebben ...")."""
        out = []
        for m in self.p_plural_title.finditer(text):
            pos = m.end()
            while True:
                item = self.p_list_item.match(text, pos)
                if not item or not (self._surname_ok(item) or item.group("ini")):
                    break
                out.append(Span(item.start("name"), item.end("name"), 0.8, "titel voor de namen van een opsomming"))
                sep = self.p_list_sep.match(text, item.end())
                if not sep:
                    break
                pos = sep.end()
        return out

    def _numbered_heading(self, text: str, m) -> bool:
        """A heading's number, not an initial: one letter at the start of a line before a Dutch word
        that is no listed surname ("I. Intrekken", "B. Voorstel"; not "J. Visser" in a list)."""
        ini, sur = m.group("ini").replace(" ", ""), m.group("sur")
        line_start = text.rfind("\n", 0, m.start("name")) + 1
        return len(ini) == 2 and not text[line_start:m.start("name")].strip() and not m.group("tv") \
            and sur.lower() in self.lex.dutch_words and not self.lex.is_surname(sur)

    def _word_is_surname(self, word: str) -> bool:
        return not self.lex.is_word(word) and not self.lex.is_word(word.split("-")[-1]) \
            and word.lower() not in self.lex.not_names and word not in self.lex.first_names

    def spans(self, text: str) -> list[Span]:
        out: list[Span] = []
        for m in self.p_title.finditer(text):
            if not (m.group("courtesy") or m.group("acad")):
                continue
            if self._surname_ok(m) or m.group("ini"):
                out.append(Span(m.start("name"), m.end("name"), 0.85, "titel voor de naam"))
            elif m.group("first") and not m.group("tv") and self._word_is_surname(m.group("first")):
                # "Mevrouw Walkate Verslag van de vergadering": the word after the surname is no name
                # (a header table ran its cells together); the surname alone
                out.append(Span(m.start("name"), m.end("first"), 0.85, "titel voor de naam"))
        for m in self.p_initials.finditer(text):
            if m.group("ini").replace(" ", "").lower() in self.lex.not_names:  # "B.V.", "N.V."
                continue
            if regex.match(r"[ \t]+\d", text[m.end():m.end() + 3]):  # "... Wilhelminakade 91": an address
                continue
            if self._numbered_heading(text, m):  # "I. Intrekken en wijzigen van wetten", "B. Besluit"
                continue
            if self._surname_ok(m):
                out.append(Span(m.start("name"), m.end("name"), 0.8, "voorletters voor een achternaam"))
        for m in self.p_reversed.finditer(text):
            if self._surname_ok(m):
                out.append(Span(m.start("name"), m.end("name"), 0.85, "achternaam, voorletters"))
        out.extend(self._catalogue_spans(text))
        out.extend(self._plural_title_spans(text))
        for m in self.p_greeting.finditer(text):
            name = m.group("name")
            if not self.lex.is_word(name.split()[0]) and name.lower() not in self.lex.not_names:
                out.append(Span(m.start("name"), m.end("name"), 0.7, "aanhef voor een naam"))
        for m in self.p_person_noun.finditer(text):  # "Zijn broer, Hüseyin Karataş, heeft"
            name, first = m.group("name"), m.group("first")
            words = name.split()
            if self.lex.is_word(first) or first.lower() in self.lex.not_names or \
                    (len(words) > 1 and self.lex.is_word(words[-1])):
                continue
            if len(words) > 1 or self.lex.is_first_name(first) or self.lex.is_surname(first):
                out.append(Span(m.start("name"), m.end("name"), 0.75, "persoonsaanduiding voor de naam"))
        for m in self.p_first_apposition.finditer(text):
            name = m.group("name")
            if self.lex.is_first_name(name) and not self.lex.is_word(name) and name.lower() not in self.lex.not_names \
                    and name.lower() not in self.lex.dutch_words:
                out.append(Span(m.start("name"), m.end("name"), 0.7, "voornaam met een persoonsaanduiding erachter"))
        for m in self.p_first_of_unit.finditer(text):
            name, unit = m.group("name"), m.group("unit")
            if self.lex.is_first_name(name) and not self.lex.is_word(name) and name.lower() not in self.lex.dutch_words \
                    and (unit.lower() in self.lex.not_names or unit.lower() in self.lex.dutch_words) \
                    and not self.lex.is_surname(unit):
                out.append(Span(m.start("name"), m.end("name"), 0.7, "voornaam met de afdeling waar iemand werkt"))
        out.extend(self._first_name_spans(text))
        return out

    def _first_name_spans(self, text: str) -> list[Span]:
        out: list[Span] = []
        for w in self.p_word.finditer(text):
            first = w.group(0)
            if self._open_first_name(first):
                out.extend(self._open_name_span(text, w))
                continue
            if not self.lex.is_first_name(first) or first.lower() in self.lex.not_names or \
                    first.lower() in self.lex.tussenvoegsels:  # "De Waterwet": "De" is listed as a first name
                continue
            m = self.p_after_first.match(text, w.end())
            if not m:
                continue
            second = m.group("second")
            if second and not self.lex.is_first_name(second) and not self._married_name(m):
                # "Jan Jansen Senior": the second word is the surname; try again without it (not before a
                # married name joined by a hyphen: "Anna Hoekstra Jansen-Brouwer", ninth session)
                m = self.p_after_first_short.match(text, w.end())
                if not m:
                    continue
            if not self._surname_ok(m):
                continue
            score = 0.8 if self.lex.is_surname(m.group("sur")) else 0.7
            out.append(Span(w.start(), m.end(), score, "voornaam voor een achternaam"))
        return out

    def _married_name(self, m) -> bool:
        """The surname after a first name's own surname is a married name of two surnames joined by a hyphen,
        no tussenvoegsel before it, each part a listed surname that is no ordinary word or place
        ("Hoekstra Jansen-Brouwer", not "Hoekstra Noord-Holland")."""
        parts = m.group("sur").split("-")
        return not m.group("tv") and not m.group("ini") and len(parts) == 2 and all(
            self.lex.is_surname(p) and not self.lex.is_word(p) and p.lower() not in self.lex.not_names for p in parts) \
            and not self.lex.is_word(m.group("second")) and m.group("second").lower() not in self.lex.not_names

    def _open_first_name(self, word: str) -> bool:
        """A first name of the open list only (bench/build_first_names.py: "Bach", "Wytse"), no word."""
        return self.lex.is_open_first_name(word) and not self.lex.is_first_name(word)

    def _open_name_span(self, text: str, w) -> list[Span]:
        """An open-list first name counts only before a surname that the lists know and that is no ordinary
        word ("Bach Tran"), or a tussenvoegsel and a surname ("Wytse van der Meer"): the weaker list needs
        the stronger surname."""
        m = self.p_after_first_short.match(text, w.end())
        if not m or m.group("ini") or "\n" in text[w.end():m.end()] or not self._surname_ok(m):
            return []  # (on one line: "A. van Gils\nGast" is a surname and a label of the next line)
        before = regex.search(r"(\S+)[ \t]+\Z", text[max(0, w.start() - 30):w.start()])
        if before and (before.group(1).lower() in self.lex.tussenvoegsels or regex.fullmatch(INITIALS, before.group(1))):
            return []  # "van Gils Gast": the open name is a surname here
        if not m.group("tv") and not self.lex.is_surname(m.group("sur")):
            return []
        return [Span(w.start(), m.end(), 0.7, "voornaam voor een achternaam")]



# -- e-mail address to name -------------------------------------------------------------------------

_EMAIL = regex.compile(r"(?<![\w.+-])([A-Za-z][A-Za-z0-9._'-]*)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}")


def email_name_parts(local: str, lex: Lexicon) -> tuple[str | None, str] | None:
    """(first name or None, surname with tussenvoegsel, lower case) from a mailbox name, or None.

    j.jansen -> (None, "jansen"); jan.devries -> ("jan", "de vries"); p.de.vries -> (None, "de vries");
    r.aksoy.dekker -> (None, "aksoy-dekker"). Generic mailboxes and function words give None.
    """
    local = local.lower()
    if any(local == g.rstrip("@") for g in lex.generic_mailboxes if g.endswith("@")):
        return None
    parts = [p for p in regex.split(r"[._-]+", local) if p]
    if len(parts) < 2 or any(p.isdigit() or (p in lex.not_names and p.capitalize() not in lex.surnames)
                             for p in parts if p not in lex.tussenvoegsels):
        return None
    first = None
    if len(parts[0]) > 1 and parts[0].capitalize() in lex.first_names:
        first = parts.pop(0)
    elif len(parts[0]) <= 2:
        parts.pop(0)  # initials
    tvs = set(lex.tussenvoegsels)
    prefix: list[str] = []
    while parts and parts[0] in tvs and len(parts) > 1:
        prefix.append(parts.pop(0))
    if not parts or any(len(p) < 2 for p in parts):
        return None
    surname = "-".join(parts)
    if not prefix:  # "devries", "vandenheuvel": a tussenvoegsel glued to the surname
        for tv in lex.tussenvoegsels:
            glued = tv.replace(" ", "").replace("'", "")
            rest = surname[len(glued):]
            if glued and surname.startswith(glued) and len(rest) >= 3 and rest.capitalize() in lex.surnames:
                prefix, surname = [tv], rest
                break
    if len(surname) < 3 or surname in lex.common_words and not surname.capitalize() in lex.surnames:
        return None
    return first, " ".join(prefix + [surname])


def _surname_regex(surname: str, first: str | None) -> str:
    words = surname.split(" ")
    tv, last = words[:-1], words[-1]
    last_re = "-".join(regex.escape(p.capitalize()) for p in last.split("-"))
    tv_re = r"[ \t]+".join(regex.escape(w) for w in tv)
    if tv:
        tv_re = f"[{tv_re[0].upper()}{tv_re[0]}]{tv_re[1:]}[ \t]+"
    lead = rf"(?:{INITIALS}[ \t]*"
    if first:
        lead += rf"|{regex.escape(first.capitalize())}[ \t]+"
    lead += ")?"
    return rf"(?<![\w.]){lead}{tv_re}{last_re}(?![\w-])"


def link_email_names(document: Document, lex: Lexicon, detector: str, score: float) -> list[Finding]:
    """Names that the document's e-mail addresses reveal, at every occurrence in the document."""
    wanted: dict[str, str] = {}
    for page in document.pages:
        for m in _EMAIL.finditer(page.text):
            parts = email_name_parts(m.group(1), lex)
            if parts:
                first, surname = parts
                wanted[_surname_regex(surname, first)] = m.group(0)
    if not wanted:
        return []
    findings = []
    for pattern, address in wanted.items():
        rx = regex.compile(pattern)
        for page in document.pages:
            for m in rx.finditer(page.text):
                findings.append(Finding(page=page.number, start=m.start(), end=m.end(), text=m.group(0),
                                        entity_type="PERSON", score=score, detector=detector,
                                        explanation=f"naam in het e-mailadres {address.split('@')[0]}@...",
                                        detector_kind=DetectorKind.EMAIL_LINK))
    return findings
