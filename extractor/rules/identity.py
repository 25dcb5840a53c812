"""Document identity: kind, number (số ký hiệu), issue date, place, subject (trích yếu), urgency, secrecy."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractor.rules.patterns import clean_number, collapse, find_dates, find_numbers, whole_number
from extractor.segment import Cell, Segments
from extractor.types import Finding
from extractor.vocabulary import (
    AUTHORITY_HEAD,
    CITED_NAMES,
    KINH_GUI,
    MOTTO,
    NUMBER_LINE,
    PLACE_DATE,
    SIGNER_TITLE_OPENING,
    SUBJECT_LINE,
    TYPE_NAMES,
    TYPE_WITH_TITLE,
    alternation,
    load_data,
)

DATA = load_data("document_types")
FIELDS = ("kind", "number", "issue_date", "place", "subject", "urgency", "secrecy")
ABBREVIATIONS = {a.upper(): kind for kind, spec in DATA["kinds"].items() for a in spec["abbreviations"]}
# A Công văn's trích yếu right under its number may open with a bare "Về" ("Về hướng dẫn đánh giá …"), never
# followed by a capital (a body: "Về Sở …" is no subject).
_BARE_VE = re.compile(r"^[\"“]?Về\s+(?=[a-zà-ỹđ])")
# in any case, as SUBJECT_LINE finds the line ("Về Việc", "VV")
_V_V = re.compile(r"^[\"“(]?(?:V/v|Vv|V\.v|Về việ[ct])\s*[:.]?\s*", re.IGNORECASE)
# A portal's summary or title line standing for the header: "Mô tả: Công văn số 118/SGDĐT-X ngày 09/02/2023 của
# Sở … về: …", "Công văn 3397/BKHĐT-X năm 2019 hướng dẫn … do Bộ … ban hành".
_SUMMARY = re.compile(
    rf"^(?:Mô tả\s*:\s*)?(?P<type>{alternation(list(CITED_NAMES))})\s+(?:số\s+)?(?P<number>\d[^\s,;]*/[^\s,;]+)"
    r"(?:\s+ngày\s+(?P<date>\d{1,2}(?:/\d{1,2}/\d{4}| tháng \d{1,2} năm \d{4}))|\s+năm\s+\d{4})?"
    r"(?:\s+của\s+(?P<issuer>.+?)\s+(?:về(?:\s+việc)?|V/v)\s*:?|\s+(?:về(?:\s+việc)?|V/v)\s*:?)?\s+(?P<subject>\S.*?)"
    r"(?:\s+do\s+(?P<by>.+?)\s+ban\s+hành\b.*)?$"
)
# A number or day left blank in an e-signed copy (stamped when issued): "Số:     /KH-UBND", "ngày    tháng 4 năm".
BLANK_NUMBER = re.compile(r"^Số\s*[:.]?\s*/")
BLANK_DAY = re.compile(r"ngày\s+(?:tháng|\.{2,}|…)", re.IGNORECASE)
_STATEMENT_KIND = re.compile(r"\b(?:xây dựng|ban hành|triển khai)\s+(kế hoạch|hướng dẫn)\b", re.IGNORECASE)


# A legal portal's register table above the text ("Số hiệu: | 171/CV-BCĐ", "Số hiệu văn bản"): the portal's record,
# not the document's own "Số:" line — a text cut below its header states no number.
_REGISTER_LABEL = re.compile(r"^Số\s+hiệu\b", re.IGNORECASE)


def number(seg: Segments) -> Finding | None:
    text = seg.text
    cells = [c for c in seg.header if NUMBER_LINE.match(c.text) and not _REGISTER_LABEL.match(c.text)]
    if not cells:  # no header zone: a "Số:" line near the top
        cells = [ln for ln in seg.lines[:15] if NUMBER_LINE.match(ln.text) and not _REGISTER_LABEL.match(ln.text)]
    for cell in cells:
        # the number may continue on the next line ("Số: 1234" / "/KH-UBND")
        limit = min(len(text), cell.end + 40)
        for m in find_numbers(text, cell.start, limit):
            if m.start() <= cell.end or not text[cell.end : m.start()].strip():
                whole = whole_number(text, m)
                if whole is None:  # cut: withheld, and blanks() says so
                    return None
                return Finding(whole[0], m.start(), whole[1], 0.95, "identity.number.header")
    return None


def place_and_date(seg: Segments) -> tuple[Finding | None, Finding | None]:
    candidates = [c for c in seg.header if PLACE_DATE.match(c.text)]
    candidates += [ln for ln in seg.lines[:25] if PLACE_DATE.match(ln.text) and len(ln.text) < 120]
    place_only = None
    for c in candidates:
        comma = seg.text.index(",", c.start, c.end)
        start = _place_wrapped_above(seg, c.line if isinstance(c, Cell) else c.index, c.start)
        place = Finding(collapse(seg.text[start:comma]), start, comma, 0.9, "identity.place")
        dates = find_dates(seg.text, c.start, c.end)
        if not dates or not dates[0].year:
            place_only = place_only or place  # "…, ngày 31 tháng 02 năm 2023": the place stands, the date does not
            continue
        d = dates[0]
        return place, Finding(d.iso(), d.start, d.end, 0.95, "identity.issue_date")
    return place_only, None


# The first words of a place name that a crawl wrapped above its place-date line ("Thành phố Hồ" / "Chí Minh, ngày …"):
# a short line in sentence case, nothing else of the header.
_PLACE_HEAD = re.compile(r"^[A-ZĐÀ-Ỹ][\w]*(?: [\w]+){0,3}$")


def _place_wrapped_above(seg: Segments, index: int, start: int) -> int:
    above = seg.lines[index - 1] if index > 0 else None
    if above is None or not seg.text[start : start + 1].isupper():
        return start
    t = above.text
    if (not _PLACE_HEAD.match(t) or t.isupper() or any(ch.isdigit() for ch in t) or NUMBER_LINE.match(t)
            or SUBJECT_LINE.match(t) or MOTTO.match(t)):
        return start
    return above.start


def _kind_from_number(num: str) -> str | None:
    groups = [g for g in re.split(r"[/-]", num) if g and not g.isdigit()]
    if num.count("/") == 0 or not groups:
        return None
    return ABBREVIATIONS.get(groups[0].upper())


_AGENCY_HEADS = load_data("agencies")["heads"]
# A one-line copy glues the trích yếu to the statement that opens the text: "Về tổ chức thi … tại Hà Nội Trường Đại
# học X thông báo kế hoạch …" — the statement starts at a body's name followed by the verb it issues with.
_GLUED_STATEMENT = re.compile(
    rf"\s(?=(?:{alternation([h for h in _AGENCY_HEADS if h[:1].isupper() and not h.isupper()])})\s[^.:;]{{0,80}}?\s"
    r"(?:thông báo|xây dựng|ban hành|hướng dẫn|triển khai|đề nghị|yêu cầu)\s)"
)
_ABOUT = re.compile(r"^(?:Về|V/v|Về việc)\s", re.IGNORECASE)
_GOVERNED = re.compile(r"\b(?:cho|của|với|và|tại|đến|giữa|từ|theo|thuộc|qua)$", re.IGNORECASE)


def _glued_title(seg: Segments) -> Finding | None:
    """The trích yếu under the type name, run together with the text's first statement on one line."""
    k = seg.type_line.index + 1 if seg.type_line is not None else len(seg.lines)
    line = seg.lines[k] if k < len(seg.lines) else None
    if line is None or not _ABOUT.match(line.text):
        return None
    # a body named after a preposition is the trích yếu's object ("giao đất cho Ban Quản lý dự án Đầu tư xây dựng
    # huyện …"), not the statement's subject
    cut = next((m for m in _GLUED_STATEMENT.finditer(line.text)
                if not _GOVERNED.search(line.text, 0, m.start())), None)
    if cut is None or cut.start() > 300:
        return None
    m = _V_V.match(line.text) or _ABOUT.match(line.text)
    return _span_finding(seg.text, line.start + m.end(), line.start + cut.start(), 0.75, "identity.subject.glued")


