"""What the region mode of the output check's OCR (policy.yaml verify_ocr.mode: regions) gives up.

    python bench/verify_ocr_safety.py [--seeds 40]

For every fixture of tests/leak/hostile.py and tests/leak/tricks.py whose output draws images (only
there does the mode matter: pages without images are rendered in bands in either mode), the
fixture is redacted (blank model, the rules find the data), and then three broken outputs are
checked with the OCR channel of verify_output, in `full` and in `regions` mode:
  - original: the unredacted source put in place of the output (the redaction log as written);
  - overlay:  the source with black rectangles drawn over the logged boxes, pixels left under them;
  - elsewhere (an own fixture, a dense scanned page): the redacted value is on line 4, boxed and
    its pixels removed, and again on line 36, left in the image (as when ingest's OCR misread the
    second occurrence): caught only when the seeded sample draws its strip; the share of --seeds
    seeds that catch it is printed.
Only OCR problems count ("volgens OCR"): the other channels (pdftotext, pypdf, objects) are the
same in both modes. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import pymupdf
import pypdf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from redact.pipeline import Pipeline  # noqa: E402
from redact.rules import VerifyOcr, load_rules  # noqa: E402
from redact.verify.check import _ocr_problems, image_pages, verify_output  # noqa: E402
from redact.verify.values import PlainValues  # noqa: E402
from tests.leak import hostile, tricks  # noqa: E402

FULL = VerifyOcr(mode="full")


def ocr_fails(path: Path, result, check: VerifyOcr) -> bool:
    pages = sorted(image_pages(pypdf.PdfReader(path)))
    problems = verify_output(path, "pdf", result.redacted_values, result.redactions, pages, ocr_check=check)
    return any("volgens OCR" in p for p in problems)


def overlay(src: Path, dst: Path, redactions) -> None:
    doc = pymupdf.open(src)
    for r in redactions:
        for box in r.boxes:
            doc[r.page - 1].draw_rect(pymupdf.Rect(box), color=(0, 0, 0), fill=(0, 0, 0))
    doc.save(dst)


def elsewhere(folder: Path, seeds: int, regions: VerifyOcr) -> tuple[bool, int]:
    """A dense scanned page with the value twice; only the first is redacted. (full caught, seeds caught)."""
    value = "p.vandenberg@kpnmail.nl"
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    words = "het college heeft besloten de aanvraag gedeeltelijk toe te kennen omdat de buren bezwaar".split()
    for i in range(40):
        line = f"Contact: {value}, graag voor vrijdag" if i in (3, 35) else " ".join(words[(i % 5):] + words[:(i % 5)])
        page.insert_text((60, 60 + 18.5 * i), line, fontsize=10.5)
    hit = page.search_for(value)[0]  # the first occurrence
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    scan = doc.new_page(width=595, height=842)
    scan.insert_image(scan.rect, pixmap=pix)
    scan.add_redact_annot(hit + (-1, -1, 1, 1), fill=(0, 0, 0))
    scan.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)
    path = folder / "elsewhere.pdf"
    doc.save(path)
    from redact.model import Redaction
    redactions = (Redaction(page=1, start=0, end=len(value), entity_type="EMAIL_ADDRESS", ground="5.1.2e",
                            detector="email", score=1.0, boxes=(tuple(hit),)),)
    reader = pypdf.PdfReader(path)
    values = PlainValues([value])
    full = bool(_ocr_problems(path, reader, 1, values, redactions, False, [], None))
    caught = sum(bool(_ocr_problems(path, reader, 1, values, redactions, False, [], regions, f"seed{k}"))
                 for k in range(seeds))
    return full, caught


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, default=40)
    args = ap.parse_args()
    rules = load_rules()
    regions = rules.policy.verify_ocr if rules.policy.verify_ocr.mode == "regions" else VerifyOcr(mode="regions")
    print(f"regions: margin {regions.margin_lines:g} box heights, sample {regions.sample_share:.0%} of "
          f"{regions.sample_strip:g} pt strips")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        import spacy
        spacy.blank("nl").to_disk(tmp / "blank")
        pipeline = Pipeline(rules, tmp / "blank")
        fixtures = {**hostile.build_all(tmp / "hostile"), **tricks.build_all(tmp / "tricks")}
        print(f"{'fixture':28} {'variant':9} {'full':>6} {'regions':>8}")
        for name, src in sorted(fixtures.items()):
            if src.suffix != ".pdf" or not image_pages(pypdf.PdfReader(src)):
                continue
            out = tmp / "out" / name
            result = pipeline.process(src, src.name, out)
            if not result.redactions:
                print(f"{name:28} (not published or nothing redacted: {result.status.value})")
                continue
            for variant in ("original", "overlay"):
                broken = tmp / f"{name}-{variant}.pdf"
                if variant == "original":
                    shutil.copy(src, broken)
                else:
                    overlay(src, broken, result.redactions)
                marks = ["fails" if ocr_fails(broken, result, c) else "PASSES" for c in (FULL, regions)]
                print(f"{name:28} {variant:9} {marks[0]:>6} {marks[1]:>8}")
        full, caught = elsewhere(tmp, args.seeds, regions)
        print(f"{'elsewhere (own)':28} {'2nd copy':9} {'fails' if full else 'PASSES':>6} "
              f"{caught}/{args.seeds} seeds")


if __name__ == "__main__":
    main()
