"""Frog's PER/LOC/ORG as silver training labels, filtered by agreement with the project's lists (issue 18).

Reads training/frog/text/NAME.txt (one paragraph a line) and Frog's tab output frogged/NAME.tsv, aligns
Frog's tokens to the text, and yields one spaCy Doc a sentence, tokenised by the run-time tokenizer.
Label conventions are brought in line with the project's (the name only, without titles): a title or
office word at the start of a Frog PER span ("mevrouw Kaya", "minister De Jonge") is cut off. Frog's
MISC/PRO/EVE spans are marked missing (neither entity nor O).

A sentence is dropped (counted per reason) when Frog and the rules disagree:
- `per_not_name`: a Frog PER span made only of words that are never a name (rules/lists non_name_words,
  places, functions, organisation words, party abbreviations, common Dutch words that are not in the
  name lists);
- `missed_person`: a high-precision pattern finds a person that Frog did not tag PER: a title
  ("de heer", "mevrouw", "het lid", "minister", "staatssecretaris", "dhr.", "mevr." ...) followed by a
  capitalised name (with tussenvoegsels), or a Handelingen speaker line "Mevrouw X (PARTY):";
- `per_is_party`: a Frog PER span that is a party abbreviation or an organisation word;
- `align`: Frog's tokens could not be found in the text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
KEEP = {"PER", "LOC", "ORG"}


def _read_list(name: str) -> list[str]:
    out = []
    for p in sorted((REPO / "rules" / "lists" / name).glob("*.txt")):
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


class Lists:
    def __init__(self) -> None:
        self.first = set(_read_list("first_names")) | set(_read_list("first_names_added"))
        self.sur = set(_read_list("surnames")) | set(_read_list("surnames_added"))
        self.known = {w.lower() for w in self.first | self.sur}
        self.tussen = {w.lower() for w in _read_list("tussenvoegsels") + _read_list("tussenvoegsels_added")}
        self.tussen |= {"van", "de", "der", "den", "ter", "ten", "het", "'t", "in", "op", "te", "el", "al"}
        titles = [t.lower().rstrip(".") for t in _read_list("name_titles") + _read_list("name_titles_added")]
        offices = [t.lower() for t in _read_list("public_office_titles") + _read_list("civil_servant_titles")]
        self.titles = set(titles) | {"heer", "de heer", "mevrouw", "meneer", "lid", "het lid", "dhr", "mevr", "mw"}
        self.offices = set(offices)
        self.parties = set(_read_list("party_abbreviations"))
        org = {w.lower() for w in _read_list("organisation_words")}
        self.never = ({w.lower() for w in _read_list("non_name_words")} | {w.lower() for w in _read_list("place_names")}
                      | self.offices | org | {p.lower() for p in self.parties})
        self.common = {w.lower() for w in _read_list("common_words")} | {w.lower() for w in _read_list("dutch_words")}
        self.org_words = org
        self.places = {w.lower() for w in _read_list("place_names")}

    def is_not_name_word(self, w: str) -> bool:
        lw = w.lower()
        if not any(c.isalpha() for c in w):
            return True
        if lw in self.never:
            return True
        return lw in self.common and lw not in self.known and w not in self.sur and w not in self.first


def read_frog(path: Path) -> list[list[tuple[str, str]]]:
    """Frog tab output -> sentences of (token, IOB tag)."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        cols = line.split("\t")
        # the NER column follows the tagger's confidence (its place shifts with the skipped modules)
        conf = next((i for i in range(3, len(cols)) if re.fullmatch(r"[01]\.\d+", cols[i])), None)
        if conf is None or conf + 1 >= len(cols):
            continue
        tag = cols[conf + 1].strip()
        cur.append((cols[1], tag if re.fullmatch(r"[BI]-[A-Z]+", tag) else "O"))
    if cur:
        sents.append(cur)
    return sents


def _iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans, start, label = [], None, None
    for i, t in enumerate(tags + ["O"]):
        prefix, _, lab = t.partition("-")
        if prefix == "B" or prefix == "O" or (prefix == "I" and lab != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if prefix in ("B", "I"):
                start, label = i, lab
    return spans


NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|[A-Z]\.(?:[A-Z]\.)*)"


