"""An e-mail address makes the name in it a name throughout the document."""

from __future__ import annotations

import pytest

from redact.detect.names import email_name_parts, link_email_names
from redact.model import Document, Page


@pytest.mark.parametrize("local,parts", [
    ("j.jansen", (None, "jansen")),
    ("jan.devries", ("jan", "de vries")),
    ("p.de.vries", (None, "de vries")),
    ("lucas.vandenheuvel", ("lucas", "van den heuvel")),
    ("r.aksoy.dekker", (None, "aksoy-dekker")),
    ("info", None),
    ("postbus.subsidies", None),
])
def test_mailbox_name_parts(lexicon, local, parts):
    assert email_name_parts(local, lexicon) == parts


def test_linked_names_everywhere_in_the_document(lexicon):
    text = ("Stuur het naar j.jansen@minbzk.nl en jan.devries@minbzk.nl.\n"
            "Jansen belde gisteren. J. Jansen tekent. Jan de Vries en De Vries waren er ook.\n")
    doc = Document(source="x", relpath="x.txt", kind="txt", pages=(Page(number=1, text=text),))
    found = {f.text for f in link_email_names(doc, lexicon, "names_email", 0.85)}
    assert {"Jansen", "J. Jansen", "Jan de Vries", "De Vries"} <= found
    assert not any("@" in f for f in found)  # the addresses themselves are the e-mail recognizer's
