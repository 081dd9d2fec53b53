"""Read the output back with OCR: poppler extracts or renders, Tesseract reads.

Neither is PyMuPDF (which wrote the file). The images of a page are read as they are stored,
not as the page is rendered: a black box drawn over pixels that were not removed hides them
from a rendering, not from anyone who extracts the image. Pages without images (text drawn
as vector paths) are rendered, only the bands around their boxes by default.

With `verify_ocr.mode: regions` (policy.yaml) a stored image is not read whole: only the bands
around the page's boxes and a seeded random sample of strips of the rest (`regions`), mapped to
the image's pixel rows through its placement on the page as pdfminer.six reads it; those rows
are stacked into one smaller image (white rows between them) for Tesseract. PyMuPDF only edits
the image file that poppler extracted (it reads nothing of the PDF here). An image whose placement is not a plain
scale (rotated, flipped, skewed), a rotated page, a crop box that is not the media box, or an
image list on which poppler and pdfminer disagree is read whole.
"""

from __future__ import annotations

import hashlib
import math
import os
import random
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

DPI = 300
TIMEOUT_S = 180


def ocr_available() -> bool:
    return all(shutil.which(tool) for tool in ("pdftoppm", "pdfimages", "tesseract"))


MIN_IMAGE_PX = (40, 16)  # smaller images cannot hold a readable word
_LIST_ROW = re.compile(r"^\s*(\d+)\s+(\d+)\s+(\w+)\s+(\d+)\s+(\d+)\s+.*?\s(\d+)\s+(\d+)\s+\S+\s+\S+\s*$")


def _tesseract(image: bytes, dpi: int) -> str:
    """The text Tesseract reads in a Netpbm image. A grey or colour one (P5, P6) is handed over as
    uncompressed TIFF, the others as they are, and as a file: Tesseract reads stdin a byte at a
    time and leptonica a Netpbm image a pixel at a time (the same pixels, ~0.1 CPU-s less on a
    200 dpi page; docs/security.md, seventh session)."""
    if image[:2] in (b"P5", b"P6"):
        import cv2
        import numpy as np

        pixels = cv2.imdecode(np.frombuffer(image, dtype=np.uint8), cv2.IMREAD_UNCHANGED)  # colour as BGR
        ok, encoded = cv2.imencode(".tiff", pixels, [cv2.IMWRITE_TIFF_COMPRESSION, 1])  # written as RGB again
        if ok:
            image = encoded.tobytes()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.NamedTemporaryFile(prefix="woo-verify-", suffix=".img") as file:
        file.write(image)
        file.flush()
        result = subprocess.run(["tesseract", file.name, "stdout", "-l", "nld", "--dpi", str(dpi), "--psm", "3"],
                                capture_output=True, check=True, timeout=TIMEOUT_S, env=env)
    return result.stdout.decode("utf-8", "replace")


Rows = list[tuple[float, float]]  # vertical stretches of a page (points, origin top-left)


@dataclass(frozen=True)
class Placement:
    """Where an image is drawn: its pixel size and its vertical extent on the page (points from
    the top), or `plain=False` when its placement is more than a scale (then it is read whole)."""

    size: tuple[int, int]
    top: float
    bottom: float
    plain: bool


def image_placements(path: Path, number: int) -> list[Placement] | None:
    """The images drawn on page `number`, in drawing order, as pdfminer.six places them; None
    when the page is rotated or its crop box is not its media box (boxes and placements would not
    share one coordinate system: the caller reads every image whole)."""
    from pdfminer.layout import LTFigure, LTImage

    from .extract import pdfminer_layouts

    for page, layout in pdfminer_layouts(path, [number - 1]):
        if (page.rotate or 0) % 360 or [round(v, 2) for v in page.cropbox] != [round(v, 2) for v in page.mediabox]:
            return None
        height = page.mediabox[3] - page.mediabox[1]
        found: list[Placement] = []

        def walk(item, matrix=None):
            for child in item:
                if isinstance(child, LTFigure):
                    walk(child, child.matrix)
                elif isinstance(child, LTImage):
                    a, b, c, d, _e, _f = matrix or (0, 1, 1, 0, 0, 0)
                    plain = matrix is not None and abs(b) < 1e-6 and abs(c) < 1e-6 and a > 0 and d > 0
                    found.append(Placement((int(child.srcsize[0] or 0), int(child.srcsize[1] or 0)),
                                           height - child.y1, height - child.y0, plain))
        walk(layout)
        return found
    return None


def sample_rows(boxes: list[tuple[float, float, float, float]], height: float, margin_lines: float,
                share: float, strip: float, seed: str) -> Rows:
    """The stretches of a page the region check reads: the bands around the boxes (`margin_lines`
    box heights above and below each) and, of the strips of `strip` points outside them, a random
    `share` drawn with `seed` (the same file gives the same sample; a fixed sample would be
    a fixed blind spot)."""
    rows = [(y0, y1) for _x0, y0, _x1, y1 in bands(boxes, 1.0, height, margin_lines)]
    strips = [(k * strip, min(height, (k + 1) * strip)) for k in range(math.ceil(height / strip))]
    rest = [s for s in strips if not any(y0 <= s[0] and s[1] <= y1 for y0, y1 in rows)]
    pick = random.Random(seed).sample(rest, min(len(rest), math.ceil(share * len(rest)))) if share > 0 else []
    merged: Rows = []
    for y0, y1 in sorted(rows + pick):
        if merged and y0 <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], y1))
        else:
            merged.append((y0, y1))
    return merged


