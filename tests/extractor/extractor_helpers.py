"""Shared helpers of the extractor tests: the corpus, a small synthetic directive, and the evidence check.

*Synthetic directive*: :func:`directive` glues the zones of a Nghị định 30 document (header, title, Kính gửi,
preamble, body, closing) from short hand-written parts. Rule tests replace one zone with the snippet under
test and keep the others at their defaults, so every snippet runs through the real pipeline
(``extract_text``: normalise → segment → rules → assemble → validate) in a document of the genre.
The defaults are fresh wording (an agency, place and dates that occur nowhere in the corpus).

*Evidence check*: :func:`evidence_problems` says, for one extraction, where the evidence is not true: a key
that is not a JSON Pointer into the record, a span outside the text, a span whose text does not hold the
value (or, for a date, a written form of that date; for a time, that clock time; for an enumeration, any
text), a confidence outside [0, 1], or a non-null value that has no evidence at all.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractor import extract_text
from extractor.types import Extraction

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
# every annotated document (scans read from source.pdf have no source.txt)
GOLD_IDS: list[str] = sorted(p.name for p in CORPUS.iterdir() if (p / "gold.json").is_file())
# the documents text mode reads
CORPUS_IDS: list[str] = [d for d in GOLD_IDS if (CORPUS / d / "source.txt").is_file()]


def _origin(doc_id: str) -> str:
    meta = CORPUS / doc_id / "meta.json"
    return json.loads(meta.read_text(encoding="utf-8")).get("origin", "") if meta.is_file() else ""


SEED_IDS: list[str] = [d for d in CORPUS_IDS if _origin(d) == "seed"]
WRITTEN_IDS: list[str] = [d for d in CORPUS_IDS if _origin(d) == "written"]
# real directives nobody here wrote: measured by the evaluation, not held to the written documents' floor
REAL_IDS: list[str] = [d for d in CORPUS_IDS if _origin(d) == "real"]


def source_text(doc_id: str) -> str:
    return (CORPUS / doc_id / "source.txt").read_text(encoding="utf-8")


def gold_json(doc_id: str) -> dict[str, Any]:
    return json.loads((CORPUS / doc_id / "gold.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def corpus_extraction(doc_id: str) -> Extraction:
    return extract_text(source_text(doc_id))


# ---------------------------------------------------------------- a synthetic directive

HEADER = """\
UBND HUYỆN SƠN TỊNH
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 215/KH-PGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Tịnh, ngày 12 tháng 9 năm 2023"""

TITLE = """\
KẾ HOẠCH
Tổ chức Ngày hội đọc sách năm 2023"""

PREAMBLE = """\
Căn cứ Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở Giáo dục và Đào tạo Quảng Ngãi về việc tổ chức Ngày hội đọc sách năm 2023;

Phòng Giáo dục và Đào tạo huyện Sơn Tịnh xây dựng Kế hoạch tổ chức Ngày hội đọc sách năm 2023 như sau:"""

BODY = """\
I. MỤC ĐÍCH
- Khơi dậy niềm say mê đọc sách trong học sinh.

II. THỜI GIAN
Ngày hội diễn ra từ ngày 16/10/2023 đến ngày 20/10/2023.

III. TỔ CHỨC THỰC HIỆN
1. Các trường Tiểu học
- Trưng bày sách theo chủ điểm quê hương.
- Tổ chức cho học sinh giới thiệu cuốn sách yêu thích.
2. Các trường Trung học cơ sở
- Phát động cuộc thi viết cảm nhận về sách.

Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 27/10/2023."""

CLOSING = """\
Nơi nhận:
- Sở GDĐT (để báo cáo);
- UBND huyện;
- Lưu: VT.

KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG

Lê Văn Tâm"""


def directive(
    *,
    header: str = HEADER,
    title: str = TITLE,
    kinh_gui: str = "",
    preamble: str = PREAMBLE,
    body: str = BODY,
    closing: str = CLOSING,
) -> str:
    """A small Kế hoạch of the genre; pass a zone to replace it ("" leaves the zone out)."""
    return "\n\n".join(part for part in (header, title, kinh_gui, preamble, body, closing) if part) + "\n"


@lru_cache(maxsize=512)
def run(text: str) -> Extraction:
    """``extract_text``, memoised: several tables look at the same synthetic document."""
    return extract_text(text)


def record_of(text: str) -> dict[str, Any]:
    return run(text).record.to_json()


def get(record: Any, path: str) -> Any:
    """The value at a dotted path of the record's JSON (``assignments.0.tasks.1``); ``KeyError`` if absent."""
    value = record
    for part in path.split("."):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


# ---------------------------------------------------------------- JSON Pointers and evidence


def resolve_pointer(document: Any, pointer: str) -> Any:
    """RFC 6901: the value ``pointer`` names in ``document``; ``KeyError`` when it names nothing."""
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        raise KeyError(f"{pointer!r} is not a JSON Pointer (no leading '/')")
    value = document
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(value, list):
            if not token.isdigit() or int(token) >= len(value):
                raise KeyError(f"{pointer!r}: no item {token!r}")
            value = value[int(token)]
        elif isinstance(value, dict):
            if token not in value:
                raise KeyError(f"{pointer!r}: no key {token!r}")
            value = value[token]
        else:
            raise KeyError(f"{pointer!r}: {token!r} under a scalar")
    return value


