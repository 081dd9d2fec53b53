"""Options and help texts that several commands share, so each reads and behaves the same."""

from __future__ import annotations

from pathlib import Path

import click

EXIT_CODES_HELP = """\b
Exit status:
  0  every document processed
  1  at least one file could not be processed (niet verwerkt), also a file
     of a type not read (.docx, .eml, .msg, ...): each is in the inventory
  2  wrong command line
  3  the rule set is invalid
  4  the output check found readable redacted data: output withheld
  5  a page could not be read reliably: document withheld for manual review
  6  export --unreviewed fail: proposals nobody decided on; nothing exported
  7  check: a sample value was missed or over-redacted, or a threshold failed
 70  internal error (a bug: please report it with the traceback)
 74  the output could not be written (read-only folder, full disk)
 75  the output folder is in use by another woo-redact run
130  stopped with Ctrl-C
143  stopped with SIGTERM
"""


def rules_option(help: str = "Rule folder to use instead of the built-in rules/."):
    return click.option("--rules", "rules_dir", type=click.Path(path_type=Path, file_okay=False), help=help)


model_option = click.option("--model", "model_dir", type=click.Path(path_type=Path, file_okay=False),
                            help="spaCy pipeline folder (default: the shipped models/nl_woo).")
jobs_option = click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                           help="Worker processes (default: the number of cores).")


def executor_options(f):
    """--executor and --scheduler: where the documents are worked on (docs/scale.md)."""
    f = click.option("--scheduler", metavar="ADDRESS",
                     help="Address of a running Dask scheduler (tcp://host:8786); implies --executor dask.")(f)
    return click.option("--executor", type=click.Choice(["local", "dask"]), default=None,
                        help="local: worker processes on this machine (default); dask: a Dask cluster "
                             "(--scheduler; without it a local Dask cluster of --jobs processes).")(f)


keep_names_option = click.option(
    "--keep-names", "keep_names", type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="File with public officials for this request, one name per line: always visible.")


def unreadable_pages_option(help: str):
    return click.option("--unreadable-pages", type=click.Choice(["withhold", "blackout"]), default="withhold",
                        show_default=True, help=help)


def read_keep_names(path: Path | None) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8").splitlines()) if path else ()


def read_page_decisions(path: Path | None) -> tuple:
    """The page decisions of a review's decisions.json, as Options.page_decisions."""
    if path is None:
        return ()
    from ..review.decisions import DecisionBook, DecisionsError

    try:
        book = DecisionBook.load(path)
    except DecisionsError as exc:
        raise click.UsageError(str(exc)) from None
    documents = sorted({e.document for e in book.entries if e.kind == "page"})
    return tuple((d, tuple(sorted(book.pages(d).items()))) for d in documents)


special_categories_option = click.option(
    "--special-categories", type=click.Choice(["redact", "propose", "off"]), default="redact", show_default=True,
    help="Passages with special-category data (health, religion, origin, union, orientation, criminal law; "
         "5.1.1d): redact the certain ones and propose the rest, propose all for review, or do not detect them.")


duplicates_option = click.option(
    "--duplicates", type=click.Choice(["publish", "skip"]), default="publish", show_default=True,
    help="A copy of another document of the dossier (the same text, or nearly: docs/duplicates.md): publish it "
         "again, or not (its row says `dubbel` with the original's ID either way).")


def _request(ctx, param, value):
    from ..publish.numbering import check_request

    try:
        return check_request(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _publisher(ctx, param, value):
    from ..publish.diwoo import MetadataError, organisation

    try:
        return value and organisation(value)[0]
    except MetadataError as exc:
        raise click.BadParameter(str(exc)) from None


def _request_file(ctx, param, value):
    from ..publish.requestfile import read_request_file

    try:
        return read_request_file(value) if value else {}
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def publication_options(f):
    """--request, --stamp, --publisher, --decision-date, --request-file: the publication package
    (docs/publication.md)."""
    f = click.option("--request-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     callback=_request_file, default=None,
                     help="A YAML file with the request's request, publisher, decision_date and stamp "
                          "(samples/verzoek.yaml); an option given here wins over the file.")(f)
    f = click.option("--decision-date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                     help="Date of the Woo decision (YYYY-MM-DD) for its DiWoo record (default: the newest "
                          "document date, as a stand-in).")(f)
    f = click.option("--publisher", metavar="TOOI-URI", default=None, callback=_publisher,
                     help="Publisher of the DiWoo records: a TOOI organisation address "
                          "(default: publication.publisher in policy.yaml).")(f)
    f = click.option("--stamp", is_flag=True,
                     help="Print 'Document ID, pagina N' in the margin of every page of each published PDF.")(f)
    return click.option("--request", metavar="KENMERK", callback=_request, default=None,
                        help="The request's kenmerk (2024-017): document IDs become 2024-017-0012, and OUT gets "
                             "productierapport.xlsx, werkrapport.xlsx, upload/, upload.zip and diwoo/.")(f)


def publication_settings(request, stamp, publisher, decision_date, request_file: dict | None = None) -> dict:
    """The package's Options fields: the command line's options, else the request file's."""
    from_file = request_file or {}
    date = decision_date.date() if decision_date else from_file.get("decision_date")
    return dict(request=request or from_file.get("request"), stamp=stamp or from_file.get("stamp", False),
                publisher=publisher or from_file.get("publisher"), decision_date=date.isoformat() if date else None)
