"""PER scores of name models alone on the hand-annotated slice of real documents (bench/ner_slice/).

    python bench/eval_ner_slice.py                               # models/nl_woo
    python bench/eval_ner_slice.py models/nl_woo training/output-v4/model-best   # side by side
    python bench/eval_ner_slice.py MODEL -v                      # also list misses and false alarms

The model alone: no rules, lists or decisions, only the spaCy pipeline's PER entities. Scores per model:
- entity level, exact match: P, R, F (a predicted PER span is correct when start and end equal a gold span);
- token level: recall and precision of the gold PER tokens (whitespace-split words);
- names with any overlap: gold spans of which at least one character is under a predicted PER span;
each for the whole slice and for its two parts (parliament: Tweede and Eerste Kamer; local: councils,
provinces and their committees), since the parliamentary names also occur in the Frog silver training
text (the Kamerleden of 2017-2025) and the local names do not.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLICE = ROOT / "bench" / "ner_slice" / "slice.txt"
MARK = re.compile(r"\[\[(.+?)\]\]")
PARLIAMENT = ("officielebekendmakingen.nl/h-tk", "officielebekendmakingen.nl/kst", "eerstekamer.nl", "staten-generaal.nl",
              "parlementairemonitor.nl", "tweedekamer.nl")


def load_slice(path: Path = SLICE) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(part, text, gold spans) per sentence."""
    out, part = [], "local"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# source:"):
            part = "parliament" if any(p in line for p in PARLIAMENT) else "local"
            continue
        if not line.strip() or line.startswith("#"):
            continue
        text, spans, pos = "", [], 0
        for m in MARK.finditer(line):
            text += line[pos:m.start()]
            spans.append((len(text), len(text) + len(m.group(1))))
            text += m.group(1)
            pos = m.end()
        text += line[pos:]
        out.append((part, text, spans))
    return out


def _words(text: str, spans) -> set[tuple[int, int]]:
    ws = set()
    for s, e in spans:
        for m in re.finditer(r"\S+", text[s:e]):
            ws.add((s + m.start(), s + m.end()))
    return ws


def score(rows, preds) -> dict[str, float]:
    tp = fp = fn = 0
    gt = pt = ct_r = ct_p = 0
    overlap = 0
    for (_, text, gold), pred in zip(rows, preds):
        g, p = set(gold), set(pred)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
        gw, pw = _words(text, gold), _words(text, pred)
        covered = {i for s, e in pred for i in range(s, e)}
        gold_chars = {i for s, e in gold for i in range(s, e)}
        gt += len(gw)
        pt += len(pw)
        ct_r += sum(1 for s, e in gw if any(i in covered for i in range(s, e)))
        ct_p += sum(1 for s, e in pw if any(i in gold_chars for i in range(s, e)))
        overlap += sum(1 for s, e in gold if any(i in covered for i in range(s, e)))
    P = tp / (tp + fp) if tp + fp else 0.0
    R = tp / (tp + fn) if tp + fn else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return {"gold": tp + fn, "pred": tp + fp, "P": P, "R": R, "F": F,
            "tok_R": ct_r / gt if gt else 0.0, "tok_P": ct_p / pt if pt else 0.0,
            "overlap": overlap / (tp + fn) if tp + fn else 0.0}


def predict(model: str, rows) -> list[list[tuple[int, int]]]:
    import spacy

    nlp = spacy.load(model)
    return [[(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
            for doc in nlp.pipe((t for _, t, _ in rows), batch_size=64)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="*", default=[str(ROOT / "models" / "nl_woo")])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    rows = load_slice()
    parts = {"all": list(range(len(rows)))}
    for name in ("parliament", "local"):
        parts[name] = [i for i, r in enumerate(rows) if r[0] == name]
    print(f"slice: {len(rows)} sentences, {sum(len(r[2]) for r in rows)} PER "
          f"(parliament {sum(len(rows[i][2]) for i in parts['parliament'])}, "
          f"local {sum(len(rows[i][2]) for i in parts['local'])})")
    print(f"  {'model':40} {'part':11} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F':>6} {'tokR':>6} {'tokP':>6} {'any':>6}")
    for model in args.models:
        preds = predict(model, rows)
        label = str(Path(model).resolve().relative_to(ROOT)) if Path(model).resolve().is_relative_to(ROOT) else model
        for part, idx in parts.items():
            s = score([rows[i] for i in idx], [preds[i] for i in idx])
            print(f"  {label:40} {part:11} {s['gold']:5d} {s['pred']:5d} {s['P']:6.3f} {s['R']:6.3f} {s['F']:6.3f} "
                  f"{s['tok_R']:6.3f} {s['tok_P']:6.3f} {s['overlap']:6.3f}")
        if args.verbose:
            for (_, text, gold), pred in zip(rows, preds):
                miss = [text[s:e] for s, e in gold if (s, e) not in pred]
                extra = [text[s:e] for s, e in pred if (s, e) not in gold]
                if miss or extra:
                    print(f"    miss {miss} extra {extra} :: {text[:90]}")


if __name__ == "__main__":
    sys.exit(main())
