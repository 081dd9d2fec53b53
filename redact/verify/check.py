"""The output check: no redacted value survives, and nothing but page content remains.

It is deliberately separate from rendering: it reads the written file back with other
extractors (pypdf, poppler's pdftotext, pdfminer.six; OCR of the rendered pages that hold
images) and trusts nothing the renderer reports. Given the source PDF, it also holds the output
to the source's layout (layout.py): every word outside the boxes where it was, uncovered.
Any problem fails the document.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pypdf
from pypdf.generic import DictionaryObject

from ..model import Redaction
from .extract import pdf_extractors
from .images import image_area_problems
from .judged import unjudged
from .labels import page_words, unlabelled_boxes
from .layout import layout_problems, misplaced_words
from ..rules import VerifyOcr
from .ocr import bands, file_seed, ocr_available, ocr_page_images, ocr_page_text, sample_rows
from .structure import read_structure, revision_count
from .values import HashedValues, PlainValues

Values = PlainValues | HashedValues


def _as_matcher(values: Values | Iterable[str]) -> Values:
    return values if isinstance(values, (PlainValues, HashedValues)) else PlainValues(values)


def _has_images(resources, depth: int = 0) -> bool:
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
    xobjects = xobjects.get_object() if xobjects is not None else None
    for ref in (xobjects or {}).values():
        xobj = ref.get_object()
        if xobj.get("/Subtype") == "/Image":
            return True
        if xobj.get("/Subtype") == "/Form" and depth < 10 and _has_images(xobj.get("/Resources"), depth + 1):
            return True
    return False


def image_pages(reader: pypdf.PdfReader) -> set[int]:
    """Pages (1-based) that draw an image: only OCR reads what is in its pixels."""
    return {n for n, page in enumerate(reader.pages, 1) if _has_images(page.get("/Resources"))}


SHOWN_PLACES = 3


def places(values: Values, pages: list[str]) -> list[str]:
    """Where values can still be read: "pagina N, regel M" (lines with text, counted from the
    top of the page as the extractor gives it), or "pagina N" for a value split over lines.
    Says where to look, never what: the reasons go to the public inventory."""
    found = []
    for number, page in enumerate(pages, 1):
        if not values.survivors(page):
            continue
        lines = [line for line in page.splitlines() if line.strip()]
        hits = [f"regel {i}" for i, line in enumerate(lines, 1) if values.survivors(line)]
        prefix = f"pagina {number}" if len(pages) > 1 or not hits else ""
        found += [", ".join(filter(None, (prefix, hit))) for hit in hits] or [prefix]
        if len(found) >= SHOWN_PLACES:
            break
    return found[:SHOWN_PLACES]


SHOWN_VALUES = 10


def named_places(values: Values, pages: list[str], channel: str) -> list[str]:
    """Which value can still be read where ("'Jansen' op pagina 2, regel 14 (pypdf)"): for the
    console and the private record only, never the inventory or log. Hashed values (a later
    `verify`) cannot be named: nothing then."""
    if not isinstance(values, PlainValues):
        return []
    found = []
    for number, page in enumerate(pages, 1):
        on_page = values.readable(page)
        if not on_page:
            continue
        lines = [line for line in page.splitlines() if line.strip()]
        prefix = f"pagina {number}, " if len(pages) > 1 else ""
        for value in on_page:
            hits = [i for i, line in enumerate(lines, 1) if value in values.readable(line)]
            where = f"{prefix}regel {', '.join(map(str, hits[:SHOWN_PLACES]))}" if hits else \
                f"pagina {number} (over regels verdeeld)"
            found.append(f"{value!r} op {where} ({channel})")
        if len(found) >= SHOWN_VALUES:
            break
    return found[:SHOWN_VALUES]


def _at(where: list[str]) -> str:
    return f" (o.a. {'; '.join(where)})" if where else ""


def _pages(name: str, path: Path, text: str) -> list[str]:
    """The text per page: pdftotext and pdfminer end each page with a form feed."""
    if name == "pypdf":
        return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]
    pages = text.split("\f")
    return pages[:-1] if len(pages) > 1 and not pages[-1].strip() else pages


def _check_text(path: Path, values: Values, redactions: tuple[Redaction, ...], named: list[str]) -> list[str]:
    text = path.read_text(encoding="utf-8")
    problems = []
    n = values.survivors(text)
    if n:
        problems.append(f"{n} weggelakte waarde(n) nog leesbaar in de tekst{_at(places(values, [text]))}")
        named.extend(named_places(values, [text], "tekst"))
    for ground, count in Counter(r.ground for r in redactions).items():
        if text.count(f"[{ground}]") < count:
            problems.append(f"minder labels [{ground}] in de tekst dan weglakkingen ({count})")
    return problems


def verify_output(path: Path, kind: str, values: Values | Iterable[str],
                  redactions: Iterable[Redaction] = (), ocr_pages: Iterable[int] | None = None,
                  full_page_ocr: bool = False, source: Path | None = None,
                  named: list[str] | None = None, ocr_check: VerifyOcr | None = None) -> list[str]:
    """Problems found in one written output; an empty list means it passed.

    `values`: what was redacted (plain during a run, hashed from the private record later).
    `redactions`: the boxes as logged; each must carry its ground as text.
    `ocr_pages`: pages to read back with OCR (default: every page that draws an image), when boxes
    were placed on them (or always, with `full_page_ocr`): their stored images, or, for a page
    without images, the rendered bands around its boxes (the whole page with `full_page_ocr`).
    `source`: the PDF the output was made from; its words outside the boxes must be in the
    output at the same place and uncovered (not checked without it).
    `named`: given, it receives which plain value was read where (named_places): private, for
    the console and the private record; the problems returned name places only (published).
    `ocr_check`: how a page's stored images are read back (policy.yaml `verify_ocr`): whole
    (`full`, also when None) or only the bands around the boxes plus a seeded sample of the rest
    (`regions`; docs/security.md "The OCR re-check once").
    Besides the known values, any e-mail address, phone number or IBAN that an extractor reads
    but the pipeline's own reading of the output lacks fails the file (judged.py).
    """
    values, redactions = _as_matcher(values), tuple(redactions)
    named = [] if named is None else named
    if kind == "txt":
        return _check_text(path, values, redactions, named)
    structure = read_structure(path)
    problems = list(structure.problems)
    if revision_count(path) > 1:
        problems.append("bevat eerdere revisies (meer dan één %%EOF)")
    n = values.survivors("\n".join(structure.strings))
    if n:
        problems.append(f"{n} weggelakte waarde(n) nog in de PDF-objecten (tekenreeksen buiten de paginatekst)")
        if isinstance(values, PlainValues):
            named.extend(f"{v!r} in de PDF-objecten" for v in values.readable("\n".join(structure.strings)))
    extractors, texts = pdf_extractors(path), {}
    for name, extract in extractors.items():
        try:
            text = texts[name] = extract(path)
        except Exception as exc:  # an extractor that fails cannot vouch for the file
            problems.append(f"{name} kon de uitvoer niet lezen: {exc}")
            continue
        n = values.survivors(text)
        if n:
            pages = _pages(name, path, text)
            problems.append(f"{n} weggelakte waarde(n) nog leesbaar volgens {name}{_at(places(values, pages))}")
            named.extend(named_places(values, pages, name))
    problems.extend(unjudged(path, extractors, texts, named))  # values no detector saw (judged.py)
    reader = pypdf.PdfReader(path)
    if redactions or source is not None:
        if shutil.which("pdftotext"):
            sizes = [(float(p.cropbox.width), float(p.cropbox.height), int(p.rotation or 0)) for p in reader.pages]
            problems.extend(_poppler_checks(path, redactions, sizes, source))
        else:
            problems.append("labels en lay-out niet te controleren: pdftotext (poppler-utils) ontbreekt")
    try:  # signatures, faces, ID documents: no original pixels or pen strokes under their boxes
        problems.extend(image_area_problems(path, source, redactions))
    except Exception as exc:  # a check that cannot run does not pass
        problems.append(f"afbeeldingen onder weglakkingen niet te controleren ({type(exc).__name__}: {exc})")
    pages = sorted(set(ocr_pages) if ocr_pages is not None else image_pages(reader))
    if pages and len(values) and not ocr_available():
        problems.append(f"OCR-controle van pagina {', '.join(map(str, pages))} niet mogelijk: "
                        "pdftoppm of tesseract ontbreekt")
    elif len(values):
        check = ocr_check if ocr_check is not None and ocr_check.mode == "regions" and not full_page_ocr else None
        seed = file_seed(path) if check is not None and pages else ""
        for number in pages:
            try:
                problems.extend(_ocr_problems(path, reader, number, values, redactions, full_page_ocr, named,
                                              check, seed))
            except (subprocess.SubprocessError, OSError) as exc:  # a check that cannot run does not pass
                problems.append(f"pagina {number}: OCR-controle mislukt ({type(exc).__name__}: {exc})")
    return problems


def _poppler_checks(path: Path, redactions: tuple[Redaction, ...], sizes: list[tuple[float, float, int]],
                    source: Path | None) -> list[str]:
    """Labels in every box, and (given the source) the layout: both read with poppler."""
    problems = []
    try:
        words = page_words(path)
    except (subprocess.SubprocessError, OSError) as exc:
        return [f"labels en lay-out niet te controleren ({type(exc).__name__}: {exc})"]
    if redactions:
        problems.extend(unlabelled_boxes(path, redactions, sizes, words))
    if source is not None:
        try:
            problems.extend(layout_problems(misplaced_words(source, path, redactions, sizes, words)))
        except Exception as exc:  # a source pypdf or poppler cannot read: the check did not run
            problems.append(f"lay-out niet te controleren ({type(exc).__name__}: {exc})")
    return problems


def _ocr_problems(path: Path, reader: pypdf.PdfReader, number: int, values: Values,
                  redactions: tuple[Redaction, ...], full_page_ocr: bool, named: list[str],
                  check: VerifyOcr | None = None, seed: str = "") -> list[str]:
    boxes = [b for r in redactions if r.page == number for b in r.boxes]
    if not full_page_ocr and redactions and not boxes:
        return []  # nothing was removed from this page's pixels: they are the input's, read at ingest
    page = reader.pages[number - 1]
    if _has_images(page.get("/Resources")):
        rows = None
        if check is not None and boxes:  # the bands around the boxes and a seeded sample of the rest
            rows = sample_rows(boxes, float(page.mediabox.height), check.margin_lines, check.sample_share,
                               check.sample_strip, f"{seed}:{number}")
        text = ocr_page_images(path, number, rows)  # the stored pixels, which a box drawn over them hides
    else:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        margin = check.margin_lines if check is not None else 2.0
        areas = [None] if full_page_ocr or not boxes else bands(boxes, width, height, margin)
        text = "\n".join(ocr_page_text(path, number, clip=area) for area in areas)
    n = values.survivors(text)  # OCR reads bands around the boxes, not lines of the page: the page only
    if n and isinstance(values, PlainValues):
        named.extend(f"{v!r} op pagina {number} (OCR)" for v in values.readable(text))
    return [f"pagina {number}: {n} weggelakte waarde(n) nog leesbaar volgens OCR"] if n else []
