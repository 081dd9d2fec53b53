"""How scanned pages are read (policy.yaml `ocr:`): when an existing OCR text layer is trusted,
how hard OCR tries before a page is withheld, and what the scan stages look for.

Plain data, read by rules.py and handed to the PDF reader (ingest/pdf.py) by the pipeline; the
defaults are the values of the shipped policy.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass

RETRIES = ("contrast", "psm6", "deskew", "dpi400")  # the known retry steps (ingest/ocr.py: ocr_area)


@dataclass(frozen=True)
class OcrSettings:
    # Below this mean confidence (0-100) of an area's plain words, the area is not trusted.
    min_confidence: float = 60.0
    # Tried in this order on an area below min_confidence, until one reaches it.
    retries: tuple[str, ...] = RETRIES
    # On a scanned page, the share of its print-like ink (ingest/ocr.py: ink_map) that the words
    # read must cover; less is an incomplete reading: read again, then withheld.
    min_ink_read: float = 0.3
    # Light print on a ground darker than this grey level (0-255) is read inverted, region by region.
    inverted_regions: bool = True
    inverted_max_grey: int = 96
    # An existing text layer over a page image (scanner OCR) is compared with a fresh OCR of
    # this many of its lines, spread over the page.
    layer_sample_lines: int = 6
    # Share of the sampled layer words the fresh OCR reads alike at the same place (and the
    # reverse: of the words OCR reads on those lines, the share the layer has).
    layer_min_agreement: float = 0.7
    # The layer's words may lie at most this many line heights from where OCR sees them.
    layer_max_offset: float = 0.25
    # Share of the image's ink lines (rows of dark pixels) that must have layer text on them.
    layer_min_ink_coverage: float = 0.85
    earlier_redactions: bool = True  # recognise black boxes already burnt into a scan
    # A pixel darker than this grey level (0-255) can be part of an earlier box. ZyLAB's grey boxes
    # (VWS releases) are about 107: they need a higher value (docs/security.md).
    earlier_max_grey: int = 80
    handwriting: bool = True  # propose handwritten areas near names on scans (in scan)
