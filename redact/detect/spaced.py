"""Letter-spaced text read as the words it spells: "E. S T A A L" is "E. Staal".

Letterheads, cover pages and signature blocks space their letters out ("M R .  E.  S T A A L",
"J A N  V I S S E R"), and OCR and PDF text layers keep those spaces. No name detector reads
such a run as a word. `spaced_reading` is a reading of a page (readings.py) in which each run of
single letters joined by single spaces is written as the word it spells, with every letter's
origin kept, so that the name detectors (names.py, structure.py) and the lexicon judge it as any
other word, and a finding on it maps back (readings.spans) to the whole run: every letter and
the spaces between them go under one box.

- A run: three or more single letters, each followed by one space, all capitals ("S T A A L")
  or one letter then small ones ("S t a a l"); a case change ends it ("S T A A L u v": "Staal"
  and "uv"). On a line that holds a run, groups of two letters ("V A N", "D E", "M R .") and a
  spaced initial ("E .") are read as words too: a letter-spaced line spaces all its words. Its
  words stand one space apart (the writer's two or more, "J A N  V I S S E R": "Jan Visser").
- A word in capitals is written with one capital ("Staal", "IJssel"); a tussenvoegsel or a
  title in small letters ("van der", "mr."), as the name patterns expect them.

`SpacedReader` holds the reading as the rule set sets it (policy.yaml `names: spaced_letters:`):
detection (engine.py) runs the lexicon's name recognizers on it, and propagation
(decide/propagate.py) finds a redacted name's other mentions in it ("S T A A L" in a running
head after "Erik Staal" in the text), both over the whole run.

`SpacedNames` is the other side: what the detectors find on such a reading is a person's name
only when it holds a spelled word, and every spelled word in it is an initial, a listed first name or
surname, a tussenvoegsel or a title, or, unlisted, looks like a name: long enough (policy.yaml
`names: spaced_letters: min_unlisted_letters`), with a vowel, and no ordinary word, place,
function or acronym of the lists. A spaced heading ("B E S L U I T", "I N H O U D"), an acronym
("B Z K"), a table column of single letters ("J N N J") and OCR noise stay what they are.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..errors import RulesError
from ..lexicon import Lexicon
from ..model import Page
from ..readings import Origin, Reading, as_read, normalise_text, normalised, spans
from ..rules import RuleSet

# A group of single letters joined by single spaces, ending in an optional (spaced) dot: all capitals,
# or any letter followed by small ones; or one capital with a spaced dot (an initial: "E .").
_GROUP = regex.compile(r"(?<![\w.'’-])(?:\p{Lu}(?: \p{Lu})+|\p{L}(?: \p{Ll})+|\p{Lu}(?= \.))(?: ?\.)?(?![\w'’-])")
_SPACES = regex.compile(r"[ \t]{2,}")
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")


@dataclass(frozen=True)
class Settings:
    """policy.yaml `names: spaced_letters:` (the defaults when it says nothing)."""

    enabled: bool = True
    min_letters: int = 3  # letters of a run: fewer is no run (two letters are a word only beside a run)
    min_unlisted_letters: int = 5  # letters of a spelled word no list knows, to count as a name

    @classmethod
    def from_policy(cls, names: dict) -> "Settings":
        section = names.get("spaced_letters") or {}
        defaults = vars(cls())
        for key, value in (section.items() if isinstance(section, dict) else [("", None)]):
            kind = type(defaults.get(key))
            if key not in defaults or not isinstance(value, kind) or kind is int and isinstance(value, bool) \
                    or kind is int and value < 1:
                raise RulesError(f"policy.yaml: names.spaced_letters.{key}: expected "
                                 + ", ".join(f"{k} ({type(v).__name__})" for k, v in defaults.items()))
        return cls(**section)


@dataclass(frozen=True)
class SpacedReading:
    reading: Reading
    words: tuple[tuple[int, int], ...]  # (start, end) in reading.text of each word read from spaced letters


def _letters(group: str) -> tuple[str, bool]:
    """The letters of a group and whether it ends in a dot."""
    dot = group.endswith(".")
    return group.rstrip(". ").replace(" ", ""), dot


def _written(letters: str, small: frozenset[str]) -> str:
    """A word of spaced capitals as a name is written: "Staal", "IJssel", "van", "mr"."""
    if not letters.isupper():
        return letters
    if letters.lower() in small:
        return letters.lower()
    if letters.startswith("IJ") and len(letters) > 2:
        return "IJ" + letters[2:].lower()
    return letters[0] + letters[1:].lower()


@lru_cache(maxsize=4)
def _run(min_letters: int) -> regex.Pattern:
    """A run: min_letters single letters or more, as a group (_GROUP) has them."""
    more = max(2, min_letters) - 1
    return regex.compile(rf"(?<![\w.'’-])(?:\p{{Lu}}(?: \p{{Lu}}){{{more},}}|\p{{L}}(?: \p{{Ll}}){{{more},}})(?![\w'’-])")


def _run_lines(text: str, settings: Settings) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` that holds a run, in order."""
    lines: list[tuple[int, int]] = []
    for m in _run(settings.min_letters).finditer(text):
        if lines and m.start() < lines[-1][1]:
            continue  # another run on a line already taken
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        lines.append((start, len(text) if end < 0 else end))
    return lines


