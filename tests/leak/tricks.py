"""Hostile inputs, round 2 (issue 16): one small file per way personal data slipped past the
detectors or the sanitiser although it was on the page or in the file.

- letter_spacing: the data line drawn with a character spacing of 2.5 pt (`Tc`);
- reading_order: the e-mail address drawn in two pieces, the second first, and the phone number
  one character at a time in shuffled order (raw content streams);
- unicode_pdf / unicode_txt: a zero-width space inside the e-mail address, a fullwidth at sign
  (txt), a soft hyphen inside the phone number;
- image_metadata: a JPEG whose COM segment and EXIF (APP1) block hold the e-mail address and
  phone number, while the same values are written (and redacted) on the page;
- private_keys: the values in a private key of the catalog and of the page, and nested 40
  dictionaries deep;
- chunk_email, chunk_phone (txt): one long line in which the e-mail address, or a phone
  number written with spaces, straddles the 6,000th character.

Run `python -m tests.leak.tricks DIR` to write them all to DIR for a look by hand.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import pymupdf

from .hostile import DEJAVU, EMAIL, KEEP_LINES, NEIGHBOUR, PHONE, SIZE, STEP, TOP

DATA_LINE = f"Contact: {EMAIL} of {PHONE}"
# What must not be readable anywhere after redaction (casefolded, whitespace removed).
SECRETS = ("jeroen", "vlietstra", "kpnmail", "41234567")
SPACED_SECRET = "0641234567"  # the phone number with its spaces squashed
FONT = "helv"  # the resource name PyMuPDF gives Helvetica on a page


def _page(doc: pymupdf.Document) -> pymupdf.Page:
    """A page with the keep lines; the data goes on the second line (y = TOP + STEP)."""
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, TOP), KEEP_LINES[0], fontsize=SIZE)
    page.insert_text((72, TOP + 2 * STEP), KEEP_LINES[1], fontsize=SIZE)
    page.insert_text((72, TOP + 4 * STEP), KEEP_LINES[2], fontsize=SIZE)
    return page


def _append_content(page: pymupdf.Page, ops: str) -> None:
    """Add a content stream of raw operators to the page (PDF y runs up: 842 - y)."""
    doc = page.parent
    xref = doc.get_new_xref()
    doc.update_object(xref, "<< >>")
    doc.update_stream(xref, ops.encode("latin-1"))
    contents = page.get_contents() + [xref]
    doc.xref_set_key(page.xref, "Contents", "[" + " ".join(f"{x} 0 R" for x in contents) + "]")


def _literal(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _save(doc: pymupdf.Document, path: Path) -> Path:
    doc.save(path, garbage=3, deflate=True)
    doc.close()
    return path


def letter_spacing(path: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc)
    _append_content(page, f"BT /{FONT} {SIZE} Tf 2.5 Tc 72 {842 - TOP - STEP} Td {_literal(DATA_LINE)} Tj ET")
    return _save(doc, path)


def _width(text: str) -> float:
    return pymupdf.get_text_length(text, fontname="helv", fontsize=SIZE)


def reading_order(path: Path) -> Path:
    """`Contact: ` + the address's domain part drawn first, then its local part, then the phone
    number glyph by glyph in a shuffled order, each at its own place on the line."""
    doc = pymupdf.open()
    page = _page(doc)
    local, domain = EMAIL.split("@")
    local += "@"
    y = 842 - TOP - STEP
    x = 72.0
    head = "Contact: "
    x_local = x + _width(head)
    x_domain = x_local + _width(local)
    x_phone = x_domain + _width(domain + " of ")
    ops = [f"BT /{FONT} {SIZE} Tf 1 0 0 1 {x} {y} Tm {_literal(head)} Tj ET",
           f"BT /{FONT} {SIZE} Tf 1 0 0 1 {x_domain:.3f} {y} Tm {_literal(domain + ' of')} Tj ET",
           f"BT /{FONT} {SIZE} Tf 1 0 0 1 {x_local:.3f} {y} Tm {_literal(local)} Tj ET"]
    order = list(range(len(PHONE)))
    random.Random(16).shuffle(order)
    for i in order:
        ops.append(f"BT /{FONT} {SIZE} Tf 1 0 0 1 {x_phone + _width(PHONE[:i]):.3f} {y} Tm "
                   f"{_literal(PHONE[i])} Tj ET")
    _append_content(page, "\n".join(ops))
    return _save(doc, path)


ZWSP, SOFT_HYPHEN, FULLWIDTH_AT = "\u200b", "\u00ad", "\uff20"
UNICODE_EMAIL = EMAIL.replace(".", ZWSP + ".", 1)  # jeroen<ZWSP>.vlietstra@kpnmail.nl
UNICODE_PHONE = PHONE[:6] + SOFT_HYPHEN + PHONE[6:]  # 06-412<SHY>34567


def unicode_pdf(path: Path) -> Path:
    """An embedded TrueType font (DejaVu, with a ToUnicode map) that draws a zero-width space
    inside the e-mail address and a soft hyphen inside the phone number."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_font(fontname="dejavu", fontfile=str(DEJAVU))
    page.insert_text((72, TOP + STEP), f"Contact: {UNICODE_EMAIL} of {UNICODE_PHONE}", fontsize=SIZE,
                     fontname="dejavu")
    return _save(doc, path)


