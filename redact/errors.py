"""Exit codes and the errors that carry them (one place, like OCRmyPDF's ExitCode).

An error that stops a whole command is a `WooRedactError`: it carries its exit code, and the one
handler at the entry point (cli.py) prints it and exits with that code. Errors about one document
(`DocumentError`) do not stop anything: they become that document's row in the inventory.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # every document processed
    DOCUMENTS_FAILED = 1  # at least one document could not be processed ("niet verwerkt")
    USAGE = 2  # wrong command line (click's own code for usage errors)
    RULES_INVALID = 3  # the rule set failed validation at start-up
    VERIFY_FAILED = 4  # the output check found surviving data: outputs withheld
    NEEDS_REVIEW = 5  # a page could not be read reliably: document withheld for manual review
    REVIEW_OPEN = 6  # export --unreviewed fail: proposals nobody decided on; nothing exported
    CHECK_FAILED = 7  # check: a sample value was missed or over-redacted, or a threshold/baseline failed
    INTERNAL = 70  # a bug: please report it


class WooRedactError(Exception):
    """A command cannot go on. The message says why (Dutch, for the user); `title` heads it."""

    exit_code: ExitCode = ExitCode.INTERNAL
    title: str = "fout"


class UsageProblem(WooRedactError):
    """Wrong command line or folders that cannot be used (an output folder inside a source, ...)."""

    exit_code = ExitCode.USAGE


class RulesError(WooRedactError):
    """A rule file is missing or invalid. The message names the file and the problem."""

    exit_code = ExitCode.RULES_INVALID
    title = "Regels ongeldig"


class ReviewOpen(WooRedactError):
    """export --unreviewed fail with proposals nobody decided on: nothing is exported."""

    exit_code = ExitCode.REVIEW_OPEN
    title = "Niets geëxporteerd"

    def __init__(self, message: str, open_per_document: dict[str, int]):
        super().__init__(message)
        self.open_per_document = open_per_document


class DocumentError(Exception):
    """A document cannot be processed. The message is the reason shown in the inventory."""


class ReviewNeeded(DocumentError):
    """A page cannot be processed safely: fail closed, withhold the output, ask for a person."""
