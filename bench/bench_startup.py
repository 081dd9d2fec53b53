"""Start-up of one worker, in parts: imports, rules, lists (lexicon), recognizers, model.

    python bench/bench_startup.py [--repeat 3]

Each repeat is a fresh `python` process that imports and builds what a worker builds before its
first document (flows.common.FlowContext.pipeline), timing each part with time.process_time (CPU,
so a loaded machine does not inflate it) and the wall clock. Prints the median per part and the
whole process (interpreter included, from the parent's rusage), each next to issue 14's target of
1.5 s, and whether woo-redact's bytecode was there (without it every process compiles its ~110
modules: install.sh writes it). The garbage collector is set after the imports as the console script
sets it (cli.entry); `--library-gc` leaves it as Python sets it (a Dask worker). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys

CHILD = r'''
import json, time
parts = []
def mark(label, c0, w0):
    parts.append((label, time.process_time() - c0, time.perf_counter() - w0))
    return time.process_time(), time.perf_counter()
c, w = time.process_time(), time.perf_counter()
import redact  # first, as in a worker (it makes some packages lazy: redact/lazyimport.py)
c, w = mark("import redact (the package)", c, w)
import pymupdf
c, w = mark("import pymupdf", c, w)
import spacy
c, w = mark("import spacy", c, w)
import presidio_analyzer
c, w = mark("import presidio_analyzer", c, w)
from redact.flows.run import run
from redact.flows.common import Options, rules_for
c, w = mark("import redact (the rest)", c, w)
if BATCH_GC:  # as the console script sets it before a command runs (cli.entry: cli.batch_gc)
    from redact.cli import batch_gc
    batch_gc()
rules = rules_for(Options())
c, w = mark("rules (YAML)", c, w)
from redact.lexicon import Lexicon
lexicon = Lexicon.from_rules(rules)
c, w = mark("lists (lexicon)", c, w)
from redact.detect.engine import load_pipeline, DetectionEngine
nlp = load_pipeline(None)
c, w = mark("spaCy model (load)", c, w)
import redact.detect.engine as engine
engine.load_pipeline = lambda _d: nlp
DetectionEngine(rules, None, lexicon)
c, w = mark("recognizers + analyzer", c, w)
from redact.pipeline import Pipeline
import redact.pipeline as pipeline
pipeline.Lexicon.from_rules = staticmethod(lambda _r: lexicon)
Pipeline(rules, None)
c, w = mark("pipeline (decider; lists and model reused)", c, w)
import importlib.util, os, sys
ours = [m.__file__ for n, m in list(sys.modules.items())
        if n.split(".")[0] == "redact" and (getattr(m, "__file__", None) or "").endswith(".py")]
missing = sum(not os.path.exists(importlib.util.cache_from_source(f)) for f in ours)
print(json.dumps({"parts": parts, "modules": len(ours), "uncompiled": missing}))
'''


def one(batch_gc: bool) -> tuple[dict, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = CHILD.replace("BATCH_GC", str(batch_gc))
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    whole = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return json.loads(out.strip().splitlines()[-1]), whole


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--library-gc", action="store_true",
                    help="leave Python's garbage collector as it is (a process that imports woo-redact as a "
                         "library: a Dask worker); by default it is set as the console script sets it")
    args = ap.parse_args()
    runs = [one(not args.library_gc) for _ in range(args.repeat)]
    labels = [p[0] for p in runs[0][0]["parts"]]
    print(f"start-up of one worker, median of {args.repeat} fresh processes; garbage collector "
          f"{'as Python sets it' if args.library_gc else 'as the console script sets it (cli.batch_gc)'}")
    print(f"  {'part':<44} {'CPU-s':>7} {'wall s':>7}")
    total_cpu = total_wall = 0.0
    for i, label in enumerate(labels):
        cpu = statistics.median(r[0]["parts"][i][1] for r in runs)
        wall = statistics.median(r[0]["parts"][i][2] for r in runs)
        total_cpu, total_wall = total_cpu + cpu, total_wall + wall
        print(f"  {label:<44} {cpu:7.2f} {wall:7.2f}")
    whole = statistics.median(r[1] for r in runs)
    print(f"  {'in the process, all parts':<44} {total_cpu:7.2f} {total_wall:7.2f}   {_verdict(total_cpu)}")
    print(f"  {'whole process, interpreter included (CPU)':<44} {whole:7.2f} {'':>7}   {_verdict(whole)}")
    uncompiled, modules = runs[-1][0]["uncompiled"], runs[-1][0]["modules"]
    if uncompiled:
        print(f"note: {uncompiled} of woo-redact's {modules} modules have no bytecode, so each process compiled "
              "them (PYTHONDONTWRITEBYTECODE with an editable install); install.sh writes it "
              "(python -m compileall redact)")
    print(f"issue 14's figure: start-up of one worker {total_cpu:.2f} CPU-s, target <= {TARGET} s "
          f"({'met' if total_cpu <= TARGET else f'{total_cpu - TARGET:.2f} s over'}); the wall clock says "
          "little on a shared machine, so the figure is CPU time")


TARGET = 1.5  # issue 14: start-up of one worker (imports, model, lists), seconds


def _verdict(cpu: float) -> str:
    return f"(target <= {TARGET} s: {'met' if cpu <= TARGET else 'not met'})"


if __name__ == "__main__":
    main()
