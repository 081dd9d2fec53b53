"""Calling the `tesseract` program: the one way ingest and the image stage hand it an image.

The image goes over as a file (Tesseract reads stdin a byte at a time), as uncompressed TIFF where
the caller has pixels (the format Leptonica reads cheapest), with one OpenMP thread. The output
check calls Tesseract on its own (`redact/verify/ocr.py`), so that it stays independent of ingest.
"""

from __future__ import annotations

import os
import subprocess
import tempfile

import numpy as np

TIMEOUT_S = 120  # per area; a hung Tesseract must not hang the batch


class OcrError(Exception):
    """OCR could not be run or failed; the message says why (shown to the coordinator)."""


def tesseract_image(img: np.ndarray) -> bytes:
    """A grey image (2-D uint8) as uncompressed TIFF: of the formats Tesseract takes, the one it reads
    cheapest. Leptonica reads a PGM pixel by pixel and inflates a PNG; the same pixels as TIFF cost
    the bench page's Tesseract ~0.06 CPU-s less than as PGM (docs/security.md, seventh session)."""
    import cv2

    ok, encoded = cv2.imencode(".tiff", img, [cv2.IMWRITE_TIFF_COMPRESSION, 1])
    if not ok:
        raise OcrError("afbeelding niet te coderen voor OCR")
    return encoded.tobytes()


def run_tesseract(image: bytes, args: list[str], timeout: float = TIMEOUT_S) -> subprocess.CompletedProcess:
    """Tesseract on `image` (any format it reads; TIFF is cheapest, `tesseract_image`), writing to
    stdout with `args`; the caller judges the return code. The image is handed over as a file, not
    on stdin: Tesseract reads stdin a byte at a time (~0.06 CPU-s for a 200 dpi page). Every OCR
    of ingest and of the image stage goes through here."""
    # One thread per Tesseract: pages already run in parallel across worker processes (with
    # OpenMP's threads the same reading costs three times the CPU, docs/security.md).
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        with tempfile.NamedTemporaryFile(prefix="woo-ocr-", suffix=".img") as file:
            file.write(image)
            file.flush()
            return subprocess.run(["tesseract", file.name, "stdout", *args], capture_output=True, env=env,
                                  timeout=timeout)
    except subprocess.TimeoutExpired:
        raise OcrError(f"Tesseract reageerde niet binnen {timeout:g} s") from None
    except OSError as exc:
        raise OcrError(f"Tesseract start niet ({exc})") from None
