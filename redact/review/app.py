"""The interactive review: draw the current proposal in its page, read a key, act, redraw.

Each frame is rendered by rich into one string and written at once (no flicker); the page
window is cut to the terminal's height around the current proposal.
"""

from __future__ import annotations

import os
import sys

from rich.console import Console, Group
from rich.rule import Rule
from rich.text import Text

from .decisions import VERDICT_NL
from .keys import Keyboard
from ..render.pdf import UNREADABLE_ENTITY
from .pages import PAGE_CHOICES_NL, current_decision
from .session import ReviewSession, parse_filter
from .view import colours_for, line_starts, marked_text, marks_for, person_text, persons_in, wrapped

KIND_NL = {"value": "hele waarde", "added": "toegevoegd"}  # how a decision was made, when not on this place
HELP = (("a", "accepteren"), ("r", "afwijzen"), ("n/→", "volgende"), ("p/←", "vorige"), ("g", "grond"),
        ("A/R", "alle met deze waarde"), ("/", "zoek en lak weg"), ("f", "filter"), ("i", "details"),
        ("q", "stoppen"))  # every decision is saved as it is made
HELP_GAP = "  "


def help_lines(width: int) -> list[str]:
    """The key help in as many lines as the width needs (two at 80 and at 120 columns), never
    cutting a key from what it does."""
    lines: list[str] = []
    line = ""
    for key, does in HELP:
        item = f"{key} {does}"
        if line and len(line) + len(HELP_GAP) + len(item) > width:
            lines.append(line)
            line = item
        else:
            line = f"{line}{HELP_GAP}{item}" if line else item
    return lines + [line]


