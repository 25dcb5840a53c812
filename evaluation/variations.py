r"""Variation check: does each rule family keep its values when a real document is written another way?

Real directives vary what the genre lets them vary — bullet and numbering styles, headings bold or plain,
with or without a colon, dates in words or figures, deadline wordings, headers flattened onto one line or
cut by ``|``, closings glued, hard-wrapped text layers. Each :data:`VARIATIONS` entry rewrites a source
text one such way; where the rewrite also changes words that gold values quote (a date written in figures
inside a task), the same rewrite is applied to the gold's strings. The check scores every variant against
the (rewritten) gold and compares it with the unvaried text's score: a drop is a rule that keyed on one
way of writing instead of on the genre.

Where the later ways are seen: the header as a markdown table with ``|---|---|`` and ``# ``/``## `` headings in the
legal portals' markdown crawls (heldout-real2 rh2_01–07, heldout-real5 rh5_21, heldout-real6 rh6_03); html2text's
``\-``/``1\.`` escapes in markdown exports of portal pages; the header's columns side by side (pdftotext -layout:
/work/shared/real/texts hanoi-*.txt, heldout-real rh_03) or read column after column in another order (e-signed PDFs'
text layers, heldout-real5 rh5_11 with Số: before the motto); a portal page's breadcrumb, post data and footer around
the letter (rh2's source lines; anchors.md on crawled pages); NBSP (heldout-real rh_04, ttg-ct-299), BOM/zero-width
spaces and tabs (real_03, rh3_06, rh4_02) of web and word-processor copies; entries of Kính gửi / Nơi nhận on one line
(the issue's portal summaries); the signer before Nơi nhận (a text layer reading the closing's right column first);
dates ``dd-mm-yyyy`` / ``dd.mm.yyyy`` (rh5_11–14, kontum-qd-435); ``Căn cứ`` lines ending in ``,`` or ``.``; section
titles in mixed case and ``Ủy ban Nhân dân`` (rh_04).

    python -m evaluation.variations [--corpus DIR ...] [--only NAME ...] [--show N]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.documents import CorpusDocument, discover
from evaluation.scoring import FIELD_PATHS, Counts, score_record
from extractor import extract_text

__all__ = ["VARIATIONS", "Variation", "VariantScore", "map_strings", "run", "vary"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = ("corpus", "heldout-real", "heldout-real2")

_PLACE_DATE = re.compile(r"ngày\s*(?:\d{1,2}|\.{2,}|…|\s{3,})\s*(?:tháng|/)", re.IGNORECASE)
_SIGNER_HEAD = re.compile(r"^\s*(?:KT|TM|TL|Q|K/T|T/M|T/L)\s*\.?\s+\S", re.MULTILINE)
_TITLE_LINE = re.compile(r"^\s*(?:\*\*)?(?:KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|CHỈ THỊ|TỜ TRÌNH|BÁO CÁO|CÔNG VĂN)\b")


# ---------------------------------------------------------------- rewrites of the text

def _lines(fn: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(fn(line) for line in text.split("\n"))


def _bullet(mark: str) -> Callable[[str], str]:
    return _lines(lambda line: re.sub(r"^(\s*)-\s+(?=\S)", lambda m: f"{m.group(1)}{mark} ", line))


_NUMBERED = re.compile(r"^(\s*)(\d{1,2})\.(?!\d)\s*")
_LETTERED = re.compile(r"^(\s*)([a-zđ])\)\s*")


def _numbers(fmt: Callable[[int], str]) -> Callable[[str], str]:
    return _lines(lambda line: _NUMBERED.sub(lambda m: f"{m.group(1)}{fmt(int(m.group(2)))} ", line))


_ROMAN_SECTION = re.compile(r"^(\s*)([IVX]{1,4})\.\s+(?=[A-ZĐÀ-Ỹ ,\-]+$)")


def _roman_sections_in_figures(text: str) -> str:
    """Sections in capitals numbered in figures ("1. MỤC ĐÍCH, YÊU CẦU") instead of Roman numerals."""
    value = {"I": 1, "V": 5, "X": 10}

    def arabic(numeral: str) -> int:
        total = 0
        for k, ch in enumerate(numeral):
            v = value[ch]
            total += -v if k + 1 < len(numeral) and value[numeral[k + 1]] > v else v
        return total

    return _lines(lambda line: _ROMAN_SECTION.sub(lambda m: f"{m.group(1)}{arabic(m.group(2))}. ", line))(text)


def _heading_lines(text: str) -> list[int]:
    """Indices of short lines ending with a colon inside the body (agency headings, list leads)."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        bare = line.strip()
        if bare.endswith(":") and 3 < len(bare) < 90 and not re.match(r"(?i)(kính gửi|nơi nhận|số)\b", bare):
            out.append(i)
    return out


