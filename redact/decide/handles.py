"""A person's social-media handle ("Twitter: @petraborsboom"): the handle of a person whose name the
document redacts goes with the name; an organisation's handle (@provinciegld) or a kept official's stays."""

from __future__ import annotations

import regex

_HANDLE = regex.compile(r"(?<![\w.@+-])@(?P<handle>[A-Za-z0-9_]{4,30})(?![\w@.-]*\.\w)(?![\w-])")
_WORD = regex.compile(r"\p{L}+")


def _forms(name: str, tussenvoegsels: frozenset[str]) -> set[str]:
    """The ways a handle writes a name: "Petra van Borsboom" -> petravanborsboom, petraborsboom,
    pvanborsboom, pborsboom (initials and courtesy titles of the written name left out)."""
    words = [w for w in _WORD.findall(name) if len(w) > 1 or not w.isupper()]
    words = [w.lower() for w in words]
    if len(words) < 2:
        return set()
    first, rest = words[0], words[1:]
    core = [w for w in rest if w not in tussenvoegsels]
    if not core:
        return set()
    out = set()
    for tail in ("".join(rest), "".join(core)):
        if len(tail) >= 4:
            out |= {first + tail, first[0] + tail}
    return out


def person_handles(text: str, names: list[str], tussenvoegsels: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of handles in `text` that write one of `names` (the redacted persons' names)."""
    forms = set()
    for name in names:
        forms |= _forms(name, tussenvoegsels)
    if not forms:
        return []
    return [(m.start(), m.end()) for m in _HANDLE.finditer(text)
            if regex.sub(r"[\d_]", "", m.group("handle").lower()) in forms]
