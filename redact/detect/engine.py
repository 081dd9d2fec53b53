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
from ..model import DetectorKind, Document, Finding, Page
from ..readings import Reading, across, page_readings, spans
from ..rules import RuleSet
from .recognizers import LANGUAGE
from .registry import build_recognizer
from .spacyload import load as load_saved
from .spaced import SpacedNames, SpacedReader

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
        return load_saved(path)
    if model_dir is not None:
        raise FileNotFoundError(f"{model_dir}: spaCy pipeline not found")
    return spacy.blank(LANGUAGE)


# How a finding of another reading is explained in review.
_NOTES = {"normalised": "gevonden na normalisatie (onzichtbare of brede tekens)",
          "geometric": "gevonden in de leesvolgorde op de pagina (tekens op volgorde van plaats)",
          "joined": "gevonden over een regeleinde naast de @",
          "spaced": "gelezen als woord: letters met spaties ertussen"}


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
        self.spaced = SpacedReader.from_rules(rules, lexicon)
        self.spaced_names = SpacedNames(lexicon, self.spaced.settings) if self.spaced else None
        # Recognizers that also look across pages (names revealed by an e-mail address).
        self.document_passes = [r for r in recognizers if hasattr(r, "document_pass")]
        # Recognizers that read OCR text through its confusions (ocr_numbers.py): OCR pages only.
        self.ocr_passes = [r for r in recognizers if hasattr(r, "ocr_pass")]
        ner_score = next((s.score for s in rules.recognizers if s.kind == "spacy_ner"), 0.85)
        # What the other readings are searched for: everything but the language model's names.
        self.pattern_entities = sorted({e for r in recognizers for e in r.supported_entities} - {"PERSON"})
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=LoadedSpacyNlpEngine(self.nlp, ner_score),
                                       supported_languages=[LANGUAGE])

    def detect(self, document: Document) -> tuple[Finding, ...]:
        findings: list[Finding] = []
        # Per page: Presidio's context and duplicate passes grow quadratically with text length.
        for page in document.pages:
            if not page.text.strip():
                continue
            for r in self.analyzer.analyze(text=page.text, language=LANGUAGE):
                findings.append(self._finding(r, page, r.start, r.end))
        findings.extend(self._other_readings(document, findings))
        findings.extend(self._spaced_letters(document, findings))
        findings.extend(self._ocr_passes(document, findings))
        for recognizer in self.document_passes:
            findings.extend(recognizer.document_pass(document, findings))
        findings.sort(key=lambda f: (f.page, f.start, f.end, f.entity_type))
        return tuple(findings)

    def _finding(self, r, page: Page, start: int, end: int, note: str = "", value: str | None = None) -> Finding:
        meta = r.recognition_metadata or {}
        expl = r.analysis_explanation
        name = str(meta.get(r.RECOGNIZER_NAME_KEY, "unknown"))
        explanation = (expl.textual_explanation or expl.pattern_name or "") if expl else ""
        return Finding(
            page=page.number, start=start, end=end, text=page.text[start:end] if value is None else value,
            entity_type=r.entity_type, score=round(float(r.score), 4), detector=name,
            explanation=f"{explanation} ({note})" if note and explanation else explanation or note,
            detector_kind=self.kinds.get(name, DetectorKind.UNKNOWN),
        )

    def _ocr_passes(self, document: Document, found: list[Finding]) -> list[Finding]:
        """Values in OCR text read through the usual OCR confusions (O for 0, l for 1, ...), on
        pages whose text came from OCR only (born-digital text keeps strict matching); a value the
        strict recognizers already found is not found twice."""
        # Per page and type: each candidate is compared with its own page's spans only (one set of
        # all spans of the document made this quadratic in the document's findings).
        have: dict[tuple[int, str], set[tuple[int, int]]] = {}
        for f in found:
            have.setdefault((f.page, f.entity_type), set()).add((f.start, f.end))
        extra: list[Finding] = []
        for page in document.pages:
            if page.source != "ocr" or not page.text.strip():
                continue
            for recognizer in self.ocr_passes:
                for r in recognizer.ocr_pass(page.text):
                    spans = have.setdefault((page.number, r.entity_type), set())
                    if not any(s <= r.start and r.end <= t for s, t in spans):
                        spans.add((r.start, r.end))
                        extra.append(self._finding(r, page, r.start, r.end))
        return extra

    def _other_readings(self, document: Document, found: list[Finding]) -> list[Finding]:
        """Findings in the other readings of each page (readings.py: normalised, geometric) and
        across the cuts between plain-text pieces, mapped back to the page text. A value read in
        pieces (drawn out of order) gives one finding per piece; each finding's text is the value
        as that reading has it, so that decisions judge the whole value and the output check looks
        for it whole. Pattern recognizers only (the language model is not run again)."""
        pages = {p.number: p for p in document.pages}
        readings: list[tuple[Reading, str]] = []
        for page in document.pages:
            if page.text.strip():
                readings.extend((r, _NOTES[kind]) for kind, r in page_readings(page))
        for before, after in zip(document.pages, document.pages[1:]):
            if not before.boxes and before.offset + len(before.text) == after.offset:
                readings.append((across(before, after), "gevonden over de grens van een tekstdeel"))
        return self._found_in([(r, note, None) for r, note in readings], self.pattern_entities, pages, found)

    def _spaced_letters(self, document: Document, found: list[Finding]) -> list[Finding]:
        """Names in letter-spaced text ("E. S T A A L"), read by the lexicon's name detectors on each page's
        spaced reading (detect/spaced.py) and kept where SpacedNames accepts them; each maps back to the whole
        run of letters. The language model is not run again (its names of the page as read are found)."""
        if self.spaced is None:
            return []
        pages = {p.number: p for p in document.pages}
        readings = []
        for page in document.pages:
            spaced = self.spaced.read(page)
            if spaced is not None:
                readings.append((spaced.reading, _NOTES["spaced"],
                                 lambda r, spaced=spaced: self.spaced_names.accepts(spaced, r.start, r.end)))
        return self._found_in(readings, ["PERSON"], pages, found) if readings else []

    def _found_in(self, readings, entities: list[str], pages: dict[int, Page], found: list[Finding]) -> list[Finding]:
        """What the recognizers of `entities` find in each (reading, note, accept) and `accept` (when given)
        takes, as findings on the pages' texts, each with the value as the reading has it; a stretch a finding of
        the same type already covers is not found twice."""
        have: dict[tuple[int, str], list[tuple[int, int]]] = {}
        for f in found:
            have.setdefault((f.page, f.entity_type), []).append((f.start, f.end))
        extra: list[Finding] = []
        for reading, note, accept in readings:
            if not reading.text.strip():
                continue
            artifacts = self.analyzer.nlp_engine._doc_to_nlp_artifact(self.nlp.make_doc(reading.text), LANGUAGE)
            for r in self.analyzer.analyze(text=reading.text, language=LANGUAGE, entities=entities,
                                           nlp_artifacts=artifacts):
                if accept is not None and not accept(r):
                    continue
                value = reading.text[r.start:r.end]
                for number, start, end in spans(reading, r.start, r.end, pages):
                    known = have.setdefault((number, r.entity_type), [])
                    if any(s <= start and end <= e for s, e in known):
                        continue  # the text as read already has it (or a longer stretch)
                    known.append((start, end))
                    extra.append(self._finding(r, pages[number], start, end, note, value))
        return extra
