"""Consistency: a value redacted once is redacted at every occurrence in the document, and a redacted
name also at its short forms (surname alone; first name alone where only one person in the document
has it). `propagate_dossier` carries redacted names into every document of a batch.

A mention that the role stage kept (a public official) is never overridden by propagation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from ..detect.spaced import SpacedReader
from ..lexicon import Lexicon, phrases
from ..model import UNSUPPORTED_NAME, Decision, DetectorKind, Document
from ..rules import RuleSet
from .overlaps import resolve_overlaps
from .persons import carry_across
from .roles import Roles

PERSON = "PERSON"
_INITIALS = re.compile(r"^(?:[A-Z][a-z]{0,2}\.\s?)+$")
# Finite verbs that follow a person's first name opening a sentence ("Wil zal de notulen mailen", "Roos heeft ...")
# but not the word it also is ("Wil je ...", "Roos is een bloem" stays: "is" is left out)
_AUXILIARIES = frozenset({"zal", "zullen", "gaat", "heeft", "had", "neemt", "nam", "maakt", "stuurt", "mailt", "komt",
                          "belt", "regelt", "zorgt", "kan", "wordt", "schrijft", "informeert", "doet"})


class NameForms:
    """Short forms of a redacted name, from the rule set's name lexicon."""

    def __init__(self, lexicon: Lexicon, cues: tuple[str, ...] = ()):
        self.tussenvoegsels = frozenset(lexicon.tussenvoegsels)
        # the first words of the first-name cues ("meldt", "zegt", "zal"): what a person does after a guarded first name
        self.cue_words = frozenset(c.split()[0].lower() for c in cues if c.strip())
        self.titles = frozenset(lexicon.titles)
        self.first_names = lexicon.first_names
        self.known = lexicon.known_names
        self.words = lexicon.not_names | lexicon.common_words

    def parts(self, value: str) -> tuple[str | None, str | None]:
        """(first name, surname with tussenvoegsel as written in running text) or Nones.

        "Jansen, J. (Jan)" -> ("Jan", "Jansen"); "Vries, P. de (Pieter)" -> ("Pieter", "de Vries");
        "Jan de Vries" -> ("Jan", "de Vries"); "mevrouw drs. K. Scholtens" -> (None, "Scholtens").
        """
        value = " ".join(value.split())
        first = None
        m = re.search(r"\(([^)]+)\)", value)
        if m:
            first = m.group(1).strip()
            value = (value[:m.start()] + value[m.end():]).strip()
        if "," in value:
            head, tail = (s.strip() for s in value.split(",", 1))
            tail_words = tail.split()
            tv = [w for w in tail_words if w.lower() in self.tussenvoegsels]
            rest = [w for w in tail_words if w.lower() not in self.tussenvoegsels and not _INITIALS.match(w)]
            if first is None and len(rest) == 1:
                first = rest[0]
            return first, " ".join(tv + [head]) if head else None
        words = [w for w in value.split() if w.lower().rstrip(".") not in self.titles]
        if not words:
            return first, None
        sur = [words.pop()]
        while words and words[-1].lower() in self.tussenvoegsels:
            sur.insert(0, words.pop())
        names = [w for w in words if not _INITIALS.match(w)]
        if first is None and names and names[0][0].isupper():
            first = " ".join(names)
        if not words and not first:  # a single word: no short form of its own
            return None, None
        return first, " ".join(sur)

    def surname_forms(self, surname: str) -> list[str]:
        """The surname as it stands alone: "de Vries" and, at a sentence start, "De Vries"."""
        last = surname.split(" ")[-1]
        if len(surname) < 3 or not last[:1].isupper() or (surname.lower() in self.words and last not in self.known):
            return []
        forms = [surname]
        if surname[0].islower():
            forms.append(surname[0].upper() + surname[1:])
        return forms

    def cut_forms(self, first: str, surname: str) -> list[str]:
        """The name with its surname cut to its first letter, as a caption or a post abbreviates it: "Mariska van
        Leeuwen" -> "Mariska van L", "Mariska van L."; only after a listed first name (not initials: "J. de V")."""
        if _INITIALS.match(first) or not all(p in self.first_names for p in first.split()):
            return []
        words = surname.split(" ")
        if not words[-1][:1].isupper():
            return []
        cut = " ".join([first, *words[:-1], words[-1][0]])
        return [cut, cut + "."]

    def paraph(self, first: str, surname: str) -> str | None:
        """The initials a person signs action items with: "Lars Hovius" -> "LH", "Jeroen de Vries" -> "JdV"."""
        if _INITIALS.match(first) or not all(p in self.first_names for p in first.split()):
            return None
        words = surname.split(" ")
        tv, last = words[:-1], words[-1]
        return "".join(w[0] for w in first.split()) + "".join(t[0].lower() for t in tv) + last[0]

    def short_forms(self, decisions: list[Decision]) -> dict[str, Decision]:
        """value -> the decision it comes from, for every short form of the redacted names."""
        out: dict[str, Decision] = {}
        firsts: dict[str, set[str]] = {}
        for d in decisions:
            if d.action != "redact" or d.finding.entity_type != PERSON:
                continue
            first, surname = self.parts(d.finding.text)
            if surname:
                for form in self.surname_forms(surname):
                    out.setdefault(form, d)
                if first and not _INITIALS.match(first):
                    out.setdefault(f"{first} {surname}", d)
            if first and surname:
                firsts.setdefault(first, set()).add(surname.lower())
                for cut in self.cut_forms(first, surname):
                    out.setdefault(cut, d)
                paraph = self.paraph(first, surname)
                if paraph:
                    out.setdefault(paraph, d)
        for first, surnames in firsts.items():
            # Only one person in the document has this first name, and it is not also a word.
            if len(surnames) == 1 and len(first) >= 3 and first.lower() not in self.words and \
                    all(part in self.first_names for part in first.split()):
                source = next(d for d in decisions if d.action == "redact" and d.finding.entity_type == PERSON
                              and self.parts(d.finding.text)[0] == first)
                out.setdefault(first, source)
        return out

    def guarded_first_names(self, decisions: list[Decision]) -> dict[str, Decision]:
        """First names of redacted persons that `short_forms` leaves out because they are words or short ("Wil",
        "Ko", "Roos"): each only where one person in the document has it. `propagate` redacts them only where the
        text writes them as a name (`as_name`), not where the word opens a sentence ("Wil je ...")."""
        firsts: dict[str, list[Decision]] = {}
        for d in decisions:
            if d.action != "redact" or d.finding.entity_type != PERSON:
                continue
            first, surname = self.parts(d.finding.text)
            if first and surname and " " not in first and first in self.first_names and first[:1].isupper() \
                    and not _INITIALS.match(first):
                if all(self.parts(o.finding.text)[1] != surname for o in firsts.get(first, ())):
                    firsts.setdefault(first, []).append(d)
        return {first: ds[0] for first, ds in firsts.items()
                if len(ds) == 1 and 2 <= len(first) and (len(first) < 3 or first.lower() in self.words)}

    def as_name(self, text: str, start: int, end: int) -> bool:
        """A guarded first name written as a name: capitalised inside a sentence ("aan Wil gemaild", "Wil, Nancy
        gaan"), or opening one before a cue of what a person does ("Wil zal ze mailen", "Ko meldt")."""
        line = text[text.rfind("\n", 0, start) + 1:start].rstrip()
        if line and (line[-1].isalnum() or line[-1] in ",)"):
            return True
        nxt = re.match(r"[ \t]*(?:,|en[ \t])|[ \t]+(\w+)", text[end:end + 40])
        return bool(nxt) and (nxt.group(1) is None or (nxt.group(1).lower() in self.cue_words
                                                                 or nxt.group(1).lower() in _AUXILIARIES))


