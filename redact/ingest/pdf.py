"""PDF reader: page text with one box per character, read with PyMuPDF, plus OCR where needed.

Ligatures are expanded and every character NFKC-normalised, so that "ﬃ" in a name is found
and its box still covers the glyph. Hidden optional-content layers are switched on first, and
text outside the page (mediabox) is read too: it is still in the file.

A page is OCR'd (ocr.py) where its text layer cannot be the whole story: images large enough
to hold text (scans, pasted screenshots), glyph-like vector paths (text converted to curves),
or a text layer that reads as gibberish (a font without ToUnicode). The OCR words are added to
the page's text, after the text layer, unless the text layer already has the same word there.
A page that needs OCR but cannot get a trustworthy one is marked `needs_review` (fail closed).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import numpy as np
import pymupdf
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS as NL_STOP_WORDS

from ..errors import DocumentError
from ..limits import Budget, Limits
from ..model import Box, Document, Page
from ..ocrsettings import OcrSettings
from .earlier import find_earlier_redactions, inside_any
from .earlier import summary as earlier_summary
from .layer import fit_to_ink, judge
from .ocr import OCR_DPI, OcrError, OcrWord, char_boxes, grey_pixels, mean_confidence, ocr_area, reading_dpi

# Not TEXT_PRESERVE_LIGATURES (expand them), not TEXT_MEDIABOX_CLIP (text off the page is
# still in the file and must be seen), not TEXT_PRESERVE_IMAGES (slow, not needed here).
EXTRACT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE


def open_pdf(path: Path) -> pymupdf.Document:
    """Open a PDF for reading, or raise DocumentError saying why it cannot be used."""
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except pymupdf.EmptyFileError:
        raise DocumentError("leeg bestand: geen PDF-inhoud") from None
    except (pymupdf.FileDataError, RuntimeError, ValueError):
        # MuPDF's message names the absolute path: the reason is published, so it says only what
        raise DocumentError("beschadigd of geen PDF (MuPDF kan het bestand niet openen)") from None
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        raise DocumentError("versleuteld met een wachtwoord: lever een onbeveiligde versie aan")
    if doc.is_repaired:
        doc.close()
        raise DocumentError("beschadigd of afgebroken PDF (de structuur moest worden hersteld): "
                            "lever het origineel opnieuw aan")
    if doc.page_count == 0:
        doc.close()
        raise DocumentError("PDF zonder pagina's")
    return doc


def show_all_layers(doc: pymupdf.Document) -> None:
    """Make hidden optional content (layers) visible to extraction and OCR, in memory only.

    Switching each layer on is not enough (visibility expressions, locked layers, configs):
    without /OCProperties every optional content group is shown, which is also what the
    sanitized output shows, since it drops /OCProperties.
    """
    catalog = doc.pdf_catalog()
    if doc.xref_get_key(catalog, "OCProperties")[0] != "null":
        doc.xref_set_key(catalog, "OCProperties", "null")


_CHAR, _BBOX = itemgetter("c"), itemgetter("bbox")


def page_text(page: pymupdf.Page) -> tuple[str, tuple[Box | None, ...]]:
    chars: list[str] = []  # pieces of the text: a character, or a span's ASCII characters at once
    boxes: list[Box | None] = []
    # No clip: MuPDF drops text outside the mediabox by default, and a name there is still in the file.
    raw = page.get_text("rawdict", flags=EXTRACT_FLAGS, clip=pymupdf.INFINITE_RECT())
    for block in raw["blocks"]:
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            for span in line["spans"]:
                glyphs = span["chars"]
                plain = "".join(map(_CHAR, glyphs))
                if plain.isascii() and len(plain) == len(glyphs):
                    # NFKC changes no ASCII character: one box per character, the same floats as
                    # below (step = (x1 - x0) / 1, exact), without a call per character.
                    chars.append(plain)
                    boxes.extend([(x0 + 0 * (x1 - x0), y0, x0 + (x1 - x0), y1) for x0, y0, x1, y1 in map(_BBOX, glyphs)])
                    continue
                for ch in glyphs:
                    norm = unicodedata.normalize("NFKC", ch["c"])
                    x0, y0, x1, y1 = ch["bbox"]
                    step = (x1 - x0) / max(1, len(norm))
                    for i, c in enumerate(norm):  # a ligature's box is shared by its letters
                        chars.append(c)
                        boxes.append((x0 + i * step, y0, x0 + (i + 1) * step, y1))
            chars.append("\n")
            boxes.append(None)
        chars.append("\n")
        boxes.append(None)
    return "".join(chars), tuple(boxes)


_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_PLAIN_WORD = re.compile(r"\W*[^\W\d_]{2,}\W*")  # letters only, with punctuation around
_STOP_WORDS = NL_STOP_WORDS | EN_STOP_WORDS
# An image or a cluster of vector glyphs at least this large (points) may hold a word.
MIN_TEXT_AREA = (20.0, 6.0)
MIN_VECTOR_GLYPHS = 8  # fewer glyph-like paths are icons, bullets or a logo's lettering
WHOLE_PAGE_SHARE = 0.6  # OCR areas covering more than this share of the page: OCR the page


@dataclass(frozen=True)
class OcrPlan:
    why: str
    areas: tuple[pymupdf.Rect, ...]


def _garbled(page: pymupdf.Page, text: str) -> str | None:
    """Why the text layer cannot be read as what the page shows, if so."""
    letters = len(_LETTER.findall(text))
    if text.count("\ufffd") > max(3, letters // 20):
        return "tekstlaag met onleesbare tekens (U+FFFD)"
    doc = page.parent
    for xref, _ext, kind, _base, _name, encoding, *_ in page.get_fonts(full=True):
        no_unicode = xref and doc.xref_get_key(xref, "ToUnicode")[0] == "null"
        if no_unicode and (kind == "Type3" or (kind == "Type0" and encoding.startswith("Identity"))):
            return "lettertype zonder ToUnicode: tekstlaag onbetrouwbaar"
    words = _WORD.findall(text.casefold())
    if len(words) >= 15 and sum(w in _STOP_WORDS for w in words) < 0.03 * len(words):
        return "tekstlaag bevat geen Nederlandse (of Engelse) woorden"
    return None


def _vector_glyph_area(page: pymupdf.Page) -> pymupdf.Rect | None:
    """The area of filled, curved, glyph-sized paths: text drawn as vector outlines."""
    area = pymupdf.Rect()
    count = 0
    for path in page.get_cdrawings():
        r = pymupdf.Rect(path["rect"])
        if path.get("type") not in ("f", "fs") or not (1.5 <= r.height <= 40 and r.width <= 60):
            continue
        if not any(item[0] == "c" for item in path.get("items", ())):
            continue  # straight-edged fills are rules, boxes and table shading
        area |= r
        count += 1
    return area if count >= MIN_VECTOR_GLYPHS else None


def ocr_plan(page: pymupdf.Page, text: str) -> OcrPlan | None:
    """Why and where this page needs OCR, or None when its text layer is the whole content."""
    why = _garbled(page, text)
    if why:
        return OcrPlan(why, (pymupdf.Rect(0, 0, page.mediabox.width, page.mediabox.height),))
    areas: list[pymupdf.Rect] = []
    reasons: list[str] = []
    unrotated = pymupdf.Rect(0, 0, page.mediabox.width, page.mediabox.height)  # where boxes live
    for info in page.get_image_info():
        r = pymupdf.Rect(info["bbox"]) & unrotated
        if r.width >= MIN_TEXT_AREA[0] and r.height >= MIN_TEXT_AREA[1]:
            areas.append(r)
    if areas:
        reasons.append("scan" if len(_LETTER.findall(text)) < 20 else "afbeelding(en) die tekst kunnen bevatten")
    vector = _vector_glyph_area(page)
    if vector is not None:
        areas.append(vector & unrotated)
        reasons.append("tekst als vectorpaden")
    if not areas:
        return None
    merged = _merge_areas(areas)
    if sum(r.get_area() for r in merged) > WHOLE_PAGE_SHARE * unrotated.get_area():
        merged = [unrotated]
    return OcrPlan(", ".join(reasons), tuple(merged))


def _merge_areas(areas: list[pymupdf.Rect]) -> list[pymupdf.Rect]:
    """Overlapping areas as one (until none overlaps), so no area is read twice."""
    merged = [pymupdf.Rect(r) for r in areas]
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                if merged[i].intersects(merged[j]):
                    merged[i] |= merged.pop(j)
                    changed = True
                    break
            if changed:
                break
    return sorted(merged, key=lambda r: (r.y0, r.x0))


def _squash(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def _already_in_text_layer(word: OcrWord, layer: list[tuple[float, float, str, int]], ys: list[float]) -> bool:
    """True when the text layer has this very word at this place (a page with a proper text
    layer over its image, or OCR of ordinary text next to a picture). `layer` is sorted by the
    characters' centre y, `ys` holds those y values."""
    x0, y0, x1, y1 = word.box
    lo, hi = bisect.bisect_left(ys, y0 - 1), bisect.bisect_right(ys, y1 + 1)
    inside = sorted((i, c) for cx, _cy, c, i in layer[lo:hi] if x0 - 1 <= cx <= x1 + 1)  # in text order
    return bool(inside) and _squash("".join(c for _, c in inside)) == _squash(word.text)


