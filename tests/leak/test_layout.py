"""The layout check: what stays readable stays where it was, uncovered (issue 12).

A redacted output whose surviving text was shifted after the burn-in (as PyMuPDF 2.0's
apply_redactions() does) must fail, by page and line and without naming the word; every
hostile fixture's real output must pass it.
"""

from __future__ import annotations

import json
import shutil

import pymupdf
import pypdf
import pytest
from click.testing import CliRunner

from redact.cli import main
from redact.errors import ExitCode
from redact.model import Redaction, Status
from redact.verify import verify_output
from redact.verify.layout import misplaced_words, source_words
from redact.fileio import file_sha256

from . import hostile as fx


def _sizes(path):
    return [(float(p.mediabox.width), float(p.mediabox.height), int(p.rotation or 0))
            for p in pypdf.PdfReader(path).pages]


def _rewritten(output, tmp_path, old: bytes, new: bytes, name="verschoven.pdf"):
    """The output with one piece of its content stream replaced (a text position moved)."""
    target = tmp_path / name
    with pymupdf.open(output) as doc:
        page = doc[0]
        xref = page.get_contents()[0]
        stream = doc.xref_stream(xref)
        assert old in stream, stream
        doc.update_stream(xref, stream.replace(old, new, 1))
        doc.save(target, garbage=4, deflate=True)
    return target


def test_every_hostile_output_keeps_its_layout(redacted):
    checked = 0
    for name, r in sorted(redacted.items()):
        if r.result.status is not Status.OK or not r.output.is_file():
            continue
        assert misplaced_words(r.source, r.output, r.result.redactions, _sizes(r.output)) == [], name
        checked += sum(map(len, source_words(r.source)))
    assert checked > 50  # the check compared real words, not empty pages


def test_base14_output_has_words_beside_and_after_the_boxes(redacted):
    """The fixture below shifts words that really survive next to the boxes."""
    r = redacted["base14"]
    words = [w for page in source_words(r.output) for _, w in page]
    assert "Contact:" in words and "of" in words and "college" in words


def test_text_shifted_under_a_box_fails_by_page_and_line(redacted, tmp_path):
    r = redacted["base14"]
    # " of " between the e-mail and phone boxes moved 8 pt left, partly under the e-mail's box,
    # the way PyMuPDF 2.0 moves the text after a removed word.
    shifted = _rewritten(r.output, tmp_path, b"-12018.005( of )", b"-11290( of )")
    moved = misplaced_words(r.source, shifted, r.result.redactions, _sizes(shifted))
    assert [(m.page, m.line, m.word, m.how) for m in moved] == [(1, 2, "of", "verschoven")]
    problems = verify_output(shifted, "pdf", (fx.EMAIL, fx.PHONE), r.result.redactions, source=r.source)
    layout = [p for p in problems if "buiten de vakken" in p]
    assert layout == ["1 woord(en) buiten de vakken verschoven of verdwenen (> 0.5 pt), o.a. pagina 1, regel 2"]
    assert verify_output(r.output, "pdf", (fx.EMAIL, fx.PHONE), r.result.redactions, source=r.source) == []


def test_a_whole_line_moved_by_more_than_half_a_point_fails(redacted, tmp_path):
    r = redacted["base14"]
    nudged = _rewritten(r.output, tmp_path, b"72 710 TD", b"72.8 710 TD")
    moved = misplaced_words(r.source, nudged, r.result.redactions, _sizes(nudged))
    assert {(m.line, m.how) for m in moved} == {(3, "verschoven")} and len(moved) == len(fx.NEIGHBOUR.split())
    within = _rewritten(r.output, tmp_path, b"72 710 TD", b"72.3 710 TD", "binnen.pdf")
    assert misplaced_words(r.source, within, r.result.redactions, _sizes(within)) == []


def test_a_box_reaching_onto_a_neighbouring_word_counts_as_covering_it(redacted):
    r = redacted["base14"]
    email = r.result.redactions[0]
    x0, y0, x1, y1 = email.boxes[0]
    bleeding = Redaction(page=1, start=email.start, end=email.end, entity_type=email.entity_type,
                         ground=email.ground, detector=email.detector, score=email.score,
                         boxes=((x0 - 4.0, y0, x1, y1),))  # 4 pt back onto "Contact:"
    covered = misplaced_words(r.source, r.output, (bleeding, r.result.redactions[1]), _sizes(r.output))
    assert [(m.line, m.word, m.how) for m in covered] == [(2, ":", "bedekt")]  # the glyph it reaches
    problems = verify_output(r.output, "pdf", (), (bleeding, r.result.redactions[1]), source=r.source)
    assert any("deels onder een vak" in p and "pagina 1, regel 2" in p for p in problems), problems
    assert not any("Contact" in p for p in problems)  # places, never the words


