"""Every channel of a PDF: after redaction no personal data is readable by any of three
extractors, in any object of the file, or (for pixels) by OCR; the neighbouring line and the
rest of the text survive unchanged, and the page count is the same."""

from __future__ import annotations

import pytest

from redact.model import Status

from . import hostile
from .readback import EXTRACTORS, ocr_text, page_count, pdfminer_text, pdftotext_text, raw_text, squash

CHANNELS = sorted(hostile.BUILDERS)
# Channels whose content is pixels only: the text checks run on OCR of the rendered page.
PIXEL_ONLY = {"scan", "stencil_scan", "rotated_scan"}
OCR_CHANNELS = ["image_text", "alpha_mask", "scan", "stencil_scan", "vector_paths", "rotated_scan"]


def secrets_for(name: str) -> tuple[str, ...]:
    return hostile.SECRETS + ((hostile.LIGATURE_SECRET,) if name == "ligature" else ())


@pytest.mark.parametrize("name", CHANNELS)
def test_output_is_published(redacted, name):
    r = redacted[name]
    assert r.result.status is Status.OK, r.result.error
    assert r.output.exists()


@pytest.mark.parametrize("name", CHANNELS)
@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
def test_no_personal_data_in_text(redacted, name, extractor):
    text = squash(EXTRACTORS[extractor](redacted[name].output))
    for secret in secrets_for(name):
        assert secret not in text, f"{secret!r} readable by {extractor} in {name}"


@pytest.mark.parametrize("name", CHANNELS)
def test_no_personal_data_anywhere_in_file(redacted, name):
    raw = squash(raw_text(redacted[name].output))
    for secret in secrets_for(name):
        assert secret not in raw, f"{secret!r} still in the bytes or objects of {name}"


@pytest.mark.parametrize("name", sorted(set(CHANNELS) - PIXEL_ONLY))
def test_neighbour_and_ordinary_text_survive(redacted, name):
    r = redacted[name]
    # Without ToUnicode only pdfminer reads the text as text (the others read gibberish).
    read = pdfminer_text if name == "no_tounicode" else pdftotext_text
    before = {line.strip() for line in read(r.source).splitlines()}
    after = {line.strip() for line in read(r.output).splitlines()}
    for line in hostile.KEEP_LINES:
        assert line in after, f"{line!r} lost in {name}"
    untouched = {line for line in before if line and not any(s in squash(line) for s in secrets_for(name))
                 and "@" not in line and "Contact" not in line}
    assert untouched <= after, f"text changed in {name}: {sorted(untouched - after)}"


@pytest.mark.parametrize("name", CHANNELS)
def test_page_count_unchanged(redacted, name):
    assert page_count(redacted[name].output) == page_count(redacted[name].source)


@pytest.mark.parametrize("name", OCR_CHANNELS)
def test_ocr_of_rendered_output(redacted, name):
    """What a reader sees: the rendered page, read by Tesseract."""
    seen = squash(ocr_text(redacted[name].output))
    for secret in hostile.SECRETS:
        assert secret not in seen, f"{secret!r} visible on the rendered page of {name}"
    assert squash(hostile.NEIGHBOUR)[:-1] in seen, f"neighbour line not visible in {name}: {seen[:300]}"


def test_scan_is_read_by_ocr(redacted):
    r = redacted["scan"].result
    assert len(r.redactions) >= 2  # the e-mail address and the phone number, found in pixels
    assert any("OCR" in w for w in r.warnings)


def test_every_box_is_labelled(redacted):
    for name in ("base14", "image_text", "scan", "no_tounicode"):
        words = pdftotext_text(redacted[name].output).split()
        r = redacted[name].result
        assert r.redactions and sum(w == "5.1.2e" for w in words) >= len(r.redactions), name


@pytest.mark.parametrize("name", CHANNELS)
def test_fixture_really_carries_the_data(hostile, name):
    """The other half of each test above: in the source, the same read-back finds the data
    (so a passing check means removed, not unreadable to the checker)."""
    path = hostile[name]
    if name in OCR_CHANNELS:
        seen = squash(ocr_text(path))
    else:
        seen = squash(raw_text(path) + "".join(read(path) for read in EXTRACTORS.values()))
    assert any(secret in seen for secret in secrets_for(name)), name
