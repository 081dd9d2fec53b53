"""Converters: a source that is not a PDF or text file becomes one or more PDF documents, which
then take the PDF reader's road (ingest/pdf.py) like any other.

    .eml .msg                          mail.py / msg.py: a mail PDF, each attachment a document of its own
    .docx .doc .odt .rtf .xlsx .xls    office.py (LibreOffice) plus hidden.py (what the print hides)
    .ods .pptx
    .jpg .jpeg .png .tif .tiff         images.py: a page per image, then OCR

`convert` returns the parts of one source: the source itself first, then its attachments
(recursively), each with its output path (`mail/overleg.msg.pdf`, `mail/overleg.msg-bijlagen/1-nota.docx.pdf`)
and its place in the family. A part that cannot be converted carries its reason; an original is
never written to (LibreOffice works on a copy).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import pymupdf

from ...errors import DocumentError
from .hidden import check_container, document_created, inspect, unhidden_copy
from .images import image_pdf
from .mail import Mail, mail_pdf, read_eml
from .msg import read_msg
from .office import OfficeConverter
from .textpdf import text_pdf

MAIL = (".eml", ".msg")
OFFICE = (".docx", ".doc", ".odt", ".rtf", ".xlsx", ".xls", ".ods", ".pptx")
IMAGES = (".jpg", ".jpeg", ".png", ".tif", ".tiff")
CONVERTED = MAIL + OFFICE + IMAGES
NATIVE = (".pdf", ".txt")  # attachments of these types are read as they are
OOXML_OF = {".doc": "docx", ".odt": "docx", ".rtf": "docx", ".xls": "xlsx", ".ods": "xlsx"}
MAX_DEPTH = 5  # a mail in a mail in a mail ...
MAX_ATTACHMENTS = 200  # per source, all levels


def is_converted(path: Path) -> bool:
    return path.suffix.lower() in CONVERTED


def converter_available(path: Path) -> bool:
    """Whether what converts `path` is installed here (LibreOffice for Office files, extract-msg for .msg)."""
    ext = path.suffix.lower()
    if ext in OFFICE:
        return OfficeConverter().available()
    if ext == ".msg":
        import importlib.util

        return importlib.util.find_spec("extract_msg") is not None
    return True


@dataclass(frozen=True)
class Part:
    """One document made from a source: the source itself (index ()) or one of its attachments."""

    relpath: str  # where its output goes, relative to OUT
    name: str  # the original file name (of the source, or as the mail names the attachment)
    kind: str  # the original's type: "msg", "docx", ...
    root: str  # relpath of the family's first document (the outermost mail)
    index: tuple[int, ...] = ()  # () the source; (1,), (2, 1): attachment 1, attachment 1 of attachment 2
    path: Path | None = None  # the file to read (a PDF, or a .pdf/.txt attachment); None when there is none
    error: str | None = None  # why there is no file: `niet verwerkt`
    note: str = ""  # for the Toelichting: what the conversion made visible (counts, never content)


def output_relpath(relpath: str) -> str:
    """`mail/overleg.msg` -> `mail/overleg.msg.pdf`; a PDF or text file keeps its name."""
    return relpath if relpath.lower().endswith(NATIVE) else relpath + ".pdf"


def convert(path: Path, relpath: str, staging: Path, office: OfficeConverter) -> list[Part]:
    """The parts of `path` (its output path `output_relpath(relpath)`), converted into `staging`."""
    out = output_relpath(relpath)
    root = Part(relpath=out, name=Path(relpath).name, kind=_kind(relpath), root=out)
    parts: list[Part] = []
    _convert(path, root, staging, office, parts, depth=0)
    return parts


def _kind(name: str) -> str:
    return Path(name).suffix.lower().lstrip(".") or "?"


def _convert(path: Path, part: Part, staging: Path, office: OfficeConverter, parts: list[Part], depth: int) -> None:
    ext = path.suffix.lower()
    target = staging / part.relpath
    slot = len(parts)
    parts.append(part)
    try:
        if ext in NATIVE:
            parts[slot] = _replace(part, path=path)
            return
        if ext not in CONVERTED:
            raise DocumentError(f"bestandstype {Path(part.name).suffix or '(geen)'} wordt niet ondersteund")
        _fresh(target)
        if ext in MAIL:
            mail = read_eml(path) if ext == ".eml" else read_msg(path)
            attached = _attachments(mail, part, staging, depth)
            mail_pdf(mail, target, [a.name for a, _ in attached])
            parts[slot] = _replace(part, path=target)
            for child, data_path in attached:
                if data_path is None:
                    parts.append(child)
                elif len(parts) >= MAX_ATTACHMENTS:
                    parts.append(_replace(child, error=f"meer dan {MAX_ATTACHMENTS} bijlagen: niet verwerkt"))
                else:
                    _convert(data_path, child, staging, office, parts, depth + 1)
        elif ext in OFFICE:
            note = _office(path, ext, target, office)
            parts[slot] = _replace(part, path=target, note=note)
        else:
            image_pdf(path, target)
            parts[slot] = _replace(part, path=target)
    except DocumentError as exc:
        parts[slot] = _replace(part, error=str(exc))
    except (OSError, RuntimeError, ValueError) as exc:  # a converter's own failure: this part, not the batch
        parts[slot] = _replace(part, error=f"omzetten mislukt ({type(exc).__name__})")


def _replace(part: Part, **changes) -> Part:
    return replace(part, **changes)


def _fresh(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)


def safe_name(name: str) -> str:
    """An attachment's name as a file name: no folders, no control characters, not hidden, not too long."""
    name = re.sub(r"[\x00-\x1f\x7f/\\:]+", "_", name).strip().lstrip(".") or "bijlage"
    stem, dot, ext = name.rpartition(".")
    if len(name) > 120:
        name = (stem[: 110] + "." + ext[:8]) if dot else name[:120]
    return name