def _bold_headings(text: str) -> str:
    lines = text.split("\n")
    for i in _heading_lines(text):
        lines[i] = f"**{lines[i].strip()}**"
    return "\n".join(lines)


def _headings_without_colon(text: str) -> str:
    lines = text.split("\n")
    for i in _heading_lines(text):
        lines[i] = lines[i].rstrip()[:-1].rstrip()
    return "\n".join(lines)


def _header_end(lines: list[str]) -> int | None:
    """Index of the place-date line when it is among the first lines (the header ends there)."""
    for i, line in enumerate(lines[:25]):
        if _PLACE_DATE.search(line) and "," in line:
            return i
    return None


_COLUMN_START = re.compile(r"CỘNG\s+H[OÒ][AÀ]\b|Số\s*:|[^\W\d][^,|]{0,40},\s*ngày\b")


def _piped(head: list[str]) -> str:
    """One line, ``|`` where a crawl of the two-column table puts it: before the motto, Số: and the place-date."""
    out = head[0]
    for line in head[1:]:
        out += (" | " if _COLUMN_START.match(line) else " ") + line
    return out


def _join_header(separator: str | Callable[[list[str]], str]) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        lines = text.split("\n")
        end = _header_end(lines)
        if end is None:
            return text
        # a portal's title line and a markdown table stay as they are: the join is of the printed header
        first = next((i for i, line in enumerate(lines[: end + 1]) if line.strip()[:12].isupper()), None)
        # a header laid out in two interleaved columns has no one-line reading; a text without "Số:" has no header
        if first is None or any(re.search(r"\||://|\S\s{3,}\S|\t", line) for line in lines[: end + 1]):
            return text
        if not any(re.match(r"\s*Số\s*:", line) for line in lines[first: end + 1]):
            return text
        head = [line.strip() for line in lines[first: end + 1] if line.strip()]
        joined = separator.join(head) if isinstance(separator, str) else separator(head)
        return "\n".join([*lines[:first], joined, *lines[end + 1:]])
    return rewrite


def _glue_closing(text: str) -> str:
    """The signer's authority, title and name on one line (a portal's copy)."""
    lines = text.rstrip().split("\n")
    heads = [i for i, line in enumerate(lines) if _SIGNER_HEAD.match(line) or re.match(
        r"^\s*(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG PHÒNG|HIỆU TRƯỞNG|BỘ TRƯỞNG|THỦ TRƯỞNG|CHÁNH VĂN PHÒNG)\s*$", line)]
    if not heads or heads[-1] < len(lines) - 12:
        return text
    start = heads[-1]
    tail = [line.strip() for line in lines[start:] if line.strip()]
    return "\n".join([*lines[:start], " ".join(tail)])


