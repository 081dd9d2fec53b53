"""Images become a PDF page each (every page of a multi-page TIFF) and take the scans' OCR road."""

from __future__ import annotations

import shutil

import pymupdf
import pytest

from redact.errors import DocumentError
from redact.ingest.convert.images import image_pdf

from .conftest import inventory, multipage_tiff, needs_pdftotext, pdftotext, run_folder, text_image

LINES = ["Geachte heer Jorrit Kamphuis,", "Uw mobiele nummer 06-34567812 is genoteerd."]


def test_multipage_tiff_gives_a_page_per_image(tmp_path):
    tif = tmp_path / "scan.tif"
    tif.write_bytes(multipage_tiff([text_image(["pagina een"]), text_image(["pagina twee"]), text_image(["drie"])]))
    assert image_pdf(tif, tmp_path / "scan.tif.pdf") == 3
    with pymupdf.open(tmp_path / "scan.tif.pdf") as doc:
        assert doc.page_count == 3 and all(page.get_images() for page in doc)
        assert all(not page.get_text().strip() for page in doc)  # no text layer: OCR decides


def test_a_broken_image_is_refused(tmp_path):
    bad = tmp_path / "kapot.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(DocumentError):
        image_pdf(bad, tmp_path / "kapot.jpg.pdf")


@needs_pdftotext
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract ontbreekt: geen OCR")
def test_images_are_ocrd_and_redacted(tmp_path):
    src = tmp_path / "bron"
    (src / "scans").mkdir(parents=True)
    text_image(LINES, dpi=300).save(src / "scans" / "brief.png")
    (src / "scans" / "foto.jpg").write_bytes(text_image(LINES, dpi=300).tobytes("jpg"))
    (src / "scans" / "stapel.tiff").write_bytes(multipage_tiff([text_image(LINES, dpi=300), text_image(["Bijlage"])]))
    out = tmp_path / "uit"
    run_folder(src, out)
    rows = {r["Document"]: r for r in inventory(out).values()}
    for name in ("scans/brief.png.pdf", "scans/foto.jpg.pdf", "scans/stapel.tiff.pdf"):
        row = rows[name]
        # The three hold the same page: copies of each other (redact/dossier/), published all the same.
        assert row["Beoordeling"] in ("Deels openbaar", "dubbel", "handmatige beoordeling nodig"), row
        if row["Beoordeling"] == "dubbel":
            assert row["Gerelateerd ID"] in {rows[n]["ID"] for n in rows if n != name}, row
        if row["Beoordeling"] in ("Deels openbaar", "dubbel"):
            # The output is an image page: read it back the way verify does, with OCR.
            import subprocess

            png = tmp_path / "check"
            subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(out / name), str(png)], check=True)
            page = next(tmp_path.glob("check*.png"))
            ocr = subprocess.run(["tesseract", str(page), "-", "-l", "nld"], capture_output=True, text=True).stdout
            page.unlink()
            assert "Kamphuis" not in ocr and "34567812" not in ocr, ocr
    assert rows["scans/stapel.tiff.pdf"]["File type"] == "tiff"
    assert "tekst via OCR" in rows["scans/brief.png.pdf"]["Toelichting"]
    assert pdftotext(out / "scans" / "brief.png.pdf") is not None
