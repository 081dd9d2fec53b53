"""The annex to the Woo decision (`woo-redact report OUT`): what was disclosed, in one page.

    OUT/besluitbijlage.pdf          one A4 page: documents per judgement, redactions per ground with
                                    the ground's text (rules/grounds.yaml), the chart, and the
                                    documents not (fully) disclosed
    OUT/besluitbijlage-grafiek.png  the chart alone: redactions per ground and per document

Read from OUT only: the inventory (inventaris.csv) and the redaction log, which hold no values, so
the annex holds none either. Drawn with PyMuPDF, which woo-redact already uses to render: no
plotting library to install, the PNG is a rendering of the same drawing as the PDF's chart, and the
bytes are the same on every run (fixed metadata and time, report/inventory.fixed_time).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from ..fileio import atomic_path
from ..outfolder import ANNEX_PDF, ANNEX_PNG, read_log
from ..rules import Ground
from .inventory import DUPLICATE, read_inventory

# Judgements in the order a besluit lists them; working statuses (not for upload) after them.
JUDGEMENTS = ("Openbaar", "Deels openbaar", DUPLICATE, "niet verwerkt", "handmatige beoordeling nodig",
              "verificatie mislukt")
NOT_DISCLOSED = ("niet verwerkt", "handmatige beoordeling nodig", "verificatie mislukt")
A4 = (595.0, 842.0)
MARGIN = 48.0
TOP_DOCUMENTS = 12  # bars in the per-document chart; the rest is summed up in a line
CHART_X = (MARGIN, A4[0] - MARGIN)  # the chart's left and right
ROW = 16.0  # points per bar
BAR = (0.16, 0.33, 0.55)  # Rijksoverheid-like dark blue
GREY = (0.45, 0.45, 0.45)


@dataclass(frozen=True)
class Annex:
    """What the annex says, from OUT alone."""

    documents: int
    judgements: tuple[tuple[str, int], ...]  # (Beoordeling, count), in JUDGEMENTS order, then others
    grounds: tuple[tuple[str, str, int], ...]  # (code, text, redactions)
    per_document: tuple[tuple[str, int], ...]  # (ID, redactions), most first
    not_disclosed: tuple[tuple[str, str, str, str], ...]  # (ID, Document, Beoordeling, Toelichting)
    duplicates_left_out: int  # copies not published again (`--duplicates skip`)


def read_annex(out_dir: Path, grounds: dict[str, Ground]) -> Annex:
    """The annex's figures from OUT's inventory and log. Raises FileNotFoundError without an inventory."""
    rows = read_inventory(out_dir)
    log = read_log(out_dir)
    counts = Counter(row["Beoordeling"] for row in rows)
    judgements = [(j, counts[j]) for j in JUDGEMENTS if counts[j]]
    judgements += sorted((j, n) for j, n in counts.items() if j not in JUDGEMENTS)
    by_ground = Counter(r.ground for redactions in log.values() for r in redactions)
    ground_rows = tuple((code, grounds[code].title if code in grounds else "", n)
                        for code, n in sorted(by_ground.items()))
    number = {row["Document"]: row["ID"] for row in rows}
    per_document = sorted(((number.get(doc, doc), len(rs)) for doc, rs in log.items() if rs),
                          key=lambda t: (-t[1], t[0]))
    not_disclosed = tuple((row["ID"], row["Document"], row["Beoordeling"], row.get("Toelichting", ""))
                          for row in rows if row["Beoordeling"] in NOT_DISCLOSED)
    left_out = sum(1 for row in rows if row["Beoordeling"] == DUPLICATE
                   and "niet opnieuw openbaar gemaakt" in row.get("Toelichting", ""))
    return Annex(len(rows), tuple(judgements), ground_rows, tuple(per_document), not_disclosed, left_out)


# -- drawing -----------------------------------------------------------------------------------

def _fit(text: str, width: float, size: float, font: str = "helv") -> str:
    """The text, cut with an ellipsis to fit `width` points."""
    if pymupdf.get_text_length(text, font, size) <= width:
        return text
    while text and pymupdf.get_text_length(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _text(page, x: float, y: float, text: str, size: float = 9, bold: bool = False, colour=(0, 0, 0),
          width: float | None = None, right: bool = False) -> None:
    font = "hebo" if bold else "helv"
    if width is not None:
        text = _fit(text, width, size, font)
    if right:
        x -= pymupdf.get_text_length(text, font, size)
    page.insert_text((x, y), text, fontsize=size, fontname=font, color=colour)


def _bars(page, box: tuple[float, float, float, float], title: str, bars: list[tuple[str, int]],
          note: str = "") -> None:
    """A horizontal bar chart in `box` (x0, y0, x1, y1): a label and a count per bar."""
    x0, y0, x1, y1 = box
    _text(page, x0, y0 + 10, title, 10, bold=True)
    if not bars:
        _text(page, x0, y0 + 28, "geen weglakkingen", 9, colour=GREY)
        return
    top, bottom = y0 + 20, y1 - (14 if note else 0)
    step = min(ROW, (bottom - top) / len(bars))
    # Wide enough for the longest label (a document ID with its request: 2024-017-0012.1), at most
    # half the chart: a label cut short would make the bars of one request look alike.
    count_w = 30.0
    widest = max(pymupdf.get_text_length(label, "helv", min(9, step * 0.7)) for label, _ in bars)
    label_w = min(max(40.0, widest + 6), (x1 - x0) / 2)
    most = max(n for _, n in bars)
    span = x1 - x0 - label_w - count_w
    for i, (label, n) in enumerate(bars):
        y = top + i * step
        _text(page, x0, y + step * 0.7, label, min(9, step * 0.7), width=label_w - 4)
        length = max(1.0, span * n / most)
        page.draw_rect(pymupdf.Rect(x0 + label_w, y + step * 0.15, x0 + label_w + length, y + step * 0.85),
                       color=None, fill=BAR)
        _text(page, x0 + label_w + length + 3, y + step * 0.7, str(n), min(9, step * 0.7))
    if note:
        _text(page, x0, y1 - 2, note, 8, colour=GREY)


def chart_height(annex: Annex) -> float:
    bars = max(len(annex.grounds), min(len(annex.per_document), TOP_DOCUMENTS), 1)
    return 28 + ROW * bars + (14 if len(annex.per_document) > TOP_DOCUMENTS else 0)


def draw_chart(page, top: float, annex: Annex) -> float:
    """The two charts side by side from `top`; returns the y below them."""
    (x0, x1), height = CHART_X, chart_height(annex)
    middle = (x0 + x1) / 2
    _bars(page, (x0, top, middle - 12, top + height), "Weglakkingen per grond",
          [(code, n) for code, _, n in annex.grounds])
    shown = list(annex.per_document[:TOP_DOCUMENTS])
    rest = annex.per_document[TOP_DOCUMENTS:]
    note = f"en {len(rest)} andere documenten met samen {sum(n for _, n in rest)} weglakkingen" if rest else ""
    _bars(page, (middle + 12, top, x1, top + height), "Weglakkingen per document (ID)",
          list(shown), note)
    return top + height


def _metadata(doc, title: str, when: str) -> None:
    doc.set_metadata({"title": title, "author": "", "subject": "", "keywords": "", "creator": "woo-redact",
                      "producer": "woo-redact", "creationDate": when, "modDate": when})


def annex_pdf(annex: Annex, when: str) -> bytes:
    """The one-page annex. `when`: the PDF date string written as its creation date."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    width = A4[0] - 2 * MARGIN
    y = MARGIN + 10
    _text(page, MARGIN, y, "Bijlage bij het Woo-besluit: overzicht van de openbaarmaking", 14, bold=True)
    y += 18
    redactions = sum(n for _, _, n in annex.grounds)
    _text(page, MARGIN, y, f"{annex.documents} documenten beoordeeld, {redactions} weglakkingen", 10, colour=GREY)
    y += 24
    _text(page, MARGIN, y, "Documenten per beoordeling", 11, bold=True)
    y += 15
    for judgement, n in annex.judgements:
        _text(page, MARGIN + 8, y, judgement, 9)
        _text(page, MARGIN + 230, y, str(n), 9, right=True)
        y += 12
    if annex.duplicates_left_out:
        _text(page, MARGIN + 8, y, f"waarvan dubbel en niet opnieuw openbaar gemaakt: {annex.duplicates_left_out}",
              8, colour=GREY)
        y += 12
    y += 12
    _text(page, MARGIN, y, "Weglakkingen per weigeringsgrond", 11, bold=True)
    y += 15
    if not annex.grounds:
        _text(page, MARGIN + 8, y, "geen", 9, colour=GREY)
        y += 12
    for code, title, n in annex.grounds:
        _text(page, MARGIN + 8, y, f"art. {code} Woo", 9, bold=True)
        _text(page, MARGIN + 90, y, title, 9, width=width - 150)
        _text(page, MARGIN + width, y, str(n), 9, right=True)
        y += 12
    y = draw_chart(page, y + 14, annex) + 20
    _text(page, MARGIN, y, "Niet of niet volledig openbaar gemaakt (niet verwerkt of handmatige beoordeling nodig)",
          11, bold=True, width=width)
    y += 15
    if not annex.not_disclosed:
        _text(page, MARGIN + 8, y, "geen", 9, colour=GREY)
    room = int((A4[1] - MARGIN - y) // 12)
    listed = annex.not_disclosed if len(annex.not_disclosed) <= room else annex.not_disclosed[:max(0, room - 1)]
    for number, document, judgement, why in listed:
        _text(page, MARGIN + 8, y, number, 8, bold=True)
        _text(page, MARGIN + 50, y, document, 8, width=150)
        _text(page, MARGIN + 205, y, judgement, 8, width=110)
        _text(page, MARGIN + 320, y, why, 8, width=width - 320)
        y += 12
    if len(listed) < len(annex.not_disclosed):
        _text(page, MARGIN + 8, y, f"en nog {len(annex.not_disclosed) - len(listed)} documenten: zie de inventaris",
              8, colour=GREY)
    _metadata(doc, "Bijlage bij het Woo-besluit", when)
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


def chart_png(annex: Annex, dpi: int = 150) -> bytes:
    """The chart alone, as a PNG."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=chart_height(annex) + 2 * 20)
    draw_chart(page, 20, annex)
    data = page.get_pixmap(dpi=dpi, alpha=False).tobytes("png")
    doc.close()
    return data


def write_annex(out_dir: Path, annex: Annex, when: str) -> tuple[Path, Path]:
    pdf, png = out_dir / ANNEX_PDF, out_dir / ANNEX_PNG
    pdf_bytes, png_bytes = annex_pdf(annex, when), chart_png(annex)
    with atomic_path(pdf) as pdf_tmp, atomic_path(png) as png_tmp:
        pdf_tmp.write_bytes(pdf_bytes)
        png_tmp.write_bytes(png_bytes)
    return pdf, png
