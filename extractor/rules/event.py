"""Event: the name of the organised event, its theme (Chủ đề) and the first and last day of it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from extractor.rules.patterns import QUOTES, DateMatch, collapse, find_dates
from extractor.segment import Line, Segments
from extractor.types import Finding
from extractor.vocabulary import PREAMBLE_CITATION, alternation, load_data

DATA = load_data("event")
_HEAD = re.compile(rf"(?<![\w])(?!(?:{alternation(DATA['not_event_heads'])})(?!\w))"
                   rf"(?:{alternation(DATA['event_heads'])})(?=\s)")
_ORGANISED_HEAD = re.compile(rf"{DATA['organiser_pattern']}(?P<head>(?i:{alternation(DATA['organised_heads'])}))(?=\s)")
_QUOTED = re.compile(r"[“\"](?P<q>[^”\"]{6,200})[”\"]")
_TAIL = re.compile(DATA["name_tail_pattern"])
_THEME_LABEL = re.compile(r"(?:^|(?<=[\s.:]))Chủ đề(?P<of>[^:\n“\"]{0,45}?)\s*:\s*", re.MULTILINE)
_WHOLE_QUOTE = re.compile(r"[“\"][^”\"]{4,300}[”\"]\s*\.?")
_THEME_INLINE = re.compile(r"(?:với|có|mang)\s+chủ đề\s*:?\s*[“\"](?P<q>[^”\"]{4,300})[”\"]", re.IGNORECASE)


def _range_pattern() -> re.Pattern[str]:
    # never followed by a digit: "8-10-2026" is one date, not the days 8 to "10-20"
    date = (r"(?:\d{1,2}\s*tháng\s*\d{1,2}(?:\s*(?:năm|,)\s*\d{4})?"
            r"|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)(?!\d)")
    return re.compile(DATA["range_pattern"].replace("{date}", date), re.IGNORECASE)


RANGE = _range_pattern()


_CAPS_HEAD = re.compile(rf"(?<![\w])(?:{alternation(DATA['caps_heads'])})(?=\s)", re.IGNORECASE)
_ANY_HEAD = re.compile(_HEAD.pattern, re.IGNORECASE)
# The statement names the event after the verb that organises it; its own remarks and "như sau" end the name.
_STATEMENT_VERB = re.compile(r"\b(?:tổ chức|triển khai|phát động|hưởng ứng)\s+")
_STATEMENT_NAME_END = re.compile(r"\s*\(|,?\s+(?:cụ thể|như sau|nhằm|để|với chủ đề)\b|[:;.](?:\s|$)|\s+trên địa bàn\b")


# The last sentence of a paragraph: after a full stop that follows a word, before a capital.
_SENTENCE_AFTER = re.compile(r"(?s:.*)(?<=\w)\.\s+(?=[A-ZĐÀ-Ỹ])")


def _capitals_name(seg: Segments, chunk: str) -> Finding | None:
    """A title in capitals that names an event (quoted, or after a head that is no ordinary word): the name as
    the opening statement writes it — the title's capitals hide where a name starts and what its words are."""
    if not (any(_ANY_HEAD.match(q.group("q")) for q in _QUOTED.finditer(chunk)) or _CAPS_HEAD.search(chunk)):
        return None
    text, flat = seg.text, collapse(chunk)
    for ln in seg.preamble:
        start, whole = ln.start, False
        if PREAMBLE_CITATION.match(ln.text):
            # "Thực hiện Quyết định số … . UBND tỉnh phát động Đợt thi đua …": the text's own statement after the
            # citation's sentence, in the same paragraph
            own = _SENTENCE_AFTER.search(ln.text)
            # "Thực hiện Công văn số … về …, Trường X tổ chức Hội thi … như sau:": after a comma, the name the title
            # spells out whole (a cited title may name another event)
            whole = own is None
            start = ln.start + own.end() if own else ln.start
        for q in _QUOTED.finditer(text, start, ln.end):
            if _HEAD.match(q.group("q")) and collapse(q.group("q")).upper() in flat:
                return Finding(collapse(q.group("q")), q.start("q"), q.end("q"), 0.8, "event.name.statement")
        for verb in _STATEMENT_VERB.finditer(text, start, ln.end):
            head = _CAPS_HEAD.match(text, verb.end(), ln.end)
            if head is None:
                continue
            stop = _STATEMENT_NAME_END.search(text, head.end(), ln.end)
            # "Đợt thi đua lập thành tích …; tăng tốc, bứt phá …": a ";" inside the name the title spells out whole
            while stop and text[stop.start()] == ";":
                further = _STATEMENT_NAME_END.search(text, stop.end(), ln.end)
                if collapse(text[head.start() : further.start() if further else ln.end]).upper() not in flat:
                    break
                stop = further
            end = stop.start() if stop else ln.end
            value = collapse(text[head.start() : end])
            if value.upper() in flat or (len(value.split()) >= 4 and not whole):
                return Finding(value, head.start(), end, 0.75, "event.name.statement")
    # a Công điện launches the campaign its title quotes inside a task ("a) … phát động và triển khai ngay “Chiến dịch
    # X” vào ngày …"): the same quoted name anywhere in the body
    for ln in seg.body:
        for q in _QUOTED.finditer(text, ln.start, ln.end):
            if _HEAD.match(q.group("q")) and f"”{collapse(q.group('q')).upper()}”" in _closed_quotes(flat):
                return Finding(collapse(q.group("q")), q.start("q"), q.end("q"), 0.75, "event.name.body_quote")
    return None


