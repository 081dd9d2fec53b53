"""The interactive review driven as a user would: keys typed into a pseudo-terminal."""

from __future__ import annotations

import json
import re

import pexpect
import pytest

from .conftest import cli, pdf_text, scan, woo_redact

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
HELP_ITEMS = ["a accepteren", "r afwijzen", "n/→ volgende", "p/← vorige", "g grond", "A/R alle met deze waarde",
              "/ zoek en lak weg", "f filter", "i details", "q stoppen"]


def spawn(work):
    child = pexpect.spawn(woo_redact(), ["review", str(work), "--reviewer", "tester"], dimensions=(30, 140),
                          encoding="utf-8", timeout=30)
    child.expect(r"voorstel \d+/")  # the first undecided one
    return child


def command(child, keys: str, answer: str | None, expect: str) -> None:
    child.send(keys)
    if answer is not None:
        child.expect(":")  # the prompt
        child.send(answer + "\r")
    child.expect(expect)


def test_reject_add_and_change_ground_reach_the_export(work, tmp_path):
    child = spawn(work)
    command(child, "f", "EMAIL_ADDRESS", "filter: EMAIL_ADDRESS")
    command(child, "r", None, "zichtbaar: p.bakker@voorbeeld.nl")  # a-brief.txt; on to info@
    command(child, "n", None, "document 2/2")  # b-nota.pdf, its e-mail address
    command(child, "r", None, "zichtbaar: p.bakker@voorbeeld.nl")
    command(child, "f", "PHONE_NUMBER", "filter: PHONE_NUMBER")  # only b-nota.pdf's number is after here...
    command(child, "g", "9.9.9", "onbekende grond")  # not in the catalogue: nothing recorded
    command(child, "g", "5.1.2.i", r"weggelakt: 06-12345678 \(5\.1\.2i\)")  # a spelling variant, normalised
    command(child, "p", None, "document 1/2")  # ...so back to a-brief.txt's
    command(child, "g", "art. 5.1, eerste lid, onder d", r"\(5\.1\.1d\)")
    command(child, "f", "", "filter: geen")
    child.send("/")
    child.expect("Zoek")
    child.send("ZX-4411-Q\r")
    child.expect("dossier")
    child.send("j")  # in every document
    child.expect("toegevoegd")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    # Saved as made, human-readable, one entry per decision.
    data = json.loads((work / "decisions.json").read_text(encoding="utf-8"))
    assert {(d["kind"], d["document"], d["value"], d["action"], d["ground"]) for d in data["decisions"]} == {
        ("proposal", "a-brief.txt", "p.bakker@voorbeeld.nl", "keep", None),
        ("proposal", "b-nota.pdf", "p.bakker@voorbeeld.nl", "keep", None),
        ("proposal", "b-nota.pdf", "06-12345678", "redact", "5.1.2i"),
        ("proposal", "a-brief.txt", "06-12345678", "redact", "5.1.1d"),
        ("added", "*", "ZX-4411-Q", "redact", "5.1.2e"),
    }
    assert all(d["reviewer"] == "tester" and d["time"] for d in data["decisions"])

    out = tmp_path / "out"
    result = cli("export", work, "--out", out)
    assert result.exit_code == 0, result.output
    text = (out / "a-brief.txt").read_text(encoding="utf-8")
    assert "p.bakker@voorbeeld.nl" in text  # rejected: stays visible
    assert "bel [5.1.1d]" in text  # changed ground
    assert "Dossiercode [5.1.2e] wordt" in text  # added by search
    assert "NL91ABNA0417164300" not in text and "IBAN is [5.1.2e]" in text  # open: the proposal stands
    assert "info@minbzk.nl" in text  # open keep proposal (generic mailbox): stays visible

    pdf = pdf_text(out / "b-nota.pdf")
    assert "p.bakker@voorbeeld.nl" in pdf
    assert "06-12345678" not in pdf and "5.1.2i" in pdf  # the box carries the changed ground
    assert "ZX-4411-Q" not in pdf and "5.1.2e" in pdf
    assert "NL91ABNA0417164300" not in pdf

    printed = cli("review", work, "--print", "--no-color").output
    assert "[=p.bakker@voorbeeld.nl=]{zichtbaar}" in printed
    assert "[-06-12345678-]{5.1.2i}" in printed and "[-06-12345678-]{5.1.1d}" in printed
    assert printed.count("[-ZX-4411-Q-]{5.1.2e}") == 2
    assert "[-NL91ABNA0417164300-]{5.1.2e?}" in printed  # open is marked as such


