"""policy.yaml `verify_ocr`: the output check's OCR mode and its settings, checked on load, and
`--verify-ocr` over it (flows/common.py rules_for)."""

from __future__ import annotations

import shutil

import pytest

from redact.errors import RulesError
from redact.flows.common import Options, rules_for
from redact.rules import load_rules


def test_the_built_in_policy_reads_regions(rules):
    check = rules.policy.verify_ocr
    assert (check.mode, check.margin_lines, check.sample_share, check.sample_strip) == ("regions", 2.0, 0.25, 36.0)


def test_the_command_line_overrides_the_mode():
    assert rules_for(Options(verify_ocr="full")).policy.verify_ocr.mode == "full"
    assert rules_for(Options()).policy.verify_ocr.mode == "regions"


@pytest.mark.parametrize("setting,message", [
    ("mode: halve", "must be full or regions"),
    ("sample_share: 1.5", "at most 1"),
    ("sample_strip: 0", "more than 0"),
    ("margin: 2", "unknown"),
])
def test_a_wrong_setting_is_refused(tmp_path, rules, setting, message):
    root = tmp_path / "rules"
    shutil.copytree(rules.root, root)
    policy = root / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    head, _, _ = text.partition("verify_ocr:")
    policy.write_text(head + "verify_ocr:\n  " + setting + "\n", encoding="utf-8")
    with pytest.raises(RulesError, match=message):
        load_rules(root)
