"""OCR of page images with Tesseract (``vie``), pages in parallel.

Per page, in this order (each step measured on these machines, see docs/ocr.md and
../shared/notes/dependency-probe.md §4):

1. *Page finding* — a photographed page lying on a darker background is cut out and its perspective
   undone (only when a clear page quadrilateral is found).
2. *Ink removal* — red and blue pixels (seal, signature) are painted with the paper colour, found by hue and
   saturation in HSV, so that the seal's letters never reach the text. Dark pixels are kept: text under the
   seal stays.
3. *Grey scale, no binarisation* — Tesseract's own thresholding beats ours (adaptive thresholding costs up
   to 38 % CER).
4. *Deskew* — projection-profile search on a quarter-scale mask, then one rotation.
5. *Tesseract* — one ``image_to_data`` call gives words, boxes and confidences; ``OMP_THREAD_LIMIT=1`` and one
   process per core (Tesseract's OpenMP threads make two parallel pages four times slower). The lexicon's
   syllables and the genre's number shapes are given as user words / patterns; lines read with low confidence
   are read again at twice the letter size (one more call for all of them) and kept when surer.
6. *Orientation* — only when a page reads badly, Tesseract's OSD is asked whether it is upside down or turned
   by 90°, and the page is read again if so.
7. *Reading order* — lines as Tesseract groups them, except two-column zones, whose columns are split at the
   widest gap and read one after the other: the national header on the first page
   (:func:`extractor.ingest.layout.split_header_columns`) and the closing, Nơi nhận beside the signer's block
   (:func:`~extractor.ingest.layout.split_closing_columns`).
"""

from __future__ import annotations

import atexit
import concurrent.futures as cf
import contextlib
import ctypes
import ctypes.util
import multiprocessing
import os
import re
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Final

# Tesseract is an OpenMP build: with its default threads one page takes 2.4x longer on these 2-core machines
# and parallel pages slow each other down. Child tesseract processes inherit this.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import cv2
import numpy as np
import pytesseract
import tesserocr
from rapidfuzz.distance import Levenshtein

from extractor.errors import OcrError, OcrTimeoutError
from extractor.ingest.handwriting import HEADER_FRACTION as HANDWRITING_BAND
from extractor.ingest.handwriting import HandwrittenField, read_header_digits
from extractor.ingest.layout import (
    Line,
    RawWord,
    drop_duplicate_words,
    drop_page_number,
    mean_confidence,
    split_closing_columns,
    split_header_columns,
)
from extractor.ingest.spelling import correct_lines, lexicon
from extractor.ingest.table import find_grid, table_lines

# Our OpenCV calls are small; a thread pool in the parent would make forking the OCR workers unsafe.
cv2.setNumThreads(1)

DEFAULT_LANG: Final = "vie"
DEFAULT_PAGE_TIMEOUT_S: Final = 60.0
# A page reading below this mean confidence is checked for a wrong orientation.
ORIENTATION_CHECK_BELOW: Final = 0.55
# A page whose long words stand taller than wide in more than this share is lying on its side. Tesseract's layout
# turns such lines and reads them well (confidence ~0.9 on a real page), so the confidence test never fires, but
# every box is in the turned page's frame: the header's and the closing's columns, and the number's line, are lost.
SIDEWAYS_SHARE: Final = 0.5
# Fewer dark pixels than this fraction of the page: blank, not sent to Tesseract.
BLANK_INK_FRACTION: Final = 0.0003
# Images larger than this (long side, pixels) are scaled down to OCR_TARGET_LONG_SIDE (≈300 dpi on A4).
MAX_LONG_SIDE: Final = 4200
OCR_TARGET_LONG_SIDE: Final = 3508
# Tesseract reads these pages best, and fastest, when letters (median connected-component height) are about
# this tall: 13–14 pt text at 300 dpi is ~28 px, and reading it at ~20 px (≈210 dpi) lowered CER and time on
# the scan corpus (docs/ocr.md). Only the copy given to Tesseract is scaled; boxes are mapped back.
TARGET_GLYPH_PX: Final = 20.0
# A page whose letters are shorter than this (median connected-component height, px; 13 pt at 150 dpi is ~14 px)
# was stored at a low resolution: a web page's 50–100 dpi image, a thumbnail, a screenshot. Tesseract reads
# letters of 5–8 px badly (a 53 dpi page's header at 0.545), and the header's pen-digit slots, the stamp frames
# and the broken-line bands are all sized for 200–300 dpi pages: the whole page is enlarged first (Lanczos), so
# that its letters stand as tall as on a 300 dpi scan, and every later step sees a page of the size it was made
# for. 36 px and Lanczos, not 28 px and cubic: on hs_02 (an ≈80 dpi phone photo) the smaller or softer page read
# its seal as words between the signer's title and name and lost both; the body read as well either way.
LOW_RESOLUTION_GLYPH_PX: Final = 14.0
ENLARGED_GLYPH_PX: Final = 36.0
MAX_ENLARGEMENT: Final = 8.0
ENLARGE_INTERPOLATION: Final = cv2.INTER_LANCZOS4
# Digits read on an enlarged page are not what Tesseract's confidence says: on the dev scans at 60 dpi a typed
# year's 5 read as 3 and pen days read 04 for 18 at confidence 0.8–0.95. A word with a digit on such a page is
# never surer than this, so a number or date read from it is flagged for the clerk (LOW_CONFIDENCE 0.7 on the
# value, whose evidence averages its words' confidence with the labels'), and stays readable (above the 0.3
# under which a word counts as unread).
ENLARGED_DIGIT_CONFIDENCE: Final = 0.4
# Review images are stored at about 150 dpi (a full 300 dpi noisy scan is ~6 MB of PNG and 0.3 s to encode).
REVIEW_LONG_SIDE: Final = 1754

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class OcrOptions:
    """How pages are OCR'd. The defaults are the measured best settings (docs/ocr.md)."""

    lang: str = DEFAULT_LANG
    psm: int = 3
    page_timeout_s: float = DEFAULT_PAGE_TIMEOUT_S
    find_page: bool = True
    remove_ink: bool = True
    deskew: bool = True
    denoise: bool = False  # fastNlMeansDenoising: helps noisy scans a little, costs ~3 s per page
    orientation: bool = True
    header_columns: bool = True  # split the header's and the closing's two columns
    handwriting: bool = True  # read the header's handwritten number and day (extractor/ingest/handwriting.py)
    keep_images: bool = True
    workers: int | None = None  # default: one per core


