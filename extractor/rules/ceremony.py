"""Opening ceremony: the Lễ khai mạc (or, where none is named, the Lễ phát động) — date, clock time,
venue and mode (online / in person / hybrid)."""

from __future__ import annotations

import re

from extractor.rules.event import RANGE
from extractor.rules.patterns import collapse, find_dates, find_times
from extractor.segment import Line, Segments
from extractor.types import Finding
from extractor.vocabulary import load_data

DATA = load_data("event")
# case-blind: a heading in capitals names it too ("III. LỄ KHAI MẠC")
_CEREMONIES = [re.compile(p, re.IGNORECASE) for p in DATA["ceremony_patterns"]]
_VENUE = re.compile(DATA["venue_pattern"])
_MODES = [(mode, re.compile(p, re.IGNORECASE)) for mode, p in DATA["mode_patterns"].items()]
_AUDIENCE_CLAUSE = re.compile(r";(?=[^;.]{0,60}?\b(?:theo dõi|xem|tham dự|dự)\b[^;.]{0,30}?\btại\b)")
_VENUE_LABEL = re.compile(r"địa điểm(?:\s+(?:tổ chức lễ [^:\n]{0,30}|tổ chức|diễn ra))?\s*:\s*", re.IGNORECASE)
# "- Thời gian dự kiến: …", "- Địa điểm tổ chức: …": the fields of an activity listed under its heading
_FIELD_LINE = re.compile(r"^(?:Thời gian|Địa điểm|Hình thức)(?:\s+(?:dự kiến|tổ chức|thực hiện|diễn ra))?\s*:",
                         re.IGNORECASE)


def _sentence(text: str, line: Line, pos: int) -> tuple[int, int]:
    """The sentence of ``line`` around ``pos`` (split at '. ' and ';')."""
    s = line.start
    for m in re.finditer(r"(?<=[.;!?])\s+(?=[A-ZĐÂÊÔƠƯ\-–])", text[line.start : pos]):
        s = line.start + m.end()
    m = re.search(r"\.\s+(?=[A-ZĐ])|\.$", text[pos : line.end])
    e = pos + m.start() + 1 if m else line.end
    return s, e


# A table's cells as the normaliser leaves them: " | " between the cells of a markdown row, tabs in a Word table's
_CELL_GAP = re.compile(r"[ \t]*\|[ \t]*|\t+")
_PLACE_COLUMN = re.compile(r"(?:Địa điểm|Nơi tổ chức)\b", re.IGNORECASE)
_TABLE_ROWS = 40  # how far above its row the table's head row is looked for


def _cells(line: Line) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for gap in _CELL_GAP.finditer(line.text):
        spans.append((line.start + pos, line.start + gap.start()))
        pos = gap.end()
    return [*spans, (line.start + pos, line.end)] if spans else []


def _table_venue(lines: list[Line], k: int) -> Finding | None:
    """A table of activities ("STT | Nội dung | Thời gian | Địa điểm | …") whose row names the ceremony: the venue
    is that row's cell under the column headed "Địa điểm"."""
    row = _cells(lines[k])
    if not row:
        return None
    for head in reversed(lines[max(0, k - _TABLE_ROWS) : k]):
        cells = _cells(head)
        if len(cells) != len(row):
            return None  # the table ended above the row
        names = [head.text[s - head.start : e - head.start] for s, e in cells]
        column = next((i for i, name in enumerate(names) if _PLACE_COLUMN.match(name)), None)
        if column is not None:
            s, e = row[column]
            value = collapse(lines[k].text[s - lines[k].start : e - lines[k].start])
            return Finding(value, s, e, 0.7, "ceremony.venue.table") if len(value) >= 4 else None
    return None


def _place_field_below(text: str, lines: list[Line], k: int) -> Finding | None:
    """"- Thời gian: 01 ngày, khai mạc lúc 7 giờ 30 phút ngày …" / "- Địa điểm: …": the ceremony told in the time
    field of a one-day event; the place field right under it is where it is held."""
    if not _FIELD_LINE.match(lines[k].body):
        return None
    for nxt in lines[k + 1 : k + 3]:
        if not _FIELD_LINE.match(nxt.body):
            return None
        if _VENUE_LABEL.match(nxt.body):
            return _venue(text, nxt.start, nxt.end)
    return None


def _mode(text: str, s: int, e: int) -> Finding | None:
    for mode, pat in _MODES:
        m = pat.search(text, s, e)
        if m:
            return Finding(mode, m.start(), m.end(), 0.8, f"ceremony.mode.{mode}")
    return None


