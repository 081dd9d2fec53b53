"""The image stage: signatures, faces and identity documents, as areas of a page to redact.

    signatures  the ink in a signature block's gap (areas.py, signatures.py), and small
                signature-like images elsewhere; the signatory's person decision decides
    faces       frontal faces in embedded images and scanned pages (faces.py, OpenCV)
    MRZ         images of passports and ID cards by their machine-readable zone (mrz.py)
    handwriting on scanned pages, ink that is not print near a name (handwriting.py); it follows
                that name's decision, as a signature follows its signatory

It runs after decide (it reads the person decisions) on PDFs only, and returns Decisions whose
Finding carries an `area` instead of a span: `text` describes it ("foto met 2 gezichten, pagina 3")
and never holds a value. Review shows them as proposals like any other; render boxes the area
with its label and removes the pixels and strokes under it. A page without images or a closing
costs one image listing and a regex over its lines.
"""

from __future__ import annotations

import subprocess

import pymupdf

from ..errors import ReviewNeeded
from ..ingest.ocr import OcrError
from ..model import UNSUPPORTED_NAME, Box, Decision, DetectorKind, Document, Finding, Page
from ..rules import RuleSet
from .areas import signature_areas
from .faces import find_faces
from .handwriting import handwritten_areas, name_near
from .ink import PlacedImage, image_array, placed_images, scan_strips, union
from .mrz import has_mrz, mrz_lines, read_image_text
from .signatures import ink_in_area, looks_like_signature, signatory_decision

SIGNATURE, FACE, ID_DOCUMENT, HANDWRITING = "SIGNATURE", "FACE", "ID_DOCUMENT", "HANDWRITING"  # model.AREA_ENTITIES
DETECTOR = "afbeeldingen"
FACE_MARGIN = 0.2  # share of a face's size added around it (hair, ears, chin)
KEPT_WITH_NAME = "handtekening blijft zichtbaar, zoals de naam eronder"
ID_ASPECT = 0.72  # height / width of a document above its MRZ (passport page ~0.70, ID-1 card 0.63)


def image_decisions(document: Document, decisions: tuple[Decision, ...], rules: RuleSet) -> tuple[Decision, ...]:
    """The image decisions of a PDF (none for a text file); policy.yaml `images:` switches the parts."""
    if document.kind != "pdf":
        return ()
    out: list[Decision] = []
    with pymupdf.open(document.source, filetype="pdf") as doc:
        for page in document.pages:
            if page.needs_review or page.number > doc.page_count:
                continue
            try:
                out.extend(_page_decisions(doc, doc[page.number - 1], page, decisions, rules))
            except (RuntimeError, ValueError, OSError, subprocess.SubprocessError, OcrError) as exc:
                # Fail closed: a page whose pictures could not be judged is not published unjudged.
                raise ReviewNeeded(f"pagina {page.number}: afbeeldingen niet te beoordelen "
                                   f"({type(exc).__name__})") from None
    return tuple(out)


def _page_decisions(doc: pymupdf.Document, pdf_page: pymupdf.Page, page: Page, decisions: tuple[Decision, ...],
                    rules: RuleSet) -> list[Decision]:
    settings = rules.policy.images
    images = placed_images(pdf_page)
    out: list[Decision] = []
    claimed: set[int] = set()  # images taken by a signature area
    if settings.get("signatures", True):
        for area in signature_areas(page):
            box, xrefs = ink_in_area(pdf_page, page, area, images)
            if box is None:
                continue
            claimed.update(xrefs)
            signatory = signatory_decision(area, decisions)
            where = f"handtekening, pagina {page.number}"
            # A name only the language model proposes (kept for review) is no role: its signature goes.
            if signatory is not None and signatory.action == "keep" and signatory.reason != UNSUPPORTED_NAME:
                out.append(_decision(page.number, box, SIGNATURE, where, "keep", rules, KEPT_WITH_NAME, signatory))
            elif signatory is None and area.office:
                out.append(_decision(page.number, box, SIGNATURE, where, "keep", rules,
                                     "handtekening van een publiek functionaris in functie"))
            else:
                out.append(_decision(page.number, box, SIGNATURE, where, "redact", rules,
                                     "handtekening in een ondertekening", signatory))
    # A scan stored as page-wide strips (ZyLAB) is the page as much as one page-filling image is:
    # its strips are not read one by one for an MRZ (Tesseract per strip, 14 a page: ~12 CPU s a
    # page on the VWS releases), the page's OCR text is, as for any scanned page.
    strips = scan_strips(pdf_page, images) if page.source == "ocr" else set()
    for im in images:
        if im.xref in claimed or im.xref <= 0:
            continue
        out.extend(_image_decisions(doc, pdf_page, page, im, rules, im.xref in strips))
    # A scanned page: an identity document on it is found in the page's OCR text (its pictures
    # are the page itself); an ID card found as an embedded image above is not counted twice.
    whole = any(im.covers_page(pdf_page) for im in images)
    scanned = page.source == "ocr" and (whole or bool(strips))
    if scanned and settings.get("id_documents", True) and has_mrz(page.text) \
            and not any(d.finding.entity_type == ID_DOCUMENT for d in out):
        box = _document_above_mrz(page)
        if box is not None:
            out.append(_decision(page.number, box, ID_DOCUMENT, f"identiteitsbewijs (MRZ), pagina {page.number}",
                                 "redact", rules, "afbeelding van een identiteitsbewijs (MRZ-regels gelezen)"))
    if scanned and whole and rules.policy.ocr.handwriting:  # (strip scans: not measured yet)
        out.extend(_handwriting(pdf_page, page, decisions, rules, [d.finding.area for d in out]))
    return out


