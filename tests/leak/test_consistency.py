"""Consistency instead of withholding (issue 10, item 5): a value inside a longer word is no leak,
one string gets one verdict within a document (redact wins), and only a real leak withholds; a
withheld document names the value and its place on the console and in the private record, never
in the inventory or the log."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest
from rich.console import Console

from redact.commands.console import print_problems
from redact.decide.consistency import make_consistent
from redact.flows.common import finish
from redact.ingest import read_document
from redact.model import Decision, Finding, Status
from redact.outfolder import INVENTORY_CSV, LOG_NAME, WITHHELD_DIR
from redact.pipeline import Publisher
from redact.verify import verify_output
from redact.verify.record import RECORD_NAME
from redact.verify.values import HashedValues, PlainValues, hash_values, new_salt

# (value, text, still readable): both matchers must agree.
CASES = [
    ("Stallone", "-- Stallones eerste hit na de Rocky-reeks", 0),  # a longer word: genitive
    ("De Wielewaal", "Zij woont aan De Wielewaalstraat 3.", 0),  # a longer word: a street
    ("Jansen", "de Pietersjansenweg", 0),
    ("Jansen", "Groot\u00adjansen belde", 0),  # a soft hyphen sits inside the word
    ("Stallone", "Stallone speelt Rocky.", 1),  # the word itself
    ("Stallone", "(Stallone)", 1),
    ("De Wielewaal", "DE WIELEWAAL opent", 1),  # another case: the same string
    ("Jan de Vries", "Overleg met Jan  de\nVries.", 1),  # an extractor split the value: still the value
    ("Jansen", "gesprek met Jan sen over", 1),  # split inside the value
    ("Jansen", "woontJansen hier", 1),  # two words run together by an extractor
    ("Jansen", "JansenWoont hier", 1),
    ("Anderlecht", "Anderlecht-trainer", 1),  # a hyphen joins, it does not hide (redacted there too)
    ("Anderlecht", "Manchester United-Anderlecht", 1),
    ("Jansen", "dossier Jansen2024", 1),  # a digit is no letter
]


@pytest.mark.parametrize("value,text,expected", CASES)
def test_a_value_inside_a_longer_word_is_no_leak(value, text, expected):
    salt = new_salt()
    assert PlainValues([value]).survivors(text) == expected
    assert HashedValues(salt, hash_values([value], salt)).survivors(text) == expected


def _document(tmp_path: Path, text: str):
    source = tmp_path / "brief.txt"
    source.write_text(text, encoding="utf-8")
    return read_document(source, "brief.txt")


def _decision(document, value: str, action: str = "redact", nth: int = 0) -> Decision:
    page = document.pages[0]
    start = -1
    for _ in range(nth + 1):
        start = page.text.index(value, start + 1)
    finding = Finding(page=1, start=start, end=start + len(value), text=value, entity_type="PERSON",
                      score=0.9, detector="test")
    return Decision(finding, action, "5.1.2e" if action == "redact" else None, "test")


TEXT = ("Stallone speelt. Anderlecht won. De Anderlecht-trainer is blij.\n"
        "Minister Vanderpoorten opende. Later zei Vanderpoorten iets.\n"
        "RECHTBANK NOORD-HOLLAND\nUitspraak van de Rechtbank Noord-Holland.\n"
        "Stallones eerste hit. Een anderlechter en de vanderpoortenregeling.\n")


def test_one_value_one_verdict_redact_wins(tmp_path):
    document = _document(tmp_path, TEXT)
    decisions = [_decision(document, "Anderlecht"), _decision(document, "Rechtbank Noord-Holland"),
                 _decision(document, "Minister Vanderpoorten", "keep"), _decision(document, "Vanderpoorten", nth=1),
                 _decision(document, "Stallone")]
    out = make_consistent(document, decisions)
    added = sorted((d.finding.start, d.finding.text) for d in out[len(decisions):])
    text = document.pages[0].text
    assert [t for _, t in added] == ["Anderlecht", "Vanderpoorten", "RECHTBANK NOORD-HOLLAND"]
    assert added[0][0] == text.index("Anderlecht-trainer")
    assert added[1][0] == text.index("Vanderpoorten")  # inside the kept "Minister Vanderpoorten": redact wins
    assert all(d.action == "redact" and d.ground == "5.1.2e" for d in out[len(decisions):])
    # A reviewer's deliberate keep elsewhere (export's `unchecked`) is left to the reviewer.
    assert make_consistent(document, decisions, frozenset({"Anderlecht", "Vanderpoorten",
                                                           "Rechtbank Noord-Holland"})) == decisions


def test_a_contradiction_is_published_consistent_not_withheld(rules, tmp_path):
    document = _document(tmp_path, TEXT)
    decisions = (_decision(document, "Anderlecht"), _decision(document, "Rechtbank Noord-Holland"),
                 _decision(document, "Minister Vanderpoorten", "keep"), _decision(document, "Vanderpoorten", nth=1),
                 _decision(document, "Stallone"))
    out = tmp_path / "out"
    result = Publisher(rules).publish(document, decisions, out)
    assert result.status is Status.OK, result.error
    written = (out / "brief.txt").read_text(encoding="utf-8")
    assert PlainValues(["Anderlecht", "Vanderpoorten", "Rechtbank Noord-Holland", "Stallone"]).survivors(written) == 0
    assert "Stallones eerste hit" in written and "anderlechter" in written  # longer words stay
    assert "Minister [5.1.2e]" in written


def _leak(rules, tmp_path):
    """A real leak the decisions cannot make consistent: the value split over two lines."""
    document = _document(tmp_path, "Brief van Jansen.\nOverleg met\nJan\nsen over de subsidie.\n")
    out = tmp_path / "out"
    return Publisher(rules).publish(document, (_decision(document, "Jansen"),), out), out


def test_a_real_leak_still_withholds_and_names_value_and_place(rules, tmp_path):
    result, out = _leak(rules, tmp_path)
    assert result.status is Status.LEAK
    assert not (out / "brief.txt").exists() and (out / WITHHELD_DIR / "brief.txt").is_file()
    assert "Jansen" not in result.error and "pagina 1" in result.error  # the public reason: the place only
    assert result.readable == ("'Jansen' op pagina 1 (over regels verdeeld) (tekst)",)


def test_a_value_standing_as_a_word_still_fails_the_check(tmp_path):
    path = tmp_path / "uit.txt"
    path.write_text("Regel een.\nHier staat Jansen nog.\n", encoding="utf-8")
    named: list[str] = []
    problems = verify_output(path, "txt", ["Jansen"], named=named)
    assert problems and "regel 2" in problems[0] and "Jansen" not in problems[0]
    assert named == ["'Jansen' op regel 2 (tekst)"]


def test_console_and_private_record_name_the_value_inventory_and_log_never(rules, tmp_path):
    result, out = _leak(rules, tmp_path)
    private = tmp_path / "privé"
    record = finish([result], out, private).record
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["withheld"] == [{"relpath": "brief.txt", "readable": list(result.readable)}]
    assert stat.S_IMODE(os.stat(private / RECORD_NAME).st_mode) == 0o600
    for public in (out / INVENTORY_CSV, out / LOG_NAME):
        assert "Jansen" not in public.read_text(encoding="utf-8-sig")
    assert "pagina 1" in (out / INVENTORY_CSV).read_text(encoding="utf-8-sig")  # the place stays
    buffer = io.StringIO()
    print_problems([result], Console(file=buffer, width=300))
    assert "'Jansen' op pagina 1" in buffer.getvalue()


def test_a_number_inside_a_longer_number_is_redacted_there_too(tmp_path):
    """A digit is no letter: the check reads a BSN inside a longer reference number as the BSN, so
    it is redacted there as well (fail closed) rather than withholding the document."""
    document = _document(tmp_path, "BSN 111222333.\nKenmerk: 1112223339.\n")
    out = make_consistent(document, [_decision(document, "111222333")])
    assert [(d.finding.start, d.finding.text) for d in out[1:]] == [(document.pages[0].text.index("1112223339"),
                                                                     "111222333")]
