"""Speed and load time of name models, side by side (issue 18): the spaCy pipeline alone, one core.

    nice python bench/bench_model.py                                   # models/nl_woo
    nice python bench/bench_model.py models/nl_woo training/output-v4/model-best

For each model, in a fresh Python process with OMP/BLAS single-threaded:
- load time: `spacy.load` wall and CPU seconds (after `import spacy`);
- speed: `nlp.pipe` over paragraphs of WikiANN nl test text (10 sentences a paragraph, as the model card
  measured it), words per second of wall time and per CPU second (the per-core figure);
- size on disk.
Run it when the machine is quiet for figures worth quoting; CPU time is less sensitive to other load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time
t0, c0 = time.perf_counter(), time.process_time()
import spacy
t1, c1 = time.perf_counter(), time.process_time()
nlp = spacy.load(sys.argv[1])
t2, c2 = time.perf_counter(), time.process_time()
paras = json.loads(open(sys.argv[2], encoding="utf-8").read())
list(nlp.pipe(paras[:20]))  # warm up
words = sum(len(p.split()) for p in paras)
t3, c3 = time.perf_counter(), time.process_time()
for _ in nlp.pipe(paras, batch_size=256):
    pass
t4, c4 = time.perf_counter(), time.process_time()
print(json.dumps({"load_wall": t2 - t1, "load_cpu": c2 - c1, "words": words, "wall": t4 - t3, "cpu": c4 - c3}))
"""


def wikiann_paragraphs(data: Path, per: int = 10) -> list[str]:
    sents, cur = [], []
    for line in (data / "wikiann-nl" / "test").read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if cur:
                sents.append(" ".join(cur))
            cur = []
            continue
        tok = line.rpartition("\t")[0]
        cur.append(tok[3:] if tok.startswith("nl:") else tok)
    return [" ".join(sents[i:i + per]) for i in range(0, len(sents), per)]


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="*", default=[str(ROOT / "models" / "nl_woo")])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "ner-data")
    ap.add_argument("--repeat", type=int, default=2, help="runs per model; the best (lowest CPU) is printed")
    args = ap.parse_args()
    import tempfile

    paras = wikiann_paragraphs(args.data)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(paras, f)
        tmp = f.name
    print(f"text: WikiANN nl test, {len(paras)} paragraphs, {sum(len(p.split()) for p in paras):,} words")
    print(f"  {'model':40} {'size MB':>8} {'load wall':>10} {'load CPU':>9} {'words/s wall':>13} {'words/s CPU':>12}")
    try:
        for model in args.models:
            runs = []
            for _ in range(args.repeat):
                out = subprocess.run([sys.executable, "-c", CHILD, model, tmp], env=env, capture_output=True,
                                     text=True, check=True).stdout
                runs.append(json.loads(out.strip().splitlines()[-1]))
            r = min(runs, key=lambda x: x["cpu"])
            load = min(runs, key=lambda x: x["load_cpu"])
            p = Path(model).resolve()
            label = str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else model
            print(f"  {label:40} {size_mb(p):8.1f} {load['load_wall']:9.2f}s {load['load_cpu']:8.2f}s "
                  f"{r['words'] / r['wall']:13,.0f} {r['words'] / r['cpu']:12,.0f}")
    finally:
        os.unlink(tmp)


if __name__ == "__main__":
    main()
