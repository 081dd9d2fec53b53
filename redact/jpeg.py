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
_NO_LENGTH = {0x01, SOI, EOI} | set(range(0xD0, 0xD8))  # markers without a length field


class JpegError(ValueError):
    """Not a JPEG this parser can walk to its scan data."""


def segments(data: bytes) -> list[tuple[int, int, int]]:
    """(marker, start, end) of every segment before the scan data, SOI first; the last entry is
    the SOS segment with everything after it (the entropy-coded data and EOI)."""
    if data[:2] != b"\xff\xd8":
        raise JpegError("geen JPEG (SOI ontbreekt)")
    out = [(SOI, 0, 2)]
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            raise JpegError(f"onverwachte byte op positie {i}")
        while i + 1 < len(data) and data[i + 1] == 0xFF:  # fill bytes
            i += 1
        if i + 1 >= len(data):
            break
        marker = data[i + 1]
        if marker in _NO_LENGTH:
            out.append((marker, i, i + 2))
            i += 2
            if marker == EOI:
                return out
            continue
        if i + 4 > len(data):
            raise JpegError("afgebroken segment")
        end = i + 2 + int.from_bytes(data[i + 2:i + 4], "big")
        if marker == SOS:
            out.append((SOS, i, len(data)))
            return out
        if end > len(data):
            raise JpegError("segment langer dan het bestand")
        out.append((marker, i, end))
        i = end
    raise JpegError("geen beeldgegevens (SOS ontbreekt)")


def is_metadata(marker: int, body: bytes) -> bool:
    """COM and every APPn segment, except a plain Adobe APP14 (colour transform, no text)."""
    if marker == COM:
        return True
    if 0xE0 <= marker <= 0xEF:
        return not (marker == APP14 and body.startswith(b"Adobe") and len(body) <= 16)
    return False


def metadata(data: bytes) -> list[bytes]:
    """The bodies of the metadata segments (raises JpegError on what it cannot walk)."""
    return [data[s + 4:e] for m, s, e in segments(data) if m != SOS and is_metadata(m, data[s + 4:e])]


def strip_metadata(data: bytes) -> bytes:
    """The JPEG without its metadata segments; the pixels byte for byte the same."""
    return b"".join(data[s:e] for m, s, e in segments(data) if m == SOS or not is_metadata(m, data[s + 4:e]))
