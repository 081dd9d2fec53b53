"""Exit codes and the errors that map to them (one place, like OCRmyPDF's ExitCode)."""

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


class RulesError(Exception):
    """A rule file is missing or invalid. The message names the file and the problem."""


class DocumentError(Exception):
    """A document cannot be processed. The message is the reason shown in the inventory."""


class ReviewNeeded(DocumentError):
    """A page cannot be processed safely: fail closed, withhold the output, ask for a person."""
