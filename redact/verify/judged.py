"""Values the pipeline never saw: e-mail addresses, phone numbers and IBANs that another
extractor reads in the output but that are not in the output's text as the pipeline reads it.

The known-value check (values.py) only looks for what was redacted. A value drawn out of order,
letter-spaced or split by invisible characters may never have been found at all, while pdftotext
reads it whole: then it was never judged, and a value nobody judged is not published. The
pipeline's reading is MuPDF's text in drawing order, normalised as detection normalises it
(readings.normalise_text); each extractor's text is searched with small detectors of its own
(not the pipeline's recognizers: a check that used them could not be wiser than they are), and
a value found there but not in MuPDF's text (compared with each run of whitespace as one
space: letter-spaced there is not the same reading) fails the file. A kept organisation
address is in both readings and passes; a kept value that only another reading order shows is
failed too (fail closed: it is then put right in review).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import phonenumbers
import pymupdf
from stdnum import iban

from ..readings import Reading, joined, normalise_text


def _spaced(text: str) -> str:
    """Normalised, lower case, every run of whitespace one space: a value letter-spaced in one
    reading (`j e r o e n`) is not the same value written whole in another."""
    return " ".join(normalise_text(text).casefold().split())

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def detectable(text: str) -> list[tuple[str, str]]:
    """(kind, value) of the e-mail addresses, valid phone numbers and IBANs in `text`."""
    text = normalise_text(text)
    found = [("e-mailadres", m.group()) for m in _EMAIL.finditer(text)]
    found += [("telefoonnummer", m.raw_string) for m in
              phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID)]
    found += [("IBAN", m.group()) for m in _IBAN.finditer(text) if iban.is_valid(m.group())]
    return found


def pipeline_text(path: Path) -> str:
    """The output's text as ingest reads it: MuPDF, in drawing order, text off the page too."""
    with pymupdf.open(path, filetype="pdf") as doc:
        return "\n".join(page.get_text("text", flags=pymupdf.TEXT_PRESERVE_WHITESPACE,
                                       clip=pymupdf.INFINITE_RECT()) for page in doc)


def unjudged(path: Path, extractors: dict[str, Callable[[Path], str]], texts: dict[str, str] | None = None,
             named: list[str] | None = None) -> list[str]:
    """Problems (published: kinds and readers, never values) for detectable values that an
    extractor reads but the pipeline's reading does not hold; `named` receives the values
    (private). `texts`: extractor texts already read, by extractor name."""
    text = pipeline_text(path)
    # Detection reads the joined reading too (readings.joined: an address wrapped at its "@"
    # across one line break is one address, `HEE\n@minlnv.nl`): a value judged there is judged.
    seen = _spaced(text) + "\n" + _spaced(joined(Reading(text, (None,) * len(text))).text)
    problems = []
    for name, extract in extractors.items():
        text = (texts or {}).get(name)
        if text is None:
            try:
                text = extract(path)
            except Exception:  # the text check reports an extractor that fails
                continue
        missing = [(kind, value) for kind, value in detectable(text) if _spaced(value) not in seen]
        if missing:
            kinds = sorted({kind for kind, _ in missing})
            problems.append(f"{len(missing)} {'/'.join(kinds)} leesbaar volgens {name} maar niet in de tekst "
                            "zoals de detectie die las (andere leesvolgorde of verborgen tekens): niet beoordeeld")
            if named is not None:
                named.extend(f"{value!r} niet beoordeeld ({name})" for _, value in missing)
    return problems
