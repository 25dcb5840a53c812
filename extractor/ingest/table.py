"""Ruled tables on a scanned page: found from the page's ruling lines, read cell by cell.

Tesseract reads a ruled table (STT | task | lead agency | co-operating agencies | deadline) across its columns, line
by line, so a row's task and its agency end up interleaved over many lines. Here the table's grid is found on the
page image — its vertical and horizontal rules, kept by a morphological opening with long thin kernels — and the
words already read are put into their cells. Each grid row becomes one line whose cells are separated by tabs,
the way a Word table's data row arrives (extractor/ingest/docx.py): a cell merged over several rows (a "Nội dung"
cell beside several tasks) is given in its first row and left empty in the next ones.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

import cv2
import numpy as np

from extractor.ingest.layout import Line, RawWord

# A rule is at least this long: a fraction of the page's width (horizontal) or height (vertical). Letters'
# strokes are far shorter; an underline under a title is horizontal only and makes no grid.
MIN_RULE_FRACTION: Final = 0.04
# A column boundary runs down at least this share of the table's height (a short vertical stroke is a letter's
# or a split inside one row, not a column); a row boundary crosses at least this share of a column's width.
COLUMN_RULE_SHARE: Final = 0.5
ROW_RULE_SHARE: Final = 0.8
# A table has at least this many columns and rows: a framed box (a stamp, an e-signature) has one cell.
MIN_COLUMNS: Final = 2
SCALE: Final = 0.5
# Inside a ruled row, a blank band this many word heights tall across every column parts two sub-rows.
SUB_ROW_GAP: Final = 1.5
MIN_ROWS: Final = 2


@dataclass(frozen=True, slots=True)
class Grid:
    """A table's column boundaries (x, left to right) and, per column, its cell boundaries (y, top to bottom)."""

    columns: list[float]
    cells: list[list[float]]  # cells[c]: the y of the rules that cross column c, table top and bottom included

    @property
    def top(self) -> float:
        return min(c[0] for c in self.cells)

    @property
    def bottom(self) -> float:
        return max(c[-1] for c in self.cells)

    def column_of(self, x: float) -> int | None:
        for c in range(len(self.columns) - 1):
            if self.columns[c] <= x < self.columns[c + 1]:
                return c
        return None

    def rows(self, tolerance: float) -> list[tuple[float, float]]:
        """The table's rows: between every two neighbouring rules of any column."""
        ys = sorted(y for col in self.cells for y in col)
        merged: list[float] = []
        for y in ys:
            if not merged or y - merged[-1] > tolerance:
                merged.append(y)
        return list(zip(merged, merged[1:], strict=False))


