"""Cost of the special-categories detector (5.1.1d): detection time with and without it.

    nice python bench/bench_special.py              # samples/documents, 5 rounds, text and PDF
    python bench/bench_special.py --rounds 3

Two detection engines from the same rules, one with `--special-categories off` (the detector is not built), run
over the same documents read once (reading, deciding and rendering are left out: this is detection time only),
alternating per round so that load on the machine falls on both alike. Reported for the documents without
special-category passages (samples 01-14 and 18, what the issue's 20 % budget is about) and for all of them;
also the detector's own pass timed alone, which machine load disturbs less than the difference of two totals.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redact.decide.special import with_mode  # noqa: E402
from redact.detect.engine import DetectionEngine  # noqa: E402
from redact.ingest import read_document  # noqa: E402
from redact.lexicon import Lexicon  # noqa: E402
from redact.rules import load_rules  # noqa: E402

WITH_PASSAGES = ("15-", "16-", "17-")  # the samples that have special-category passages


def timed(engine: DetectionEngine, documents) -> float:
    start = time.perf_counter()
    for document in documents:
        engine.detect(document)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--folder", type=Path, default=ROOT / "samples" / "documents")
    args = parser.parse_args()
    rules = load_rules()
    lexicon = Lexicon.from_rules(rules)
    files = sorted(p for p in args.folder.iterdir() if p.suffix in (".txt", ".pdf") and "13-scan" not in p.name)
    documents = [read_document(p, p.name, rules.policy.max_file_mb) for p in files]
    plain = [d for d in documents if not d.relpath.startswith(WITH_PASSAGES)]
    on = DetectionEngine(with_mode(rules, "redact"), None, lexicon)
    off = DetectionEngine(with_mode(rules, "off"), None, lexicon)
    words = sum(len(d.text.split()) for d in plain)
    print(f"{len(plain)} documents without passages ({words} words), {len(documents)} in all; {args.rounds} rounds")
    for name, docs in (("without passages", plain), ("all documents", documents)):
        timed(on, docs), timed(off, docs)  # warm-up: caches, lazy imports
        t_on = t_off = 0.0
        for _ in range(args.rounds):
            t_off += timed(off, docs)
            t_on += timed(on, docs)
        special = next(r for r in on.document_passes if r.name == "special_categories")
        start = time.perf_counter()
        for _ in range(args.rounds):
            for document in docs:
                special.document_pass(document, [])
        t_alone = time.perf_counter() - start
        print(f"{name:<17} without detector {t_off / args.rounds:.3f} s, with {t_on / args.rounds:.3f} s: "
              f"+{100 * (t_on - t_off) / t_off:.1f} %; the detector's own pass {t_alone / args.rounds:.3f} s "
              f"({100 * t_alone / t_off:.1f} % of detection without it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