class ReviewApp:
    def __init__(self, session: ReviewSession, console: Console):
        self.session = session
        self.console = console
        self.colours = colours_for(list(session.rules.grounds))
        # Without colour (TERM=dumb, NO_COLOR) a strike-through cannot be seen: bracket the values.
        self.plain = console.color_system is None or console.no_color
        self.details = False
        self.prompt: str | None = None  # the question being asked, with what was typed so far

    # -- drawing ---------------------------------------------------------------------------

    def header(self) -> Text:
        """Two lines: where the reviewer is, and the counts with the filter."""
        s = self.session
        counts = s.counts()
        if not s.entries:
            return Text("woo-redact review: geen gescande documenten" + (
                f" ({len(s.failed)} niet te lezen, zie index.json)" if s.failed else ""), style="bold")
        entry = s.entries[s.doc]
        p = s.current
        page = p.finding.page if p else 1
        t = Text(no_wrap=True, overflow="ellipsis")  # the window below counts on two lines
        t.append(f"document {s.doc + 1}/{len(s.entries)} ", style="bold")
        t.append(entry.relpath, style="cyan")
        t.append(f"  pagina {page}/{entry.pages}  voorstel {s.position()}/{s.total()}\n")
        t.append(f"open {counts['open']}", style="yellow")
        t.append(" · ")
        t.append(f"geaccepteerd {counts['accepted']}", style="red")
        t.append(" · ")
        t.append(f"afgewezen {counts['rejected']}", style="green")
        t.append(f"  filter: {s.filter.describe()}", style="dim")
        if s.failed:
            t.append(f"  {len(s.failed)} document(en) niet te lezen", style="bold red")
        return t

    def body(self, rows: int, width: int) -> Text:
        s = self.session
        p = s.current
        if p is None:
            return Text("Geen voorstellen." if not s.entries else "Geen voorstel voor dit filter.", style="dim")
        loaded = s.loaded(s.doc)
        page = loaded.document.pages[p.finding.page - 1]
        on_page = tuple(q for q in loaded.proposals if q.finding.page == page.number)
        verdicts = [s.book.verdict(s.relpath, q) for q in on_page]
        marks = marks_for(page.number, on_page, verdicts, p.id)
        starts = line_starts(page.text)
        ends = starts[1:] + [len(page.text) + 1]
        here = max(n for n, a in enumerate(starts) if a <= p.finding.start)
        # Rows each line takes on screen, labels and wrapping included: an estimate that is short
        # by one row scrolls the header off a full screen.
        heights = [max(1, len(marked_text(page.text, a, b - 1, marks, self.colours, self.plain)
                              .wrap(self.console, max(20, width))))
                   for a, b in zip(starts, ends)]
        if heights[here] > rows:  # one line longer than the screen (text without line breaks): cut it
            span = max(20, width) * (rows - 1)
            a = max(starts[here], p.finding.start - span // 3)
            b = min(ends[here] - 1, a + span)
            text = marked_text(page.text, a, b, marks, self.colours, self.plain)
            return Text("…" if a > starts[here] else "") + text + Text("…" if b < ends[here] - 1 else "")
        # Start a third of the window above the current line, then fill the window.
        first, used = here, heights[here]
        while first > 0 and used + heights[first - 1] <= rows // 3:
            first -= 1
            used += heights[first]
        last = here + 1
        while last < len(starts) and used + heights[last] <= rows:
            used += heights[last]
            last += 1
        while first > 0 and used + heights[first - 1] <= rows:
            first -= 1
            used += heights[first]
        return marked_text(page.text, starts[first], ends[last - 1] - 1, marks, self.colours, self.plain)

    def info(self, width: int | None = None) -> Text:
        """The current proposal: one line of what it is and why, the person it is about (wrapped to
        `width`, the console's by default), and with the details the detector, its score and its
        explanation (wrapped)."""
        s = self.session
        width = width or self.console.size.width
        p = s.current
        if p is None:
            return Text("")
        v = s.book.verdict(s.relpath, p)
        f = p.finding
        t = Text(no_wrap=True, overflow="ellipsis")  # every row counted in frame(), or the window would shift
        line = Text()
        page = s.loaded(s.doc).document.pages[f.page - 1] if f.page >= 1 else None
        if page is not None and page.needs_review:
            decided = current_decision(s.loaded(s.doc).document.source, page.number,
                                       s.book.pages(s.relpath).get(page.number))
            line.append(f"pagina niet betrouwbaar te lezen (b: paginabesluit; "
                        f"{PAGE_CHOICES_NL[decided.action] if decided else 'geen besluit'})  ", style="bold red")
        line.append(f.text, style="bold")
        line.append(f"  {f.entity_type}  ")
        line.append(v.ground or "zichtbaar", style=self.colours.get(v.ground or "", "green"))
        line.append(f"  {VERDICT_NL[v.status]}", style={"open": "yellow", "accepted": "red", "rejected": "green"}[v.status])
        if v.by:
            how = f", {KIND_NL[v.by.kind]}" if v.by.kind in KIND_NL else ""
            line.append(f" ({v.by.reviewer}, {v.by.time}{how})", style="dim")
        line.append(f"  voorstel: {'weglakken' if p.decision.action == 'redact' else 'zichtbaar laten'}"
                    f" — {p.decision.reason}", style="dim")
        line.truncate(max(20, width), overflow="ellipsis")
        t.append_text(line)
        person = p.decision.person
        if person is not None:
            mentions = {q.id: n for q, n in persons_in(s.loaded(s.doc).proposals)}.get(person.id, 1)
            for row in wrapped(person_text(person, mentions), width):
                t.append("\n" + row, style="cyan")
        if self.details:
            detail = f"detector {f.detector} · score {f.score:.2f}" + (f" · {f.explanation}" if f.explanation else "")
            for row in wrapped(detail, width):
                t.append("\n" + row, style="italic")
        return t

    def frame(self) -> Group:
        width, height = self.console.size
        info = self.info(width)
        info_rows = info.plain.count("\n") + 1
        keys = help_lines(width)
        # header 2, two rules, the message line, the info and the help: the rest is the page
        rows = max(3, height - 5 - info_rows - len(keys))
        bottom = (Text(self.prompt, style="bold yellow") if self.prompt is not None
                  else Text(self.session.message))
        bottom.no_wrap, bottom.overflow = True, "ellipsis"
        return Group(self.header(), Rule(style="dim"), self.body(rows, width), Rule(style="dim"), info, bottom,
                     Text("\n".join(keys), style="dim", overflow="ellipsis", no_wrap=True))

    def draw(self) -> None:
        try:  # the terminal itself, not $COLUMNS/$LINES (stale after a resize), which rich prefers
            self.console.size = os.get_terminal_size(sys.stdout.fileno())
        except OSError:
            pass
        with self.console.capture() as capture:
            self.console.print(self.frame(), highlight=False)
        # No newline after the last line: on a full screen it would scroll the header away.
        sys.stdout.write("\x1b[H\x1b[2J" + capture.get().rstrip("\n"))
        sys.stdout.flush()

    # -- input -----------------------------------------------------------------------------

    def ask(self, keys: Keyboard, question: str) -> str | None:
        """A line typed by the reviewer (Enter ends, Esc cancels)."""
        typed = ""
        while True:
            self.prompt = f"{question} {typed}"
            self.draw()
            key = keys.read()
            if key == "enter":
                self.prompt = None
                return typed
            if key == "esc":
                self.prompt = None
                self.session.message = "geannuleerd"
                return None
            if key == "backspace":
                typed = typed[:-1]
            elif len(key) == 1 and key.isprintable():
                typed += key

    def ask_dossier(self, keys: Keyboard) -> bool | None:
        self.prompt = "Voor het hele dossier (alle documenten)? j/n (Esc: annuleren)"
        self.draw()
        while True:
            key = keys.read()
            if key in ("j", "J", "y", "Y"):
                self.prompt = None
                return True
            if key in ("n", "N", "enter"):
                self.prompt = None
                return False
            if key == "esc":
                self.prompt = None
                self.session.message = "geannuleerd"
                return None

    def unreadable_page(self) -> int | None:
        """The current proposal's page when it cannot be read reliably (its decision: key b)."""
        s = self.session
        p = s.current
        if p is None or p.finding.page < 1:
            return None
        return p.finding.page if s.loaded(s.doc).document.pages[p.finding.page - 1].needs_review else None

    def decide_page(self, keys: Keyboard, number: int) -> None:
        """Key b: the coordinator's decision on a page that cannot be read reliably (review/pages.py)."""
        s = self.session
        self.prompt = (f"Pagina {number} zelf gelezen? p {PAGE_CHOICES_NL['publish']} · w {PAGE_CHOICES_NL['blackout']}"
                       f" · h {PAGE_CHOICES_NL['withhold']} (Esc: annuleren)")
        self.draw()
        action = {"p": "publish", "w": "blackout", "h": "withhold"}.get(keys.read())
        self.prompt = None
        if action is None:
            s.message = "geannuleerd"
            return
        ground = None
        if action == "blackout":
            ground = self.ask(keys, f"Grond (Enter: {s.rules.ground_for(UNREADABLE_ENTITY)}):")
            if ground is None:
                return
        try:
            s.decide_page(s.relpath, number, action, ground or None)
        except ValueError as exc:
            s.message = str(exc)

    def handle(self, key: str, keys: Keyboard) -> bool:
        """Act on one key; False ends the review."""
        s = self.session
        s.message = ""
        if key == "q":
            return False
        if key == "a":
            s.decide("redact")
        elif key == "r":
            s.decide("keep")
        elif key in ("n", "right"):
            s.move(+1)
        elif key in ("p", "left"):
            s.move(-1)
        elif key == "i":
            self.details = not self.details
        elif key == "g" and s.current is not None:
            written = self.ask(keys, "Grond (bijv. 5.1.2e, 5.1.1e, 5.1.2i):")
            if written:
                s.change_ground(written)
        elif key in ("A", "R") and s.current is not None:
            dossier = self.ask_dossier(keys)
            if dossier is not None:
                s.decide_value("redact" if key == "A" else "keep", dossier)
        elif key == "/" and s.entries:
            value = self.ask(keys, "Zoek en lak weg (elke plek in dit document):")
            if value:
                dossier = self.ask_dossier(keys)
                if dossier is not None:
                    s.add_value(value, dossier)
        elif key == "b" and self.unreadable_page() is not None:
            self.decide_page(keys, self.unreadable_page())
        elif key == "f":
            written = self.ask(keys, "Filter (entiteit, grond, <score, open; leeg = geen):")
            if written is not None:
                try:
                    s.set_filter(parse_filter(written, s.rules))
                except ValueError as exc:
                    s.message = str(exc)
        return True

    def run(self, fd: int) -> None:
        with Keyboard(fd) as keys, self.console.screen(hide_cursor=True):
            try:
                while True:
                    self.draw()
                    if not self.handle(keys.read(), keys):
                        break
            except (KeyboardInterrupt, EOFError):
                pass  # every decision is already saved