UNICODE_TXT_LINES = (
    KEEP_LINES[0],
    f"Contact: {UNICODE_EMAIL} of {UNICODE_PHONE}",
    f"Ook bereikbaar via {EMAIL.split('@')[0]}{FULLWIDTH_AT}{EMAIL.split('@')[1]}.",
    NEIGHBOUR,
)


def unicode_txt(path: Path) -> Path:
    path.write_text("\n".join(UNICODE_TXT_LINES) + "\n", encoding="utf-8")
    return path


CHUNK_AT = 6000  # the size of a plain-text piece of analysis (redact/ingest/text.py)
SPACED_PHONE = "06 41 23 45 67"
FILLER = "de gemeente neemt een besluit over de aanvraag "


def _long_line(value: str, inside: int) -> str:
    """One line of ordinary words without a line break in which character `inside` of `value`
    is the CHUNK_AT-th of the file."""
    head = (FILLER * (CHUNK_AT // len(FILLER) + 1))[:CHUNK_AT - inside]
    head = head[:-1] + " "  # a word cut short, then the value after a space
    return head + value + " " + FILLER * 20 + "\n"


def chunk_email(path: Path) -> Path:
    """The e-mail address straddles the 6,000th character of a long line (a fixed cut there
    halves it)."""
    path.write_text(_long_line(EMAIL, len(EMAIL) // 2), encoding="utf-8")
    return path


def chunk_phone(path: Path) -> Path:
    """A phone number written with spaces whose last space before the 6,000th character is its
    own: a cut at whitespace splits it, only detection across the cut sees it whole."""
    path.write_text(_long_line(SPACED_PHONE, SPACED_PHONE.index("45") + 1), encoding="utf-8")
    return path


def _jpeg_with_metadata() -> bytes:
    """A small grey JPEG (written by MuPDF) with a COM segment and an EXIF APP1 block spliced in
    after its SOI marker, both holding the personal data."""
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 32, 16), False)
    pix.clear_with(200)
    jpeg = pix.tobytes("jpeg")
    assert jpeg[:2] == b"\xff\xd8"

    def segment(marker: int, body: bytes) -> bytes:
        return bytes([0xFF, marker]) + (len(body) + 2).to_bytes(2, "big") + body

    comment = segment(0xFE, f"Gemaakt door {EMAIL}, tel. {PHONE}".encode())
    exif = segment(0xE1, b"Exif\x00\x00" + f"Artist={EMAIL};Phone={PHONE}".encode())
    return jpeg[:2] + comment + exif + jpeg[2:]


JPEG = _jpeg_with_metadata()


def image_metadata(path: Path) -> Path:
    """The values on the page (so they are redacted there) and in a JPEG's metadata; the image
    is too small (16 x 8 pt) to hold a word, so the page is not OCR'd."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, TOP + STEP), DATA_LINE, fontsize=SIZE)
    page.insert_image(pymupdf.Rect(400, 300, 416, 308), stream=JPEG)
    return _save(doc, path)


DEEP = 40  # deeper than the old walk's limit of 30


def _nested(depth: int, leaf: str) -> str:
    return "<< /N " * depth + leaf + " >>" * depth


def private_keys(path: Path) -> Path:
    """The data line on the page, and the values in a private catalog key, a private page key
    (as a string nested DEEP dictionaries deep) and a private key of the page's resources."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, TOP + STEP), DATA_LINE, fontsize=SIZE)
    doc.xref_set_key(doc.pdf_catalog(), "XPrivateContact", _literal(EMAIL))
    doc.xref_set_key(page.xref, "XAppData", _nested(DEEP, _literal(f"{EMAIL} {PHONE}")))
    resources = int(doc.xref_get_key(page.xref, "Resources")[1].split()[0])
    doc.xref_set_key(resources, "XNote", _literal(PHONE))
    return _save(doc, path)


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "letter_spacing": letter_spacing, "reading_order": reading_order, "unicode_pdf": unicode_pdf,
    "image_metadata": image_metadata, "private_keys": private_keys,
    "unicode_txt": unicode_txt, "chunk_email": chunk_email, "chunk_phone": chunk_phone,
}
SUFFIX = {"unicode_txt": ".txt", "chunk_email": ".txt", "chunk_phone": ".txt"}


def build_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: build(folder / f"{name}{SUFFIX.get(name, '.pdf')}") for name, build in BUILDERS.items()}


if __name__ == "__main__":
    for name, p in build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "tricks")).items():
        print(name, p)
