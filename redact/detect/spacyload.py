"""Loading a saved spaCy pipeline without the work that loading throws away (issue 14: start-up).

Two parts of `spacy.load` cost a worker ~1 CPU-s and change nothing in the loaded pipeline:

- The tokenizer is first built from the language's defaults (for Dutch ~4,700 special cases,
  each tokenized and added to a phrase matcher), and then every part of it is replaced by the
  pipeline's own saved `tokenizer` file (Tokenizer.from_bytes resets the rules, the prefix,
  suffix, infix, token and URL patterns and the heuristics flag; Vocab.from_disk drops every
  lexeme made before). Where the folder has that file, the first tokenizer is made empty.
- The Dutch lookup lemmatizer's table (~213,000 lemmas) is filled one Python `__setitem__` at a
  time, each hashing a key that is already a hash. Here the same Table is filled with the same
  keys and values in C loops (`_fill`); its Bloom filter, which the lemmatizers never read (they
  look lemmas up with `get`), is made the same way when something first reads it.

A third part loads what inference never reads (fifth session, ~0.22 CPU-s): the saved string
store (`vocab/strings.json`, 249,000 strings for nl_woo: every word seen in training). A string
store maps hashes back to text; at inference every hash a token, lemma or entity gets is added
with its text as it is made (the lemma table's values are text, its keys hashes of the word), so
the saved strings are only read back for hashes that come out of saved data. For the components
of SAFE_COMPONENTS without vectors none do (no tag or morphology labels, no rule patterns), and
such a pipeline is loaded without them (`exclude=["strings"]`, a serialisation field of
`Language.from_disk`); any other keeps them.

The loaded pipeline is the same: tests/unit/test_spacyload.py compares tokens, lemmas, norms,
entities, the tokenizer's bytes, the lemma table and the classifier's scores with plain
`spacy.load`. A folder without a saved tokenizer, or with another lemmatizer, is loaded as spaCy
loads it.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from itertools import repeat
from pathlib import Path

import spacy
import srsly
from preshed.bloom import BloomFilter
from spacy.lang.nl import Dutch
from spacy.lang.nl.lemmatizer import DutchLemmatizer
from spacy.lookups import Lookups, Table
from spacy.tokenizer import Tokenizer

BARE_TOKENIZER = "woo_redact.bare_tokenizer.v1"
LEMMATIZER = "woo_redact_lemmatizer"


@spacy.registry.tokenizers(BARE_TOKENIZER)
def bare_tokenizer():
    """An empty tokenizer, for a pipeline whose saved tokenizer replaces it as it loads."""

    def make(nlp):
        return Tokenizer(nlp.vocab)

    return make


class LazyBloomTable(Table):
    """spaCy's Table whose Bloom filter is made when it is first read. Only `in` and the table's
    serialisation read it; the lemmatizers look lemmas up with `get` (0.06 CPU-s a load saved)."""

    @property
    def bloom(self) -> BloomFilter:
        bloom = self.__dict__.get("_bloom")
        if bloom is None:  # as spaCy makes it: sized to the entries, every key added
            bloom = self.__dict__["_bloom"] = BloomFilter.from_error_rate(max(len(self), 1))
            deque(map(bloom.add, self.keys()), 0)
        return bloom

    @bloom.setter
    def bloom(self, value: BloomFilter) -> None:
        self.__dict__["_bloom"] = value


def _fill(name: str, data: dict) -> Table:
    """Table(name, data) as spaCy makes it, for keys that are already hashes, without a Python
    call per key; its Bloom filter is made when first read (LazyBloomTable)."""
    if set(map(type, data)) - {int}:  # a key not yet hashed: spaCy's own way
        return Table(name, data)
    table = LazyBloomTable(name=name, data={0: None})  # a Bloom filter of size 1 (cheap), dropped below
    OrderedDict.clear(table)
    table.__dict__["_bloom"] = None
    deque(map(OrderedDict.__setitem__, repeat(table), data.keys(), data.values()), 0)
    return table


class LoadingLemmatizer(DutchLemmatizer):
    """spaCy's Dutch lemmatizer; only reading its tables from disk is faster (`_fill`)."""

    def from_disk(self, path, *, exclude=()):
        tables = Path(path) / "lookups" / "lookups.bin"
        if "vocab" not in exclude or "lookups" in exclude or not tables.is_file():
            return super().from_disk(path, exclude=exclude)
        lookups = Lookups()
        for name, data in srsly.msgpack_loads(tables.read_bytes()).items():
            lookups._tables[name] = _fill(name, data)
        self.lookups = lookups
        self._validate_tables()
        return self


@Dutch.factory(LEMMATIZER, assigns=["token.lemma"],
               default_config={"model": None, "mode": "rule", "overwrite": False,
                               "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
               default_score_weights={"lemma_acc": 1.0})
def make_lemmatizer(nlp, model, name, mode, overwrite, scorer):
    return LoadingLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


# Factories whose components read no hash back from saved data (see above); lookup lemmatizers only.
SAFE_COMPONENTS = frozenset({"tok2vec", "ner", "lemmatizer", LEMMATIZER, "textcat", "textcat_multilabel"})


def _strings_unread(config, path: Path) -> bool:
    """Whether inference with this pipeline never looks a saved string up (above)."""
    components = config.get("components", {})
    factories = {c.get("factory") for c in components.values()}
    lookup = all(c.get("mode") == "lookup" for c in components.values() if c.get("factory") == "lemmatizer")
    meta = srsly.read_json(path / "meta.json")
    no_vectors = not meta.get("vectors", {}).get("vectors") and not meta.get("vectors", {}).get("width")
    return bool(factories) and factories <= SAFE_COMPONENTS and lookup and no_vectors


def load(path: Path) -> spacy.language.Language:
    """`spacy.load(path)`, less the work that loading throws away (above)."""
    config = spacy.util.load_config(path / "config.cfg", interpolate=False)
    overrides: dict = {}
    if (path / "tokenizer").is_file():
        overrides["nlp.tokenizer"] = {"@tokenizers": BARE_TOKENIZER}
    if config["nlp"].get("lang") == Dutch.lang:
        for name, component in config.get("components", {}).items():
            if component.get("factory") == "lemmatizer":
                overrides[f"components.{name}.factory"] = LEMMATIZER
    exclude = ["strings"] if _strings_unread(config, path) else []
    return spacy.load(path, config=overrides, exclude=exclude)
