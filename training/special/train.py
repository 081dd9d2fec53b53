"""Train models/nl_special: the small sentence classifier of the special-categories detector (5.1.1d).

    python training/special/train.py            # about a minute on one core; fixed seeds

Data: the template sentences of generate.py (SPECIAL / GENERAL) plus Dutch Wikipedia sentences from WikiANN
(../shared/ner-data/wikiann-nl/train, CC BY-SA) as GENERAL, leaving out any that has both a category word and
a person word (a biography may state a conviction or an illness: not a safe negative). Model: spaCy textcat with
the bag-of-words architecture (uni- and bigrams, 2^17 hashed features): small and fast, run only on sentences that
the lexicons selected. Writes the model and training/special/metrics.json (its figures on the held-back 15 %).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import make  # noqa: E402

from redact.detect.special import SpecialCategoryRecognizer  # noqa: E402
from redact.rules import load_rules  # noqa: E402

LABELS = ("SPECIAL", "GENERAL")
CONFIG = {"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
                    "no_output_layer": False, "length": 2 ** 17}}


def wiki_sentences(path: Path, limit: int, rng: random.Random) -> list[str]:
    sentences, tokens = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if len(tokens) >= 7:
                sentences.append(" ".join(tokens))
            tokens = []
            continue
        token = line.split("\t")[0]
        tokens.append(token[3:] if token.startswith("nl:") else token)
    rng.shuffle(sentences)
    return sentences[:limit]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "ner-data" / "wikiann-nl" / "train")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "nl_special")
    parser.add_argument("--wiki", type=int, default=1200)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    fix_random_seed(args.seed)
    rng = random.Random(args.seed)

    rules = load_rules()
    spec = next(s for s in rules.recognizers if s.kind == "special_categories")
    detector = SpecialCategoryRecognizer(type(spec)(**{**spec.__dict__, "options": {**spec.options, "model": None}}), rules)
    data = make()
    wiki = [s for s in wiki_sentences(args.data, args.wiki * 2, rng) if not detector.candidates(s, [])][:args.wiki]
    data += [(s, 0) for s in wiki]
    rng.shuffle(data)
    cut = int(len(data) * 0.85)
    train, dev = data[:cut], data[cut:]

    nlp = spacy.blank("nl")
    textcat = nlp.add_pipe("textcat", config=CONFIG)
    for label in LABELS:
        textcat.add_label(label)

    def example(text: str, label: int) -> Example:
        return Example.from_dict(nlp.make_doc(text), {"cats": {"SPECIAL": float(label), "GENERAL": 1.0 - label}})

    train_ex = [example(t, y) for t, y in train]
    optimizer = nlp.initialize(lambda: train_ex)
    for epoch in range(args.epochs):
        rng.shuffle(train_ex)
        losses: dict[str, float] = {}
        for batch in minibatch(train_ex, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses['textcat']:.3f}")

    tp = fp = fn = tn = 0
    for (text, y), doc in zip(dev, nlp.pipe(t for t, _ in dev)):
        p = doc.cats["SPECIAL"] >= 0.5
        tp += p and y == 1
        fp += p and y == 0
        fn += (not p) and y == 1
        tn += (not p) and y == 0
    metrics = {"train_sentences": len(train), "dev_sentences": len(dev),
               "train_special": sum(y for _, y in train), "wiki_general": len(wiki),
               "dev_precision": round(tp / max(tp + fp, 1), 3), "dev_recall": round(tp / max(tp + fn, 1), 3),
               "dev_accuracy": round((tp + tn) / max(len(dev), 1), 3), "epochs": args.epochs, "seed": args.seed}
    print(json.dumps(metrics))
    nlp.meta.update({"name": "special", "version": "0.1.0", "description": "5.1.1d passage classifier (woo-redact)",
                     "license": "EUPL-1.2 (weights); training text: generated + WikiANN nl (CC BY-SA)"})
    args.out.mkdir(parents=True, exist_ok=True)
    card = args.out / "MODEL_CARD.md"
    kept = card.read_text(encoding="utf-8") if card.exists() else None
    nlp.to_disk(args.out)
    if kept is not None:
        card.write_text(kept, encoding="utf-8")
    (Path(__file__).resolve().parent / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
