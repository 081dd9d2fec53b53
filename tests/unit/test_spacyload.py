"""The shipped pipeline loaded by redact/detect/spacyload.py is the one `spacy.load` gives."""

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from redact.detect import spacyload  # noqa: E402
from redact.detect.engine import DEFAULT_MODEL_DIR, load_pipeline  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "documents"


def _reading(nlp, texts):
    out = []
    for doc in nlp.pipe(texts):
        out.append([(t.text, t.whitespace_, t.norm_, t.prefix_, t.suffix_, t.shape_, t.lemma_, t.is_stop,
                     t.like_num, t.ent_iob_, t.ent_type_) for t in doc])
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
    return out


@pytest.fixture(scope="module")
def both():
    return spacy.load(DEFAULT_MODEL_DIR), spacyload.load(DEFAULT_MODEL_DIR)


def test_same_tokens_lemmas_and_entities_on_the_samples(both):
    plain, fast = both
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts.append("Mw. drs. A.B. de Vries-Jansen (o.a. afd. Juridische Zaken) mailde a.s. ma. om 9.30 u. "
                 "naar j.devries@minbzk.nl; z.s.m. terugbellen op 06-12345678, t.a.v. dhr. Ç. Öztürk e.d.")
    # Words whose lemmas the table has (liepen -> lopen), unknown words, other scripts and signs.
    texts.append("De ambtenaren liepen gisteren langs de vergaderingen; zij hebben de stukken gelezen en "
                 "besloten dat de aanvragers hun bezwaren mochten toelichten. Xqzwrtvlm, Zuid-Hollandse, "
                 "Łódź, Ærø, 香港, ½, €1.250,-, 👍, #woo2024, @gemeente, https://www.rijksoverheid.nl/x?y=1.")
    assert len(texts) > 10
    assert _reading(fast, texts) == _reading(plain, texts)


def test_same_tokenizer_and_lemma_table(both):
    plain, fast = both
    assert fast.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])  # its own parts (the strings: below)
    assert fast.pipe_names == plain.pipe_names
    a = plain.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    b = fast.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    assert list(b.items()) == list(a.items()) and len(a) > 100_000
    assert b.bloom.to_bytes() == a.bloom.to_bytes()
    assert b.name == a.name
    assert isinstance(fast.get_pipe("lemmatizer"), spacyload.LoadingLemmatizer)


def test_the_saved_strings_are_not_read(both):
    """Inference adds every string it makes (spacyload.py); the 249,000 saved ones are left out,
    and a pipeline with a component that may read them back keeps them."""
    plain, fast = both
    assert len(plain.vocab.strings) > 200_000 and len(fast.vocab.strings) < 20_000
    config = spacy.util.load_config(DEFAULT_MODEL_DIR / "config.cfg", interpolate=False)
    assert spacyload._strings_unread(config, DEFAULT_MODEL_DIR)
    config["components"]["tagger"] = {"factory": "tagger"}
    assert not spacyload._strings_unread(config, DEFAULT_MODEL_DIR)


def test_the_lemma_tables_bloom_filter_is_made_only_when_read(both):
    plain, _ = both
    nlp = spacyload.load(DEFAULT_MODEL_DIR)
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    docs = list(nlp.pipe(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))))
    assert any(t.lemma_ != t.text for d in docs for t in d)  # the table was used
    assert table.__dict__["_bloom"] is None  # inference never reads the filter
    reference = plain.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    assert table.bloom.to_bytes() == reference.bloom.to_bytes() and table.to_bytes() == reference.to_bytes()


def test_the_engine_loads_it_so():
    nlp = load_pipeline(None)
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == spacyload.BARE_TOKENIZER



def test_the_special_categories_classifier_loads_the_same():
    path = DEFAULT_MODEL_DIR.parent / "nl_special"
    plain, fast = spacy.load(path), spacyload.load(path)
    texts = [part for p in sorted(SAMPLES.glob("*.txt")) for part in p.read_text(encoding="utf-8").split("\n\n")
             if part.strip()]
    assert len(texts) > 100
    assert [d.cats for d in fast.pipe(texts)] == [d.cats for d in plain.pipe(texts)]
    assert fast.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])  # its own parts (the saved strings are left out)
