"""Evaluate a trained pipeline: P/R/F per label on WikiANN nl test and on the hand-written held-out domain set.

Usage:
  python training/evaluate.py [MODEL_PATH] [--data DIR] [--errors] [--no-speed]

Scores are exact-match entity P/R/F (spaCy's span scorer). For the held-out domain set it also prints
PER token-level recall/precision (share of gold name tokens covered by a predicted PER entity, and vice
versa) and "any-overlap" name recall, which is closer to what redaction needs. Unless --no-speed, it
also prints load time and words/s on one thread (set OMP_NUM_THREADS=1 for a one-core figure).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import spacy  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402

LABELS = ("PER", "LOC", "ORG")


def _print_scores(title: str, scores: dict) -> None:
    print(f"\n{title}")
    print(f"  {'label':<6} {'P':>6} {'R':>6} {'F':>6}")
    per_type = scores.get("ents_per_type") or {}
    for lab in LABELS:
        s = per_type.get(lab)
        if s:
            print(f"  {lab:<6} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
    print(f"  {'all':<6} {scores['ents_p']:6.3f} {scores['ents_r']:6.3f} {scores['ents_f']:6.3f}")


def eval_wikiann(nlp, data: Path) -> dict:
    import build_corpus
    blank = spacy.blank("nl")
    gold = build_corpus.read_wikiann(blank, data / "wikiann-nl" / "test")
    examples = []
    preds = nlp.pipe((Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]) for g in gold),
                     batch_size=256)
    for pred, g in zip(preds, gold):
        examples.append(Example(pred, g))
    scores = Scorer.score_spans(examples, "ents")
    _print_scores(f"WikiANN nl test ({len(gold)} sentences, exact-match entities)", scores)
    return scores


def load_heldout(path: Path, nlp):
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = []
    for r in recs:
        doc = nlp.make_doc(r["text"])
        spans = []
        for s, e, lab in r["spans"]:
            sp = doc.char_span(s, e, label=lab, alignment_mode="strict")
            if sp is None:
                print(f"  warning: {r['id']}: span {r['text'][s:e]!r} does not align with tokens; expanded",
                      file=sys.stderr)
                sp = doc.char_span(s, e, label=lab, alignment_mode="expand")
            spans.append(sp)
        doc.ents = spans
        items.append((r, doc))
    return items


def eval_heldout(nlp, path: Path, show_errors: bool = False, subset: str | None = None) -> dict:
    """subset: None = all documents; "A" = docs 01-22 (used for error analysis after the first model);
    "B" = docs b23-b30 (written before the final model and never used for any decision)."""
    items = load_heldout(path, nlp)
    if subset == "A":
        items = [(r, d) for r, d in items if not re.match(r"b\d\d-", r["id"])]
    elif subset == "B":
        items = [(r, d) for r, d in items if re.match(r"b\d\d-", r["id"])]
    examples = []
    tok_gold = tok_pred = tok_hit_r = tok_hit_p = 0
    names = names_hit = 0
    for (r, g), pred in zip(items, nlp.pipe((r["text"] for r, _ in items))):
        examples.append(Example(pred, g))
        gold_tok = {t.i for e in g.ents if e.label_ == "PER" for t in e if not t.is_space and not t.is_punct}
        pred_tok = {t.i for e in pred.ents if e.label_ == "PER" for t in e if not t.is_space and not t.is_punct}
        tok_gold += len(gold_tok)
        tok_pred += len(pred_tok)
        tok_hit_r += len(gold_tok & pred_tok)
        tok_hit_p += len(pred_tok & gold_tok)
        for e in g.ents:
            if e.label_ != "PER":
                continue
            names += 1
            if any(p.label_ == "PER" and p.start < e.end and e.start < p.end for p in pred.ents):
                names_hit += 1
        if show_errors:
            gs = {(e.start_char, e.end_char, e.label_) for e in g.ents}
            ps = {(e.start_char, e.end_char, e.label_) for e in pred.ents}
            for s, e, lab in sorted(gs - ps):
                print(f"  [{r['id']}] missed {lab:<3} {r['text'][s:e]!r}")
            for s, e, lab in sorted(ps - gs):
                print(f"  [{r['id']}] spurious {lab:<3} {r['text'][s:e]!r}")
    scores = Scorer.score_spans(examples, "ents")
    n_words = sum(len(r["text"].split()) for r, _ in items)
    name = {None: "all", "A": "set A", "B": "set B"}[subset]
    _print_scores(f"Held-out domain documents, {name} ({len(items)} docs, {n_words} words; exact-match entities)",
                  scores)
    tr = tok_hit_r / tok_gold if tok_gold else 0.0
    tp = tok_hit_p / tok_pred if tok_pred else 0.0
    print(f"  PER token-level: recall {tr:.3f}, precision {tp:.3f}; "
          f"names with any PER overlap: {names_hit}/{names} = {names_hit / names:.3f}")
    scores["per_token_recall"], scores["per_token_precision"] = tr, tp
    scores["per_overlap_recall"] = names_hit / names if names else 0.0
    return scores


def speed(model_path: Path, data: Path) -> None:
    """Wall-clock and CPU-time figures; the CPU-time ones do not depend on what else runs on the machine."""
    t0, c0 = time.perf_counter(), time.process_time()
    nlp = spacy.load(model_path)
    load, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    import build_corpus
    blank = spacy.blank("nl")
    texts = [d.text for d in build_corpus.read_wikiann(blank, data / "wikiann-nl" / "test")]
    # paragraphs of ~10 sentences, as in real documents
    paras = [" ".join(texts[i:i + 10]) for i in range(0, len(texts), 10)]
    list(nlp.pipe(paras[:20]))  # warm-up
    for label, pipe_nlp in [("full pipeline", nlp)]:
        n_words = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for doc in pipe_nlp.pipe(paras, batch_size=64):
            n_words += len(doc)
        dt, ct = time.perf_counter() - t0, time.process_time() - c0
        print(f"\nLoad time {load:.2f} s wall ({load_cpu:.2f} s CPU); {label}: {n_words} tokens in {dt:.1f} s wall = "
              f"{n_words / dt:,.0f} words/s, {ct:.1f} s CPU = {n_words / ct:,.0f} words/s per core")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model", nargs="?", type=Path, default=REPO / "models" / "nl_woo")
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "ner-data")
    ap.add_argument("--heldout", type=Path, default=HERE / "heldout" / "heldout.jsonl")
    ap.add_argument("--errors", action="store_true", help="list missed/spurious held-out entities")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    print(f"Model: {args.model} (pipeline {nlp.pipe_names})")
    eval_wikiann(nlp, args.data)
    eval_heldout(nlp, args.heldout, args.errors)
    eval_heldout(nlp, args.heldout, False, "A")
    eval_heldout(nlp, args.heldout, False, "B")
    if not args.no_speed:
        speed(args.model, args.data)


if __name__ == "__main__":
    main()
