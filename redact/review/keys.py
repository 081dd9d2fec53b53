"""Single keys from the terminal: input unbuffered and unechoed (termios), arrows decoded.

The terminal is put in cbreak mode (raw input, but output processing and Ctrl-C stay on, so
rich's output looks normal) and restored on exit, also after an error.
"""

from __future__ import annotations

import os
import select
import termios
import tty

# Escape sequences of the keys we use; both the normal and the "application" cursor modes.
SEQUENCES = {"[C": "right", "[D": "left", "[A": "up", "[B": "down", "OC": "right", "OD": "left",
             "OA": "up", "OB": "down"}
ESCAPE_WAIT = 0.05  # seconds to wait for the rest of an escape sequence


class Keyboard:
    def __init__(self, fd: int):
        self.fd = fd
        self._saved = None

    def __enter__(self) -> Keyboard:
        self._saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)
        return self

    def __exit__(self, *exc) -> None:
        if self._saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)

    def _ready(self) -> bool:
        return bool(select.select([self.fd], [], [], ESCAPE_WAIT)[0])

    def _byte(self) -> bytes:
        data = os.read(self.fd, 1)
        if not data:
            raise EOFError
        return data

    def read(self) -> str:
        """One key: a character, or a name ("right", "left", "up", "down", "esc", "enter", "backspace")."""
        b = self._byte()
        if b == b"\x1b":
            if not self._ready():
                return "esc"
            seq = self._byte().decode("latin-1")
            if seq in "[O" and self._ready():
                seq += self._byte().decode("latin-1")
                while seq[-1].isdigit() or seq[-1] == ";":  # e.g. "[1;5C": modifiers, ignored
                    if not self._ready():
                        break
                    seq += self._byte().decode("latin-1")
                seq = seq[0] + seq[-1]
            return SEQUENCES.get(seq, "esc")
        if b in (b"\r", b"\n"):
            return "enter"
        if b in (b"\x7f", b"\x08"):
            return "backspace"
        if b == b"\x03":
            raise KeyboardInterrupt
        if b == b"\x04":
            raise EOFError
        first = b[0]
        extra = 3 if first >= 0xF0 else 2 if first >= 0xE0 else 1 if first >= 0xC0 else 0
        for _ in range(extra):
            b += self._byte()
        return b.decode("utf-8", "replace")
