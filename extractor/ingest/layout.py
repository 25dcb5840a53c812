"""Reading order and text assembly shared by the PDF and OCR readers.

A *raw word* is one word with its box on the page, as a reader (pdfplumber or Tesseract) reports it. This
module groups raw words into lines, fixes the reading order of the national header (two columns that every
engine interleaves row by row), and assembles pages into the document text while recording, for every word
and every page, its character span in that text.

Text conventions: words joined by one space, lines by ``"\\n"``, pages by :data:`PAGE_SEPARATOR`; every word
is NFC.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final

from extractor.types import Page, SourceDocument, Word

PAGE_SEPARATOR: Final = "\n\n"

# The header zone lives in the top part of the first page; its two columns are separated by an empty
# vertical band at least this wide (fraction of the page width; 1.5 % is 37 px at 300 dpi, twice a word space
# at 13 pt), and the zone ends at a vertical gap taller than HEADER_MAX_VGAP line heights (the space above
# "Kính gửi" or the title; the header's own lines are closer).
HEADER_ZONE_MAX_FRACTION: Final = 0.40
HEADER_MIN_GAP_FRACTION: Final = 0.015
# The column gap must fall in the middle of the page, not in a margin.
HEADER_GAP_X_RANGE: Final = (0.20, 0.80)
HEADER_MAX_VGAP: Final = 2.0
# Lines above the header (margin notes) skipped at most when looking for it.
HEADER_MAX_SKIPPED: Final = 2
# Within a header column, a space taller than this many word heights ends a row of the header: the issuer
# beside the motto, then "Số:" (and V/v) beside the place and date. Typeset headers at an even line pitch
# (the rendered corpus) have none and keep column order.
HEADER_BLOCK_GAP: Final = 1.0
# The closing (Nơi nhận beside the signer's block) spans the space left for the signature and seal. Its
# columns may stand closer than the header's (a long recipient line reaches the signer's long title): the
# gap between them need only be wider than two word spaces of the page, which a centred title (an
# appendix's, under the closing) is not.
CLOSING_MAX_VGAP: Final = 8.0
CLOSING_MIN_GAP_SPACES: Final = 2.0
# Words read with less confidence than this do not count when looking for the gap between columns.
SPECK_MAX_CONFIDENCE: Final = 0.3
# The line that opens the closing, as OCR reads it (the bold italic "Nơi nhận:" loses its marks at times).
# The trích yếu line of a Công văn, under the number; a block of notes beside it is read after it when at least
# this many lines start at the block's edge. Words less tall than DUST_HEIGHT of the text are dust.
SUBJECT_START: Final = re.compile(r"^V\s*/\s*v\b", re.IGNORECASE)
SIDE_BLOCK_MIN_LINES: Final = 3
DUST_HEIGHT: Final = 0.35
# The motto's first words, as OCR reads them (marks lost at times): where the header's right column starts.
MOTTO_START: Final = re.compile(r"^(?:C[OÔỘỐ]NG\s+H[OÒÓ][AÀÁ]?|[ĐD][OÔộ]c\s+l[aậâ]p)", re.IGNORECASE)
NOI_NHAN: Final = re.compile(r"^\W{0,3}N[oơóòờớ]i\s*nh[aâậấầ]n\b", re.IGNORECASE)
# Two word boxes that overlap by more than this share of the larger one are one word read twice (neighbours on
# a line touch at most by a few pixels; lines above and below by a descender).
DUPLICATE_OVERLAP: Final = 0.5
# Fewer lines than this on a page give no reliable right edge of the text block.
WRAP_MIN_LINES: Final = 8


@dataclass(frozen=True, slots=True)
class RawWord:
    """One word as a reader reports it: text, box in page units, confidence 0..1 (None for digital text)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float | None = None
    handwritten: bool = False  # digits read from pen ink by extractor.ingest.handwriting
    tabs_before: int = 0  # a table cell's first word: the cell boundaries before it (extractor.ingest.table)

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.y0 + self.y1) / 2


Line = list[RawWord]