def _venue(text: str, s: int, e: int) -> Finding | None:
    label = _VENUE_LABEL.search(text, s, e)
    if label:  # "- Địa điểm: …" is the venue to the end of its line (or of its clause inside a sentence)
        vs = label.end()
        stop = re.search(r"\n|;|,\s+(?:vào|lúc|thời gian)\b|\.(?:\s|$)", text[vs:e])
        ve = vs + stop.start() if stop else e
    else:
        m = _VENUE.search(text, s, e)
        if not m:
            return None
        vs, ve = m.start("v"), m.end("v")
    value = collapse(text[vs:ve]).rstrip(" ,.")
    if len(value) < 4 or re.match(r"^(?:các|mỗi|từng|địa phương|đơn vị)\b", value):
        return None
    return Finding(value, vs, ve, 0.75, "ceremony.venue")


def _from_span(text: str, s: int, e: int, after: int, rule: str, doc_year: int | None):
    if RANGE.search(text, after, e):
        return None  # "tổ chức Lễ khai mạc và các hoạt động từ … đến …" is not the ceremony's own date
    dates = [d for d in find_dates(text, after, e)] or [d for d in find_dates(text, s, e)]
    if not dates:
        return None
    d = dates[0]
    iso = d.iso(d.year or doc_year)
    if not iso:
        return None
    result = {"date": Finding(iso, d.start, d.end, 0.85, rule), "time": None, "venue": None, "mode": None}
    times = [t for t in find_times(text, s, e) if abs(t.start - d.start) < 60]
    if times:
        t = times[0]
        result["time"] = Finding(t.hhmm, t.start, t.end, 0.85, "ceremony.time")
    # where the audience watches ("…; các lớp theo dõi tại phòng học") is no venue: the ceremony's span ends at that
    # ";" (not at one that goes on with its place: "…; điểm cầu chính đặt tại …", "…; tại Hội trường …")
    clause = _AUDIENCE_CLAUSE.search(text[d.end : e])
    ce = d.end + clause.start() if clause else e
    result["venue"] = _venue(text, max(d.end, result["time"].end if result["time"] else 0), ce) or _venue(
        text, after, ce) or _labelled_venue(text, e)
    result["mode"] = _mode(text, s, e) or _labelled_mode(text, e)
    return result


def _labelled_venue(text: str, after: int) -> Finding | None:
    """"… Thời gian: 07 giờ 30, ngày 02/3/2024. Địa điểm: Trường THCS X." — a place stated right after."""
    m = re.match(r"[\s.]*(?:-\s*)?Địa điểm(?: tổ chức)?\s*:[^\n;]{0,160}", text[after : after + 200])
    return _venue(text, after + m.start(), after + m.end()) if m else None


def _labelled_mode(text: str, after: int) -> Finding | None:
    """"… tại Hội trường X. Hình thức: trực tiếp kết hợp trực tuyến …" — a mode stated right after."""
    m = re.match(r"\s*(?:-\s*)?Hình thức(?: tổ chức)?\s*:\s*[^\n.;]{0,120}", text[after : after + 160])
    return _mode(text, after + m.start(), after + m.end()) if m else None


def extract(seg: Segments, doc_year: int | None) -> dict[str, Finding | None]:
    text = seg.text
    empty = {"date": None, "time": None, "venue": None, "mode": None}
    lines = seg.body + seg.preamble
    for k_pat, pat in enumerate(_CEREMONIES):
        rule = "ceremony.khai_mac" if k_pat == 0 else "ceremony.phat_dong"
        for k, ln in enumerate(lines):
            m = pat.search(ln.text)
            if not m:
                continue
            pos = ln.start + m.start()
            s, e = _sentence(text, ln, pos)
            found = _from_span(text, s, e, ln.start + m.end(), rule, doc_year)
            if found is not None and found["venue"] is None:
                # "Địa điểm tổ chức Lễ khai mạc: X, vào lúc …" names the ceremony before its own date
                found["venue"] = _venue(text, ln.start, found["date"].start) or _table_venue(lines, k) \
                    or _place_field_below(text, lines, k)
            if found is None and ln.kind and not find_dates(text, ln.start, ln.end):
                # A heading "2. Tổ chức Lễ khai mạc …" with "- Thời gian: …", "- Địa điểm: …" lines under it.
                fields = []
                for nxt in lines[k + 1 : k + 6]:
                    if _FIELD_LINE.match(nxt.body):
                        fields.append(nxt)
                    elif fields or (nxt.kind and nxt.kind != "bullet"):
                        break
                if fields:
                    found = _from_span(text, fields[0].start, fields[-1].end, fields[0].start, rule, doc_year)
            if found:
                return found
    return empty
