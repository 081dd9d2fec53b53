"""Speed of name detection: words per second on one core, with and without the name detectors.

    nice python bench/bench_names.py            # about 60,000 words: samples/ and bench/heldout/ repeated
    python bench/bench_names.py --words 20000

Prints, for the shipped model (models/nl_woo) and for a blank pipeline:
- detection of all recognizers, and of all but the three name detectors (rules/recognizers/names.yaml);
- the name stage alone: the name patterns, the structure finder and e-mail linking over the same text;
- deciding (roles, short forms, overlaps) for the name findings;
and how long loading the model takes. Run it on an idle machine for figures worth quoting.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from redact.decide.policy import Decider  # noqa: E402
from redact.detect.engine import DetectionEngine  # noqa: E402
from redact.detect.names import NamePatterns, link_email_names  # noqa: E402
from redact.detect.structure import StructureFinder  # noqa: E402
from redact.ingest.text import split_pages  # noqa: E402
from redact.lexicon import Lexicon  # noqa: E402
from redact.model import Document  # noqa: E402
from redact.rules import load_rules  # noqa: E402

MARKUP = re.compile(r"\[\[|\]\]|\{\{|\}\}")


def corpus(words: int) -> Document:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "documents").glob("*.txt"))]
    texts += [MARKUP.sub("", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "bench" / "heldout").glob("*.txt"))]
    base = "\n\n".join(texts)
    n = max(1, words // len(base.split()) + 1)
    text = "\n\n".join([base] * n)
    return Document(source="bench", relpath="bench.txt", kind="txt", pages=split_pages(text))


def rate(label: str, words: int, seconds: float) -> None:
    print(f"  {label:46} {words / seconds:10,.0f} words/s  ({seconds:.2f} s)")


def timed(fn):
    t0 = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=60000)
    args = ap.parse_args()
    rules = load_rules()
    without = replace(rules, recognizers=tuple(s for s in rules.recognizers if not s.source.endswith("names.yaml")))
    document = corpus(args.words)
    words = len(document.text.split())
    print(f"corpus: {words:,} words in {len(document.pages)} pages")

    _, load = timed(lambda: spacy.load(ROOT / "models" / "nl_woo"))
    print(f"model load (models/nl_woo): {load:.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        blank = Path(tmp) / "blank"
        spacy.blank("nl").to_disk(blank)
        for label, model in (("models/nl_woo", None), ("blank pipeline", blank)):
            print(f"\n{label}:")
            engine, built = timed(lambda: DetectionEngine(rules, model))
            print(f"  engine built in {built:.2f} s")
            engine.detect(corpus(500))  # warm up
            findings, seconds = timed(lambda: engine.detect(document))
            rate("detection, all recognizers", words, seconds)
            base_engine = DetectionEngine(without, model)
            _, base = timed(lambda: base_engine.detect(document))
            rate("detection without the name detectors", words, base)
            decider = Decider(rules)
            _, dec = timed(lambda: decider.decide(document, findings))
            rate("deciding (roles, short forms, overlaps)", words, dec)

    # A dossier: every document of samples/ and bench/heldout/ 20 times, names carried between them.
    from redact.decide.propagate import propagate_dossier
    from redact.pipeline import Analysis

    docs = [Document(source=p.name, relpath=f"{i}/{p.name}", kind="txt",
                     pages=split_pages(MARKUP.sub("", p.read_text(encoding="utf-8"))))
            for i in range(20) for p in sorted([*(ROOT / "samples" / "documents").glob("*.txt"), *(ROOT / "bench" / "heldout").glob("*.txt")])]
    with tempfile.TemporaryDirectory() as tmp:
        spacy.blank("nl").to_disk(Path(tmp) / "blank")
        engine = DetectionEngine(rules, Path(tmp) / "blank")
        decider = Decider(rules)
        analyses = []
        for d in docs:
            f = engine.detect(d)
            analyses.append(Analysis(d, f, decider.decide(d, f)))
    dossier_words = sum(len(d.text.split()) for d in docs)
    _, s0 = timed(lambda: propagate_dossier(analyses, rules))
    print(f"\ndossier propagation: {len(docs)} documents, {dossier_words:,} words")
    rate("propagate_dossier", dossier_words, s0)

    lex = Lexicon.from_rules(rules)
    patterns, finder = NamePatterns(lex), StructureFinder(lex)
    print("\nname stage alone (no Presidio, no model):")
    _, s1 = timed(lambda: [patterns.spans(p.text) for p in document.pages])
    rate("name patterns", words, s1)
    _, s2 = timed(lambda: [finder.spans(p.text) for p in document.pages])
    rate("structure finder", words, s2)
    _, s3 = timed(lambda: link_email_names(document, lex, "bench", 0.85))
    rate("e-mail linking", words, s3)
    rate("all three", words, s1 + s2 + s3)


if __name__ == "__main__":
    main()
