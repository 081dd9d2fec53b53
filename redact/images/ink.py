"""What is drawn on a PDF page inside an area: embedded images, vector strokes, dark pixels.

Read with PyMuPDF from the source page. An image that fills most of the page is a scan's background,
not a picture on it: inside it only its dark pixels count.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pymupdf

from ..model import Box

PAGE_IMAGE_SHARE = 0.5  # an image covering more of the page than this is the page itself (a scan)
INK_DPI = 100  # scan pixels are read at this resolution for the ink test
INK_LEVEL = 110  # grey level (0-255) below which a scan pixel is ink
MIN_INK_SHARE = 0.003  # share of the area's pixels that must be ink
MARGIN = 2.0  # points around found ink


@dataclass(frozen=True)
class PlacedImage:
    """An image as drawn on the page: its xref and where it is (upright: no rotation or shear)."""

    xref: int
    bbox: Box
    upright: bool

    def covers_page(self, page: pymupdf.Page) -> bool:
        r = pymupdf.Rect(self.bbox) & page.rect
        return r.get_area() > PAGE_IMAGE_SHARE * page.rect.get_area()


STRIP_WIDTH = 0.9  # an image at least this share of the page wide can be a strip of a scan


def scan_strips(page: pymupdf.Page, images: list[PlacedImage]) -> set[int]:
    """The xrefs of images that are strips of one scan: page-wide images that together cover
    more than PAGE_IMAGE_SHARE of the page (ZyLAB stores a scanned page as 14 strips of 256 pixel
    rows). Such a strip is the page itself, as one page-filling image is: not a picture on it.
    Empty when no set of strips covers the page."""
    width = page.rect.width
    strips = [im for im in images if im.xref > 0
              and (pymupdf.Rect(im.bbox) & page.rect).width >= STRIP_WIDTH * width]
    rows: list[list[float]] = []  # the page's rows the strips cover, overlaps counted once
    for y0, y1 in sorted((max(page.rect.y0, im.bbox[1]), min(page.rect.y1, im.bbox[3])) for im in strips):
        if rows and y0 <= rows[-1][1]:
            rows[-1][1] = max(rows[-1][1], y1)
        elif y1 > y0:
            rows.append([y0, y1])
    covered = sum(y1 - y0 for y0, y1 in rows) * width
    return {im.xref for im in strips} if len(strips) > 1 and covered > PAGE_IMAGE_SHARE * page.rect.get_area() \
        else set()


def placed_images(page: pymupdf.Page) -> list[PlacedImage]:
    out = []
    for info in page.get_image_info(xrefs=True):
        bbox = pymupdf.Rect(info["bbox"])
        if bbox.is_empty:
            continue
        a, b, c, d = info["transform"][:4]
        out.append(PlacedImage(info.get("xref", 0), tuple(bbox), abs(b) < 1e-6 and abs(c) < 1e-6 and a > 0 and d > 0))
    return out


def union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _overlap(a: Box, b: Box) -> float:
    r = pymupdf.Rect(a) & pymupdf.Rect(b)
    return 0.0 if r.is_empty else r.get_area()


def images_in(page: pymupdf.Page, area: Box, images: list[PlacedImage]) -> list[PlacedImage]:
    """Pictures (not the page-filling scan) that overlap the area noticeably."""
    out = []
    for im in images:
        if im.covers_page(page):
            continue
        if _overlap(im.bbox, area) > 0.1 * min(pymupdf.Rect(im.bbox).get_area(), pymupdf.Rect(area).get_area()):
            out.append(im)
    return out


def strokes_in(page: pymupdf.Page, area: Box) -> list[Box]:
    """Vector paths in the area that look like pen strokes: curves or polylines, not a filled box or rule."""
    rect = pymupdf.Rect(area)
    found = []
    for path in page.get_drawings():
        r = pymupdf.Rect(path["rect"])
        if not r.intersects(rect):
            continue
        kinds = [item[0] for item in path["items"]]
        if "c" in kinds or kinds.count("l") >= 3:
            pad = (path.get("width") or 1.0) / 2 + 1.0  # the pen's width and its anti-aliasing
            found.append((r.x0 - pad, r.y0 - pad, r.x1 + pad, r.y1 + pad))
    return found


def gray(pix: pymupdf.Pixmap) -> np.ndarray:
    """A pixmap as a 2-D uint8 grey array."""
    if pix.alpha:
        pix = pymupdf.Pixmap(pix, 0)
    if pix.n != 1:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width]


def dark_pixels_in(page: pymupdf.Page, area: Box) -> Box | None:
    """The box around the ink in the area as the page shows it (for scans), or None when blank."""
    rect = pymupdf.Rect(area) & page.rect
    if rect.is_empty or rect.width < 2 or rect.height < 2:
        return None
    pix = page.get_pixmap(clip=rect, dpi=INK_DPI, colorspace=pymupdf.csGRAY, alpha=False, annots=False)
    img = gray(pix)
    ink = img < INK_LEVEL
    if ink.mean() < MIN_INK_SHARE:
        return None
    ys, xs = np.nonzero(ink)
    sx, sy = rect.width / img.shape[1], rect.height / img.shape[0]
    box = (rect.x0 + xs.min() * sx - MARGIN, rect.y0 + ys.min() * sy - MARGIN,
           rect.x0 + (xs.max() + 1) * sx + MARGIN, rect.y0 + (ys.max() + 1) * sy + MARGIN)
    clipped = pymupdf.Rect(box) & rect
    return tuple(clipped)


def image_array(doc: pymupdf.Document, xref: int) -> np.ndarray | None:
    """An embedded image's pixels as grey values, or None when it cannot be decoded."""
    try:
        pix = pymupdf.Pixmap(doc, xref)
        if pix.colorspace is None and not pix.alpha:  # a stencil mask
            return None
        return gray(pix).copy()
    except (RuntimeError, ValueError):
        return None