def _handwriting(pdf_page: pymupdf.Page, page: Page, decisions: tuple[Decision, ...], rules: RuleSet,
                 judged: list) -> list[Decision]:
    """Handwriting near a name on a scan: redacted with a redacted name, kept (to judge) with a kept one."""
    out = []
    for area in handwritten_areas(pdf_page, page, skip=[a for a in judged if a is not None]):
        person = name_near(area, page, decisions)
        if person is None:
            continue
        where = f"handschrift, pagina {page.number}"
        if person.action == "redact" or person.reason == UNSUPPORTED_NAME:
            out.append(_decision(page.number, area.box, HANDWRITING, where, "redact", rules,
                                 "handgeschreven tekst bij een weggelakte naam", person, score=0.7))
        else:
            out.append(_decision(page.number, area.box, HANDWRITING, where, "keep", rules,
                                 "handgeschreven tekst bij een zichtbare naam; ter beoordeling", person, score=0.7))
    return out


def _image_decisions(doc: pymupdf.Document, pdf_page: pymupdf.Page, page: Page, im: PlacedImage,
                     rules: RuleSet, strip: bool = False) -> list[Decision]:
    settings = rules.policy.images
    array = image_array(doc, im.xref)
    if array is None:
        return []
    scan = strip or im.covers_page(pdf_page)
    if not scan and settings.get("id_documents", True) and has_mrz(read_image_text(array)):
        return [_decision(page.number, im.bbox, ID_DOCUMENT, f"identiteitsbewijs (MRZ), pagina {page.number}",
                          "redact", rules, "afbeelding van een identiteitsbewijs (MRZ-regels gelezen)")]
    faces = find_faces(array)
    if faces:
        n = len(faces)
        what = f"foto met {n} {'gezicht' if n == 1 else 'gezichten'}, pagina {page.number}"
        box = _faces_box(im, faces) if im.upright else im.bbox
        action = "keep" if settings.get("faces", "redact") == "keep" else "redact"
        reason = ("herkenbare persoon op een foto" if action == "redact"
                  else "gezicht zichtbaar gelaten (policy.yaml images.faces: keep); ter beoordeling")
        return [_decision(page.number, box, FACE, what, action, rules, reason)]
    if not scan and settings.get("signature_images", True) and looks_like_signature(array, im.bbox):
        return [_decision(page.number, im.bbox, SIGNATURE, f"handtekeningachtige afbeelding, pagina {page.number}",
                          "redact", rules, "afbeelding die op een handtekening lijkt", score=0.7)]
    return []


def follow_signatories(decisions: tuple[Decision, ...], rules: RuleSet) -> tuple[Decision, ...]:
    """A signature the stage kept because its signatory's name stayed is redacted after all when that
    name ends up redacted on its page (the dossier pass, or a reviewer, redacted it). A reviewer's own
    verdict on the signature is left alone."""
    redacted = {(d.finding.page, d.finding.text) for d in decisions
                if d.action == "redact" and d.finding.area is None and d.finding.entity_type == "PERSON"}
    out = []
    for d in decisions:
        person = d.person
        if d.finding.entity_type == SIGNATURE and d.action == "keep" and d.reason == KEPT_WITH_NAME \
                and person is not None and any((d.finding.page, m) in redacted for m in (person.name, *person.mentions)):
            d = Decision(d.finding, "redact", rules.ground_for(SIGNATURE),
                         "handtekening weggelakt: de naam eronder is weggelakt", person)
        out.append(d)
    return tuple(out)


def _faces_box(im: PlacedImage, faces: list[tuple[float, float, float, float]]) -> Box:
    x0, y0, x1, y1 = im.bbox
    w, h = x1 - x0, y1 - y0
    boxes = []
    for fx0, fy0, fx1, fy1 in faces:
        mx, my = (fx1 - fx0) * FACE_MARGIN, (fy1 - fy0) * FACE_MARGIN
        boxes.append((max(x0, x0 + (fx0 - mx) * w), max(y0, y0 + (fy0 - my) * h),
                      min(x1, x0 + (fx1 + mx) * w), min(y1, y0 + (fy1 + my) * h)))
    return union(boxes)


def _document_above_mrz(page: Page) -> Box | None:
    """On a scanned page: the identity document whose MRZ the OCR read, from the MRZ lines up."""
    lines = page.text.split("\n")
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    boxes = []
    for i in mrz_lines(page.text):
        for j in (i, i + 1, i + 2):  # the MRZ has two or three lines
            if j < len(lines):
                boxes += [b for b in page.boxes[offsets[j]:offsets[j] + len(lines[j])] if b is not None]
    mrz = union(boxes)
    if mrz is None:
        return None
    x0, _, x1, y1 = mrz
    width = (x1 - x0) * 1.1
    cx = (x0 + x1) / 2
    return (max(0.0, cx - width / 2), max(0.0, y1 - width * ID_ASPECT), min(page.width or x1, cx + width / 2),
            min(page.height or y1, y1 + width * 0.05))


def _decision(page: int, box: Box, entity: str, description: str, action: str, rules: RuleSet, reason: str,
              signatory: Decision | None = None, score: float = 0.9) -> Decision:
    area = tuple(round(v, 2) for v in box)
    finding = Finding(page=page, start=0, end=0, text=description, entity_type=entity, score=score,
                      detector=DETECTOR, explanation=reason, detector_kind=DetectorKind.IMAGE, area=area)
    ground = rules.ground_for(entity) if action == "redact" else None
    return Decision(finding, action, ground, reason, signatory.person if signatory is not None else None)
