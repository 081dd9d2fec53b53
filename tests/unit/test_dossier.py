"""redact/dossier/: fingerprints, duplicate groups, threads, the same redactions in every copy."""

from __future__ import annotations

from dataclasses import replace

import pytest

from redact.dossier.copies import same_in_copies
from redact.dossier.duplicates import copy_groups, find_duplicates
from redact.dossier.fingerprint import fingerprint
from redact.dossier.mailheads import mail_keys, normalised_subject
from redact.dossier.threads import find_threads
from redact.model import Decision, Document, Finding, Page
from redact.pipeline import Analysis
from redact.rules import DuplicateSettings

S = DuplicateSettings()
TEXT = ("De gemeente heeft op 12 maart besloten de subsidie voor het buurthuis aan de Kerkstraat met een jaar te "
        "verlengen. Het college vraagt de stichting voor 1 juli een nieuw activiteitenplan en een begroting in te "
        "dienen, zodat de raad na de zomer over de verdere financiering kan beslissen. Daarbij wordt ook gekeken "
        "naar het gebruik van de zalen door andere verenigingen uit de wijk.")


def doc(text: str, relpath: str = "a.txt") -> Document:
    return Document(source=f"/x/{relpath}", relpath=relpath, kind="txt", pages=(Page(1, text),))


def fps(**texts) -> dict:
    return {name: fingerprint(doc(text, name), S) for name, text in texts.items()}


def test_exact_duplicates_ignore_case_punctuation_layout_and_pages():
    printed = Document(source="/x/b.pdf", relpath="b.pdf", kind="pdf",
                       pages=(Page(1, TEXT[:202].upper() + "\n"), Page(2, TEXT[202:].replace(".", " ."))))
    found = find_duplicates({"a.txt": fingerprint(doc(TEXT), S), "b.pdf": fingerprint(printed, S)}, S)
    assert list(found) == ["b.pdf"]
    assert found["b.pdf"].original == "a.txt" and found["b.pdf"].exact and found["b.pdf"].similarity == 1.0


def test_near_duplicates_above_the_threshold_only_and_the_longer_is_the_original():
    small = TEXT.replace("een jaar", "twee jaar")
    longer = TEXT + " Zie ook het verslag."
    other = "Het college heeft de begroting voor volgend jaar vastgesteld. " * 5
    found = find_duplicates(fps(a=TEXT, b=small, c=longer, d=other), S)
    assert set(found) == {"a", "b"} and found["a"].original == "c" and found["b"].original == "c"
    assert not found["a"].exact and S.near_threshold <= found["a"].similarity < 1.0
    strict = replace(S, near_threshold=0.99)
    assert find_duplicates(fps(a=TEXT, b=small), strict) == {}


def test_short_documents_are_only_exact_duplicates():
    found = find_duplicates(fps(a="Akkoord, groet Jan.", b="Akkoord, groet Piet.", c="akkoord groet jan"), S)
    assert set(found) == {"c"} and found["c"].exact


def test_groups_are_the_same_whatever_the_order():
    f = fps(a=TEXT, b=TEXT + " Einde.", c="iets anders " * 40, d=TEXT.upper())
    assert copy_groups(f, S) == copy_groups(dict(reversed(list(f.items()))), S)


def test_subject_prefixes_are_stripped():
    assert normalised_subject("RE: FW: Antw: Fwd:  Planning  overleg") == "planning overleg"
    assert normalised_subject("Doorst: WG: AW: re[2]: Planning overleg") == "planning overleg"
    assert normalised_subject("Reactie op planning") == "reactie op planning"  # a word, not a prefix


MAIL1 = "Van: Jan de Vries <j.devries@minbzk.nl>\nAan: Piet\nOnderwerp: Planning\n\nZullen we dinsdag?\n"
MAIL2 = ("From: Piet Bakker <p.bakker@minbzk.nl>\nTo: Jan\nSubject: RE: Planning\n\nPrima.\n\n"
         "> Van: Vries, Jan de\n> Verzonden: maandag 3 juni 2024\n> Aan: Piet\n> Onderwerp: Planning\n> Zullen we?\n")
MAIL3 = ("Van: Jan de Vries <j.devries@minbzk.nl>\nOnderwerp: RE: RE: Planning\n\nTot dan.\n\n"
         "Van: Piet Bakker\nSent: maandag\nOnderwerp: RE: Planning\n\nPrima.\n\n"
         "From: Jan de Vries <j.devries@minbzk.nl>\nSent: maandag\nSubject: Planning\n\nZullen we dinsdag?\n")


def test_mail_keys_of_own_header_and_quoted_blocks():
    assert mail_keys("Een nota zonder kop.\nVan: iemand\n") is None
    one, two, three = mail_keys(MAIL1), mail_keys(MAIL2), mail_keys(MAIL3)
    assert one.blocks == 0 and two.blocks == 1 and three.blocks == 2
    assert set(one.own) & set(two.quoted)  # "Vries, Jan de" quoted meets "Jan de Vries" by its name
    assert set(two.own) & set(three.quoted) and set(one.own) & set(three.quoted)
    assert not set(one.own) & set(two.own)


