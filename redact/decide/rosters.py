"""The roster of an appointed public body (issue 10, eleventh session, second round; docs/names-history.md, "Officials in
rosters (eleventh session, second round)"): a rekenkamer(commissie)'s composition names its members under a
members' label and its staff under a staff label, often flattened into one paragraph by a copy of the report:

    Samenstelling Rekenkamercommissie Externe leden De heer drs. A. Bos, voorzitter Mevrouw C. de Wit Interne
    leden De heer E. Smit Secretariaat De heer drs. G. Mol, secretaris/onderzoeker Adres Postbus 12 ...

From the body's name (`appointed_bodies`, the last word of it or a compound ending in it) the roster runs over
names, initials, titles, parentheses and separators only; a members' label (`member_labels`) opens a members'
section, a staff label (`staff_labels`) a staff section. A name in a members' section is a member of the body
(an official); a name in a staff section, or before any label, is not decided here. The first body whose roster
reaches the name decides (so "Onderzoekers van de Lokale Rekenkamer: X" under a committee's secretary are its
staff, not the members of a second body)."""

from __future__ import annotations

import regex

from ..lexicon import Lexicon, phrases

ROSTER_REACH = 1500  # the characters a roster may run from its body's name to a name in it

# what a roster is made of between its labels: a parenthesis ("(lid tot 1 april 2012)"), a capitalised word or
# initials ("Mevrouw", "drs."'s capitalised kin "RA", "G.B.M."), separators, a role in apposition after a name
_PAREN = regex.compile(r"\([^()\n]{0,60}\)")
_CAPITALISED = regex.compile(r"\p{Lu}[\w'’.&-]*")
_SEPARATORS = regex.compile(r"[\s,;/:•*–-]+")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}.'’-]*")
_ROLE_WORDS = frozenset({"en", "heer", "heren", "dames", "voorzitter", "vicevoorzitter", "vice-voorzitter",
                         "plaatsvervangend", "plv.", "lid"})


class MemberSections:
    """Built once from the lexicon; `body_of` is pure."""

    def __init__(self, lexicon: Lexicon):
        bodies = "|".join(regex.escape(b) for b in sorted(lexicon.appointed_bodies, key=len, reverse=True)) or r"(?!x)x"
        self.p_body = regex.compile(rf"(?<![\w-])\p{{L}}*(?i:{bodies})(?![\w-])")
        self.p_member = self._labels(lexicon.member_labels)
        self.member_labels = frozenset(lexicon.member_labels)
        self.p_staff = self._labels(lexicon.staff_labels)
        self.lower_words = _ROLE_WORDS | frozenset(lexicon.tussenvoegsels) | frozenset(lexicon.titles) \
            | frozenset(t + "." for t in lexicon.titles)

    @staticmethod
    def _labels(labels: tuple[str, ...]) -> regex.Pattern:
        alt = phrases(labels) or r"(?!x)x"
        return regex.compile(rf"(?i:{alt})(?![\w-])[ \t]*:?")

    def member_role(self, role: str) -> bool:
        """A role after a name that is a member's own ("(voorzitter)", ", vicevoorzitter"), no staff function."""
        return " ".join(role.strip(" \t,(").split()).lower() in self.member_labels

    def body_of(self, text: str, start: int) -> str:
        """The body (as written) whose members' section the name at `start` stands in, or ""."""
        lo = max(0, start - ROSTER_REACH)
        for body in self.p_body.finditer(text, lo, start):
            section = self._section_at(text, body.end(), start)
            if section is None:
                continue  # its roster does not reach the name: a sentence, another block between
            return body.group(0) if section == "member" else ""
        return ""

    def _section_at(self, text: str, at: int, start: int) -> str | None:
        """Walk the roster from `at` to `start`: the section the name stands in ("member", "staff" or "" before
        any label), or None when something that is no part of a roster comes between."""
        section = ""
        while at < start:
            staff = self.p_staff.match(text, at, start)
            member = self.p_member.match(text, at, start)
            if staff or member:  # the longer label wins ("ambtelijk secretaris" over a member's "lid")
                longer = max((m for m in (staff, member) if m), key=lambda m: m.end())
                section = "staff" if longer is staff else "member"
                at = longer.end()
                continue
            token = _SEPARATORS.match(text, at, start) or _PAREN.match(text, at, start) \
                or _CAPITALISED.match(text, at, start)
            if token is None:
                word = _LOWER_WORD.match(text, at, start)
                if not word or word.group(0).lower() not in self.lower_words:
                    return None
                token = word
            if regex.search(r"\n[ \t]*\n[ \t]*\n", token.group(0)):
                return None  # two blank lines: another part of the document
            at = token.end()
        return section
