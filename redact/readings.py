"""Other readings of a page's text, each with a map back to the characters it came from.

The text a PDF reader gives is one reading among several: MuPDF follows the order in which the
glyphs were drawn, so a value drawn back to front (`kpnmail.nl jeroen@`), letter-spaced
(`j e r o e n`) or broken by invisible characters (a zero-width space, a soft hyphen, a
fullwidth `＠`) is not found there, while another extractor reads it whole. Detection
(detect/engine.py) also runs on these readings, and the output check (verify/judged.py) uses
the same normalisation. Both import this module; it imports nothing of the pipeline but the model.

- `normalised`: NFKC per character, format characters (Unicode category Cf: zero-width
  spaces and joiners, soft hyphen, direction marks, BOM) left out;
- `geometric`: the glyphs sorted into lines by their vertical centre and along each line by x,
  with a space wherever the gap between two glyphs is wider than the line's usual gap between
  letters (its tracking) plus a fifth of the glyph height: words rebuilt from geometry, not
  from the space characters a writer put in (or left out); a gap of more than twice the glyph
  height is a break between columns, not a space;
- `joined`: the normalised reading with each line break beside an address's "@" taken out
  (pypdf reads such lines as one: see `joined`).

`origin[k]` is where character k of a reading comes from: (page number, index into that
page's text), or None for a character the reading put in (a space, a line break).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Box, Page

Origin = tuple[int, int] | None


@dataclass(frozen=True)
class Reading:
    text: str
    origin: tuple[Origin, ...]

    def __post_init__(self) -> None:
        if len(self.text) != len(self.origin):
            raise ValueError("a reading needs one origin per character")


def is_format(char: str) -> bool:
    """Invisible characters that split a value for a pattern but not for a reader."""
    return unicodedata.category(char) == "Cf"


def as_read(page: Page) -> Reading:
    return Reading(page.text, tuple((page.number, i) for i in range(len(page.text))))


# Characters that may change under normalisation: all but ASCII (no ASCII character is a format
# character, and NFKC leaves each one as it is). The readings below copy ASCII stretches whole
# and look at the other characters one at a time, as the per-character definitions above say.
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def normalised(reading: Reading) -> Reading:
    """NFKC per character, format characters left out; each character of the result keeps the
    origin of the character it came from."""
    text, origin = reading.text, reading.origin
    if text.isascii():
        return Reading(text, origin)
    chars: list[str] = []
    mapped: list[Origin] = []
    done = 0
    for m in _NOT_ASCII.finditer(text):
        k = m.start()
        if k > done:
            chars.append(text[done:k])
            mapped.extend(origin[done:k])
        done = k + 1
        c = text[k]
        if is_format(c):
            continue
        n = unicodedata.normalize("NFKC", c)
        chars.append(n)
        mapped.extend((origin[k],) * len(n))
    chars.append(text[done:])
    mapped.extend(origin[done:])
    return Reading("".join(chars), tuple(mapped))


def normalise_text(text: str) -> str:
    """`normalised` for a plain string (the output check's extractor texts)."""
    if text.isascii():
        return text
    return _NOT_ASCII.sub(lambda m: "" if is_format(m.group()) else unicodedata.normalize("NFKC", m.group()), text)


_ADDRESS_CHAR = re.compile(r"[\w.+-]")


def joined(reading: Reading) -> Reading:
    """`reading` with every line break that stands next to the "@" of an address taken out
    (`HEE\n@minlnv.nl` -> `HEE@minlnv.nl`, `jan@\nx.nl` -> `jan@x.nl`): pypdf reads two text
    lines as one where the second lies less than a font size below the first (a scan layer's
    tall word at the end of one row, the domain starting the next), and an address wrapped at
    its "@" is one address to a reader. The output check (verify/judged.py) fails a value
    another extractor reads that detection never saw; so detection sees it here. One line break
    only: a blank line between (MuPDF's break between two blocks of text: `15:48\n\n@mxi.nl>`,
    the minutes of a time in the row above and a domain whose local part an earlier release
    redacted) is no address wrapped at its "@", and pypdf reads the two on lines of their own."""
    text, keep = reading.text, [True] * len(reading.text)
    for m in re.finditer(r"[ \t]*\n[ \t]*", text):
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if (after == "@" and _ADDRESS_CHAR.fullmatch(before or " ")) or \
                (before == "@" and _ADDRESS_CHAR.fullmatch(after or " ")):
            keep[m.start():m.end()] = [False] * (m.end() - m.start())
    return Reading("".join(c for c, k in zip(text, keep) if k),
                   tuple(o for o, k in zip(reading.origin, keep) if k))


LINE_TOLERANCE = 0.4  # share of a glyph's height its centre may lie off its line's centre
WORD_GAP = 0.2  # share of the glyph height a gap must exceed the line's tracking to be a space
COLUMN_GAP = 2.0  # ... to be a break between columns (no value runs on across it)


def _centre_y(glyph: tuple[Box, str, Origin]) -> float:
    box = glyph[0]
    return (box[1] + box[3]) / 2


def _along(glyph: tuple[Box, str, Origin]) -> tuple[float, float]:
    box = glyph[0]
    return box[0], box[2]


def _lines(glyphs: list[tuple[Box, str, Origin]]) -> list[list[tuple[Box, str, Origin]]]:
    glyphs = sorted(glyphs, key=_centre_y)
    lines: list[list[tuple[Box, str, Origin]]] = []
    line: list[tuple[Box, str, Origin]] = []
    append = line.append
    centre = height = 0.0
    n = 0
    for g in glyphs:
        box = g[0]
        cy, h = (box[1] + box[3]) / 2, box[3] - box[1]
        h = h if h > 0.1 else 0.1  # max(0.1, h), max(h, height) below: the same values
        if lines and abs(cy - centre) <= LINE_TOLERANCE * (height if height > h else h):
            append(g)
            n += 1
            centre += (cy - centre) / n
            height += (h - height) / n
        else:
            line = [g]
            append = line.append
            lines.append(line)
            centre, height, n = cy, h, 1
    for line in lines:
        line.sort(key=_along)
    return lines


def geometric(page: Page) -> Reading | None:
    """The page's glyphs in line-and-x order, words rebuilt from the gaps; None for a page
    without character boxes (plain text)."""
    if not page.boxes:
        return None
    number = page.number
    glyphs = []
    append = glyphs.append
    for i, (c, box) in enumerate(zip(page.text, page.boxes)):
        if box is None or c.isspace():
            continue
        if c.isascii():  # as below: NFKC keeps it, and it is no format character
            append((box, c, (number, i)))
        elif not is_format(c):
            for n in unicodedata.normalize("NFKC", c):
                append((box, n, (number, i)))
    chars: list[str] = []
    origin: list[Origin] = []
    for line in _lines(glyphs):
        gaps = [b[0][0] - a[0][2] for a, b in zip(line, line[1:])]
        tracking = max(0.0, statistics.median(gaps)) if gaps else 0.0
        height = statistics.median([g[0][3] - g[0][1] for g in line])
        column, word = tracking + COLUMN_GAP * height, tracking + WORD_GAP * height
        box, c, o = line[0]
        chars.append(c)
        origin.append(o)
        for gap, (box, c, o) in zip(gaps, line[1:]):
            if gap > column:  # another column or table cell
                chars.append("\n\n")
                origin.extend((None, None))
            elif gap > word:
                chars.append(" ")
                origin.append(None)
            chars.append(c)
            origin.append(o)
        chars.append("\n")
        origin.append(None)
    return Reading("".join(chars), tuple(origin))


def same_but_final_breaks(reading: Reading, before: Reading) -> bool:
    """Does `reading` read every character from where `before` does, differing only in the spaces
    it put in (origin None where `before` has the page's own white space) and in how many line
    breaks end the text (one or more in each)? The geometric reading of a page of one text block is
    such a reading: MuPDF ends the block with two line breaks, the geometric reading its last line
    with one. It finds nothing that `before` does not: the same characters at the same places, and
    a pattern, a cue window or phonenumbers' check of the character after a number that looks past
    the page's last character sees a line break in both (the rules hold no pattern that needs two),
    so it is not searched again (issue 14: a second pass of every pattern over each such page)."""
    text, other = reading.text.rstrip("\n"), before.text.rstrip("\n")
    if text != other or len(reading.text) == len(text) or len(before.text) == len(other):
        return False  # other characters, or a reading that does not end in a line break
    origin, own = reading.origin, before.origin
    for k in range(len(text)):
        o = origin[k]
        if o is not None and o != own[k] or o is None and not text[k].isspace():
            return False
    return True


def page_readings(page: Page) -> list[tuple[str, Reading]]:
    """The readings of a page besides its text as read ("normalised", "geometric", "joined"), each only
    where it differs from the one before."""
    readings = []
    norm, text = None, page.text  # the normalised reading, and its text (the page's own where it is all ASCII)
    if not text.isascii():
        norm = normalised(as_read(page))
        text = norm.text
        if text != page.text:
            readings.append(("normalised", norm))
    plain = norm  # the reading the others are compared with and joined starts from, made when needed
    geo = geometric(page)
    if geo is not None and geo.text != text:
        plain = as_read(page) if plain is None else plain
        if not same_but_final_breaks(geo, plain):
            readings.append(("geometric", geo))
    if _BREAK_BESIDE_AT.search(text):  # joined changes nothing elsewhere
        joint = joined(as_read(page) if plain is None else plain)
        if joint.text != text:
            readings.append(("joined", joint))
    return readings


# Where joined can take a line break out: one beside an "@" (a necessary condition, cheap to test).
_BREAK_BESIDE_AT = re.compile(r"@[ \t]*\n|\n[ \t]*@")


def across(before: Page, after: Page, reach: int = 300) -> Reading:
    """The end of one plain-text piece and the start of the next as one reading (normalised),
    so that a value the cut between them splits is seen whole."""
    head = before.text[-reach:]
    tail = after.text[:reach]
    start = len(before.text) - len(head)
    raw = Reading(head + tail, tuple((before.number, start + i) for i in range(len(head)))
                  + tuple((after.number, i) for i in range(len(tail))))
    return normalised(raw)


def spans(reading: Reading, start: int, end: int, pages: dict[int, Page]) -> list[tuple[int, int, int]]:
    """The stretches (page, start, end) of the pages' texts that reading[start:end] came from:
    contiguous runs, joined across characters that are only spacing or invisible between them
    (`j . e`, `jeroen<ZWSP>.v`, glyphs drawn one by one on lines of their own: one stretch;
    two pieces with other text between them: two)."""
    points = sorted({o for o in reading.origin[start:end]
                     if o is not None and not _only_spacing(pages[o[0]].text, o[1], o[1] + 1)})
    runs: list[list[int]] = []  # [page, first, last]
    for number, index in points:
        if runs and runs[-1][0] == number and _only_spacing(pages[number].text, runs[-1][2] + 1, index):
            runs[-1][2] = index
        else:
            runs.append([number, index, index])
    return [(number, first, last + 1) for number, first, last in runs]


def _only_spacing(text: Sequence[str], lo: int, hi: int) -> bool:
    return all(c.isspace() or is_format(c) for c in text[lo:hi])