def test_threads_join_mails_that_quote_each_other_and_name_the_most_complete():
    f = fps(m1=MAIL1, m2=MAIL2, m3=MAIL3, other="Van: Karin\nOnderwerp: Planning\n\nLos bericht.\n",
            nota=TEXT)
    assert find_threads(f) == [(["m1", "m2", "m3"], "m3")]


def test_same_subject_without_quotes_is_no_thread():
    f = fps(a="Van: Jan\nOnderwerp: Vraag\n\nEen.\n", b="Van: Piet\nOnderwerp: RE: Vraag\n\nTwee.\n")
    assert find_threads(f) == []


def _analysis(relpath: str, text: str, name: str, action: str) -> Analysis:
    start = text.index(name)
    finding = Finding(1, start, start + len(name), name, "PERSON", 0.9, "ner")
    return Analysis(doc(text, relpath), (finding,), (Decision(finding, action, "5.1.2e" if action == "redact" else None,
                                                              "test"),))


def test_a_name_kept_in_one_copy_is_redacted_when_another_copy_redacts_it(rules):
    text = "Het verzoek van mevrouw Fatima el Amrani is ontvangen. " + TEXT
    a = _analysis("a.txt", text, "Fatima el Amrani", "redact")
    b = _analysis("b.txt", text.replace("ontvangen", "binnengekomen"), "Fatima el Amrani", "keep")
    out = same_in_copies([a, b], [["a.txt", "b.txt"]], rules)
    assert out[0] is a  # nothing to add
    redacted = [d for d in out[1].decisions if d.action == "redact"]
    assert [d.finding.text for d in redacted] == ["Fatima el Amrani"]
    assert "ander exemplaar" in redacted[0].reason
    assert not [d for d in out[1].decisions if d.action == "keep"]  # the kept span is gone: redact wins
    # Not in one group: the copy keeps its own decision.
    assert same_in_copies([a, b], [], rules)[1] is b


def test_settings_are_validated(tmp_path):
    import shutil
    from pathlib import Path

    from redact.errors import RulesError
    from redact.rules import load_rules

    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parents[2] / "rules", rules)
    policy = rules / "policy.yaml"
    base = policy.read_text(encoding="utf-8")
    policy.write_text(base.replace("near_threshold: 0.85", "near_threshold: 1.5"), encoding="utf-8")
    with pytest.raises(RulesError, match="near_threshold"):
        load_rules(rules)
    policy.write_text(base.replace("shingle_words: 3", "shingles: 3"), encoding="utf-8")
    with pytest.raises(RulesError, match="duplicates.shingles: unknown"):
        load_rules(rules)


def test_the_bands_are_those_datasketchs_lsh_chooses():
    from datasketch.lsh import _optimal_param

    from redact.dossier.duplicates import BAND_WEIGHTS, bands

    for permutations in (64, 128):
        for i in range(51):  # the LSH thresholds near_threshold - CANDIDATE_MARGIN can give: 0.3 to 0.8
            threshold = 0.3 + i / 100
            assert bands(threshold, permutations) == _optimal_param(threshold, permutations, *BAND_WEIGHTS)
    assert bands(0.85 - 0.2, 256) == _optimal_param(0.85 - 0.2, 256, *BAND_WEIGHTS)  # policy.yaml's, more permutations


def test_the_candidates_are_those_datasketchs_lsh_proposes():
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from redact.dossier.duplicates import candidates
    from redact.dossier.fingerprint import SCHEME

    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**32, size=128, dtype=np.uint64)
    signatures = {}
    for n in range(40):  # copies of one signature with ever more values changed, and strangers
        values = base.copy() if n < 30 else rng.integers(0, 2**32, size=128, dtype=np.uint64)
        changed = rng.choice(128, size=min(127, 4 * n), replace=False)
        values[changed] = rng.integers(0, 2**32, size=len(changed), dtype=np.uint64)
        signatures[f"d{n:02d}"] = values
    lsh = MinHashLSH(num_perm=128, params=(21, 6))
    for key, values in signatures.items():
        lsh.insert(key, MinHash(num_perm=128, hashvalues=values, scheme=SCHEME))
    proposed = candidates(signatures, 21, 6)
    for key, values in signatures.items():
        assert proposed[key] == set(lsh.query(MinHash(num_perm=128, hashvalues=values, scheme=SCHEME))) - {key}
    assert 0 < sum(map(len, proposed.values())) < 40 * 39  # some pairs proposed, not all


def test_the_dossier_pass_imports_no_scipy():
    import subprocess
    import sys

    code = ("import sys\n"
            "from redact.dossier.duplicates import find_duplicates\n"
            "from redact.dossier.fingerprint import fingerprint\n"
            "from redact.model import Document, Page\n"
            "from redact.rules import DuplicateSettings\n"
            f"text = {TEXT!r}\n"
            "S = DuplicateSettings()\n"
            "docs = {n: Document(source='/x/' + n, relpath=n, kind='txt', pages=(Page(1, t),))\n"
            "        for n, t in (('a', text), ('b', text + ' Einde.'))}\n"
            "found = find_duplicates({n: fingerprint(d, S) for n, d in docs.items()}, S)\n"
            "print(sorted(found), 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["['a']", "False"]