def _closed_quotes(flat: str) -> str:
    """The title with every quote mark written alike, so a quoted name is found whatever marks enclose it."""
    return re.sub(r"[“”\"]", "”", flat)


_CAPS_CEREMONY = re.compile(DATA["caps_ceremony_pattern"])
# "Về việc (khẩn trương) chuẩn bị tổ chức Lễ khởi công …": the event the text prepares
_PREPARED = re.compile(rf"\bchuẩn bị\s+{_ORGANISED_HEAD.pattern}")


def _ceremony_in_capitals(text: str, s: int, e: int) -> Finding | None:
    m = _CAPS_CEREMONY.search(text, s, e)
    if m is None:
        return None
    value = collapse(text[m.end() : e]).rstrip(" .;:")
    return Finding(value, m.end(), e, 0.7, "event.name.ceremony") if len(value.split()) >= 3 else None


# A title in capitals that organises an event no statement names again ("TỔ CHỨC TUẦN LỄ QUỐC GIA … NĂM 2024",
# "KHẨN TRƯƠNG TRIỂN KHAI CÁC ĐỢT THI ĐUA CAO ĐIỂM … NĂM 2025 TẠO ĐÀ …"): the name in capitals as written, from its
# head to its year (what follows the year is the title's place or purpose), else to the title's end.
_CAPS_ORGANISED = re.compile(
    r"(?<!\S)(?:TỔ\s+CHỨC|TRIỂN\s+KHAI(?:\s+TỔ\s+CHỨC)?|HƯỞNG\s+ỨNG|PHÁT\s+ĐỘNG)\s+(?P<name>(?:CÁC\s+)?"
    rf"(?:{alternation(DATA['caps_heads'] + DATA['organised_heads']).replace(chr(92) + ' ', chr(92) + 's+')})\s)",
    re.IGNORECASE)
_CAPS_YEAR = re.compile(r"\bNĂM(?:\s+HỌC)?\s+\d{4}(?:\s*[-–]\s*\d{4})?(?!\d)")
_CAPS_TAIL = re.compile(r"\s+(?:TRÊN ĐỊA BÀN|TẠI|CỦA|CHO|ĐỐI VỚI)\s.*$", re.DOTALL)


def _capitals_title(text: str, s: int, e: int) -> Finding | None:
    m = _CAPS_ORGANISED.search(text, s, e)
    if m is None:
        return None
    ns = m.start("name")
    year = _CAPS_YEAR.search(text, ns, e)
    end = year.end() if year else ns + len(_CAPS_TAIL.sub("", text[ns:e]))
    value = collapse(text[ns:end]).rstrip(" .;:")
    return Finding(value, ns, end, 0.65, "event.name.caps_title") if len(value.split()) >= 3 else None


