"""Cost and yield of the dossier's duplicate and thread steps (redact/dossier/).

    python bench/bench_duplicates.py [--documents 2000] [--copies 0.2]

Builds DOCUMENTS synthetic texts of 60-600 words drawn at random from the vocabulary of the sample
texts (samples/documents/*.txt), so that they share words but hardly any three in a row; a share
COPIES of them gets a copy with one word changed (a near-duplicate) and an exact copy in other case
and layout.
Then prints:
  - the fingerprint's time per document (in the workers: fingerprint.fingerprint);
  - the reduce step's time over all fingerprints (copy_groups: exact hashes, MinHashLSH, checks) and
    the thread step's (find_threads);
  - how many planted copies were found (exact, near) and how many other pairs were joined.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from redact.dossier.duplicates import copy_groups  # noqa: E402
from redact.dossier.fingerprint import fingerprint  # noqa: E402
from redact.dossier.threads import find_threads  # noqa: E402
from redact.model import Document, Page  # noqa: E402
from redact.rules import load_rules  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--copies", type=float, default=0.2)
    args = parser.parse_args()
    settings = load_rules(REPO / "rules").policy.duplicates
    rng = random.Random(7)
    samples = [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples" / "documents").glob("*.txt"))]
    texts: dict[str, str] = {}
    planted: dict[str, tuple[str, bool]] = {}  # copy -> (original, exact)
    vocabulary = [w for text in samples for w in text.split()]  # with their frequencies
    for i in range(args.documents):
        name = f"d{i:05d}"
        words = [rng.choice(vocabulary) for _ in range(rng.randint(60, 600))]
        texts[name] = "\n".join(" ".join(words[k:k + 12]) for k in range(0, len(words), 12))
        if rng.random() < args.copies:
            words = texts[name].split(" ")
            j = rng.randrange(len(words) // 2, len(words))
            words[j] = "gewijzigd"
            texts[name + "-near"] = " ".join(words)
            texts[name + "-exact"] = texts[name].upper().replace("\n", "\n\n")
            planted[name + "-near"] = (name, False)
            planted[name + "-exact"] = (name, True)
    start = time.perf_counter()
    fps = {n: fingerprint(Document(source=n, relpath=n, kind="txt", pages=(Page(1, t),)), settings)
           for n, t in texts.items()}
    made = time.perf_counter() - start
    start = time.perf_counter()
    groups = copy_groups(fps, settings)
    grouped = time.perf_counter() - start
    start = time.perf_counter()
    threads = find_threads(fps)
    threaded = time.perf_counter() - start
    group_of = {r: tuple(g) for g in groups for r in g}
    found = {kind: sum(1 for c, (o, exact) in planted.items() if exact is kind and group_of.get(c) and o in group_of[c])
             for kind in (True, False)}
    near_words = sorted(fps[c].words for c, (_, exact) in planted.items() if not exact)
    joined = sum(len(g) - 1 for g in groups) - found[True] - found[False]
    print(f"documenten: {len(texts)} (waarvan {len(planted)} geplante kopieën), rules: near_threshold "
          f"{settings.near_threshold}, shingle_words {settings.shingle_words}, permutations {settings.permutations}")
    print(f"vingerafdruk: {1000 * made / len(texts):.2f} ms per document")
    print(f"groepen (reduce): {grouped:.2f} s voor {len(texts)} documenten; e-mailwisselingen: {threaded:.3f} s")
    print(f"gevonden: exact {found[True]}/{len(planted) // 2}, nagenoeg {found[False]}/{len(planted) // 2} "
          f"(woorden van de bijna-kopieën: {near_words[0] if near_words else 0}-{near_words[-1] if near_words else 0}); "
          f"andere samengevoegd: {joined}; groepen: {len(groups)}; wisselingen: {len(threads)}")


if __name__ == "__main__":
    main()
