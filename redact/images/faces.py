"""Faces in images, with OpenCV's Haar cascade for frontal faces.

Why this detector: `haarcascade_frontalface_default.xml` ships inside the opencv-python-headless
wheel (cv2.data.haarcascades, under the Intel/OpenCV BSD-style licence in the file's header), runs
offline on the CPU in milliseconds, and needs no model download. OpenCV's better detector
(FaceDetectorYN, YuNet) needs an ONNX file the wheel does not ship, and OpenCV 5 dropped the
cascades: hence the pin `opencv-python-headless>=4.8,<5`. The cascade finds upright frontal faces;
profiles and small faces in a crowd can be missed, so the review shows every photo it judged.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

MAX_SIDE = 900  # pixels: larger images are scaled down first (speed; faces stay detectable)
MIN_FACE = 32  # pixels (after scaling): smaller "faces" are mostly texture or letters
MIN_NEIGHBOURS = 5  # the cascade's confidence: fewer gives false faces on text and patterns
SCALE_STEP = 1.1

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions of the image's width and height


@lru_cache(maxsize=1)
def _cascade():
    import cv2  # imported on first use: a dossier without images never loads OpenCV

    cascade = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")
    if cascade.empty():
        raise RuntimeError("OpenCV's frontal-face cascade could not be loaded")
    return cascade


def find_faces(image: np.ndarray) -> list[Rect]:
    """The faces in a grey image, as fractions of its size; empty for an image too small to hold one."""
    import cv2

    height, width = image.shape[:2]
    if min(height, width) < MIN_FACE:
        return []
    scale = min(1.0, MAX_SIDE / max(height, width))
    small = cv2.resize(image, (max(1, int(width * scale)), max(1, int(height * scale))),
                       interpolation=cv2.INTER_AREA) if scale < 1 else image
    small = np.ascontiguousarray(small)  # no histogram equalisation: it costs detections on flat photos
    found = _cascade().detectMultiScale(small, scaleFactor=SCALE_STEP, minNeighbors=MIN_NEIGHBOURS,
                                        minSize=(MIN_FACE, MIN_FACE))
    h, w = small.shape[:2]
    return [(x / w, y / h, (x + fw) / w, (y + fh) / h) for x, y, fw, fh in (tuple(map(int, f)) for f in found)]
