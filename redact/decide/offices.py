"""Officials by the grammar of office (issue 10, eleventh session; docs/names-history.md, "Officials by the grammar of
office (eleventh session)"): the office noun of a sentence decides whether the name it speaks of is an office
holder (keep) or a civil servant (redact), wherever the sentence puts the noun:

- the noun before the name, its public body after it: "bestuurder X van waterschap Y", "lid X van de Tweede
  Kamer" (an office title of `public_office_titles` split by the name: "bestuurder van het waterschap");
- the noun heading a list after a colon: "de nieuwe waterschapsbestuurders: X van waterschap Y, Z van ...",
  "een van de jongste gedeputeerden ooit: X", "een bestuurder die ... dit jaar: X van waterschap Y";
- the noun in a relative clause after the name: "X, die zijn rol als bestuurslid bij het hoogheemraadschap ...",
  "X die als gedeputeerde ...", "X, die sinds 2019 wethouder is";
- the office or body after a word of appointment (`appointment_words`): "X is benoemd tot wethouder", "dhr. X toe
  te laten tot de raad" (a member of the body).

The nouns are the lists: an office title (singular, plural, or a plural formed from a singular title) is an
office; a title "NOUN van BODY" of the office list is an office when the name stands between its noun and its
body; a civil servant's title (`civil_servant_titles`) is a function ("medewerker X van gemeente Y", "X, die als
medewerker ...")."""

from __future__ import annotations

import regex

from ..detect.names import INITIAL
from ..lexicon import Lexicon, phrases

OFFICE, CIVIL = "keep", "redact"

_ARTICLES = frozenset({"de", "het", "'t"})
# words that may close the clause before a list's colon after its head noun ("waterschapsbestuurders ooit:")
_CLOSING = frozenset({"ooit", "nu", "toen", "zijn", "waren", "namelijk", "onder", "andere", "meer", "o.a.",
                      "bijvoorbeeld", "te", "weten", "hier", "daar", "zoals", "allemaal", "allen", "beiden"})
_GENERIC = frozenset({"lid", "leden"})  # the members of any group (Roles.in_member_list asks for a body's record)
_WORD = regex.compile(r"[\p{L}'’][\p{L}'’-]*")
_LIST_TOKEN = regex.compile(r"\([^()\n]{0,40}\)|[\w'’.-]+|[,;&/]|\n|\S")
_INITIALS = regex.compile(rf"(?:{INITIAL})+")
# the public body after the name: ", van het waterschap X", "bij de provincie", "\nvan waterschap X"
_BODY_AFTER = regex.compile(r"[ \t]*,?[ \t]*\n?[ \t]*(?:van|bij)[ \t]+(?:(?:de|het)[ \t]+)?")
# a list item ends after the name (or its body, its parenthesis): "X van waterschap Y, Z" / "X en Y" / "X."
_ITEM_END = regex.compile(r"[ \t]*(?:[,;.)(&/:]|\n|en(?![\w'’-])|van(?![\w'’-])|bij(?![\w'’-])|\Z)")
# a relative clause after the name: "X, die zijn rol als bestuurslid ...", "X (die als medewerker ...)"
_RELATIVE = regex.compile(r"[ \t]*[,(]?[ \t]*die[ \t]+(?P<gap>(?:[\p{Ll}\d][\p{L}\d'’-]*[ \t]+){0,6}?)"
                          r"(?:als[ \t]+(?P<as>\p{L}[\p{L}-]*)"
                          r"|(?P<bare>\p{Ll}[\p{L}-]*)(?P<tail>(?:[ \t]+(?:van|bij)[ \t]+[^\n,.;]{1,60}?)?)"
                          r"[ \t]+(?:is|was|werd|wordt|bleef|blijft)(?![\w-]))")