@dataclass(slots=True)
class OcrPage:
    """What OCR produced for one page; boxes are in pixels of the processed page image."""

    lines: list[Line]
    width: int
    height: int
    confidence: float | None
    image_png: bytes | None = None
    skew_deg: float = 0.0
    rotated_deg: int = 0
    blank: bool = False
    timings_ms: dict[str, float] = field(default_factory=dict)
    handwritten: list[HandwrittenField] = field(default_factory=list)  # header digits read from pen ink


# ---------------------------------------------------------------- image pre-processing


def find_page(rgb: np.ndarray) -> np.ndarray:
    """Cut out a photographed page lying on a darker background and undo its perspective.

    Returns the image unchanged unless a bright quadrilateral covering 30–93 % of the picture is found
    (a flat scan has no such page border).
    """
    h, w = rgb.shape[:2]
    scale = 800 / max(h, w)
    small = cv2.resize(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), None, fx=scale, fy=scale,
                       interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return rgb
    contour = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(contour) / (small.shape[0] * small.shape[1])
    if not 0.30 <= area <= 0.93:
        return rgb
    quad = cv2.approxPolyDP(contour, 0.02 * cv2.arcLength(contour, True), True)
    if len(quad) != 4 or not cv2.isContourConvex(quad):
        return rgb
    pts = quad.reshape(4, 2).astype(np.float32) / scale
    # Order corners: top-left, top-right, bottom-right, bottom-left.
    s, d = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    tl, br, tr, bl = pts[np.argmin(s)], pts[np.argmax(s)], pts[np.argmin(d)], pts[np.argmax(d)]
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    if width < 100 or height < 100:
        return rgb
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(np.array([tl, tr, br, bl], np.float32), target)
    return cv2.warpPerspective(rgb, matrix, (width, height), flags=cv2.INTER_CUBIC,
                               borderMode=cv2.BORDER_REPLICATE)


def ink_mask(rgb: np.ndarray) -> np.ndarray:
    """Pixels of red, blue or violet ink (seal, signature, stamp): saturated, not dark. Dark text under it is kept."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    coloured = (sat >= 70) & (val >= 90)
    red = (hue <= 12) | (hue >= 160)  # OpenCV hue runs 0..179
    # blue through violet and magenta: stamp pads are often violet (hue ~136 for a 270° ink), which fell between
    # the blue and the red ranges and was read as text over the date line
    blue_violet = (hue >= 95) & (hue < 160)
    mask = (coloured & (red | blue_violet)).astype(np.uint8)
    # Anti-aliased and JPEG-smeared stroke edges are less saturated: widen the mask by a pixel or two.
    return cv2.dilate(mask, np.ones((3, 3), np.uint8), iterations=1)


def to_grey(rgb: np.ndarray, *, remove_ink: bool) -> np.ndarray:
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    if remove_ink:
        mask = ink_mask(rgb).astype(bool)
        if mask.any():
            paper = int(np.percentile(grey[::8, ::8], 90))
            grey[mask] = paper
    return grey


def estimate_skew(grey: np.ndarray, *, max_deg: float = 5.0) -> float:
    """Skew angle in degrees (counter-clockwise positive, as cv2.getRotationMatrix2D takes it).

    Projection-profile search: the rotation that makes the row sums of the text mask sharpest.
    """
    small = cv2.resize(grey, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if np.count_nonzero(mask) < 0.002 * mask.size:
        return 0.0
    h, w = mask.shape
    centre = (w / 2, h / 2)
    mask = mask.astype(np.float32) / 255

    def sharpness(angle: float) -> float:
        matrix = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rotated = cv2.warpAffine(mask, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)
        rows = rotated.sum(axis=1)
        return float(np.sum(np.diff(rows) ** 2))

    coarse = max(np.arange(-max_deg, max_deg + 1e-9, 0.5), key=sharpness)
    fine = max(np.arange(coarse - 0.5, coarse + 0.5 + 1e-9, 0.05), key=sharpness)
    return round(float(fine), 2)


def glyph_height(grey: np.ndarray, *, half: bool = True) -> float | None:
    """Median height in pixels of the dark connected components (letters), None on an empty page.
    ``half``: measured at half size (fast on a full page; letters under 8 px are not seen)."""
    small = cv2.resize(grey, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA) if half else grey
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    heights, widths = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    letters = (heights >= (4 if half else 3)) & (heights <= 80) & (widths <= 3 * heights + 10)
    if np.count_nonzero(letters) < 50:
        return None
    return float(np.median(heights[letters])) * (2 if half else 1)


def enlargement(rgb: np.ndarray) -> float:
    """Factor that brings a low-resolution page's letters to 300 dpi size (1.0 for a page at ≥ 150 dpi)."""
    if max(rgb.shape[:2]) > OCR_TARGET_LONG_SIDE / 2:  # a page this large is at ≥ 150 dpi or is not one page
        return 1.0
    height = glyph_height(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), half=False)
    if not height or height >= LOW_RESOLUTION_GLYPH_PX:
        return 1.0
    return min(ENLARGED_GLYPH_PX / height, MAX_ENLARGEMENT, OCR_TARGET_LONG_SIDE / max(rgb.shape[:2]))


def text_scale(grey: np.ndarray) -> float:
    """Factor that brings the page's letters to :data:`TARGET_GLYPH_PX` (1.0 when close enough or unknown)."""
    height = glyph_height(grey)
    if not height:
        return 1.0
    factor = min(max(TARGET_GLYPH_PX / height, 0.5), 2.0)
    return 1.0 if abs(factor - 1) < 0.1 else factor


def rotate(image: np.ndarray, angle: float, fill: int) -> np.ndarray:
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=fill)


def is_blank(grey: np.ndarray) -> bool:
    return np.count_nonzero(grey[::2, ::2] < 128) < BLANK_INK_FRACTION * grey[::2, ::2].size


# ---------------------------------------------------------------- stamps

# Words of an incoming-document stamp ("CÔNG VĂN ĐẾN / Số: … Ngày: … / Kính chuyển: …", "ĐẾN Giờ: … Ngày: …")
# and of an e-signature box ("Ký bởi: … Thời gian ký: …"), as OCR reads them (marks lost at times).
_STAMP_WORDS: Final = (
    ("den", re.compile(r"^Đ[ẾÉE]N\W*$")),
    ("gio", re.compile(r"^Gi[ờởóòo]\W", re.IGNORECASE)),
    ("ngay", re.compile(r"^Ng[àa]y\s*[.:…]")),
    ("chuyen", re.compile(r"^chuy[ểêé]n\W", re.IGNORECASE)),
    ("ky_boi", re.compile(r"^b[ởơ]i:", re.IGNORECASE)),
    ("thoi_gian", re.compile(r"^k[ýy]:", re.IGNORECASE)),
)
# A stamp's frame: one connected stroke (the box's border) of this size, fraction of the page, and sparse.
STAMP_MIN_SIZE: Final = (0.08, 0.025)
STAMP_MAX_SIZE: Final = (0.60, 0.25)
STAMP_MAX_FILL: Final = 0.25
# A line none of whose words reads at this confidence is a scribble, not text.
UNREADABLE_BELOW: Final = 0.3


