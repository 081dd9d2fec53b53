"""From findings to decisions: threshold, keep lists, ground per entity type, consistency."""

from __future__ import annotations

import re
from dataclasses import replace

from ..detect.spaced import SpacedReader
from ..lexicon import Lexicon
from ..model import Decision, DetectorKind, Document, Finding, Page
from ..rules import RuleSet
from .earlier import already_covered
from .firstnames import FirstNames
from .handles import person_handles
from .keep import KeepLists
from .ocrwords import redacted_elsewhere, weak_ocr_names
from .organisation import OrganisationDetails
from .overlaps import resolve_overlaps
from .propagate import NameForms, propagate
from .roles import Roles
from .special import SpecialDecisions


class Decider:
    """Built once per worker from the rule set and its name lexicon; `decide` is then pure."""

    def __init__(self, rules: RuleSet, lexicon: Lexicon | None = None):
        self.rules = rules
        lexicon = lexicon or Lexicon.from_rules(rules)
        self.keep = KeepLists(rules)
        self.organisation = OrganisationDetails(rules)
        self.roles = Roles(lexicon)  # person names: civil servant or citizen (redact) or public official (keep)
        cues = rules.list_items(rules.policy.names.get("first_name_cues", ()))
        self.first_names = FirstNames(lexicon, cues, rules.list_items(rules.policy.names.get("first_name_places", ())))
        self.names = NameForms(lexicon, cues) if rules.policy.names.get("short_forms", True) else None
        self.spaced = SpacedReader.from_rules(rules, lexicon)  # a name's mentions in letter-spaced text
        self.special = SpecialDecisions(rules)  # 5.1.1d passages: redact or a proposal to judge

    def decide_one(self, finding: Finding, document: Document, persons: list[Finding]) -> Decision | None:
        if finding.score < self.rules.min_score_for(finding.entity_type):
            return None
        special = self.special.decision(finding)
        if special is not None:
            return special
        page = next((p for p in document.pages if p.number == finding.page), None)
        page_text = page.text if page else ""
        reason = (already_covered(finding, page) if page else None) or self.keep.reason(finding, page_text) \
            or self.organisation.reason(finding, document, persons)
        if reason:
            return Decision(finding, "keep", None, reason)
        return Decision(finding, "redact", self.rules.ground_for(finding.entity_type),
                        f"{finding.entity_type} gevonden door {finding.detector}")

    def decide(self, document: Document, findings: tuple[Finding, ...]) -> tuple[Decision, ...]:
        persons = self.roles.persons(document, [f for f in findings if f.entity_type == "PERSON"])
        decisions = [d for d in (self.decide_one(f, document, persons) for f in findings) if d is not None]
        decisions = _drop_street_names(_same_address(document, decisions))
        decisions = weak_ocr_names(document, decisions, self.roles, self.rules.policy.ocr_person_evidence)
        decisions += self._list_openers(document, persons)
        decisions += self._function_names(document, decisions)
        decisions += self._first_names(document, decisions)
        decisions = self.roles.assign(document, decisions)
        decisions += self._handles(document, decisions)
        decisions = propagate(document, decisions, self.rules.policy.propagate_min_length, self.names,
                              spaced=self.spaced)
        decisions = redacted_elsewhere(decisions, self.rules.ground_for("PERSON"))
        return tuple(resolve_overlaps(document, decisions, self.rules))

    def _person(self, page: Page, start: int, end: int, detector: str, why: str,
                kind: DetectorKind = DetectorKind.NAME_PATTERN) -> Decision:
        """A person's mention that the decider itself found on `page` (a list's opener, a first name
        alone, a handle), redacted as PERSON."""
        finding = Finding(page.number, start, end, page.text[start:end], "PERSON", 0.8, detector, why, kind)
        return Decision(finding, "redact", self.rules.ground_for("PERSON"), f"PERSON gevonden door {detector}")

    def _list_openers(self, document: Document, persons: list[Finding]) -> list[Decision]:
        """Names at the head of a numbered list's items whose other items open with a person (roles.py)."""
        out = []
        for page in document.pages:
            spans = [(f.start, f.end) for f in persons if f.page == page.number]
            if len(spans) < 2:
                continue
            for start, end in self.roles.list_openers(page.text, spans):
                out.append(self._person(page, start, end, "opsomming",
                                        "naam op de plaats van de namen in een genummerde opsomming"))
        return out

    def _function_names(self, document: Document, decisions: list[Decision]) -> list[Decision]:
        """Surnames alone right after a civil servant's function ("wijkagent Brinkhuis", roles.py)."""
        out = []
        for page in document.pages:
            spans = [(d.finding.start, d.finding.end) for d in decisions
                     if d.finding.page == page.number and d.finding.entity_type == "PERSON"]
            for start, end in self.roles.function_names(page.text, spans):
                out.append(self._person(page, start, end, "functie_en_naam",
                                        "achternaam direct na de functie van een ambtenaar"))
        return out

    def _first_names(self, document: Document, decisions: list[Decision]) -> list[Decision]:
        """Full names before a cue that no detector found, and first names alone in a person's position
        ("Mariska merkt op", firstnames.py), outside every span already found. A first name of the
        document's full names (by the model alone only with a listed surname) counts as a first name also
        when no list has it."""
        out = []
        for page in document.pages:
            taken = [(d.finding.start, d.finding.end) for d in decisions if d.finding.page == page.number]
            for start, end in self.first_names.full_names(page.text, taken):
                out.append(self._person(page, start, end, "naam_en_werkwoord",
                                        "volledige naam met wat een persoon doet"))
        known = frozenset(w for w in (self.first_names.first_of(d.finding.text, d.finding.detector_kind is DetectorKind.NER)
                                      for d in decisions + out
                                      if d.finding.entity_type == "PERSON" and d.action == "redact") if w)
        for page in document.pages:
            taken = [(d.finding.start, d.finding.end) for d in decisions + out if d.finding.page == page.number]
            for start, end, why in self.first_names.spans(page.text, taken, known):
                # (a speaker's label in capitals, "MARINDA:", is a position: no acronym test)
                kind = DetectorKind.STRUCTURE if page.text[start:end].isupper() else DetectorKind.NAME_PATTERN
                out.append(self._person(page, start, end, "voornaam", why, kind))
        return out

    def _handles(self, document: Document, decisions: list[Decision]) -> list[Decision]:
        """The social-media handles of the persons whose names are redacted ("Twitter: @petraborsboom")."""
        out = []
        names = [d.finding.text for d in decisions if d.finding.entity_type == "PERSON" and d.action == "redact"]
        for page in document.pages:
            for start, end in person_handles(page.text, names, self.roles.tussenvoegsels):
                out.append(self._person(page, start, end, "handle",
                                        "account op sociale media van een persoon wiens naam is weggelakt"))
        return out


