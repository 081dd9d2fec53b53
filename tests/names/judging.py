"""The role the name stage gives one mention in a text: shared by the judgement tests, each with the
detector kind its cases come from by default (the model's NER, or the name patterns)."""

from __future__ import annotations

from redact.model import DetectorKind


def role_finder(default: DetectorKind):
    """`role_of(roles, text, name, kind=default, nth=0)`: the role of the nth mention of `name`."""

    def role_of(roles, text: str, name: str, kind: DetectorKind = default, nth: int = 0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        return roles.role(text, start, start + len(name), name, kind)

    return role_of