# An exam the text organises, named by its subject: "Về tổ chức thi chuẩn Tiếng Anh đầu ra … đợt 1 năm 2019 tại Hà Nội".
_EXAM = re.compile(r"(?:Về việc\s+|Về\s+|V/v\s+)?[Tt]ổ chức\s+(?=(?:[Kk]ỳ\s+)?thi\s+\w)")


_EXAM_TAIL = re.compile(r"\s+(?:tại|trên địa bàn)\s.*$|\s*[(;].*$", re.DOTALL)


def _exam(text: str, s: int, e: int) -> Finding | None:
    m = _EXAM.match(text, s, e)
    if m is None:
        return None
    raw = text[m.end() : e]
    cut = _EXAM_TAIL.search(raw)  # "… cho sinh viên khóa 60" belongs to an exam's name; its place does not
    value = collapse(raw[: cut.start()] if cut else raw).rstrip(" .;:")
    return Finding(value, m.end(), m.end() + len(value), 0.7, "event.name.exam") if len(value.split()) >= 3 else None


_HELD_AT = re.compile(r"\btại\s+$")


def name(seg: Segments, subject: Finding | None) -> Finding | None:
    text = seg.text
    if subject is None:
        return None
    s, e = subject.start, subject.end
    chunk = text[s:e]
    if chunk.isupper():
        return _capitals_name(seg, chunk) or _ceremony_in_capitals(text, s, e) or _capitals_title(text, s, e)
    if exam := _exam(text, s, e):
        return exam
    for q in _QUOTED.finditer(chunk):
        if _HEAD.match(q.group("q")):
            qs, qe = s + q.start("q"), s + q.end("q")
            value = collapse(text[qs:qe])
            year = re.match(r"[”\"]?\s+(năm(?: học)? \d{4}(?:\s*[-–]\s*\d{4})?)", text[qe:e])
            if year and not re.search(r"\d{4}", value):  # “Tuần lễ Áo dài” năm 2024
                value = f"{value} {year.group(1)}"
                qe += year.end()
            return Finding(value, qs, qe, 0.9, "event.name.quoted")
    # "Kết luận của Chủ tịch … tại Hội nghị giao ban …": a gathering the title is held at is its occasion, not an
    # event it organises
    held = next((h for h in _HEAD.finditer(chunk) if not _HELD_AT.search(chunk, 0, h.start())), None)
    m = held or _ORGANISED_HEAD.match(chunk, len(chunk) - len(chunk.lstrip())) or _PREPARED.search(chunk)
    if not m:
        return None
    ns = s + (m.start("head") if m.re in (_ORGANISED_HEAD, _PREPARED) else m.start())
    raw = text[ns:e]
    cut = _TAIL.search(raw)
    if cut:
        raw = raw[: cut.start()]
    raw = raw.rstrip(QUOTES + " .;:\n\t")
    # Quotes are not part of the name ("Cuộc thi “Đại sứ văn hóa đọc” năm 2024" → without the quotes).
    value = collapse("".join(ch for ch in raw if ch not in QUOTES))
    return Finding(value, ns, ns + len(raw), 0.8, "event.name.title") if value else None


def _strip_theme(raw: str) -> str:
    v = collapse(raw).strip()
    v = v.strip(QUOTES + " ")
    v = re.sub(r"[.;]+$", "", v).strip(QUOTES + " ")
    return v


