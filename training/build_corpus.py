"""Build the spaCy training corpus for models/nl_woo.

Reads ../shared/ner-data (relative to the repo root) and writes DocBin files to
training/corpus/ (git-ignored):

  train.spacy        WikiANN nl train + Europeana NL (95 %) + generated domain docs
                     + Frog silver sentences of real public-sector text (95 %, repeated --silver-repeat
                     times; training/frog/silver.jsonl and silver-laws.jsonl, see training/frog/SOURCES.md)
                     v5: also the parliamentary/council generators and negatives of domain.py (--no-v5: v4 mix)
  dev.spacy          WikiANN nl dev (first 2,000 sentences) + Europeana (5 %) + generated
                     domain docs from another seed (same template family: model selection only)
                     + Frog silver (5 %)
  wikiann_test.spacy WikiANN nl test (evaluation only, never trained on)

The hand-written held-out domain documents (training/heldout/heldout.jsonl) are
never written into any training file; this script checks that none of their
person-name tokens occurs in the generation name lists of training/domain.py.

Usage: python training/build_corpus.py [--data DIR] [--out DIR] [--n-domain N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "frog"))
import domain  # noqa: E402
import silver  # noqa: E402

NO_SPACE_BEFORE = set(".,;:!?)]}%'\"")
NO_SPACE_AFTER = set("([{")


def _spaces(words: list[str]) -> list[bool]:
    sp = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        sp.append(nxt is not None and nxt not in NO_SPACE_BEFORE and w not in NO_SPACE_AFTER)
    return sp


def _iob_to_doc(nlp, words: list[str], tags: list[str]) -> Doc:
    """IOB1 or IOB2 tags -> Doc with entity spans (an I- after O / another type opens an entity)."""
    doc = Doc(nlp.vocab, words=words, spaces=_spaces(words))
    ents = []
    start, label = None, None
    for i, t in enumerate(tags + ["O"]):
        prefix, _, lab = t.partition("-")
        if prefix == "B" or (prefix == "I" and lab != label) or prefix == "O":
            if start is not None:
                ents.append(Span(doc, start, i, label=label))
                start, label = None, None
            if prefix in ("B", "I"):
                start, label = i, lab
    doc.ents = ents
    return doc


def read_wikiann(nlp, path: Path) -> list[Doc]:
    docs, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                docs.append(_iob_to_doc(nlp, words, tags))
            words, tags = [], []
            continue
        tok, _, tag = line.rpartition("\t")
        if tok.startswith("nl:"):
            tok = tok[3:]
        if not tok:
            continue
        words.append(tok)
        tags.append(tag.strip() or "O")
    return docs


def read_europeana(nlp, path: Path, max_len: int = 60) -> list[Doc]:
    """One `token TAG` per line, no sentence breaks: split after . ! ? (and cap length)."""
    docs, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) != 2 or not parts[0].strip():
            continue
        tok, tag = parts[0].strip(), parts[1].strip()
        if tag != "O" and not tag[:2] in ("B-", "I-"):
            tag = "O"
        words.append(tok)
        tags.append(tag)
        end = tok in (".", "!", "?") or (len(words) >= max_len and tag == "O")
        if end:
            docs.append(_iob_to_doc(nlp, words, tags))
            words, tags = [], []
    if words:
        docs.append(_iob_to_doc(nlp, words, tags))
    return docs


def domain_docs(nlp, n: int, seed: int, v5: bool = True) -> list[Doc]:
    """Generated docs, tokenised by the run-time tokenizer. An entity that does not align with the tokens
    is kept when only an "@" was glued on ("@Fatima" is one token: the mention is the name); otherwise
    (e.g. "IND." at the end of a sentence is one token) its tokens are marked missing, not O."""
    docs, expanded, missing = [], 0, 0
    for text, ents in domain.generate(n, seed, v5=v5):
        doc = nlp.make_doc(text)
        spans, unknown = [], []
        for s, e, label in ents:
            sp = doc.char_span(s, e, label=label, alignment_mode="strict")
            if sp is None:
                sp = doc.char_span(s, e, label=label, alignment_mode="expand")
                if sp is not None and sp.text.lstrip("@") == text[s:e]:
                    expanded += 1
                else:
                    if sp is not None:
                        unknown.append(sp)
                    missing += 1
                    continue
            spans.append(sp)
        spans = spacy.util.filter_spans(spans)
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        unknown = [u for u in unknown if not any(i in taken for i in range(u.start, u.end))]
        doc.set_ents(spans, missing=spacy.util.filter_spans(unknown), default="outside")
        docs.append(doc)
    print(f"  domain seed {seed}: {expanded} '@name' spans expanded, {missing} misaligned spans set to missing",
          file=sys.stderr)
    return docs


def heldout_name_tokens(path: Path) -> set[str]:
    toks = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                for s, e, label in rec["spans"]:
                    if label == "PER":
                        toks.update(re.split(r"[\s,()\-]+", rec["text"][s:e]))
    toks.discard("")
    return toks


def check_heldout_disjoint(path: Path) -> None:
    if not path.exists():
        return
    train_tokens = domain.all_train_name_tokens()
    particles = {"van", "de", "der", "den", "ter", "ten", "'t", "el", "El", "Van", "De", "Der", "Den", "Ter",
                 "Ten", "ben", "Ben", "A"}
    overlap = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        for s, e, label in rec["spans"]:
            if label != "PER":
                continue
            for tok in rec["text"][s:e].replace("-", " ").replace(",", " ").replace("(", " ").replace(")", " ").split():
                if tok in train_tokens and tok not in particles:
                    overlap.add(tok)
    if overlap:
        raise SystemExit(f"held-out names overlap the training name lists: {sorted(overlap)}")
    print("  held-out person names are disjoint from the training name lists")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "ner-data")
    ap.add_argument("--out", type=Path, default=HERE / "corpus")
    ap.add_argument("--n-domain", type=int, default=9000)
    ap.add_argument("--n-domain-dev", type=int, default=800)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--silver", type=Path, nargs="+",
                    default=[HERE / "frog" / "silver.jsonl", HERE / "frog" / "silver-laws.jsonl"],
                    help="Frog silver sentences (training/frog/silver.py); 'none' to leave them out")
    ap.add_argument("--silver-repeat", type=int, default=2)
    ap.add_argument("--no-v5", action="store_true",
                    help="v4's generator mix (without the v5 parliamentary/council structures and negatives)")
    args = ap.parse_args()

    nlp = spacy.blank("nl")
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    check_heldout_disjoint(HERE / "heldout" / "heldout.jsonl")
    # synthetic names must not recreate a held-out name either
    domain.RESERVED.update(heldout_name_tokens(HERE / "heldout" / "heldout.jsonl"))

    wa_train = read_wikiann(nlp, args.data / "wikiann-nl" / "train")
    wa_dev = read_wikiann(nlp, args.data / "wikiann-nl" / "dev")[:2000]
    wa_test = read_wikiann(nlp, args.data / "wikiann-nl" / "test")
    eu = read_europeana(nlp, args.data / "europeana-nl" / "enp_NL.kb.bio")
    rng.shuffle(eu)
    n_eu_dev = len(eu) // 20
    eu_dev, eu_train = eu[:n_eu_dev], eu[n_eu_dev:]
    dom_train = domain_docs(nlp, args.n_domain, seed=args.seed, v5=not args.no_v5)
    dom_dev = domain_docs(nlp, args.n_domain_dev, seed=args.seed + 1000, v5=not args.no_v5)

    sv_train, sv_dev = [], []
    if [str(p) for p in args.silver] != ["none"]:
        sv = [d for p in args.silver if p.exists() for d in silver.read_jsonl(nlp, p)]
        rng.shuffle(sv)
        n_sv_dev = len(sv) // 20
        sv_dev, sv_train = sv[:n_sv_dev], sv[n_sv_dev:]
    train = wa_train + eu_train + dom_train + sv_train * args.silver_repeat
    dev = wa_dev + eu_dev + dom_dev + sv_dev
    rng.shuffle(train)
    for name, docs in [("train", train), ("dev", dev), ("wikiann_test", wa_test)]:
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{name}.spacy")
        n_ents = sum(len(d.ents) for d in docs)
        n_tok = sum(len(d) for d in docs)
        print(f"  {name}: {len(docs)} docs, {n_tok} tokens, {n_ents} entities -> {args.out / (name + '.spacy')}")
    print(f"  parts: wikiann train {len(wa_train)}, europeana train {len(eu_train)}, domain train {len(dom_train)}; "
          f"silver {len(sv_train)} x{args.silver_repeat}; "
          f"dev: wikiann {len(wa_dev)}, europeana {len(eu_dev)}, domain {len(dom_dev)}, silver {len(sv_dev)}")


if __name__ == "__main__":
    main()