def _drop_street_names(decisions: list[Decision]) -> list[Decision]:
    """A name that runs into a kept organisation address is the street's name ("Antonie v.
    Leeuwenhoeklaan" of RIVM's "Antonie v. Leeuwenhoeklaan 9"), not a person."""
    kept = [d.finding for d in decisions if d.action == "keep" and d.finding.entity_type == "ADDRESS"]
    return [d for d in decisions if not (
        d.finding.entity_type == "PERSON" and any(
            a.page == d.finding.page and a.start < d.finding.end <= a.end and d.finding.start <= a.start
            for a in kept))]


_ADDRESS_JOIN = re.compile(r"[ \t]*[,|]?[ \t]*")


def _same_address(document: Document, decisions: list[Decision]) -> list[Decision]:
    """The postcode and place right after a kept street belong to the same address ("Bezoekadres:
    Beukenweg 7, 3700 AB Zeist"). Not the other way round: a listed building's postcode does not
    make a citizen's street before it the building's."""
    texts = {p.number: p.text for p in document.pages}
    addresses = sorted((d for d in decisions if d.finding.entity_type == "ADDRESS"),
                       key=lambda d: (d.finding.page, d.finding.start))
    verdict = {id(d): d for d in decisions}
    for a, b in zip(addresses, addresses[1:]):
        if a.finding.page != b.finding.page or a.action != "keep" or b.action != "redact":
            continue
        if _ADDRESS_JOIN.fullmatch(texts[a.finding.page][a.finding.end:b.finding.start]):
            verdict[id(b)] = replace(verdict[id(b)], action="keep", ground=None, reason=verdict[id(a)].reason)
    return [verdict[id(d)] for d in decisions]
