"""Rule validation: a broken rule set is refused at start-up with the file and the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from redact.errors import RulesError
from redact.rules import load_rules

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def rules_copy(tmp_path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(REPO / "rules", target)
    return target


def test_builtin_rules_load(rules):
    assert rules.ground_for("BSN") == "5.1.1e"
    assert rules.ground_for("PERSON") == "5.1.2e"
    assert rules.ground_for("SOMETHING_NEW") == "5.1.2e"  # DEFAULT
    assert "info@" in rules.keep_items("EMAIL_ADDRESS")
    assert {s.name for s in rules.recognizers} >= {"email", "phone_nl", "bsn", "iban", "street_address"}


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("file,old,new,message", [
    ("policy.yaml", 'BSN: "5.1.1e"', 'BSN: "5.1.9z"', "entity_grounds.BSN: unknown ground"),
    ("policy.yaml", "DEFAULT: 0.5", "DEFAULT: 7", "min_score.DEFAULT: must be between 0 and 1"),
    ("policy.yaml", "[generic_mailboxes]", "[no_such_list]", "no list lists/no_such_list/items.txt"),
    ("recognizers/identifiers.yaml", "validator: iban", "validator: ibann", "unknown validator 'ibann'"),
    ("recognizers/identifiers.yaml", "kind: pattern\n    entity: IBAN", "kind: magic\n    entity: IBAN", "kind must be one of"),
    ("recognizers/contact.yaml", "name: phone_nl", "name: email", "name used twice"),
    ("recognizers/personal.yaml", "(?:19|20)\\\\d{2}-", "(?:19|20\\\\d{2}-", "invalid regex"),
    ("grounds.yaml", '{code: "5.1.2e"', '{code: "5.1.2.e"', "write the code compactly"),
    ("grounds.yaml", "grounds:", "grounds: [\n", "not valid YAML"),
    ("policy.yaml", "  layer_min_agreement: 0.7", "  layer_min_agreement: 70", "ocr.layer_min_agreement: a share"),
    ("policy.yaml", "  retries: [contrast, psm6, deskew, dpi400]", "  retries: [contrast, sharpen]", "ocr.retries: a list of"),
    ("policy.yaml", "  min_confidence: 60", "  min_confidance: 60", "ocr.min_confidance: unknown"),
    # the name lists are set once, in policy.yaml (redact/lexicon.py): the old places are refused
    ("recognizers/names.yaml", "link_email_addresses: true", "link_email_addresses: true\n      lists: {}",
     "options.lists is no longer used"),
    ("policy.yaml", "  hand_not_names:", "  known_names: [first_names]\n  hand_not_names:",
     "names.known_names: no longer used"),
])
def test_invalid_rules_name_file_and_problem(rules_copy, file, old, new, message):
    _edit(rules_copy / file, old, new)
    with pytest.raises(RulesError) as err:
        load_rules(rules_copy)
    assert str(rules_copy / file) in str(err.value) or file.split("/")[-1] in str(err.value)
    assert message in str(err.value)


def test_missing_file_is_named(rules_copy):
    (rules_copy / "policy.yaml").unlink()
    with pytest.raises(RulesError, match=r"policy\.yaml: file is missing"):
        load_rules(rules_copy)


def test_cli_exits_3_on_invalid_rules(rules_copy, tmp_path):
    from click.testing import CliRunner

    from redact.cli import main

    _edit(rules_copy / "policy.yaml", 'BSN: "5.1.1e"', 'BSN: "9.9"')
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("BSN 123456782", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(tmp_path / "out"), "--rules", str(rules_copy)])
    assert result.exit_code == 3
    assert "policy.yaml" in result.output and "unknown ground" in result.output


def test_ocr_settings_reach_the_rule_set(rules):
    ocr = rules.policy.ocr
    assert ocr.min_confidence == 60 and ocr.retries == ("contrast", "psm6", "deskew", "dpi400")
    assert ocr.layer_sample_lines == 6 and ocr.earlier_redactions and ocr.handwriting