def cluster_lines(words: Sequence[RawWord]) -> list[Line]:
    """Group words into lines by vertical position; lines top to bottom, words left to right.

    A word joins the current line when its vertical centre lies within the line's vertical extent
    (shrunk a little, so that a slightly lower neighbour line never swallows it), or when its box spans that
    extent (a word whose box took in a descender of the line below: ``Như`` twice as tall as ``Điều 3;``).
    """
    if not words:
        return []
    ordered = sorted(words, key=lambda w: (w.yc, w.x0))
    lines: list[Line] = []
    top = bottom = 0.0
    for word in ordered:
        if lines:
            shrink = (bottom - top) * 0.15
            spans = word.y0 <= top + shrink and word.y1 >= bottom - shrink
            if top + shrink <= word.yc <= bottom - shrink or spans:
                lines[-1].append(word)
                top, bottom = min(top, word.y0), max(bottom, word.y1)
                continue
        lines.append([word])
        top, bottom = word.y0, word.y1
    return [sorted(line, key=lambda w: w.xc) for line in lines]


# A page number stands alone, centred, in the top or bottom margin: within this share of the page's width of its
# centre and of its height of the top or bottom edge, at most this many characters with at most two letters (the
# digits misread: "F¿" for a "2"; "KHẨN" or "V/v" is no page number).
PAGE_NUMBER_CENTRE: Final = 0.08
PAGE_NUMBER_MARGIN: Final = 0.10
PAGE_NUMBER_MAX_CHARS: Final = 4


def drop_page_number(lines: list[Line], width: float, height: float) -> list[Line]:
    """The page without its page number, however it was read: it is no part of the text, and read as letters it
    would split a list continued over the page ("- …" / "F¿" / "- Báo cáo …")."""
    def is_page_number(line: Line, rest: list[Line]) -> bool:
        text = "".join(w.text for w in line)
        x0, x1 = min(w.x0 for w in line), max(w.x1 for w in line)
        y0, y1 = min(w.y0 for w in line), max(w.y1 for w in line)
        if len(text) > PAGE_NUMBER_MAX_CHARS or sum(ch.isalpha() for ch in text) > 2:
            return False
        if abs((x0 + x1) / 2 - width / 2) > PAGE_NUMBER_CENTRE * width:
            return False
        if not (y1 <= PAGE_NUMBER_MARGIN * height or y0 >= (1 - PAGE_NUMBER_MARGIN) * height):
            return False
        gap = min(max(min(w.y0 for w in other) - y1, y0 - max(w.y1 for w in other)) for other in rest)
        return gap >= y1 - y0  # apart from the text by at least its own height

    lines = [line for line in lines if line]
    if len(lines) < 2:
        return lines
    top = min(lines, key=_line_top)
    bottom = max(lines, key=lambda line: max(w.y1 for w in line))
    drop = [ln for ln in (top, bottom) if is_page_number(ln, [other for other in lines if other is not ln])]
    return [line for line in lines if not any(line is d for d in drop)]


def drop_duplicate_words(lines: list[Line]) -> list[Line]:
    """The lines without words read twice: a second reading of an area (the ink under a seal read again in
    sparse mode, a doubtful line re-read) may cover words already read and append them as a line of their own,
    which the closing's split then interleaves ("KT. KT. CHỦ CHỦ TỊCH TỊCH"). Two words are one read twice when
    their boxes overlap by more than :data:`DUPLICATE_OVERLAP` of the larger one, or of the smaller one if they
    spell the same letters (a second reading may box a word tighter: "Lễ"/"Lê", "Thua"/"Thuận"); the surer
    reading is kept (the first on a tie)."""
    indexed = sorted(((w.y0, k, j) for k, line in enumerate(lines) for j, w in enumerate(line)))
    words = {(k, j): lines[k][j] for _, k, j in indexed}
    dropped: set[tuple[int, int]] = set()
    active: list[tuple[int, int]] = []  # kept words whose box may still reach the next word's top
    for _, k, j in indexed:
        word = words[(k, j)]
        active = [key for key in active if words[key].y1 > word.y0]
        twin = next((key for key in active if _read_twice(words[key], word)), None)
        if twin is None:
            active.append((k, j))
            continue
        if (word.confidence or 0.0) > (words[twin].confidence or 0.0):
            dropped.add(twin)
            active[active.index(twin)] = (k, j)
        else:
            dropped.add((k, j))
    if not dropped:
        return lines
    kept = [[w for j, w in enumerate(line) if (k, j) not in dropped] for k, line in enumerate(lines)]
    return [line for line in kept if line]


