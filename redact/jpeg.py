"""JPEG metadata: the segments of a JPEG (a PDF image stream with /DCTDecode) that are not pixels.

A JPEG can carry text beside its pixels: comments (COM), EXIF (APP1: camera owner, author),
XMP (APP1), ICC profiles (APP2, with a free-text description), Photoshop IRB (APP13) and the
rest of the APPn blocks. The pixels need none of them, except Adobe's APP14 marker, which says
how CMYK/YCCK data is colour-transformed (a fixed 12 bytes, no text). The renderer drops the
others (render/sanitize.py), the output check fails a file that still has one
(verify/structure.py); both read the segments with this parser.
"""

from __future__ import annotations

SOI, SOS, EOI, COM, APP14 = 0xD8, 0xDA, 0xD9, 0xFE, 0xEE
TRAILER = -1  # bytes after EOI: no decoder reads them, any reader of the file can
_NO_LENGTH = {0x01, SOI, EOI} | set(range(0xD0, 0xD8))  # markers without a length field


class JpegError(ValueError):
    """Not a JPEG this parser can walk to its scan data."""


def segments(data: bytes) -> list[tuple[int | None, int, int]]:
    """(marker, start, end) of every segment, SOI first, EOI (or the end of the data) last; the
    entropy-coded data after each SOS header is a segment of its own (marker None), and bytes
    after EOI one with marker TRAILER. Markers between the scans of a progressive JPEG (DHT,
    COM, APPn, ...) are segments like any other."""
    if data[:2] != b"\xff\xd8":
        raise JpegError("geen JPEG (SOI ontbreekt)")
    out: list[tuple[int | None, int, int]] = [(SOI, 0, 2)]
    i, scanned = 2, False
    while i < len(data):
        if data[i] != 0xFF:
            if not scanned:
                raise JpegError(f"onverwachte byte op positie {i}")
            end = _scan_end(data, i)
            out.append((None, i, end))
            i = end
            continue
        while i + 1 < len(data) and data[i + 1] == 0xFF:  # fill bytes
            i += 1
        if i + 1 >= len(data):
            break
        marker = data[i + 1]
        if marker in _NO_LENGTH:
            out.append((marker, i, i + 2))
            i += 2
            if marker == EOI:
                if i < len(data):
                    out.append((TRAILER, i, len(data)))
                return out
            continue
        if i + 4 > len(data):
            raise JpegError("afgebroken segment")
        end = i + 2 + int.from_bytes(data[i + 2:i + 4], "big")
        if end > len(data):
            raise JpegError("segment langer dan het bestand")
        out.append((marker, i, end))
        i = end
        if marker == SOS:
            scanned = True
            end = _scan_end(data, i)
            out.append((None, i, end))
            i = end
    if not scanned:
        raise JpegError("geen beeldgegevens (SOS ontbreekt)")
    return out  # no EOI: a truncated file as decoders accept it


def _scan_end(data: bytes, i: int) -> int:
    """Where the entropy-coded data starting at `i` ends: at the first marker that is not a
    stuffed 0xFF00 or a restart marker."""
    while True:
        i = data.find(b"\xff", i)
        if i == -1 or i + 1 >= len(data):
            return len(data)
        nxt = data[i + 1]
        if nxt == 0x00 or 0xD0 <= nxt <= 0xD7 or nxt == 0xFF:
            i += 1 if nxt == 0xFF else 2
            continue
        return i


def is_metadata(marker: int, body: bytes) -> bool:
    """COM, every APPn segment (except a plain Adobe APP14: colour transform, no text) and
    whatever follows EOI."""
    if marker in (COM, TRAILER):
        return True
    if 0xE0 <= marker <= 0xEF:
        return not (marker == APP14 and body.startswith(b"Adobe") and len(body) <= 16)
    return False


def metadata(data: bytes) -> list[bytes]:
    """The bodies of the metadata segments (raises JpegError on what it cannot walk)."""
    return [data[s if m == TRAILER else s + 4:e] for m, s, e in segments(data)
            if m is not None and is_metadata(m, data[s + 4:e])]


def strip_metadata(data: bytes) -> bytes:
    """The JPEG without its metadata segments; the pixels byte for byte the same."""
    return b"".join(data[s:e] for m, s, e in segments(data) if m is None or not is_metadata(m, data[s + 4:e]))
