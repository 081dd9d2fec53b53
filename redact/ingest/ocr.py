"""OCR of page areas with Tesseract (Dutch), as words with boxes in page coordinates.

The area is rendered by PyMuPDF at OCR_DPI and handed to the `tesseract` program (TSV output:
one row per word with its box and confidence). Calling the program, rather than a binding,
keeps the dependency a system package (`tesseract-ocr`, `tesseract-ocr-nld`) and gives the
confidence per word, which decides whether a page can be trusted at all.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import os
import shutil
import subprocess
from dataclasses import dataclass

import pymupdf

from ..model import Box

OCR_DPI = 300  # Tesseract wants 300 dpi; PyMuPDF's default of 72 loses small print
MIN_DPI = 200  # below this small print is lost: a page that large is not OCR'd (fail closed)
MAX_PIXELS = 80_000_000  # per rendered area (80 MB grey); A3 at 300 dpi is 17 million
LANGUAGE = "nld"
TIMEOUT_S = 120  # per area; a hung Tesseract must not hang the batch
# Below this mean word confidence (0-100) the words are not trusted to hold every name.
MIN_MEAN_CONFIDENCE = 60.0


class OcrError(Exception):
    """OCR could not be run or failed; the message says why (shown to the coordinator)."""


@dataclass(frozen=True)
class OcrWord:
    text: str
    box: Box  # page coordinates (points, origin top-left)
    confidence: float  # 0-100, Tesseract's
    line: tuple[int, int, int, int]  # (area, block, paragraph, line): words of one line share it
    rotation: int = 0  # the page's /Rotate: the direction the characters run in `box`


@functools.cache
def tesseract_problem() -> str | None:
    """Why OCR is unavailable on this machine, or None when Tesseract with Dutch is there."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "Tesseract is niet geïnstalleerd (apt-get install tesseract-ocr tesseract-ocr-nld)"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"Tesseract start niet ({exc})"
    if LANGUAGE not in out.stdout.split():
        return "Nederlandse taaldata voor Tesseract ontbreekt (apt-get install tesseract-ocr-nld)"
    return None


