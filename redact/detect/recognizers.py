"""Recognizer classes: each one small, configured from a RecognizerSpec in `rules/recognizers/`.

Presidio supplies the regex machinery, context boosting and explanations; this module adds what
Dutch practice needs: validators by name, required cues ("geboren" before a date of birth) and
excluded cues ("zaaknummer" before a nine-digit number), a phone recognizer built on the
phonenumbers library, and the two name recognizers around detect/names.py and detect/structure.py.
Which class a rule's `kind` selects is detect/registry.py's business.
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from ..lexicon import Lexicon
from ..model import DetectorKind, Document, Finding
from ..rules import RecognizerSpec
from .names import NamePatterns, Span, link_email_names
from .structure import StructureFinder, across_page_breaks
from .validators import VALIDATORS

LANGUAGE = "nl"


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    return re.compile("|".join(r"(?<!\w)" + re.escape(c) for c in cues))


def excluded_before(text: str, start: int, window: int, excluded: re.Pattern[str] | None,
                    own: re.Pattern[str] | None) -> bool:
    """Whether an excluded cue stands in the `window` characters before `start` with none of the value's own
    cues after it: the nearest label decides, so "Kenmerk 2024-12, BSN 123456782" is still a BSN."""
    if excluded is None:
        return False
    before = text[max(0, start - window):start].lower()
    last = last_cue(excluded, before)
    return last is not None and not (own is not None and own.search(before, last.end()))


def last_cue(cues: re.Pattern[str], before: str) -> re.Match[str] | None:
    """The last match of `cues` in `before` (the cue nearest to the value after it)."""
    last = None
    for last in cues.finditer(before):
        pass
    return last


class CueFilter:
    """Keeps a match only when a required cue is near it and no excluded cue stands before it.

    A required cue counts for the nearest value only: no digit may stand between the cue and the
    match, so in "geboren op 12-03-1980, brief van 12-03-2021" only the first date is a date of
    birth. It may also follow directly: "12-03-1980 (geboortedatum)". An excluded cue counts
    anywhere in the window ("Postbus 20011, 2500 EA"), so keep excluded-cue windows short;
    one of the recognizer's own context words after it lifts it (`excluded_before`).
    """

    def __init__(self, spec: RecognizerSpec):
        self.window = spec.cue_window
        self.required = _cue_pattern(spec.requires_cue)
        self.excluded = _cue_pattern(spec.excluded_cues)
        self.own = _cue_pattern(spec.context)

    def _cue_before(self, cues: re.Pattern[str], text: str, start: int) -> bool:
        before = text[max(0, start - self.window):start].lower()
        last = last_cue(cues, before)
        return last is not None and not any(c.isdigit() for c in before[last.end():])

    def accepts(self, text: str, start: int, end: int) -> bool:
        if excluded_before(text, start, self.window, self.excluded, self.own):
            return False
        if self.required:
            after = text[end:end + self.window].lower().lstrip(" \t(,:-")
            return self._cue_before(self.required, text, start) or bool(self.required.match(after))
        return True


class RulePatternRecognizer(PatternRecognizer):
    """Regex patterns + optional validator + cues, all from the rule file."""

    detector_kind = DetectorKind.PATTERN

    def __init__(self, spec: RecognizerSpec):
        self.spec = spec
        self.cues = CueFilter(spec)
        self._validate = VALIDATORS[spec.validator] if spec.validator else None
        super().__init__(
            supported_entity=spec.entity,
            name=spec.name,
            supported_language=LANGUAGE,
            patterns=[Pattern(p.name, p.regex, p.score) for p in spec.patterns],
            context=list(spec.context) or None,
            # Presidio's default adds IGNORECASE, which breaks "1234 AB" postcodes and plates.
            global_regex_flags=re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        return self._validate(pattern_text) if self._validate else None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if self.cues.accepts(text, r.start, r.end)]


def _glued(text: str, start: int) -> bool:
    """Digits glued to a code of letters and digits before them belong to that code: the account number of
    "NL10NWAB0636750906" is no mobile number. Glued to a plain word they may still be a number: a PDF of a
    table runs its cells together ("Bakhuizen06-34567815")."""
    code = re.search(r"[A-Za-z0-9]+\Z", text[max(0, start - 34):start])
    return bool(code) and any(c.isdigit() for c in code.group(0)) and any(c.isalpha() for c in code.group(0))


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps a span already found."""
    return any(s < end and start < e for s, e in taken)


