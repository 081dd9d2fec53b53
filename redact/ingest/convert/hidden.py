"""What a reader of an Office file can see but its PDF print would hide, read from the OOXML zip.

- Comments (word/comments.xml, xl/comments*.xml and threaded comments, ppt/comments/), tracked
  changes (w:ins, w:del), hidden text (w:vanish) and speaker notes (ppt/notesSlides/) are listed
  on extra pages after the document ("Verborgen inhoud van het origineel"), so they are detected
  and redacted like the rest.
- Hidden sheets, rows and columns (and hidden text in Word) are made visible in a copy before it
  is converted, so they print in place.
Formats that are not OOXML (.doc, .odt, .rtf, .xls, .ods) are first saved as OOXML by LibreOffice
(office.py), so this one reader sees them all.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from ...errors import DocumentError
from .textpdf import Line

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
MAX_PART = 200 * 2**20  # bytes of one uncompressed zip member: a larger one is a zip bomb, not a document
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Hidden:
    comments: list[tuple[str, str]] = field(default_factory=list)  # (author, text)
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, author, text)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (slide, text)
    hidden_text: list[str] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)
    hidden_rows: int = 0
    hidden_columns: int = 0

    def summary(self) -> str:
        """For the Toelichting: counts only, never the content."""
        parts = []
        for n, one, many in ((len(self.comments), "opmerking", "opmerkingen"),
                             (len(self.changes), "bijgehouden wijziging", "bijgehouden wijzigingen"),
                             (len(self.notes), "dia met sprekersnotities", "dia's met sprekersnotities"),
                             (len(self.hidden_text), "verborgen tekstdeel", "verborgen tekstdelen"),
                             (len(self.hidden_sheets), "verborgen werkblad", "verborgen werkbladen"),
                             (self.hidden_rows, "verborgen rij", "verborgen rijen"),
                             (self.hidden_columns, "verborgen kolom", "verborgen kolommen")):
            if n:
                parts.append(f"{n} {one if n == 1 else many}")
        return ", ".join(parts)

    def appendix(self) -> list[Line]:
        """The extra pages' text: what the print hides, with its author in a field that the name
        stage reads (`Auteur:`)."""
        lines: list[Line] = []
        if not (self.comments or self.changes or self.notes or self.hidden_text):
            return lines
        lines += [Line("Verborgen inhoud van het origineel", heading=True),
                  Line("(door woo-redact toegevoegd: in het origineel zichtbaar, niet in de afdruk)", heading=True),
                  Line("")]
        for i, (author, text) in enumerate(self.comments, 1):
            lines += [Line(f"Opmerking {i}", heading=True), Line(f"Auteur: {author}" if author else "Auteur: -"),
                      Line(text), Line("")]
        for i, (kind, author, text) in enumerate(self.changes, 1):
            lines += [Line(f"Bijgehouden wijziging {i} ({kind})", heading=True),
                      Line(f"Auteur: {author}" if author else "Auteur: -"), Line(text), Line("")]
        for slide, text in self.notes:
            lines += [Line(f"Sprekersnotities dia {slide}", heading=True), Line(text), Line("")]
        for i, text in enumerate(self.hidden_text, 1):
            lines += [Line(f"Verborgen tekst {i}", heading=True), Line(text), Line("")]
        return lines


def check_container(path: Path, ext: str) -> None:
    """A password-protected OOXML file is an OLE container with an EncryptionInfo stream, not a zip."""
    with path.open("rb") as fh:
        head = fh.read(8)
        rest = fh.read(2 * 2**20) if head == OLE_MAGIC else b""
    if head == OLE_MAGIC and ("EncryptionInfo".encode("utf-16-le") in rest or ext in (".docx", ".xlsx", ".pptx")):
        raise DocumentError("beveiligd met een wachtwoord: lever een onbeveiligde versie aan")
    if ext in (".doc", ".xls") and head == OLE_MAGIC and _ole_encrypted(rest):
        raise DocumentError("beveiligd met een wachtwoord: lever een onbeveiligde versie aan")


def _ole_encrypted(data: bytes) -> bool:
    # RC4 / CryptoAPI encryption of .doc and .xls leaves these stream names in the directory.
    return any(name.encode("utf-16-le") in data for name in ("EncryptionInfo", "encryption"))


def _open(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise DocumentError("beschadigd Office-bestand (geen geldige zip-container)") from None
    for info in zf.infolist():
        if info.file_size > MAX_PART:
            zf.close()
            raise DocumentError("Office-bestand met een onderdeel van meer dan 200 MB uitgepakt: niet verwerkt")
    return zf


def _xml(zf: zipfile.ZipFile, name: str) -> ElementTree.Element | None:
    try:
        return ElementTree.fromstring(zf.read(name))  # no DTDs or entities are resolved by ElementTree
    except KeyError:
        return None
    except ElementTree.ParseError:
        raise DocumentError(f"beschadigd Office-bestand ({name} is geen geldige XML)") from None


def _text(element: ElementTree.Element, tags: tuple[str, ...]) -> str:
    """The text of `element`'s paragraphs (w:p or a:p), one line each."""
    paragraphs = [p for p in element.iter() if p.tag in (W + "p", A + "p")] or [element]
    lines = []
    for p in paragraphs:
        lines.append("".join(t.text or "" for t in p.iter() if t.tag in tags))
    return "\n".join(line for line in lines if line.strip())