# A trích yếu wrapped before its last word, an acronym ("V/v quyết toán thuế" / "TNCN"): one short word in capitals
# continues the V/v line; a body's name below it has two words or more.
_ACRONYM = re.compile(r"^[A-ZĐ]{2,6}(?:-\d{1,2})?[.;]?$")


def subject(seg: Segments) -> Finding | None:
    text = seg.text
    if glued := _glued_title(seg):
        return glued
    typed = seg.type_line is not None and len(seg.title) > 1 and not seg.type_line.text.upper().startswith("CÔNG VĂN")
    glued = seg.type_line is not None and TYPE_WITH_TITLE.match(seg.type_line.text)
    if glued:  # "KẾ HOẠCH TỔ CHỨC TUẦN LỄ …": the trích yếu goes on after the type name, on its line and below
        return _span_finding(text, seg.type_line.start + glued.end(), seg.title[-1].end, 0.8, "identity.subject.glued")
    if typed:  # the title under the type name (a portal's V/v line above the header is not the trích yếu)
        title = seg.title[1:]
        # "NGHỊ ĐỊNH" / "BỘ TRƯỞNG BỘ LAO ĐỘNG": the issuing authority's line names no subject
        first = title[0].text
        if first.isupper() and AUTHORITY_HEAD.match(first) and SIGNER_TITLE_OPENING.match(first):
            title = title[1:]
            if not title:
                return None
        m = _V_V.match(title[0].text)
        start = title[0].start + (m.end() if m else 0)
        return _span_finding(text, start, title[-1].end, 0.85, "identity.subject.title")
    cells = seg.left_column() or seg.header
    # the first words of the place that a crawl wrapped above its place-date line end the V/v lines above them
    place_wraps = {c.line - 1 for c in seg.header
                   if PLACE_DATE.match(c.text) and _place_wrapped_above(seg, c.line, c.start) != c.start}
    for k, cell in enumerate(cells):
        if SUBJECT_LINE.match(cell.text) or (k and NUMBER_LINE.match(cells[k - 1].text) and _BARE_VE.match(cell.text)):
            end = cell.end
            for nxt in cells[k + 1 :]:  # wrapped V/v lines, in the same column, before any blank line
                line = seg.lines[nxt.line]
                capitals = nxt.text.isupper() and not _ACRONYM.match(nxt.text)
                if line.blank_before or nxt.line in place_wraps or capitals or NUMBER_LINE.match(nxt.text) \
                        or PLACE_DATE.match(nxt.text):
                    break
                end = nxt.end
            start = cell.start + (_V_V.match(cell.text) or _BARE_VE.match(cell.text)).end()
            return _span_finding(text, start, end, 0.9, "identity.subject.vv")
    title = seg.title[1:] if seg.type_line else []
    if not title and not seg.type_line:
        # No type name: a title line may stand alone under the place-and-date line (kind from the number).
        after_date = False
        for cell in seg.header:
            if PLACE_DATE.match(cell.text):
                after_date = True
            elif after_date and cell.column == "left" and not cell.text.isupper() and len(cell.text) > 15:
                return _span_finding(text, cell.start, cell.end, 0.75, "identity.subject.untyped_title")
    headless = not any(c.text.isupper() or NUMBER_LINE.match(c.text) for c in seg.header)
    if not title and headless and seg.lines and not seg.type_line:
        first = seg.lines[0]  # no header at all: a pasted body opens with its title
        statement = first.text.endswith((".", ":")) or re.search(r"\b(?:như sau|cụ thể|sau đây)\b", first.text)
        if (len(first.text) < 200 and not statement and first.kind == "" and "://" not in first.text
                and not KINH_GUI.match(first.text)):  # a crawl cut above "Kính gửi": no title left
            title = [first]
    if title:
        start = title[0].start
        m = _V_V.match(title[0].text)
        if m:
            start += m.end()
        return _span_finding(text, start, title[-1].end, 0.85, "identity.subject.title")
    return None