def _read_twice(a: RawWord, b: RawWord) -> bool:
    larger, smaller = _overlap_shares(a, b)
    return larger > DUPLICATE_OVERLAP or (smaller > DUPLICATE_OVERLAP and _same_letters(a.text, b.text))


def _same_letters(a: str, b: str) -> bool:
    """Equal, or one the start of the other, once tone marks and case are set aside."""
    a, b = _letters(a), _letters(b)
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 2 and longer.startswith(shorter)


def _letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if c.isalnum())


def _overlap_shares(a: RawWord, b: RawWord) -> tuple[float, float]:
    """The area both boxes cover, as a share of the larger and of the smaller box. A word read twice has two
    boxes of about one size, while a speck or an accent read as a word of its own lies inside a real word's box
    and must not replace it (OCR benchmark: any overlap of the smaller box 7.13 % mean CER, of the larger 6.85 %)."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    areas = sorted(((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0)))
    if w <= 0 or h <= 0 or areas[0] <= 0:
        return 0.0, 0.0
    return w * h / areas[1], w * h / areas[0]


def _line_top(line: Line) -> float:
    return min(w.y0 for w in line)


def _is_speck(word: RawWord) -> bool:
    """A word without a letter or digit (scanner dust, a rule under the issuer, a dash of the motto), or one
    OCR could not read (a signature's scribble, a seal's ring)."""
    unreadable = word.confidence is not None and word.confidence < SPECK_MAX_CONFIDENCE
    return unreadable or not any(ch.isalnum() for ch in word.text)


def _widest_gap(words: Sequence[RawWord], page_width: float) -> tuple[float, float] | None:
    """Widest empty x-interval between the words' x-projections, inside the middle of the page.

    Specks are left out: OCR reads dust between the columns as ``_`` or ``.``, which would close the gap.
    Returns (gap width, split x) or None when there is no interior gap in the allowed range.
    """
    spans = sorted((w.x0, w.x1) for w in words if not _is_speck(w))
    if not spans:
        return None
    lo, hi = HEADER_GAP_X_RANGE[0] * page_width, HEADER_GAP_X_RANGE[1] * page_width
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach:
            split = (reach + x0) / 2
            if lo <= split <= hi and (best is None or x0 - reach > best[0]):
                best = (x0 - reach, split)
        reach = max(reach, x1)
    return best


def _grow_zone(lines: list[Line], order: Sequence[int], page_width: float, max_vgap: float,
               min_gap: float, *, overhang: bool = False) -> tuple[list[int], float, dict[int, bool]]:
    """The run of lines (taken in ``order``) whose words leave a common empty vertical band.

    The run stops at the first line that crosses the band (a title, a body paragraph) or that lies more
    than ``max_vgap`` line heights below the run. With ``overhang``, a line that crosses the band but keeps
    clear of the other column's words in the run so far (a signer's title or a copy's seal text wider than
    its column, a long recipient on a row the signer's column leaves empty) joins the run whole on its side.
    Returns the run, the band's centre (the split x) and the overhanging lines (index → True if left).
    """
    zone: list[int] = []
    overhanging: dict[int, bool] = {}
    split = 0.0
    zone_bottom = 0.0
    for index in order:
        top = _line_top(lines[index])
        if zone:
            height = median_height([w for i in zone for w in lines[i]])
            if top - zone_bottom > max_vgap * height:
                break
        banded = [w for i in zone if i not in overhanging for w in lines[i]]
        gap = _widest_gap([*banded, *lines[index]], page_width)
        if gap is None or gap[0] < min_gap:
            side = _overhang_side(lines[index], banded, split) if overhang and zone else None
            if side is None:
                break
            overhanging[index] = side
        else:
            split = gap[1]
        zone.append(index)
        zone_bottom = max(zone_bottom, max(w.y1 for w in lines[index]))
    return zone, split, overhanging


def _overhang_side(line: Line, banded: Sequence[RawWord], split: float) -> bool | None:
    """True (left) or False (right) when the line keeps clear of the other column's words; None if not."""
    words = [w for w in line if not _is_speck(w)] or line
    left_end = max((w.x1 for w in banded if w.xc < split), default=None)
    right_start = min((w.x0 for w in banded if w.xc >= split), default=None)
    centre = (min(w.x0 for w in words) + max(w.x1 for w in words)) / 2
    if centre >= split and left_end is not None and min(w.x0 for w in words) > left_end:
        return False
    if centre < split and right_start is not None and max(w.x1 for w in words) < right_start:
        return True
    return None