def theme(seg: Segments) -> Finding | None:
    text = seg.text
    lines = seg.preamble + seg.body
    for k, ln in enumerate(lines):
        m = _THEME_INLINE.search(ln.text)
        if m:
            s, e = ln.start + m.start("q"), ln.start + m.end("q")
            return Finding(_strip_theme(text[s:e]), s, e, 0.9, "event.theme.inline")
        m = _THEME_LABEL.search(ln.body)
        if m and ("chủ đề" not in m.group("of").lower()):
            s = ln.body_start + m.end()
            e = ln.end
            q = _QUOTED.match(text, s, e) or re.match(r"\s*[“\"](?P<q>[^”\"]{4,300})[”\"]", text[s:e])
            if q is not None:
                e = s + q.end() if q.re is not _QUOTED else q.end()
            value = _strip_theme(text[s:e])
            if value:
                return Finding(value, s, e, 0.9, "event.theme.label")
        # "1. Chủ đề Festival … năm 2026" as a heading, the theme quoted alone on the next line.
        quoted_next = k + 1 < len(lines) and _WHOLE_QUOTE.fullmatch(lines[k + 1].text)
        if ln.kind and re.match(r"Chủ đề\b", ln.body, re.IGNORECASE) and ":" not in ln.body and quoted_next:
            nxt = lines[k + 1]
            return Finding(_strip_theme(nxt.text), nxt.start, nxt.end, 0.85, "event.theme.heading")
        # "2. Chủ đề" as a heading, the theme on the next line.
        if re.fullmatch(r"Chủ đề\s*:?", ln.body, re.IGNORECASE) and k + 1 < len(lines):
            nxt = lines[k + 1]
            m2 = _THEME_LABEL.search(nxt.body)
            s = nxt.body_start + (m2.end() if m2 else 0)
            value = _strip_theme(text[s : nxt.end])
            if value:
                return Finding(value, s, nxt.end, 0.85, "event.theme.heading")
    return None


def _range_findings(text: str, start: int, end: int, default_year: int | None):
    m = RANGE.search(text, start, end)
    if not m:
        return None
    a = find_dates(text, m.start("a"), m.end("a") + 1)
    b = find_dates(text, m.start("b"), m.end("b") + 1) or [  # "12-13/10/2023": the end date right after a dash
        DateMatch(d.start + m.start("b"), d.end + m.start("b"), d.day, d.month, d.year)
        for d in find_dates(text[m.start("b") : m.end("b") + 1])]
    if not b:
        return None
    b = b[0]
    if not a and m.group("a").isdigit():  # "từ ngày 01 đến ngày 07 tháng 10 năm 2024"
        # the start day's evidence runs to the end date, which writes its month and year
        a = [DateMatch(m.start("a"), b.end, int(m.group("a")), b.month, b.year)]
    if not a:
        return None
    a = a[0]
    year_b = b.year or default_year
    if year_b is None:
        return None
    year_a = a.year or (year_b - 1 if a.month > b.month else year_b)
    if a.iso(year_a) is None:
        return None
    sa = a.iso(year_a)
    sb = b.iso(year_b)
    if not sa or not sb or sa > sb:
        return None
    return (Finding(sa, a.start, a.end, 0.85, "event.dates.range"),
            Finding(sb, b.start, b.end, 0.85, "event.dates.range"))


def _sections(seg: Segments, pattern: re.Pattern[str]) -> list[list[Line]]:
    """Runs of body lines under a heading whose text matches ``pattern``."""
    out = []
    body = seg.body
    for k, ln in enumerate(body):
        if ln.kind and pattern.match(ln.body) and len(ln.body) < 60:
            run = [ln]
            for nxt in body[k + 1 :]:
                if nxt.kind and nxt.kind != "bullet" and nxt.level <= ln.level:
                    break
                run.append(nxt)
            out.append(run)
    return out


