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

    def is_no_person(self, page_text: str, start: int, text: str) -> bool:
        return self.firm_after_article(page_text, start, text) or self.former_function(text)

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
            and low.rstrip(".") not in self.titles and (low in self.not_names or low in self.dutch_words)

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