class Detectors:
    """High-precision person patterns over the sentence text."""

    def __init__(self, lists: Lists) -> None:
        tv = sorted(lists.tussen, key=len, reverse=True)
        tv_re = "|".join(re.escape(t) for t in tv)
        name = rf"(?:(?:{tv_re}|{'|'.join(re.escape(t.capitalize()) for t in tv)})\s+)*{NAME_TOKEN}"
        titles = sorted({"de heer", "mevrouw", "het lid", "de leden", "dhr.", "mevr.", "mw.", "minister",
                         "staatssecretaris", "burgemeester", "wethouder", "gedeputeerde", "commissaris",
                         "Kamerlid", "raadslid", "statenlid", "fractievoorzitter"}, key=len, reverse=True)
        title_re = "|".join(re.escape(t) for t in titles) + "|" + "|".join(re.escape(t.capitalize()) for t in titles)
        self.after_title = re.compile(rf"(?<![\w-])(?:{title_re})\s+(?P<name>{name}(?:\s+{NAME_TOKEN})?)")
        self.lists = lists

    def persons(self, text: str) -> list[tuple[int, int]]:
        out = []
        for m in self.after_title.finditer(text):
            s, e = m.span("name")
            words = m.group("name").split()
            core = [w for w in words if w.lower() not in self.lists.tussen]
            if not core or all(self.lists.is_not_name_word(w) for w in core):
                continue
            # "minister van Financiën", "de heer Van" alone: a function, not a name
            if words[-1].lower() in self.lists.tussen:
                continue
            out.append((s, e))
        return out


LIST_CUE = re.compile(r"(te weten|de leden|Aanwezig|Tegenwoordig)( zijn)?:\s*$", re.I)


def _is_name_list(toks: list[str]) -> bool:
    """A comma list of short capitalised items: "Van Aalst, Agema, Alkaya, ... en Ziengs"."""
    items, cur = [], []
    for t in toks + [","]:
        if t in (",", "en", ".", ";"):
            if cur:
                items.append(cur)
            cur = []
        else:
            cur.append(t)
    if len(items) < 3:
        return False
    ok = sum(1 for it in items if len(it) <= 4 and it[-1][:1].isupper())
    return ok >= 0.9 * len(items)


def align(text: str, tokens: list[str], pos: int) -> list[tuple[int, int]] | None:
    offs = []
    for tok in tokens:
        i = text.find(tok, pos, pos + len(tok) + 40)
        if i < 0:
            return None
        offs.append((i, i + len(tok)))
        pos = i + len(tok)
    return offs