_NAME_NEXT = regex.compile(r"[ \t]+(?:\p{Lu}\.|\p{Lu}\p{Ll})")  # "als wethouder Bos": another's title
# "X en Y terug als raadsleden", "X, Y en Z kwamen terug als wethouder": more names, a few verbs, then "als NOUN"
_AS_AFTER = regex.compile(r"(?:[ \t]*(?:,|en(?![\w'’-]))[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)*"
                          r"\p{Lu}[\p{L}'’.-]*)*)*(?P<verbs>(?:[ \t]+[\p{Ll}\d][\p{Ll}\d'’-]*){0,4}?)[ \t]+als[ \t]+"
                          r"(?:(?:de|het|nieuwe|nieuw)[ \t]+)*(?P<noun>\p{L}[\p{L}-]*)")
# an office noun's derivative: "X, die na negen jaar wethouderschap ...", "X (raadslidmaatschap)"
_DERIVED_AFTER = regex.compile(r"[ \t]*(?:,[ \t]*die[ \t]+(?:[\p{Ll}\d][\p{L}\d'’-]*[ \t]+){0,6}?|\([ \t]*)"
                               r"(?P<noun>\p{Ll}[\p{L}-]*(?:schap|maatschap))(?![\w-])")
_NO_BARE_BEFORE = frozenset({"de", "het", "een", "zijn", "haar", "hun", "onze", "uw", "die", "deze", "dit"})


def singulars(word: str) -> set[str]:
    """The singular forms a Dutch plural may have: "waterschapsbestuurders" -> "waterschapsbestuurder",
    "gedeputeerden" -> "gedeputeerde", "raadsleden" -> "raadslid", "staatssecretarissen" -> "staatssecretaris"."""
    out = {word}
    if word.endswith("leden"):
        out.add(word[:-5] + "lid")
    if word.endswith("ssen"):
        out.add(word[:-3])
    if word.endswith("en"):
        out.update((word[:-2], word[:-1]))
    elif word.endswith("s"):
        out.add(word[:-1])
    return out


