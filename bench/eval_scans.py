"""Released scanned documents through the pipeline: withheld share and collateral.

    python bench/eval_scans.py FOLDER [--model DIR]        # released PDFs you collected (kept out of git)
    python bench/eval_scans.py --render-real [--split tune] # rendered scans of bench/real's released texts

Every document was already released by its body, so everything its pages show was judged
publishable there: each word we remove is collateral (or a leak the body missed: the script
prints what was removed, so a reader can tell). Per document, as `woo-redact run` does it (the
shipped model, the built-in rules, the output check with verify_ocr from policy.yaml):
  - status: published (verwerkt), withheld (handmatige beoordeling nodig / verificatie mislukt /
    niet verwerkt) and why;
  - words: the whitespace-separated words of the page text as read (text layer and OCR);
  - removed: the words a text redact decision overlaps (on published documents), and apart
    the words a redacted image area (signature, face, handwriting) covers with a glyph box;
  - the scan's own OCR layer per page (trusted or replaced) and the earlier redactions found;
  - seconds: wall and CPU (this process and its children: Tesseract, poppler) per page.
Totals: withheld share of the documents, collateral share of the words on published ones.

--render-real renders each `released: true` text of bench/real/SPLIT to A4 pages (Helvetica 10 pt,
46 lines a page), rasterised at 300 dpi grey with no text layer: a scan of real released text, not
a released scan (its typography is clean, its OCR better than a real scanner's).
--rasterise turns each PDF of FOLDER into a scan first (every page a 300 dpi grey image, no text
layer): for released PDFs that were born digital, a scan of a real released layout.
--list prints the SHA-256 of every PDF in FOLDER (for the provenance list in docs/security.md).
--publish-pages decides `publish` on every page that cannot be read reliably, as if a coordinator
had read it (docs/review.md; a measure of the mechanism, not a release), and prints the figures
without decisions too: a document with such a page is withheld then.
--decisions FILE writes every document's redacted PERSON decisions (page, span, detector, score
and the value) as JSON lines to FILE, readable by the owner only, to compare two runs; it holds
values of private documents: keep it outside the repository and delete it after.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import resource
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def render_real(split: str, folder: Path) -> list[Path]:
    import pymupdf
    import yaml

    paths = []
    for ann in sorted((REPO / "bench" / "real" / split).glob("*.yaml")):
        meta = yaml.safe_load(ann.read_text(encoding="utf-8"))
        if not meta.get("released"):
            continue
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        lines = [w for para in text.splitlines() for w in (textwrap.wrap(para, 92) or [""])]
        doc = pymupdf.open()
        for start in range(0, len(lines), 46):
            src = pymupdf.open()
            page = src.new_page(width=595, height=842)
            for k, line in enumerate(lines[start:start + 46]):
                page.insert_text((50, 60 + 16 * k), line, fontsize=10, fontname="helv")
            pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
            scan = doc.new_page(width=595, height=842)
            scan.insert_image(scan.rect, pixmap=pix)
        path = folder / (ann.stem + ".pdf")
        doc.save(path, deflate=True)
        paths.append(path)
    return paths


def rasterise(pdfs: list[Path], folder: Path) -> list[Path]:
    import pymupdf

    out = []
    for pdf in pdfs:
        src, doc = pymupdf.open(pdf), pymupdf.open()
        for page in src:
            pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY, annots=False)
            scan = doc.new_page(width=page.rect.width, height=page.rect.height)
            scan.insert_image(scan.rect, pixmap=pix)
        path = folder / pdf.name
        doc.save(path, deflate=True)
        out.append(path)
    return out


def _overlaps(box, area) -> bool:
    return box[0] < area[2] and area[0] < box[2] and box[1] < area[3] and area[1] < box[3]


def words_removed(document, decisions) -> tuple[int, int, int, list[str]]:
    """Words on the pages, words a text decision removes, and words (not already counted) that
    a redacted image area (signature, face, handwriting) covers with one of their glyph boxes."""
    total = removed = covered = 0
    shown: list[str] = []
    for page in document.pages:
        redact = [d for d in decisions if d.action == "redact" and d.finding.page == page.number]
        spans = [(d.finding.start, d.finding.end) for d in redact if d.finding.area is None]
        areas = [d.finding.area for d in redact if d.finding.area is not None]
        for m in re.finditer(r"\S+", page.text):
            total += 1
            if any(s < m.end() and m.start() < e for s, e in spans):
                removed += 1
            elif areas and page.boxes and any(b is not None and _overlaps(b, a)
                                              for b in page.boxes[m.start():m.end()] for a in areas):
                covered += 1
        shown += [f"{d.finding.entity_type}:{d.finding.text!r} ({d.finding.detector})" for d in redact
                  if d.finding.area is None]
    return total, removed, covered, shown


def publish_everywhere(pdf: Path) -> dict:
    """A coordinator's `publish` decision on every page of `pdf` (review/pages.py's fields)."""
    from types import SimpleNamespace

    import pymupdf

    from redact.review.pages import page_fingerprint

    with pymupdf.open(pdf) as doc:
        count = doc.page_count
    return {n: SimpleNamespace(action="publish", ground=None, id=page_fingerprint(pdf, n), reviewer="bench",
                               time="-") for n in range(1, count + 1)}


def person_lines(name: str, decisions) -> list[str]:
    import json

    return [json.dumps({"doc": name, "page": d.finding.page, "start": d.finding.start, "end": d.finding.end,
                        "detector": d.finding.detector, "score": round(d.finding.score, 3),
                        "reason": d.reason, "text": d.finding.text}, ensure_ascii=False)
            for d in decisions if d.action == "redact" and d.finding.entity_type == "PERSON"
            and d.finding.area is None]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path)
    ap.add_argument("--render-real", action="store_true")
    ap.add_argument("--split", default="tune")
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--rasterise", action="store_true", help="scan FOLDER's PDFs first (300 dpi images)")
    ap.add_argument("--list", action="store_true", help="print name and SHA-256 of each PDF in FOLDER")
    ap.add_argument("--quiet", action="store_true", help="do not print the removed values")
    ap.add_argument("--publish-pages", action="store_true", help="a publish decision on every unreadable page")
    ap.add_argument("--decisions", type=Path, default=None, help="write the redacted PERSON decisions here")
    args = ap.parse_args()
    from redact.pipeline import Pipeline
    from redact.rules import load_rules

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.render_real:
            (tmp / "scans").mkdir()
            pdfs = render_real(args.split, tmp / "scans")
        elif args.folder:
            pdfs = sorted(args.folder.rglob("*.pdf"))
            if args.rasterise:
                (tmp / "scans").mkdir()
                pdfs = rasterise(pdfs, tmp / "scans")
        else:
            ap.error("give FOLDER or --render-real")
        if args.list:
            for p in pdfs:
                print(hashlib.sha256(p.read_bytes()).hexdigest(), p.name)
            return
        pipeline = Pipeline(load_rules(), args.model)
        if args.decisions:
            args.decisions.touch(mode=0o600)
            args.decisions.chmod(0o600)
            args.decisions.write_text("")
        plain = {"withheld": 0, "words": 0, "removed": 0, "covered": 0}  # without page decisions
        withheld = words = removed = pages = 0
        image_areas = trusted = replaced = earlier_pages = covered = 0
        wall = cpu = 0.0
        for pdf in pdfs:
            t, c = time.perf_counter(), cpu_seconds()
            try:
                analysis = pipeline.analyse(pdf, pdf.name,
                                            page_decisions=publish_everywhere(pdf) if args.publish_pages else None)
            except Exception as exc:  # ReviewNeeded, DocumentError: withheld
                analysis, result = None, None
                status, why = "withheld", str(exc)
            else:
                result = pipeline.publish(analysis.document, analysis.decisions, tmp / "out",
                                          page_grounds=dict(analysis.page_grounds))
                if args.decisions:
                    with args.decisions.open("a", encoding="utf-8") as out:
                        out.writelines(line + "\n" for line in person_lines(pdf.name, analysis.decisions))
                status = "published" if result.status.value == "verwerkt" else "withheld"
                why = result.error or ""
            dt, dc = time.perf_counter() - t, cpu_seconds() - c
            wall, cpu = wall + dt, cpu + dc
            n_pages = len(analysis.document.pages) if analysis else (result.pages if result else 0)
            pages += n_pages
            judged = bool(analysis and analysis.page_notes)  # withheld without the page decisions
            if status == "withheld" or judged:
                plain["withheld"] += 1
            if status == "withheld":
                withheld += 1
                print(f"{pdf.name}: WITHHELD ({why}); {dt:.1f} s wall, {dc:.1f} CPU s", flush=True)
                continue
            total, gone, under, shown = words_removed(analysis.document, analysis.decisions)
            words, removed, covered = words + total, removed + gone, covered + under
            if not judged:
                plain["words"] += total
                plain["removed"] += gone
                plain["covered"] += under
            print(f"{pdf.name}: published{' (pages judged publish)' if judged else ''}, {n_pages} page(s), {gone}/{total} words removed "
                  f"({gone / max(1, total):.1%}) + {under} under image areas; {dt / max(1, n_pages):.1f} s/page wall, "
                  f"{dc / max(1, n_pages):.1f} CPU s/page")
            doc = analysis.document
            layers = [p.text_layer for p in doc.pages if p.text_layer]
            earlier = [w.split("eerder gelakt: ", 1)[1] for w in doc.warnings if "eerder gelakt: " in w]
            areas = [d for d in analysis.decisions if d.action == "redact" and d.finding.area is not None]
            image_areas += len(areas)
            trusted += layers.count("trusted")
            replaced += layers.count("replaced")
            earlier_pages += len(earlier)
            print(f"   OCR layer: {layers.count('trusted')} trusted, {layers.count('replaced')} replaced; "
                  f"earlier redactions on {len(earlier)} page(s){': ' + ' | '.join(earlier) if earlier else ''}; "
                  f"image areas redacted: {len(areas)}")
            if areas and not args.quiet:
                print("   areas: " + "; ".join(f"{d.finding.entity_type} p{d.finding.page} ({d.finding.detector})"
                                          for d in areas[:8]))
            if shown and not args.quiet:
                print("   removed: " + "; ".join(shown[:12]), flush=True)
        print(f"\n{len(pdfs)} documents, {pages} pages: withheld {withheld} ({withheld / max(1, len(pdfs)):.0%}); "
              f"collateral {removed}/{words} words ({removed / max(1, words):.2%}) by text decisions, "
              f"{removed + covered}/{words} ({(removed + covered) / max(1, words):.2%}) with the words under "
              f"redacted image areas, on the published ones; "
              f"{wall / max(1, pages):.1f} s/page wall, {cpu / max(1, pages):.1f} CPU s/page")
        if args.publish_pages:
            w = max(1, plain["words"])
            print(f"without page decisions: withheld {plain['withheld']} ({plain['withheld'] / max(1, len(pdfs)):.0%}); "
                  f"collateral {plain['removed']}/{plain['words']} words ({plain['removed'] / w:.2%}), "
                  f"{plain['removed'] + plain['covered']}/{plain['words']} "
                  f"({(plain['removed'] + plain['covered']) / w:.2%}) with image areas")
        print(f"OCR layers {trusted} trusted, {replaced} replaced; earlier redactions found on {earlier_pages} "
              f"page(s); {image_areas} image area(s) redacted on the published ones")


if __name__ == "__main__":
    main()
