"""The Frog teacher corpus (training/frog/) and the hand-annotated slice scorer (bench/eval_ner_slice.py).

silver.py turns Frog's tab output into training docs: it must align Frog's tokens to the text, bring Frog's
spans to the project's conventions (no titles, one span a name), and drop the sentences where Frog and the
rules disagree. These tests feed it a small hand-written Frog output (Frog itself is a training-time tool
and is not needed here).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training" / "frog"))
import silver  # noqa: E402

spec = importlib.util.spec_from_file_location("eval_ner_slice", ROOT / "bench" / "eval_ner_slice.py")
ens = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ens)


def _frog(rows: list[list[tuple[str, str]]]) -> str:
    """Frog 0.20 tab output with --skip=mpcla: idx, word, 3 empty columns, tag, confidence, NER, ..."""
    out = []
    for sent in rows:
        for i, (w, ner) in enumerate(sent, 1):
            out.append("\t".join([str(i), w, "", "", "", "N(soort)", "0.990000", ner, "", "", ""]))
        out.append("")
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def lists():
    return silver.Lists()


def _run(tmp_path, text: str, rows, lists):
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    (tmp_path / "t.tsv").write_text(_frog(rows), encoding="utf-8")
    stats: Counter = Counter()
    docs = silver.silver_docs(spacy.blank("nl"), tmp_path / "t.txt", tmp_path / "t.tsv", lists, stats)
    return docs, stats


def test_titles_cut_and_coordinated_names_split(tmp_path, lists):
    text = "Het woord is aan mevrouw Kaya.\n\nDeze motie is voorgesteld door de leden Veldman en Paternotte.\n"
    rows = [
        [("Het", "O"), ("woord", "O"), ("is", "O"), ("aan", "O"), ("mevrouw", "B-PER"), ("Kaya", "I-PER"), (".", "O")],
        [("Deze", "O"), ("motie", "O"), ("is", "O"), ("voorgesteld", "O"), ("door", "O"), ("de", "O"), ("leden", "O"),
         ("Veldman", "B-PER"), ("en", "I-PER"), ("Paternotte", "I-PER"), (".", "O")],
    ]
    docs, stats = _run(tmp_path, text, rows, lists)
    assert stats["kept"] == 2
    assert [[(e.text, e.label_) for e in d.ents] for d in docs] == [[("Kaya", "PER")],
                                                                      [("Veldman", "PER"), ("Paternotte", "PER")]]


def test_person_frog_missed_drops_the_sentence(tmp_path, lists):
    # Frog tagged the name after "de heer" as LOC: the title pattern says person, so the sentence goes
    text = "Dan is het woord aan de heer Zwoltinga.\n"
    rows = [[("Dan", "O"), ("is", "O"), ("het", "O"), ("woord", "O"), ("aan", "O"), ("de", "O"), ("heer", "O"),
             ("Zwoltinga", "B-LOC"), (".", "O")]]
    docs, stats = _run(tmp_path, text, rows, lists)
    assert docs == []
    assert stats["missed_person"] == 1


def test_listed_surname_tagged_as_place_drops_the_sentence(tmp_path, lists):
    text = "Dan Wassenberg.\n"
    rows = [[("Dan", "O"), ("Wassenberg", "B-LOC"), (".", "O")]]
    docs, stats = _run(tmp_path, text, rows, lists)
    assert docs == [] and stats["surname_as_loc"] == 1


def test_person_made_of_list_words_drops_the_sentence(tmp_path, lists):
    text = "Het besluit valt onder de Woo.\n"
    rows = [[("Het", "O"), ("besluit", "O"), ("valt", "O"), ("onder", "O"), ("de", "O"), ("Woo", "B-PER"), (".", "O")]]
    docs, stats = _run(tmp_path, text, rows, lists)
    assert docs == [] and stats["per_not_name"] == 1


def test_misc_is_missing_not_outside(tmp_path, lists):
    text = "Zij las het Journaal.\n"
    rows = [[("Zij", "O"), ("las", "O"), ("het", "O"), ("Journaal", "B-MISC"), (".", "O")]]
    docs, _ = _run(tmp_path, text, rows, lists)
    (doc,) = docs
    assert [t.ent_iob_ for t in doc] == ["O", "O", "O", "", "O"]


def test_attendance_list_relabelled_as_persons(tmp_path, lists):
    text = "Aanwezig zijn 3 leden der Kamer, te weten:\n\nVan Aalst, Agema, Helder en Ziengs.\n"
    rows = [
        [("Aanwezig", "O"), ("zijn", "O"), ("3", "O"), ("leden", "O"), ("der", "O"), ("Kamer", "B-ORG"), (",", "O"),
         ("te", "O"), ("weten", "O"), (":", "O")],
        [("Van", "O"), ("Aalst", "B-LOC"), (",", "O"), ("Agema", "B-MISC"), (",", "O"), ("Helder", "O"), ("en", "O"),
         ("Ziengs", "B-PER"), (".", "O")],
    ]
    docs, stats = _run(tmp_path, text, rows, lists)
    assert stats["list_relabelled"] == 1
    assert [e.text for e in docs[1].ents if e.label_ == "PER"] == ["Van Aalst", "Agema", "Helder", "Ziengs"]


def test_heading_in_capitals_has_no_labels(tmp_path, lists):
    text = "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n"
    rows = [[("VERSLAG", "B-PER"), ("VAN", "I-PER"), ("EEN", "O"), ("SCHRIFTELIJK", "O"), ("OVERLEG", "O")]]
    docs, _ = _run(tmp_path, text, rows, lists)
    assert docs and not docs[0].ents


def test_jsonl_round_trip(tmp_path, lists):
    text = "Het woord is aan mevrouw Kaya van het Journaal.\n"
    rows = [[("Het", "O"), ("woord", "O"), ("is", "O"), ("aan", "O"), ("mevrouw", "O"), ("Kaya", "B-PER"),
             ("van", "O"), ("het", "O"), ("Journaal", "B-MISC"), (".", "O")]]
    docs, _ = _run(tmp_path, text, rows, lists)
    silver.write_jsonl(docs, tmp_path / "s.jsonl")
    rec = json.loads((tmp_path / "s.jsonl").read_text(encoding="utf-8"))
    assert rec["ents"] == [[25, 29, "PER"]] and rec["missing"] == [[38, 46]]
    (back,) = silver.read_jsonl(spacy.blank("nl"), tmp_path / "s.jsonl")
    assert [(e.text, e.label_) for e in back.ents] == [("Kaya", "PER")]
    assert [t.ent_iob_ for t in back][8] == ""


def test_committed_silver_has_persons_and_no_titles():
    docs = silver.read_jsonl(spacy.blank("nl"), ROOT / "training" / "frog" / "silver.jsonl")
    pers = [e for d in docs for e in d.ents if e.label_ == "PER"]
    assert len(docs) > 10000 and len(pers) > 1000
    assert not any(e[0].lower_ in ("mevrouw", "heer", "minister") for e in pers)


def test_slice_is_not_in_the_teacher_texts():
    rows = ens.load_slice()
    texts = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "training" / "frog" / "text").glob("*.txt"))
    shared = [t for _, t, gold in rows if gold and len(t) > 40 and t in texts]
    assert shared == []


def test_slice_markup_and_scoring():
    rows = ens.load_slice()
    assert len(rows) >= 280 and sum(len(g) for _, _, g in rows) >= 300
    assert {p for p, _, _ in rows} == {"parliament", "local"}
    part, text, gold = next(r for r in rows if r[1].startswith("Het woord is aan de heer Pechtold"))
    assert part == "parliament" and [text[s:e] for s, e in gold] == ["Pechtold"]
    # exact match, token level and overlap on a toy prediction
    toy = [("local", "De heer Van Maldegem en Kaya.", [(8, 19), (23, 27)])]
    s = ens.score(toy, [[(4, 19)]])  # "heer Van Maldegem": overlaps one name, exact match none
    assert (s["P"], s["R"], s["overlap"]) == (0.0, 0.0, 0.5)
    assert s["tok_R"] == pytest.approx(2 / 3) and s["tok_P"] == pytest.approx(2 / 3)
    assert ens.score(toy, [[(8, 19), (23, 27)]])["F"] == 1.0
