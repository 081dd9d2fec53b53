"""The document number in the page margin (render/stamp.py): in free space, never on content, and
drawn before the output check, which the stamped copy passes (layout check included)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pymupdf
import pytest

from redact.render.stamp import stamp_pdf


def _words(pdf: Path) -> list[tuple[float, float, float, float, str]]:
    """Words as poppler displays them (not PyMuPDF, which drew the stamp)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    import re
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in
            re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html)]


def _page(path: Path, lines: list[tuple[float, str]], rotation: int = 0) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for y, text in lines:
        page.insert_text((72, y), text, fontsize=11)
    page.set_rotation(rotation)
    doc.save(path)
    return path


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_the_stamp_sits_below_the_content_as_displayed_and_touches_nothing(tmp_path, rotation):
    pdf = _page(tmp_path / "a.pdf", [(90, "Eerste regel van de brief"), (700, "Laatste regel van de brief")], rotation)
    assert stamp_pdf(pdf, "2024-017-0012") == []
    words = _words(pdf)
    stamp = [w for w in words if w[4] in ("Document", "2024-017-0012,", "pagina", "1")]
    content = [w for w in words if w not in stamp]
    assert len(stamp) == 4 and len(content) == 10
    lowest = max(w[3] for w in content)
    for s in stamp:
        assert s[1] > lowest + 2  # below every word of the page as it is displayed
        assert not any(s[0] < c[2] and c[0] < s[2] and s[1] < c[3] and c[1] < s[3] for c in content)


def test_a_full_page_image_gets_no_stamp(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
    pix.clear_with(200)
    page.insert_image(page.rect, pixmap=pix)
    doc.save(tmp_path / "scan.pdf")
    assert stamp_pdf(tmp_path / "scan.pdf", "0001") == [1]
    assert "Document" not in subprocess.run(["pdftotext", str(tmp_path / "scan.pdf"), "-"], capture_output=True,
                                            text=True).stdout


def test_content_down_to_the_bottom_edge_puts_the_stamp_at_the_top(tmp_path):
    pdf = _page(tmp_path / "a.pdf", [(300, "Midden"), (838, "Helemaal onderaan")])
    assert stamp_pdf(pdf, "0003") == []
    stamp = [w for w in _words(pdf) if w[4] == "Document"]
    assert stamp and stamp[0][3] < 60


def test_a_stamped_copy_passes_the_output_check_with_its_layout(tmp_path, pipeline):
    source = _page(tmp_path / "bron.pdf", [(90, "Geachte heer Jansen,"), (110, "Bel mij op 06-12345678."),
                                           (130, "Met vriendelijke groet, Afdeling Vergunningen")])
    out = tmp_path / "out"
    analysis = pipeline.analyse(source, "bron.pdf")
    result = pipeline.publish(analysis.document, analysis.decisions, out, stamp="2024-017-0001")
    assert result.status.value == "verwerkt" and result.redactions, result.error
    assert result.stamp == "2024-017-0001"
    text = subprocess.run(["pdftotext", str(out / "bron.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Document 2024-017-0001, pagina 1" in text and "06-12345678" not in text
