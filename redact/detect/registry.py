"""The recognizer registry: the `kind` of a rule in `rules/recognizers/*.yaml` -> its class.

One loader, as in Presidio: the classes (detect/recognizers.py) do not import it back, and the
kind names a rule may use are listed apart (detect/kinds.py) so that rules.py can check them
without loading the classes.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from ..errors import RulesError
from ..lexicon import Lexicon
from ..rules import RecognizerSpec, RuleSet
from .recognizers import (LexiconRecognizer, NameRecognizer, NerRecognizer, PhoneRecognizer, RulePatternRecognizer,
                          StructureRecognizer)
from .ocr_numbers import OcrNumberRecognizer
from .special import SpecialCategoryRecognizer

RECOGNIZERS: dict[str, type[EntityRecognizer]] = {
    "pattern": RulePatternRecognizer,
    "phone": PhoneRecognizer,
    "spacy_ner": NerRecognizer,
    "names": NameRecognizer,
    "structure": StructureRecognizer,
    "special_categories": SpecialCategoryRecognizer,
    "ocr_numbers": OcrNumberRecognizer,  # OCR pages only: the engine calls its ocr_pass
}


def build_recognizer(spec: RecognizerSpec, lexicon: Lexicon, rules: RuleSet | None = None) -> EntityRecognizer:
    """The recognizer a rule declares; those that look names up get the rule set's lexicon, the
    special-categories detector the rule set (its category lists)."""
    cls = RECOGNIZERS.get(spec.kind)
    if cls is None:
        raise RulesError(f"{spec.source}: recognizer {spec.name!r}: unknown kind {spec.kind!r}")
    if cls is SpecialCategoryRecognizer:
        if rules is None:
            raise RulesError(f"{spec.source}: recognizer {spec.name!r}: needs the rule set")
        return cls(spec, rules)
    return cls(spec, lexicon) if issubclass(cls, LexiconRecognizer) else cls(spec)