def _stamp_kinds(words: Iterable[RawWord]) -> set[str]:
    return {kind for word in words for kind, pattern in _STAMP_WORDS if pattern.match(word.text)}


def drop_stamps(grey: np.ndarray, lines: list[Line]) -> list[Line]:
    """Lines without the words of incoming-document stamps and e-signature boxes.

    A stamp is a framed box (found as one large, sparse connected component: its border) holding words of
    at least two of the stamp's fields (:data:`_STAMP_WORDS`); a seal, a table or a signature holds none.
    Every word whose centre lies in such a box is dropped: its dates are the arrival's, not the document's.
    """
    height, width = grey.shape[:2]
    _, mask = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = []
    for x, y, w, h, area in stats[1:]:
        if not (STAMP_MIN_SIZE[0] * width <= w <= STAMP_MAX_SIZE[0] * width
                and STAMP_MIN_SIZE[1] * height <= h <= STAMP_MAX_SIZE[1] * height):
            continue
        if area > STAMP_MAX_FILL * w * h:
            continue
        inside = [word for line in lines for word in line if x <= word.xc <= x + w and y <= word.yc <= y + h]
        if len(_stamp_kinds(inside)) >= 2:
            boxes.append((x, y, x + w, y + h))
    if not boxes:
        return lines
    kept = [[word for word in line if not any(x0 <= word.xc <= x1 and y0 <= word.yc <= y1
                                              for x0, y0, x1, y1 in boxes)] for line in lines]
    return [line for line in kept if line]


def drop_specks(lines: list[Line]) -> list[Line]:
    """Lines without stray marks and unreadable lines.

    A stray mark is a word with no letter or digit (a rule under the issuer, scanner dust, a tick) standing
    further than a line height from every other word; list dashes and punctuation that touch their words
    stay. An unreadable line is one none of whose words Tesseract read with confidence."""
    kept: list[Line] = []
    for line in lines:
        words = []
        for i, word in enumerate(line):
            if not word.handwritten and not any(ch.isalnum() for ch in word.text):  # "…": an unread pen slot
                if "_" in word.text:  # a rule or a scanner streak ("-_", "__"): no list dash nor punctuation
                    continue
                room = word.y1 - word.y0
                height = max((w.y1 - w.y0 for w in line if any(ch.isalnum() for ch in w.text)), default=room)
                before = word.x0 - line[i - 1].x1 if i > 0 else float("inf")
                after = line[i + 1].x0 - word.x1 if i + 1 < len(line) else float("inf")
                if min(before, after) > height:
                    continue
            words.append(word)
        words = drop_debris_runs(words)
        # A line Tesseract could read no word of (a handwritten filing note, a signature's scribble), or only
        # one short poorly read word among specks (a seal's rim under the type name read "SÁ").
        lone = (len(words) == 1 and len(words) < len(line) and sum(ch.isalnum() for ch in words[0].text) <= 2
                and not words[0].handwritten and (words[0].confidence or 0) < DEBRIS_BELOW)
        if words and not lone and any(w.confidence is None or w.confidence >= UNREADABLE_BELOW for w in words):
            kept.append(words)
    return kept


# Words read below this, standing apart from a line's well-read words, are marks a seal or stamp left.
DEBRIS_BELOW: Final = 0.5
DEBRIS_GAP: Final = 1.5  # line heights between a run of words and the rest of its line


def drop_debris_runs(line: Line) -> Line:
    """The line without runs of poorly read words standing apart from its well-read words: the rim of a faint
    seal beside a heading (``Chang ŠÝ l.   QUYẾT ĐỊNH``). Runs are cut where the gap between two words is wider
    than :data:`DEBRIS_GAP` line heights; a run goes when every word in it is read below :data:`DEBRIS_BELOW`
    and another run of the line holds a word read surely."""
    if len(line) < 2:
        return line
    runs = split_at_gaps(line, DEBRIS_GAP)
    if len(runs) < 2:
        return line

    def debris(run: Line) -> bool:
        return all(not w.handwritten and w.confidence is not None and w.confidence < DEBRIS_BELOW for w in run)

    if not any(not debris(run) and any((w.confidence or 0) >= 0.8 for w in run) for run in runs):
        return line
    return [w for run in runs if not debris(run) for w in run]


# ---------------------------------------------------------------- text Tesseract's page layout skipped

# Ink left unread over this fraction of the page (and this tall) is looked at again: Tesseract's page layout
# takes a black seal with the signer's title and name around it for a picture and reads nothing there.
UNREAD_MIN_AREA: Final = 0.01
UNREAD_MIN_HEIGHT: Final = 0.03
# Words found in such a region count only at this confidence (the seal's curved letters read far lower).
UNREAD_MIN_CONFIDENCE: Final = 0.6
SINGLE_LINE_PSM: Final = 7  # a header line the page's reading dropped, read again alone (handwriting.py)
SPARSE_PSM: Final = 11  # sparse text: words anywhere, no page layout (measured best of 11, 6, 3)


