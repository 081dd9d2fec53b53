"""Special categories of personal data (Woo 5.1.1d; AVG art. 9 and 10): passages that state a health,
religion, ethnic origin, union, sexual orientation or criminal-law fact about an identifiable person.

Per sentence, three steps, cheapest first:
1. a category lexicon hit (rules/lists/special_*; redact/detect/special_lexicon.py), else nothing;
   (a weak word, also an everyday one, only selects the sentence; a strong one makes it at least a proposal);
2. person-relatedness: a detected name, or a pronoun, the addressee (u/uw) or a role noun
   (rules/lists/special_person_cues) in the same sentence, else it is a general statement and stays;
3. the small text classifier (models/nl_special, spaCy textcat) scores the sentence; it runs only on
   sentences that passed 1 and 2, so a dossier without such passages costs hardly anything.
The finding is the clause (or clauses) carrying the lexicon hits, not the whole paragraph. Its score is
the classifier's; decide/special.py turns a high score into a redaction and a lower one into a proposal.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

from presidio_analyzer import EntityRecognizer

from ..errors import RulesError
from ..model import DetectorKind, Document, Finding
from ..rules import RecognizerSpec, RuleSet
from .sentences import clauses, sentences
from .spacyload import load as load_saved
from .special_lexicon import CategoryLexicon, Hit, in_span

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
LABEL = "SPECIAL"  # the classifier's positive label

# Dutch names of the categories, for the explanation a reviewer reads (never the public log).
CATEGORY_NL = {
    "health_condition": "gezondheid (aandoening)", "treatment": "gezondheid (behandeling)",
    "care_institution": "gezondheid (zorginstelling)", "medication": "gezondheid (medicatie)",
    "sick_leave": "gezondheid (verzuim)", "disability": "gezondheid (beperking)", "religion": "godsdienst",
    "ethnic_origin": "etnische afkomst", "union": "vakbondslidmaatschap",
    "sexual_orientation": "seksuele geaardheid", "criminal": "strafrechtelijk",
}


# A possessive right after an organisation's acronym is the organisation's, no person's (ninth session):
# "Jaarlijks huldigt de bond ABVO haar jubilarissen" (the cue "haar" then names no one)
_ORGANISATION_OWNS = re.compile(r"(?<![\w-])[A-Z]{2,}[ \t]+\Z")


def _phrases(entries) -> re.Pattern[str] | None:
    words = sorted({e.strip().lower() for e in entries if e.strip()}, key=lambda e: (-len(e), e))
    if not words:
        return None
    return re.compile("|".join(r"(?<![\w-])" + re.escape(w).replace(r"\ ", r"\s+") + r"(?![\w-])" for w in words),
                      re.IGNORECASE)


def classifier_path(name: str | None) -> Path | None:
    """The folder of the textcat pipeline a rule names, when it is there (without it every
    candidate gets the rule's own score)."""
    if not name:
        return None
    path = Path(name) if Path(name).is_absolute() else MODELS_DIR / name
    return path if (path / "meta.json").exists() else None


class SpecialCategoryRecognizer(EntityRecognizer):
    """Kind `special_categories`: works in the document pass, where the names of the page are known."""

    detector_kind = DetectorKind.SPECIAL

    def __init__(self, spec: RecognizerSpec, rules: RuleSet):
        self.spec = spec
        options = spec.options
        categories = {str(c): rules.list_items(lists) for c, lists in (options.get("categories") or {}).items()}
        self.lexicon = CategoryLexicon(categories)
        self.entities = {str(c): str(e) for c, e in (options.get("entities") or {}).items()}
        self.cues = _phrases(rules.list_items(options.get("person_cues") or ()))
        self.propose_score = float(options.get("propose_score", 0.3))
        # A strong category word with a person: at least a proposal, whatever the classifier says.
        self.strong_floor = float(options.get("strong_hit_score", self.propose_score))
        self.floor_from = float(options.get("strong_hit_min_model", 0.0))  # unless the model is sure it is general
        # Loaded on the first candidate sentence (most dossiers have few): a worker starts ~0.6 s sooner.
        self._model_path = classifier_path(options.get("model"))
        if options.get("model") and self._model_path is None and options.get("require_model", False):
            raise RulesError(f"{spec.source}: recognizer {spec.name!r}: model {options['model']!r} not found")
        super().__init__(supported_entities=sorted({spec.entity, *self.entities.values()}), name=spec.name,
                         supported_language="nl")

    def load(self) -> None:  # built in __init__
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        return []  # everything happens in document_pass, which sees the names found on the page

    def candidates(self, text: str, names: list[tuple[int, int]]) -> list[tuple[int, int, list[Hit], str]]:
        """(start, end, hits, person cue) per sentence with a category hit and a person in it."""
        out = []
        page_hits = self.lexicon.page_hits(text)
        if not page_hits:  # most pages: nothing to split or score
            return out
        starts = [h.start for h in page_hits]
        for start, end in sentences(text):
            hits = in_span(page_hits, starts, start, end)
            if not hits:
                continue
            persons = [(s, e) for s, e in names if s < end and start < e]
            if self.cues is not None:
                persons += [m.span() for m in self.cues.finditer(text, start, end)
                            if not _ORGANISATION_OWNS.search(text, max(0, m.start() - 20), m.start())]
            # "de gedetineerde" names a person, not yet a fact about one: a hit that is the person word counts not.
            hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in persons)]
            if hits and persons:
                s, e = min(persons)
                out.append((start, end, hits, text[s:e]))
        return out

    @cached_property
    def classifier(self):
        return load_saved(self._model_path) if self._model_path is not None else None

    def scores(self, texts: list[str]) -> list[float]:
        if self.classifier is None:
            return [self.spec.score] * len(texts)
        return [doc.cats.get(LABEL, 0.0) for doc in self.classifier.pipe(texts, batch_size=64)]

    def document_pass(self, document: Document, findings: list[Finding]) -> list[Finding]:
        found: list[tuple[int, str, int, int, list[Hit], str]] = []
        for page in document.pages:
            names = [(f.start, f.end) for f in findings if f.page == page.number and f.entity_type == "PERSON"]
            found.extend((page.number, page.text, *c) for c in self.candidates(page.text, names))
        if not found:
            return []
        scores = self.scores([" ".join(text[s:e].split()) for _, text, s, e, _, _ in found])
        out = []
        for (number, text, s, e, hits, cue), score in zip(found, scores):
            if score >= self.floor_from and any(not h.weak for h in hits):
                score = max(score, self.strong_floor)
            if score < self.propose_score:
                continue
            start, end = self.span(text, s, e, hits)
            category = self.category(hits)
            out.append(Finding(
                page=number, start=start, end=end, text=text[start:end],
                entity_type=self.entities.get(category, self.spec.entity), score=round(score, 4),
                detector=self.name, detector_kind=DetectorKind.SPECIAL,
                explanation=f"{CATEGORY_NL.get(category, category)}: '{hits[0].term}', persoon: '{cue}', "
                            f"model {score:.2f}"))
        return out

    @staticmethod
    def span(text: str, start: int, end: int, hits: list[Hit]) -> tuple[int, int]:
        """The clauses of the sentence that carry a hit: from the first such clause to the last."""
        parts = [c for c in clauses(text, start, end) if any(c[0] <= h.start < c[1] for h in hits)]
        return (parts[0][0], parts[-1][1]) if parts else (start, end)

    def category(self, hits: list[Hit]) -> str:
        """A special category (art. 9) before criminal-law data (art. 10) when both occur: absolute first."""
        counts: dict[str, int] = {}
        for h in hits:
            counts[h.category] = counts.get(h.category, 0) + 1
        ordinary = [c for c in counts if c not in self.entities]
        pool = ordinary or list(counts)
        return max(pool, key=lambda c: (counts[c], -list(counts).index(c)))
