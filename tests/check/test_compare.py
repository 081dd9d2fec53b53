"""The comparison rules, on hand-made runs: what counts as redacted, missed, over-redacted, extra."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from redact.check.baseline import compare_baseline, snapshot
from redact.check.compare import compare, context
from redact.check.config import CheckConfig, Minimum
from redact.check.expectations import Expectation, MustKeep, MustRedact, occurrences
from redact.check.runner import FileRun
from redact.check.verdict import judge
from redact.model import Decision, Document, Finding, Page, Status

TEXT = "Van: Jan Jansen <j.jansen@example.nl>\nGroet, Jan\nwethouder Bakker, de bakker en Jansen.\n"


def expectation(tmp_path: Path) -> Expectation:
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    return Expectation(
        stem="x", path=tmp_path / "x.expected.yaml", document="x.txt", description="",
        redact=(MustRedact("Jan Jansen", "PERSON", "5.1.2e"), MustRedact("Jansen", "PERSON", "5.1.2e"),
                MustRedact("Jan", "PERSON", "5.1.2e"), MustRedact("j.jansen@example.nl", "EMAIL_ADDRESS", "5.1.2e")),
        keep=(MustKeep("wethouder Bakker", "wethouder in office"),),
    )


def redact(value: str, entity: str = "PERSON", nth: int = 0, ground: str = "5.1.2e", cut: int = 0) -> Decision:
    start, end = occurrences(TEXT, value)[nth]
    f = Finding(page=1, start=start, end=end - cut, text=TEXT[start:end - cut], entity_type=entity, score=1.0,
                detector="test")
    return Decision(f, "redact", ground, "test")


def run(decisions: list[Decision], output: str | None = None) -> FileRun:
    doc = Document(source="x.txt", relpath="x.txt", kind="txt", pages=(Page(number=1, text=TEXT),))
    return FileRun(stem="x", file="x.txt", kind="txt", status=Status.OK, document=doc, decisions=tuple(decisions),
                   output_text=output, source_text=TEXT)


ALL = ["Jan Jansen", ("j.jansen@example.nl", "EMAIL_ADDRESS"), "Jan", "Jansen"]


def all_decisions(**changes) -> list[Decision]:
    out = []
    for item in ALL:
        value, entity = (item, "PERSON") if isinstance(item, str) else item
        nth = 1 if value == "Jan" else 0  # "Jan" alone after "Groet,"; occurrence 0 is inside "Jan Jansen"
        nth = 1 if value == "Jansen" else nth  # "Jansen" alone at the end
        out.append(redact(value, entity, nth, **changes.get(value, {})))
    return out


def test_occurrences_are_whole_words_and_case_sensitive():
    assert [TEXT[s:e] for s, e in occurrences(TEXT, "Jan")] == ["Jan", "Jan"]  # not inside "Jansen"
    assert len(occurrences(TEXT, "Bakker")) == 1  # not "bakker"
    assert occurrences("Jan\nJansen", "Jan Jansen") == [(0, 10)]  # a PDF line break inside a value


def test_everything_covered_passes(tmp_path):
    check = compare(run(all_decisions()), expectation(tmp_path))
    assert check.passed and not check.missed and not check.extras
    # "Jansen" and "Jan" inside "Jan Jansen" fold into it; "jansen" in the address is no occurrence (case).
    assert [o.value for o in check.expected] == ["Jan Jansen", "j.jansen@example.nl", "Jan", "Jansen"]


def test_a_partly_covered_value_is_missed(tmp_path):
    check = compare(run(all_decisions(**{"Jan Jansen": {"cut": 1}})), expectation(tmp_path))
    assert [(m.occurrence.value, m.how) for m in check.missed] == [("Jan Jansen", "deels bedekt, 'n' zichtbaar")]
    assert "»Jan Jansen«" in check.missed[0].occurrence.context
    assert not check.passed and "gemist 'Jan Jansen'" in check.problems[0]


def test_an_undetected_value_is_missed_with_context(tmp_path):
    decisions = [d for d in all_decisions() if d.finding.text != "Jan"]
    check = compare(run(decisions), expectation(tmp_path))
    assert [(m.occurrence.value, m.how) for m in check.missed] == [("Jan", "niet gedetecteerd")]
    assert check.missed[0].occurrence.context == \
        "Van: Jan Jansen <j.jansen@example.nl> Groet, »Jan« wethouder Bakker, de bakker en"


def test_a_value_readable_in_the_output_is_missed_whatever_the_decisions_say(tmp_path):
    output = "Van: [5.1.2e] <[5.1.2e]>\nGroet, Jan\nwethouder Bakker, de bakker en [5.1.2e].\n"
    check = compare(run(all_decisions(), output=output), expectation(tmp_path))
    assert [(m.occurrence.value, m.how) for m in check.missed] == [("Jan", "leesbaar in de uitvoer")]


def test_a_value_read_by_ocr_from_the_output_is_missed(tmp_path):
    clean = "Van: [5.1.2e] <[5.1.2e]>\nGroet, [5.1.2e]\nwethouder Bakker, de bakker en [5.1.2e].\n"
    leaky = replace(run(all_decisions(), output=clean), ocr_output_text="Groet, Jan")
    check = compare(leaky, expectation(tmp_path))
    assert [(m.occurrence.value, m.how) for m in check.missed] == [("Jan", "leesbaar in de uitvoer")]
    assert compare(run(all_decisions(), output=clean), expectation(tmp_path)).passed


def test_a_keep_value_missing_from_the_output_is_over_redacted(tmp_path):
    output = "Van: [5.1.2e] <[5.1.2e]>\nGroet, [5.1.2e]\n[5.1.2e], de bakker en [5.1.2e].\n"
    check = compare(run(all_decisions(), output=output), expectation(tmp_path))
    assert [(r.occurrence.value, r.how) for r in check.over_redacted] == \
        [("wethouder Bakker", "ontbreekt in de uitvoer (0 van 1 leesbaar)")]


def test_redacting_a_keep_value_is_a_failure_and_other_extras_are_not(tmp_path):
    decisions = all_decisions() + [redact("Bakker"), redact("bakker", entity="LOCATION")]
    check = compare(run(decisions), expectation(tmp_path))
    assert [r.occurrence.value for r in check.over_redacted] == ["wethouder Bakker"]
    assert [(x.text, x.keep_value) for x in check.extras] == [("Bakker", "wethouder Bakker"), ("bakker", None)]
    assert len(check.problems) == 1 and "moet zichtbaar blijven 'wethouder Bakker'" in check.problems[0]


def test_a_wrong_ground_is_a_warning(tmp_path):
    check = compare(run(all_decisions(**{"Jansen": {"ground": "5.1.2i"}})), expectation(tmp_path))
    assert check.passed
    assert [(w.occurrence.value, w.found) for w in check.wrong_grounds] == [("Jansen", ("5.1.2i",))]


def test_withheld_passes_only_where_allowed(tmp_path):
    withheld = FileRun(stem="x", file="x.pdf", kind="pdf", status=Status.NEEDS_REVIEW, reason="scan")
    assert compare(withheld, expectation(tmp_path), withhold_allowed=True).passed
    assert not compare(withheld, expectation(tmp_path)).passed


def test_thresholds_per_entity_type_and_overall(tmp_path):
    check = compare(run(all_decisions() + [redact("bakker", entity="LOCATION")]), expectation(tmp_path))
    config = CheckConfig(overall=Minimum(precision=0.9), entities={"LOCATION": Minimum(precision=0.5),
                                                                   "PERSON": Minimum(recall=1.0)})
    verdict = judge([check], config)
    assert verdict.overall.precision == pytest.approx(4 / 5) and verdict.overall.recall == 1.0
    assert verdict.threshold_failures == ["alle entiteitstypen: precision 0.800 onder het minimum 0.900",
                                          "LOCATION: precision 0.000 onder het minimum 0.500"]
    assert not verdict.passed


def test_baseline_sees_a_new_extra_as_a_regression(tmp_path):
    exp = expectation(tmp_path)
    before = snapshot(judge([compare(run(all_decisions()), exp)], CheckConfig()))
    after = judge([compare(run(all_decisions() + [redact("bakker", entity="LOCATION")]), exp)], CheckConfig())
    diff = compare_baseline(before, after)
    assert [(c.kind, c.value, c.before, c.after) for c in diff.regressions] == [("extra", "bakker", 0, 1)]
    assert compare_baseline(snapshot(after), judge([compare(run(all_decisions()), exp)], CheckConfig())) \
        .improvements[0].value == "bakker"


def test_context_is_a_few_words_on_one_line():
    assert context("een twee drie\nvier vijf zes zeven", 14, 18, words=2) == "twee drie »vier« vijf zes"


def test_the_report_prints_sample_text_with_brackets_literally(tmp_path):
    from rich.console import Console

    from redact.check.report import print_report

    check = compare(run([d for d in all_decisions() if d.finding.text != "Jan"]), expectation(tmp_path))
    bracketed = tuple(replace(m, occurrence=replace(m.occurrence, context="[bold]Jan[/bold] [12-03-2021]"))
                      for m in check.missed)
    console = Console(record=True, width=200)
    print_report(judge([replace(check, missed=bracketed)], CheckConfig()), console)
    text = console.export_text()
    assert "[bold]Jan[/bold] [12-03-2021]" in text and "gemist 'Jan'" in text


def test_the_visible_part_of_a_partly_covered_value_is_named(tmp_path):
    text = "Van: Jansen, J. (Jan)\n"
    doc = Document(source="y.txt", relpath="y.txt", kind="txt", pages=(Page(number=1, text=text),))
    decisions = [Decision(Finding(1, s, e, text[s:e], "PERSON", 1.0, "test"), "redact", "5.1.2e", "test")
                 for s, e in (occurrences(text, "Jansen")[0], occurrences(text, "Jan")[0])]
    (tmp_path / "y.txt").write_text(text, encoding="utf-8")
    exp = Expectation("y", tmp_path / "y.expected.yaml", "y.txt", "",
                      (MustRedact("Jansen, J. (Jan)", "PERSON", "5.1.2e"),), ())
    run_ = FileRun(stem="y", file="y.txt", kind="txt", status=Status.OK, document=doc, decisions=tuple(decisions))
    assert [m.how for m in compare(run_, exp).missed] == ["deels bedekt, 'J.' zichtbaar"]


def test_junit_is_well_formed_even_with_control_characters(tmp_path):
    import xml.etree.ElementTree as ET

    from redact.check.junit import junit_xml

    check = compare(run([d for d in all_decisions() if d.finding.text != "Jan"]), expectation(tmp_path))
    odd = tuple(replace(m, occurrence=replace(m.occurrence, context="Groet,\x01 »Jan« <&>")) for m in check.missed)
    root = ET.fromstring(junit_xml(judge([replace(check, missed=odd)], CheckConfig()), CheckConfig()))
    (case,) = root.find("testsuite").findall("testcase")
    assert case.get("name") == "x.txt" and "'Jan'" in case.find("failure").get("message")
    assert "Groet,\ufffd »Jan« <&>" in case.find("failure").text


def test_the_report_is_dutch(tmp_path):
    from rich.console import Console

    from redact.check.report import print_report

    check = compare(run([d for d in all_decisions() if d.finding.text != "Jan"]), expectation(tmp_path))
    withheld = FileRun(stem="y", file="y.pdf", kind="pdf", status=Status.NEEDS_REVIEW, reason="scan")
    console = Console(record=True, width=200)
    print_report(judge([check, compare(withheld, expectation(tmp_path))], CheckConfig()), console)
    text = console.export_text()
    assert "Per entiteitstype" in text and "Gemist: moet weg, nog leesbaar (1)" in text
    assert "niet gepubliceerd y.pdf" in text and "controle mislukt: " in text and "2 bestanden" in text
    english = {"missed", "expected", "found", "entity", "file", "passed", "failed", "withheld", "published",
               "threshold", "problem(s)", "files", "value", "how"}
    words = {w.strip("():;,").lower() for w in text.split()}
    assert not words & english, words & english
