"""Exit codes and the errors that carry them (one place, like OCRmyPDF's ExitCode).

An error that stops a whole command is a `WooRedactError`: it carries its exit code, and the one
handler at the entry point (cli.py) prints it and exits with that code. Errors about one document
(`DocumentError`) do not stop anything: they become that document's row in the inventory.
A run stopped by Ctrl-C or SIGTERM raises `Interrupted` (or KeyboardInterrupt), which the same
handler turns into 130 or 143. README's "Exit status" and commands/options.EXIT_CODES_HELP list the
same codes.
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
    ENVIRONMENT = 74  # the output could not be written (read-only folder, full disk): not a bug
    BUSY = 75  # another run is using the output folder (or its private record); try again later
    INTERRUPTED = 130  # stopped with Ctrl-C (128 + SIGINT)
    TERMINATED = 143  # stopped with SIGTERM (128 + SIGTERM)


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


class EnvironmentProblem(WooRedactError):
    """The machine, not the input: an output folder that cannot be written, a full disk. Nothing
    half-written is left as a report; the message says which folder and why."""

    exit_code = ExitCode.ENVIRONMENT
    title = "Schrijven mislukt"


class FolderBusy(WooRedactError):
    """Another woo-redact run holds the lock on this output folder (or its private record)."""

    exit_code = ExitCode.BUSY
    title = "Map in gebruik"


class Interrupted(BaseException):
    """The run was stopped (Ctrl-C or SIGTERM): a BaseException like KeyboardInterrupt, so no
    `except Exception` swallows it; the entry point exits with `exit_code`."""

    def __init__(self, exit_code: ExitCode = ExitCode.INTERRUPTED):
        super().__init__(exit_code)
        self.exit_code = exit_code


def write_problem(exc: OSError, where: str) -> EnvironmentProblem:
    """The Dutch message for a write error in `where` (a folder named for the user)."""
    import errno

    reasons = {errno.EROFS: "het bestandssysteem is alleen-lezen", errno.ENOSPC: "de schijf is vol",
               errno.EDQUOT: "het schijfquotum is op", errno.EACCES: "geen schrijfrechten",
               errno.EPERM: "schrijven niet toegestaan"}
    reason = reasons.get(exc.errno, exc.strerror or type(exc).__name__)
    return EnvironmentProblem(f"{where}: {reason}. De inventaris en het redactielog zijn niet (half) "
                              "geschreven; los dit op en start dezelfde opdracht opnieuw.")


class DocumentError(Exception):
    """A document cannot be processed. The message is the reason shown in the inventory."""


class ReviewNeeded(DocumentError):
    """A page cannot be processed safely: fail closed, withhold the output, ask for a person."""
