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

import pymupdf
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS as NL_STOP_WORDS

from ..errors import DocumentError
from ..limits import Budget, Limits
from ..model import Box, Document, Page
from ..ocrsettings import OcrSettings
from .earlier import find_earlier_redactions, inside_any
from .earlier import summary as earlier_summary
from .layer import fit_image, fit_to_ink, judge, on_earlier
from .ocr import (DARK_MIN, HIGH_DPI, INK_DPI, OCR_DPI, OcrError, OcrWord, char_boxes, grey_pixels, ink_map, ink_read,
                  mean_confidence, ocr_area, ocr_inverted, reading_dpi, shows_ink, unread_regions)

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
                  ) -> tuple[str, tuple[Box | None, ...], int, tuple[tuple[int, int, float], ...]]:
    """The page text with the OCR words the text layer lacks appended, line by line; how many
    words were added; and where each added word lies in the text with its confidence
    (`Page.ocr_words`). Each OCR character gets its share of the word box."""
    layer = sorted((((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, c, i) for i, (c, b) in enumerate(zip(text, boxes))
                    if b is not None), key=lambda t: t[1])
    ys = [t[1] for t in layer]
    chars, out_boxes = list(text), list(boxes)
    added, line = 0, None
    spans: list[tuple[int, int, float]] = []
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
        spans.append((len(chars), len(chars) + len(norm), word.confidence))
        chars.extend(norm)
        out_boxes.extend(char_boxes(OcrWord(norm, word.box, word.confidence, word.line, word.rotation)))
        added += 1
    if added:
        chars.append("\n")
        out_boxes.append(None)
    return "".join(chars), tuple(out_boxes), added, tuple(spans)


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
    return shows_ink(cv2.medianBlur(grey_pixels(pix), 3))


WHOLE_PAGE = 0.95  # an area covering this share of the page is the page (a scan)
CM = 2.54 / 72  # centimetres per point, for places a reviewer can find


def _whole_page(page: pymupdf.Page, area: pymupdf.Rect) -> bool:
    return area.get_area() >= WHOLE_PAGE * page.mediabox.get_area()


PRINT_WORDS, PRINT_LETTERS = 3, 8  # what a dark region must read as to be judged on its own confidence


@dataclass(frozen=True)
class RegionReading:
    """Light print on a dark ground (a menu bar, a dark tile), read inverted on its own."""
    box: Box
    score: float | None  # None: read as no print (fewer than PRINT_LETTERS letters)
    tried: tuple[str, ...]  # the resolutions read, as "invert" / "invert400"


@dataclass(frozen=True)
class AreaReading:
    words: list[OcrWord]
    score: float | None  # mean confidence of the plain words; 0 for ink that read as nothing
    tried: tuple[str, ...]  # the variants read, in order
    coverage: float | None = None  # share of the print-like ink under the words (None: not measured)
    regions: tuple[RegionReading, ...] = ()  # dark regions read inverted
    unread: tuple[tuple[Box, float], ...] = ()  # where ink stays unread (reliability failing on it)


def _score(words: list[OcrWord]) -> float | None:
    return mean_confidence([w for w in words if _PLAIN_WORD.fullmatch(w.text)])


def _centre_in(box: Box, regions: list[Box]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(r[0] <= cx <= r[2] and r[1] <= cy <= r[3] for r in regions)


def _read_dark(page: pymupdf.Page, region: Box, index: int, settings: OcrSettings,
               masks: tuple[Box, ...]) -> tuple[list[OcrWord], RegionReading]:
    """A dark region read inverted, at OCR_DPI and, below min_confidence, at 400 dpi (small print
    on a menu bar); the better reading is kept."""
    best_words: list[OcrWord] = []
    best, tried = None, []
    for dpi, name in ((OCR_DPI, "invert"), (HIGH_DPI, "invert400")):
        if tried and best is not None and best >= settings.min_confidence:
            break
        words = [w for w in ocr_inverted(page, region, area=index, dpi=dpi, masks=masks)
                 if not (masks and inside_any(w.box, list(masks)))]
        tried.append(name)
        score = _score(words)
        if score is not None and (best is None or score > best):
            best_words, best = words, score
    # A logo or an emblem on a dark ground reads as a fragment or two ("t", "er"; the Rijksoverheid
    # emblem "nnn ne"): no print to judge on its own (its ink still counts in the page's ink test).
    # Print is PRINT_WORDS words of letters or more, PRINT_LETTERS letters in all.
    plain = [w for w in best_words if _PLAIN_WORD.fullmatch(w.text)]
    letters = sum(ch.isalpha() for w in plain for ch in w.text)
    judged = len(plain) >= PRINT_WORDS and letters >= PRINT_LETTERS
    return best_words, RegionReading(region, best if judged else None, tuple(tried))


def _holds_print(page: pymupdf.Page, box: Box, settings: OcrSettings) -> bool:
    """Whether a dark box found as an earlier redaction reads, inverted, as lines of print (three
    words or more of letters, with confidence): a dark tile or bar of a dashboard, not a box."""
    if not settings.inverted_regions or box[2] - box[0] < DARK_MIN[0] or box[3] - box[1] < DARK_MIN[1] * 2:
        return False
    words = [w for w in ocr_inverted(page, box) if _PLAIN_WORD.fullmatch(w.text)]
    return len(words) >= 3 and (_score(words) or 0.0) >= settings.min_confidence


def read_area(page: pymupdf.Page, area: pymupdf.Rect, index: int, settings: OcrSettings,
              masks: tuple[Box, ...] = ()) -> AreaReading:
    """The OCR of one area, tried again in other ways (settings.retries) while its confidence
    is below the threshold or, on a scanned page, its words leave too much of its ink unread
    (settings.min_ink_read); the best reading is kept. Words inside earlier redactions are no text.

    Light print on a dark ground (ocr.ink_map's dark regions) is read inverted, each region on its
    own (ocr_inverted) and judged on its own confidence; the area's plain words inside such a region
    still count as text but not for the area's score.

    An area that shows ink but reads as no word at all is tried again too. On a scanned page (the
    area is the page) it then counts as confidence 0: a faint copy is not a blank page. A picture
    on a page (a photo, a signature) holds no text as often as not: it keeps its empty reading
    unless a retry reads it with confidence, and its ink is not measured against the words."""
    whole = _whole_page(page, area)
    ink = ink_map(page, area, masks, settings.inverted_max_grey)
    dark = list(ink.dark) if ink is not None and settings.inverted_regions else []
    inverted: list[OcrWord] = []
    regions: list[RegionReading] = []
    for region in dark:
        words, reading = _read_dark(page, region, index, settings, masks)
        inverted.extend(words)
        regions.append(reading)

    def attempt(variant: str) -> tuple[list[OcrWord], float | None, float | None]:
        # The plain reading at the scan's own resolution (ocr.reading_dpi); the retries at OCR_DPI
        # or more, as they were measured, and so a page with earlier redactions: their masks were
        # measured at OCR_DPI (at 200 dpi a rounded mask edge is read as "E|").
        dpi = reading_dpi(page, area) if variant == "plain" and not masks else OCR_DPI
        words = [w for w in ocr_area(page, area, area=index, dpi=dpi, variant=variant, masks=masks)
                 if not (masks and inside_any(w.box, list(masks)))]
        coverage = ink_read(ink, words + inverted) if ink is not None and whole else None
        return words, _score([w for w in words if not _centre_in(w.box, dark)]), coverage

    def good(score: float | None, coverage: float | None) -> bool:
        return score is not None and score >= settings.min_confidence and \
            (coverage is None or coverage >= settings.min_ink_read)

    def rank(score: float | None, coverage: float | None) -> tuple[bool, bool, float]:
        """Good readings first, then confident ones (a retry that reads more of the ink as noise,
        a table's empty check boxes read by psm6, must not displace a confident reading) by their
        coverage, then the others by their confidence."""
        if score is None:
            return False, False, -1.0
        confident = score >= settings.min_confidence
        return good(score, coverage), confident, (coverage or 0.0) if confident else score

    best_words, best, best_cov = attempt("plain")
    tried = ["plain"]
    empty = best is None and (_has_ink(page, area) or (whole and best_cov is not None and best_cov == 0))
    if empty and whole:
        best = 0.0
    for variant in settings.retries:
        if good(best, best_cov) or (not empty and best is None):
            break
        words, score, coverage = attempt(variant)
        tried.append(variant)
        # A picture that read as nothing (best None) keeps that unless a retry reads it well: a
        # photo's noise read at 15 % by some retry is no text to judge the page on.
        if rank(score, coverage) > rank(best, best_cov) and (best is not None or good(score, coverage)):
            best_words, best, best_cov = words, score, coverage
    unread: list[tuple[Box, float]] = []
    if ink is not None and whole and best_cov is not None and best_cov < settings.min_ink_read:
        unread = unread_regions(ink, best_words + inverted)
    return AreaReading(best_words + inverted, best, tuple(tried), best_cov, tuple(regions), tuple(unread))


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


def _failing(r: AreaReading, settings: OcrSettings) -> bool:
    """Whether an area's reading cannot be trusted to hold every word it shows: its plain words
    score below min_confidence, its words leave more of its print-like ink unread than
    min_ink_read allows, or one of its dark regions reads with too little confidence."""
    return (r.score is not None and r.score < settings.min_confidence) or bool(r.unread) or any(
        g.score is not None and g.score < settings.min_confidence for g in r.regions)


def _box_where(box: Box) -> str:
    return (f"{box[0] * CM:.0f}-{max(box[2] * CM, box[0] * CM + 1):.0f} cm van links, "
            f"{box[1] * CM:.0f}-{max(box[3] * CM, box[1] * CM + 1):.0f} cm van boven")


def _why_failing(page: pymupdf.Page, r: AreaReading, area: pymupdf.Rect, settings: OcrSettings) -> str:
    """Which region of a failing area fails and why, for the coordinator (no text, places in cm)."""
    parts = []
    if r.score is not None and r.score < settings.min_confidence:
        parts.append(f"{_where(page, area)}{_weakest_block(page, r.words)}: gemiddelde zekerheid {r.score:.0f}% na "
                     f"{len(r.tried)} leeswijze(n) ({', '.join(r.tried)}), grens {settings.min_confidence:.0f}%")
    if r.unread:
        places = ", ".join(f"{_box_where(b)} ({share:.0%})" for b, share in r.unread)
        parts.append(f"{_where(page, area)}: {1 - (r.coverage or 0):.0%} van de inkt niet als woorden gelezen na "
                     f"{len(r.tried)} leeswijze(n) ({', '.join(r.tried)}), grens {1 - settings.min_ink_read:.0%}; "
                     f"niet gelezen: {places}")
    for g in r.regions:
        if g.score is not None and g.score < settings.min_confidence:
            parts.append(f"lichte tekst op donker vlak {_box_where(g.box)}: gemiddelde zekerheid {g.score:.0f}% "
                         f"na {len(g.tried)} leeswijze(n) ({', '.join(g.tried)}), grens {settings.min_confidence:.0f}%")
    return "; ".join(parts)


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
    source, review, text_layer, earlier, confidences = "pdf", None, None, (), ()
    if plan is not None:
        try:
            found = []
            if settings.earlier_redactions and page.get_image_info():
                found = [e for e in find_earlier_redactions(page, max_grey=settings.earlier_max_grey)
                         if any(pymupdf.Rect(e.box).intersects(a) for a in plan.areas)]
                # A dark tile with lines of white print is no earlier redaction, whatever its label
                # reading gave (read in one call with the page's other dark boxes, it can read as
                # nothing): masked, its print would never be read.
                found = [e for e in found if not _holds_print(page, e.box, settings)]
            masks = tuple(e.box for e in found)
            if found:
                warnings.append(f"pagina {number}: eerder gelakt: {earlier_summary(found)}")
            scan_layer = len(plan.areas) == 1 and _whole_page(page, plan.areas[0]) and not _garbled(page, text)
            verdict = judge(page, text, boxes, settings, masks) if scan_layer else None
            if verdict is not None and verdict.trusted:
                image = fit_image(page)  # rendered once for both
                earlier = on_earlier(page, text, boxes, image)  # by the layer's claimed boxes
                boxes = fit_to_ink(page, text, boxes, image=image)
                text_layer, source = "trusted", "ocr"
                warnings.append(f"pagina {number}: OCR-tekstlaag van de scan gebruikt (vertrouwd: {verdict.reason})")
                return Page(number=number, text=text, boxes=boxes, width=page.rect.width, height=page.rect.height,
                            source=source, text_layer=text_layer, earlier=earlier), warnings
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
            failing = [(r, a) for r, a in zip(per_area, plan.areas) if _failing(r, settings)]
            if failing:
                review = f"OCR onbetrouwbaar ({why}; " + "; ".join(_why_failing(page, r, a, settings)
                                                                  for r, a in failing) + ")"
            retried = sorted({v for r in per_area for v in r.tried[1:] if not _failing(r, settings)})
            words = [w for r in per_area for w in r.words]
            text, boxes, added, confidences = add_ocr_words(text, boxes, words)
            earlier = on_earlier(page, text, boxes)
            source = "ocr"
            extra = f"; opnieuw gelezen: {', '.join(retried)}" if retried and not failing else ""
            warnings.append(f"pagina {number}: tekst via OCR gelezen ({why}; {added} woorden toegevoegd{extra})")
    return Page(number=number, text=text, boxes=boxes, width=page.rect.width, height=page.rect.height,
                source=source, needs_review=review, text_layer=text_layer, earlier=earlier,
                ocr_words=confidences), warnings


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
