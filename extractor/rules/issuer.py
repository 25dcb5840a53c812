"""Issuer: the issuing body (last name of the header's left column) and the governing body above it."""

from __future__ import annotations

import re
import unicodedata

from extractor.rules.identity import caption_issuer, summary
from extractor.rules.patterns import collapse
from extractor.segment import Cell, Segments
from extractor.types import Finding
from extractor.vocabulary import (
    LEAD_CLAUSE,
    MOTTO,
    NUMBER_LINE,
    PLACE_DATE,
    RULE_LINE,
    SIGNER_TITLE_OPENING,
    SUBJECT_LINE,
    WORDS,
    alternation,
    load_data,
)

AGENCIES = load_data("agencies")
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def _toneless(text: str) -> str:
    """The text without its tone marks (the vowels keep their shape): OCR of a scan confuses the stacked marks
    of capitals ("SƠ GIÁO DỤC" for "SỞ GIÁO DỤC")."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_TONE_MARKS))


_HEADS = AGENCIES["heads"] + AGENCIES["branch_heads"]
_HEAD = re.compile(rf"^(?:{alternation(_HEADS)})\b", re.IGNORECASE)
_HEAD_TONELESS = re.compile(rf"^(?:{alternation(sorted({_toneless(h) for h in _HEADS}))})\b", re.IGNORECASE)


def _opens_with_head(text: str) -> bool:
    return bool(_HEAD.match(text) or _HEAD_TONELESS.match(_toneless(text)))
_GOVERNING = re.compile(rf"^(?:{alternation(AGENCIES['governing_heads'])})\s")
_SUBORDINATE = re.compile(rf"(?:{alternation(AGENCIES['subordinate_heads'])})(?=\s)")
_BRACKETED = re.compile(r"\s*\([^()]{1,20}\)")
_COPY_MARK = re.compile(rf"^(?:{alternation(AGENCIES['copy_marks'])})$")
# "HỎA TỐC" / "KHẨN" / "MẬT" stamped above the issuer's column: a mark, no body
_TYPES = load_data("document_types")
_STAMP = re.compile(rf"^(?:{alternation([*_TYPES['urgency'], *_TYPES['secrecy']])})$")
# "Trường Mầm non X xây dựng kế hoạch …": the body that the statement says issues the plan.
_ISSUING_VERB = re.compile(
    r"\s(?:xây dựng|ban hành|hướng dẫn|thông báo|triển khai|đề nghị|tổ chức|yêu cầu|lập)"
    r"\s+(?:kế hoạch|Kế hoạch|hướng dẫn|việc|các)"
)


# "ĐẢNG CỘNG SẢN" / "VIỆT NAM": a motto cut before its country, whose rest is no part of a name
_CUT_MOTTO = re.compile(r"^(?:ĐẢNG\s*)?CỘNG\s*SẢN$|^(?:CỘNG\s*H(?:ÒA|OÀ)\s*XÃ\s*HỘI\s*)?CHỦ\s*NGHĨA$")
_MOTTO_REST = re.compile(r"^VIỆT\s*NAM$")


def _unit_cells(seg: Segments) -> list[Cell]:
    cells = []
    motto_above = False
    for c in seg.header:
        t = c.text
        if c.column != "left":  # the motto in the right column may wrap its rest into the left one
            motto_above = _CUT_MOTTO.match(t) is not None
            continue
        if NUMBER_LINE.match(t) or SUBJECT_LINE.match(t):
            if cells:
                break  # names stand above "Số:" and V/v
            continue  # a portal's V/v title line above the header
        # "ĐẢNG CỘNG SẢN" / "VIỆT NAM": the rest of a motto wrapped after its line is no name either
        rest_of_motto = motto_above and _MOTTO_REST.match(t) is not None
        motto_above = _CUT_MOTTO.match(t) is not None
        if MOTTO.match(t) or rest_of_motto or PLACE_DATE.match(t) or RULE_LINE.match(t) \
                or not any(ch.isalpha() for ch in t) or _COPY_MARK.match(_clean(t)) or _STAMP.match(_clean(t)):
            continue
        letters = [ch for ch in t if ch.isalpha()]
        if sum(ch.isupper() for ch in letters) < 0.7 * len(letters):
            continue
        if cells and collapse(cells[-1].text) == collapse(t):
            continue  # a name written twice in a row is one body (a gazette copy heads the text with its issuer)
        cells.append(c)
    return cells


def _units(cells: list[Cell]) -> list[list[Cell]]:
    """Group header lines into bodies: a line that does not open with an agency word continues the name."""
    units: list[list[Cell]] = []
    for k, c in enumerate(cells):
        bracket_only = bool(re.fullmatch(r"\([^()]*\)", c.text))
        # "ỦY" / "BAN NHÂN DÂN": one head wrapped by a crawl; the lone word starts the body, the next line goes on
        wrapped = bool(units) and _wraps_head(units[-1][-1], c)
        starts_wrapped = k + 1 < len(cells) and _wraps_head(c, cells[k + 1])
        if units and (wrapped or (bracket_only or not _opens_with_head(c.text)) and not starts_wrapped):
            units[-1].append(c)
        else:
            units.append([c])
    return units


def _wraps_head(word: Cell, nxt: Cell) -> bool:
    """A word alone on its line that heads nothing, and heads a body with the line after it ("ỦY" / "BAN NHÂN DÂN")."""
    return len(word.text.split()) == 1 and not _opens_with_head(word.text) \
        and _opens_with_head(f"{word.text} {nxt.text}")


def _unit_finding(unit: list[Cell], confidence: float, rule: str) -> Finding:
    # Join the cells' own texts: in an interleaved header the motto sits between them in the text.
    return Finding(_clean(" ".join(c.text for c in unit)), unit[0].start, unit[-1].end, confidence, rule)


def _clean(text: str) -> str:
    return collapse(_BRACKETED.sub("", text)).strip(" -–,;:/")  # "/" : a crawl's stray slash


# A letter without its header states who writes it: "…; Ủy ban nhân dân (UBND) thành phố X yêu cầu các Sở …",
# "…, Ban Chỉ đạo của Chính phủ về … (sau đây viết là Ban Chỉ đạo) yêu cầu Chủ tịch …": the body's name opens the
# clause (after ". ", "; " or ", ") and the request follows it.
_REQUEST_VERB = re.compile(r"\s(?:yêu cầu|đề nghị|giao)\s+(?=các\s|[A-ZĐÀ-Ỹ])")
_CLAUSE_START = re.compile(r"(?:^|[.;,]\s+)")
_ALIAS = re.compile(r"\s*\((?:sau đây|dưới đây|gọi tắt|viết tắt)[^()]{0,120}\)", re.IGNORECASE)


def _requesting_body(seg: Segments) -> Finding | None:
    for ln in seg.preamble:
        for m in _REQUEST_VERB.finditer(ln.text):
            starts = [c.end() for c in _CLAUSE_START.finditer(ln.text, 0, m.start())]
            start = starts[-1] if starts else 0
            name = _clean(_ALIAS.sub("", ln.text[start : m.start()]))
            if _HEAD.match(name) and name[0].isupper() and len(name.split()) <= 30:
                return Finding(name, ln.start + start, ln.start + m.start(), 0.55, "issuer.statement.request")
    return None


# A headerless text's own statement after its căn cứ: "Bộ Công Thương công bố giá cơ sở … như sau:", "Sở Y tế thông
# báo kết quả … như sau:" — the body that opens it, before its verb, writes the text.
_ANNOUNCING_VERB = re.compile(
    r"\s(?:công bố|thông báo|hướng dẫn|trả lời|có ý kiến|kết luận|quyết định|chỉ thị|đề nghị|yêu cầu|xây dựng|"
    r"ban hành|triển khai|tổ chức|giao)\s"
)
_AS_FOLLOWS = re.compile(r"\b(?:như sau|sau đây|cụ thể)\s*:\s*$")


# "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:": the head of a body makes the statement.
_HEAD_OF_BODY = re.compile(rf"^(?:Phó\s+)?(?:{alternation(WORDS['signer_title_openings'])})\s+(?=\S)", re.IGNORECASE)


def _speaks(text: str) -> bool:
    head = _HEAD_OF_BODY.match(text)
    return bool(_HEAD.match(text) or head and text[head.end() :][:1].isupper() and _HEAD.match(text[head.end() :]))


def _announcing_body(seg: Segments) -> Finding | None:
    previous = None
    for ln in seg.preamble:
        # a statement wrapped before its verb ("Chủ tịch Ủy ban nhân dân" / "Thành phố có ý kiến …"): read both lines
        start, text = ln.start, ln.text
        if previous is not None and not re.search(r"[.;:,]\s*$", previous.text) and not _speaks(ln.text):
            start, text = previous.start, f"{previous.text} {ln.text}"
        previous = ln
        verb = _ANNOUNCING_VERB.search(text)
        if not (verb and _AS_FOLLOWS.search(text) and _speaks(text)):
            continue
        name = _clean(text[: verb.start()])
        if name[:1].isupper() and len(name.split()) <= 12 and not re.search(r"[,;:]\s*$|\d", name):
            end = ln.start + verb.start() - (len(text) - len(ln.text))
            return Finding(name, start, end, 0.55, "issuer.statement.announcing")
    return None


# A notice's closing formula names its writer: "Văn phòng Chính phủ thông báo để các cơ quan … biết, thực hiện./.";
# so does a letter's closing request: "Bộ Văn hóa, Thể thao và Du lịch yêu cầu các đơn vị triển khai …/.", "Sở Y tế
# trân trọng đề nghị Quý cơ quan quan tâm, phối hợp./." (the name may hold commas; the request follows it)
_NOTICE_FORMULA = re.compile(
    r"^(?P<name>[A-ZĐÀ-Ỹ][^,;:()]{3,100}?)\s+(?:xin\s+)?thông báo (?:để|cho)\s.{0,160}\bbiết\b"
    r"|^(?P<asker>[A-ZĐÀ-Ỹ][^;:()]{3,100}?)\s+(?:xin\s+)?(?:trân trọng\s+)?(?:đề nghị|yêu cầu)\s+(?:các|Quý)\s")


def _notice_formula_body(seg: Segments) -> Finding | None:
    for ln in reversed(seg.body[-4:]):
        m = _NOTICE_FORMULA.match(ln.text)
        group = m and ("name" if m.group("name") else "asker")
        if m and _HEAD.match(m.group(group)) and len(m.group(group).split()) <= 12:
            return Finding(_clean(m.group(group)), ln.start, ln.start + m.end(group), 0.55, "issuer.statement.notice")
    return None


# A letter without its header names itself where it opens its matter: "1. Thực hiện chủ trương …, Cục Lãnh sự Bộ
# Ngoại giao xin trân trọng thông báo:" — the courtesy verb follows the writer's name.
_COURTEOUS = re.compile(
    r"(?:^|[,.;]\s+)(?P<name>[A-ZĐÀ-Ỹ][^,;:()]{3,100}?)\s+(?:xin\s+)?trân trọng\s+(?:thông báo|thông tin|đề nghị)\b")


def _courteous_body(seg: Segments) -> Finding | None:
    for ln in [*seg.preamble, *seg.body[:1]]:
        for m in _COURTEOUS.finditer(ln.text):
            name = _clean(m.group("name"))
            if _HEAD.match(name) and len(name.split()) <= 12:
                return Finding(name, ln.start + m.start("name"), ln.start + m.end("name"), 0.55,
                               "issuer.statement.courteous")
    return None


def from_statement(seg: Segments) -> Finding | None:
    for ln in seg.preamble + seg.lines[:3]:
        m = _ISSUING_VERB.search(ln.text)
        if not m:
            continue
        start = 0
        sentence = ln.text.rfind(". ", 0, m.start())
        if sentence >= 0:  # "Thực hiện … (có Công văn gửi kèm). Bộ X đề nghị …": X opens its own sentence
            start = sentence + 2
        # "Nhằm …, X xây dựng kế hoạch", "Thực hiện Kế hoạch … của Y, X xây dựng …": X follows the lead clause — after
        # the last comma that a body's name follows ("… của Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo thực hiện sắp xếp, tổ
        # chức lại … yêu cầu …": the committee's name holds commas of its own); a citation wrapped from the line above
        # ("Kết luận số 221-KL/TW … của Y, X yêu cầu …") leads the same way
        elif LEAD_CLAUSE.match(ln.text) or not _opens_with_head(ln.text):
            commas = [k + 2 for k in range(m.start()) if ln.text.startswith(", ", k)]
            headed = [k for k in commas if ln.text[k : k + 1].isupper() and _opens_with_head(ln.text[k:])]
            if not headed and not (commas and LEAD_CLAUSE.match(ln.text)):
                continue
            start = (headed or commas)[-1]
        if m.start() - start > 160:
            continue
        name = _clean(ln.text[start : m.start()])
        # "Trong thời gian tới, cần tập trung triển khai các …": a clause that names no body states no issuer
        if name and name[0].isupper() and len(name.split()) <= 30 and _opens_with_head(name):
            return Finding(name, ln.start + start, ln.start + m.start(), 0.6, "issuer.statement")
    return None


def _two_names(cell: Cell) -> tuple[Finding, Finding] | None:
    """A governing body and the issuing body under it flattened onto one line ("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN"):
    cut before the first subordinate head that leaves a name of two words or more on each side."""
    t = cell.text
    gov = _GOVERNING.match(t)
    if not gov or not t.isupper():
        return None
    for m in _SUBORDINATE.finditer(t, gov.end()):
        if m.start() == 0 or t[m.start() - 1] != " ":
            continue
        rest, left = t[m.end():].split(), t[: m.start()].split()
        if left and left[-1] in ("NỘI", "NGOẠI"):
            continue  # "SỞ NỘI VỤ TỈNH …": VỤ ends a name here, it heads none
        if len(rest) < 1 or _SUBORDINATE.match(t, m.end() + 1) or len(left) < 2:
            continue  # "BỘ QUỐC PHÒNG CỤC …": a head followed by a head is the end of the name above
        parent = Finding(_clean(t[: m.start()]), cell.start, cell.start + m.start() - 1, 0.7, "issuer.header.flattened")
        name = Finding(_clean(t[m.start():]), cell.start + m.start(), cell.end, 0.7, "issuer.header.flattened")
        return name, parent
    return None


# A council formed under a body, both names flattened onto one line ("TRƯỜNG ĐẠI HỌC X HỘI ĐỒNG TUYỂN SINH …"):
# the council issues, the body above it governs.
_COUNCIL = re.compile(rf"\s(?:{alternation(AGENCIES['council_heads'])})\s")


def _council(cell: Cell) -> tuple[Finding, Finding] | None:
    t = cell.text
    m = _COUNCIL.search(t)
    if not m or not t.isupper() or not _HEAD.match(t) or len(t[: m.start()].split()) < 2:
        return None
    parent = Finding(_clean(t[: m.start()]), cell.start, cell.start + m.start(), 0.7, "issuer.header.council")
    name = Finding(_clean(t[m.start() + 1 :]), cell.start + m.start() + 1, cell.end, 0.7, "issuer.header.council")
    return name, parent


def from_summary(seg: Segments) -> Finding | None:
    """The issuer a portal's summary line names: "… của Sở X về: …", "… do Bộ X ban hành"."""
    m = summary(seg)
    group = m and ("issuer" if m.group("issuer") else "by" if m.group("by") else None)
    if not group:
        return None
    start = next(ln.start for ln in seg.lines[:3] if ln.text == m.string)
    return Finding(_clean(m.group(group)), start + m.start(group), start + m.end(group), 0.6, "issuer.summary")


