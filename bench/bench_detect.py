"""Where the CPU of the detection layer goes: per recognizer, per pattern, and Presidio's own passes.

    python bench/bench_detect.py [--pages 200] [--docs 20] [--samples] [--repeat 1]

Reads bench_run.py's dossier (text PDFs; with --samples also samples/documents), builds the
DetectionEngine once, then runs `detect` over every document with each recognizer's `analyze`,
the spaCy call, Presidio's context pass and its duplicate pass timed (time.process_time around
each call). Then times each pattern's regex alone (`finditer` over every page text and reading).
Prints CPU seconds; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_run import build_dossier  # noqa: E402


def _timed(table: dict, label: str, func):
    def timed(*a, **k):
        start = time.process_time()
        try:
            return func(*a, **k)
        finally:
            table[label][0] += time.process_time() - start
            table[label][1] += 1
    return timed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--samples", action="store_true", help="also samples/documents")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()

    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, PatternRecognizer

    from redact.detect.engine import DetectionEngine
    from redact.ingest import read_document
    from redact.rules import load_rules

    rules = load_rules()
    engine = DetectionEngine(rules)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_dossier(folder, args.pages, args.docs)
        sources = sorted(folder.glob("*.pdf"))
        if args.samples:
            sources += sorted(p for p in (ROOT / "samples" / "documents").rglob("*") if p.is_file())
        documents = []
        for path in sources:
            try:
                documents.append(read_document(path, path.name))
            except Exception:  # noqa: BLE001 - a sample the reader refuses is not timed
                pass
    pages = sum(len(d.pages) for d in documents)

    table: dict[str, list] = defaultdict(lambda: [0.0, 0])
    for recognizer in engine.analyzer.registry.recognizers:
        recognizer.analyze = _timed(table, f"recognizer {recognizer.name}", recognizer.analyze)
    engine.nlp  # loads the model before anything is timed
    engine.analyzer.nlp_engine.process_text = _timed(table, "spaCy + artifacts (process_text)",
                                                     engine.analyzer.nlp_engine.process_text)
    enhancer = engine.analyzer.context_aware_enhancer
    enhancer.enhance_using_context = _timed(table, "context pass (enhance_using_context)",
                                            enhancer.enhance_using_context)
    dup = EntityRecognizer.remove_duplicates
    EntityRecognizer.remove_duplicates = staticmethod(_timed(table, "remove_duplicates (all)", dup))
    analyze = AnalyzerEngine.analyze
    AnalyzerEngine.analyze = _timed(table, "Presidio analyze (all)", analyze)
    other = DetectionEngine._other_readings
    DetectionEngine._other_readings = _timed(table, "other readings (all)", other)
    texts: list[str] = []

    start = time.process_time()
    for _ in range(args.repeat):
        for document in documents:
            engine.detect(document)
    total = time.process_time() - start
    AnalyzerEngine.analyze, DetectionEngine._other_readings, EntityRecognizer.remove_duplicates = analyze, other, dup

    print(f"{len(documents)} documents, {pages} pages, detect x{args.repeat}: {total:.2f} CPU-s")
    for label, (cpu, calls) in sorted(table.items(), key=lambda kv: -kv[1][0]):
        print(f"  {label:48s} {cpu:6.3f} s  {calls:6d} calls")

    # Each pattern's regex alone, over the page texts (as the first analyze call sees them).
    from redact.readings import page_readings
    for document in documents:
        for page in document.pages:
            if page.text.strip():
                texts.append(page.text)
                texts.extend(r.text for _kind, r in page_readings(page))
    print(f"patterns alone over {len(texts)} texts (page texts and their other readings):")
    rows = []
    for recognizer in engine.analyzer.registry.recognizers:
        for pattern in recognizer.patterns if isinstance(recognizer, PatternRecognizer) else ():
            compiled = pattern.compiled_regex
            if compiled is None:
                continue
            start = time.process_time()
            found = 0
            for _ in range(args.repeat):
                for text in texts:
                    found += sum(1 for _m in compiled.finditer(text))
            rows.append((time.process_time() - start, recognizer.name, pattern.name, found))
    for cpu, rname, pname, found in sorted(rows, reverse=True):
        print(f"  {rname + ' / ' + pname:48s} {cpu:6.3f} s  {found:6d} matches")


if __name__ == "__main__":
    main()
