"""`check` holds the image stage to `images:` expectations: a missing area is a leak, a kept one redacted
an over-redaction, an unexpected one an extra."""

from __future__ import annotations

from pathlib import Path

from redact.check.compare import compare
from redact.check.expectations import Expectation, MustImage, load_expectation
from redact.check.runner import FileRun
from redact.model import Decision, DetectorKind, Document, Finding, Page, Status

TEXT = "Met vriendelijke groet,\n\nJ. Jansen\n"


def _expectation(tmp_path: Path, *images: MustImage) -> Expectation:
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    return Expectation(stem="x", path=tmp_path / "x.expected.yaml", document="x.txt", description="",
                       redact=(), keep=(), images=images)


def _area(kind: str, action: str = "redact", ground: str | None = "5.1.2e", page: int = 1) -> Decision:
    f = Finding(page=page, start=0, end=0, text=f"{kind.lower()}, pagina {page}", entity_type=kind, score=0.9,
                detector="afbeeldingen", detector_kind=DetectorKind.IMAGE, area=(70.0, 100.0, 220.0, 140.0))
    return Decision(f, action, ground if action == "redact" else None, "test")


def _run(decisions: list[Decision]) -> FileRun:
    doc = Document(source="x.pdf", relpath="x.pdf", kind="pdf", pages=(Page(number=1, text=TEXT),))
    return FileRun(stem="x", file="x.pdf", kind="pdf", status=Status.OK, document=doc, decisions=tuple(decisions))


def test_a_missing_signature_is_a_leak_and_a_present_one_passes(tmp_path):
    exp = _expectation(tmp_path, MustImage("SIGNATURE", 1, "redact", "5.1.2e"))
    missing = compare(_run([]), exp)
    assert not missing.passed and "afbeelding niet weggelakt" in missing.problems[0]
    assert compare(_run([_area("SIGNATURE")]), exp).passed


def test_a_ministers_signature_that_must_stay_fails_when_redacted(tmp_path):
    exp = _expectation(tmp_path, MustImage("SIGNATURE", 1, "keep"))
    assert not compare(_run([_area("SIGNATURE")]), exp).passed
    assert compare(_run([_area("SIGNATURE", "keep")]), exp).passed


def test_wrong_ground_and_unexpected_areas_are_reported(tmp_path):
    exp = _expectation(tmp_path, MustImage("ID_DOCUMENT", 1, "redact", "5.1.1e"))
    checked = compare(_run([_area("ID_DOCUMENT", ground="5.1.2e"), _area("FACE")]), exp)
    assert checked.wrong_grounds and checked.wrong_grounds[0].expected == "5.1.1e"
    assert [e.entity for e in checked.extras] == ["FACE"]


def test_the_samples_expect_their_images(tmp_path):
    samples = Path(__file__).resolve().parents[2] / "samples"
    kinds = {p.name: [(i.kind, i.action) for i in load_expectation(p).images]
             for p in samples.glob("1[5-7]-*.expected.yaml")}
    assert kinds == {"15-brief-handtekening.expected.yaml": [("SIGNATURE", "redact")],
                     "16-scan-brief-handtekening.expected.yaml": [("SIGNATURE", "redact")],
                     "17-foto-identiteitsbewijs.expected.yaml": [("FACE", "redact"), ("ID_DOCUMENT", "redact")]}