def unread_regions(grey: np.ndarray, lines: list[Line]) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of large inky areas holding no word Tesseract read."""
    height, width = grey.shape[:2]
    small = cv2.resize(grey, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    for line in lines:
        for w in line:
            pad = (w.y1 - w.y0) / 2
            cv2.rectangle(mask, (int((w.x0 - pad) / 4), int((w.y0 - pad) / 4)),
                          (int((w.x1 + pad) / 4), int((w.y1 + pad) / 4)), 0, thickness=-1)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))  # dust
    mask = cv2.dilate(mask, np.ones((9, 25), np.uint8))  # the words of a line (and a seal's parts) join
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = []
    for x, y, w, h, _ in stats[1:]:
        if w * h >= UNREAD_MIN_AREA * small.size and h >= UNREAD_MIN_HEIGHT * small.shape[0]:
            boxes.append((max(x * 4 - 16, 0), max(y * 4 - 16, 0), min((x + w) * 4 + 16, width),
                          min((y + h) * 4 + 16, height)))
    return boxes


def read_unread(grey: np.ndarray, lines: list[Line], options: OcrOptions, dpi: int | None,
                page_number: int) -> list[Line]:
    """``lines`` plus the confidently read words of inky areas the page's reading skipped (sparse text mode)."""
    added: list[Line] = []
    sparse = replace(options, psm=SPARSE_PSM)
    out = [list(line) for line in lines]
    for x0, y0, x1, y1 in unread_regions(grey, lines):
        for line in _read(grey[y0:y1, x0:x1], sparse, dpi, page_number):
            words = []
            for w in line:
                if (w.confidence or 0) < UNREAD_MIN_CONFIDENCE or sum(ch.isalnum() for ch in w.text) < 2:
                    continue
                word = RawWord(w.text, w.x0 + x0, w.y0 + y0, w.x1 + x0, w.y1 + y0, w.confidence)
                # The region's box takes in words the page's reading has (the signer's title beside the seal):
                # kept twice, they interleave on one line ("KT. KT. CHỦ CHỦ TỊCH TỊCH"). The surer reading stays.
                twin = next(((i, j) for i, old in enumerate(out) for j, o in enumerate(old)
                             if o.x0 <= word.xc <= o.x1 and o.y0 <= word.yc <= o.y1), None)
                if twin is None:
                    words.append(word)
                elif (word.confidence or 0) > (out[twin[0]][twin[1]].confidence or 0):
                    out[twin[0]][twin[1]] = word
            if words:
                added.append(words)
    return out + added


# ---------------------------------------------------------------- doubtful lines read again, larger

# A line whose mean confidence is below this is read again at this many times the page's letter size.
REREAD_BELOW: Final = 0.8
REREAD_SCALE: Final = 2.0
REREAD_MAX_LINES: Final = 8
# Words of one line further apart than this many line heights stand in two columns and are read again apart.
REREAD_RUN_GAP: Final = 4.0
# A line read below REREAD_GARBLED is garbage: any reading at REREAD_SURE may replace it (see reread_doubtful).
REREAD_GARBLED: Final = 0.5
REREAD_SURE: Final = 0.9
# A run read below REREAD_UNREAD holds nothing Tesseract could read (a list entry beside a seal read "a c"): of
# its reading again, the words read at BROKEN_MIN_CONFIDENCE replace it, the others are left out (a JPEG's
# "(b/c)" read "(/€)" at 0.3 beside "- Bộ LĐTBXH" at 0.92).
REREAD_UNREAD: Final = 0.3
# The line read again must still be the same line (a larger crop can take in a neighbour's words).
REREAD_SIMILAR: Final = 0.6


# A line with unread ink in its band, beside or between its words, at least this many line heights wide: a
# seal's rim or a signature crossed it and Tesseract's layout cut the line around the mark (``KT. BỌ`` /
# ``ỞNG, CHỦ NHIỆM`` for ``KT. BỘ TRƯỞNG, CHỦ NHIỆM``). Looked for this far beside the line, in line heights.
BROKEN_MIN_INK: Final = 0.75
BROKEN_REACH: Final = 2.0
BROKEN_MAX_GROUPS: Final = 4
# ... and read again whole only if the new reading holds more letters than the pieces, at least as surely and
# at this confidence (a line the seal struck through gains its hidden words but may lose a sure one).
BROKEN_MIN_CONFIDENCE: Final = 0.75


