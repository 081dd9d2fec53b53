"""JUnit XML for CI systems: one test case per checked file, one per configured threshold, and
one for the baseline comparison when there is one.

A file withheld for review where check.yaml allows it is reported as skipped (it was not checked);
every hard problem is a <failure> whose message names the values.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..fileio import write_text_atomic
from .baseline import LABELS, Change
from .compare import FileCheck
from .config import CheckConfig
from .verdict import Verdict

SUITE = "woo-redact check"
# Characters XML 1.0 cannot carry (control characters an extractor may return): replaced, or the
# CI system would reject the whole report.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(root: ET.Element) -> None:
    for el in root.iter():
        if el.text:
            el.text = _NOT_XML.sub("\ufffd", el.text)
        for key, value in el.attrib.items():
            el.set(key, _NOT_XML.sub("\ufffd", value))


def _case(suite: ET.Element, check: FileCheck) -> None:
    case = ET.SubElement(suite, "testcase", classname=f"samples.{check.stem}", name=check.file,
                         time=f"{check.seconds:.3f}")
    if check.withheld_ok:
        ET.SubElement(case, "skipped", message=f"withheld for manual review (allowed in check.yaml): {check.reason}")
        return
    problems = check.problems
    if problems:
        missed = sorted({m.occurrence.value for m in check.missed})
        over = sorted({r.occurrence.value for r in check.over_redacted})
        parts = []
        if missed:
            parts.append(f"missed {len(check.missed)}: " + ", ".join(map(repr, missed)))
        if over:
            parts.append(f"must stay visible but blacked out {len(check.over_redacted)}: " + ", ".join(map(repr, over)))
        if not parts:
            parts.append(problems[0])
        failure = ET.SubElement(case, "failure", message="; ".join(parts), type="CheckFailed")
        failure.text = "\n".join(problems)
    extras = [x for x in check.extras if x.keep_value is None]
    if extras:  # not failures, but worth reading in the CI report
        out = ET.SubElement(case, "system-out")
        out.text = "\n".join(f"extra redaction (in no expectation): {x.entity} {x.text!r}: {x.context}" for x in extras)


def _baseline_suite(root: ET.Element, regressions: list[Change]) -> None:
    suite = ET.SubElement(root, "testsuite", name=f"{SUITE}: baseline", tests="1",
                          failures=str(int(bool(regressions))), errors="0", skipped="0")
    case = ET.SubElement(suite, "testcase", classname="baseline", name="no regressions")
    if regressions:
        lines = [f"{c.file}: {LABELS[c.kind]} {c.value!r}: {c.before} -> {c.after}" for c in regressions]
        ET.SubElement(case, "failure", message=f"{len(regressions)} regression(s) against the baseline",
                      type="Regression").text = "\n".join(lines)


def junit_xml(verdict: Verdict, config: CheckConfig, regressions: list[Change] | None = None) -> str:
    """`regressions`: against the baseline, when one was given (a third suite with one test case)."""
    root = ET.Element("testsuites", name=SUITE)
    files = ET.SubElement(root, "testsuite", name=f"{SUITE}: documents", tests=str(len(verdict.files)),
                          failures=str(sum(not c.passed and not c.withheld_ok for c in verdict.files)),
                          skipped=str(sum(c.withheld_ok for c in verdict.files)), errors="0",
                          time=f"{sum(c.seconds for c in verdict.files):.3f}")
    for check in verdict.files:
        _case(files, check)
    configured = config.overall.precision is not None or config.overall.recall is not None
    names = ["all entity types"] * configured + sorted(e for e in config.entities if e in verdict.per_entity)
    thresholds = ET.SubElement(root, "testsuite", name=f"{SUITE}: thresholds", tests=str(len(names)),
                               failures=str(0), errors="0", skipped="0")
    failed = 0
    for name in names:
        case = ET.SubElement(thresholds, "testcase", classname="thresholds", name=name)
        lines = [t for t in verdict.threshold_failures if t.startswith(name + ":")]
        if lines:
            failed += 1
            ET.SubElement(case, "failure", message="; ".join(lines), type="BelowThreshold").text = "\n".join(lines)
    thresholds.set("failures", str(failed))
    if regressions is not None:
        _baseline_suite(root, regressions)
    _xml_safe(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_junit(verdict: Verdict, config: CheckConfig, path: Path, regressions: list[Change] | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, junit_xml(verdict, config, regressions))