def from_authority(seg: Segments) -> Finding | None:
    """The issuing authority's line above a decision's căn cứ (Nghị định 30: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X",
    "GIÁM ĐỐC SỞ Y"): where the header's left column was lost, the body it names is the issuer."""
    for ln in [*seg.title, *seg.preamble[:2]]:
        m = SIGNER_TITLE_OPENING.match(ln.text)
        body = ln.text[m.end() :].lstrip() if m and ln.text.isupper() else ""
        if body and _HEAD.match(body):
            return Finding(_clean(body), ln.end - len(body), ln.end, 0.6, "issuer.authority_line")
    return None


def extract(seg: Segments, number: Finding | None = None) -> dict[str, Finding | None]:
    """``number``: the document's number as found, which an appendix caption may have given with its issuer."""
    units = _units(_unit_cells(seg))
    if not any(MOTTO.match(c.text) for c in seg.header):
        # no Nghị định 30 header, only a crawled page's chrome above the letter ("X", "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI"):
        # a line that opens with no body's name names no issuer
        units = [u for u in units if _HEAD.match(u[0].text)]
    if not units:
        return {"name": from_authority(seg) or from_statement(seg) or from_summary(seg)
                or caption_issuer(seg, number) or _requesting_body(seg) or _announcing_body(seg)
                or _courteous_body(seg) or _notice_formula_body(seg), "parent": None}
    if len(units) == 1 and len(units[0]) == 1 and (pair := _two_names(units[0][0]) or _council(units[0][0])):
        return {"name": pair[0], "parent": pair[1]}
    name = _unit_finding(units[-1], 0.9, "issuer.header")
    parent = _unit_finding(units[-2], 0.85, "issuer.header.parent") if len(units) > 1 else None
    return {"name": name, "parent": parent}