def _span_finding(text: str, start: int, end: int, conf: float, rule: str) -> Finding | None:
    value = collapse(text[start:end]).rstrip(" .;:")
    # the line was quoted whole ('"Vv …"'): its closing quote has no opening one left in the value
    if value[-1:] == "”" and "“" not in value or value[-1:] == '"' and value.count('"') % 2 \
            or value[-1:] == ")" and value.count(")") > value.count("("):  # ... or in brackets ("(V/v …)")
        value = value[:-1].rstrip(" .;:")
    return Finding(value, start, end, conf, rule) if value else None


def kind(seg: Segments, num: Finding | None) -> Finding | None:
    if seg.type_line:
        name = re.sub(r"\s+", " ", seg.type_line.text.strip(" :*")).upper()
        if name in TYPE_NAMES:
            return Finding(TYPE_NAMES[name], seg.type_line.start, seg.type_line.end, 0.95, "identity.kind.type_name")
    if num is not None:
        k = _kind_from_number(str(num.value))
        if k:
            return Finding(k, num.start, num.end, 0.9, "identity.kind.abbreviation")
    for cell in seg.header:
        if SUBJECT_LINE.match(cell.text):
            return Finding("cong_van", cell.start, cell.start + 3, 0.85, "identity.kind.vv")
    if seg.kinh_gui:
        ln = seg.kinh_gui[0]
        return Finding("cong_van", ln.start, ln.end, 0.7, "identity.kind.kinh_gui")
    for ln in seg.preamble[:6] + seg.lines[:2]:
        m = _STATEMENT_KIND.search(ln.text)
        if m:
            k = "ke_hoach" if m.group(1).lower() == "kế hoạch" else "huong_dan"
            s = ln.start + m.start(1)
            return Finding(k, s, ln.start + m.end(1), 0.6, "identity.kind.statement")
    return None