def inspect(path: Path) -> Hidden:
    hidden = Hidden()
    with _open(path) as zf:
        names = zf.namelist()
        for name in sorted(n for n in names if re.fullmatch(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml", n)):
            _word_part(_xml(zf, name), hidden)
        root = _xml(zf, "word/comments.xml")
        if root is not None:
            for c in root.iter(W + "comment"):
                hidden.comments.append((c.get(W + "author", ""), _text(c, (W + "t",))))
        for name in sorted(n for n in names if re.fullmatch(r"xl/(comments\d*|threadedComments/\w+)\.xml", n)):
            _sheet_comments(_xml(zf, name), hidden)
        _workbook(zf, names, hidden)
        for name in sorted((n for n in names if re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", n)),
                           key=lambda n: int(re.search(r"(\d+)\.xml$", n).group(1))):
            text = _text(_xml(zf, name), (A + "t",))
            # The slide number placeholder is text too: a note of only digits is no note.
            if text.strip() and not text.strip().isdigit():
                hidden.notes.append((int(re.search(r"(\d+)\.xml$", name).group(1)), text))
        for name in sorted(n for n in names if re.fullmatch(r"ppt/comments/\w+\.xml", n)):
            root = _xml(zf, name)
            for c in root.iter():
                if c.tag.endswith("}cm"):
                    hidden.comments.append(("", "".join(t.text or "" for t in c.iter() if t.tag.endswith("}text"))))
    return hidden


def _word_part(root: ElementTree.Element | None, hidden: Hidden) -> None:
    if root is None:
        return
    for kind, tag, texts in (("ingevoegd", W + "ins", (W + "t",)), ("verwijderd", W + "del", (W + "delText", W + "t"))):
        for change in root.iter(tag):
            text = "".join(t.text or "" for t in change.iter() if t.tag in texts)
            if text.strip():
                hidden.changes.append((kind, change.get(W + "author", ""), text))
    for run in root.iter(W + "r"):
        props = run.find(W + "rPr")
        if props is not None and props.find(W + "vanish") is not None:
            text = "".join(t.text or "" for t in run.iter(W + "t"))
            if text.strip():
                hidden.hidden_text.append(text)


def _sheet_comments(root: ElementTree.Element | None, hidden: Hidden) -> None:
    if root is None:
        return
    authors = [a.text or "" for a in root.iter() if a.tag.endswith("}author")]
    for c in root.iter():
        if c.tag.endswith("}comment") or c.tag.endswith("}threadedComment"):
            ref = c.get("authorId")
            author = authors[int(ref)] if ref and ref.isdigit() and int(ref) < len(authors) else ""
            text = "".join(t.text or "" for t in c.iter() if t.tag.endswith("}t") or t.tag.endswith("}text"))
            hidden.comments.append((author, f"cel {c.get('ref', '?')}: {text}"))


def _workbook(zf: zipfile.ZipFile, names: list[str], hidden: Hidden) -> None:
    root = _xml(zf, "xl/workbook.xml")
    if root is not None:
        for sheet in root.iter():
            if sheet.tag.endswith("}sheet") and sheet.get("state") in ("hidden", "veryHidden"):
                hidden.hidden_sheets.append(sheet.get("name", "?"))
    for name in (n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)):
        sheet = _xml(zf, name)
        for el in sheet.iter():
            if el.get("hidden") in ("1", "true"):
                if el.tag.endswith("}row"):
                    hidden.hidden_rows += 1
                elif el.tag.endswith("}col"):
                    hidden.hidden_columns += 1


_UNHIDE = (
    (re.compile(rb'\sstate="(?:hidden|veryHidden)"'), b""),  # xl/workbook.xml: sheets
    (re.compile(rb'\shidden="(?:1|true)"'), b""),  # worksheets: rows and columns
    (re.compile(rb"<w:vanish(?:\s[^>]*)?/>"), b""),  # word: hidden text
)


def unhidden_copy(path: Path, target: Path) -> None:
    """A copy of the OOXML file with hidden sheets, rows, columns and text made visible."""
    with _open(path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if re.fullmatch(r"xl/workbook\.xml|xl/worksheets/sheet\d+\.xml|word/[^/]+\.xml", info.filename):
                for pattern, repl in _UNHIDE:
                    data = pattern.sub(repl, data)
            dst.writestr(info, data)


def document_created(path: Path) -> str | None:
    """The ISO date the document says it was made (docProps/core.xml), if it says so."""
    with _open(path) as zf:
        root = _xml(zf, "docProps/core.xml")
    if root is None:
        return None
    for el in root:
        if el.tag.endswith("}created") and el.text and re.match(r"\d{4}-\d\d-\d\d", el.text.strip()):
            date = el.text.strip()[:10]
            return None if date.startswith(("1601", "1899", "1900", "1970")) else date
    return None