class PhoneRecognizer(EntityRecognizer):
    """Phone numbers in every common writing, found and validated by phonenumbers."""

    detector_kind = DetectorKind.PHONE

    def __init__(self, spec: RecognizerSpec):
        self.spec = spec
        self.region = str(spec.options.get("region", "NL"))
        # National-number prefixes taken when merely *possible*: "06-70690025" is in no range
        # that is handed out today, but written like that it is still somebody's mobile number.
        self.possible_prefixes = tuple(str(p) for p in spec.options.get("possible_prefixes", ()))
        # A number without its area code right after a phone label ("tel. 5122269"): its group "number"
        labelled = spec.options.get("labelled")
        # ... and an internal extension after a name in a "Name/extension" field ("Steller/telnr. X/5892")
        extension = spec.options.get("extension")
        self.labelled = [re.compile(str(p)) for p in (labelled, extension) if p]
        super().__init__(supported_entities=[spec.entity], name=spec.name,
                         supported_language=LANGUAGE, context=list(spec.context) or None)

    def load(self) -> None:  # nothing to load
        pass

    def _matches(self, text: str):
        valid = list(phonenumbers.PhoneNumberMatcher(text, self.region, leniency=phonenumbers.Leniency.VALID))
        yield from valid
        if not self.possible_prefixes:
            return
        taken = [(m.start, m.end) for m in valid]
        home = phonenumbers.country_code_for_region(self.region)
        for match in phonenumbers.PhoneNumberMatcher(text, self.region, leniency=phonenumbers.Leniency.POSSIBLE):
            national = str(match.number.national_number)
            if (match.number.country_code == home and national.startswith(self.possible_prefixes)
                    and len(national) == 9 and re.match(r"\+|00|0", match.raw_string)
                    and not _glued(text, match.start)
                    and not _overlaps(match.start, match.end, taken)):
                yield match

    def _labelled(self, text: str, taken: list[tuple[int, int]]):
        """Numbers without an area code right after a phone label, or an extension after a name in a field
        labelled for a name and its number, outside the numbers already found."""
        for pattern in self.labelled:
            for m in pattern.finditer(text):
                start, end = m.span("number")
                if not _overlaps(start, end, taken):
                    yield start, end

    def analyze(self, text, entities, nlp_artifacts=None):
        found = [(m.start, m.end, phonenumbers.region_code_for_number(m.number) or "mogelijk")
                 for m in self._matches(text)]
        found += [(s, e, "zonder netnummer") for s, e in self._labelled(text, [(s, e) for s, e, _ in found])]
        results = []
        for start, end, what in found:
            explanation = AnalysisExplanation(
                recognizer=self.name, original_score=self.spec.score, textual_explanation=f"telefoonnummer ({what})")
            results.append(RecognizerResult(
                entity_type=self.spec.entity, start=start, end=end, score=self.spec.score,
                analysis_explanation=explanation,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


class NerRecognizer(SpacyRecognizer):
    """Entities from the spaCy pipeline's NER (mapped to Presidio types by the NLP engine)."""

    detector_kind = DetectorKind.NER

    def __init__(self, spec: RecognizerSpec):
        self.spec = spec
        super().__init__(supported_language=LANGUAGE, supported_entities=[spec.entity],
                         ner_strength=spec.score, context=list(spec.context) or None)
        self.name = spec.name


class LexiconRecognizer(EntityRecognizer):
    """A recognizer that looks names up in the rule set's lexicon; `spans` does the work."""

    def __init__(self, spec: RecognizerSpec, lexicon: Lexicon):
        self.spec = spec
        self.lexicon = lexicon
        super().__init__(supported_entities=[spec.entity], name=spec.name, supported_language=LANGUAGE)

    def load(self) -> None:  # nothing to load
        pass

    def spans(self, text: str) -> list[Span]:
        raise NotImplementedError

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for span in self.spans(text):
            explanation = AnalysisExplanation(recognizer=self.name, original_score=span.score,
                                              textual_explanation=span.why)
            results.append(RecognizerResult(
                entity_type=self.spec.entity, start=span.start, end=span.end, score=span.score,
                analysis_explanation=explanation,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


class NameRecognizer(LexiconRecognizer):
    """Names in name position, from the Dutch name lists (kind `names`); with `link_email_addresses`
    also the names a document's e-mail addresses reveal, everywhere in it."""

    detector_kind = DetectorKind.NAME_PATTERN

    def __init__(self, spec: RecognizerSpec, lexicon: Lexicon):
        super().__init__(spec, lexicon)
        self.patterns = NamePatterns(lexicon)

    def spans(self, text: str) -> list[Span]:
        return self.patterns.spans(text)

    def document_pass(self, document: Document, findings: list[Finding]) -> list[Finding]:
        if not self.spec.options.get("link_email_addresses", True):
            return []
        return link_email_names(document, self.lexicon, f"{self.spec.name}_email", self.spec.score)


class StructureRecognizer(LexiconRecognizer):
    """Names in e-mail headers, contact fields, attendee lists, action items, signatures, chats
    (kind `structure`), also where a page break splits the position from the name."""

    detector_kind = DetectorKind.STRUCTURE

    def __init__(self, spec: RecognizerSpec, lexicon: Lexicon):
        super().__init__(spec, lexicon)
        self.finder = StructureFinder(lexicon)

    def spans(self, text: str) -> list[Span]:
        return [Span(s.start, s.end, self.spec.score, s.why) for s in self.finder.spans(text)]

    def document_pass(self, document: Document, findings: list[Finding]) -> list[Finding]:
        return across_page_breaks(self.finder, document, self.spec.name, self.spec.entity, self.spec.score)
