"""Organisation details that stay visible: generic mailboxes, switchboard numbers, addresses.

Each entity type compares a finding with its keep list in its own way; the lists live in
`rules/lists/` and are named per entity type in `rules/policy.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import phonenumbers

from ..model import Finding
from ..rules import RuleSet


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _e164(text: str) -> str | None:
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _email_kept(value: str, items: tuple[str, ...]) -> str | None:
    value = value.lower()
    local = value.split("@", 1)[0] + "@"
    for item in items:
        item = item.lower()
        if item == value or (item.endswith("@") and item == local):
            return f"algemene mailbox {item}"
    return None


def _phone_kept(value: str, items: tuple[str, ...]) -> str | None:
    number = _e164(value)
    digits = "".join(c for c in value if c.isdigit())
    for item in items:
        if (number and number == _e164(item)) or digits == "".join(c for c in item if c.isdigit()):
            return f"algemeen nummer van een organisatie {item}"
    return None


_TRAILING = {"te", "in", "op", "aan", "bij", "en", "of"}


def _address_norm(text: str) -> str:
    """ "Antonie v. Leeuwenhoeklaan 9," and "antonie van leeuwenhoeklaan 9" are one address."""
    text = re.sub(r"\b(\d{4}) ?([a-z]{2})\b", r"\1 \2", text.lower())  # 3721MA: 3721 MA
    words = re.findall(r"[^\W_]+\.?|'s", text)
    words = ["van" if w == "v." else w.rstrip(".") for w in words]
    while words and words[-1] in _TRAILING:  # "Koetserstraat 3 te": a detector may take the next word
        words.pop()
    return " ".join(words)


def _address_kept(value: str, items: tuple[str, ...], before: str = "") -> str | None:
    """An item is one address part, or a building: "street | postcode place | body".

    `before` is the text on the line before the address: a detector may have taken only the last
    word of "Antonie v. Leeuwenhoeklaan 9" for the street."""
    value = _address_norm(value)
    if not value:
        return None
    written = f"{_address_norm(before)} {value}".split()
    for item in items:
        street, postcode, body = ([f.strip() for f in item.split("|")] + ["", ""])[:3]
        if "|" not in item:
            if _address_norm(item) == value:
                return f"adres van een organisatie {item}"
            continue
        street = _address_norm(street)
        if value in (street, _address_norm(postcode)) or (
                street.endswith(" " + value) and " ".join(written[-len(street.split()):]) == street):
            return f"adres van een overheidsgebouw ({body})" if body else f"adres van een overheidsgebouw {street}"
    return None


def _text_kept(value: str, items: tuple[str, ...]) -> str | None:
    value = _norm(value)
    for item in items:
        if _norm(item) == value:
            return f"gegeven van een organisatie {item}"
    return None


_MATCHERS: dict[str, Callable[[str, tuple[str, ...]], str | None]] = {
    "EMAIL_ADDRESS": _email_kept,
    "PHONE_NUMBER": _phone_kept,
    "ADDRESS": _address_kept,
}


class KeepLists:
    """Answers: does this finding stay visible, and why?"""

    def __init__(self, rules: RuleSet):
        self._items = {entity: rules.keep_items(entity) for entity in rules.policy.keep_lists}

    def reason(self, finding: Finding, page_text: str = "") -> str | None:
        items = self._items.get(finding.entity_type)
        if not items:
            return None
        if finding.entity_type == "ADDRESS":
            line_start = page_text.rfind("\n", 0, finding.start) + 1
            return _address_kept(finding.text, items, page_text[max(line_start, finding.start - 60):finding.start])
        matcher = _MATCHERS.get(finding.entity_type, _text_kept)
        return matcher(finding.text, items)