def _unread_ink(ink: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> int:
    """Columns of ``ink`` (words already painted out) in the box that hold ink over a tenth of its height
    (a letter's thin strokes count, a rule along the line does not)."""
    if x1 <= x0 or y1 <= y0:
        return 0
    return int(np.count_nonzero(np.count_nonzero(ink[y0:y1, x0:x1], axis=0) >= max(0.1 * (y1 - y0), 2)))


def broken_lines(grey: np.ndarray, lines: list[Line]) -> list[tuple[list[int], tuple[int, int, int, int]]]:
    """Groups of lines (side by side in one band) with unread ink among or beside their words, and the box
    that takes in the group and that ink: what a seal's rim or a signature broke (see :data:`BROKEN_MIN_INK`)."""
    height, width = grey.shape[:2]
    ink = (grey < 128).astype(np.uint8)
    for line in lines:
        for w in line:
            ink[int(max(w.y0, 0)) : int(w.y1) + 1, int(max(w.x0, 0)) : int(w.x1) + 1] = 0
    found: list[tuple[int, int, int, int, int]] = []  # line, band y0, y1, ink x0, x1
    for i, line in enumerate(lines):
        if any(w.handwritten for w in line) or sum(ch.isalpha() for w in line for ch in w.text) < 2:
            continue
        h = float(np.median([w.y1 - w.y0 for w in line]))
        y0, y1 = int(min(w.y0 for w in line)), int(max(w.y1 for w in line))
        # a fifth of the band's edges left out: the ascenders and descenders of the lines above and below
        b0, b1 = int(y0 + 0.2 * (y1 - y0)), int(y1 - 0.2 * (y1 - y0))
        reach = int(BROKEN_REACH * h)
        lo, hi = int(max(min(w.x0 for w in line) - reach, 0)), int(min(max(w.x1 for w in line) + reach, width))
        if _unread_ink(ink, lo, b0, hi, b1) >= BROKEN_MIN_INK * h:
            found.append((i, y0, y1, lo, hi))
    groups: list[tuple[list[int], list[int]]] = []
    for i, y0, y1, lo, hi in found:
        for members, box in groups:
            overlap = min(y1, box[3]) - max(y0, box[1])
            if overlap >= 0.5 * min(y1 - y0, box[3] - box[1]) and lo <= box[2] and hi >= box[0]:
                members.append(i)
                box[:] = [min(box[0], lo), min(box[1], y0), max(box[2], hi), max(box[3], y1)]
                break
        else:
            groups.append(([i], [lo, y0, hi, y1]))
    return [(members, (box[0], box[1], box[2], box[3])) for members, box in groups][:BROKEN_MAX_GROUPS]


def split_at_gaps(line: Line, gap: float) -> list[Line]:
    """A line cut into runs where its words stand more than ``gap`` line heights apart (median word height)."""
    height = float(np.median([w.y1 - w.y0 for w in line]))
    runs: list[Line] = [[line[0]]]
    for before, word in zip(line, line[1:], strict=False):
        if word.x0 - before.x1 > gap * height:
            runs.append([])
        runs[-1].append(word)
    return runs


def _unread(part: Line) -> bool:
    """Whether Tesseract read nothing of these words: below :data:`REREAD_UNREAD`, or a few letters in boxes as
    wide as a phrase (``c`` at 0.34 for ``- Bộ LĐTBXH (b/c);``: a letter is about half as wide as it is tall)."""
    height = float(np.median([w.y1 - w.y0 for w in part]))
    return ((mean_confidence(part) or 0) < REREAD_UNREAD
            or 1.5 * height * sum(len(w.text) for w in part) < sum(w.x1 - w.x0 for w in part))


def _holds_text(part: Line) -> bool:
    """Whether a doubtful line holds enough to be worth reading again: four characters, or boxes as wide as four
    letters (a list entry a seal's rim garbled was read as one word ``a`` as wide as the entry)."""
    height = float(np.median([w.y1 - w.y0 for w in part]))
    return sum(len(w.text) for w in part) >= 4 or sum(w.x1 - w.x0 for w in part) >= 4 * height


def reread_doubtful(grey: np.ndarray, lines: list[Line], options: OcrOptions, dpi: int | None,
                    page_number: int) -> list[Line]:
    """Lines read with low confidence, and lines a mark broke (:func:`broken_lines`), read again at a larger
    scale, all in one Tesseract call; kept if surer (a broken line: and holding more letters). Of a line whose
    words stand in columns (:func:`_runs`), each doubtful run is read again alone."""
    # A line holding handwritten digits read by the handwriting step is already settled: reading it again
    # would bring back Tesseract's reading of the pen.
    parts: list[tuple[int, Line]] = []
    for i, line in enumerate(lines):
        if line and not any(w.handwritten for w in line):
            # apart only where one column is garbage and another is not; otherwise the line as before
            runs = split_at_gaps(line, REREAD_RUN_GAP)  # the closing's two columns read as one line
            read = [(mean_confidence(run) or 0) >= REREAD_GARBLED for run in runs]
            parts += [(i, run) for run in runs] if any(read) and not all(read) else [(i, line)]
    doubtful = [(i, part) for i, part in parts
                if (mean_confidence(part) or 0) < REREAD_BELOW and _holds_text(part)]
    # On a page that reads badly all over (a faint typed copy), most lines are doubtful and a re-read of
    # them all cost more than the page (3 s of CPU for 2 of 27 lines better): the least sure few only.
    doubtful = sorted(doubtful, key=lambda item: mean_confidence(item[1]) or 0)[:REREAD_MAX_LINES]
    doubtful.sort(key=lambda item: item[0])
    taken = {i for i, _ in doubtful}
    broken = [(members, box) for members, box in broken_lines(grey, lines) if not set(members) & taken]
    if not doubtful and not broken:
        return lines
    factor = text_scale(grey) * REREAD_SCALE
    height, width = grey.shape[:2]
    paper = int(np.percentile(grey[::8, ::8], 90))
    strips, slots = [], []
    top = 0
    # (lines, the words read again, the ink's box of a broken line, whether only part of the line is read)
    items = [([i], part, None, part is not lines[i]) for i, part in doubtful]
    items += [(members, [w for i in members for w in lines[i]], box, False) for members, box in broken]
    for members, line, box, partial in items:
        pad = max(w.y1 - w.y0 for w in line) * 0.2
        x0, y0 = int(max(min(w.x0 for w in line) - pad, 0)), int(max(min(w.y0 for w in line) - pad, 0))
        x1, y1 = int(min(max(w.x1 for w in line) + pad, width)), int(min(max(w.y1 for w in line) + pad, height))
        if box is not None:
            x0, x1 = int(max(min(x0, box[0]), 0)), int(min(max(x1, box[2]), width))
        if box is not None or partial:  # a mark (or the other column) made the words' boxes tall: their median band
            y0 = int(max(float(np.median([w.y0 for w in line])) - pad, 0))
            y1 = int(min(float(np.median([w.y1 for w in line])) + pad, height))
        crop = cv2.resize(grey[y0:y1, x0:x1], None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
        gap = crop.shape[0]
        strips.append((crop, top + gap))
        slots.append((members, line, box is not None, x0, y0, top + gap, top + gap + crop.shape[0]))
        top += gap + crop.shape[0]
    canvas = np.full((top + 2 * strips[-1][0].shape[0], max(c.shape[1] for c, _ in strips) + 40), paper, np.uint8)
    for crop, y in strips:
        canvas[y : y + crop.shape[0], 20 : 20 + crop.shape[1]] = crop
    read = _tesseract_words(canvas, replace(options, psm=6), round(dpi * factor) if dpi else None, page_number)
    out: list[Line | None] = list(lines)
    for members, line, is_broken, x0, y0, s0, s1 in slots:
        # A neighbour's ascenders or descenders in the crop come back as a line of their own: the longest is ours.
        candidates = [[w for w in row if s0 <= w.yc <= s1] for row in read]
        words = max(candidates, key=lambda ws: sum(len(w.text) for w in ws), default=[])
        if not words:
            continue
        new = [RawWord(w.text, (w.x0 - 20) / factor + x0, (w.y0 - s0) / factor + y0, (w.x1 - 20) / factor + x0,
                       (w.y1 - s0) / factor + y0, w.confidence) for w in sorted(words, key=lambda w: w.xc)]
        old = sorted(line, key=lambda w: w.x0)
        if not is_broken and _unread(old):
            new = [w for w in new if (w.confidence or 0) >= BROKEN_MIN_CONFIDENCE] or new
        old_text, new_text = " ".join(w.text for w in old), " ".join(w.text for w in new)
        similar = Levenshtein.normalized_similarity(old_text, new_text) >= REREAD_SIMILAR
        if is_broken:
            letters = sum(ch.isalpha() for ch in new_text) > sum(ch.isalpha() for ch in old_text)
            sure = mean_confidence(new) or 0
            better = letters and sure >= BROKEN_MIN_CONFIDENCE and sure >= (mean_confidence(old) or 0)
        else:
            better = (mean_confidence(new) or 0) > (mean_confidence(old) or 0)
            # a reading Tesseract could make nothing of (a column read across with the seal beside it) may
            # become any surely read words, if they are not a neighbour line's (a crop taking in the next line)
            # (words, not a mark's blot read as a syllable: "SÁ" for a seal's rim beside the type name)
            wordy = sum(1 for w in new if sum(ch.isalpha() for ch in w.text) >= 2) >= 2
            sure = BROKEN_MIN_CONFIDENCE if _unread(old) else REREAD_SURE
            similar = similar or ((mean_confidence(old) or 0) < REREAD_GARBLED and wordy
                                  and (mean_confidence(new) or 0) >= sure
                                  and not any(Levenshtein.normalized_similarity(
                                      new_text, " ".join(w.text for w in other)) >= REREAD_SIMILAR
                                              for other in lines if other is not lines[members[0]]))
        if better and similar:
            if is_broken:
                out[members[0]] = new
                for i in members[1:]:
                    out[i] = None
            else:  # the run's words give way to the new ones; the line's other runs stay
                rest = [w for w in (out[members[0]] or []) if not any(w is o for o in line)]
                out[members[0]] = sorted(rest + new, key=lambda w: w.xc)
    return [line for line in out if line is not None]


# ---------------------------------------------------------------- Tesseract

# The genre's number shapes ("112/2025/QH15", "83/TTr-UBND") as Tesseract user patterns.
NUMBER_PATTERNS: Final = Path(__file__).resolve().parent / "data" / "number_patterns.txt"
# Where Debian, Ubuntu, Fedora and Homebrew put Tesseract's language files (TESSDATA_PREFIX first).
TESSDATA_DIRS: Final = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                        "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata")


@lru_cache(maxsize=1)
def user_words_file() -> str | None:
    """The lexicon's syllables (as written, Capitalised, UPPER) as a Tesseract user-words file.

    Written once per process (before the OCR workers fork, see :func:`_executor`)."""
    syllables = sorted(lexicon().syllables)
    if not syllables:
        return None
    handle, path = tempfile.mkstemp(prefix="docintel-user-words-", suffix=".txt")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.writelines(f"{s}\n{s[0].upper()}{s[1:]}\n{s.upper()}\n" for s in syllables)
    atexit.register(lambda: os.path.exists(path) and os.remove(path))
    return path


def tessdata_dir(lang: str) -> str | None:
    """The first directory holding every model of ``lang`` ("vie", "vie+eng")."""
    for directory in (os.environ.get("TESSDATA_PREFIX"), *TESSDATA_DIRS):
        if directory and all(Path(directory, f"{part}.traineddata").is_file() for part in lang.split("+")):
            return directory
    return None


_ENGINES = threading.local()
_LEPTONICA_QUIET = 6  # L_SEVERITY_NONE


def _silence_leptonica() -> None:
    """Leptonica, inside the in-process Tesseract, prints harmless "Error in boxClipToRectangle" lines to stderr
    for boxes at a page's edge; the command-line tesseract hid them. They would fill a clerk's and an operator's log."""
    with contextlib.suppress(OSError, AttributeError):  # another Leptonica build: its messages stay, nothing else
        ctypes.CDLL(ctypes.util.find_library("lept") or "liblept.so.5").setMsgSeverity(_LEPTONICA_QUIET)


def _engine(lang: str, page_number: int) -> tesserocr.PyTessBaseAPI:
    """This thread's Tesseract for ``lang``, loaded once: the model and the lexicon's 27 000 user words cost
    0.15 s of CPU per start, which a command-line call per page (and per re-read) paid again and again."""
    if getattr(_ENGINES, "pid", None) != os.getpid():  # a forked worker builds its own
        _ENGINES.by_lang, _ENGINES.pid = {}, os.getpid()
        _silence_leptonica()
    engines: dict[str, tesserocr.PyTessBaseAPI] = _ENGINES.by_lang
    if lang not in engines:
        directory = tessdata_dir(lang)
        if directory is None:
            raise OcrError(
                f"Máy chủ chưa có dữ liệu nhận dạng chữ {lang!r} của Tesseract nên không đọc được các trang quét. "
                "Xin báo quản trị viên chạy scripts/setup.sh (cài tesseract-ocr và tesseract-ocr-vie) rồi thử lại.",
                detail={"page": page_number},
            )
        variables = {"user_patterns_file": str(NUMBER_PATTERNS)}
        if words := user_words_file():
            variables["user_words_file"] = words
        try:
            engines[lang] = tesserocr.PyTessBaseAPI(path=directory + "/", lang=lang, oem=tesserocr.OEM.LSTM_ONLY,
                                                    variables=variables)
        except RuntimeError as exc:
            raise OcrError(f"Tesseract không khởi động được ở trang {page_number}: {exc}. Xin thử lại.") from None
    return engines[lang]


def _tesseract_words(grey: np.ndarray, options: OcrOptions, dpi: int | None, page_number: int) -> list[Line]:
    engine = _engine(options.lang, page_number)
    image = np.ascontiguousarray(grey)
    engine.SetPageSegMode(options.psm)
    engine.SetImageBytes(image.tobytes(), image.shape[1], image.shape[0], 1, image.shape[1])
    if dpi:
        engine.SetSourceResolution(dpi)
    if not engine.Recognize(timeout=int(options.page_timeout_s * 1000)):
        engine.Clear()
        raise OcrTimeoutError(
            f"Nhận dạng chữ (OCR) trang {page_number} vượt quá giới hạn {options.page_timeout_s:g} giây "
            "nên đã dừng. Trang có thể quá dày chữ hoặc bị hỏng: hãy quét lại ở 300 dpi, hoặc nâng giới "
            "hạn (OcrOptions.page_timeout_s).",
            detail={"page": page_number},
        )
    lines: list[Line] = []
    level = tesserocr.RIL.WORD
    new_line = True
    for word in tesserocr.iterate_level(engine.GetIterator(), level):
        new_line = new_line or word.IsAtBeginningOf(tesserocr.RIL.TEXTLINE)
        try:
            text = fix_word(word.GetUTF8Text(level).strip())
        except RuntimeError:  # an empty word
            continue
        if not text:
            continue
        x0, y0, x1, y1 = word.BoundingBox(level)
        if new_line:
            lines.append([])
            new_line = False
        lines[-1].append(RawWord(text, float(x0), float(y0), float(x1), float(y1),
                                 max(word.Confidence(level), 0.0) / 100))
    engine.Clear()
    return lines


def _read(grey: np.ndarray, options: OcrOptions, dpi: int | None, page_number: int) -> list[Line]:
    """Tesseract on a copy scaled to the best letter size; boxes come back in ``grey``'s pixels."""
    factor = text_scale(grey)
    if factor == 1.0:
        return _tesseract_words(grey, options, dpi, page_number)
    interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    scaled = cv2.resize(grey, None, fx=factor, fy=factor, interpolation=interpolation)
    lines = _tesseract_words(scaled, options, round(dpi * factor) if dpi else None, page_number)
    return [[RawWord(w.text, w.x0 / factor, w.y0 / factor, w.x1 / factor, w.y1 / factor, w.confidence)
             for w in line] for line in lines]


# Tesseract's `vie` model reads the en dash of Vietnamese administrative text ("KH–UBND", "– Đẩy mạnh …") as an
# em dash, sometimes followed by a hyphen ("VP—-KGVX"). Em dashes are not used in these documents (none in the
# corpus sources), so a run of dashes containing one is an en dash.
_EM_DASH_RUN = re.compile(r"[-–]*—[—–-]*")


# Tesseract reads some Đ as the Icelandic eth (U+00D0), which Vietnamese never uses.
_ETH = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})