def marks(seg: Segments) -> tuple[Finding | None, Finding | None]:
    """Urgency and secrecy marks: a header cell that is exactly one of the marks."""
    urgency = secrecy = None
    for cell in seg.header + [c for ln in seg.lines[:20] for c in ([ln] if ln.text.isupper() else [])]:
        t = re.sub(r"\s+", " ", cell.text.strip(" *!")).upper()
        if t in DATA["urgency"] and urgency is None:
            urgency = Finding(DATA["urgency"][t], cell.start, cell.end, 0.9, "identity.urgency")
        elif t in DATA["secrecy"] and secrecy is None:
            secrecy = Finding(DATA["secrecy"][t], cell.start, cell.end, 0.9, "identity.secrecy")
    return urgency, secrecy


def summary(seg: Segments) -> re.Match[str] | None:
    """The summary or title line a portal puts before (or instead of) the header."""
    for ln in seg.lines[:3]:
        m = _SUMMARY.match(ln.text)
        if m:
            return m
    return None


def _line_of(seg: Segments, m: re.Match[str]) -> int:
    return next(ln.start for ln in seg.lines[:3] if ln.text == m.string)


def from_summary(seg: Segments, m: re.Match[str]) -> dict[str, Finding | None]:
    """Header values read from a summary line: lower confidence, used where the header has none."""
    base = _line_of(seg, m)
    found: dict[str, Finding | None] = {k: None for k in ("kind", "number", "issue_date", "subject")}
    found["kind"] = Finding(CITED_NAMES[m.group("type")], base + m.start("type"), base + m.end("type"), 0.7,
                            "identity.kind.summary")
    found["number"] = Finding(clean_number(m.group("number")), base + m.start("number"), base + m.end("number"), 0.7,
                              "identity.number.summary")
    if m.group("date"):
        dates = find_dates(seg.text, base + m.start("date"), base + m.end("date"))
        if dates and dates[0].iso():
            found["issue_date"] = Finding(dates[0].iso(), dates[0].start, dates[0].end, 0.7,
                                          "identity.issue_date.summary")
    found["subject"] = _span_finding(seg.text, base + m.start("subject"), base + m.end("subject"), 0.6,
                                     "identity.subject.summary")
    return found


def blanks(seg: Segments) -> set[str]:
    """Which of number and issue date the header leaves blank (an e-signed copy, stamped when issued); "number_cut"
    where its number's code is cut by the text layer (withheld by ``number``)."""
    out = set()
    for ln in seg.lines[:20]:  # whole lines: a wide blank cuts a header line into cells ("Số:" | "/KH-UBND")
        for part in re.split(r"\s*\|\s*", ln.text):
            if BLANK_NUMBER.match(part):
                out.add("number")
            elif NUMBER_LINE.match(part) and (nums := find_numbers(part)) and whole_number(part, nums[0]) is None:
                out.add("number_cut")
            if PLACE_DATE.match(part) and BLANK_DAY.search(part):
                out.add("issue_date")
    return out


