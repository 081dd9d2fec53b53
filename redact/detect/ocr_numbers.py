"""Numbers and addresses in OCR text, read through the usual OCR confusions (kind `ocr_numbers`).

Tesseract reads digits with small errors: `O` for 0, `l` or `|` for 1, `S` for 5, `B` for 8, a
dropped or an extra space, `,` for `.`. A strict pattern then no longer matches while a reader of
the page still sees the number. On pages whose text came from OCR (`Page.source == "ocr"`; the
engine runs `ocr_pass` on those only), this recognizer finds the shapes of an IBAN, a BSN, a phone
number or an e-mail address with the confusions mapped back (`rules/recognizers/ocr.yaml` holds the
map), and validates the repaired value (mod-97, 11-proef, phonenumbers, the e-mail syntax). A value
that has the right shape and length but fails the check by one character ("near miss") counts too
when a cue stands right before it ("IBAN", "rekeningnummer", "BSN", "tel."): OCR misread a digit
of a real number.

Born-digital text (a PDF text layer on a page that needed no OCR, a text file) is never read this
way: there a written `NL91ABNA04l7164300` is what the author wrote, and strict matching decides.

One spec per shape (`options.shape`: iban | bsn | phone | email), one finding per value, with the
span of the page text as OCR read it (so the output check looks for what a reader could read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from stdnum import iban as _iban

from ..errors import RulesError
from ..grounds import is_ground_label
from ..model import DetectorKind
from ..rules import RecognizerSpec
from .recognizers import excluded_before, last_cue
from .validators import bsn as _bsn_valid

LANGUAGE = "nl"
SHAPES = ("iban", "bsn", "phone", "email")


@dataclass(frozen=True)
class Confusions:
    """What OCR reads for what: `digits` maps a character read in a digit position to the digit,
    `letters` a character read in a letter position (an IBAN's country and bank code) to the letter."""

    digits: dict[str, str]
    letters: dict[str, str]
    separators: str  # characters OCR puts in or between the groups of a number
    at_signs: str  # characters OCR reads for `@`
    dots: str  # characters OCR reads for the `.` of a domain

    @classmethod
    def from_options(cls, options: dict) -> Confusions:
        conf = options.get("confusions") or {}
        return cls(digits={str(k): str(v) for k, v in (conf.get("digits") or {}).items()},
                   letters={str(k): str(v) for k, v in (conf.get("letters") or {}).items()},
                   separators="".join(conf.get("separators") or [" "]),
                   at_signs="".join(conf.get("at_signs") or ["@"]),
                   dots="".join(conf.get("dots") or ["."]))

    def digit(self, c: str) -> str | None:
        return c if c.isdigit() and c.isascii() else self.digits.get(c)

    def letter(self, c: str) -> str | None:
        c = self.letters.get(c, c)
        return c.upper() if c.isascii() and c.isalpha() else None


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    value: str  # the repaired value (digits and letters only, or the e-mail address)
    repaired: int  # characters the confusion map changed
    valid: bool  # passes the check as repaired; else a near miss (right shape, checksum fails)
    why: str


def _cue_before(text: str, start: int, cues: re.Pattern[str] | None, window: int) -> bool:
    """A cue in the `window` characters before `start`, with no digit between it and the value."""
    if cues is None:
        return False
    before = text[max(0, start - window):start].lower()
    last = last_cue(cues, before)
    return last is not None and not any(c.isdigit() for c in before[last.end():])


def _cues(words) -> re.Pattern[str] | None:
    words = [str(w).lower() for w in words or ()]
    return re.compile("|".join(r"(?<!\w)" + re.escape(w) for w in words)) if words else None


class OcrNumberRecognizer(EntityRecognizer):
    """Finds one shape in OCR text; Presidio's own pass finds nothing (`analyze` is empty), the engine
    calls `ocr_pass` on OCR pages."""

    def __init__(self, spec: RecognizerSpec):
        self.spec = spec
        options = spec.options
        self.shape = str(options.get("shape", ""))
        if self.shape not in SHAPES:
            raise RulesError(f"{spec.source}: recognizer {spec.name!r}: options.shape must be one of {SHAPES}")
        self.detector_kind = DetectorKind.PHONE if self.shape == "phone" else DetectorKind.PATTERN
        self.conf = Confusions.from_options(options)
        self.min_digit_share = float(options.get("min_digit_share", 0.6))
        self.near_miss_cues = _cues(options.get("near_miss_cues"))
        self.near_miss_score = float(options.get("near_miss_score", 0.9))
        self.excluded = _cues(spec.excluded_cues)
        self.window = spec.cue_window
        self.region = str(options.get("region", "NL"))
        self.possible_prefixes = tuple(str(p) for p in options.get("possible_prefixes", ()))
        self.max_separators = int(options.get("max_separators", 3))
        # a value of this shape that is something else, matched where the value starts (a court's case number)
        self.excluded_shape = re.compile(str(options["excluded_shape"])) if options.get("excluded_shape") else None
        if options.get("separators"):  # this shape's own (a BSN is not written with commas)
            self.conf = Confusions(self.conf.digits, self.conf.letters, "".join(options["separators"]),
                                   self.conf.at_signs, self.conf.dots)
        digitish = "".join(re.escape(c) for c in self.conf.digits)
        self._digitish = f"[0-9{digitish}]"
        self._sep = "[" + re.escape(self.conf.separators) + "]"
        super().__init__(supported_entities=[spec.entity], name=spec.name, supported_language=LANGUAGE)

    def load(self) -> None:  # nothing to load
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        return []  # born-digital text: strict matching only (the other recognizers)

    # -- the engine's entry point ------------------------------------------------------------

    def ocr_pass(self, text: str) -> list[RecognizerResult]:
        """The values of this shape in OCR text `text`, as Presidio results (offsets into `text`)."""
        finder = {"iban": self.ibans, "bsn": self.bsns, "phone": self.phones, "email": self.emails}[self.shape]
        results = []
        taken: list[tuple[int, int]] = []
        # Longest first: a run read from inside another ("0)6 1234 5678" in "+31 (0)6 ...") is the same value.
        for c in sorted(finder(text), key=lambda c: (c.start - c.end, c.start)):
            if any(s <= c.start and c.end <= e for s, e in taken):
                continue
            if not c.valid and not _cue_before(text, c.start, self.near_miss_cues, self.window):
                continue
            if excluded_before(text, c.start, self.window, self.excluded, self.near_miss_cues) \
                    or self.excluded_shape and self.excluded_shape.match(text, c.start):
                continue
            taken.append((c.start, c.end))
            score = self.spec.score if c.valid else self.near_miss_score
            results.append(RecognizerResult(
                entity_type=self.spec.entity, start=c.start, end=c.end, score=score,
                analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=score,
                                                         textual_explanation=c.why),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return sorted(results, key=lambda r: r.start)

    # -- shapes ------------------------------------------------------------------------------

    def _digits(self, raw: str) -> tuple[str, int, int] | None:
        """`raw` with separators dropped and confusions mapped: (digits, how many mapped, how many
        real digits), or None when a character is no digit even after mapping."""
        out, mapped, real = [], 0, 0
        for c in raw:
            if c in self.conf.separators:
                continue
            d = self.conf.digit(c)
            if d is None:
                return None
            out.append(d)
            mapped += d != c
            real += d == c
        return "".join(out), mapped, real

    def _runs(self, text: str, lo: int, hi: int, leading: str = "", gap: int = 1) -> list[tuple[int, int]]:
        """Spans of `lo`..`hi` digit-like characters with at most `gap` separators between two of
        them, from every place a word starts (overlapping), ending at a word boundary."""
        d = re.compile(rf"(?:{leading}){self._digitish}")
        starts = [m.start() for m in d.finditer(text)
                  if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,+-")]
        d_, s = self._digitish, self._sep
        pattern = re.compile(rf"{leading}{d_}(?:{s}{{0,{gap}}}{d_}){{{lo - 1},{hi - 1}}}(?![\w]|[.,-][0-9])")
        spans = []
        for start in starts:
            m = pattern.match(text, start)
            if m:
                spans.append((m.start(), m.end()))
        return spans

    def bsns(self, text: str) -> list[Candidate]:
        found = []
        for start, end in self._runs(text, 8, 9):
            raw = text[start:end]
            got = self._digits(raw)
            if got is None:
                continue
            digits, mapped, real = got
            if len(digits) != 9 or real < self.min_digit_share * 9 or _seps(raw, self.conf.separators) > self.max_separators:
                continue
            valid = _bsn_valid(digits)
            if not valid and not _one_off(digits, "0123456789", _bsn_valid):
                continue
            found.append(Candidate(start, end, digits, mapped, valid,
                                   _why("BSN", mapped, valid, "11-proef")))
        return found

    def phones(self, text: str) -> list[Candidate]:
        found = []
        home = str(phonenumbers.country_code_for_region(self.region))
        for start, end in self._runs(text, 10, 13, leading=r"(?:\+|00)?", gap=3):
            raw = text[start:end]
            if _DATE.search(raw) or _DECIMAL.match(raw):
                continue  # "0.5 17-07-2015": a version number and a date, not a number in Bussum
            plus = raw.startswith("+")
            got = self._digits(raw.lstrip("+").replace("(0)", "").replace("(", "").replace(")", ""))
            if got is None:
                continue
            digits, mapped, real = got
            if real < self.min_digit_share * len(digits):
                continue
            if plus or digits.startswith("00"):
                digits = digits[2:] if digits.startswith("00") else digits
                if not digits.startswith(home) or len(digits) != len(home) + 9:
                    continue
                national = digits[len(home):]
            elif digits.startswith("0") and len(digits) == 10:
                national = digits[1:]
            else:
                continue
            if national.startswith("0"):
                continue
            try:
                number = phonenumbers.parse("+" + home + national)
            except phonenumbers.NumberParseException:
                continue
            valid = phonenumbers.is_valid_number(number) or national.startswith(self.possible_prefixes)
            if valid and not mapped:
                continue  # read without confusions: the strict phone recognizer decides
            found.append(Candidate(start, end, "0" + national, mapped, valid, _why("telefoonnummer", mapped, valid,
                                                                                 "nummerreeks")))
        return found

    def ibans(self, text: str) -> list[Candidate]:
        found = []
        for m in re.finditer(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9|]{2})", text):
            c = self._iban_at(text, m.start())
            if c is not None:
                found.append(c)
        return found

    def _iban_at(self, text: str, start: int) -> Candidate | None:
        country = "".join(filter(None, (self.conf.letter(c) for c in text[start:start + 2])))
        structure = _bban_structure(country) if len(country) == 2 else None
        if structure is None:
            return None
        classes = "aa" + "nn" + structure  # country, check digits, BBAN
        # One character more or less than the country's length is a near miss at most: OCR read a
        # character twice ("INGB0O00") or lost one.
        chars, ends, i, n = [], [], start, len(text)
        while len(chars) < len(classes) + 1 and i < n:
            c = text[i]
            if c == " " and len(chars) >= 2 and i + 1 < n and text[i + 1] != " ":
                i += 1  # a single space anywhere (OCR drops or adds them)
                continue
            if not (c.isalnum() or c in self.conf.digits or c in self.conf.letters):
                break
            chars.append(c)
            i += 1
            ends.append(i)
        best = None
        for length in (len(classes), len(classes) + 1, len(classes) - 1):
            if len(chars) < length or length < 5:
                continue
            end = ends[length - 1]
            if end < n and (text[end].isalnum() or text[end] in "|"):
                continue  # not at a word's end
            c = self._iban_value(chars[:length], classes, text, start, end)
            if c is not None and (best is None or c.valid):
                best = c
                if c.valid:
                    break
        return best

    def _iban_value(self, chars: list[str], classes: str, text: str, start: int, end: int) -> Candidate | None:
        exact = len(chars) == len(classes)
        if not exact:  # which position OCR added or lost is not known: map by the classes up to there
            chars = chars + [""] if len(chars) < len(classes) else chars
        value, mapped, real, wanted = [], 0, 0, 0
        for k, c in enumerate(chars):
            cls = classes[min(k, len(classes) - 1)]
            if c == "":
                break
            if cls == "n":
                r = self.conf.digit(c)
                wanted += 1
                real += r == c
            elif cls == "a":
                r = self.conf.letter(c)
            else:
                r = c.upper() if c.isascii() and c.isalnum() else self.conf.digit(c)
            if r is None:
                return None
            mapped += r != c and r != c.upper()
            value.append(r)
        if real < self.min_digit_share * max(1, wanted):
            return None
        value = "".join(value)
        if exact:
            valid = _iban.is_valid(value)
            if not valid and not _one_off(value, None, _iban.is_valid, classes):
                return None
        else:
            valid = False
            if not _one_indel(value, classes, _iban.is_valid):
                return None
        return Candidate(start, end, value, mapped, valid, _why("IBAN", mapped, valid, "controlegetal"))

    def emails(self, text: str) -> list[Candidate]:
        at = "[" + re.escape(self.conf.at_signs) + "]"
        dot = "[" + re.escape(self.conf.dots) + "]"
        pattern = re.compile(rf"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]* ?{at} ?[A-Za-z0-9-]+"
                             rf"(?:{dot}[A-Za-z0-9-]+)*{dot}[A-Za-z]{{2,24}}(?![\w-])")
        strict = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}")
        found = []
        for m in pattern.finditer(text):
            raw = m.group()
            local, _, domain = re.split(rf" ?({at}) ?", raw, maxsplit=1)
            value = local + "@" + "".join("." if c in self.conf.dots else c for c in domain)
            head = re.search(r"\S*$", text[:m.start()]).group()  # "5," of "5,1.2e"
            if not strict.fullmatch(value) or is_ground_label(head + local):
                continue  # (a ground code before the "@": an earlier box's label, the local part redacted before)
            mapped = sum(1 for a, b in zip(raw.replace(" ", ""), value) if a != b)
            if mapped == 0 and " " not in raw:
                continue  # the strict recognizer has it
            found.append(Candidate(m.start(), m.end(), value, mapped, True,
                                   f"e-mailadres met OCR-leesfouten ({mapped} teken(s) of spatie hersteld)"))
        return found


_DATE = re.compile(r"(?<![0-9])[0-3]?[0-9][-./][01]?[0-9][-./](?:19|20)?[0-9]{2}(?![0-9])")
_DECIMAL = re.compile(r"[0-9][.,][0-9]")  # "0.5 ...": a decimal or version number starts the run


def _seps(raw: str, separators: str) -> int:
    return sum(1 for c in raw if c in separators)


def _why(what: str, mapped: int, valid: bool, check: str) -> str:
    if valid and not mapped:
        return f"{what} in OCR-tekst met afwijkende spatiëring ({check} klopt)"
    if valid:
        return f"{what} met OCR-leesfouten ({mapped} teken(s) hersteld, {check} klopt)"
    return f"{what} naast een aanwijzing, {check} klopt op één teken na (OCR-leesfout)"


_STRUCT = re.compile(r"(\d+)!([nac])")


def _bban_structure(country: str) -> str | None:
    """The BBAN of `country` as one class letter per position (n digit, a letter, c either), from
    python-stdnum's IBAN registry; None for a country without IBAN."""
    try:
        info = _iban._ibandb.info(country)
    except Exception:  # a registry that changed shape: no tolerant IBAN matching for it
        return None
    props = info[0][1] if info and info[0][0] == country else {}
    bban = props.get("bban")
    if not bban:
        return None
    return "".join(cls * int(n) for n, cls in _STRUCT.findall(bban))


def _one_off(value: str, alphabet: str | None, valid, classes: str | None = None) -> bool:
    """Whether changing one character of `value` makes it valid: a checksum that fails because OCR
    misread one character. `classes` (n, a, c per position) sets each position's alphabet."""
    digits, letters = "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for k, old in enumerate(value):
        cls = classes[k] if classes else "n"
        options = alphabet or {"n": digits, "a": letters, "c": digits + letters}[cls]
        for new in options:
            if new != old and valid(value[:k] + new + value[k + 1:]):
                return True
    return False


def _one_indel(value: str, classes: str, valid) -> bool:
    """Whether deleting one character of `value` (one too many) or putting one in (one too few)
    makes a valid value of `len(classes)` characters."""
    digits, letters = "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if len(value) == len(classes) + 1:
        return any(valid(value[:k] + value[k + 1:]) for k in range(len(value)))
    if len(value) == len(classes) - 1:
        alphabet = {"n": digits, "a": letters, "c": digits + letters}
        return any(valid(value[:k] + new + value[k:]) for k in range(len(value) + 1)
                   for new in alphabet[classes[min(k, len(classes) - 1)]])
    return False