def dates(seg: Segments, doc_year: int | None, name: Finding | None = None) -> tuple[Finding | None, Finding | None]:
    text = seg.text
    time_heading = re.compile(DATA["time_section_pattern"])
    candidates = [ln for run in _sections(seg, time_heading) for ln in run]
    # the lines naming the event: by a head word, or by the first words of its name ("LỄ KHÁNH THÀNH …" → "… tổ chức
    # lễ khánh thành trực tuyến … vào ngày 19 tháng 12 năm 2025")
    named = " ".join(str(name.value).split()[:2]).lower() if name is not None else ""
    event_lines = [ln for ln in seg.preamble + seg.body
                   if _HEAD.search(ln.text) or (len(named) > 4 and named in ln.text.lower())]
    if phases := _phases(seg, _sections(seg, time_heading), doc_year):
        return phases
    for ln in candidates + event_lines + seg.preamble + seg.body:
        r = _range_findings(text, ln.start, ln.end, doc_year)
        if r:
            return r
    # "Lễ phát động: ngày 01/10/2021, lễ tổng kết ngày 07/10/2021" gives both ends.
    opening = re.compile("|".join(DATA["ceremony_patterns"]))
    closing = re.compile(DATA["closing_ceremony_pattern"])
    for ln in candidates + seg.body:
        o, c = opening.search(ln.text), closing.search(ln.text)
        if o and c and o.start() < c.start():
            d1 = find_dates(text, ln.start + o.end(), ln.start + c.start())
            d2 = find_dates(text, ln.start + c.end(), ln.end)
            if d1 and d2:
                y = d2[0].year or doc_year
                s1, s2 = d1[0].iso(d1[0].year or y), d2[0].iso(y)
                if s1 and s2 and s1 <= s2:
                    return (Finding(s1, d1[0].start, d1[0].end, 0.75, "event.dates.ceremonies"),
                            Finding(s2, d2[0].start, d2[0].end, 0.75, "event.dates.ceremonies"))
    return _ceremony_lines(seg, candidates, doc_year) or _months(seg, candidates, doc_year) \
        or _day_alone(seg, candidates, doc_year) or _one_day(seg, candidates + event_lines, doc_year)


# "II. THỜI GIAN" / "Ngày 26/5/2024 (Chủ nhật)." — a line of the time section that holds a day and nothing else
_DAY_ALONE = re.compile(
    r"(?:[Vv]ào\s+)?[Nn]gày\s+(?P<d>\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?)\s*(?:\([^()]{1,20}\))?\s*[.;]?\s*$")


def _day_alone(seg: Segments, section: list[Line], doc_year: int | None) -> tuple[Finding, Finding] | None:
    for ln in section:
        m = _DAY_ALONE.match(ln.body)
        found = find_dates(seg.text, ln.body_start + m.start("d") - 5, ln.end) if m else []
        if found and (day := found[0].iso(found[0].year or doc_year)):
            return (Finding(day, found[0].start, found[0].end, 0.7, "event.dates.day_alone"),
                    Finding(day, found[0].start, found[0].end, 0.7, "event.dates.day_alone"))
    return None


# "- Khai mạc: 7h30 ngày 19/4/2024 …" / "- Bế mạc: 16h00 ngày 21/4/2024", or the rows of a table of activities
# ("1 | Lễ khai mạc | 7h30 ngày 19/4/2024 | …"): the item opens with the ceremony, after its number
_ROW_LEAD = r"^[\s*]*(?:\d{1,2}[.)]?\s*(?:\||\t)\s*)?"
_OPENS_ON = re.compile(rf"{_ROW_LEAD}(?:[Ll]ễ\s+)?(?:[Kk]hai\s+mạc|[Pp]hát\s+động)\b")
# (a bare "Tổng kết, báo cáo …" is a duty, no ceremony)
_CLOSES_ON = re.compile(rf"{_ROW_LEAD}(?:[Ll]ễ\s+(?:bế\s+mạc|tổng\s+kết)|[Bb]ế\s+mạc|[Tt]ổng\s+kết(?!\s*,))\b")


def _ceremony_lines(seg: Segments, section: list[Line], doc_year: int | None) -> tuple[Finding, Finding] | None:
    """The time section lists the opening and the closing ceremony as items of their own, each with its day: the
    event runs from the one to the other."""
    text = seg.text
    opened = None
    for ln in section:
        if opened is None and _OPENS_ON.match(ln.body):
            on = [d for d in find_dates(text, ln.body_start, ln.end) if d.iso(d.year or doc_year)]
            opened = on[0] if on else None
        elif opened is not None and _CLOSES_ON.match(ln.body):
            on = [d for d in find_dates(text, ln.body_start, ln.end) if d.iso(d.year or doc_year)]
            if on:
                closed = on[0]
                year = closed.year or doc_year
                first, last = opened.iso(opened.year or year), closed.iso(year)
                if first and last and first <= last:
                    return (Finding(first, opened.start, opened.end, 0.75, "event.dates.ceremonies"),
                            Finding(last, closed.start, closed.end, 0.75, "event.dates.ceremonies"))
            return None
    return None