def fix_word(text: str) -> str:
    """Per-word corrections of systematic Tesseract confusions (see :data:`_EM_DASH_RUN`, :data:`_ETH`)."""
    text = text.translate(_ETH)
    return _EM_DASH_RUN.sub("–", text) if "—" in text else text


_ROTATE_RE = re.compile(r"Rotate:\s*(\d+)")
_CV_ROTATIONS = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def reads_sideways(lines: list[Line]) -> bool:
    """Whether most words of four letters or more were read standing up (a page lying on its side)."""
    long = [w for line in lines for w in line if sum(ch.isalnum() for ch in w.text) >= 4]
    if len(long) < 5:
        return False
    return sum(w.y1 - w.y0 > w.x1 - w.x0 for w in long) > SIDEWAYS_SHARE * len(long)


def _osd_rotation(grey: np.ndarray, timeout: float) -> int:
    """Clockwise rotation (0, 90, 180, 270) that OSD says the page needs; 0 when it cannot tell."""
    try:
        osd = pytesseract.image_to_osd(grey, config="--psm 0", timeout=timeout)
    except (pytesseract.TesseractError, RuntimeError):
        return 0
    match = _ROTATE_RE.search(osd)
    return int(match.group(1)) if match else 0


def ocr_page(rgb: np.ndarray, *, page_number: int = 1, first_page: bool = True, dpi: int | None = None,
             options: OcrOptions = OcrOptions()) -> OcrPage:
    """OCR one RGB page image (H×W×3 uint8) in this process. Raises :class:`OcrError`."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    h, w = rgb.shape[:2]
    enlarged = False
    if max(h, w) > MAX_LONG_SIDE:
        factor = OCR_TARGET_LONG_SIDE / max(h, w)
        rgb = cv2.resize(rgb, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        dpi = int(dpi * factor) if dpi else None
    elif (factor := enlargement(rgb)) > 1:
        rgb = cv2.resize(rgb, None, fx=factor, fy=factor, interpolation=ENLARGE_INTERPOLATION)
        dpi = round(dpi * factor) if dpi else None
        enlarged = True
    if options.find_page:
        rgb = find_page(rgb)
    grey = to_grey(rgb, remove_ink=options.remove_ink)
    original = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if options.keep_images else None
    if options.denoise:
        grey = cv2.fastNlMeansDenoising(grey, None, h=10, templateWindowSize=7, searchWindowSize=21)
    timings["preprocess"] = (time.perf_counter() - started) * 1000
    if is_blank(grey):
        return OcrPage([], grey.shape[1], grey.shape[0], None, _png(original), blank=True, timings_ms=timings)
    skew = 0.0
    if options.deskew:
        t0 = time.perf_counter()
        skew = estimate_skew(grey)
        if abs(skew) >= 0.05:
            paper = int(np.percentile(grey[::8, ::8], 90))
            grey = rotate(grey, skew, paper)
            if original is not None:
                original = rotate(original, skew, paper)
        timings["deskew"] = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    lines = _read(grey, options, dpi, page_number)
    words = [word for line in lines for word in line]
    confidence = mean_confidence(words)
    rotated = 0
    sideways = reads_sideways(lines)
    if options.orientation and (sideways or confidence is None or confidence < ORIENTATION_CHECK_BELOW):
        osd = _osd_rotation(grey, options.page_timeout_s)
        candidates = [osd] if osd in _CV_ROTATIONS else []
        if sideways:  # OSD may have no answer, or the wrong quarter turn: the other one is tried if this reads badly
            candidates = [osd, (osd + 180) % 360] if osd in (90, 270) else [90, 270]
        base = grey
        for candidate in candidates:
            if rotated and confidence is not None and confidence >= ORIENTATION_CHECK_BELOW:
                break
            turned = cv2.rotate(base, _CV_ROTATIONS[candidate])
            turned_lines = _read(turned, options, dpi, page_number)
            turned_conf = mean_confidence([w for line in turned_lines for w in line])
            if turned_conf is None:
                continue
            # a sideways reading is confident but useless: the first upright one replaces it
            upright = sideways and not rotated and not reads_sideways(turned_lines)
            if upright or confidence is None or turned_conf > confidence:
                grey, lines, confidence, rotated = turned, turned_lines, turned_conf, candidate
        if original is not None and rotated:
            original = cv2.rotate(original, _CV_ROTATIONS[rotated])
    lines = read_unread(grey, lines, options, dpi, page_number)
    timings["tesseract"] = (time.perf_counter() - t0) * 1000
    handwritten: list[HandwrittenField] = []
    if first_page and options.handwriting:
        # ---- hook: handwritten number / day / month on the header's printed lines (extractor/ingest/handwriting.py)
        t0 = time.perf_counter()
        lines, handwritten = _read_handwriting(rgb, original, grey.shape, skew, rotated, lines, page_number,
                                               replace(options, psm=SINGLE_LINE_PSM), dpi)
        timings["handwriting"] = (time.perf_counter() - t0) * 1000
    height, width = grey.shape[:2]
    lines = drop_stamps(grey, lines)
    lines = reread_doubtful(grey, lines, options, dpi, page_number)
    lines = correct_lines(drop_specks(drop_duplicate_words(lines)))
    lines = drop_page_number(lines, grey.shape[1], grey.shape[0])
    if options.header_columns:
        lines = split_closing_columns(lines, width)
        if first_page:
            lines = split_header_columns(lines, width, height)
    t0 = time.perf_counter()
    if grid := find_grid(grey):
        lines = table_lines(lines, grid)
    timings["table"] = (time.perf_counter() - t0) * 1000
    if enlarged:
        lines = doubt_digits(lines)
    t0 = time.perf_counter()
    png = _png(original)
    timings["encode"] = (time.perf_counter() - t0) * 1000
    timings["total"] = (time.perf_counter() - started) * 1000
    return OcrPage(lines, width, height, confidence, png, skew, rotated, timings_ms=timings, handwritten=handwritten)


def doubt_digits(lines: list[Line]) -> list[Line]:
    """An enlarged page's words with a digit (pen digits included), no surer than :data:`ENLARGED_DIGIT_CONFIDENCE`."""
    def doubted(word: RawWord) -> RawWord:
        if word.confidence is None or word.confidence <= ENLARGED_DIGIT_CONFIDENCE or not any(
                ch.isdigit() for ch in word.text):
            return word
        return replace(word, confidence=ENLARGED_DIGIT_CONFIDENCE)
    return [[doubted(word) for word in line] for line in lines]


