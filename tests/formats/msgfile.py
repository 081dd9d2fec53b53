"""A minimal but real Outlook .msg, written byte by byte for the tests: no program here writes one
(olefile and extract-msg only read) and no third-party .msg is committed.

Two layers, both from the published specifications:
- `cfb()`: a Compound File Binary container (MS-CFB, version 3): 512-byte sectors, one FAT, a
  directory of 128-byte entries, and the mini stream (64-byte mini sectors, its own mini FAT) for
  every stream under the 4096-byte cutoff. Siblings are a right-leaning chain in the specification's
  name order, all black: a valid binary search tree, which every reader walks.
- `msg()`: the MAPI layout of a message in it (MS-OXMSG): the top-level property stream with its
  32-byte header, Unicode (001F, UTF-16LE) string streams, one recipient storage per recipient and
  one attachment storage per attachment (by value, 3701 data), and the named-property storage with
  its three streams empty.
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass, field

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


@dataclass
class Storage:
    children: dict[str, "Storage | bytes"] = field(default_factory=dict)


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    child: int = NOSTREAM
    right: int = NOSTREAM
    start: int = ENDOFCHAIN
    size: int = 0


def _order(name: str) -> tuple[int, str]:
    # MS-CFB 2.6.4: shorter names first, then by upper-cased code points.
    return len(name), name.upper()


def _flatten(root: Storage) -> list[_Entry]:
    entries = [_Entry("Root Entry", 5)]

    def add(storage: Storage, parent: _Entry) -> None:
        previous = None
        for name in sorted(storage.children, key=_order):
            value = storage.children[name]
            assert len(name) <= 31, name
            entry = _Entry(name, 1) if isinstance(value, Storage) else _Entry(name, 2, value, size=len(value))
            entries.append(entry)
            index = len(entries) - 1
            if previous is None:
                parent.child = index
            else:
                previous.right = index
            previous = entry
            if isinstance(value, Storage):
                add(value, entry)

    add(root, entries[0])
    return entries


def _chain(fat: list[int], first: int, count: int) -> None:
    for i in range(count):
        fat[first + i] = first + i + 1 if i < count - 1 else ENDOFCHAIN


def cfb(root: Storage) -> bytes:
    """The compound file for `root`'s tree of storages and streams (bytes)."""
    entries = _flatten(root)
    mini = bytearray()
    for e in entries:
        if e.kind == 2 and 0 < e.size < CUTOFF:
            e.start = len(mini) // MINI
            mini += e.data + b"\x00" * (-len(e.data) % MINI)
    minifat = [FREESECT] * (len(mini) // MINI)
    for e in entries:
        if e.kind == 2 and 0 < e.size < CUTOFF:
            _chain(minifat, e.start, -(-e.size // MINI))
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat)
    minifat_bytes += b"\xff" * (-len(minifat_bytes) % SECTOR)
    mini_stream = bytes(mini) + b"\x00" * (-len(mini) % SECTOR)
    big = [e for e in entries if e.kind == 2 and e.size >= CUTOFF]

    n_dir = -(-len(entries) // 4)
    n_minifat = len(minifat_bytes) // SECTOR
    n_mini = len(mini_stream) // SECTOR
    n_big = sum(-(-e.size // SECTOR) for e in big)
    n_fat = 1
    while n_fat * (SECTOR // 4) < n_fat + n_dir + n_minifat + n_mini + n_big:
        n_fat += 1
    assert n_fat <= 109, "a DIFAT chain is not written"
    total = n_fat + n_dir + n_minifat + n_mini + n_big
    fat = [FREESECT] * (n_fat * SECTOR // 4)
    for i in range(n_fat):
        fat[i] = FATSECT
    first_dir = n_fat
    _chain(fat, first_dir, n_dir)
    first_minifat = first_dir + n_dir if n_minifat else ENDOFCHAIN
    _chain(fat, first_dir + n_dir, n_minifat)
    first_mini = first_dir + n_dir + n_minifat
    _chain(fat, first_mini, n_mini)
    entries[0].start, entries[0].size = (first_mini, len(mini)) if mini else (ENDOFCHAIN, 0)
    body = bytearray()
    sector = first_mini + n_mini
    for e in big:
        count = -(-e.size // SECTOR)
        e.start = sector
        _chain(fat, sector, count)
        body += e.data + b"\x00" * (-e.size % SECTOR)
        sector += count
    assert sector == total

    directory = bytearray()
    for e in entries:
        name = (e.name + "\x00").encode("utf-16-le")
        directory += struct.pack("<64sHBBIII16sIQQIQ", name, len(name), e.kind, 1, NOSTREAM, e.right, e.child,
                                 b"\x00" * 16, 0, 0, 0, e.start, e.size)
    while len(directory) < n_dir * SECTOR:  # unused entries
        directory += struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM,
                                 b"\x00" * 16, 0, 0, 0, 0, 0)

    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x00" * 16,
                         0x003E, 0x0003, 0xFFFE, 9, 6, b"\x00" * 6, 0, n_fat, first_dir, 0, CUTOFF,
                         first_minifat, n_minifat, ENDOFCHAIN, 0)
    header += struct.pack("<109I", *difat)
    assert len(header) == SECTOR
    return (header + struct.pack(f"<{len(fat)}I", *fat) + bytes(directory) + minifat_bytes + mini_stream
            + bytes(body))


# --- MS-OXMSG -----------------------------------------------------------------------------------

PT_LONG, PT_TIME, PT_UNICODE, PT_BINARY = 0x0003, 0x0040, 0x001F, 0x0102
READ_WRITE = 0x6  # PROPATTR_READABLE | PROPATTR_WRITABLE


def _filetime(when: dt.datetime) -> int:
    epoch = dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)
    return int((when - epoch).total_seconds() * 10_000_000)


def _properties(header: bytes, props: dict[int, object]) -> tuple[bytes, dict[str, bytes]]:
    """The __properties_version1.0 stream and the __substg1.0_ streams for `props` ({tag: value})."""
    stream, streams = bytearray(header), {}
    for tag, value in props.items():
        kind = tag & 0xFFFF
        if kind == PT_LONG:
            stream += struct.pack("<IIIi", tag, READ_WRITE, value, 0)
        elif kind == PT_TIME:
            stream += struct.pack("<IIQ", tag, READ_WRITE, _filetime(value))
        else:
            data = value.encode("utf-16-le") if kind == PT_UNICODE else value
            # Variable-length: the size, and for strings the terminator counts (MS-OXMSG 2.4.2.2).
            stream += struct.pack("<IIII", tag, READ_WRITE, len(data) + (2 if kind == PT_UNICODE else 0), 0)
            streams[f"__substg1.0_{tag:08X}"] = data
    return bytes(stream), streams


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str
    kind: int = 1  # MAPI_TO; 2 CC, 3 BCC


def message(subject: str, sender_name: str, sender_address: str, recipients: list[Recipient], body: str,
            attachments: list[tuple[str, "bytes | Storage"]] = (), sent: dt.datetime | None = None,
            embedded: bool = False) -> Storage:
    """An IPM.Note with Unicode strings, its recipients and its attachments: bytes by value, a Storage
    from message(..., embedded=True) as an attached mail (3701000D)."""
    to = "; ".join(r.name for r in recipients if r.kind == 1)
    cc = "; ".join(r.name for r in recipients if r.kind == 2)
    props: dict[int, object] = {
        0x001A001F: "IPM.Note", 0x0037001F: subject, 0x0C1A001F: sender_name, 0x0C1F001F: sender_address,
        0x5D01001F: sender_address, 0x0C1E001F: "SMTP", 0x0E04001F: to, 0x0E03001F: cc, 0x1000001F: body,
        0x340D0003: 0x00040000,  # STORE_UNICODE_OK: the strings are UTF-16LE
    }
    props = {tag: value for tag, value in props.items() if value != ""}  # an absent property, not an empty one
    if sent is not None:
        props[0x00390040] = sent
        props[0x0E060040] = sent
    # MS-OXMSG 2.4.1.1: 32 bytes at the top, 24 in an embedded message (no trailing reserved 8).
    top = struct.pack("<8sIIII", b"", len(recipients), len(attachments), len(recipients), len(attachments))
    stream, streams = _properties(top if embedded else top + b"\x00" * 8, props)
    root = Storage({"__properties_version1.0": stream, **streams})
    if not embedded:  # an embedded message uses its top-level message's named properties
        root.children["__nameid_version1.0"] = Storage({f"__substg1.0_{n:04X}0102": b"" for n in (2, 3, 4)})
    for i, r in enumerate(recipients):
        stream, streams = _properties(b"\x00" * 8, {
            0x3001001F: r.name, 0x3003001F: r.address, 0x39FE001F: r.address, 0x3002001F: "SMTP",
            0x0C150003: r.kind, 0x30000003: i})
        root.children[f"__recip_version1.0_#{i:08X}"] = Storage({"__properties_version1.0": stream, **streams})
    for i, (name, data) in enumerate(attachments):
        inner = isinstance(data, Storage)
        props = {0x3707001F: name, 0x3001001F: name, 0x37050003: 5 if inner else 1,  # EMBEDDED_MSG / BY_VALUE
                 0x0E210003: i}
        if not inner:
            props[0x37010102] = data
        stream, streams = _properties(b"\x00" * 8, props)
        storage = Storage({"__properties_version1.0": stream, **streams})
        if inner:
            storage.children["__substg1.0_3701000D"] = data
        root.children[f"__attach_version1.0_#{i:08X}"] = storage
    return root


def msg(*args, **kwargs) -> bytes:
    """The .msg file of message(...)."""
    return cfb(message(*args, **kwargs))
