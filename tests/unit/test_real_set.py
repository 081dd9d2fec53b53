"""The real-document evaluation set (bench/real/) and the scoring helpers of bench/eval_persons.py.

The annotations must describe their documents (every value occurs), and the scorer must read a
redacted text output right: which source characters went under a box, which words were the body's
own redaction marks, how a CoNLL file becomes articles.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "bench" / "real"

spec = importlib.util.spec_from_file_location("eval_persons", ROOT / "bench" / "eval_persons.py")
ev = importlib.util.module_from_spec(spec)
sys.modules.setdefault("eval_persons", ev)  # its dataclasses look their module up while being made
spec.loader.exec_module(ev)

ANNOTATIONS = sorted(REAL.glob("*/*.yaml"))


def test_set_is_big_enough_and_split():
    tune = list((REAL / "tune").glob("*.txt"))
    heldout = list((REAL / "heldout").glob("*.txt"))
    assert len(tune) + len(heldout) >= 30
    assert 0.5 <= len(tune) / (len(tune) + len(heldout)) <= 0.7


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_annotation_describes_its_document(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    assert data["document"] == path.with_suffix(".txt").name
    assert data["kind"] in {"parliament", "municipal", "released", "other"}  # other: e.g. an agency paper (heldout4)
    assert data.get("source")
    assert data.get("released", False) == (data["kind"] == "released")
    for key in ("redact", "keep", "either"):
        for item in data.get(key) or []:
            assert ev.occurrences(text, str(item["value"])), f"{key} {item['value']!r} not in {path.name}"
            assert item.get("class"), f"{key} {item['value']!r} has no class"


def test_mask_marks_replaced_characters_only():
    source = "Geachte heer Jansen, groet van Els de Vries."
    output = "Geachte heer [5.1.2e], groet van [5.1.2e]."
    mask = ev.redacted_mask(source, output)
    redacted = "".join(c for c, m in zip(source, mask) if m)
    assert redacted == "JansenEls de Vries"
    assert ev.covered(source, (13, 19), mask)
    assert not ev.touched((0, 12), mask)


def test_mask_treats_a_stray_one_letter_match_as_replaced():
    # 'e' of the name aligns with the 'e' of '[5.1.2e]': still one box over the whole name.
    source = "Van: Pieter\nAan: team"
    output = "Van: [5.1.2e]\nAan: team"
    mask = ev.redacted_mask(source, output)
    assert ev.covered(source, (5, 11), mask)
    assert not ev.touched((12, 21), mask)


def test_released_marks():
    text = "Auteur Art. 10.2.e en 5.1.2e, [eiser] uit [woonplaats], 5.1 lid 2 sub e, █████ en 10.2.e Wob."
    marks = [m.group() for m in ev.RELEASED_MARK.finditer(text)]
    assert marks == ["Art. 10.2.e", "5.1.2e", "[eiser]", "[woonplaats]", "5.1 lid 2 sub e", "█████", "10.2.e Wob"]
    assert not list(ev.RELEASED_MARK.finditer("artikel 5.1, tweede lid, onder e, van de Woo"))


def test_conll_articles_split_even_and_odd(tmp_path):
    conll = tmp_path / "ned.testb"
    conll.write_text("-DOCSTART- -DOCSTART- O\nDe Art O\nman N O\n, Punc O\nzei V O\nhij Pron O\n. Punc O\n\n"
                     "-DOCSTART- -DOCSTART- O\nJan N B-PER\nkwam V O\n. Punc O\n\n"
                     "-DOCSTART- -DOCSTART- O\nPiet N B-PER\nging V O\n.\n", encoding="utf-8")
    tune = ev.conll_articles(conll, "tune")
    heldout = ev.conll_articles(conll, "heldout")
    assert [d.text for d in tune] == ["De man, zei hij.\n", "Piet ging.\n"]
    assert [d.text for d in heldout] == ["Jan kwam.\n"]
    assert all(d.kind == "news" for d in tune + heldout)
