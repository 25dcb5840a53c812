"""Lexical patterns shared by the field rules: dates, clock times, document numbers, e-mails.

The dependency probe found dateparser wrong on running Vietnamese text ("27 tháng" read as "27 months
ago", "09 giờ" as "9 hours ago"), so dates and times are read by these precise patterns and checked with
``datetime``. Every function returns matches with character spans so that evidence can point at them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# ------------------------------------------------------------------ dates

DATE_PATTERN = re.compile(
    r"""
    (?<![\d/.-])
    (?:
        # 05 tháng 10 năm 2024; a text layer's stray space after a leading zero: "tháng 0 6"; OCR's tone slips
        # on the a ("thảng", "thàng")
        (?P<d1>0[ ]\d|\d{1,2})\s*th[áảàạã]ng\s*(?P<m1>0[ ]\d|\d{1,2})(?:\s*(?:năm|,)\s*(?P<y1>\d{4}))?
      | (?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>\d{4})            # 05/10/2024, 5-10-2024
      | (?P<d3>\d{1,2})[/-](?P<m3>\d{1,2})(?![\d/-])                                # 01/10, 15-5 (year elsewhere)
    )
    (?![\d])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
# "ngày" before a date, optional ("vào 14h ngày 02/10/2023", "từ 01/10 đến 07/10/2024").
DATE_WORD = re.compile(r"(?:ngày|hôm|từ|đến|tới|[-–])\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    day: int
    month: int
    year: int | None

    def iso(self, default_year: int | None = None) -> str | None:
        year = self.year or default_year
        if year is None:
            return None
        try:
            return dt.date(year, self.month, self.day).isoformat()
        except ValueError:
            return None


def _calendar_day(day: int, month: int, year: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Valid calendar dates in ``text[start:end]`` with absolute offsets."""
    end = len(text) if end is None else end
    found = []
    pos = start
    # A date opens a run of digits (DATE_PATTERN looks behind for none): trying only there, not at every offset,
    # finds the same matches three times faster.
    for run in _DIGITS.finditer(text, start, end):
        m = DATE_PATTERN.match(text, run.start(), end) if run.start() >= pos else None
        if m is None:
            continue
        pos = m.end()
        g = m.groupdict()
        day = int((g["d1"] or g["d2"] or g["d3"]).replace(" ", ""))
        month = int((g["m1"] or g["m2"] or g["m3"]).replace(" ", ""))
        year_text = g["y1"] or g["y2"]
        year = int(year_text) if year_text else None
        if (year and not 1945 <= year <= 2100) or not _calendar_day(day, month, year or 2024):
            continue  # an impossible date (31/02) is a typing or OCR slip, not a date
        if g["d3"] and not DATE_WORD.search(text[max(0, m.start() - 8) : m.start()]):
            continue  # a bare "20/10" is a date only after "ngày" (it is also part of names: "Trường Mầm non 1/6")
        found.append(DateMatch(m.start(), m.end(), day, month, year))
    return found


# ------------------------------------------------------------------ clock times

TIME_PATTERN = re.compile(
    r"""
    (?<![\d/])
    (?P<h>\d{1,2})\s*
    (?:
        giờ(?:\s*(?P<m1>\d{1,2})\s*(?:phút)?)?        # 08 giờ 30 phút, 14 giờ, 9 giờ 00
      | h\s*(?P<m2>\d{2})?\s*['’]?                    # 8h00, 14h, 7h30'
      | :(?P<m3>\d{2})(?!\d)                           # 08:30
    )
    (?![\w/])
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TimeMatch:
    start: int
    end: int
    hhmm: str


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeMatch]:
    end = len(text) if end is None else end
    found = []
    for m in TIME_PATTERN.finditer(text, start, end):
        hour = int(m["h"])
        minute = int(m["m1"] or m["m2"] or m["m3"] or 0)
        if hour > 23 or minute > 59:
            continue
        # "3 giờ" after "trong"/"sau" is a duration, not a clock time.
        before = text[max(0, m.start() - 24) : m.start()]
        duration = re.search(r"(?:trong|sau|mất|kéo dài|thời lượng|thời gian|khoảng)\s*$", before, re.IGNORECASE)
        if duration and not re.search(r"(?:vào|lúc|từ)\s+khoảng\s*$", before, re.IGNORECASE):
            continue
        found.append(TimeMatch(m.start(), m.end(), f"{hour:02d}:{minute:02d}"))
    return found


# ------------------------------------------------------------------ document numbers (số ký hiệu)

_SYM = r"[A-ZĐÐ][A-Za-zĐđÐÂĂÊÔƠƯ&.0-9]*"
NUMBER_PATTERN = re.compile(
    rf"""
    (?<![\w/])
    (?P<n>\d{{1,3}}(?:[ ]\d{{3}})?(?!\d)[a-z]?|\d{{4,5}}[a-z]?)   # the running number, maybe "2 417"
    (?:\s*/\s*\d{{4}})?                                  # a year inside some numbers: 12/2023/QĐ-UBND
    \s*[/-]\s*                                           # "/" (or "-" in party numbering: 11-CT/TW)
    {_SYM}
    (?:
        \s*[-–—‐/]\s*{_SYM}                              # further groups
      | [ ](?=[A-ZĐ]{{2,}}(?:&[A-ZĐ]+)?(?:[-–—/\s,;.]|$))[A-ZĐ]{{2,}}(?:&[A-ZĐ]+)?  # an OCR gap: "S GDĐT",
                                                     # "GDTX CNDH", "CV SLĐTB&XH"
    )*
    """,
    re.VERBOSE,
)
DASHES = "‐‑‒–—―−"


def clean_number(raw: str) -> str:
    """The number as the record writes it: no white space, dash-like characters as ``-``."""
    out = re.sub(r"\s+", "", raw)
    for d in DASHES:
        out = out.replace(d, "-")
    return out.replace("Ð", "Đ").rstrip(".,;:")


# A code cut by stray spaces of a text layer ("3210/QĐ - U B ND"): capital pieces standing alone after the match.
_CODE_PIECES = re.compile(r"(?:[ \t]+[A-ZĐ&]+(?![^\s|,;]))+")
_LINE_END = re.compile(r"[ \t]*(?:$|\|)", re.MULTILINE)
_ONE_LETTER_END = re.compile(r"[-/][A-ZĐ]$")


def whole_number(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The number matched at ``m`` and where it ends, its code joined across stray spaces ("QĐ - U B ND" → "QĐ-UBND")
    when the pieces run to the end of the line; None where the code is cut and cannot be joined (a trailing
    one-letter piece, pieces running into other words): a clerk types it rather than reads a wrong one."""
    pieces = _CODE_PIECES.match(text, m.end())
    if pieces and _LINE_END.match(text, pieces.end()):
        return clean_number(m.group(0) + pieces.group(0)), pieces.end()
    if pieces or _ONE_LETTER_END.search(m.group(0)):
        return None
    return clean_number(m.group(0)), m.end()


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    end = len(text) if end is None else end
    return [m for m in NUMBER_PATTERN.finditer(text, start, end) if not re.fullmatch(r"\d+/\d+", m.group(0))]


# ------------------------------------------------------------------ e-mail

EMAIL_PATTERN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def find_email(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    m = EMAIL_PATTERN.search(text, start, len(text) if end is None else end)
    return m


# ------------------------------------------------------------------ small text helpers

QUOTES = "“”„\"‘’«»"


def collapse(text: str) -> str:
    return " ".join(text.split())  # = re.sub(r"\s+", " ", text).strip(): split() and \s agree on white space


def strip_span(text: str, start: int, end: int, chars: str = " \t\n;,.:") -> tuple[int, int]:
    """Shrink ``[start, end)`` past the given characters on both sides."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
