"""The import contract of the Ministry of VWS's Woo platform (open.minvws.nl, github.com/minvws/
nl-rdo-woo-web): the productierapport's columns and value lists, as its reader applies them."""

from __future__ import annotations

import re

COLUMNS = ("ID", "Matter", "Family", "Email Thread ID", "Document", "File Type", "Datum", "Beoordeling",
           "Opgeschort", "Beoordelingsgrond", "Toelichting", "Publieke Link", "Gerelateerd ID", "Zaaknummer")
REQUIRED = ("ID", "Document", "Beoordeling", "Beoordelingsgrond")  # the reader refuses a file without them
INTEGER_COLUMNS = ("Family", "Email Thread ID")  # integers >= 1, or empty
# The only judgements the reader knows: any other value is read as Niet openbaar, without a warning.
JUDGEMENTS = ("Openbaar", "Deels openbaar", "Reeds openbaar", "Niet openbaar")
UPLOADED = ("Openbaar", "Deels openbaar")  # the rows whose document is uploaded as ID.pdf
FILE_TYPES = ("pdf", "doc", "image", "presentation", "spreadsheet", "email", "html", "note", "database", "xml",
              "video", "audio", "vcard", "chat")
ID_PATTERN = re.compile(r"[A-Za-z0-9.-]{1,170}")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
MIN_MATTER = 2
MAX_EXPLANATION = 1000
MAX_DOCUMENT = 500
SUSPENDED = ("", "yes", "ja", "true", "1")
