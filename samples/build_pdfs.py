#!/usr/bin/env python3
"""Render every samples/documents/<stem>.txt into samples/documents/<stem>.pdf (the PDF twins of the corpus).

- A4 pages, 10.5 pt text, lines wrapped at word boundaries to the text width, as many pages as needed.
- Base-14 Helvetica (not embedded) for documents whose text fits Latin-1; an embedded (subsetted) TrueType
  font (DejaVu Sans, found with fc-list or in the usual places) for the documents in TTF_DOCS and for any
  text with characters outside Latin-1. Falls back to Helvetica with a warning when no TTF is found.
- Line wrapping never breaks inside a redact value of the document's .expected.yaml (nor inside a short keep
  value), so text extraction of the PDF returns each of them on one line.
- Documents in SCANNED are rendered as text, rasterised (grayscale, SCAN_DPI) and written as image-only
  pages: no text layer at all, like a scanned letter.
- Deterministic: fixed metadata, no dates, no new /ID (`no_new_id=True`), garbage collection and deflate;
  re-running gives byte-identical files (`--check` verifies this by building twice in memory).

Usage: python samples/build_pdfs.py [--check] [stem ...]
"""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pymupdf
import yaml

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE / "documents"  # the .txt and their .pdf twins; the expectations stay in HERE

PAGE_W, PAGE_H = pymupdf.paper_size("a4")  # 595 x 842 pt
MARGIN_X = 70.0
MARGIN_TOP = 72.0
MARGIN_BOTTOM = 72.0
FONT_SIZE = 10.5
LEADING = 14.0

# documents rendered as an image-only (scanned) page
SCANNED = {"13-scan-brief", "16-scan-brief-handtekening"}
# documents with pictures drawn on the rendered text (drawings.py: synthetic, no real person)
PICTURES = {"15-brief-handtekening": "signature_image", "16-scan-brief-handtekening": "signature_strokes",
            "17-foto-identiteitsbewijs": "photo_and_id"}
SCAN_DPI = 200
# documents rendered with an embedded TrueType font
TTF_DOCS = {"14-namen-herkomst"}
# keep values up to this many words are not split by wrapping either
KEEP_PROTECT_WORDS = 3
TTF_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
]

METADATA = {
    "creator": "woo-redact samples/build_pdfs.py",
    "producer": "PyMuPDF",
    "author": "",
    "subject": "",
    "keywords": "",
    "creationDate": "",
    "modDate": "",
}