def _columns_first(lines: list[Line], zone: list[int], split: float, page_width: float,
                   overhanging: dict[int, bool] | None = None, *, bands: bool = False) -> list[Line]:
    """The zone's left column, then its right column, in place of the zone; other lines unchanged.

    With ``bands``, columns whose lines stand in rows apart are read row by row (:func:`_in_bands`)."""
    overhanging = overhanging or {}
    if len(zone) < 2:
        return lines
    banded = [w for i in zone if i not in overhanging for w in lines[i]]
    # A speck inside the gap belongs to neither column.
    gap = _widest_gap(banded, page_width)
    width = gap[0] if gap is not None else 0.0
    zone_words = [w for i in zone if i not in overhanging for w in lines[i]
                  if not (_is_speck(w) and abs(w.xc - split) < width / 2)]
    left = [w for w in zone_words if w.xc < split]
    right = [w for w in zone_words if w.xc >= split]
    for i, is_left in overhanging.items():
        (left if is_left else right).extend(lines[i])
    if not left or not right:
        return lines
    in_zone = set(zone)
    at = min(zone)
    before = [line for i, line in enumerate(lines) if i < at and i not in in_zone]
    after = [line for i, line in enumerate(lines) if i > at and i not in in_zone]
    left_lines, right_lines = cluster_lines(left), cluster_lines(right)
    if bands:
        left_lines, right_lines = _without_leading_marks(left_lines), _without_leading_marks(right_lines)
    return before + (_in_bands(left_lines, right_lines) if bands else left_lines + right_lines) + after


def _without_leading_marks(lines: list[Line]) -> list[Line]:
    """A header column's lines without the marks OCR reads before their first word: the header holds no list,
    so a "-" before "SỞ GIÁO DỤC VÀ ĐÀO TẠO" is a pen stroke or a rule's end, not a dash (it would read as
    one issuer "UBND THÀNH PHỐ … - SỞ …"). Lines of marks only (the rules under the names) stay."""
    out = []
    for line in lines:
        first = next((k for k, w in enumerate(line) if any(ch.isalnum() for ch in w.text)), 0)
        out.append(line[first:])
    return out


def _gaps(lines: list[Line]) -> list[tuple[float, float]]:
    """The vertical spaces between a column's consecutive lines (top to bottom): (bottom above, top below)."""
    return [(max(w.y1 for w in a), _line_top(b)) for a, b in pairwise(lines)]


def _cut(lines: list[Line], low: float, high: float) -> float:
    """Where a column is cut for a row boundary that lies between ``low`` and ``high``: in its own gap that
    overlaps that space most, or in the middle of the space when none does."""
    best, at = 0.0, (low + high) / 2
    for a, b in _gaps(lines):
        overlap = min(b, high) - max(a, low)
        if overlap > best:
            best, at = overlap, (a + b) / 2
    return at