def silver_docs(nlp, text_path: Path, frog_path: Path, lists: Lists, stats: Counter) -> list[Doc]:
    text = text_path.read_text(encoding="utf-8")
    det = Detectors(lists)
    docs = []
    pos = 0
    prev_text = ""
    for sent in read_frog(frog_path):
        toks = [t for t, _ in sent]
        offs = align(text, toks, pos)
        if offs is None:
            stats["align"] += 1
            # resynchronise on the next token that can be found
            j = text.find(toks[-1], pos)
            if j >= 0 and j - pos < 2000:
                pos = j + len(toks[-1])
            continue
        pos = offs[-1][1]
        stats["sentences"] += 1
        s0 = offs[0][0]
        stext = text[s0:offs[-1][1]]
        tags = [t for _, t in sent]
        after_list_cue, prev_text = LIST_CUE.search(prev_text) is not None, stext
        is_list = after_list_cue and _is_name_list(toks)
        if is_list:
            # an attendance list after "te weten:" (Handelingen): every item is a person; Frog tags them
            # LOC/MISC/PER at random ("Van Aalst" LOC, "Agema" MISC)
            tags, new = [], True
            for t in toks:
                if t in (",", "en", ".", ";"):
                    tags.append("O")
                    new = True
                else:
                    tags.append(("B-" if new else "I-") + "PER")
                    new = False
            stats["list_relabelled"] += 1
        letters = [c for c in stext if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
            # headings in capitals: Frog's labels there are noise ("AI VERSLAG VAN" PER); keep the text, no labels
            tags = ["B-MISC" if t != "O" else t for t in tags]
        spans, unknown, reason = [], [], None
        raw = []
        for a, b, lab in _iob_spans(tags):
            if lab == "PER":
                # Frog joins coordinated names ("Veldman en Paternotte"): split at "en"/","/"&"
                start = a
                for k in range(a, b + 1):
                    if k == b or toks[k] in ("en", ",", "&", "/", "of"):
                        if k > start:
                            raw.append((start, k, lab))
                        start = k + 1
            else:
                raw.append((a, b, lab))
        for a, b, lab in raw:
            words = toks[a:b]
            if lab == "PER":
                while a < b and not any(c.isalnum() for c in toks[a]):
                    a += 1
                while b > a and not any(c.isalnum() for c in toks[b - 1]):
                    b -= 1
                # cut titles/office words at the start: "mevrouw Kaya" -> "Kaya"
                while a < b and (toks[a].lower().rstrip(".") in lists.titles or toks[a].lower() in lists.offices
                                 or toks[a] in ("de", "het")):
                    a += 1
                if a >= b:
                    continue
                words = toks[a:b]
                core = [w for w in words if w.lower() not in lists.tussen]
                if is_list:
                    pass  # the list structure is the evidence ("Van Aalst", "Helder" are persons here)
                elif any(w in lists.parties or w.lower() in lists.org_words for w in words):
                    reason = "per_is_party"
                elif (not core or all(lists.is_not_name_word(w) for w in core)
                      or (len(core) == 1 and re.fullmatch(r"[A-Z]{2,}|.*(wet|stuk|besluit|regeling)", core[0]))):
                    reason = "per_not_name"
            elif lab in ("LOC", "ORG", "MISC"):
                core = [w for w in words if w.lower() not in lists.tussen]
                if core and all(w in lists.sur and w.lower() not in lists.places and w.lower() not in lists.never
                                for w in core) and len(words) <= 3:
                    reason = reason or "surname_as_" + lab.lower()
                elif lab != "MISC" and core and all(w.lower() in lists.never - lists.places for w in core):
                    lab = "MISC"  # "Awb" LOC, "Woo" LOC: not an entity of ours, not O either
            cs, ce = offs[a][0] - s0, offs[b - 1][1] - s0
            (spans if lab in KEEP else unknown).append((cs, ce, lab))
        if reason is None:
            per = [(cs, ce) for cs, ce, lab in spans if lab == "PER"]
            for ps, pe in det.persons(stext):
                if not any(cs <= ps < ce or ps <= cs < pe for cs, ce in per):
                    reason = "missed_person"
                    break
        if reason:
            stats[reason] += 1
            continue
        doc = nlp.make_doc(stext)
        ents, miss = [], []
        for cs, ce, lab in spans:
            sp = doc.char_span(cs, ce, label=lab, alignment_mode="strict")
            if sp is None:
                sp = doc.char_span(cs, ce, label=lab, alignment_mode="expand")
                if sp is not None:
                    miss.append(sp)
                stats["misaligned_span"] += 1
                continue
            ents.append(sp)
        for cs, ce, lab in unknown:
            sp = doc.char_span(cs, ce, alignment_mode="expand")
            if sp is not None:
                miss.append(sp)
        ents = spacy.util.filter_spans(ents)
        taken = {i for sp in ents for i in range(sp.start, sp.end)}
        miss = [m for m in spacy.util.filter_spans(miss) if not any(i in taken for i in range(m.start, m.end))]
        try:
            doc.set_ents(ents, missing=miss, default="outside")
        except ValueError:
            stats["set_ents"] += 1
            continue
        stats["kept"] += 1
        stats["kept_PER"] += sum(1 for e in ents if e.label_ == "PER")
        docs.append(doc)
    return docs


def build(names: list[str] | None = None, exclude: list[str] | None = None) -> tuple[list[Doc], Counter]:
    nlp = spacy.blank("nl")
    lists = Lists()
    stats: Counter = Counter()
    docs = []
    for tp in sorted((HERE / "text").glob("*.txt")):
        if (names and tp.stem not in names) or (exclude and tp.stem in exclude):
            continue
        fp = HERE / "frogged" / f"{tp.stem}.tsv"
        if not fp.exists():
            raise SystemExit(f"no Frog output for {tp.name}: run training/frog/run_frog.sh")
        st: Counter = Counter()
        docs += silver_docs(nlp, tp, fp, lists, st)
        print(f"  silver {tp.stem}: {dict(st)}", file=sys.stderr)
        stats.update(st)
    return docs, stats


def write_jsonl(docs: list[Doc], path: Path) -> None:
    """One sentence a line: text, entity spans and missing spans in characters (what build_corpus reads)."""
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            ents = [[e.start_char, e.end_char, e.label_] for e in d.ents]
            missing = []
            i = 0
            while i < len(d):
                if d[i].ent_iob_ == "":
                    j = i
                    while j < len(d) and d[j].ent_iob_ == "":
                        j += 1
                    missing.append([d[i].idx, d[j - 1].idx + len(d[j - 1])])
                    i = j
                else:
                    i += 1
            f.write(json.dumps({"text": d.text, "ents": ents, "missing": missing}, ensure_ascii=False) + "\n")


def read_jsonl(nlp, path: Path) -> list[Doc]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc = nlp.make_doc(rec["text"])
        ents = [doc.char_span(s, e, label=lab) for s, e, lab in rec["ents"]]
        miss = [doc.char_span(s, e) for s, e in rec["missing"]]
        doc.set_ents([e for e in ents if e is not None], missing=[m for m in miss if m is not None], default="outside")
        docs.append(doc)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=HERE / "silver.jsonl")
    ap.add_argument("--show", type=int, default=0, help="print N random PER examples")
    ap.add_argument("--only", nargs="*", help="only these texts (stems of training/frog/text/*.txt)")
    ap.add_argument("--exclude", nargs="*", help="all texts but these")
    args = ap.parse_args()
    docs, stats = build(args.only, args.exclude)
    print(f"  silver total: {dict(stats)}")
    write_jsonl(docs, args.out)
    print(f"  {len(docs)} sentences, {sum(len(d) for d in docs)} tokens, "
          f"{sum(len(d.ents) for d in docs)} entities -> {args.out}")
    if args.show:
        import random
        pers = [(e.text, d.text) for d in docs for e in d.ents if e.label_ == "PER"]
        for t, s in random.Random(0).sample(pers, min(args.show, len(pers))):
            print(f"  {t!r} :: {s[:100]}")


if __name__ == "__main__":
    main()