def file_seed(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


GAP_PX = 24  # white rows between two kept stretches, so Tesseract does not read them as one line


def _keep_rows(image: bytes, placement: Placement, rows: Rows) -> bytes:
    """The pixel rows of `rows` (page points, mapped through `placement`) stacked into one image
    (Netpbm), white rows between them: Tesseract then reads only those (and a smaller image)."""
    import pymupdf  # an image library here: it edits the PNG poppler extracted, reads no PDF

    pix = pymupdf.Pixmap(image)
    span = max(1e-6, placement.bottom - placement.top)
    stretches: list[tuple[int, int]] = []
    for y0, y1 in sorted(rows):
        r0 = max(0, math.floor((y0 - placement.top) / span * pix.height) - 1)
        r1 = min(pix.height, math.ceil((y1 - placement.top) / span * pix.height) + 1)
        if r1 <= r0:
            continue
        if stretches and r0 <= stretches[-1][1] + GAP_PX:
            stretches[-1] = (stretches[-1][0], max(stretches[-1][1], r1))
        else:
            stretches.append((r0, r1))
    if not stretches:
        return b""
    height = sum(r1 - r0 for r0, r1 in stretches) + GAP_PX * (len(stretches) + 1)
    out = pymupdf.Pixmap(pix.colorspace, pymupdf.IRect(0, 0, pix.width, height), pix.alpha)
    out.clear_with(255)
    y = GAP_PX
    for r0, r1 in stretches:
        pix.set_origin(0, y - r0)  # copy() works in absolute coordinates: move the source under the target
        out.copy(pix, pymupdf.IRect(0, y, pix.width, y + r1 - r0))
        y += r1 - r0 + GAP_PX
    return out.tobytes("pam" if out.alpha else "pnm")


def as_grey(image: bytes) -> bytes:
    """A colour Netpbm image whose three channels are equal everywhere as the grey image (PGM) of one
    channel, else `image` as it is. Poppler writes a grey image in an ICC colour space, and a scanner's
    RGB JPEG of a grey page, as RGB: Tesseract turns it into the same grey levels itself (luminance of
    equal channels), at a quarter more CPU and three times the bytes (bench/bench_ocr.py)."""
    import numpy as np
    import pymupdf  # an image library here, as in _keep_rows

    pix = pymupdf.Pixmap(image)
    if pix.n != 3 or pix.alpha:
        return image
    rgb = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width * 3]
    rgb = rgb.reshape(pix.height, pix.width, 3)
    red = rgb[:, :, 0]
    if not (np.array_equal(red, rgb[:, :, 1]) and np.array_equal(red, rgb[:, :, 2])):
        return image
    return b"P5\n%d %d\n255\n" % (pix.width, pix.height) + np.ascontiguousarray(red).tobytes()


MAX_STACK_PX = 40_000_000  # pixels in one stacked image (a 600 dpi A4 page is 35 million)


