"""Checks on the shipped spaCy pipeline models/nl_woo (trained by training/train.sh)."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

MODEL = Path(__file__).resolve().parents[2] / "models" / "nl_woo"


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL)


def _persons(nlp, text):
    return [e.text for e in nlp(text).ents if e.label_ == "PER"]


def test_model_files_present():
    assert (MODEL / "meta.json").is_file()
    assert (MODEL / "config.cfg").is_file()
    assert (MODEL / "MODEL_CARD.md").is_file()
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size < 25 * 1024 * 1024


def test_loads_from_the_project_folder():
    # Load time is measured by bench/bench_names.py, not asserted here: a timed test fails on a
    # busy machine. That loading tries no network is shown by tests/e2e/test_offline.py.
    nlp = spacy.load(MODEL)
    assert nlp.lang == "nl"
    assert nlp.meta["name"] == "woo"


def test_pipeline_components(nlp):
    assert "ner" in nlp.pipe_names
    assert "lemmatizer" in nlp.pipe_names
    assert {"PER", "LOC", "ORG"} <= set(nlp.get_pipe("ner").labels)


def test_outlook_header_person(nlp):
    pers = _persons(nlp, "Van: Jansen, J. (Jan) <j.jansen@minbzk.nl>")
    assert any("Jansen" in p for p in pers), pers
    # the e-mail address is not part of the name
    assert not any("@" in p for p in pers), pers


def test_running_text_person(nlp):
    doc = nlp("zoals besproken met mevrouw Kaya van DJI")
    pers = [e.text for e in doc.ents if e.label_ == "PER"]
    assert pers == ["Kaya"], [(e.text, e.label_) for e in doc.ents]
    assert "DJI" not in pers


def test_signature_block_person(nlp):
    text = ("Met vriendelijke groet,\n\nFatima el Amrani\nSenior beleidsmedewerker\n"
            "Directie Migratiebeleid\nMinisterie van Justitie en Veiligheid\n")
    pers = _persons(nlp, text)
    assert "Fatima el Amrani" in pers, pers
    assert not any("beleidsmedewerker" in p for p in pers), pers


def test_lemmas_from_shipped_lookup_table(nlp):
    doc = nlp("De ambtenaren hebben de stukken besproken.")
    assert all(t.lemma_ for t in doc)
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["ambtenaren"] == "ambtenaar"
    assert lemmas["besproken"] == "bespreken"


def test_lemmatizer_does_not_need_spacy_lookups_data():
    """Load in a fresh process where spacy_lookups_data cannot be imported."""
    code = (
        "import sys; sys.modules['spacy_lookups_data'] = None\n"
        "import spacy\n"
        f"nlp = spacy.load({str(MODEL)!r})\n"
        "doc = nlp('De ambtenaren hebben de stukken besproken.')\n"
        "assert doc[1].lemma_ == 'ambtenaar', doc[1].lemma_\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert importlib.util.find_spec("spacy") is not None
