"""Person judgement on real documents (issue 10): what must go, what must stay, what is withheld.

    python bench/eval_persons.py --split tune                 # bench/real/tune/, models/nl_woo
    python bench/eval_persons.py --split tune --conll ned.testb  # also the CoNLL-2002 news half
    python bench/eval_persons.py --split tune --model blank   # rules only
    python bench/eval_persons.py --split tune --cli           # through `python -m redact.cli run`
    python bench/eval_persons.py --split tune -q              # figures only, no failure lists
    python bench/eval_persons.py --split heldout2             # the second split (measured once, now tuned on)
    python bench/eval_persons.py --split tuning               # everything tuned on: tune + heldout + heldout2
    python bench/eval_persons.py --split heldout3             # the third held-out split, measured once (no news half)
    python bench/eval_persons.py --split heldout4             # the fourth held-out split, measured once (any folder of bench/real/ is a split)

Each document of bench/real/<split>/ is redacted on its own, as `woo-redact run` does it for a
one-document dossier (txt path): in-process through the pipeline and the dossier pass that
`redact.flows.run` uses, the model loaded once, or with --cli through the CLI itself into a temporary folder (slower: the model
is loaded per document). The redacted copy (published, or moved aside when withheld) is aligned with
the source to find which characters went under a box, so the script needs no internals and works
against whatever code is on PYTHONPATH.

Metrics (see bench/real/README.md for the annotation rules):
- must stay kept: an annotated `keep` item counts as kept when no character of any of its
  occurrences is redacted (item level);
- names and home addresses redacted: a `redact` item counts when every letter and digit of every
  occurrence is under a box (item level); e-mail addresses and phone numbers are listed apart;
- released documents (`released: true`): of the words the body left visible (all words outside
  its own redaction marks), the share still visible;
- withheld: status "verificatie mislukt" (LEAK), "handmatige beoordeling nodig" (NEEDS_REVIEW) or
  "niet verwerkt" (FAILED), with the reason the run gave;
- news (--conll, CoNLL-2002 ned.testb): the tune split takes the even articles (0, 2, ...), the
  held-out split the odd ones; only the documents withheld are counted.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "bench" / "real"
WITHHELD_DIRS = ("_NIET_PUBLICEREN",)  # where a withheld copy is moved (redact.pipeline.WITHHELD_DIR)

# Redaction marks a releasing body left in the text: "5.1.2e", "[5.1.2.e]", "Art. 10.2.e", "10.2.e Wob",
# "5.1 lid 2 sub e", "5.1 lid 2 onder e", "█████", "[eiser]", "[adres]", "[A]" (Rechtspraak pseudonyms).
RELEASED_MARK = re.compile(
    r"\[[^\[\]\n]{1,40}\]"                       # [5.1.2e], [eiser], [naam 1], [adres]
    r"|(?:Art\.\s*)?(?:5\.1\.[12]\.?[a-i¢]?|10\.2\.?[a-i]|10\.1\.?[a-d])(?:\s*(?:en|,)\s*[a-i]\b)*(?:\s+Wob|\s+Woo)?"
    r"|5\.1lid2\w*"                             # an OCR'd mark run together ("5.1lid20ndere")
    # UWV since 2025 (heldout21): "(geanonimiseerd)", also as OCR doubles it; OCR'd marks without dots ("51ld2swe",
    # "54lid2subd", "511id2 <ubd"); "art 51 lid 2 e", "art 5.1. lid 2 e", "Artikel 5.1 d 2 Woo", "Art. 5. 1 lid 2 sub";
    # a chat's "buiten reikwijdte: persoonlijke levenssfeer" (also "valt valt buiten buiten reikwijdte reikwijdte")
    r"|\(+g+e+a+n+o+n+i+m+i+s+e+e*r+d+\)+"
    r"|\b5[1-4](?:lid|Iid|1id|id|ld|a)[12][ \t]?<?(?:sub|sw|ub)[a-i]\b"
    r"|(?:\b[Aa]rt(?:ikel)?\.?\s*)?\b5\s*\.?\s*[1-4]\s*\.?\s*(?:lid|d)\s*[12](?:\s*(?:sub|onder))?(?:\s*\b[a-i]\b)?(?:\s+Wo[ob])?"
    r"|(?:valt\s+)*(?:buiten\s+)+(?:de\s+)?(?:reikwi[ij]dte\s*)+(?:verzoek\s*)*(?::[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})?"
    # "5.1 lid 2 sub e", "5.1 lid 2 onder e", and the parts a page's box cut off ("5.1 lid 2", "5.1 lid 2 sub")
    r"|5\.1\s*lid(?:\s+2)?(?:\s+(?:sub|onder)(?:\s+[a-i])?)?(?![\w])"
    r"|█+|■+")
WORD = re.compile(r"\w+")
STATUS_WITHHELD = {"LEAK", "NEEDS_REVIEW", "FAILED"}


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """Exact, case-sensitive, not inside a longer word (the samples' matching rule)."""
    pre = r"(?<![\w])" if value[:1].isalnum() else ""
    post = r"(?![\w])" if value[-1:].isalnum() else ""
    return [(m.start(), m.end()) for m in re.finditer(pre + re.escape(value) + post, text)]


def redacted_mask(source: str, output: str) -> list[bool]:
    """Which characters of `source` the run replaced, from the text output (each box is replaced by
    its ground in brackets). Matches of one or two characters between two changed stretches are
    alignment noise ('e' of a name against the 'e' of '[5.1.2e]') and count as replaced."""
    mask = [False] * len(source)
    ops = difflib.SequenceMatcher(None, source, output, autojunk=False).get_opcodes()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        noise = (tag == "equal" and i2 - i1 <= 2 and 0 < k < len(ops) - 1
                 and ops[k - 1][0] != "equal" and ops[k + 1][0] != "equal")
        if tag in ("replace", "delete") or noise:
            for i in range(i1, i2):
                mask[i] = True
    return mask


def covered(text: str, span: tuple[int, int], mask: list[bool]) -> bool:
    return all(mask[i] for i in range(*span) if text[i].isalnum())


def touched(span: tuple[int, int], mask: list[bool]) -> bool:
    return any(mask[i] for i in range(*span))


def context(text: str, span: tuple[int, int], width: int = 30) -> str:
    s, e = span
    return (text[max(0, s - width):s] + "⟦" + text[s:e] + "⟧" + text[e:e + width]).replace("\n", "⏎")


@dataclass
class Doc:
    name: str
    text: str
    kind: str  # released | parliament | municipal | news | other
    released: bool = False
    redact: list[dict] = field(default_factory=list)
    keep: list[dict] = field(default_factory=list)


@dataclass
class Outcome:
    status: str  # Status name: OK, LEAK, NEEDS_REVIEW, FAILED, ...
    error: str | None
    output: str | None  # the redacted text (also when withheld), None when there is none


# Splits that were measured once and are tuned on since; `--split tuning` takes them all.
TUNING_SPLITS = ("tune", "heldout", "heldout2")


def load_split(split: str) -> list[Doc]:
    if split == "tuning":
        return [doc for part in TUNING_SPLITS for doc in load_split(part)]
    docs = []
    for txt in sorted((REAL / split).glob("*.txt")):
        spec = yaml.safe_load(txt.with_suffix(".yaml").read_text(encoding="utf-8")) or {}
        docs.append(Doc(txt.name, txt.read_text(encoding="utf-8"), spec.get("kind", "other"),
                        bool(spec.get("released")), spec.get("redact") or [], spec.get("keep") or []))
    return docs


def conll_articles(path: Path, split: str) -> list[Doc]:
    """The articles of a CoNLL-2002 file as plain text (tokens joined, no space before punctuation)."""
    articles, words, sentences = [], [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines() + ["-DOCSTART- x O"]:
        token = line.split(" ")[0] if line.strip() else ""
        if token == "-DOCSTART-" or not token:
            if words:
                sentences.append(words)
                words = []
            if token == "-DOCSTART-" and sentences:
                articles.append(sentences)
                sentences = []
            continue
        words.append(token)
    docs = []
    for n, sentences in enumerate(articles):
        if n % 2 != (0 if split == "tune" else 1):
            continue
        text = "\n".join(re.sub(r" ([,.;:!?)'])", r"\1", re.sub(r"([(]) ", r"\1", " ".join(s))) for s in sentences)
        docs.append(Doc(f"conll-{n:03d}.txt", text + "\n", "news"))
    return docs


class ApiRunner:
    """What `run` does to a one-document dossier (analyse, the dossier pass, publish), with the
    code on PYTHONPATH and the pipeline built once."""

    def __init__(self, model_dir: Path | None, keep_names: Path | None):
        from redact.flows.common import Options, rules_for
        from redact.pipeline import Pipeline

        names = tuple(keep_names.read_text(encoding="utf-8").splitlines()) if keep_names else ()
        self.rules = rules_for(Options(model_dir=model_dir, keep_names=names))
        self.pipeline = Pipeline(self.rules, model_dir)

    def __call__(self, doc: Doc) -> Outcome:
        from redact.errors import DocumentError
        from redact.flows.dossier import across_dossier

        with tempfile.TemporaryDirectory() as tmp:
            src, out = Path(tmp) / "in", Path(tmp) / "out"
            src.mkdir()
            out.mkdir()
            (src / doc.name).write_text(doc.text, encoding="utf-8")
            try:
                analysis = self.pipeline.analyse(src / doc.name, doc.name)
            except DocumentError as exc:
                return Outcome("FAILED", str(exc), None)
            [a] = across_dossier([analysis], self.rules, self.pipeline)
            result = self.pipeline.publish(a.document, a.decisions, out)
            return Outcome(result.status.name, result.error, read_output(out, doc.name))


class CliRunner:
    """`python -m redact.cli run DOC --out TMP` per document."""

    def __init__(self, model_dir: Path | None, keep_names: Path | None):
        self.extra = (["--model", str(model_dir)] if model_dir else []) + \
                     (["--keep-names", str(keep_names)] if keep_names else [])

    def __call__(self, doc: Doc) -> Outcome:
        with tempfile.TemporaryDirectory() as tmp:
            src, out = Path(tmp) / "in", Path(tmp) / "out"
            src.mkdir()
            (src / doc.name).write_text(doc.text, encoding="utf-8")
            proc = subprocess.run([sys.executable, "-m", "redact.cli", "run", str(src / doc.name), "--out", str(out),
                                   "--jobs", "1", *self.extra], capture_output=True, text=True,
                                  env={**os.environ, "COLUMNS": "1000"})  # one console line per message
            output = read_output(out, doc.name)
            status = {0: "OK"}.get(proc.returncode, "OK" if output and (out / doc.name).exists() else "WITHHELD")
            reason = None
            for line in proc.stderr.splitlines():
                if doc.name in line and ("verificatie" in line or "beoordeling" in line or "verwerkt" in line):
                    reason = line.strip()
                    status = ("LEAK" if "verificatie mislukt" in line else
                              "NEEDS_REVIEW" if "beoordeling" in line else "FAILED")
                    break  # the first is the status line; the summary table repeats it
            return Outcome(status, reason, output)


def read_output(out: Path, name: str) -> str | None:
    for folder in (out, *(out / d for d in WITHHELD_DIRS)):
        if (folder / name).is_file():
            return (folder / name).read_text(encoding="utf-8")
    found = [p for p in out.rglob(name) if p.is_file()] if out.exists() else []
    return found[0].read_text(encoding="utf-8") if found else None


def readable_values(text: str, mask: list[bool], output: str) -> list[str]:
    """The redacted values that the output still shows somewhere (what made the run withhold it):
    a redacted stretch found whole in the output, else its capitalised words of three letters or more found as
    words (case-insensitive), marked with '~'."""
    spans, start = [], None
    for i, m in enumerate(mask + [False]):
        if m and start is None:
            start = i
        elif not m and start is not None:
            spans.append((start, i))
            start = None
    found = []
    values = [v.strip() for s, e in spans for v in text[s:e].split("\n")]  # adjacent boxes on two lines
    for value in values:
        if not value or value in found:
            continue
        if occurrences(output, value):
            found.append(value)
            continue
        for word in WORD.findall(value):
            if len(word) >= 3 and word[0].isupper() and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", output, re.IGNORECASE):
                found.append(f"~{word} (of {value!r})")
    return list(dict.fromkeys(found))


def ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/{b} = -"


def evaluate(docs: list[Doc], runner, quiet: bool) -> None:
    items = defaultdict(lambda: [0, 0])  # metric -> [good, total]
    by_class = defaultdict(lambda: [0, 0])
    failures: dict[str, list[str]] = defaultdict(list)
    withheld: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    t0 = time.perf_counter()
    for doc in docs:
        outcome = runner(doc)
        totals[doc.kind] += 1
        is_withheld = outcome.status in STATUS_WITHHELD or outcome.status == "WITHHELD"
        if is_withheld:
            withheld[doc.kind] += 1
            failures["withheld"].append(f"{doc.name} [{doc.kind}]: {outcome.status}: {outcome.error}")
        if outcome.output is None:
            failures["no output"].append(f"{doc.name}: {outcome.status}: {outcome.error}")
            continue
        mask = redacted_mask(doc.text, outcome.output)
        if is_withheld:
            failures["withheld"][-1] += f" [still readable: {', '.join(readable_values(doc.text, mask, outcome.output)) or '?'}]"
        for item in doc.keep:
            spans = occurrences(doc.text, str(item["value"]))
            if not spans:
                failures["annotation"].append(f"{doc.name}: keep {item['value']!r} not in the text")
                continue
            cls = item.get("class", item.get("entity", "?"))
            bad = [s for s in spans if touched(s, mask)]
            ok = not bad
            items["keep"][0] += ok
            items["keep"][1] += 1
            by_class["keep " + cls][0] += ok
            by_class["keep " + cls][1] += 1
            if not ok:
                failures[f"over-redacted ({cls})"].append(
                    f"{doc.name}: {item['value']!r} ({len(bad)} of {len(spans)}) {context(doc.text, bad[0])}")
        for item in doc.redact:
            spans = occurrences(doc.text, str(item["value"]))
            if not spans:
                failures["annotation"].append(f"{doc.name}: redact {item['value']!r} not in the text")
                continue
            entity = item.get("entity", "PERSON")
            metric = "redact names/addresses" if entity in ("PERSON", "ADDRESS") else "redact other"
            cls = item.get("class", entity)
            missed = [s for s in spans if not covered(doc.text, s, mask)]
            ok = not missed
            items[metric][0] += ok
            items[metric][1] += 1
            by_class["redact " + cls][0] += ok
            by_class["redact " + cls][1] += 1
            if not ok:
                failures[f"missed ({cls})"].append(
                    f"{doc.name}: {item['value']!r} ({len(missed)} of {len(spans)}) {context(doc.text, missed[0])}")
        if doc.released:
            marks = [False] * len(doc.text)
            for m in RELEASED_MARK.finditer(doc.text):
                for i in range(m.start(), m.end()):
                    marks[i] = True
            lost = []
            for m in WORD.finditer(doc.text):
                if any(marks[m.start():m.end()]):
                    continue
                items["released visible"][1] += 1
                if touched((m.start(), m.end()), mask):
                    lost.append(m.group())
                else:
                    items["released visible"][0] += 1
            if lost:
                failures["released: visible words blacked out"].append(
                    f"{doc.name}: {len(lost)} words: " + ", ".join(f"{w}×{n}" if n > 1 else w
                                                                  for w, n in Counter(lost).most_common(25)))
    elapsed = time.perf_counter() - t0
    print(f"\n{len(docs)} documents ({', '.join(f'{k} {v}' for k, v in sorted(totals.items()))}) in {elapsed:.0f} s")
    print(f"  must stay kept (item level):               {ratio(*items['keep'])}   target >= 0.97")
    print(f"  names and home addresses redacted (items): {ratio(*items['redact names/addresses'])}   target >= 0.98")
    if items["redact other"][1]:
        print(f"  e-mail addresses, phones redacted (items): {ratio(*items['redact other'])}")
    if items["released visible"][1]:
        print(f"  released: visible words still visible:     {ratio(*items['released visible'])}   target >= 0.95")
    for kind in sorted(totals):
        target = {"released": "   target <= 1 of 38", "news": "   target <= 2 of 119"}.get(kind, "")
        print(f"  withheld, {kind + ':':12}                    {withheld[kind]} of {totals[kind]}{target}")
    print(f"  withheld, all:                             {sum(withheld.values())} of {len(docs)}")
    print("\n  per class (good/total):")
    for cls in sorted(by_class):
        print(f"    {cls:40} {ratio(*by_class[cls])}")
    if quiet:
        return
    for kind in sorted(failures, key=lambda k: (k == "withheld", k)):
        print(f"\n{kind}: {len(failures[kind])}")
        for line in failures[kind]:
            print(f"  {line}")


def check_annotations(docs: list[Doc]) -> None:
    counts: Counter[str] = Counter()
    problems = []
    for doc in docs:
        counts[f"documents {doc.kind}"] += 1
        for key, items in (("redact", doc.redact), ("keep", doc.keep)):
            for item in items:
                counts[f"{key} {item.get('entity', 'PERSON')}"] += 1
                if not occurrences(doc.text, str(item["value"])):
                    problems.append(f"{doc.name}: {key} {item['value']!r} not in the text")
        counts["released documents"] += doc.released
    for key in sorted(counts):
        print(f"  {key:30} {counts[key]}")
    print("\n".join(problems) or "  all annotated values occur in their documents")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    splits = sorted(["tuning", *(d.name for d in REAL.iterdir() if d.is_dir())])  # any folder under bench/real/
    ap.add_argument("--split", choices=splits, required=True)
    ap.add_argument("--conll", type=Path, help="CoNLL-2002 Dutch file (ned.testb) for the news half of the split")
    ap.add_argument("--no-real", action="store_true", help="only the news documents (with --conll)")
    ap.add_argument("--only", help="only documents whose name contains this")
    ap.add_argument("--model", help="spaCy pipeline folder, or 'blank' (default: the rule set's model, models/nl_woo)")
    ap.add_argument("--keep-names", type=Path, help="as `woo-redact run --keep-names`")
    ap.add_argument("--cli", action="store_true", help="run `python -m redact.cli run` per document")
    ap.add_argument("-q", "--quiet", action="store_true", help="figures only")
    ap.add_argument("--check", action="store_true",
                    help="only check the annotations (every value occurs in its text) and count them; redacts nothing")
    args = ap.parse_args()
    if args.check:
        check_annotations(load_split(args.split))
        return
    with tempfile.TemporaryDirectory() as tmp:
        from blank_model import model_dir_for  # beside this script (bench/ is on the path when run)

        model_dir = model_dir_for(args.model, Path(tmp))
        import redact

        print(f"code: {Path(redact.__file__).resolve().parent}; model: {args.model or 'default'}; split: {args.split}")
        runner = (CliRunner if args.cli else ApiRunner)(model_dir, args.keep_names)
        docs = [] if args.no_real else load_split(args.split)
        if args.conll and args.split in ("tune", "heldout", "tuning"):  # the news halves of tune and heldout
            docs += conll_articles(args.conll, "tune" if args.split == "tuning" else args.split)
        if args.only:
            docs = [d for d in docs if args.only in d.name]
        evaluate(docs, runner, args.quiet)


if __name__ == "__main__":
    main()