def _read_handwriting(rgb: np.ndarray, original: np.ndarray | None, shape: tuple[int, ...], skew: float,
                      rotated: int, lines: list[Line], page_number: int, line_options: OcrOptions,
                      dpi: int | None) -> tuple[list[Line], list[HandwrittenField]]:
    """The header's pen digits, read on the page with its pen ink kept (Tesseract saw it seal-filtered).
    ``line_options``: Tesseract reading a crop as one line, for a number or date line the page's reading dropped."""
    grey = original if original is not None else cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    if original is None:
        paper = int(np.percentile(grey[::8, ::8], 90))
        grey = rotate(grey, skew, paper) if abs(skew) >= 0.05 else grey
        grey = cv2.rotate(grey, _CV_ROTATIONS[rotated]) if rotated in _CV_ROTATIONS else grey
    if grey.shape[:2] != shape[:2]:
        return lines, []
    saturation = None
    if not rotated:  # only the header band: a full-page HSV and rotation would cost ~1 s
        h, w = grey.shape[:2]
        band = int(HANDWRITING_BAND * h)
        source = rgb[: min(h, band + int(0.1 * w))]
        saturation = cv2.cvtColor(source, cv2.COLOR_RGB2HSV)[..., 1]
        if abs(skew) >= 0.05:
            matrix = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
            saturation = cv2.warpAffine(saturation, matrix, (w, band), flags=cv2.INTER_LINEAR, borderValue=0)
    return read_header_digits(grey, lines, saturation=saturation, page_number=page_number,
                              reread=lambda crop: _read(crop, line_options, dpi, page_number))


