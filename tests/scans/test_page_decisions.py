"""The coordinator's decision on a page that cannot be read reliably (review/pages.py), on the
dashboard fixture: read with an ink limit it cannot reach (90 % of the print-like ink read as words,
no retries; its bar chart leaves 44 % unread), so that its page is "OCR onbetrouwbaar" while its OCR
still reads the name and the phone number on it.

Without a decision the document is withheld (fail closed, as before); with "publish" it is published
with the findings on the page still boxed; with "blackout" the page is black under the ground the
coordinator chose; a decision made on another version of the page does not apply."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest
import yaml
from click.testing import CliRunner

from redact.cli import main
from redact.model import Status
from redact.review.decisions import DECISIONS_FILE, DecisionBook, ReviewDecision
from redact.review.pages import page_fingerprint
from redact.rules import DEFAULT_RULES_DIR

from tests.leak.readback import ocr_text, squash

from .build import NAME, dashboard

DIGITS = "41234567"


@pytest.fixture(scope="module")
def strict_rules(tmp_path_factory) -> Path:
    """The rules with an ink limit the dashboard does not reach."""
    folder = tmp_path_factory.mktemp("strict") / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    policy = folder / "policy.yaml"
    data = yaml.safe_load(policy.read_text(encoding="utf-8"))
    data["ocr"].update(min_ink_read=0.9, retries=[])
    policy.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def blank(tmp_path_factory) -> Path:
    import spacy

    path = tmp_path_factory.mktemp("blank") / "nl"
    spacy.blank("nl").to_disk(path)
    return path


@pytest.fixture(scope="module")
def strict_pipeline(strict_rules, blank):
    from redact.pipeline import Pipeline
    from redact.rules import load_rules

    return Pipeline(load_rules(strict_rules), blank)


def _decision(source: Path, action: str, ground: str | None = None) -> ReviewDecision:
    return ReviewDecision(kind="page", document="dash.pdf", value="1", action=action, ground=ground,
                          reviewer="coordinator", time="2026-12-02T22:00:00+00:00", id=page_fingerprint(source, 1))


def _changed(path: Path) -> Path:
    """The same dashboard with one more mark on its page: another scan of the page."""
    dashboard(path)
    with pymupdf.open(path) as doc:
        doc[0].draw_rect(pymupdf.Rect(500, 700, 540, 720), color=None, fill=(0.2, 0.2, 0.2))
        doc.save(path.with_suffix(".tmp"))
    path.with_suffix(".tmp").replace(path)
    return path


def test_without_a_decision_the_page_withholds_the_document(strict_pipeline, tmp_path):
    source = dashboard(tmp_path / "dash.pdf")
    result = strict_pipeline.process(source, "dash.pdf", tmp_path / "uit")
    assert result.status is Status.NEEDS_REVIEW and "OCR onbetrouwbaar" in result.error
    assert not (tmp_path / "uit" / "dash.pdf").exists()


def test_publish_as_it_is_keeps_the_findings_on_the_page_boxed(strict_pipeline, tmp_path):
    source = dashboard(tmp_path / "dash.pdf")
    result = strict_pipeline.process(source, "dash.pdf", tmp_path / "uit", page_decisions={1: _decision(source, "publish")})
    assert result.status is Status.OK, result.error
    assert {r.entity_type for r in result.redactions} >= {"PHONE_NUMBER", "PERSON"}
    read = squash(ocr_text(tmp_path / "uit" / "dash.pdf"))
    assert DIGITS not in read and squash(NAME) not in read  # the output check ran on the page too
    assert any("handmatig beoordeeld: gepubliceerd zoals het is" in w for w in result.warnings)
    assert not any("coordinator" in w for w in result.warnings)  # the Toelichting names nobody
    assert any("coordinator" in n for n in result.page_notes)  # the console and the private record do


def test_a_decision_on_another_version_of_the_page_is_ignored(strict_pipeline, tmp_path):
    source = dashboard(tmp_path / "dash.pdf")
    decision = _decision(source, "publish")
    changed = _changed(tmp_path / "dash.pdf")
    assert page_fingerprint(changed, 1) != decision.id
    result = strict_pipeline.process(changed, "dash.pdf", tmp_path / "uit", page_decisions={1: decision})
    assert result.status is Status.NEEDS_REVIEW and "de pagina is gewijzigd" in result.error
    assert not (tmp_path / "uit" / "dash.pdf").exists()


def test_blackout_with_the_coordinators_ground(strict_pipeline, tmp_path):
    source = dashboard(tmp_path / "dash.pdf")
    result = strict_pipeline.process(source, "dash.pdf", tmp_path / "uit",
                                     page_decisions={1: _decision(source, "blackout", "5.1.2i")})
    assert result.status is Status.OK, result.error  # judged: no longer "handmatige beoordeling nodig"
    assert [(r.entity_type, r.ground, r.detector) for r in result.redactions] == [("UNREADABLE_PAGE", "5.1.2i", "reviewer")]
    with pymupdf.open(tmp_path / "uit" / "dash.pdf") as doc:
        assert doc[0].get_text().split() == ["5.1.2i"] and not doc[0].get_images()


def test_withhold_is_a_decision_too(strict_pipeline, tmp_path):
    source = dashboard(tmp_path / "dash.pdf")
    result = strict_pipeline.process(source, "dash.pdf", tmp_path / "uit", page_decisions={1: _decision(source, "withhold")})
    assert result.status is Status.NEEDS_REVIEW and "handmatig beoordeeld: achtergehouden" in result.error


def _cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _inventory(out: Path) -> dict[str, dict]:
    with (out / "inventaris.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {row["Document"]: row for row in csv.DictReader(fh, delimiter=";")}


def test_the_coordinators_path_scan_review_export_and_run(strict_rules, blank, tmp_path):
    """scan keeps the page for the reviewer; export withholds it until a page decision; `review
    --page` records one; export and `run --page-decisions` publish the page with its findings boxed."""
    src = tmp_path / "bron"
    src.mkdir()
    source = dashboard(src / "dash.pdf")
    work, model_args = tmp_path / "werk", ["--model", blank]
    scanned = _cli("scan", src, "--work", work, "-j", "1", "--rules", strict_rules, *model_args)
    assert scanned.exit_code == 5, scanned.output  # a page needs a decision
    printed = _cli("review", work, "--print", "--no-color").output
    assert "niet betrouwbaar te lezen" in printed and "geen besluit" in printed
    before = _cli("export", work, "--out", tmp_path / "uit0")
    assert before.exit_code == 5 and not (tmp_path / "uit0" / "dash.pdf").exists()

    decided = _cli("review", work, "--page", "dash.pdf:1", "--page-decision", "publish", "--reviewer", "J. Jansen")
    assert decided.exit_code == 0, decided.output
    entry = [e for e in DecisionBook.load(work / DECISIONS_FILE).entries if e.kind == "page"][0]
    assert (entry.value, entry.action, entry.reviewer, entry.id) == ("1", "publish", "J. Jansen",
                                                                      page_fingerprint(source, 1))
    assert "besluit: publiceren zoals het is" in _cli("review", work, "--print", "--no-color").output

    out = tmp_path / "uit"
    exported = _cli("export", work, "--out", out)
    assert exported.exit_code == 0, exported.output
    assert "Pagina's handmatig beoordeeld" in exported.output and "Jansen" in exported.output  # the console
    row = _inventory(out)["dash.pdf"]
    assert "handmatig beoordeeld: gepubliceerd zoals het is" in row["Toelichting"] and "Jansen" not in row["Toelichting"]
    assert DIGITS not in squash(ocr_text(out / "dash.pdf"))
    record = json.loads((tmp_path / "uit.woo-private" / "register.json").read_text(encoding="utf-8"))
    assert "J. Jansen" in record["judged_pages"]["dash.pdf"][0]

    ran = _cli("run", src, "--out", tmp_path / "run", "-j", "1", "--rules", strict_rules, *model_args,
               "--page-decisions", work / DECISIONS_FILE)
    assert ran.exit_code == 0, ran.output
    assert DIGITS not in squash(ocr_text(tmp_path / "run" / "dash.pdf"))
    without = _cli("run", src, "--out", tmp_path / "run0", "-j", "1", "--rules", strict_rules, *model_args)
    assert without.exit_code == 5 and not (tmp_path / "run0" / "dash.pdf").exists()


def test_the_blackout_ground_is_named_in_the_policy(rules):
    """`--unreadable-pages blackout` labels its page with a ground policy.yaml names, not DEFAULT's."""
    assert rules.policy.entity_grounds.get("UNREADABLE_PAGE") in rules.grounds
    strict = replace(rules, policy=replace(rules.policy, entity_grounds={**rules.policy.entity_grounds,
                                                                          "DEFAULT": "5.1.2i"}))
    assert strict.ground_for("UNREADABLE_PAGE") == rules.policy.entity_grounds["UNREADABLE_PAGE"]