def _in_bands(left: list[Line], right: list[Line]) -> list[Line]:
    """Both columns read row by row, as a person reads a header: the issuer, the motto beside it; then "Số:"
    and V/v, the place and date beside them. A row ends where either column leaves a vertical space taller
    than :data:`HEADER_BLOCK_GAP` word heights (under the issuer's rule, above the place and date); the other
    column is cut in its own space at that height. Without such a space, the left column, then the right."""
    height = median_height([w for line in left + right for w in line])
    tall = HEADER_BLOCK_GAP * height
    spaces = sorted(gap for column in (left, right) for gap in _gaps(column) if gap[1] - gap[0] > tall)
    rows: list[tuple[float, float]] = []  # spaces of both columns at the same height are one row boundary
    for a, b in spaces:
        if rows and a < rows[-1][1]:
            rows[-1] = (min(rows[-1][0], a), max(rows[-1][1], b))
        else:
            rows.append((a, b))
    if not rows:
        return left + right
    cuts = [(_cut(left, a, b), _cut(right, a, b)) for a, b in rows]

    def row(line: Line, side: int) -> int:
        centre = (_line_top(line) + max(w.y1 for w in line)) / 2
        return sum(centre > cut[side] for cut in cuts)

    ordered = sorted([(row(line, 0), 0, k, line) for k, line in enumerate(left)]
                     + [(row(line, 1), 1, k, line) for k, line in enumerate(right)], key=lambda item: item[:3])
    return [line for *_, line in ordered]


def split_header_columns(lines: list[Line], page_width: float, page_height: float) -> list[Line]:
    """Emit the national header's left column, then its right column, then the rest unchanged.

    The header zone is the longest run of lines from the top of the page (in the upper
    :data:`HEADER_ZONE_MAX_FRACTION` of it) whose words leave an empty vertical band of at least
    :data:`HEADER_MIN_GAP_FRACTION` of the page width; the first line that crosses the band (the title, a
    body paragraph) or that follows a tall vertical gap ("Kính gửi" under the header) ends the zone. Words
    are assigned to a column by their x-centre and regrouped into lines. Pages without such a zone are
    returned as they are.
    """
    if len(lines) < 2 or page_width <= 0:
        return lines
    by_top = sorted(range(len(lines)), key=lambda i: _line_top(lines[i]))
    order = [i for i in by_top if _line_top(lines[i]) <= HEADER_ZONE_MAX_FRACTION * page_height]
    # A handwritten mark or a filing note in the top margin may stand above the header: the zone starts at
    # the first of the top lines from which two columns are found.
    # Before skipping any, the motto: columns too close for the band would otherwise leave the top line read
    # across ("ỦY BAN NHÂN DÂN TỈNH … CỘNG HÒA XÃ HỘI …") and the zone start below it.
    if _margin_note(lines, order, page_width):  # not the document's text: kept, it reads as the issuer's name
        note = order[0]
        lines = [line for i, line in enumerate(lines) if i != note]
        order = [i - (i > note) for i in order[1:]]
    for start in range(min(HEADER_MAX_SKIPPED + 1, len(order))):
        zone, split, _ = _grow_zone(lines, order[start:], page_width, HEADER_MAX_VGAP,
                                    HEADER_MIN_GAP_FRACTION * page_width)
        words = [w for i in zone for w in lines[i] if not _is_speck(w)]
        if len(zone) >= 2 and any(w.xc < split for w in words) and any(w.xc >= split for w in words):
            return _beside_subject(_columns_first(lines, zone, split, page_width, bands=True), zone, lines)
        if start == 0 and (anchored := _motto_split(lines, order)) is not None:
            return _beside_subject(_columns_first(lines, *anchored, page_width, bands=True), anchored[0], lines)
    return lines


_URGENCY_MARK = re.compile(r"KH[ẨA]N|T[ỐO]C|M[ẬA]T")


def _margin_note(lines: list[Line], order: list[int], page_width: float) -> bool:
    """The top line is a note in the margin (a handwritten ``TTĐT`` top right on a received copy), not the
    header's first row: a word or two on one side of the page, further above the next line than that line is
    tall (the header's rows, an issuer's parent above its name included, stand closer)."""
    if len(order) < 2 or len(lines[order[0]]) > 2:
        return False
    if _URGENCY_MARK.search(" ".join(w.text for w in lines[order[0]]).upper()):
        return False  # "HỎA TỐC", "KHẨN", "MẬT" stamped above the header are the document's own marks
    note, below = lines[order[0]], lines[order[1]]
    height = statistics.median(w.y1 - w.y0 for w in below)
    right = all(w.x0 > page_width / 2 for w in note)
    one_side = right or all(w.x1 < page_width / 2 for w in note)
    # Nothing of the header stands above the motto in the right column, however close the note was written.
    above_motto = right and any(MOTTO_START.match(f"{a.text} {b.text}") and a.x0 > page_width / 3
                                for a, b in pairwise(below))
    return one_side and (above_motto or _line_top(below) - max(w.y1 for w in note) > height)