_PHASE = re.compile(rf"(?:{alternation(DATA['phase_heads'])})\s+(?:\d{{1,2}}|[IVX]{{1,4}}|thứ\s+\w+"
                    r"|sơ khảo|chung khảo|chung kết|bán kết|tứ kết|loại)\b")
# "- Vòng sơ khảo: ngày 10/3/2025": a phase labelled with its one day
_PHASE_DAY = re.compile(rf"{_PHASE.pattern}[^:\n]{{0,40}}:\s*(?:[Nn]gày\s*)?(?=\d)")


def _phases(seg: Segments, sections: list[list[Line]], doc_year: int | None) -> tuple[Finding, Finding] | None:
    """A time section that lists the event's phases or sessions, each with its days ("Đợt 01: từ ngày 20/11 đến ngày
    03/12/2025; Đợt 02: từ ngày 08 đến ngày 10/12/2025", "Hội nghị 1: … ngày 26/11/2025 … Hội nghị 6: … ngày
    28/11/2025"): the event runs from the first day of the first to the last day of the last."""
    for run in sections:
        spans, in_phase = [], False
        for ln in run[1:]:
            if ln.kind or _PHASE.match(ln.body):  # an item opens; unmarked lines go on with the item above
                in_phase = bool(_PHASE.match(ln.body))
            if not in_phase:
                continue  # a report due or a ceremony in the time section is no phase of the event
            if r := _range_findings(seg.text, ln.start, ln.end, doc_year):
                spans.append(r)
            elif (day := _one_day(seg, [ln], doc_year, labelled=False))[0] is not None:
                spans.append(day)
            elif (label := _PHASE_DAY.match(seg.text, ln.body_start, ln.end)) and (
                    on := find_dates(seg.text, label.end(), ln.end)) and on[0].start == label.end() \
                    and (iso := on[0].iso(on[0].year or doc_year)):
                found = Finding(iso, on[0].start, on[0].end, 0.75, "event.dates.phase_day")
                spans.append((found, found))
        if len(spans) >= 2:
            return min(spans, key=lambda p: p[0].value)[0], max(spans, key=lambda p: p[1].value)[1]
    return None


_MONTHS = re.compile(DATA["month_range_pattern"])