def _tesseract_tsv(png: bytes, dpi: int) -> str:
    # One thread per Tesseract: pages already run in parallel across worker processes.
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        result = subprocess.run(["tesseract", "stdin", "stdout", "-l", LANGUAGE, "--dpi", str(dpi),
                                 "--psm", "3", "tsv"], input=png, capture_output=True, env=env,
                                timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise OcrError(f"Tesseract reageerde niet binnen {TIMEOUT_S} s") from None
    except OSError as exc:
        raise OcrError(f"Tesseract start niet ({exc})") from None
    if result.returncode != 0:
        raise OcrError("Tesseract faalde: " + result.stderr.decode("utf-8", "replace").strip()[:200])
    return result.stdout.decode("utf-8", "replace")


def ocr_area(page: pymupdf.Page, clip: pymupdf.Rect, area: int = 0, dpi: int = OCR_DPI) -> list[OcrWord]:
    """The words Tesseract reads in `clip` of the rendered page. Coordinates, of `clip` and of
    the words, are those of the unrotated page (as in text extraction and redaction)."""
    problem = tesseract_problem()
    if problem:
        raise OcrError(problem)
    unrotated = pymupdf.Rect(0, 0, page.mediabox.width, page.mediabox.height)
    clip = clip & unrotated
    if clip.is_empty:
        return []
    # A rotated page is rendered whole and upright, as the reader sees it (Tesseract reads
    # upright text); its words are then turned back into unrotated page coordinates.
    render_clip = clip if page.rotation == 0 else None
    rendered = render_clip or unrotated
    fit = math.sqrt(MAX_PIXELS / max(1.0, rendered.width * rendered.height / 72 / 72))
    if fit < MIN_DPI:
        raise OcrError(f"pagina te groot voor OCR ({rendered.width / 72 * 2.54:.0f} x "
                       f"{rendered.height / 72 * 2.54:.0f} cm)")
    dpi = int(min(dpi, fit))  # a poster-sized page at 300 dpi would not fit in memory
    pix = page.get_pixmap(dpi=dpi, clip=render_clip, colorspace=pymupdf.csGRAY, annots=False, alpha=False)
    scale = 72.0 / dpi
    origin = (clip.x0, clip.y0) if render_clip is not None else (0.0, 0.0)
    words: list[OcrWord] = []
    rows = csv.DictReader(io.StringIO(_tesseract_tsv(pix.tobytes("png"), dpi)), delimiter="\t",
                          quoting=csv.QUOTE_NONE)
    for row in rows:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top = int(row["left"]), int(row["top"])
        width, height = int(row["width"]), int(row["height"])
        rect = pymupdf.Rect(origin[0] + left * scale, origin[1] + top * scale,
                            origin[0] + (left + width) * scale, origin[1] + (top + height) * scale)
        if page.rotation:
            rect = (rect * page.derotation_matrix).normalize()
            if not rect.intersects(clip):
                continue
        words.append(OcrWord(text=text, box=tuple(rect), confidence=float(row["conf"]),
                             line=(area, int(row["block_num"]), int(row["par_num"]), int(row["line_num"])),
                             rotation=page.rotation % 360))
    return join_split_words(words)


def _belongs_to_next(word: OcrWord, nxt: OcrWord) -> bool:
    """Tesseract splits e-mail addresses at dots and at the @ ("jeroen. vlietstra@x.nl"): such
    a split would leave the first part unredacted, so the parts are joined again."""
    if word.line != nxt.line:
        return False
    (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = word.box, nxt.box
    # The gap along the direction the text runs on the unrotated page, and the line height.
    gap, height = {0: (bx0 - ax1, ay1 - ay0), 90: (ay0 - by1, ax1 - ax0), 180: (ax0 - bx1, ay1 - ay0),
                   270: (by0 - ay1, ax1 - ax0)}.get(word.rotation, (bx0 - ax1, ay1 - ay0))
    if gap > height * 0.6:
        return False  # a real space (or a column gap)
    return (word.text.endswith(("@", ".", "_", "-")) and "@" in word.text + nxt.text) or nxt.text.startswith("@")


def join_split_words(words: list[OcrWord]) -> list[OcrWord]:
    out: list[OcrWord] = []
    for w in words:
        if out and _belongs_to_next(out[-1], w):
            prev = out[-1]
            box = tuple(pymupdf.Rect(prev.box) | pymupdf.Rect(w.box))
            conf = (prev.confidence * len(prev.text) + w.confidence * len(w.text)) / (len(prev.text) + len(w.text))
            out[-1] = OcrWord(prev.text + w.text, box, conf, prev.line, prev.rotation)
        else:
            out.append(w)
    return out


def mean_confidence(words: list[OcrWord]) -> float | None:
    """Character-weighted mean confidence, or None when nothing was read."""
    scored = [(w.confidence, len(w.text)) for w in words if w.confidence >= 0]
    total = sum(n for _, n in scored)
    return sum(c * n for c, n in scored) / total if total else None


def char_boxes(word: OcrWord) -> list[Box]:
    """One box per character: the word box split evenly (Tesseract gives no glyph boxes), in
    the direction the text runs on the (unrotated) page.

    The boxes get a margin around the ink: image pixels are removed exactly inside the box,
    and a box tight on the ink leaves anti-aliased edges and misread letter parts readable.
    """
    x0, y0, x1, y1 = word.box
    pad = max(0.8, min(x1 - x0, y1 - y0) * 0.15)  # from the line height, whichever way it runs
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    n = len(word.text)
    if word.rotation in (90, 270):  # characters run along y: upwards for 90, downwards for 270
        step = (y1 - y0) / n
        boxes = [(x0, y0 + i * step, x1, y0 + (i + 1) * step) for i in range(n)]
        return boxes[::-1] if word.rotation == 90 else boxes
    step = (x1 - x0) / n
    boxes = [(x0 + i * step, y0, x0 + (i + 1) * step, y1) for i in range(n)]
    return boxes[::-1] if word.rotation == 180 else boxes