def _attachments(mail: Mail, part: Part, staging: Path, depth: int) -> list[tuple[Part, Path | None]]:
    """Each attachment as a Part of the family, with its bytes written into staging (None: no file)."""
    out = []
    folder = part.relpath[: -len(".pdf")] if part.relpath.endswith(".pdf") else part.relpath
    for i, att in enumerate(mail.attachments, 1):
        name = safe_name(att.name)
        source_rel = f"{folder}-bijlagen/{i}-{name}"
        child = Part(relpath=output_relpath(source_rel), name=att.name or name, kind=_kind(name), root=part.root,
                     index=part.index + (i,))
        if depth + 1 > MAX_DEPTH:
            out.append((_replace(child, error=f"bijlage dieper dan {MAX_DEPTH} niveaus: niet verwerkt"), None))
            continue
        if not att.data:
            out.append((_replace(child, error="bijlage zonder inhoud (leeg of een verwijzing naar elders)"), None))
            continue
        data_path = staging / "bijlagen" / source_rel
        data_path.parent.mkdir(parents=True, exist_ok=True)
        data_path.write_bytes(att.data)
        out.append((child, data_path))
    return out


def _office(path: Path, ext: str, target: Path, office: OfficeConverter) -> str:
    """LibreOffice's print of the document with hidden parts made visible, then the pages of what
    the print cannot show (comments, tracked changes, notes)."""
    check_container(path, ext)  # protected or broken: said so whether LibreOffice is here or not
    if ext in (".docx", ".xlsx", ".pptx"):
        inspect(path)
    if not office.available():
        raise DocumentError(office_missing())
    with tempfile.TemporaryDirectory(prefix="woo-redact-office-") as tmp:
        work = Path(tmp)
        copy = work / ("bron" + ext)
        shutil.copyfile(path, copy)  # LibreOffice never sees (or locks) the original
        ooxml = copy
        if ext in OOXML_OF:  # one reader for what the print hides: OOXML
            ooxml = office.convert(copy, work / "ooxml", OOXML_OF[ext])
        hidden = inspect(ooxml)
        visible = work / ("zichtbaar" + ooxml.suffix)
        unhidden_copy(ooxml, visible)
        printed = office.convert(visible, work / "pdf", "pdf")
        appendix = hidden.appendix()
        note = f"verborgen inhoud zichtbaar gemaakt: {hidden.summary()}" if hidden.summary() else ""
        doc = pymupdf.open(printed)
        if appendix:
            extra = work / "verborgen.pdf"
            text_pdf(appendix, extra)
            with pymupdf.open(extra) as more:
                doc.insert_pdf(more)
            note += " (opmerkingen, wijzigingen en notities op de laatste pagina's)"
        # The document's own date, not the moment of converting (the inventory's Datum).
        created = document_created(ooxml)
        doc.set_metadata({"creator": "woo-redact", "producer": "LibreOffice",
                          "creationDate": f"D:{created.replace('-', '')}000000" if created else ""})
        doc.xref_set_key(-1, "ID", "null")  # LibreOffice's /ID is random: the same input, the same bytes
        doc.save(target, garbage=4, deflate=True, no_new_id=True)
        doc.close()
        return note


def read_converted(path: Path, relpath: str, budget=None, ocr=None):
    """The Document of a source that needs converting, read on its own (the flows convert first,
    in convert_sources; this is for `check` and API callers): the source's own part, never its
    attachments. The PDF lives in a temporary folder until the process ends."""
    import atexit

    from ..pdf import read_pdf

    staging = Path(tempfile.mkdtemp(prefix="woo-redact-omzet-"))
    atexit.register(shutil.rmtree, staging, True)
    first = convert(path, relpath, staging, OfficeConverter())[0]
    if first.path is None:
        raise DocumentError(first.error or "omzetten mislukt")
    document = read_pdf(first.path, first.relpath, budget=budget, ocr=ocr)  # the bounds of limits.py, as any reader
    return replace(document, warnings=document.warnings + ((first.note,) if first.note else ()))


def office_missing() -> str:
    from .office import MISSING

    return MISSING