def small_words(lex: Lexicon) -> frozenset[str]:
    """The words a spaced run writes in small letters: those of the tussenvoegsels and titles ("van", "der", "mr")."""
    return frozenset(w for entry in (*lex.tussenvoegsels, *lex.titles) for w in entry.split())


def spaced_reading(page: Page, small: frozenset[str], settings: Settings = Settings()) -> SpacedReading | None:
    """The page (normalised) with its letter-spaced runs read as words (`small`: see small_words); None when it
    has none. On a line with a run every group is read (see the module's doc)."""
    lines = _run_lines(normalise_text(page.text), settings)
    if not lines:
        return None
    base = normalised(as_read(page))  # its text is normalise_text's
    text, origin = base.text, base.origin
    groups = [g for lo, hi in lines for g in _GROUP.finditer(text, lo, hi)]
    chars: list[str] = []
    mapped: list[Origin] = []
    words: list[tuple[int, int]] = []

    # Each stretch of spaces on a line with a run is read as one space: the words of a letter-spaced line stand
    # two or more spaces apart, a name's other mentions one (decide/propagate.py matches them as written).
    drop = [k for lo, hi in lines for m in _SPACES.finditer(text, lo, hi) for k in range(m.start() + 1, m.end())]

    def copy(lo: int, hi: int) -> None:
        """text[lo:hi] without the spaces in `drop`."""
        at = lo
        for k in drop[bisect_left(drop, lo):bisect_left(drop, hi)]:
            chars.append(text[at:k])
            mapped.extend(origin[at:k])
            at = k + 1
        chars.append(text[at:hi])
        mapped.extend(origin[at:hi])

    done = 0
    for g in groups:
        copy(done, g.start())
        letters, dot = _letters(g.group())
        word = _written(letters, small)
        words.append((len(mapped), len(mapped) + len(word)))
        chars.append(word)
        mapped.extend(origin[k] for k in range(g.start(), g.end()) if text[k].isalpha())
        if dot:
            chars.append(".")
            mapped.append(origin[g.end() - 1])
        done = g.end()
    copy(done, len(text))
    return SpacedReading(Reading("".join(chars), tuple(mapped)), tuple(words))


class SpacedNames:
    """Which names found on a spaced reading stand (see the module's doc)."""

    def __init__(self, lex: Lexicon, settings: Settings = Settings()):
        self.lex = lex
        self.settings = settings
        self.connectors = small_words(lex)

    def accepts(self, spaced: SpacedReading, start: int, end: int) -> bool:
        """Whether a name found at reading.text[start:end] stands: it holds a spelled word, each a name's."""
        inside = [spaced.reading.text[s:e] for s, e in spaced.words if s < end and start < e]
        return bool(inside) and all(self._name_word(w) for w in inside)

    def _name_word(self, word: str) -> bool:
        lex, low = self.lex, word.lower()
        if len(word) == 1 or low in self.connectors or lex.is_surname(word) or lex.is_first_name(word):
            return True
        return (len(word) >= self.settings.min_unlisted_letters and any(c in _VOWELS for c in low)
                and not lex.is_word(word) and low not in lex.dutch_words and word[:1].isupper())


class SpacedReader:
    """The spaced reading as a rule set sets it (policy.yaml `names: spaced_letters:`), for detection
    (detect/engine.py) and for a redacted name's other mentions (decide/propagate.py)."""

    def __init__(self, lex: Lexicon, settings: Settings = Settings()):
        self.small = small_words(lex)
        self.settings = settings

    @classmethod
    def from_rules(cls, rules: RuleSet, lex: Lexicon) -> "SpacedReader | None":
        settings = Settings.from_policy(rules.policy.names)
        return cls(lex, settings) if settings.enabled else None

    def read(self, page: Page) -> SpacedReading | None:
        return spaced_reading(page, self.small, self.settings)

    def occurrences(self, page: Page, find) -> list[tuple[int, int, str]]:
        """(start, end, value) of what `find` (a text -> [(start, end)]) finds in the page's spaced reading on a
        spelled word, as the stretch of the page it covers (the whole run) and the value as the reading has it."""
        spaced = self.read(page)
        if spaced is None:
            return []
        text, pages = spaced.reading.text, {page.number: page}
        out = []
        for start, end in find(text):
            if any(s < end and start < e for s, e in spaced.words):
                out += [(s, e, text[start:end]) for _, s, e in spans(spaced.reading, start, end, pages)]
        return out