class OfficeGrammar:
    """Built once from the lexicon; `around` is pure."""

    def __init__(self, lexicon: Lexicon):
        self.offices = frozenset(lexicon.office_titles)
        self.plurals = frozenset(lexicon.office_titles_plural)
        self.civil = frozenset(lexicon.civil_servant_titles)
        self.tussenvoegsels = frozenset(lexicon.tussenvoegsels)
        self.courtesy = frozenset(lexicon.titles)
        # "bestuurder van het waterschap" -> {"bestuurder": {("waterschap",)}}: the titles a name may split
        split: dict[str, set[tuple[str, ...]]] = {}
        for title in lexicon.office_titles:
            head, sep, body = title.partition(" van ")
            if sep and " " not in head:
                split.setdefault(head, set()).add(tuple(w for w in body.split() if w not in _ARTICLES))
        self.split = {head: frozenset(bodies) for head, bodies in split.items()}
        self.body_words = frozenset(w for bodies in self.split.values() for b in bodies for w in b)
        courtesy = "|".join(regex.escape(t) for t in lexicon.titles) or r"(?!x)x"
        appoint = phrases(lexicon.appointment_words) or r"(?!x)x"
        # "X is met ingang van 1 mei benoemd tot wethouder", "X toe te laten tot de raad": the appointment's noun
        self.p_appointed = regex.compile(rf"[ \t]*,?[ \t]*(?:[\p{{Ll}}\d][\p{{L}}\d'’-]*[ \t]+){{0,6}}?(?i:{appoint})"
                                         rf"[ \t]+(?:(?:de|het)[ \t]+)?(?P<noun>\p{{L}}[\p{{L}}-]*)")
        # the noun right before the name, courtesy titles between allowed, a line break too
        self.p_noun_before = regex.compile(rf"(?<![\w'’-])(?P<noun>\p{{L}}[\p{{L}}-]*)[ \t]*\n?[ \t]*"
                                           rf"(?:(?i:{courtesy})\.?[ \t]+)*\Z")

    # -- the nouns -------------------------------------------------------------------------------------

    def kind(self, noun: str, body: tuple[str, ...] = ()) -> str:
        """OFFICE, CIVIL or "" for a noun, given the words of the public body after the name (lower case,
        no article): "waterschapsbestuurders" -> OFFICE, ("bestuurder", ("waterschap", "rijn")) -> OFFICE,
        "beleidsmedewerker" -> CIVIL, "bestuurder" alone -> ""."""
        low = noun.lower()
        generic = low in _GENERIC  # "de leden:" of any group: an office only with a body ("lid X van de Tweede Kamer")
        if low in self.plurals and not generic:
            return OFFICE
        forms = singulars(low)
        for s in forms:
            if s in self.offices and not generic or any(body[:len(b)] == b for b in self.split.get(s, ())):
                return OFFICE
        return CIVIL if forms & self.civil else ""

    def body_after(self, text: str, end: int) -> tuple[str, ...]:
        """The public body's words after a name ("van waterschap Vallei en Veluwe" -> ("waterschap", "vallei",
        "en", "veluwe")), lower case; () when none, or when it is a body's own organ ("van de raad van bestuur")."""
        m = _BODY_AFTER.match(text, end)
        return self._body_words(text, m.end()) if m else ()

    def _body_words(self, text: str, at: int) -> tuple[str, ...]:
        """The words of a body's name at `at` (up to five, on its line), lower case; () for an organ."""
        words = [w.group(0) for w in _WORD.finditer(text[at:at + 80].split("\n")[0])][:5]
        for i, w in enumerate(words[:-1]):  # "raad van bestuur", "raad van toezicht": an organ, no public body
            if w.lower() == "van" and words[i + 1][:1].islower() and words[i + 1].lower() not in _ARTICLES:
                return ()
        return tuple(w.lower() for w in words)

    # -- the grammar ----------------------------------------------------------------------------------

    def around(self, text: str, start: int, end: int) -> tuple[str, str]:
        """(OFFICE or CIVIL, the noun) for the name at text[start:end], or ("", "")."""
        body = self.body_after(text, end)
        found = self._before(text, start, body)
        if not found[0]:
            found = self._relative(text, end)
        if not found[0]:
            found = self._appointed(text, end)
        if not found[0]:
            found = self._as_office(text, end)
        if not found[0]:
            found = self._derived(text, end)
        if not found[0]:
            found = self._list_head(text, start, end, body)
        return found

    def _appointed(self, text: str, end: int) -> tuple[str, str]:
        """ "X is benoemd tot wethouder", "dhr. X toe te laten tot de raad", "Y, beëdigd als raadslid": the office
        or the body (its member) after a word of appointment (`appointment_words`)."""
        m = self.p_appointed.match(text, end)
        if not m:
            return "", ""
        noun = m.group("noun")
        found = self.kind(noun, self.body_after(text, m.end("noun")))
        if not found:  # "toe te laten tot de raad", "gekozen tot Provinciale Staten": a member of the body
            found = OFFICE if self.kind("lid", self._body_words(text, m.start("noun"))) == OFFICE else ""
        return found, noun.lower()

    def _as_office(self, text: str, end: int) -> tuple[str, str]:
        """ "X en Y kwamen terug als raadsleden", "X begon als wethouder", "X, Y en Z als gedeputeerden": the office
        after "als" following the name or a list of names (a civil servant's noun gives CIVIL: "als medewerker")."""
        m = _AS_AFTER.match(text, end)
        verbs = set(m.group("verbs").split()) if m else set()
        if not m or _NAME_NEXT.match(text, m.end("noun")) or verbs & (_NO_BARE_BEFORE | {"net", "niet"}):
            return "", ""  # "als wethouder Bos": another's title; "net als", "ziet de raad als": no office of the name
        noun = m.group("noun")
        return self.kind(noun, self.body_after(text, m.end("noun"))), noun.lower()

    def _derived(self, text: str, end: int) -> tuple[str, str]:
        """ "X, die na negen jaar wethouderschap ...", "X (raadslidmaatschap)": a noun derived from a one-word office
        title ("wethouder" -> "wethouderschap", "raadslid" -> "raadslidmaatschap"); "lidmaatschap" alone is none."""
        m = _DERIVED_AFTER.match(text, end)
        if not m:
            return "", ""
        noun = m.group("noun").lower()
        stem = noun[:-len("maatschap")] if noun.endswith("lidmaatschap") else noun[:-len("schap")]
        if stem in _GENERIC or " " in stem or stem not in self.offices:
            return "", ""
        return OFFICE, noun

    def _before(self, text: str, start: int, body: tuple[str, ...]) -> tuple[str, str]:
        """ "bestuurder X van waterschap Y", "medewerker X van gemeente Y": a title split by the name."""
        m = self.p_noun_before.search(text, max(0, start - 60), start)
        if not m or not body:
            return "", ""
        noun = m.group("noun").lower()
        if noun not in self.split and not singulars(noun) & self.civil:
            return "", ""  # only a title the name splits, or a civil servant's with a body
        return self.kind(noun, body), noun

    def _relative(self, text: str, end: int) -> tuple[str, str]:
        """ "X, die zijn rol als bestuurslid bij het hoogheemraadschap ...", "X die sinds 2019 wethouder is"."""
        m = _RELATIVE.match(text, end)
        if not m:
            return "", ""
        if m.group("as"):
            noun, at = m.group("as"), m.end("as")
            if m.group("gap").split()[-1:] == ["net"] or _NAME_NEXT.match(text, at):
                return "", ""  # "die net als wethouder Bos ...": the title of another person
        else:
            gap = m.group("gap").split()
            if gap and gap[-1].lower() in _NO_BARE_BEFORE:
                return "", ""  # "die de wethouder is": no office of the name's own
            noun, at = m.group("bare"), m.end("bare")
        return self.kind(noun, self.body_after(text, at)), noun.lower()

    def _list_head(self, text: str, start: int, end: int, body: tuple[str, ...]) -> tuple[str, str]:
        """ "de nieuwe waterschapsbestuurders: X van waterschap Y, Z van waterschap W": the list's head noun."""
        if not _ITEM_END.match(text, end):
            return "", ""  # "zei: Jan Jansen moet weg": a sentence after the colon, no list
        lo = max(0, start - 600)
        tokens = list(_LIST_TOKEN.finditer(text, lo, start))
        colon = None
        for tok in reversed(tokens):
            t = tok.group(0)
            if t == ":":
                colon = tok.start()
                break
            if not self._list_token(t):
                return "", ""
            if t == "\n" and text[tok.end():start].lstrip(" \t").startswith("\n"):
                return "", ""  # a blank line ends a list
        if colon is None:
            return "", ""
        clause = regex.split(r"[.!?:;][ \t]+|\n[ \t]*\n", text[max(0, colon - 250):colon])[-1]
        words = [w.group(0) for w in _WORD.finditer(clause)]
        rest = list(words)
        while rest and rest[-1].lower() in _CLOSING:
            rest.pop()
        if rest:
            found = self.kind(rest[-1], body)
            if found:
                return found, rest[-1].lower()
        # "een bestuurder die voor een derde termijn is opgegaan dit jaar: X van waterschap Y": the noun the
        # relative clause before the colon speaks of, when the clause runs to the colon and the name carries
        # its public body (so "De burgemeester die het project leidde noemde: A" does not make A an official)
        if not body or "," in clause[clause.rfind(" die "):]:
            return "", ""
        for i in range(len(words) - 1, 0, -1):
            if words[i].lower() == "die":
                found = self.kind(words[i - 1], body)
                if found:
                    return found, words[i - 1].lower()
        return "", ""

    def _list_token(self, t: str) -> bool:
        """A token a list of names with their bodies is made of ("Jiska Taal van waterschap Vallei en Veluwe, ")."""
        low = t.lower()
        if t in (",", ";", "&", "/", "\n") or t.startswith("("):
            return True
        if t.endswith(".") and not _INITIALS.fullmatch(t) and low.rstrip(".") not in self.courtesy:
            return False  # "Maas." ends a sentence
        return t[:1].isupper() or low in ("en", "van", "bij", "uit") or low in _ARTICLES \
            or low in self.tussenvoegsels or low in self.body_words or low.rstrip(".") in self.courtesy