def _png(grey: np.ndarray | None) -> bytes | None:
    """The page for review, at most :data:`REVIEW_LONG_SIDE` pixels long (boxes scale by png width / page width)."""
    if grey is None:
        return None
    factor = REVIEW_LONG_SIDE / max(grey.shape)
    if factor < 1:
        grey = cv2.resize(grey, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".png", grey, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    return buf.tobytes() if ok else None


# ---------------------------------------------------------------- pages in parallel


@dataclass(frozen=True, slots=True)
class PageJob:
    """One page to OCR: its image and where it sits in the document."""

    rgb: np.ndarray
    page_number: int
    first_page: bool
    dpi: int | None = None


_POOL: cf.ProcessPoolExecutor | None = None
_POOL_WORKERS = 0
_POOL_LOCK = threading.Lock()


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    cv2.setNumThreads(1)


def _run_job(job: PageJob, options: OcrOptions) -> OcrPage:
    return ocr_page(job.rgb, page_number=job.page_number, first_page=job.first_page, dpi=job.dpi,
                    options=options)


def _executor(workers: int) -> cf.ProcessPoolExecutor:
    """One process pool for the life of the program (started lazily, reused across documents)."""
    global _POOL, _POOL_WORKERS
    with _POOL_LOCK:
        if _POOL is None or workers != _POOL_WORKERS:
            if _POOL is not None:
                _POOL.shutdown(wait=False, cancel_futures=True)
            # fork: workers start in milliseconds and need no importable __main__ (forkserver and spawn re-run
            # the caller's script). It is safe here because OpenCV runs single-threaded in this process (set at
            # import) and each worker loads its own Tesseract engine (`_engine` keys it by process id).
            context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                                  else "spawn")
            user_words_file()  # the lexicon loaded once here (about a second), shared by the forked workers
            _POOL = cf.ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker)
            _POOL_WORKERS = workers
        return _POOL


def _discard_pool() -> None:
    """Drop the pool after a hang or a crashed worker, killing its processes."""
    global _POOL
    with _POOL_LOCK:
        pool, _POOL = _POOL, None
    if pool is None:
        return
    for process in list(getattr(pool, "_processes", {}).values()):  # no public API to kill a hung worker
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


atexit.register(lambda: _POOL.shutdown(wait=False, cancel_futures=True) if _POOL else None)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ocr_pages(jobs: Iterable[PageJob], *, count: int, options: OcrOptions = OcrOptions(),
              on_page: Callable[[], None] | None = None) -> Iterator[OcrPage]:
    """OCR pages in parallel (one process per core) and yield the results in page order.

    ``jobs`` is consumed lazily and at most two pages per worker are in flight, so a long scan never holds
    all its page images in memory. ``count`` is the number of jobs (one page runs in this process).
    """
    workers = max(1, min(options.workers or default_workers(), count))
    if workers == 1 or count <= 1:
        for job in jobs:
            yield _run_job(job, options)
            if on_page:
                on_page()
        return
    pool = _executor(workers)
    backstop = options.page_timeout_s * 2 + 30  # pytesseract's own timeout fires first
    pending: deque[tuple[int, cf.Future[OcrPage]]] = deque()
    iterator = iter(jobs)
    exhausted = False
    while True:
        while not exhausted and len(pending) < 2 * workers:
            job = next(iterator, None)
            if job is None:
                exhausted = True
                break
            pending.append((job.page_number, pool.submit(_run_job, job, options)))
        if not pending:
            return
        page_number, future = pending.popleft()
        try:
            result = future.result(timeout=backstop)
        except cf.TimeoutError:
            _discard_pool()
            raise OcrTimeoutError(
                f"Nhận dạng chữ (OCR) trang {page_number} không xong trong {backstop:g} giây nên đã dừng. "
                "Hãy quét lại trang ở 300 dpi, hoặc nâng giới hạn OcrOptions.page_timeout_s.",
                detail={"page": page_number},
            ) from None
        except cf.process.BrokenProcessPool:
            _discard_pool()
            raise OcrError(
                f"Tiến trình nhận dạng chữ (OCR) dừng đột ngột khi đọc trang {page_number} (có thể do thiếu bộ "
                "nhớ). Xin thử lại; nếu vẫn lỗi, hãy tách văn bản hoặc quét với độ phân giải thấp hơn.",
                detail={"page": page_number},
            ) from None
        except BaseException:
            for _, other in pending:
                other.cancel()
            raise
        if on_page:
            on_page()
        yield result
