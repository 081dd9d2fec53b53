"""The name lexicon: every name list of a rule set, built once and shared by detect and decide.

Which lists of `rules/lists/` fill each entry is set in the `names:` section of `rules/policy.yaml`
(a list of list names per key); a key the policy leaves out takes the default below. The detection
engine (name patterns, positions), the role stage and propagation all read this one object, so
they cannot disagree about what a first name or a tussenvoegsel is. Plain, immutable data: build
it with `Lexicon.from_rules` once per worker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .rules import RuleSet


def phrases(entries: Iterable[str]) -> str:
    """Entries of a list (titles, labels, words of several words) as a regex alternation, in the order given,
    each space in an entry matching any run of spaces or tabs ("plv. voorzitter" also across two spaces). Empty for
    no entries: the caller gives the never-matching fallback its pattern needs."""
    return "|".join(regex.escape(e).replace(r"\ ", r"[ \t]+") for e in entries)

# The per-request list of public officials (`--keep-names FILE`), added to the rule set's lists.
REQUEST_LIST = "keep_names"

# policy.yaml `names:` key -> the lists it is made of when the policy does not say.
LIST_DEFAULTS: dict[str, tuple[str, ...]] = {
    "first_names": ("first_names", "first_names_added"),
    "open_first_names": ("first_names_open",),
    "surnames": ("surnames", "surnames_added"),
    "tussenvoegsels": ("tussenvoegsels", "tussenvoegsels_added"),
    "name_titles": ("name_titles", "name_titles_added"),
    "not_names": ("non_name_words", "place_names", "civil_servant_titles", "public_office_titles"),
    "hand_not_names": ("non_name_words",),
    "common_words": ("common_words",),
    "dutch_words": ("dutch_words",),
    "generic_mailboxes": ("generic_mailboxes",),
    "person_nouns": ("person_nouns",),
    "public_office_titles": ("public_office_titles",),
    "public_office_titles_plural": ("public_office_titles_plural",),
    "civil_servant_titles": ("civil_servant_titles",),
    "public_officials": ("public_officials", "public_officials_added"),
    "current_officials": ("public_officials_added",),
    "agency_boards": ("agency_boards",),
    "party_abbreviations": ("party_abbreviations",),
    "office_compounds": ("office_compounds",),
    "assembly_members": ("assembly_members",),
    "venue_words": ("venue_words",),
    "named_things": ("named_things",),
    "local_party_words": ("local_party_words",),
    "colophon_labels": ("colophon_labels",),
    "colophon_trade_labels": ("colophon_trade_labels",),
    "list_heads": ("list_heads",),
    "breadcrumb_heads": ("breadcrumb_heads",),
    "firm_names": ("firm_names",),
    "post_nominal_degrees": ("post_nominal_degrees",),
    "business_words": ("business_words",),
    "business_nouns": ("business_nouns",),
    "appointment_words": ("appointment_words",),
    "body_labels": ("public_body_labels",),
    "appointed_bodies": ("appointed_bodies",),
    "residents_bodies": ("residents_bodies",),
    "member_labels": ("member_labels",),
    "staff_labels": ("staff_labels",),
    "attendance_status": ("attendance_status",),
}


def _longest_first(items) -> tuple[str, ...]:
    """Unique entries, longest first (so a regex alternation prefers "van der" to "van")."""
    return tuple(sorted(set(items), key=lambda s: (-len(s), s)))


@dataclass(frozen=True)
class Lexicon:
    """The name lists as lookup structures. Lower-cased where the comment says so."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    known_names: frozenset[str]  # first names and surnames
    tussenvoegsels: tuple[str, ...]  # lower case, longest first
    titles: tuple[str, ...]  # lower case, without a final dot, longest first: "mevrouw", "mr", "drs"
    not_names: frozenset[str]  # lower case: words, places and functions that are never a name
    hand_not_names: frozenset[str]  # lower case: the hand-made part of not_names (no places)
    common_words: frozenset[str]  # lower case
    dutch_words: frozenset[str]  # lower case (OpenTaal), names left out
    generic_mailboxes: tuple[str, ...]  # lower case: "info@", "woo@"
    person_nouns: tuple[str, ...]  # lower case, longest first: "broer", "buurvrouw", "aannemer"
    office_titles: tuple[str, ...]  # lower case, longest first: "wethouder", "minister"
    office_titles_plural: tuple[str, ...]  # lower case, longest first: "de leden", "de Kamerleden"
    civil_servant_titles: tuple[str, ...]  # lower case, longest first: "beleidsmedewerker"
    public_officials: tuple[str, ...]  # bewindspersonen and Kamerleden, as listed
    venue_words: tuple[str, ...]  # lower case, longest first: "sporthal", "vereniging"
    current_officials: tuple[str, ...] = ()  # the hand-checked part of public_officials: current office holders
    agency_boards: tuple[str, ...] = ()  # boards of executive agencies and ZBO's, with sources (rules/lists/agency_boards/)
    parties: tuple[str, ...] = ()  # as written, longest first: "GL-PvdA", "VVD" ("Omtzigt (CDA)")
    office_compounds: tuple[str, ...] = ()  # lower case, longest first: "motie", "amendement" ("motie-Klaver")
    assembly_members: tuple[str, ...] = ()  # lower case, longest first: "raadsleden" (minutes of a council)
    request_names: tuple[str, ...] = ()  # the per-request public officials, as given
    local_party_words: tuple[str, ...] = ()  # lower case: "belangen", "leefbaar" (a local party's written-out name)
    named_things: tuple[str, ...] = ()  # lower case, longest first: "storm", "gemaal" (a thing's given name after it)
    # First names of many origins that first_names lacks (bench/build_first_names.py), no Dutch words among them:
    # weaker evidence, only where a position also speaks for a person (a surname after it, a cue, a function)
    open_first_names: frozenset[str] = frozenset()
    colophon_labels: frozenset[str] = frozenset()  # lower case: "redactie", "fotografie" (a colophon's labels)
    colophon_trade_labels: frozenset[str] = frozenset()  # lower case: "vormgeving", "druk" (a firm's trade)
    list_heads: frozenset[str] = frozenset()  # lower case: "locaties" ("de volgende locaties:\n- X")
    breadcrumb_heads: frozenset[str] = frozenset()  # lower case: "home" ("HOME | Nieuws | ...", a page's breadcrumb)
    firm_names: tuple[str, ...] = ()  # as written, longest first: "Dura Vermeer" (a firm that reads as a person)
    post_nominal_degrees: tuple[str, ...] = ()  # as written, longest first: "MCPm", "MBA", "LL.M." after a name
    business_words: tuple[str, ...] = ()  # lower case: "bouw", "advies" ("Hendriks Projectontwikkeling", a firm)
    business_nouns: tuple[str, ...] = ()  # lower case: "bureau", "bedrijf" ("Adviesbureau Hendriks", a firm)
    appointment_words: tuple[str, ...] = ()  # lower case, longest first: "benoemd tot" ("X is benoemd tot wethouder")
    body_labels: tuple[str, ...] = ()  # as written, longest first: "GS", "College" ("GS: mw. A en dhr. B", a roster)
    appointed_bodies: frozenset[str] = frozenset()  # lower case: "rekenkamercommissie" (its members' section)
    residents_bodies: tuple[str, ...] = ()  # lower case, longest first: "dorpsraad" (a residents' body's minutes)
    member_labels: tuple[str, ...] = ()  # lower case, longest first: "externe leden" (a members' section)
    staff_labels: tuple[str, ...] = ()  # lower case, longest first: "secretariaat" (a staff section)
    attendance_status: tuple[str, ...] = ()  # lower case, longest first: "verhinderd" ("• X verhinderd", a person)

    @classmethod
    def from_rules(cls, rules: RuleSet) -> "Lexicon":
        cfg = rules.policy.names

        def items(key: str) -> tuple[str, ...]:
            return rules.list_items(cfg.get(key, LIST_DEFAULTS[key]))

        def lower(key: str) -> list[str]:
            return [w.lower() for w in items(key)]

        first_names, surnames = frozenset(items("first_names")), frozenset(items("surnames"))
        return cls(
            first_names=first_names,
            surnames=surnames,
            known_names=first_names | surnames,
            # "van 't" as a word processor writes it too: "van ’t" (typographic apostrophe)
            tussenvoegsels=_longest_first({*lower("tussenvoegsels"), *(t.replace("'", "’") for t in lower("tussenvoegsels"))}),
            titles=_longest_first(t.lower().rstrip(".") for t in items("name_titles")),
            not_names=frozenset(lower("not_names")),
            hand_not_names=frozenset(lower("hand_not_names")),
            common_words=frozenset(lower("common_words")),
            dutch_words=frozenset(items("dutch_words")),
            generic_mailboxes=tuple(lower("generic_mailboxes")),
            person_nouns=_longest_first(lower("person_nouns")),
            office_titles=_longest_first(lower("public_office_titles")),
            office_titles_plural=_longest_first(lower("public_office_titles_plural")),
            civil_servant_titles=_longest_first(lower("civil_servant_titles")),
            public_officials=items("public_officials"),
            current_officials=items("current_officials"),
            agency_boards=items("agency_boards"),
            venue_words=_longest_first(lower("venue_words")),
            parties=_longest_first(items("party_abbreviations")),
            office_compounds=_longest_first(lower("office_compounds")),
            assembly_members=_longest_first(lower("assembly_members")),
            request_names=tuple(rules.lists.get(REQUEST_LIST, ())),
            local_party_words=_longest_first(lower("local_party_words")),
            named_things=_longest_first(lower("named_things")),
            open_first_names=frozenset(items("open_first_names")) - first_names,
            colophon_labels=frozenset(lower("colophon_labels")),
            colophon_trade_labels=frozenset(lower("colophon_trade_labels")),
            list_heads=frozenset(lower("list_heads")),
            breadcrumb_heads=frozenset(lower("breadcrumb_heads")),
            firm_names=_longest_first(items("firm_names")),
            post_nominal_degrees=_longest_first(items("post_nominal_degrees")),
            business_words=_longest_first(lower("business_words")),
            business_nouns=_longest_first(lower("business_nouns")),
            appointment_words=_longest_first(lower("appointment_words")),
            body_labels=_longest_first(items("body_labels")),
            appointed_bodies=frozenset(lower("appointed_bodies")),
            residents_bodies=_longest_first(lower("residents_bodies")),
            member_labels=_longest_first(lower("member_labels")),
            staff_labels=_longest_first(lower("staff_labels")),
            attendance_status=_longest_first(lower("attendance_status")),
        )

    def is_first_name(self, word: str) -> bool:
        return word in self.first_names or ("-" in word and all(p in self.first_names for p in word.split("-")))

    def is_open_first_name(self, word: str) -> bool:
        """A first name of the open list (`open_first_names`) that is no ordinary word."""
        return word in self.open_first_names and word.lower() not in self.dutch_words and not self.is_word(word)

    def is_surname(self, word: str) -> bool:
        return word in self.surnames or any(p in self.surnames for p in word.split("-"))

    def is_word(self, word: str) -> bool:
        """An ordinary word, place or function rather than a name (unless listed as a surname)."""
        low = word.lower()
        return (low in self.not_names or low in self.common_words) and not self.is_surname(word)
