"""The detection engine: Presidio's AnalyzerEngine over a local Dutch spaCy pipeline.

Built once per worker process. It never touches the network: the spaCy pipeline is loaded from
a folder (or is a blank Dutch one), Presidio gets an explicit registry (a bare AnalyzerEngine()
would load and download English defaults), and no recognizer that looks up domain lists is used.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

from ..lexicon import Lexicon
from ..model import DetectorKind, Document, Finding
from ..rules import RuleSet
from .recognizers import LANGUAGE
from .registry import build_recognizer

DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "nl_woo"


class LoadedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine around a pipeline that is already loaded (no download step)."""

    def __init__(self, nlp: spacy.language.Language, score: float = 0.85):
        config = NerModelConfiguration(
            default_score=score,  # the model's score for every entity (Presidio does not use ner_strength)
            model_to_presidio_entity_mapping={"PER": "PERSON", "PERSON": "PERSON", "LOC": "LOCATION",
                                              "ORG": "ORGANIZATION"},
            labels_to_ignore=["LOC", "ORG", "MISC", "LOCATION", "ORGANIZATION"],
        )
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": str(nlp.path or "blank:nl")}],
                         ner_model_configuration=config)
        self.nlp = {LANGUAGE: nlp}

    def load(self) -> None:  # already loaded in __init__
        pass

    def _doc_to_nlp_artifact(self, doc, language):
        # One pass over the tokens (each pass creates Token objects: it shows in profiles), and
        # the lower-cased token where the pipeline has no lemma, so that context words match.
        lemmas, indices = [], []
        for token in doc:
            lemmas.append(token.lemma_ or token.lower_)
            indices.append(token.idx)
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=indices, lemmas=lemmas,
                            nlp_engine=self, language=language, scores=scores)


def load_pipeline(model_dir: Path | None) -> spacy.language.Language:
    """The shipped pipeline when present, else a blank Dutch tokenizer."""
    path = model_dir if model_dir is not None else DEFAULT_MODEL_DIR
    if (path / "meta.json").exists():
        return spacy.load(path)
    if model_dir is not None:
        raise FileNotFoundError(f"{model_dir}: spaCy pipeline not found")
    return spacy.blank(LANGUAGE)


class DetectionEngine:
    """Runs every recognizer of a rule set over each page of a Document."""

    def __init__(self, rules: RuleSet, model_dir: Path | None = None, lexicon: Lexicon | None = None):
        self.rules = rules
        self.nlp = load_pipeline(model_dir)
        lexicon = lexicon or Lexicon.from_rules(rules)
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        recognizers = [build_recognizer(spec, lexicon, rules) for spec in rules.recognizers]
        for recognizer in recognizers:
            registry.add_recognizer(recognizer)
        self.kinds = {r.name: r.detector_kind for r in recognizers}  # what decisions read, not the name
        # Recognizers that also look across pages (names revealed by an e-mail address).
        self.document_passes = [r for r in recognizers if hasattr(r, "document_pass")]
        ner_score = next((s.score for s in rules.recognizers if s.kind == "spacy_ner"), 0.85)
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=LoadedSpacyNlpEngine(self.nlp, ner_score),
                                       supported_languages=[LANGUAGE])

    def detect(self, document: Document) -> tuple[Finding, ...]:
        findings: list[Finding] = []
        # Per page: Presidio's context and duplicate passes grow quadratically with text length.
        for page in document.pages:
            if not page.text.strip():
                continue
            for r in self.analyzer.analyze(text=page.text, language=LANGUAGE):
                meta = r.recognition_metadata or {}
                expl = r.analysis_explanation
                name = str(meta.get(r.RECOGNIZER_NAME_KEY, "unknown"))
                findings.append(Finding(
                    page=page.number, start=r.start, end=r.end, text=page.text[r.start:r.end],
                    entity_type=r.entity_type, score=round(float(r.score), 4), detector=name,
                    explanation=(expl.textual_explanation or expl.pattern_name or "") if expl else "",
                    detector_kind=self.kinds.get(name, DetectorKind.UNKNOWN),
                ))
        for recognizer in self.document_passes:
            findings.extend(recognizer.document_pass(document, findings))
        findings.sort(key=lambda f: (f.page, f.start, f.end, f.entity_type))
        return tuple(findings)