def _hard_wrap(width: int) -> Callable[[str], str]:
    """Long paragraphs of the body broken at a width, as a PDF's text layer does (header lines and lines in
    capitals are left: a portal's flattened header is no printed line)."""
    def rewrite(text: str) -> str:
        out = []
        lines = text.split("\n")
        if max(map(len, lines)) < 2 * width:  # already a text layer's lines: re-wrapping them is no real layout
            return text
        body_from = (_header_end(lines) or 0) + 1
        for k, line in enumerate(lines):
            if k < body_from or len(line) <= width or line.lstrip().startswith("|") or line.isupper():
                out.append(line)
                continue
            current = ""
            for word in line.split(" "):
                if current and len(current) + 1 + len(word) > width:
                    out.append(current)
                    current = word
                else:
                    current = f"{current} {word}" if current else word
            out.append(current)
        return "\n".join(out)
    return rewrite


def _dates_in_figures(text: str) -> str:
    return re.sub(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", r"ngày \1/\2/\3", text)


def _dates_in_words(text: str) -> str:
    return re.sub(r"ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})", r"ngày \1 tháng \2 năm \3", text)


def _sub(pattern: str, replacement: str) -> Callable[[str], str]:
    compiled = re.compile(pattern)
    return lambda text: compiled.sub(replacement, text)


_NUMBER_LINE = re.compile(r"(Số\s*:\s*)(\d+)/([^\s/]+?)-(\S+)")


def _spaced_number(text: str) -> str:
    """The number typed with spaces ("Số: 52 / CV- ĐTN"), as portals copy it."""
    return _NUMBER_LINE.sub(lambda m: f"{m.group(1)}{m.group(2)} / {m.group(3)}- {m.group(4)}", text, count=1)


def _dashed_entries(head: re.Pattern[str], text: str) -> tuple[str, list[str], str] | None:
    """The text up to the label ``head`` finds, the two or more dashed entries under it, and the text after them."""
    m = head.search(text)
    if m is None:
        return None
    lines = text[m.end():].split("\n")
    k = 1
    while k < len(lines) and re.match(r"\s*[-–+•]\s", lines[k]):
        k += 1
    return (text[: m.end()].rstrip(), lines[1:k], "\n".join(lines[k:])) if k >= 3 else None


def _list_on_one_line(label: str) -> Callable[[str], str]:
    """The entries under ``label`` run onto its line ("Kính gửi: - A; - B."), as a crawl writes them."""
    head = re.compile(rf"^\s*{label}\s*:?\s*$", re.IGNORECASE | re.MULTILINE)

    def rewrite(text: str) -> str:
        if (found := _dashed_entries(head, text)) is None:
            return text
        before, entries, after = found
        return before + " " + " ".join(line.strip() for line in entries) + "\n" + after
    return rewrite


def _signed_placeholder(text: str) -> str:
    """"(Đã ký)" above the signer's name, as a portal's copy of a signed page has it."""
    lines = text.rstrip().split("\n")
    for k in range(len(lines) - 1, max(len(lines) - 6, 0), -1):
        if re.fullmatch(r"\s*(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s*", lines[k]):
            return "\n".join([*lines[:k], "(Đã ký)", *lines[k:]])
    return text


_E_SIGNATURE = ("Ký bởi: Văn phòng Ủy ban nhân dân\nEmail: vanthu@example.gov.vn\n"
                "Thời gian ký: 03.06.2024 09:12:40 +07:00\n")
_INCOMING = "CÔNG VĂN ĐẾN\nĐẾN Số: 2345\nNgày: 06/6/2024\n"


# ---------------------------------------------------------------- more ways real sources publish the same text

_RIGHT_COLUMN = re.compile(r"(?:\*\*)?(?:CỘNG\s+H[OÒ][AÀ]|Độc\s+lập)\b|[^\W\d][^,|]{0,40},\s*ngày\b", re.IGNORECASE)
_RULE_LINE = re.compile(r"^[-_=–—*\s]{3,}$")


def _capitals_only(line: str) -> bool:
    return line == line.upper() and re.search(r"[^\W\d_]", line) is not None and re.search(r"\d", line) is None


def _header_columns(text: str) -> tuple[list[str], int, list[str], list[str], list[str], list[str]] | None:
    """The printed header split into its two columns, each in its top part (agency; motto) and its bottom part
    (number and V/v; place-date): ``(lines, end, left_top, left_bottom, right_top, right_bottom)``, where ``lines``
    are the text's lines without the header's and ``end`` the last of them before it. ``None`` when
    the text has no multi-line header with a "Số:" line (a flattened or tabled header has no columns to split)."""
    lines = text.split("\n")
    end = _header_end(lines)
    if end is None:
        return None
    if any(re.search(r"\||://|\S\s{3,}\S|\t", line) for line in lines[: end + 1]):
        return None
    head = [line.strip() for line in lines[: end + 1] if line.strip()]
    # the agency's lines are the capitals just above the motto or the number; what is above them (a gazette's
    # running head, a page number, "BẢN SAO") is no cell of the header table and stays where it is
    first = next((k for k, line in enumerate(head) if re.match(r"Số\s*:|CỘNG\s+H[OÒ][AÀ]", line, re.IGNORECASE)), 0)
    start = first
    while start > 0 and first - start < 4 and head[start - 1] not in head[start:first] and (
            _RULE_LINE.match(head[start - 1]) or _capitals_only(head[start - 1])):
        start -= 1
    prefix, head = head[:start], head[start:]
    if not head or not _RIGHT_COLUMN.match(head[-1]) or not any(re.match(r"Số\s*:", line) for line in head):
        return None
    left_top: list[str] = []
    left_bottom: list[str] = []
    right_top: list[str] = []
    right_bottom: list[str] = []
    side = "left"
    for line in head:
        if re.match(r"(?:CỘNG\s+H[OÒ][AÀ]|Độc\s+lập)", line, re.IGNORECASE):
            side = "right"
            right_top.append(line)
        elif _RULE_LINE.match(line):
            (right_top if side == "right" else left_bottom if left_bottom else left_top).append(line)
        elif re.match(r"Số\s*:|V/v\b|Về\s+việc\b", line):
            side = "left"
            left_bottom.append(line)
        elif _RIGHT_COLUMN.match(line):
            right_bottom.append(line)
        elif side == "left" and not left_bottom:
            left_top.append(line)
        else:
            return None  # a line of no known column (a title inside the header): not a two-column header
    if not (left_top and left_bottom and right_top and right_bottom) or any("Kính gửi" in line for line in head):
        return None  # (a "Kính gửi" glued to the place-date belongs to no column)
    return [*prefix, *lines[end + 1:]], len(prefix) - 1, left_top, left_bottom, right_top, right_bottom


def _relay_header(layout: Callable[[list[str], list[str], list[str], list[str]], list[str]]) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        columns = _header_columns(text)
        if columns is None:
            return text
        lines, end, *parts = columns
        return "\n".join([*lines[: end + 1], *layout(*parts), *lines[end + 1:]])
    return rewrite


def _markdown_table(left_top: list[str], left_bottom: list[str], right_top: list[str],
                    right_bottom: list[str]) -> list[str]:
    """A legal portal's markdown export: the header table as ``| agency ------- | motto --- |`` rows."""
    return [f"| {' '.join(left_top)} | {' '.join(right_top)} |", "|---|---|",
            f"| {' '.join(left_bottom)} | {' '.join(right_bottom)} |", ""]


def _zip_columns(joint: Callable[[str, str], str]) -> Callable[..., list[str]]:
    def layout(left_top: list[str], left_bottom: list[str], right_top: list[str], right_bottom: list[str]) -> list[str]:
        out = []
        for left, right in ((left_top, right_top), (left_bottom, right_bottom)):
            for k in range(max(len(left), len(right))):
                out.append(joint(left[k] if k < len(left) else "", right[k] if k < len(right) else ""))
        return [line for line in "\n".join(out).split("\n") if line.strip()]
    return layout


def _right_first(left_top: list[str], left_bottom: list[str], right_top: list[str],
                 right_bottom: list[str]) -> list[str]:
    """The text layer read the right column first: motto and place-date, then agency and number."""
    return [*right_top, *right_bottom, "", *left_top, *left_bottom, ""]


_CHROME_TOP = ("Trang chủ › Văn bản › Văn bản chỉ đạo điều hành\n"
               "Ngày đăng: 14/02/2025 08:30 | Lượt xem: 1.245\n"
               "Cỡ chữ: A- A A+ | In trang | Gửi email\n\n")
_CHROME_BOTTOM = ("\n\nTập tin đính kèm: vanban.pdf (Tải về)\nVăn bản cùng lĩnh vực\n"
                  "© Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.\n")


def _markdown_escapes(text: str) -> str:
    """html2text's escapes: a leading ``-``/``+`` or ``1.`` escaped, lines in capitals made ``## `` headings."""
    lines = text.split("\n")
    body_from = (_header_end(lines) or 0) + 1
    for k, line in enumerate(lines):
        line = re.sub(r"^(\s*)([-+])(\s)", r"\1\\\2\3", line)
        line = re.sub(r"^(\s*\d{1,2})\.(\s)", r"\1\\.\2", line)
        if k >= body_from and re.fullmatch(r"\s*(?:[IVX]{1,4}\.\s+)?[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,\-]{3,}", line):
            line = f"## {line.strip()}"
        lines[k] = line
    return "\n".join(lines)


def _spaces(char: str, where: str) -> Callable[[str], str]:
    """Web copies' spaces: ``char`` after the genre's labels (``Số:``, ``ngày``, ``Kính gửi:`` …) or everywhere."""
    labels = re.compile(r"\b(Số:|ngày|tháng|năm|gửi:|nhận:|Căn cứ|KT\.|TM\.|TL\.) ")
    if where == "labels":
        return lambda text: labels.sub(lambda m: m.group(1) + char, text)
    return lambda text: text.replace(" ", char)


def _zero_width(text: str) -> str:
    """A byte-order mark before the text and zero-width spaces after list marks and labels (a web editor's copy)."""
    text = re.sub(r"^([ \t]*[-+•]) ", "\\1 \u200b", text, flags=re.MULTILINE)
    return "\ufeff" + re.sub(r"(Kính gửi:|Nơi nhận:|Số:)", "\\1\u200b", text)


def _tabbed(text: str) -> str:
    """A word processor's text export: list entries indented with a tab, a tab after their mark."""
    return re.sub(r"^[ \t]*([-+•]|\d{1,2}\.|[a-zđ]\))[ ]+(?=\S)", "\t\\1\t", text, flags=re.MULTILINE)


def _list_joined(label: str, separator: str) -> Callable[[str], str]:
    """The entries under ``label`` on its line without their dashes, ``separator`` between them."""
    head = re.compile(rf"^[ \t]*{label}[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)

    def rewrite(text: str) -> str:
        if (found := _dashed_entries(head, text)) is None:
            return text
        before, lines, after = found
        entries = [re.sub(r"^\s*[-–+•]\s+", "", line).strip().rstrip(";,.") for line in lines]
        return before + " " + separator.join(entries) + ".\n" + after
    return rewrite


def _closing_blocks(text: str) -> tuple[list[str], int, int, int] | None:
    """``(lines, nhan, signer, end)``: where Nơi nhận and the signer's block start in the closing, and where the
    second of them ends; ``None`` when the closing is not these two blocks one after the other."""
    lines = text.rstrip().split("\n")
    nhan = next((i for i in range(len(lines) - 1, -1, -1) if re.match(r"\s*Nơi\s+nhận\s*:?\s*$", lines[i])), None)
    heads = [i for i, line in enumerate(lines) if _SIGNER_HEAD.match(line)]
    if nhan is None or not heads or len(lines) - nhan > 40:
        return None
    return lines, nhan, heads[-1], len(lines)


def _signer_first(text: str) -> str:
    """The signer's block before Nơi nhận (a text layer that reads the right column of the closing first)."""
    found = _closing_blocks(text)
    if found is None:
        return text
    lines, nhan, signer, end = found
    if signer < nhan:
        return text
    return "\n".join([*lines[:nhan], *lines[signer:end], "", *lines[nhan:signer]])


def _portal_register(text: str) -> str:
    """A legal portal's register table above the letter (number, kind, issuer, signer, date), its values the
    letter's own, as thuvienphapluat pages carry it."""
    number = re.search(r"Số\s*:\s*(\d+\s*/\s*\S+)", text)
    date = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})", text)
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if number is None or date is None or len(lines) < 10 or len(lines[0]) > 120:
        return text  # (a letter on one line has no first line to name its issuer)
    d, m, y = (int(g) for g in date.groups() if g)
    register = (f"| **Số hiệu:** | {number.group(1)} | **Loại văn bản:** | Văn bản |\n|---|---|---|---|\n"
                f"| **Nơi ban hành:** | {lines[0]} | **Người ký:** | {lines[-1]} |\n"
                f"| **Ngày ban hành:** | {d:02d}/{m:02d}/{y} | **Ngày hiệu lực:** | Đã biết |\n\n")
    return register + text