def test_a_value_still_readable_is_placed_by_page_and_line(hostile):
    """The reason line says where to look (issue 12, section 2), not what is there."""
    problems = verify_output(hostile["base14"], "pdf", (fx.EMAIL,))
    readable = [p for p in problems if "nog leesbaar volgens" in p]
    assert readable and all("regel 2" in p for p in readable), problems
    assert not any(fx.EMAIL in p for p in problems)


@pytest.fixture
def verified_run(tmp_path, hostile, blank_model):
    src, out = tmp_path / "bron", tmp_path / "uit"
    src.mkdir()
    shutil.copy(hostile["base14"], src / "base14.pdf")
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--jobs", "1",
                                       "--model", str(blank_model)], catch_exceptions=False)
    assert result.exit_code == ExitCode.OK, result.output
    return src, out


def test_verify_out_checks_the_layout_against_the_source(verified_run, tmp_path):
    src, out = verified_run
    record_path = out.parent / "uit.woo-private" / "register.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    assert record["documents"][0]["source"] == str((src / "base14.pdf").resolve())
    assert CliRunner().invoke(main, ["verify", str(out)]).exit_code == ExitCode.OK
    shifted = _rewritten(out / "base14.pdf", tmp_path, b"-12018.005( of )", b"-11290( of )")
    shutil.copy(shifted, out / "base14.pdf")
    record["documents"][0]["sha256"] = file_sha256(out / "base14.pdf")  # only the layout gives it away
    record_path.write_text(json.dumps(record), encoding="utf-8")
    result = CliRunner().invoke(main, ["verify", str(out)])
    assert result.exit_code == ExitCode.VERIFY_FAILED, result.output
    assert "verschoven" in result.output and "pagina 1, regel 2" in result.output
    assert (out / "_NIET_PUBLICEREN" / "base14.pdf").is_file()


def test_verify_out_says_so_when_the_source_is_gone(verified_run):
    src, out = verified_run
    (src / "base14.pdf").unlink()
    result = CliRunner().invoke(main, ["verify", str(out)])
    assert result.exit_code == ExitCode.VERIFY_FAILED, result.output
    assert "bron niet meer gevonden" in result.output


@pytest.mark.parametrize("rotation", [0, 90])
def test_a_page_with_a_crop_box_passes_the_label_and_layout_checks(hostile, leak_pipeline, tmp_path, rotation):
    """PyMuPDF places boxes from the crop box's corner; poppler reads with -cropbox to agree."""
    source = tmp_path / "bijgesneden.pdf"
    with pymupdf.open(hostile["base14"]) as doc:
        doc[0].set_cropbox(pymupdf.Rect(30, 40, 560, 800))
        doc[0].set_rotation(rotation)
        doc.save(source)
    result = leak_pipeline.process(source, source.name, tmp_path / "uit")
    assert result.status is Status.OK, result.error
    assert len(result.redactions) == 2


def test_a_box_over_part_of_a_word_running_up_the_page_counts_as_covering_it(tmp_path):
    """Along the text, not across it: a box over the first letters of a vertical word."""
    source = tmp_path / "verticaal.pdf"
    with pymupdf.open() as doc:
        page = doc.new_page(width=595, height=842)
        page.insert_text((100, 400), "Het college besluit", fontsize=11, rotate=90)
        doc.save(source)
    words = source_words(source)[0]
    (x0, y0, x1, y1), text = next(w for w in words if w[1] == "college")
    assert y1 - y0 > 2 * (x1 - x0)  # it runs up the page
    box = Redaction(page=1, start=0, end=1, entity_type="PERSON", ground="5.1.2e", detector="t", score=1.0,
                    boxes=((x0 - 1, y1 - 8, x1 + 1, y1 + 1),))  # its first letters (bottom end)
    moved = misplaced_words(source, source, (box,), _sizes(source))
    assert [(m.how, m.page) for m in moved] == [("bedekt", 1)], moved
