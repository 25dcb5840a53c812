"""Issuer: the issuing body (last name of the header's left column) and the governing body above it."""

from __future__ import annotations

import re

from extractor.rules.patterns import collapse
from extractor.segment import Cell, Segments
from extractor.types import Finding
from extractor.vocabulary import (
    LEAD_CLAUSE,
    MOTTO,
    NUMBER_LINE,
    PLACE_DATE,
    RULE_LINE,
    SUBJECT_LINE,
    alternation,
    load_data,
)

AGENCIES = load_data("agencies")
_HEAD = re.compile(rf"^(?:{alternation(AGENCIES['heads'])})\b", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\([^()]{1,20}\)")
# "Trường Mầm non X xây dựng kế hoạch …": the body that the statement says issues the plan.
_ISSUING_VERB = re.compile(
    r"\s(?:xây dựng|ban hành|hướng dẫn|thông báo|triển khai|đề nghị|tổ chức|yêu cầu|lập)\s+(?:kế hoạch|Kế hoạch|hướng dẫn|việc|các)"
)


def _unit_cells(seg: Segments) -> list[Cell]:
    cells = []
    for c in seg.left_column():
        t = c.text
        if NUMBER_LINE.match(t) or SUBJECT_LINE.match(t):
            break  # names stand above "Số:" and V/v
        if MOTTO.match(t) or PLACE_DATE.match(t) or RULE_LINE.match(t) or not any(ch.isalpha() for ch in t):
            continue
        letters = [ch for ch in t if ch.isalpha()]
        if sum(ch.isupper() for ch in letters) < 0.7 * len(letters):
            continue
        cells.append(c)
    return cells


def _units(cells: list[Cell]) -> list[list[Cell]]:
    """Group header lines into bodies: a line that does not open with an agency word continues the name."""
    units: list[list[Cell]] = []
    for c in cells:
        bracket_only = bool(re.fullmatch(r"\([^()]*\)", c.text))
        if units and (bracket_only or not _HEAD.match(c.text)):
            units[-1].append(c)
        else:
            units.append([c])
    return units


def _unit_finding(unit: list[Cell], confidence: float, rule: str) -> Finding:
    # Join the cells' own texts: in an interleaved header the motto sits between them in the text.
    return Finding(_clean(" ".join(c.text for c in unit)), unit[0].start, unit[-1].end, confidence, rule)


def _clean(text: str) -> str:
    return collapse(_BRACKETED.sub("", text)).strip(" -–,;:")


def from_statement(seg: Segments) -> Finding | None:
    for ln in seg.preamble + seg.lines[:3]:
        m = _ISSUING_VERB.search(ln.text)
        if not m:
            continue
        start = 0
        # "Nhằm …, X xây dựng kế hoạch", "Thực hiện Kế hoạch … của Y, X xây dựng …": X follows the lead clause
        if LEAD_CLAUSE.match(ln.text):
            comma = ln.text.rfind(", ", 0, m.start())
            if comma < 0:
                continue
            start = comma + 2
        if m.start() - start > 160:
            continue
        name = _clean(ln.text[start : m.start()])
        if name and name[0].isupper() and len(name.split()) <= 20:
            return Finding(name, ln.start + start, ln.start + m.start(), 0.6, "issuer.statement")
    return None


def extract(seg: Segments) -> dict[str, Finding | None]:
    units = _units(_unit_cells(seg))
    if not units:
        return {"name": from_statement(seg), "parent": None}
    name = _unit_finding(units[-1], 0.9, "issuer.header")
    parent = _unit_finding(units[-2], 0.85, "issuer.header.parent") if len(units) > 1 else None
    return {"name": name, "parent": parent}