def _beside_subject(ordered: list[Line], zone: list[int], lines: list[Line]) -> list[Line]:
    """The trích yếu ("V/v …") under the header with a block of notes beside it (a routing instruction typed
    or stamped on the received copy, its lines starting at one x): the V/v lines first, then the block.

    The block is found by its left edge: from the V/v line down, consecutive lines (at least
    :data:`SIDE_BLOCK_MIN_LINES`) each have a word starting at the same x (within a fifth of a word height),
    right of the V/v line's start. Readers interleave the two ("V/v bảo đảm … SV 1. Cô Hương gửi …"), and
    the words stand too close for a band between them. Words far shorter than the text (dust read as "bà")
    are dropped from the V/v lines."""
    zone_top = min(_line_top(lines[i]) for i in zone)
    outside = {id(line) for i, line in enumerate(lines) if i not in zone and _line_top(line) > zone_top}
    first = next((k for k, line in enumerate(ordered) if id(line) in outside), None)
    if first is None or not SUBJECT_START.match(" ".join(w.text for w in ordered[first])):
        return ordered
    height = median_height([w for line in ordered[first : first + 8] for w in line])
    tol = 0.2 * height
    subject_x = ordered[first][0].x0
    best: tuple[int, float] | None = None  # (lines in the run, x)
    for word in ordered[first][1:]:
        x, run = word.x0, 0
        if x <= subject_x + 4 * height:
            continue
        for line in ordered[first:]:
            if not any(abs(w.x0 - x) <= tol for w in line):
                break
            run += 1
        if run >= SIDE_BLOCK_MIN_LINES and (best is None or run > best[0]):
            best = (run, x)
    if best is None:
        return ordered
    run, x = best
    block = ordered[first : first + run]
    left = [[w for w in line if w.x0 < x - tol and w.y1 - w.y0 >= DUST_HEIGHT * height] for line in block]
    right = [[w for w in line if w.x0 >= x - tol] for line in block]
    return ordered[:first] + [ln for ln in left if ln] + [ln for ln in right if ln] + ordered[first + run :]


def _motto_split(lines: list[Line], order: Sequence[int]) -> tuple[list[int], float] | None:
    """The header's columns found from the motto when no empty band shows them (columns closer than the
    band's minimum on a low-resolution photo, a word of dust between them): the right column starts where
    "CỘNG HÒA" (or "Độc lập") starts on a line that has the issuer's words before it. The zone runs from that
    line down while no word straddles the split and no tall vertical gap opens (the title under the header
    straddles it). Returns (zone, split x) or None."""
    for at, index in enumerate(order):
        line = [w for w in lines[index] if not _is_speck(w)]
        k = next((k for k in range(1, len(line) - 1) if MOTTO_START.match(f"{line[k].text} {line[k + 1].text}")),
                 None)
        if k is None:
            continue
        split = (line[k - 1].x1 + line[k].x0) / 2
        zone = [index]
        bottom = max(w.y1 for w in lines[index])
        for below in order[at + 1:]:
            height = median_height([w for i in zone for w in lines[i]])
            words = [w for w in lines[below] if not _is_speck(w)]
            if _line_top(lines[below]) - bottom > HEADER_MAX_VGAP * height or any(
                    w.x0 < split < w.x1 for w in words):
                break
            zone.append(below)
            bottom = max(bottom, max(w.y1 for w in lines[below]))
        return (zone, split) if len(zone) >= 2 else None
    return None


