"""`woo-redact check` holds the sample outputs to the layout check too (issue 12): a renderer that
shifts surviving text fails the check, by page and line."""

from __future__ import annotations

import re

import pymupdf

import redact.pipeline
from redact.errors import ExitCode

from .conftest import invoke

_FIRST_MOVE = re.compile(rb"(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?) T[Dd]")


def _shifting(render):
    """render_pdf, then every text line that starts with a Td/TD moved 0.8 pt to the right."""
    def render_and_shift(document, decisions, target, *args, **kwargs):
        redactions = render(document, decisions, target, *args, **kwargs)
        with pymupdf.open(target) as doc:
            for page in doc:
                for xref in page.get_contents():
                    stream = doc.xref_stream(xref)
                    moved = _FIRST_MOVE.sub(lambda m: b"%.3f %s TD" % (float(m[1]) + 0.8, m[2]), stream)
                    doc.update_stream(xref, moved)
            data = doc.tobytes(garbage=4, deflate=True)
        target.write_bytes(data)
        return redactions
    return render_and_shift


def test_check_fails_when_surviving_text_moves(samples, monkeypatch):
    assert invoke(samples).exit_code == ExitCode.OK
    monkeypatch.setattr(redact.pipeline, "render_pdf", _shifting(redact.pipeline.render_pdf))
    result = invoke(samples)
    assert result.exit_code == ExitCode.CHECK_FAILED, result.output
    assert "buiten de vakken verschoven" in result.output and "pagina 1, regel 1" in result.output