def add_ocr_words(text: str, boxes: tuple[Box | None, ...], words: list[OcrWord]
                  ) -> tuple[str, tuple[Box | None, ...], int]:
    """The page text with the OCR words the text layer lacks appended, line by line; and how
    many words were added. Each OCR character gets its share of the word box."""
    layer = sorted((((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, c, i) for i, (c, b) in enumerate(zip(text, boxes))
                    if b is not None), key=lambda t: t[1])
    ys = [t[1] for t in layer]
    chars, out_boxes = list(text), list(boxes)
    added, line = 0, None
    for word in words:
        if _already_in_text_layer(word, layer, ys):
            continue
        if line is not None and word.line != line:
            chars.append("\n")
            out_boxes.append(None)
        elif line is not None:
            chars.append(" ")
            out_boxes.append(None)
        line = word.line
        norm = unicodedata.normalize("NFKC", word.text)
        chars.extend(norm)
        out_boxes.extend(char_boxes(OcrWord(norm, word.box, word.confidence, word.line, word.rotation)))
        added += 1
    if added:
        chars.append("\n")
        out_boxes.append(None)
    return "".join(chars), tuple(out_boxes), added


def _drop_interactive(page: pymupdf.Page) -> int:
    """Remove annotations and form widgets (in memory), as the output will not have them: the
    text read, the OCR and the boxes are then about what the output shows. Returns how many."""
    count = 0
    for widget in list(page.widgets() or ()):
        page.delete_widget(widget)
        count += 1
    annot = page.first_annot
    while annot:
        annot = page.delete_annot(annot)
        count += 1
    return count


def _has_ink(page: pymupdf.Page, area: pymupdf.Rect) -> bool:
    """Whether the area shows anything darker than its paper (so that an OCR reading no word
    at all is a failure, not a blank page)."""
    import cv2

    pix = page.get_pixmap(dpi=INK_DPI, clip=area if page.rotation == 0 else None, colorspace=pymupdf.csGRAY,
                          annots=False, alpha=False)
    img = cv2.medianBlur(grey_pixels(pix), 3)
    return bool((img < int(np.median(img)) - INK_CONTRAST).mean() > MIN_INK_SHARE)


INK_DPI = 100
WHOLE_PAGE = 0.95  # an area covering this share of the page is the page (a scan)
CM = 2.54 / 72  # centimetres per point, for places a reviewer can find


def _whole_page(page: pymupdf.Page, area: pymupdf.Rect) -> bool:
    return area.get_area() >= WHOLE_PAGE * page.mediabox.get_area()
INK_CONTRAST = 20  # grey levels below the paper's that count as ink
MIN_INK_SHARE = 0.002  # a faint copy (tests/scans: low_contrast) has 0.0045, speckle alone 0


@dataclass(frozen=True)
class AreaReading:
    words: list[OcrWord]
    score: float | None  # mean confidence of the plain words; 0 for ink that read as nothing
    tried: tuple[str, ...]  # the variants read, in order


def _score(words: list[OcrWord]) -> float | None:
    return mean_confidence([w for w in words if _PLAIN_WORD.fullmatch(w.text)])


def read_area(page: pymupdf.Page, area: pymupdf.Rect, index: int, settings: OcrSettings,
              masks: tuple[Box, ...] = ()) -> AreaReading:
    """The OCR of one area, tried again in other ways (settings.retries) while its confidence
    is below the threshold; the best reading is kept. Words inside earlier redactions are no text.

    An area that shows ink but reads as no word at all is tried again too. On a scanned page (the
    area is the page) it then counts as confidence 0: a faint copy is not a blank page. A picture
    on a page (a photo, a signature) holds no text as often as not: it keeps its empty reading
    unless a retry reads it with confidence."""
    def attempt(variant: str) -> tuple[list[OcrWord], float | None]:
        # The plain reading at the scan's own resolution (ocr.reading_dpi); the retries at OCR_DPI
        # or more, as they were measured, and so a page with earlier redactions: their masks were
        # measured at OCR_DPI (at 200 dpi a rounded mask edge is read as "E|").
        dpi = reading_dpi(page, area) if variant == "plain" and not masks else OCR_DPI
        words = [w for w in ocr_area(page, area, area=index, dpi=dpi, variant=variant, masks=masks)
                 if not (masks and inside_any(w.box, list(masks)))]
        return words, _score(words)

    best_words, best = attempt("plain")
    tried = ["plain"]
    empty = best is None and _has_ink(page, area)
    whole = _whole_page(page, area)
    if empty and whole:
        best = 0.0
    for variant in settings.retries:
        if not empty and (best is None or best >= settings.min_confidence):
            break
        if empty and best is not None and best >= settings.min_confidence:
            break
        words, score = attempt(variant)
        tried.append(variant)
        if score is not None and (score >= settings.min_confidence or (best is not None and score > best)):
            best_words, best = words, score
    return AreaReading(best_words, best, tuple(tried))


def _where(page: pymupdf.Page, area: pymupdf.Rect) -> str:
    """An area of the page as a reviewer finds it: the whole page, or its place in centimetres."""
    if _whole_page(page, area):
        return "hele pagina"
    return (f"gebied {area.x0 * CM:.0f}-{area.x1 * CM:.0f} cm van links, "
            f"{area.y0 * CM:.0f}-{area.y1 * CM:.0f} cm van boven")


def _weakest_block(page: pymupdf.Page, words: list[OcrWord]) -> str:
    """Where on the page the least certain block of text is (in cm), for the reviewer."""
    blocks: dict[tuple[int, int], list[OcrWord]] = {}
    for w in words:
        blocks.setdefault(w.line[:2], []).append(w)
    scored = [(s, ws) for ws in blocks.values() if (s := _score(ws)) is not None and len(ws) >= 3]
    if not scored:
        return ""
    _, ws = min(scored, key=lambda t: t[0])
    return f"; zwakste blok {min(w.box[1] for w in ws) * CM:.0f}-{max(w.box[3] for w in ws) * CM:.0f} cm van boven"


def read_page(page: pymupdf.Page, settings: OcrSettings | None = None) -> tuple[Page, list[str]]:
    """One page as text with boxes, OCR'd where needed; and the warnings for the inventory."""
    settings = settings or OcrSettings()
    number = page.number + 1
    warnings: list[str] = []
    interactive = _drop_interactive(page)
    if interactive:
        warnings.append(f"pagina {number}: {interactive} annotatie(s)/formulierveld(en) niet overgenomen")
    text, boxes = page_text(page)
    plan = ocr_plan(page, text)
    source, review, text_layer = "pdf", None, None
    if plan is not None:
        try:
            found = []
            if settings.earlier_redactions and page.get_image_info():
                found = [e for e in find_earlier_redactions(page, max_grey=settings.earlier_max_grey)
                         if any(pymupdf.Rect(e.box).intersects(a) for a in plan.areas)]
            masks = tuple(e.box for e in found)
            if found:
                warnings.append(f"pagina {number}: eerder gelakt: {earlier_summary(found)}")
            scan_layer = len(plan.areas) == 1 and _whole_page(page, plan.areas[0]) and not _garbled(page, text)
            verdict = judge(page, text, boxes, settings, masks) if scan_layer else None
            if verdict is not None and verdict.trusted:
                boxes = fit_to_ink(page, text, boxes)
                text_layer, source = "trusted", "ocr"
                warnings.append(f"pagina {number}: OCR-tekstlaag van de scan gebruikt (vertrouwd: {verdict.reason})")
                return Page(number=number, text=text, boxes=boxes, width=page.rect.width, height=page.rect.height,
                            source=source, text_layer=text_layer), warnings
            why = plan.why
            if verdict is not None:  # the layer is not what the image shows: our own OCR instead
                text, boxes, text_layer = "", (), "replaced"
                why += f"; OCR-tekstlaag vervangen ({verdict.reason})"
            per_area = [read_area(page, area, i, settings, masks) for i, area in enumerate(plan.areas)]
        except OcrError as exc:
            review = f"OCR nodig ({plan.why}) maar niet mogelijk: {exc}"
        else:
            # Judged per area (a clean scan must not hide an unreadable screenshot beside it), on
            # plain words: Tesseract scores e-mail addresses and numbers low even when right.
            failing = [(r, a) for r, a in zip(per_area, plan.areas)
                       if r.score is not None and r.score < settings.min_confidence]
            if failing:
                r, a = min(failing, key=lambda t: t[0].score)
                review = (f"OCR onbetrouwbaar ({why}; {_where(page, a)}{_weakest_block(page, r.words)}: "
                          f"gemiddelde zekerheid {r.score:.0f}% na {len(r.tried)} leeswijze(n) "
                          f"({', '.join(r.tried)}), grens {settings.min_confidence:.0f}%)")
            retried = sorted({v for r in per_area for v in r.tried[1:] if r.score is not None
                              and r.score >= settings.min_confidence})
            words = [w for r in per_area for w in r.words]
            text, boxes, added = add_ocr_words(text, boxes, words)
            source = "ocr"
            extra = f"; opnieuw gelezen: {', '.join(retried)}" if retried and not failing else ""
            warnings.append(f"pagina {number}: tekst via OCR gelezen ({why}; {added} woorden toegevoegd{extra})")
    return Page(number=number, text=text, boxes=boxes, width=page.rect.width, height=page.rect.height,
                source=source, needs_review=review, text_layer=text_layer), warnings


def _iso_date(pdf_date: str | None) -> str | None:
    m = re.match(r"D?:?(\d{4})(\d{2})(\d{2})", pdf_date or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def read_pdf(path: Path, relpath: str, budget: Budget | None = None, ocr: OcrSettings | None = None) -> Document:
    budget = budget or Limits().start()
    doc = open_pdf(path)
    try:
        budget.check_pages(doc.page_count)  # before any page is loaded
        show_all_layers(doc)
        pages, warnings = [], []
        chars = 0
        for page in doc:
            budget.check_time(f"bij pagina {page.number + 1}")
            p, w = read_page(page, ocr)
            pages.append(p)
            warnings.extend(w)
            chars += len(p.text)
            budget.check_chars(chars)
        date = _iso_date((doc.metadata or {}).get("creationDate"))
    except RuntimeError:  # MuPDF errors inside a damaged page (its message is not for publication)
        raise DocumentError("PDF niet leesbaar: MuPDF-fout in een beschadigde pagina") from None
    finally:
        doc.close()
    return Document(source=str(path), relpath=relpath, kind="pdf", pages=tuple(pages), date=date,
                    warnings=tuple(warnings))