def split_closing_columns(lines: list[Line], page_width: float) -> list[Line]:
    """Emit the closing's Nơi nhận column, then the signer's column beside it.

    Nghị định 30 sets the recipients list on the left and the signer's block on the right at the same
    height; readers interleave them row by row ("- Bộ Y tế (b/c); PHÓ CHỦ TỊCH"). The zone starts at the
    "Nơi nhận" line and grows like the header's, across the signature space (:data:`CLOSING_MAX_VGAP`).
    """
    if len(lines) < 2 or page_width <= 0:
        return lines
    by_top = sorted(range(len(lines)), key=lambda i: _line_top(lines[i]))
    start = next((k for k, i in enumerate(by_top) if NOI_NHAN.match(" ".join(w.text for w in lines[i]))), None)
    if start is None:
        return lines
    spaces = [b.x0 - a.x1 for line in lines for a, b in pairwise(line)]
    min_gap = CLOSING_MIN_GAP_SPACES * statistics.median(spaces) if spaces else HEADER_MIN_GAP_FRACTION * page_width
    zone, split, overhanging = _grow_zone(lines, by_top[start:], page_width, CLOSING_MAX_VGAP, min_gap,
                                          overhang=True)
    return _columns_first(lines, zone, split, page_width, overhanging)


@dataclass(slots=True)
class DocumentBuilder:
    """Accumulates pages into one text, recording page and word spans exactly."""

    media_type: str
    _parts: list[str] = field(default_factory=list)
    _length: int = 0
    pages: list[Page] = field(default_factory=list)
    handwritten: list = field(default_factory=list)  # extractor.ingest.handwriting.HandwrittenField

    def _append(self, piece: str) -> None:
        self._parts.append(piece)
        self._length += len(piece)

    def add_page(
        self,
        lines: Sequence[Line],
        *,
        width: float | None,
        height: float | None,
        method: str,
        ocr_confidence: float | None = None,
        image_png: bytes | None = None,
        handwritten: Sequence = (),
    ) -> Page:
        """Append one page made of word lines (each word gets its span and box); ``handwritten``: the page's
        header digit slots (extractor.ingest.handwriting)."""
        self.handwritten.extend(handwritten)
        if self.pages:
            self._append(PAGE_SEPARATOR)
        start = self._length
        words: list[Word] = []
        first_line = True
        for line in lines:
            texts = [unicodedata.normalize("NFC", w.text) for w in line]
            if not any(texts):
                continue
            if not first_line:
                self._append("\n")
            first_line = False
            first_word = True
            for raw, text in zip(line, texts, strict=True):
                if not text:
                    continue
                if raw.tabs_before:
                    self._append("\t" * raw.tabs_before)
                elif not first_word:
                    self._append(" ")
                first_word = False
                begin = self._length
                self._append(text)
                words.append(Word(begin, self._length, (raw.x0, raw.y0, raw.x1, raw.y1), raw.confidence,
                                  raw.handwritten))
        page = Page(
            number=len(self.pages) + 1, start=start, end=self._length, width=width, height=height,
            method=method, ocr_confidence=ocr_confidence, words=words, image_png=image_png,
        )
        self.pages.append(page)
        return page

    def add_text_page(self, lines: Sequence[str], *, method: str) -> Page:
        """Append a page that has text but no geometry (DOCX): lines as given, no word boxes."""
        if self.pages:
            self._append(PAGE_SEPARATOR)
        start = self._length
        self._append("\n".join(unicodedata.normalize("NFC", line) for line in lines))
        page = Page(number=len(self.pages) + 1, start=start, end=self._length, method=method)
        self.pages.append(page)
        return page

    def build(self, timings_ms: dict[str, float] | None = None) -> SourceDocument:
        text = "".join(self._parts)
        return SourceDocument(
            text=text, pages=self.pages, media_type=self.media_type, timings_ms=dict(timings_ms or {}),
            line_wraps=measure_line_wraps(text, self.pages), handwritten=list(self.handwritten),
            warnings=[f.warning for f in self.handwritten if f.warning],
        )


def _word_lines(text: str, words: Sequence[Word]) -> list[list[Word]]:
    """A page's words regrouped into its text lines (a line ends where the text between two words has a break)."""
    lines: list[list[Word]] = []
    for word in words:
        if lines and "\n" not in text[lines[-1][-1].end : word.start]:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