# An appendix's caption names the text it is attached to: "(Kèm theo Công văn số 6386/BVHTTDL-… ngày 25/11/2025 của
# Bộ …)". Where a crawl cut the header, it still gives the text's own number and date — when its type is the text's.
_ANNEX_CAPTION = re.compile(
    rf"\(\s*\*?\s*(?:[Bb]an hành\s+)?[Kk]èm theo\s+(?P<type>{alternation(list(CITED_NAMES))})\s+số\s*:?\s*(?=\d)"
)
# "… ngày 18/11/2025 của Bộ Tài chính)": the body that issued the text the appendix is attached to.
_CAPTION_ISSUER = re.compile(r"\s*của\s+([^()\n]{3,120}?)\s*\)")


def _annex_captions(seg: Segments, kind_found: Finding | None) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each caption naming a text of the document's own type (any type when the kind is unknown) with its number."""
    for m in _ANNEX_CAPTION.finditer(seg.text):
        if kind_found is not None and CITED_NAMES.get(m.group("type")) != kind_found.value:
            continue  # a plan "ban hành kèm theo Quyết định số …" is attached to another text
        nums = list(find_numbers(seg.text, m.end(), m.end() + 40))
        if nums and nums[0].start() == m.end():
            yield m, nums[0]


def _from_annex_caption(seg: Segments, kind_found: Finding | None) -> dict[str, Finding | None]:
    for m, n in _annex_captions(seg, kind_found):
        dates = [d for d in find_dates(seg.text, n.end(), n.end() + 30) if d.year]
        found: dict[str, Finding | None] = {
            "number": Finding(clean_number(n.group(0)), n.start(), n.end(), 0.7, "identity.number.annex"),
            "issue_date": Finding(dates[0].iso(), dates[0].start, dates[0].end, 0.7, "identity.issue_date.annex")
            if dates and dates[0].iso() else None,
        }
        if kind_found is None:  # a letter cut above its header and its "Kính gửi": the caption names its type
            found["kind"] = Finding(CITED_NAMES[m.group("type")], m.start("type"), m.end("type"), 0.6,
                                    "identity.kind.annex")
        return found
    return {}


def caption_issuer(seg: Segments, num: Finding | None) -> Finding | None:
    """The body an appendix caption names after the number read from it ("… ngày … của Bộ X)")."""
    if num is None or num.rule != "identity.number.annex":
        return None
    dates = [d for d in find_dates(seg.text, num.end, num.end + 30) if d.year]
    after = dates[0].end if dates else num.end
    m = _CAPTION_ISSUER.match(seg.text, after)
    if m is None:
        return None
    return Finding(collapse(m.group(1)), m.start(1), m.end(1), 0.6, "issuer.annex_caption")


def extract(seg: Segments) -> dict[str, Finding | None]:
    num = number(seg)
    place, issue_date = place_and_date(seg)
    urgency, secrecy = marks(seg)
    found = {
        "kind": kind(seg, num),
        "number": num,
        "issue_date": issue_date,
        "place": place,
        "subject": subject(seg),
        "urgency": urgency,
        "secrecy": secrecy,
    }
    line = summary(seg) if None in (found["number"], found["subject"], found["kind"]) or (
        found["subject"] is not None and found["subject"].rule == "identity.subject.title") else None
    if line:
        blank = blanks(seg)
        on_line = _line_of(seg, line)
        if found["subject"] is not None and found["subject"].start == on_line:  # the whole line read as a title
            found["subject"] = None
        for key, value in from_summary(seg, line).items():
            if found[key] is None and key not in blank:
                found[key] = value
    # no header (or only a crawled page's chrome where it should stand): the appendix caption names the text
    headless = not any(NUMBER_LINE.match(c.text) and not _REGISTER_LABEL.match(c.text) or PLACE_DATE.match(c.text)
                       for c in seg.header)
    if found["number"] is None and found["issue_date"] is None and headless and not blanks(seg):
        found.update(_from_annex_caption(seg, found["kind"]))
    return found