def _months(seg: Segments, section: list[Line], doc_year: int | None) -> tuple[Finding, Finding] | None:
    """A campaign held over whole months, on a line labelled with the time or in the time section (``section``): from
    the first day of the one to the last of the other ("Thời gian tổ chức phong trào: từ tháng 10 năm 2025 đến hết
    tháng 3 năm 2026"; "II. THỜI GIAN" / "Từ tháng 10 năm 2023 đến hết tháng 12 năm 2023")."""
    label = re.compile(DATA["time_heading_pattern"])
    for ln in section + seg.preamble + seg.body:
        if ln not in section and not label.match(ln.body):
            continue
        m = _MONTHS.search(seg.text, ln.start, ln.end)
        if m is None:
            continue
        m1, m2, y2 = int(m.group("m1")), int(m.group("m2")), int(m.group("y2"))
        y1 = int(m.group("y1")) if m.group("y1") else (y2 - 1 if m1 > m2 else y2)
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y1, m1) > (y2, m2):
            continue
        first = date(y1, m1, 1)
        last = date(y2 + m2 // 12, m2 % 12 + 1, 1) - timedelta(days=1)
        return (Finding(first.isoformat(), m.start("m1"), m.end("y1") if m.group("y1") else m.end("m1"), 0.75,
                        "event.dates.months"),
                Finding(last.isoformat(), m.start("m2"), m.end("y2"), 0.75, "event.dates.months"))
    return None


def _one_day(seg: Segments, lines: list[Line], doc_year: int | None,
             labelled: bool = True) -> tuple[Finding | None, Finding | None]:
    """An event held on one day ("… diễn ra vào ngày 21/4/2019", "Thời gian: ngày 09/11/2022"): first and last day
    are that day. Read only in the time section and the lines naming the event, where a date is the event's
    (``labelled``: also every line labelled "Thời gian")."""
    text = seg.text
    label = re.compile(DATA["time_heading_pattern"])
    lines = lines + ([ln for ln in seg.preamble + seg.body if label.match(ln.body)] if labelled else [])
    for ln in lines:
        for m in _ON_DAY.finditer(text, ln.start, ln.end):
            found = find_dates(text, m.end() - 5, min(ln.end, m.end() + 24))
            if found and found[0].start <= m.end() + 1:
                day = found[0].iso(found[0].year or doc_year)
                if day:
                    return (Finding(day, found[0].start, found[0].end, 0.75, "event.dates.one_day"),
                            Finding(day, found[0].start, found[0].end, 0.75, "event.dates.one_day"))
    return None, None


_ON_DAY = re.compile(DATA["one_day_pattern"])
_LASTING = re.compile(rf"(?:{alternation(DATA['lasting_heads'])})\s", re.IGNORECASE)


# "Trường X xây dựng kế hoạch tổ chức Tuần lễ … với chủ đề …, cụ thể như sau:": the first statement names the event
_ORGANISES = re.compile(rf"\b(?:tổ chức|triển khai tổ chức|hưởng ứng)\s+(?={_HEAD.pattern})")
_STATEMENT_END = re.compile(r"\s+với chủ đề\b|,?\s+(?:cụ thể|như sau|nhằm|để)\b|[:;.](?:\s|$)")


_QUOTED_GATHERING = re.compile(
    rf"\b[Tt]ổ chức\s+(?:\d{{1,2}}\s+)?(?i:{alternation(DATA['quoted_event_heads'])})"
    r"\s*[“\"](?P<q>[^”\"]{6,200})[”\"]"
)


def statement_name(seg: Segments) -> Finding | None:
    """Where the title names no event, the opening statement may ("… xây dựng kế hoạch tổ chức Tuần lễ …")."""
    text = seg.text
    for ln in seg.preamble:  # "… xây dựng kế hoạch tổ chức 06 hội nghị “Bồi dưỡng, tập huấn …”"
        if q := _QUOTED_GATHERING.search(text, ln.start, ln.end):
            value = collapse(q.group("q")).rstrip(" .;:")
            return Finding(value, q.start("q"), q.start("q") + len(value), 0.7, "event.name.quoted_gathering")
    for ln in seg.preamble:
        if PREAMBLE_CITATION.match(ln.text):
            continue
        m = _ORGANISES.search(text, ln.start, ln.end)
        if m is None:
            continue
        stop = _STATEMENT_END.search(text, m.end(), ln.end)
        return name(seg, Finding(text[m.end() : stop.start() if stop else ln.end], m.end(),
                                 stop.start() if stop else ln.end, 0.7, "event.name.statement"))
    return None


def extract(seg: Segments, subject: Finding | None, doc_year: int | None) -> dict[str, Finding | None]:
    found = name(seg, subject) or statement_name(seg)
    # A text that names no event it organises (a Chỉ thị, a notice to hang flags, a report) has no event dates:
    # the dates it gives belong to what it asks for, not to an event.
    if found is None:  # nor a theme: a quoted motto in such a text themes nothing
        return {"name": None, "theme": None, "start_date": None, "end_date": None}
    if found.rule == "event.name.body_quote":  # named inside a task: its dates are that sentence's, none elsewhere
        line = [ln for ln in seg.body if ln.start <= found.start < ln.end]
        start, end = _one_day(seg, line, doc_year, labelled=False)
    else:
        start, end = dates(seg, doc_year, found)
    # a campaign launched on a day lasts beyond it: that day starts it, and ends nothing
    if end is not None and end.rule == "event.dates.one_day" and _LASTING.match(str(found.value)):
        end = None
    return {"name": found, "theme": theme(seg), "start_date": start, "end_date": end}