@dataclass(frozen=True, slots=True)
class _Block:
    """A page's text lines and the geometry of its text block, for judging line wraps."""

    lines: list[list[Word]]
    left: float  # where lines start (10th percentile: paragraph indents and centred lines lie inside)
    right: float  # where full lines end (90th percentile of the lines that start at ``left``)
    space: float  # median gap between words
    height: float  # median word height

    @classmethod
    def of(cls, text: str, page: Page) -> _Block | None:
        lines = _word_lines(text, page.words)
        if len(lines) < WRAP_MIN_LINES:
            return None
        height = statistics.median(w.bbox[3] - w.bbox[1] for w in page.words)
        starts = sorted(line[0].bbox[0] for line in lines)
        left = starts[int(0.1 * (len(starts) - 1))]
        # Only lines that start at the left edge: the signer's block or the header's right column may reach
        # further into the margin.
        ends = sorted(line[-1].bbox[2] for line in lines if line[0].bbox[0] <= left + height)
        gaps = [b.bbox[0] - a.bbox[2] for line in lines for a, b in pairwise(line)]
        return cls(lines, left, ends[int(0.9 * (len(ends) - 1))], statistics.median(gaps) if gaps else 0.0, height)

    def fills(self, line: list[Word], next_word: Word) -> bool:
        """The next word, after a space, would not fit at the end of ``line`` (one more space of slack:
        word boxes of a degraded scan are a few pixels off)."""
        x0, _, x1, _ = next_word.bbox
        return line[-1].bbox[2] + 2 * self.space + (x1 - x0) > self.right

    def starts_at_edge(self, line: list[Word]) -> bool:
        return line[0].bbox[0] <= self.left + self.height


def _is_page_number(text: str, line: list[Word]) -> bool:
    return not any(ch.isalpha() for ch in text[line[0].start : line[-1].end])


# A line that ends inside a clause, on a comma: a typist's hard break (or a copy's) before a line that goes on
# at the block's left edge, which no paragraph's indented first line does ("Cộng hoà Liên bang Nga," / "Ban …").
_OPEN_END = re.compile(r",$")


def measure_line_wraps(text: str, pages: Sequence[Page]) -> dict[int, bool]:
    """For every break between two lines of a page with word boxes: does the line above fill the measure?

    A line *wraps* (its paragraph goes on below) when the next line's first word, with a space before it,
    would not have fitted between the line's end and the right edge of the text block, and the next line
    starts at the block's left edge: that is the rule every typesetter and word processor breaks lines by,
    ragged or justified, whatever the font size or the scan's resolution. A centred line (title, the
    header's right column, the signer's block) ends short of the edge or is followed by a line that starts
    inside the block, so it never wraps. The same holds over a page break, from the last line of a page to
    the first of the next (a page number above it skipped). A page with fewer than :data:`WRAP_MIN_LINES`
    lines gives no reliable edges, and no verdicts.

    Returns raw text offset of the ``"\\n"`` → verdict; breaks of pages without word boxes are absent.
    """
    verdicts: dict[int, bool] = {}
    previous: _Block | None = None
    for page in pages:
        block = _Block.of(text, page)
        if block is None:
            previous = None
            continue
        for above, below in pairwise(block.lines):
            brk = above[-1].end
            if text[brk : brk + 1] == "\n":
                verdicts[brk] = block.starts_at_edge(below) and (
                    block.fills(above, below[0]) or _OPEN_END.search(text[above[-1].start : brk]) is not None)
        if previous is not None:
            last = previous.lines[-1]
            first = next((line for line in block.lines if not _is_page_number(text, line)), None)
            if first is not None and text[last[-1].end : last[-1].end + 1] == "\n":
                verdicts[last[-1].end] = previous.fills(last, first[0]) and block.starts_at_edge(first)
        previous = block
    return verdicts


def mean_confidence(words: Sequence[RawWord]) -> float | None:
    """Page confidence: the mean word confidence weighted by word length (None when nothing was read)."""
    scored = [(w.confidence, len(w.text)) for w in words if w.confidence is not None and w.text]
    if not scored:
        return None
    total = sum(n for _, n in scored)
    return sum(c * n for c, n in scored) / total


def median_height(words: Sequence[RawWord]) -> float:
    return statistics.median(w.y1 - w.y0 for w in words) if words else 0.0
