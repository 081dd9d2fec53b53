"""A request's publication settings in one file (`--request-file verzoek.yaml`), so that a
request folder, or the samples, can carry what its package needs beside the documents:

    request: 2024-017                 # the kenmerk (as --request)
    publisher: https://identifier.overheid.nl/tooi/id/ministerie/mnre1034   # as --publisher
    decision_date: 2024-09-30         # as --decision-date (optional)
    stamp: true                       # as --stamp (optional)

An option given on the command line wins over the file. Unknown keys are an error: a misspelt
`publsher` must not silently leave the DiWoo records out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from .diwoo import MetadataError, organisation
from .numbering import check_request

KEYS = ("request", "publisher", "decision_date", "stamp")


def read_request_file(path: Path) -> dict:
    """The settings of the file, checked as the options are; a ValueError says what is wrong (Dutch)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ValueError(f"{path.name}: niet te lezen als YAML ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: verwacht sleutels {', '.join(KEYS)}")
    unknown = sorted(str(k) for k in data if k not in KEYS)
    if unknown:
        raise ValueError(f"{path.name}: onbekende sleutel(s) {', '.join(unknown)} (bekend: {', '.join(KEYS)})")
    settings: dict = {}
    if data.get("request") is not None:
        settings["request"] = check_request(str(data["request"]))
    if data.get("publisher"):
        try:
            settings["publisher"] = organisation(str(data["publisher"]))[0]
        except MetadataError as exc:
            raise ValueError(f"{path.name}: {exc}") from None
    date = data.get("decision_date")
    if date is not None:
        try:  # YAML reads 2024-09-30 as a date already; a quoted one is text
            settings["decision_date"] = date if isinstance(date, dt.date) else dt.date.fromisoformat(str(date))
        except ValueError:
            raise ValueError(f"{path.name}: decision_date {date!r} is geen datum JJJJ-MM-DD") from None
    if data.get("stamp") is not None:
        if not isinstance(data["stamp"], bool):
            raise ValueError(f"{path.name}: stamp moet true of false zijn")
        settings["stamp"] = data["stamp"]
    return settings