def test_accept_all_of_a_value_for_the_dossier(work):
    child = spawn(work)
    command(child, "f", "IBAN", "filter: IBAN")
    child.send("R")
    child.expect("dossier")
    child.send("j")
    child.expect("zichtbaar in hele dossier: NL91ABNA0417164300")
    child.send("\x1b[C")  # right arrow: next (there is none left with this filter)
    child.expect("geen volgend voorstel")
    child.send("q")
    child.expect(pexpect.EOF)
    printed = cli("review", work, "--print", "--no-color").output
    assert printed.count("[=NL91ABNA0417164300=]{zichtbaar}") == 2


def test_a_crash_loses_no_decision(work, tmp_path):
    child = spawn(work)
    command(child, "a", None, "weggelakt: p.bakker@voorbeeld.nl")
    command(child, "\x1b[D", None, "voorstel 1/")  # left arrow: back to it
    command(child, "r", None, "zichtbaar: p.bakker@voorbeeld.nl")
    second = pexpect.spawn(woo_redact(), ["review", str(work)], encoding="utf-8", timeout=30)
    second.expect("wordt al beoordeeld door tester")  # one review at a time per work folder
    second.expect(pexpect.EOF)
    blocked = cli("export", work, "--out", tmp_path / "out")  # nor an export or a scan meanwhile
    assert blocked.exit_code == 2 and "wordt al beoordeeld" in blocked.output
    child.kill(9)  # no chance to save anything on the way out
    child.close(force=True)
    data = json.loads((work / "decisions.json").read_text(encoding="utf-8"))
    assert [(d["value"], d["action"]) for d in data["decisions"]] == [("p.bakker@voorbeeld.nl", "keep")]
    again = spawn(work)  # the lock the killed review left is recognised as stale
    again.send("q")
    again.expect(pexpect.EOF)


def test_print_in_colour_strikes_through(work):
    printed = cli("review", work, "--print", "--color").output
    assert re.search(r"\x1b\[(?:\d+;)*9(?:;\d+)*m", printed)  # SGR 9: struck through
    assert "[-" not in printed  # the brackets are for plain text only
    plain = cli("review", work, "--print", "--no-color").output
    assert "\x1b[" not in plain


@pytest.mark.parametrize("columns", [80, 120])
def test_a_full_screen_shows_header_page_and_all_keys(tmp_path, blank_model, columns):
    """What the reviewer sees on a page longer than the screen: the last frame, as the terminal shows it."""
    src = tmp_path / "src"
    src.mkdir()
    lines = [f"Regel {i}: mail p.bakker{i}@voorbeeld.nl over de aanvraag van de gemeente en de regeling die "
             f"daarbij hoort." for i in range(60)]
    (src / "lang.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert scan(src, tmp_path / "work", blank_model).exit_code == 0
    rows = 24
    child = pexpect.spawn(woo_redact(), ["review", str(tmp_path / "work"), "--reviewer", "tester"],
                          dimensions=(rows, columns), encoding="utf-8", timeout=30)
    child.expect("stoppen")  # the end of the frame: it is written at once
    frame = ANSI.sub("", (child.before + child.after).split("\x1b[2J")[-1]).split("\r\n")
    child.send("q")
    child.expect(pexpect.EOF)
    assert len(frame) <= rows  # one more, and the header scrolls off the top
    assert frame[0].startswith("document 1/1 lang.txt") and "voorstel 1/60" in frame[0]
    assert all(len(line) <= columns for line in frame)
    help_text = frame[-2:]  # two lines of keys at 80 and at 120 columns
    for item in HELP_ITEMS:
        assert any(item in line for line in help_text), item
    assert "Regel 0:" in "\n".join(frame) and "…" not in "".join(help_text)
