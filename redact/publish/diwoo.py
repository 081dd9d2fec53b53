"""DiWoo metadata (KOOP, version 0.9.8) for the Woo-index: one record per published document and
one for the decision, in OUT/diwoo/ (`ID.xml`, and `<request>.xml` for the decision).

A document's record: its ID (and the request) as identifiers, the publisher (a TOOI organisation:
`--publisher` or policy.yaml `publication.publisher`), the title (the document's name as in the
productierapport), the Woo information category (policy.yaml `publication.information_category`),
the creation date (the Datum) and a `vaststelling` on it, format PDF, the decision it is part of,
its attachments (`heeft bijlage`), and in `extraMetadata` the judgement and the grounds applied.
An undated document has no creatiedatum; its one handling (the schema wants one) is its
`ontvangst` into the decision's dossier on the decision's date. The decision's record: the request
as identifier, the title, the category and the document type `beslissing op Wob-/Woo-verzoek`,
its `vaststelling` on `--decision-date` (else the newest Datum of its documents, as a stand-in:
give the date), and every published document as a part.

The records are written from the productierapport's rows only (public cells), validated against
the schema copied in publish/schema/ (xmlschema; the MDTO import is mapped to the local copy),
and are the same bytes on every run for the same rows.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..fileio import write_text_atomic
from ..outfolder import DIWOO_DIR
from .rows import PackageRow

NS = "https://standaarden.overheid.nl/diwoo/metadata/"
SCHEMA_DIR = Path(__file__).parent / "schema"
SCHEMA = SCHEMA_DIR / "diwoo-metadata.xsd"
MDTO_URL = "https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd"
EXTRA_NAMESPACE = "urn:woo-redact:extra-metadata"  # our extraMetadata fields (judgement, grounds, matter)
EXTRA_PREFIX = "woo-redact"

KERN = "https://identifier.overheid.nl/tooi/def/thes/kern/"
VASTSTELLING = (KERN + "c_641ecd76", "vaststelling")
ONTVANGST = (KERN + "c_dfcee535", "ontvangst")
HEEFT_BIJLAGE = (KERN + "c_05f4a5f3", "heeft bijlage")
BESLISSING = (KERN + "c_4f50ca9c", "beslissing op Wob-/Woo-verzoek")
PDF_FORMAT = ("http://publications.europa.eu/resource/authority/file-type/PDF", "PDF")


class MetadataError(ValueError):
    """A setting the records need is missing or not in the DiWoo lists."""


@lru_cache(maxsize=1)
def value_lists() -> dict[str, dict[str, str]]:
    """The DiWoo value lists: list name -> {resource: label} (read from the copied XSD)."""
    text = (SCHEMA_DIR / "diwoo-metadata-lijsten.xsd").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {}
    for block in re.split(r'(?=<xs:simpleType name=")', text)[1:]:
        name = re.match(r'<xs:simpleType name="(\w+)"', block).group(1)
        items = {}
        for value, body in re.findall(r'<xs:enumeration value="([^"]+)">(.*?)</xs:enumeration>', block, re.S):
            labels = re.findall(r"<dita:p[^>]*>([^<]*)</dita:p>", body)
            items[value] = labels[0].strip() if labels else value
        out[name] = items
    return out


ORGANISATION_LISTS = ("collijst", "gemeentelijst", "ministerielijst", "provincielijst", "oorglijst", "solijst",
                      "waterschapslijst", "zbolijst")


def organisation(resource: str) -> tuple[str, str]:
    for name in ORGANISATION_LISTS:
        label = value_lists()[name].get(resource)
        if label:
            return resource, label
    raise MetadataError(f"uitgever {resource!r} staat niet in de DiWoo-organisatielijsten (TOOI); "
                        "gebruik een adres als https://identifier.overheid.nl/tooi/id/ministerie/mnre1025")


def category(resource: str) -> tuple[str, str]:
    label = value_lists()["informatiecategorielijst"].get(resource)
    if not label:
        raise MetadataError(f"informatiecategorie {resource!r} staat niet in de DiWoo-lijst")
    return resource, label


@dataclass(frozen=True)
class Settings:
    request: str
    publisher: tuple[str, str]  # resource, label
    category: tuple[str, str]
    decision_date: str | None = None  # YYYY-MM-DD


def _el(parent: ET.Element, name: str, text: str | None = None, resource: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{NS}}}{name}")
    if resource:
        element.set("resource", resource)
    if text is not None:
        element.text = text
    return element


def _labelled(parent: ET.Element, name: str, pair: tuple[str, str]) -> ET.Element:
    return _el(parent, name, pair[1], pair[0])


def _handling(diwoo: ET.Element, kind: tuple[str, str], date: str) -> None:
    handling = _el(_el(diwoo, "documenthandelingen"), "documenthandeling")
    _labelled(handling, "soortHandeling", kind)
    _el(handling, "atTime", f"{date}T00:00:00")


def _extra(root: ET.Element, fields: list[tuple[str, list[str]]]) -> None:
    fields = [(k, v) for k, v in fields if v]
    if not fields:
        return
    extra = _el(root, "extraMetadata")
    _el(extra, "namespace", EXTRA_NAMESPACE)
    _el(extra, "prefix", EXTRA_PREFIX)
    velden = _el(extra, "extraMetadatavelden")
    for key, values in fields:
        veld = _el(velden, "extraMetadataveld")
        _el(veld, "key", key)
        holder = _el(veld, "values")
        for value in values:
            _el(holder, "value", value)


def decision_date(rows: list[PackageRow], settings: Settings) -> str:
    dates = sorted(r.date for r in rows if r.date)
    return settings.decision_date or (dates[-1] if dates else "1980-01-01")


def document_record(row: PackageRow, settings: Settings, attachments: list[PackageRow], date: str) -> bytes:
    root = ET.Element(f"{{{NS}}}Document")
    diwoo = _el(root, "DiWoo")
    ids = _el(diwoo, "identifiers")
    _el(ids, "identifier", row.id)
    _el(ids, "identifier", f"{settings.request}/{row.id}")
    _labelled(diwoo, "publisher", settings.publisher)
    _el(_el(diwoo, "titelcollectie"), "officieleTitel", row.document)
    classification = _el(diwoo, "classificatiecollectie")
    _labelled(_el(classification, "informatiecategorieen"), "informatiecategorie", settings.category)
    if row.date:
        _el(diwoo, "creatiedatum", row.date)
    _labelled(diwoo, "format", PDF_FORMAT)
    _el(diwoo, "isPartOf", f"Besluit op Woo-verzoek {settings.request}", settings.request)
    if row.date:
        _handling(diwoo, VASTSTELLING, row.date)
    else:
        _handling(diwoo, ONTVANGST, date)
    if attachments:
        relations = _el(diwoo, "documentrelaties")
        for child in attachments:
            relation = _el(relations, "documentrelatie")
            _labelled(relation, "role", HEEFT_BIJLAGE)
            _el(relation, "relation", child.document, child.id)
    _extra(root, [("beoordeling", [row.judgement]), ("beoordelingsgrond", row.grounds.split(";") if row.grounds else []),
                  ("matter", [row.matter])])
    return _bytes(root)


def decision_record(rows: list[PackageRow], settings: Settings, date: str) -> bytes:
    root = ET.Element(f"{{{NS}}}Document")
    diwoo = _el(root, "DiWoo")
    _el(_el(diwoo, "identifiers"), "identifier", settings.request)
    _labelled(diwoo, "publisher", settings.publisher)
    _el(_el(diwoo, "titelcollectie"), "officieleTitel", f"Besluit op Woo-verzoek {settings.request}")
    classification = _el(diwoo, "classificatiecollectie")
    _labelled(_el(classification, "informatiecategorieen"), "informatiecategorie", settings.category)
    _labelled(_el(classification, "documentsoorten"), "documentsoort", BESLISSING)
    if rows:
        parts = _el(diwoo, "hasParts")
        for row in rows:
            _el(parts, "hasPart", row.document, row.id)
    _handling(diwoo, VASTSTELLING, date)
    counts = {}
    for row in rows:
        counts[row.judgement] = counts.get(row.judgement, 0) + 1
    grounds = sorted({g for row in rows for g in row.grounds.split(";") if g})
    _extra(root, [("aantal " + k.lower(), [str(n)]) for k, n in sorted(counts.items())]
           + [("beoordelingsgrond", grounds)])
    return _bytes(root)


def _bytes(root: ET.Element) -> bytes:
    ET.register_namespace("diwoo", NS)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


@lru_cache(maxsize=1)
def schema():
    """The DiWoo schema, from the copy in publish/schema/ (the MDTO import mapped to its copy)."""
    import xmlschema

    local = {MDTO_URL: (SCHEMA_DIR / "MDTO-XML1.0.1.xsd").as_uri()}
    return xmlschema.XMLSchema(str(SCHEMA), uri_mapper=lambda uri: local.get(uri, uri))


def validation_errors(data: bytes) -> list[str]:
    return [str(e.reason or e.message) for e in schema().iter_errors(data.decode("utf-8"))]


def records(rows: list[PackageRow], settings: Settings) -> dict[str, bytes]:
    """File name in diwoo/ -> record: one per published row, and one for the decision."""
    published = [r for r in rows if r.published]
    date = decision_date(published, settings)
    children: dict[str, list[PackageRow]] = {}
    for r in published:
        if "." in r.id:
            children.setdefault(r.id.rsplit(".", 1)[0], []).append(r)
    out = {f"{r.id}.xml": document_record(r, settings, children.get(r.id, []), date) for r in published}
    out[f"{settings.request}.xml"] = decision_record(published, settings, date)
    return out


def write_records(rows: list[PackageRow], settings: Settings, out_dir: Path) -> dict[str, list[str]]:
    """Validate and write the records into OUT/diwoo/ (other .xml files there go: the folder is
    woo-redact's own); returns the records that failed validation (not written) with the reasons."""
    folder = out_dir / DIWOO_DIR
    folder.mkdir(exist_ok=True)
    made, failed = records(rows, settings), {}
    for name, data in sorted(made.items()):
        errors = validation_errors(data)
        if errors:
            failed[name] = errors
            continue
        write_text_atomic(folder / name, data.decode("utf-8"))
    for path in folder.glob("*.xml"):
        if path.name not in made or path.name in failed:
            path.unlink()
    return failed