def _segments(mask: np.ndarray, *, vertical: bool, min_length: int) -> list[tuple[float, float, float]]:
    """Rules of a mask as (position across, start, end along)."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for x, y, w, h, _ in stats[1:count]:
        if vertical and h >= min_length:
            out.append((x + w / 2, float(y), float(y + h)))
        elif not vertical and w >= min_length:
            out.append((y + h / 2, float(x), float(x + w)))
    return out


def _cluster(values: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """(position, covered length) pairs within ``tolerance`` of each other summed into one."""
    out: list[tuple[float, float]] = []
    for pos, length in sorted(values):
        if out and pos - out[-1][0] <= tolerance:
            p, total = out[-1]
            out[-1] = ((p * total + pos * length) / (total + length), total + length)
        else:
            out.append((pos, length))
    return out


def find_grid(grey: np.ndarray) -> Grid | None:
    """The ruled table on a greyscale page (the largest one), or None when the page has none."""
    # Rules are found at half size (a 300 dpi rule is still 1–2 px wide): a quarter of the pixels to open.
    small = cv2.resize(grey, None, fx=SCALE, fy=SCALE, interpolation=cv2.INTER_AREA)
    h, w = small.shape[:2]
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    long_h = max(10, int(w * MIN_RULE_FRACTION))
    long_v = max(10, int(h * MIN_RULE_FRACTION))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, long_v)))
    # A scanned rule is a pixel off straight over its length: close small breaks before measuring it.
    vertical = cv2.dilate(vertical, np.ones((5, 3), np.uint8))
    v_rules = _segments(vertical, vertical=True, min_length=long_v)
    if len(v_rules) < MIN_COLUMNS + 1:
        return None  # most pages: no table, and the horizontal pass is not needed
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long_h, 1)))
    horizontal = cv2.dilate(horizontal, np.ones((3, 5), np.uint8))
    h_rules = _segments(horizontal, vertical=False, min_length=long_h)
    if len(h_rules) < MIN_ROWS + 1:
        return None
    tolerance = max(3.0, w * 0.006)
    # The table's height is that of its longest rule's span; marks elsewhere on the page (a seal's stroke) are
    # no column.
    longest = max(v_rules, key=lambda r: r[2] - r[1])
    spanning = [r for r in v_rules if min(r[2], longest[2]) - max(r[1], longest[1]) > 0]
    top = min(r[1] for r in spanning)
    bottom = max(r[2] for r in spanning)
    height = bottom - top
    columns = [x for x, covered in _cluster([(x, e - s) for x, s, e in spanning], tolerance)
               if covered >= COLUMN_RULE_SHARE * height]
    if len(columns) < MIN_COLUMNS + 1:
        return None
    top = min(r[1] for r in spanning if any(abs(r[0] - x) <= tolerance for x in columns))
    bottom = max(r[2] for r in spanning if any(abs(r[0] - x) <= tolerance for x in columns))
    cells: list[list[float]] = []
    for left, right in zip(columns, columns[1:], strict=False):
        crossing = [y for y, x0, x1 in h_rules
                    if top - tolerance <= y <= bottom + tolerance
                    and min(x1, right) - max(x0, left) >= ROW_RULE_SHARE * (right - left)]
        ys = sorted({top, bottom, *crossing})
        merged: list[float] = []
        for y in ys:
            if not merged or y - merged[-1] > tolerance:
                merged.append(y)
        cells.append(merged)
    if max(len(c) for c in cells) < MIN_ROWS + 1:
        return None
    return Grid([x / SCALE for x in columns], [[y / SCALE for y in col] for col in cells])


# Tesseract reads a vertical rule as a bar or a bracket.
_RULE_GLYPHS: Final = frozenset("|[]!Il1/'‘’")


def _cell_text_words(words: list[tuple[int, RawWord]], left: float, right: float,
                     tolerance: float) -> list[RawWord]:
    """A cell's words in reading order — the reader's lines top to bottom (its line is surer than a regrouping by
    height: an accented capital sits higher than its neighbours), each left to right — without its rules read as
    bars."""
    def is_rule(w: RawWord) -> bool:
        near = min(abs(w.xc - left), abs(w.xc - right)) <= 3 * tolerance
        return near and len(w.text) <= 2 and all(ch in _RULE_GLYPHS for ch in w.text)

    lines: dict[int, list[RawWord]] = {}
    for k, w in words:
        if not is_rule(w):
            lines.setdefault(k, []).append(w)
    ordered = sorted(lines.values(), key=lambda ws: sum(w.yc for w in ws) / len(ws))
    return [w for line in ordered for w in sorted(line, key=lambda w: w.x0)]


def table_lines(lines: list[Line], grid: Grid) -> list[Line]:
    """The page's lines with the words inside ``grid`` regrouped: one line per grid row, cells in column order, the
    first word of every cell after the row's first carrying the tab stops before it (empty cells included)."""
    tolerance = max(4.0, (grid.columns[-1] - grid.columns[0]) * 0.004)
    inside: list[tuple[int, int, int, RawWord]] = []  # (column, cell index within that column, line, word)
    outside: list[Line] = []
    first_inside: int | None = None
    for k, line in enumerate(lines):
        rest = []
        for word in line:
            c = grid.column_of(word.xc)
            if c is not None and grid.top <= word.yc <= grid.bottom:
                ys = grid.cells[c]
                cell = next((i for i in range(len(ys) - 1) if ys[i] <= word.yc < ys[i + 1]), len(ys) - 2)
                inside.append((c, cell, k, word))
                if first_inside is None:
                    first_inside = len(outside)
            else:
                rest.append(word)
        if rest:
            outside.append(rest)
    if not inside or first_inside is None:
        return lines
    heights = sorted(w.y1 - w.y0 for _, _, _, w in inside)
    min_gap = SUB_ROW_GAP * heights[len(heights) // 2]
    rows: list[Line] = []
    for top, bottom in grid.rows(tolerance):
        cells: list[list[tuple[int, RawWord]]] = []
        for c in range(len(grid.columns) - 1):
            ys = grid.cells[c]
            mid = (top + bottom) / 2
            cell = next((i for i in range(len(ys) - 1) if ys[i] <= mid < ys[i + 1]), None)
            starts_here = cell is not None and abs(ys[cell] - top) <= tolerance
            cells.append([(k, w) for col, i, k, w in inside if col == c and i == cell] if starts_here else [])
        parts: list[list[list[tuple[int, RawWord]]]] = []
        for band in _sub_rows([w for cell in cells for _, w in cell], min_gap):
            part = [[(k, w) for k, w in cell if band[0] <= w.yc < band[1]] for cell in cells]
            # a part is a sub-row only with text in two columns that have text in the part above too (the task
            # and its lead): a cell centred in the height of its row (an STT, a lead body beside a short task)
            # leaves blank bands too
            if parts and _shared(part, parts[-1]) < 2:
                parts[-1] = [a + b for a, b in zip(parts[-1], part, strict=True)]
            else:
                parts.append(part)
        for part in parts:
            if row := _row(part, grid, tolerance):
                rows.append(row)
    return outside[:first_inside] + rows + outside[first_inside:]


def _sub_rows(words: list[RawWord], min_gap: float) -> list[tuple[float, float]]:
    """A ruled row split where a blank band crosses all its columns: a task cell of two items, each beside its own
    lead body, with no rule between them. (A blank band beside an empty lead cell splits nothing that matters: the
    part with no lead goes on from the part above, as a row broken by a page does.)"""
    if not words:
        return []
    spans = sorted((w.y0, w.y1) for w in words)
    cuts = [float("-inf")]
    reach = spans[0][1]
    for y0, y1 in spans[1:]:
        if y0 - reach >= min_gap:
            cuts.append((reach + y0) / 2)
        reach = max(reach, y1)
    cuts.append(float("inf"))
    return list(zip(cuts, cuts[1:], strict=False))


def _shared(cells: list[list[tuple[int, RawWord]]], above: list[list[tuple[int, RawWord]]]) -> int:
    return sum(1 for cell, over in zip(cells, above, strict=True) if cell and over)


def _row(cells: list[list[tuple[int, RawWord]]], grid: Grid, tolerance: float) -> Line:
    row: Line = []
    pending_tabs = 0
    for c, words in enumerate(cells):
        ordered = _cell_text_words(words, grid.columns[c], grid.columns[c + 1], tolerance)
        if ordered:
            ordered[0] = replace(ordered[0], tabs_before=pending_tabs + (1 if row else 0))
            row.extend(ordered)
            pending_tabs = 0
        else:
            pending_tabs += 1
    return row