def _kept_spans(decisions: list[Decision]) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for d in decisions:
        if d.action == "keep" and d.finding.entity_type == PERSON and d.reason != UNSUPPORTED_NAME:
            spans.setdefault(d.finding.page, []).append((d.finding.start, d.finding.end))
    return spans


class OfficeBefore:
    """An office title right before a mention ("Minister-president Verhagen", "wethouder Bos"): a name carried in from
    another document of the dossier is another person's there, a public official the detectors left unmarked."""

    def __init__(self, lexicon: Lexicon):
        alt = phrases(lexicon.office_titles) or r"(?!x)x"
        self.pattern = re.compile(rf"(?<![\w-])(?:{alt})[ \t]+$", re.IGNORECASE)

    def __call__(self, text: str, start: int) -> bool:
        return bool(self.pattern.search(text, max(0, start - 60), start))


def propagate(document: Document, decisions: list[Decision], min_length: int,
              names: NameForms | None = None, extra: dict[str, Decision] | None = None,
              spaced: SpacedReader | None = None, office: OfficeBefore | None = None) -> list[Decision]:
    """Add a redaction at every further occurrence of a redacted value (and of a name's short forms;
    `extra` holds values redacted in other documents of the dossier); with `spaced`, also where a page
    writes it letter-spaced ("S T A A L", detect/spaced.py), over the whole run."""
    values: dict[str, tuple[Decision, str]] = {}
    for d in decisions:
        if d.action == "redact" and len(d.finding.text.strip()) >= min_length:
            values.setdefault(d.finding.text.strip(), (d, "zelfde waarde elders in het document weggelakt"))
    if names is not None:
        for value, d in names.short_forms(decisions).items():
            values.setdefault(value, (d, "korte vorm van een naam die elders in het document is weggelakt"))
    carried_only = {v for v in (extra or {}) if v not in values}  # redacted in another document, not in this one
    for value, d in (extra or {}).items():
        values.setdefault(value, (d, "naam weggelakt in een ander document van het dossier"))
    values = {v: s for v, s in values.items() if len(v) >= min_length or v.isupper()}
    guarded = {v: d for v, d in (names.guarded_first_names(decisions) if names is not None else {}).items()
               if v not in values}
    for value, d in guarded.items():
        values[value] = (d, "voornaam van een persoon die elders in het document is weggelakt")
    if not values:
        return decisions
    covered = {(d.finding.page, d.finding.start, d.finding.end) for d in decisions if d.action == "redact"}
    kept = _kept_spans(decisions)
    added: list[Decision] = []
    index = _index(values)
    for page in document.pages:
        found = [(start, end, page.text[start:end]) for start, end in _occurrences(page.text, index)]
        if spaced is not None:
            found += spaced.occurrences(page, lambda text: _occurrences(text, index))
        for start, end, value in found:
            if (page.number, start, end) in covered:
                continue
            source, reason = values[value]
            if office is not None and value in carried_only and source.finding.entity_type == PERSON \
                    and office(page.text, start):
                continue  # "Minister-president Verhagen" beside another document's "Joost Verhagen"
            if value in guarded and not names.as_name(page.text, start, end):
                continue  # "Wil je ...": the word, not the person's first name
            if source.finding.entity_type == PERSON and len(page.text[start:end]) == 2 and page.text[start:end].isupper() \
                    and _POSTCODE_DIGITS.search(page.text, max(0, start - 6), start):
                continue  # "1234 AB": a postcode's letters, not the paraph "AB"
            if source.finding.entity_type == PERSON and page.text[start:end].isupper() \
                    and _REFERENCE_BEFORE.search(page.text, page.text.rfind("\n", 0, start) + 1, start):
                continue  # "Ons kenmerk : 09049337/LJ": the paraph is part of the reference, an identifier
            if source.finding.entity_type == PERSON and any(
                    s < end and start < e for s, e in kept.get(page.number, ())):
                continue  # a public official's mention stays visible
            finding = replace(source.finding, page=page.number, start=start, end=end, text=value,
                              detector="propagation", detector_kind=DetectorKind.PROPAGATED,
                              explanation=f"zelfde naam of waarde als een vondst van {source.finding.detector}")
            added.append(Decision(finding, "redact", source.ground, reason, source.person))
    return decisions + added