def find_ttf() -> str | None:
    for cand in TTF_CANDIDATES:
        if Path(cand).is_file():
            return cand
    if shutil.which("fc-list"):
        try:
            out = subprocess.run(
                ["fc-list", ":family=DejaVu Sans:style=Book", "file"],
                capture_output=True, text=True, timeout=20, check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        files = sorted(line.split(":")[0].strip() for line in out.splitlines() if line.strip())
        for f in files:
            if f.lower().endswith(".ttf") and Path(f).is_file():
                return f
    return None


def protected_values(stem: str) -> list[str]:
    """Values from the expectations file that must not be split by line wrapping: every redact value, and
    keep values of at most KEEP_PROTECT_WORDS words (long keep phrases may wrap, like ordinary text)."""
    exp = HERE / f"{stem}.expected.yaml"
    if not exp.is_file():
        return []
    data = yaml.safe_load(exp.read_text(encoding="utf-8")) or {}
    vals = [str(item["value"]) for item in (data.get("redact") or [])]
    vals += [str(item["value"]) for item in (data.get("keep") or [])
             if len(str(item["value"]).split()) <= KEEP_PROTECT_WORDS]
    return [v for v in vals if " " in v]


class Measurer:
    def __init__(self, ttf: str | None):
        self.ttf = ttf
        self.font = pymupdf.Font(fontfile=ttf) if ttf else None

    def length(self, text: str) -> float:
        if self.font is not None:
            return self.font.text_length(text, fontsize=FONT_SIZE)
        return pymupdf.get_text_length(text, fontname="helv", fontsize=FONT_SIZE)


def wrap_line(line: str, width: float, measure: Measurer, protect: list[str]) -> list[str]:
    if not line.strip():
        return [""]
    if measure.length(line) <= width:
        return [line]
    # spaces inside a protected value are not allowed as break points
    forbidden: set[int] = set()
    for val in protect:
        for m in re.finditer(re.escape(val), line):
            forbidden.update(i for i in range(m.start(), m.end()) if line[i] == " ")
    lead = len(line) - len(line.lstrip(" "))
    breaks = [i for i, ch in enumerate(line) if ch == " " and i > lead and i not in forbidden]
    out: list[str] = []
    start = 0
    while start < len(line):
        rest = line[start:]
        if measure.length(rest) <= width:
            out.append(rest)
            break
        cands = [b for b in breaks if b > start]
        fitting = [b for b in cands if measure.length(line[start:b]) <= width]
        if fitting:
            b = fitting[-1]
        elif cands:
            b = cands[0]  # a single overlong word or value: let it overflow
        else:
            out.append(rest)
            break
        out.append(line[start:b].rstrip(" "))
        start = b + 1
        while start < len(line) and line[start] == " ":
            start += 1
    return out


def layout(text: str, measure: Measurer, protect: list[str]) -> list[list[str]]:
    """Split the text into pages of wrapped lines."""
    width = PAGE_W - 2 * MARGIN_X
    per_page = int((PAGE_H - MARGIN_TOP - MARGIN_BOTTOM) // LEADING)
    lines: list[str] = []
    for raw in text.rstrip("\n").split("\n"):
        lines.extend(wrap_line(raw.rstrip(), width, measure, protect))
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    return pages or [[]]


def render_text_doc(text: str, ttf: str | None, protect: list[str]) -> pymupdf.Document:
    measure = Measurer(ttf)
    doc = pymupdf.open()
    for page_lines in layout(text, measure, protect):
        page = doc.new_page(width=PAGE_W, height=PAGE_H)
        if ttf:
            page.insert_font(fontname="F0", fontfile=ttf)
            fontname = "F0"
        else:
            fontname = "helv"
        y = MARGIN_TOP + FONT_SIZE
        for line in page_lines:
            if line:
                page.insert_text((MARGIN_X, y), line, fontname=fontname, fontsize=FONT_SIZE)
            y += LEADING
    if ttf:
        doc.subset_fonts()
    return doc


def rasterise(src: pymupdf.Document) -> pymupdf.Document:
    """Image-only copy of a document: each page becomes one grayscale image, no text layer."""
    out = pymupdf.open()
    for page in src:
        pix = page.get_pixmap(dpi=SCAN_DPI, colorspace=pymupdf.csGRAY, alpha=False)
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, stream=pix.tobytes("png"))
    return out


def add_pictures(doc: pymupdf.Document, kind: str) -> None:
    """A signature under the closing (an embedded image, or pen strokes that the scan turns into
    pixels), or a photo with two faces and an ID card copy below the text."""
    sys.path.insert(0, str(HERE))
    import drawings

    page = doc[0]
    if kind in ("signature_image", "signature_strokes"):
        closing = page.search_for("Met vriendelijke groet,")[0]
        box = pymupdf.Rect(closing.x0, closing.y1 + 3, closing.x0 + 150, closing.y1 + 43)
        if kind == "signature_image":
            page.insert_image(box, stream=drawings.signature())
        else:
            for stroke in drawings.signature_strokes(seed=11):
                page.draw_polyline([(box.x0 + x, box.y0 + y) for x, y in stroke], color=(0.1, 0.1, 0.35), width=1.6)
        return
    bottom = max(b[3] for b in page.get_text("blocks"))
    page.insert_image(pymupdf.Rect(MARGIN_X, bottom + 20, MARGIN_X + 200, bottom + 20 + 120), stream=drawings.photo(2))
    page.insert_image(pymupdf.Rect(MARGIN_X, bottom + 160, MARGIN_X + 243, bottom + 160 + 153), stream=drawings.id_card())


def needs_ttf(stem: str, text: str) -> bool:
    return stem in TTF_DOCS or any(ord(ch) > 0xFF for ch in text)


def build_bytes(stem: str, ttf_path: str | None) -> bytes:
    text = (DOCUMENTS / f"{stem}.txt").read_text(encoding="utf-8")
    ttf = ttf_path if needs_ttf(stem, text) else None
    if needs_ttf(stem, text) and ttf is None:
        print(f"warning: {stem}: no TrueType font found, falling back to Helvetica", file=sys.stderr)
    doc = render_text_doc(text, ttf, protected_values(stem))
    if stem in PICTURES:
        add_pictures(doc, PICTURES[stem])
    if stem in SCANNED:
        scanned = rasterise(doc)
        doc.close()
        doc = scanned
    meta = dict(METADATA, title=stem)
    doc.set_metadata(meta)
    data = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    doc.close()
    return data


def stems(selected: list[str]) -> list[str]:
    all_stems = sorted(p.name[:-4] for p in DOCUMENTS.glob("*.txt"))
    return [s for s in all_stems if not selected or s in selected]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    selected = [a for a in argv if not a.startswith("--")]
    ttf = find_ttf()
    for stem in stems(selected):
        data = build_bytes(stem, ttf)
        if check and hashlib.sha256(build_bytes(stem, ttf)).digest() != hashlib.sha256(data).digest():
            print(f"error: {stem}: output is not deterministic", file=sys.stderr)
            return 1
        out = DOCUMENTS / f"{stem}.pdf"
        out.write_bytes(data)
        kind = "scan" if stem in SCANNED else ("ttf" if needs_ttf(stem, (DOCUMENTS / f'{stem}.txt').read_text(encoding='utf-8')) and ttf else "helv")
        print(f"{out.name}: {len(data)} bytes, {kind}, sha256 {hashlib.sha256(data).hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
