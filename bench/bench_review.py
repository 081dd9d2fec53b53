"""How fast the review opens a 1,000-page dossier and moves between its proposals.

Builds a synthetic work folder (documents x pages, with per-character boxes and proposals, as
`woo-redact scan` writes them), then times: opening the review (index + decisions + the first
document + the first frame), moving to the next proposal with a redraw (within a document and
across documents, which reads the next document's JSON), and recording a decision (which
rewrites the decisions file). Prints figures; asserts nothing.

    python bench/bench_review.py [--docs 40] [--pages 25] [--work /tmp/bench-review]
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import statistics
import time
from pathlib import Path

from rich.console import Console

from redact.review.decisions import ReviewDecision, make_proposals
from redact.model import Decision, Document, Finding, Page
from redact.review.app import ReviewApp
from redact.review.session import ReviewSession
from redact.rules import load_rules
from redact.review.workfolder import disk_size, write_document, write_index

WORDS = ("de gemeente heeft het verzoek ontvangen en beoordeeld op grond van artikel vier van de regeling "
         "waarbij de aanvrager is gevraagd om aanvullende stukken te sturen binnen twee weken").split()
LINES_PER_PAGE = 45


def synthetic_page(rng: random.Random, number: int) -> tuple[Page, list[Decision]]:
    chars, boxes, decisions = [], [], []
    y = 60.0
    for line_no in range(LINES_PER_PAGE):
        x = 72.0
        words = [rng.choice(WORDS) for _ in range(12)]
        if line_no % 8 == 3:  # about six proposals a page
            words[rng.randrange(12)] = f"p.{rng.choice(WORDS)}{rng.randrange(99)}@voorbeeld.nl"
        line = " ".join(words)
        for c in line:
            w = 5.5 if c != " " else 2.8
            chars.append(c)
            boxes.append((x, y, x + w, y + 11.0))
            x += w
        chars.append("\n")
        boxes.append(None)
        y += 15.0
    text = "".join(chars)
    start = 0
    while (at := text.find("@voorbeeld.nl", start)) != -1:
        begin = text.rfind(" ", 0, at) + 1
        end = at + len("@voorbeeld.nl")
        finding = Finding(number, begin, end, text[begin:end], "EMAIL_ADDRESS", 1.0, "email")
        decisions.append(Decision(finding, "redact", "5.1.2e", "EMAIL_ADDRESS gevonden door email"))
        start = end
    return Page(number=number, text=text, boxes=tuple(boxes), width=595.0, height=842.0, source="pdf"), decisions


def build(work: Path, docs: int, pages: int) -> None:
    rng = random.Random(5)
    entries = []
    for d in range(docs):
        made = [synthetic_page(rng, n + 1) for n in range(pages)]
        document = Document(source=f"/dossier/doc{d:03d}.pdf", relpath=f"doc{d:03d}.pdf", kind="pdf",
                            pages=tuple(p for p, _ in made))
        proposals = make_proposals(document, [x for _, ds in made for x in ds])
        entries.append(write_document(work, document, proposals, sha256="0" * 64))
    write_index(work, entries, None)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--pages", type=int, default=25)
    ap.add_argument("--moves", type=int, default=1000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/bench-review"))
    args = ap.parse_args()
    if args.work.exists():
        shutil.rmtree(args.work)
    t = time.perf_counter()
    build(args.work, args.docs, args.pages)
    print(f"built {args.docs} documents x {args.pages} pages = {args.docs * args.pages} pages "
          f"in {time.perf_counter() - t:.1f} s; work folder {disk_size(args.work) / 2**20:.1f} MB")

    rules = load_rules()
    console = Console(file=io.StringIO(), width=140, height=40, force_terminal=True)

    def frame(app: ReviewApp) -> None:
        console.print(app.frame())

    t = time.perf_counter()
    session = ReviewSession(args.work, rules, reviewer="bench")
    app = ReviewApp(session, console)
    frame(app)
    opened = time.perf_counter() - t
    print(f"open (index, decisions, first document, first frame): {ms(opened)}; "
          f"{session.total()} proposals in {len(session.entries)} documents")

    within, across = [], []
    for _ in range(args.moves):
        doc = session.doc
        t = time.perf_counter()
        if not session.move(+1):
            break
        frame(app)
        (across if session.doc != doc else within).append(time.perf_counter() - t)
    for name, times in (("next proposal, same document", within), ("next proposal, next document", across)):
        if times:
            times.sort()
            print(f"{name}: n={len(times)} median {ms(statistics.median(times))}, "
                  f"p95 {ms(times[int(len(times) * 0.95) - 1 if len(times) > 1 else 0])}, max {ms(times[-1])}")

    decide = []
    for _ in range(200):
        t = time.perf_counter()
        session.decide("redact")
        frame(app)
        decide.append(time.perf_counter() - t)
    decide.sort()
    print(f"decision + save + redraw (with {len(session.book)} decisions on file): "
          f"median {ms(statistics.median(decide))}, max {ms(decide[-1])}")

    # A dossier where every proposal has been decided: the file rewritten after each key.
    for i, entry in enumerate(session.entries):
        for row in entry.proposals:
            session.book.record(ReviewDecision(kind="proposal", document=entry.relpath, value=row.norm,
                                               action="redact", ground="5.1.2e", reviewer="bench",
                                               time="2026-01-01T00:00:00+00:00", id=row.id))
    session._counts.clear()
    t = time.perf_counter()
    session.decide("keep")
    frame(app)
    print(f"decision + save + redraw (with {len(session.book)} decisions on file): {ms(time.perf_counter() - t)}; "
          f"decisions file {(args.work / 'decisions.json').stat().st_size / 2**20:.1f} MB")


if __name__ == "__main__":
    main()