_TOKEN = re.compile(r"\w+")
_POSTCODE_DIGITS = re.compile(r"(?<!\d)[1-9]\d{3}[ \t]?$")
# A reference's label and its number up to the paraph's slash: "Ons kenmerk : 09049337/", "Referentie: 2031-0412/"
_REFERENCE_BEFORE = re.compile(r"(?i)(?<!\w)(?:kenmerk|referentie|ref\.|zaaknummer|dossiernummer|briefnummer)"
                               r"[ \t]*:?[ \t]*[\w.-]*\d[\w.-]*/$")


def _index(values) -> dict[str, list[tuple[int, str]]]:
    """The values by their first word (with that word's offset in the value), longest first."""
    index: dict[str, list[tuple[int, str]]] = {}
    for v in values:
        first = _TOKEN.search(v)
        if first:
            index.setdefault(first.group(0), []).append((first.start(), v))
    for cands in index.values():
        cands.sort(key=lambda c: -len(c[1]))  # longest first: "Jan de Vries" before "Jan"
    return index


def _occurrences(text: str, index: dict[str, list[tuple[int, str]]]) -> list[tuple[int, int]]:
    """Leftmost-longest, non-overlapping whole-word occurrences of the indexed values in text.

    One pass over the words of the text: a regex alternation of hundreds of values is far slower
    on long dossiers."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        for offset, v in index.get(m.group(0), ()):
            start = m.start() - offset
            end = start + len(v)
            if start < pos or text[start:end] != v:
                continue
            # Whole words only; a hyphen joins words: "Mulder" is not in "Kleinjan-Mulder".
            if (start > 0 and v[0].isalnum() and (text[start - 1].isalnum() or text[start - 1] in "_-")) or \
                    (end < len(text) and v[-1].isalnum() and (text[end].isalnum() or text[end] in "_-")):
                continue
            out.append((start, end))
            pos = end
            break
    return out


A = TypeVar("A")


def propagate_dossier(analyses: Sequence[A], rules: RuleSet, lexicon: Lexicon | None = None,
                      roles: Roles | None = None) -> list[A]:
    """Carry the names redacted in any document of a batch into all of them.

    Pure: takes and returns analyses (anything with `.document` and `.decisions`, such as
    pipeline.Analysis), so review tools can reuse it. Full names (two words or more) and their surname
    short forms travel; a first name alone does not (it is unambiguous within one document at most).
    Before that, a public official's role found in one document is applied to the same person in
    the others (persons.carry_across).
    `lexicon`, `roles`: the rule set's, when the caller holds them already (built from
    `lexicon`, as the Decider's are). Whether a dossier wants this
    (`dossier_wide`) is decided by the caller, flows/dossier.py.
    """
    lexicon = lexicon or Lexicon.from_rules(rules)
    names = NameForms(lexicon)
    # First the roles: an official kept in one document is kept in all (persons.carry_across) and
    # is then not carried as a redacted name.
    roles = carry_across([(a.document.relpath, a.decisions) for a in analyses], roles or Roles(lexicon))
    analyses = [replace(a, decisions=tuple(r)) if tuple(r) != tuple(a.decisions) else a
                for a, r in zip(analyses, roles)]
    carried: dict[str, Decision] = {}
    for a in analyses:
        for d in a.decisions:
            if d.action != "redact" or d.finding.entity_type != PERSON \
                    or d.finding.detector_kind is DetectorKind.PROPAGATED:
                continue
            text = " ".join(d.finding.text.split())
            first, surname = names.parts(text)
            if surname is None:
                continue
            carried.setdefault(text, d)
            for form in names.surname_forms(surname):
                carried.setdefault(form, d)
    out = []
    spaced = SpacedReader.from_rules(rules, lexicon)
    office = OfficeBefore(lexicon)
    for a in analyses:
        decisions = propagate(a.document, list(a.decisions), rules.policy.propagate_min_length, extra=carried,
                              spaced=spaced, office=office)
        if len(decisions) != len(a.decisions):
            decisions = resolve_overlaps(a.document, decisions, rules)
        out.append(replace(a, decisions=tuple(decisions)))
    return out