def leaf_pointers(document: Any, pointer: str = "") -> dict[str, Any]:
    """Every non-null scalar of the record by its JSON Pointer (``schema_version`` and ``warnings`` aside)."""
    out: dict[str, Any] = {}
    if isinstance(document, dict):
        for key, value in document.items():
            if pointer == "" and key in ("schema_version", "warnings"):
                continue
            out.update(leaf_pointers(value, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}"))
    elif isinstance(document, list):
        for i, value in enumerate(document):
            out.update(leaf_pointers(value, f"{pointer}/{i}"))
    elif document is not None:
        out[pointer] = document
    return out


ENUM_KEYS = {"kind", "mode", "relation", "urgency", "secrecy"}
DATE_KEYS = {"issue_date", "start_date", "end_date", "date", "deadline"}
CODE_KEYS = {"number"}
_QUOTES = "“”„\"‘’«»"
_DASHES = "‐‑‒–—―−"
_DATE_FORM = re.compile(
    r"(?<!\d)(\d{1,2})\s*(?:tháng|[/.-])\s*(\d{1,2})(?!\d)(?:\s*(?:năm|[/.,-])\s*(\d{4}))?", re.IGNORECASE
)
_TIME_FORM = re.compile(r"(?<!\d)(\d{1,2})\s*(?:giờ|h|:)\s*(\d{1,2})?", re.IGNORECASE)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def date_forms_in(span: str) -> list[tuple[int, int, int | None]]:
    """(day, month, year or None) of every written date in ``span`` (``20 tháng 9 năm 2021``, ``20/9``)."""
    return [(int(d), int(m), int(y) if y else None) for d, m, y in _DATE_FORM.findall(span)]


_MONTHLY_FORM = re.compile(r"^(\d{1,2})\s+(?:hàng|hằng)\s+tháng$")
# "hằng tháng, … trước ngày 20": a monthly schedule, then its day written bare
_SCHEDULED_DAY = re.compile(r"^(?:hàng|hằng)\s+tháng\b.*\bngày\s+(\d{1,2})$", re.IGNORECASE | re.DOTALL)


def span_holds_date(span: str, iso: str) -> bool:
    """The span writes this date: day and month as written, and the year where the span writes one; a monthly day
    ("16 hàng tháng", "hằng tháng … trước ngày 20") writes its day of any month."""
    year, month, day = (int(p) for p in iso.split("-"))
    if (monthly := _MONTHLY_FORM.match(span.strip()) or _SCHEDULED_DAY.match(span.strip())) is not None:
        return int(monthly.group(1)) == day
    return any(d == day and m == month and (y is None or y == year) for d, m, y in date_forms_in(span))


def span_holds_time(span: str, hhmm: str) -> bool:
    hour, minute = (int(p) for p in hhmm.split(":"))
    return any(int(h) == hour and int(m or 0) == minute for h, m in _TIME_FORM.findall(span))


def _tokens(text: str) -> list[str]:
    return [t for t in (w.strip(_QUOTES + ".,;:()*") for w in text.split()) if t]


def span_holds_text(span: str, value: str) -> bool:
    """The value as a substring of the span (white space collapsed, quotes aside), or — where the rule joins
    cells or drops a bracketed abbreviation — its words in order among the span's words."""
    s = _collapse(span).translate({ord(q): None for q in _QUOTES})
    v = _collapse(value).translate({ord(q): None for q in _QUOTES})
    if v in s:
        return True
    words, pos = _tokens(s), 0
    for token in _tokens(v):
        try:
            pos = words.index(token, pos) + 1
        except ValueError:
            return False
    return True


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def span_holds_code(span: str, value: str) -> bool:
    s = re.sub(r"\s+", "", span).replace("Ð", "Đ")
    for d in _DASHES:
        s = s.replace(d, "-")
    return value in s


def evidence_problems(extraction: Extraction) -> list[str]:
    """Every way the extraction's evidence is not true (see the module docstring); empty when it all is."""
    record = extraction.record.to_json()
    text = extraction.text
    problems: list[str] = []
    for pointer, ev in extraction.evidence.items():
        try:
            value = resolve_pointer(record, pointer)
        except KeyError as exc:
            problems.append(f"{pointer}: does not resolve in the record ({exc})")
            continue
        if not 0.0 <= ev.confidence <= 1.0:
            problems.append(f"{pointer}: confidence {ev.confidence} outside [0, 1]")
        if not 0 <= ev.start <= ev.end <= len(text):
            problems.append(f"{pointer}: span [{ev.start}, {ev.end}) outside the text (length {len(text)})")
            continue
        span = text[ev.start : ev.end]
        key = pointer.rsplit("/", 1)[-1]
        if value is None:
            problems.append(f"{pointer}: evidence for a null value")
        elif key in ENUM_KEYS or (ev.rule or "").endswith(".snapped"):
            ok = bool(span.strip())
        elif key in DATE_KEYS:
            ok = span_holds_date(span, value)
        elif key == "time":
            ok = span_holds_time(span, value)
        elif key in CODE_KEYS:
            ok = span_holds_code(span, value)
        elif key == "authority":  # "K/T CHỦ TỊCH" is written "KT. CHỦ TỊCH": compare letters only
            ok = _letters(value) in _letters(span)
        else:
            ok = span_holds_text(span, str(value))
        if value is not None and not ok:
            problems.append(f"{pointer}: value {value!r} not in its span {span!r}")
    for pointer in leaf_pointers(record):
        if pointer not in extraction.evidence:
            problems.append(f"{pointer}: value {resolve_pointer(record, pointer)!r} has no evidence")
    return problems


# ---------------------------------------------------------------- the normaliser's origin map

_SAME = {("Ð", "Đ"), ("ð", "đ"), ("ø", "g"), ("Ø", "g"), ("(", "@")}  # the last three: OCR repairs inside e-mail addresses


def _base(ch: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFD", ch)[:1].casefold()


def origin_problems(raw: str, norm: Any, limit: int = 10) -> list[str]:
    """Where ``norm.origin`` breaks its invariants: one entry per clean character plus the end, pointing at
    raw characters in non-decreasing order, each raw character normalising to its clean character (NFC of
    its cluster, the ``Ð``/space/line-break map — a line break joined into a paragraph becomes a space, a space
    cut by the layout step a line break or a tab — or
    the same base letter where a tone mark moved)."""
    import html
    import unicodedata

    text, origin = norm.text, norm.origin
    out: list[str] = []
    if norm.raw != raw:
        out.append("norm.raw is not the input")
    if len(origin) != len(text) + 1:
        return out + [f"origin has {len(origin)} entries for {len(text)} characters (+1 expected)"]
    if origin[-1] != len(raw):
        out.append(f"origin[-1] = {origin[-1]}, expected len(raw) = {len(raw)}")
    for i, c in enumerate(text):
        o = origin[i]
        if not 0 <= o < len(raw):
            out.append(f"origin[{i}] = {o} outside the raw text (length {len(raw)})")
        elif i and o < origin[i - 1]:
            out.append(f"origin decreases at {i}: {origin[i - 1]} → {o}")
        else:
            r = raw[o]
            j = o + 1
            while j < len(raw) and unicodedata.combining(raw[j]):
                j += 1
            ok = (c == r or c in unicodedata.normalize("NFC", raw[o:j]) or (r, c) in _SAME
                  or html.unescape(raw[o : o + 6].split(";")[0] + ";").replace("\xa0", " ") == c  # an HTML entity decoded
                  or (r.isspace() and c in " \n\t") or (c.isalpha() and r.isalpha() and _base(c) == _base(r)))
            if not ok:
                out.append(f"text[{i}] = {c!r} comes from raw[{o}] = {r!r}")
        if len(out) >= limit:
            break
    return out


# ---------------------------------------------------------------- rule tables


def gap(*values: Any, reason: str):
    """A table row that shows a known defect: strict xfail, so that the fix turns it red until unmarked."""
    import pytest

    return pytest.param(*values, id=str(values[0]), marks=pytest.mark.xfail(strict=True, reason=reason))


def table(rows: list) -> list:
    """Rows (tuples, or ``pytest.param`` for known gaps) as params whose id is the row's first value."""
    import pytest

    out = []
    for r in rows:
        if isinstance(r, tuple) and not hasattr(r, "marks"):
            out.append(pytest.param(*r, id=str(r[0])))
        else:
            out.append(pytest.param(*r.values, marks=r.marks, id=r.id or str(r.values[0])))
    return out


def check_field(row_id: str, text: str, path: str, expected: Any, *, evidence: bool = True) -> None:
    """Run ``text`` through the pipeline and assert the value at ``path`` (dotted) — and, unless ``evidence``
    is off (a known evidence gap tested on its own), that the evidence under that value is true. The failure
    message names the row, the path and both values."""
    extraction = run(text)
    record = extraction.record.to_json()
    try:
        got = get(record, path)
    except (KeyError, IndexError):
        got = "<absent>"
    assert got == expected, f"[{row_id}] {path}: expected {expected!r}, got {got!r}"
    if not evidence:
        return
    pointer = "/" + path.replace(".", "/")
    bad = [p for p in evidence_problems(extraction) if p.split(":", 1)[0].startswith(pointer)]
    assert not bad, f"[{row_id}] evidence under {pointer}: " + "; ".join(bad)


def check_reporting(row_id: str, text: str, expected: list[dict]) -> None:
    """Run ``text`` and assert its reporting items (``content`` aside, it is not scored) and their evidence."""
    extraction = run(text)
    got = [{k: v for k, v in r.items() if k != "content"} for r in extraction.record.to_json()["reporting"]]
    assert got == expected, f"[{row_id}] reporting: expected {expected}, got {got}"
    bad = [p for p in evidence_problems(extraction) if p.startswith("/reporting/")]
    assert not bad, f"[{row_id}] evidence: " + "; ".join(bad)