def _roman_sections_mixed_case(text: str) -> str:
    """Sections written "I. Mục đích, yêu cầu" instead of in capitals."""
    def heading(m: re.Match[str]) -> str:
        words = m.group(3).lower()
        return f"{m.group(1)}{m.group(2)}. {words[:1].upper()}{words[1:]}"
    return re.sub(r"^([ \t]*)([IVX]{1,4})\.[ \t]+([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,\-]+)$", heading, text, flags=re.MULTILINE)


def _date_separator(separator: str) -> Callable[[str], str]:
    return _sub(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", rf"\1{separator}\2{separator}\3")


_WRITTEN_OUT = r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\b"
_ABBREVIATED = r"(?<![-/\w])UBND(?= [a-zà-ỹđ])"


def _basis_ending(mark: str) -> Callable[[str], str]:
    """``Căn cứ …`` lines ending in ``mark`` instead of ``;``."""
    return _sub(r"(?m)^([ \t]*Căn cứ\b.*?);[ \t]*$", rf"\1{mark}")


@dataclass(frozen=True, slots=True)
class Variation:
    """One way of writing: ``text`` rewrites the source; ``gold`` (if set) rewrites the gold's strings too."""

    name: str
    text: Callable[[str], str]
    gold: Callable[[str], str] | None = None
    heading: Callable[[str], str] | None = None  # rewrites the bare agency of each gold heading line instead
    # how the gold names a rewritten heading's agency ("X có trách nhiệm:" heads its items: the agency as written)
    agency: Callable[[str], str] | None = None


_HEADING_MARK = re.compile(r"^(\s*(?:\*\*)?(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVX]{1,4}\.|[-–+•])?\s*)")


def _rewrite_headings(text: str, agencies: list[str], fn: Callable[[str], str]) -> tuple[str, set[str]]:
    """Each line that is a gold agency's bare heading ("2. Sở Tài chính:", "- Công an tỉnh") rewritten by ``fn``
    on the agency's words; lines that say more (an inline task, a "Giao …" already) are left. Also the agencies
    whose heading was rewritten."""
    lines = text.split("\n")
    rewritten = set()
    for k, line in enumerate(lines):
        mark = _HEADING_MARK.match(line)
        rest = line[mark.end():].strip().rstrip("*").strip()
        bare = rest.rstrip(":").strip()
        if bare and any(bare == a.strip() for a in agencies) and len(bare) < 120:
            lines[k] = f"{mark.group(1)}{fn(bare)}"
            rewritten.add(bare)
    return "\n".join(lines), rewritten


VARIATIONS: tuple[Variation, ...] = (
    Variation("bullet +", _bullet("+")),
    Variation("bullet •", _bullet("•")),
    Variation("bullet –", _bullet("–")),
    Variation("bullet *", _bullet("*")),
    Variation("numbers 1)", _numbers(lambda n: f"{n})")),
    Variation("sections 1.", _roman_sections_in_figures),
    Variation("letters a.", _lines(lambda line: _LETTERED.sub(lambda m: f"{m.group(1)}{m.group(2)}. ", line))),
    Variation("headings bold", _bold_headings),
    Variation("headings no colon", _headings_without_colon),
    Variation("header one line", _join_header(" ")),
    Variation("header with |", _join_header(_piped)),
    Variation("closing glued", _glue_closing),
    Variation("wrapped 80", _hard_wrap(80)),
    Variation("dates in figures", _dates_in_figures, _dates_in_figures),
    Variation("dates in words", _dates_in_words, _dates_in_words),
    Variation("trước → chậm nhất", _sub(r"\btrước ngày", "chậm nhất ngày"),
              lambda s: "by" if s == "before" else re.sub(r"\btrước ngày", "chậm nhất ngày", s)),
    Variation("heading Giao X:", str, heading=lambda a: f"Giao {a}:"),
    Variation("heading Đề nghị X:", str, heading=lambda a: f"Đề nghị {a}:"),
    Variation("heading X có trách nhiệm:", str, heading=lambda a: f"{a} có trách nhiệm:",
              agency=lambda a: f"{a} có trách nhiệm"),
    Variation("heading X (no colon)", str, heading=lambda a: a),
    Variation("heading **X:**", str, heading=lambda a: f"**{a}:**"),
    Variation("number spaced", _spaced_number),
    Variation("Kính gửi one line", _list_on_one_line("Kính gửi")),
    Variation("Nơi nhận one line", _list_on_one_line("Nơi nhận")),
    Variation("(Đã ký)", _signed_placeholder),
    Variation("e-signature", lambda text: _E_SIGNATURE + text),
    Variation("incoming stamp", lambda text: _INCOMING + text),
    Variation("indented", _lines(lambda line: f"    {line}" if line.strip() else line)),
    Variation("CRLF", lambda text: text.replace("\n", "\r\n")),
    Variation("NFD", lambda text: unicodedata.normalize("NFD", text)),
    Variation("blank lines", lambda text: text.replace("\n", "\n\n")),
    Variation("header md table", _relay_header(_markdown_table)),
    Variation("header side by side", _relay_header(_zip_columns(lambda left, right: f"{left:<48}{right}".rstrip()))),
    Variation("header interleaved", _relay_header(_zip_columns(lambda left, right: f"{left}\n{right}"))),
    Variation("header right first", _relay_header(_right_first)),
    Variation("page chrome", lambda text: _CHROME_TOP + text + _CHROME_BOTTOM),
    Variation("markdown escapes", _markdown_escapes),
    Variation("NBSP after labels", _spaces("\u00a0", "labels")),
    Variation("NBSP everywhere", _spaces("\u00a0", "all")),
    Variation("zero-width", _zero_width),
    Variation("tabs", _tabbed),
    Variation("Kính gửi A; B", _list_joined("Kính gửi", "; ")),
    Variation("Kính gửi A - B", _list_joined("Kính gửi", " - ")),
    Variation("Nơi nhận A; B", _list_joined("Nơi nhận", "; ")),
    Variation("signer first", _signer_first),
    Variation("portal register", _portal_register),
    Variation("sections mixed case", _roman_sections_mixed_case),
    Variation("dates d-m-yyyy", _date_separator("-"), _date_separator("-")),
    Variation("dates d.m.yyyy", _date_separator("."), _date_separator(".")),
    Variation("Căn cứ … ,", _basis_ending(",")),
    Variation("Căn cứ … .", _basis_ending(".")),
    Variation("Ủy ban Nhân dân", _sub(r"(?:Ủy|Uỷ) ban nhân dân", "Ủy ban Nhân dân")),
    # the body's bodies abbreviated or written out (a header in capitals and a number's code keep their own form)
    Variation("Ủy ban nhân dân → UBND", _sub(_WRITTEN_OUT, "UBND"), _sub(_WRITTEN_OUT, "UBND")),
    Variation("UBND → Ủy ban nhân dân", _sub(_ABBREVIATED, "Ủy ban nhân dân"), _sub(_ABBREVIATED, "Ủy ban nhân dân")),
)


# ---------------------------------------------------------------- scoring

def map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    """Every string inside a JSON value rewritten by ``fn``."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [map_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: map_strings(v, fn) for k, v in value.items()}
    return value


def vary(doc: CorpusDocument, variation: Variation) -> tuple[str, dict[str, Any]] | None:
    """The document's text and gold written the variation's way; ``None`` when the rewrite changes nothing."""
    source = doc.source("txt")
    if source is None:
        return None
    text = source.read_text(encoding="utf-8")
    gold = doc.gold.model_dump(mode="json")
    if variation.heading is not None:
        varied, rewritten = _rewrite_headings(text, [a["agency"] for a in gold["assignments"] if a["agency"]],
                                              variation.heading)
        if variation.agency is not None:
            for item in gold["assignments"]:
                if item["agency"] in rewritten:
                    item["agency"] = variation.agency(item["agency"])
    else:
        varied = variation.text(text)
    if varied == text:
        return None
    if variation.gold is not None:
        gold = map_strings(gold, variation.gold)
    return varied, gold


@dataclass(slots=True)
class VariantScore:
    """Counts of one variation over the documents it changed, beside the same documents unvaried."""

    name: str
    base: Counts = field(default_factory=Counts)
    varied: Counts = field(default_factory=Counts)
    by_field: dict[str, Counts] = field(default_factory=dict)
    drops: list[tuple[str, float, float, list[str]]] = field(default_factory=list)


def _f1(counts: Counts) -> float:
    return counts.f1 if counts.f1 is not None else 1.0


def run(documents: Sequence[CorpusDocument], variations: Sequence[Variation] = VARIATIONS) -> list[VariantScore]:
    """Score every variation on every document it changes."""
    base_scores = {}
    for doc in documents:
        source = doc.source("txt")
        if source is not None:
            base_scores[doc.doc_id] = score_record(doc.gold, extract_text(source.read_text(encoding="utf-8")).record)
    results = []
    for variation in variations:
        result = VariantScore(variation.name)
        for doc in documents:
            given = vary(doc, variation)
            if given is None or doc.doc_id not in base_scores:
                continue
            text, gold = given
            base = base_scores[doc.doc_id]
            score = score_record(gold, extract_text(text).record)
            result.base += base.total
            result.varied += score.total
            worse = [path for path in FIELD_PATHS if _f1(score.counts[path]) < _f1(base.counts[path])]
            for path in worse:
                result.by_field[path] = result.by_field.get(path, Counts()) + score.counts[path]
            if _f1(score.total) < _f1(base.total) - 1e-9:
                result.drops.append((doc.doc_id, _f1(base.total), _f1(score.total), worse))
        results.append(result)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", nargs="*", default=list(DEFAULT_SETS), help="annotated sets (dirs)")
    parser.add_argument("--only", nargs="*", help="variation names to run")
    parser.add_argument("--origin", default="real", help="meta.json origin to keep ('' for all)")
    parser.add_argument("--show", type=int, default=3, help="documents listed per variation with a drop")
    args = parser.parse_args(argv)
    documents = []
    for name in args.corpus:
        directory = Path(name) if Path(name).is_absolute() else ROOT / name
        found = discover(directory).documents
        documents += [d for d in found if not args.origin or d.meta.get("origin") == args.origin]
    chosen = [v for v in VARIATIONS if not args.only or v.name in args.only]
    print(f"{len(documents)} documents")
    for result in run(documents, chosen):
        print(f"{result.name:20s} base {_f1(result.base):.3f} → varied {_f1(result.varied):.3f}"
              f"  ({len(result.drops)} docs worse)")
        for doc_id, before, after, worse in sorted(result.drops, key=lambda d: d[2] - d[1])[: args.show]:
            print(f"    {doc_id:14s} {before:.3f} → {after:.3f}  {', '.join(worse[:6])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
