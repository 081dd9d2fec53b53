"""Precision and recall of the redaction decisions, per entity type (PERSON first).

    python bench/eval_names.py                 # samples/ and bench/heldout/, with models/nl_woo if present
    python bench/eval_names.py --model blank   # the same without the NER model (rules only)
    python bench/eval_names.py --heldout -v    # held-out set only, listing misses and false alarms
    python bench/eval_names.py --heldout --pdf # also as wrapped PDFs, redacted as a dossier and read back

Span level, on the text:
- samples/documents/<stem>.txt with samples/<stem>.expected.yaml: the gold spans of a type are all occurrences of its
  `redact` values (the samples' matching rule: exact, case-sensitive, not inside a longer word);
  `keep` values must stay visible;
- bench/heldout/*.txt: `[[name]]` must be redacted (PERSON), `{{name}}` is a public official that
  must stay visible.
A gold span is *found* when each of its letters and digits lies under a redaction (of any type: a box
is a box). A redaction of type T is *correct* when it overlaps a gold span; on the held-out set only
PERSON is annotated, so only PERSON precision is reported there. "kept violated" counts keep spans
under a redaction (an official or organisation detail blacked out).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redact.pipeline import Pipeline  # noqa: E402
from redact.rules import load_rules  # noqa: E402

from blank_model import model_dir_for  # noqa: E402  (bench/ is on the path: run as a script)

MARKUP = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    pre = r"(?<![\w])" if value[:1].isalnum() else ""
    post = r"(?![\w])" if value[-1:].isalnum() else ""
    return [(m.start(), m.end()) for m in re.finditer(pre + re.escape(value) + post, text)]


def strip_markup(marked: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    out, redact, keep, pos = [], [], [], 0
    last = 0
    for m in MARKUP.finditer(marked):
        out.append(marked[last:m.start()])
        pos += m.start() - last
        value = m.group(1) or m.group(2)
        (redact if m.group(1) else keep).append((pos, pos + len(value)))
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), redact, keep


def _expected(txt: Path) -> Path:
    """samples/<stem>.expected.yaml of samples/documents/<stem>.txt."""
    return txt.parent.parent / f"{txt.stem}.expected.yaml"


def load_sample(txt: Path) -> tuple[str, dict[str, list[tuple[int, int]]], list[tuple[int, int]]]:
    text = txt.read_text(encoding="utf-8")
    spec = yaml.safe_load(_expected(txt).read_text(encoding="utf-8")) or {}
    gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for item in spec.get("redact") or []:
        gold[item["entity"]].extend(occurrences(text, str(item["value"])))
    for entity, spans in gold.items():  # "Jan Jansen", "Jansen", "Jan": keep the longest, drop the contained
        spans = sorted(set(spans), key=lambda s: (s[0], -s[1]))
        gold[entity] = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    keep = [o for item in spec.get("keep") or [] for o in occurrences(text, str(item["value"]))]
    return text, gold, keep


def redactions(pipeline: Pipeline, text: str, name: str) -> list[tuple[int, int, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        analysis = pipeline.analyse(path, name)
    offsets = {p.number: p.offset for p in analysis.document.pages}
    return [(offsets[d.finding.page] + d.finding.start, offsets[d.finding.page] + d.finding.end,
             d.finding.entity_type) for d in analysis.decisions if d.action == "redact"]


def covered(text: str, span: tuple[int, int], boxes: list[tuple[int, int, str]]) -> bool:
    return all(any(s <= i < e for s, e, _ in boxes) for i in range(*span) if text[i].isalnum())


class Score:
    def __init__(self):
        self.gold = self.found = self.pred = self.correct = 0


def evaluate(pipeline: Pipeline, docs, only_person: bool, verbose: bool, label: str) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    violated = kept = 0
    for name, text, gold, keep in docs:
        boxes = redactions(pipeline, text, name)
        all_gold = [s for spans in gold.values() for s in spans]
        for entity, spans in gold.items():
            for span in spans:
                scores[entity].gold += 1
                if covered(text, span, boxes):
                    scores[entity].found += 1
                elif verbose:
                    print(f"  miss   {name}: {entity} {text[span[0]:span[1]]!r}")
        for s, e, entity in boxes:
            if only_person and entity != "PERSON":
                continue
            scores[entity].pred += 1
            if any(s < ge and gs < e for gs, ge in all_gold):
                scores[entity].correct += 1
            elif verbose:
                print(f"  false  {name}: {entity} {text[s:e]!r}")
        for ks, ke in keep:
            kept += 1
            if any(s < ke and ks < e for s, e, _ in boxes):
                violated += 1
                if verbose:
                    print(f"  kept violated {name}: {text[ks:ke]!r}")
    print(f"\n{label}: {len(docs)} documents")
    print(f"  {'entity':15} {'gold':>5} {'found':>6} {'recall':>7} {'pred':>5} {'correct':>8} {'precision':>9}")
    for entity in sorted(scores, key=lambda e: (e != "PERSON", e)):
        sc = scores[entity]
        rec = f"{sc.found / sc.gold:.3f}" if sc.gold else "-"
        prec = f"{sc.correct / sc.pred:.3f}" if sc.pred else "-"
        print(f"  {entity:15} {sc.gold:5} {sc.found:6} {rec:>7} {sc.pred:5} {sc.correct:8} {prec:>9}")
    print(f"  kept violated: {violated} of {kept} spans that must stay visible")
    return scores


def pdf_check(pipeline: Pipeline, rules) -> None:
    """The held-out documents as narrow PDF pages (lines wrap inside names and between title and
    name), redacted as a dossier and read back: names still readable, officials blacked out."""
    import unicodedata

    import pymupdf

    from redact.flows.dossier import across_dossier

    def squash(t: str) -> str:
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", t))

    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        gold, analyses = {}, []
        for txt in sorted((ROOT / "bench" / "heldout").glob("*.txt")):
            text, redact, keep = strip_markup(txt.read_text(encoding="utf-8"))
            gold[txt.stem] = ([text[s:e] for s, e in redact], [text[s:e] for s, e in keep])
            with pymupdf.open() as doc:
                doc.new_page().insert_textbox(pymupdf.Rect(60, 50, 330, 800), text, fontsize=9, fontname="helv")
                doc.save(src / f"{txt.stem}.pdf")
            analyses.append(pipeline.analyse(src / f"{txt.stem}.pdf", f"{txt.stem}.pdf"))
        visible = blacked = names = officials = withheld = 0
        for a in across_dossier(analyses, rules, pipeline):
            result = pipeline.publish(a.document, a.decisions, out)
            stem = Path(a.relpath).stem
            if result.status.name != "OK":
                withheld += 1
                continue
            before = squash("".join(p.get_text() for p in pymupdf.open(src / a.relpath)))
            after = squash("".join(p.get_text() for p in pymupdf.open(out / a.relpath)))
            redact, keep = gold[stem]
            names += len(redact)
            visible += sum(1 for v in redact if squash(v) in after)
            officials += len(keep)
            blacked += sum(1 for v in set(keep) if after.count(squash(v)) < before.count(squash(v)))
    print(f"\nbench/heldout/ as wrapped PDFs: {names} names, {visible} still readable; "
          f"{officials} official mentions, {blacked} names of officials blacked out; {withheld} documents withheld")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="spaCy pipeline folder, or 'blank' for no NER model (default: models/nl_woo)")
    ap.add_argument("--samples", action="store_true", help="only samples/")
    ap.add_argument("--heldout", action="store_true", help="only bench/heldout/")
    ap.add_argument("--pdf", action="store_true", help="also redact bench/heldout/ as wrapped PDFs and read them back")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, false alarms and kept violations")
    args = ap.parse_args()
    rules = load_rules()
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = model_dir_for(args.model, Path(tmp))
        t0 = time.perf_counter()
        pipeline = Pipeline(rules, model_dir)
        print(f"model: {args.model or 'models/nl_woo (default)'}; pipeline built in {time.perf_counter() - t0:.2f} s")
        if not args.heldout:
            docs = []
            for txt in sorted((ROOT / "samples" / "documents").glob("*.txt")):
                if _expected(txt).exists():
                    text, gold, keep = load_sample(txt)
                    docs.append((txt.name, text, gold, keep))
            evaluate(pipeline, docs, only_person=False, verbose=args.verbose, label="samples/")
        if not args.samples:
            docs = []
            for txt in sorted((ROOT / "bench" / "heldout").glob("*.txt")):
                text, redact, keep = strip_markup(txt.read_text(encoding="utf-8"))
                docs.append((txt.name, text, {"PERSON": redact}, keep))
            evaluate(pipeline, docs, only_person=True, verbose=args.verbose, label="bench/heldout/ (PERSON only)")
        if args.pdf:
            pdf_check(pipeline, rules)


if __name__ == "__main__":
    main()
