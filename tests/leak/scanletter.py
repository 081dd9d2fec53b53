"""A scanned letter with account numbers, a BSN, phone numbers and an e-mail address, as a page
image at 300 dpi (no text layer), in Courier 9 pt: in this letter Tesseract 5 reads the IBAN of
one line with a character too many (`NL20INGB0O001234567`). A second line carries confusions that
are drawn in the image itself (O for 0, l for 1), so that the OCR-tolerant path is exercised
whatever Tesseract makes of the first (`python -m tests.leak.scanletter DIR` writes it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

LINES = (
    "Gemeente Utrecht, Afdeling Belastingen",
    "",
    "Geachte heer Bakker,",
    "Wij verzoeken u het bedrag van EUR 412,50 over te maken.",
    "IBAN NL20INGB0001234567 t.n.v. J. Bakker",
    "Uw rekeningnummer: NL91 ABNA O4l7 1643 OO",  # drawn with O and l: an OCR confusion in the image
    "BSN: 111222333",
    "Tel. 06-12345678, mobiel 0612345678",
    "E-mail: j.bakker@kpnmail.nl",
    "Met vriendelijke groet,",
    "Afdeling Belastingen",
)
# The numbers a reader of the page sees, digits only (the e-mail address as written).
NUMBERS = ("0001234567", "0417164300", "111222333", "12345678", "0612345678")
EMAIL = "j.bakker@kpnmail.nl"


def build(path: Path, dpi: int = 300) -> Path:
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    y = 80.0
    for line in LINES:
        page.insert_text((60, y), line, fontsize=9, fontname="cour")
        y += 16.2
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    out = pymupdf.open()
    scan = out.new_page(width=595, height=842)
    scan.insert_image(scan.rect, pixmap=pix)
    out.save(path, deflate=True)
    return path


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    print(build(folder / "scanbrief.pdf"))