def stacked(pieces: list[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
    """The images of a page, read at the same resolution and with the same colours, stacked into
    one image (white rows between them, left-aligned on white), so that Tesseract starts once a
    page instead of once an image: a ZyLAB scan stores a page as 14 strips, and each start costs
    ~0.1 CPU s (loading the model). Colour is kept (Tesseract picks its own grey): a grey image
    stacked with colour ones is turned into RGB, which loses nothing."""
    import pymupdf  # an image library here, as in _keep_rows

    groups: dict[tuple[int, bool], list[list[pymupdf.Pixmap]]] = {}  # key -> its stacks, in order
    for dpi, data in pieces:
        pix = pymupdf.Pixmap(data)
        stacks = groups.setdefault((dpi, bool(pix.alpha)), [[]])
        last = stacks[-1]
        if last and (sum(p.height + GAP_PX for p in last) + pix.height) * max(pix.width, *(p.width for p in last)) \
                > MAX_STACK_PX:
            last = []
            stacks.append(last)
        last.append(pix)
    return [(key[0], _stack(stack)) for key, stacks in groups.items() for stack in stacks]


def _stack(pixmaps) -> bytes:
    import pymupdf

    if len(pixmaps) == 1:
        one = pixmaps[0]
        return one.tobytes("pam" if one.alpha else "pnm")
    if any(p.n - p.alpha > 1 for p in pixmaps):  # colour among them: all as RGB
        pixmaps = [p if p.n - p.alpha > 1 else pymupdf.Pixmap(pymupdf.csRGB, p) for p in pixmaps]
    width = max(p.width for p in pixmaps)
    height = sum(p.height for p in pixmaps) + GAP_PX * (len(pixmaps) - 1)
    first = pixmaps[0]
    out = pymupdf.Pixmap(first.colorspace, pymupdf.IRect(0, 0, width, height), first.alpha)
    out.clear_with(255)
    y = 0
    for pix in pixmaps:
        pix.set_origin(0, y)
        out.copy(pix, pymupdf.IRect(0, y, pix.width, y + pix.height))
        y += pix.height + GAP_PX
    return out.tobytes("pam" if out.alpha else "pnm")


def ocr_page_images(path: Path, number: int, rows: Rows | None = None) -> str:
    """The text Tesseract reads in the images stored on page `number` (and their masks), each
    at its own resolution, as `pdfimages` extracts them; tiny ones skipped. With `rows` only
    those stretches of the page are read, where the images' placement allows (module doc)."""
    listing = subprocess.run(["pdfimages", "-list", "-f", str(number), "-l", str(number), str(path)],
                             capture_output=True, text=True, check=True, timeout=TIMEOUT_S).stdout
    wanted: dict[int, int] = {}
    drawn: dict[int, int] = {}  # image number -> index among the drawn images (masks: their image's)
    sizes: list[tuple[int, int]] = []
    for line in listing.splitlines()[2:]:
        m = _LIST_ROW.match(line)
        if not m:
            continue
        if m.group(3) in ("image", "stencil"):
            sizes.append((int(m.group(4)), int(m.group(5))))
        drawn[int(m.group(2))] = len(sizes) - 1
        # Masks too: text can live in a soft mask (alpha) or be drawn as a stencil (1-bit scans).
        if m.group(3) in ("image", "stencil", "mask", "smask") \
                and int(m.group(4)) >= MIN_IMAGE_PX[0] and int(m.group(5)) >= MIN_IMAGE_PX[1]:
            wanted[int(m.group(2))] = int(m.group(6))  # image number -> x-ppi
    if not wanted:
        return ""
    placements = image_placements(path, number) if rows is not None else None
    if placements is not None and [p.size for p in placements] != sizes:
        placements = None  # poppler and pdfminer disagree about what is drawn: read it all
    pieces: list[tuple[int, bytes]] = []  # (resolution for Tesseract, Netpbm image)
    with tempfile.TemporaryDirectory(prefix="woo-verify-") as tmp:
        # Netpbm files (PPM, PGM, PBM), not PNG: the same pixels without the compression, which
        # cost poppler a third of Tesseract's time on a scan.
        subprocess.run(["pdfimages", "-p", "-f", str(number), "-l", str(number), str(path), f"{tmp}/img"],
                       capture_output=True, check=True, timeout=TIMEOUT_S)
        for png in sorted(p for p in Path(tmp).iterdir() if p.suffix in (".ppm", ".pgm", ".pbm")):
            num = int(png.stem.rsplit("-", 1)[1])
            if num not in wanted:
                continue
            data = as_grey(png.read_bytes())
            where = placements[drawn[num]] if placements is not None and drawn.get(num, -1) >= 0 else None
            if rows is not None and where is not None and where.plain:
                data = _keep_rows(data, where, rows)
                if not data:
                    continue  # none of the image's rows is in a band or the sample
            pieces.append((min(600, max(70, wanted[num])), data))
    return "\n".join(_tesseract(data, dpi) for dpi, data in stacked(pieces))


def ocr_page_text(path: Path, number: int, dpi: int = DPI,
                  clip: tuple[float, float, float, float] | None = None) -> str:
    """The text Tesseract reads on page `number` (1-based) of the PDF at `path`, or only in
    `clip` (points, origin top-left) of it."""
    crop: list[str] = []
    if clip is not None:
        x0, y0, x1, y1 = (max(0.0, v) * dpi / 72 for v in clip)
        crop = ["-x", str(int(x0)), "-y", str(int(y0)), "-W", str(int(x1 - x0) + 1), "-H", str(int(y1 - y0) + 1)]
    # PGM, not PNG: the same pixels without the compression, which cost a third of Tesseract's time
    # on a whole page at 300 dpi (1.93 -> 1.41 CPU-s, docs/security.md "OCR cost (sixth session)").
    pgm = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(number), "-l", str(number),
                          *crop, str(path)], capture_output=True, check=True, timeout=TIMEOUT_S).stdout
    return _tesseract(pgm, dpi)


def bands(boxes: list[tuple[float, float, float, float]], width: float, height: float, margin_lines: float = 2.0
          ) -> list[tuple[float, float, float, float]]:
    """Full-width bands around the boxes, `margin_lines` line heights (the box's) above and below
    each: where the value would still be readable if pixels were left or a box slipped a line."""
    spans = sorted((max(0.0, b[1] - margin_lines * (b[3] - b[1])), min(height, b[3] + margin_lines * (b[3] - b[1])))
                   for b in boxes if b[3] > 0 and b[1] < height)
    merged: list[list[float]] = []
    for y0, y1 in spans:
        if merged and y0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], y1)
        else:
            merged.append([y0, y1])
    return [(0.0, y0, width, y1) for y0, y1 in merged if y1 > y0]
