"""Reporting: each instruction to report back by a stated date — deadline, relation (before / on / by),
who reports, to whom (without the channel), e-mail, and a short content."""

from __future__ import annotations

import re

from extractor.rules.assignments import first_task_verb, role_words_start
from extractor.rules.patterns import DateMatch, collapse, find_dates, find_email
from extractor.segment import Line, Segments
from extractor.types import Finding
from extractor.vocabulary import CUT_ENTRY, load_data

DATA = load_data("reporting")
_RELATIONS = [(rel, re.compile(p, re.IGNORECASE if rel != "on" else 0)) for rel, p in DATA["relation_patterns"].items()]
_VERB = re.compile(DATA["report_verb_pattern"])
_RECIPIENT = re.compile(DATA["recipient_cue"] + DATA["recipient_pattern"])
_COMPILING = re.compile(DATA["compiling_verb_pattern"])
# a copy without its header: the kinds of bases its year-less deadlines follow (extractor/rules/families.py)
DATED_AFTER_KINDS = frozenset(DATA["dated_after_kinds"])
_SENT_TO = re.compile(DATA["papers_sent_to_cue"] + DATA["recipient_pattern"])
_REPORTER_END = re.compile(DATA["reporter_end_pattern"])
_SECTION = re.compile(DATA["section_pattern"])
# ("… (chưa là đảng viên). (4) Các cơ quan, tổ chức, đơn vị gửi hồ sơ …": a counted item opens after its mark too)
_INLINE_ITEM = re.compile(r"[:;]\s*[-–+•]\s+|(?<![^\s.;:])\(\d{1,2}\)\s+")
# "… đề nghị Chủ tịch UBND tỉnh xem xét tặng Bằng khen …, gửi về …": who is asked to act on the file, not a reporter
_ACTS = re.compile(DATA["not_reporter_pattern"])
_SCHEDULE_NOTE = re.compile(load_data("assignments")["schedule_note_pattern"])
_ROLE_AFTER = re.compile(DATA["role_after_name_pattern"])
_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")
_PAIRED_DAY = re.compile(r"\s+và\s+(?:ngày\s+)?((\d{1,2})/(\d{1,2})(?:/((?:19|20)\d\d))?)(?![/\d])")
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s+|\)\s+)")
_MONTHLY = re.compile(DATA["monthly_day_pattern"])
_MONTHLY_SCHEDULE = re.compile(DATA["monthly_schedule_pattern"])
_BARE_DAY = re.compile(DATA["bare_day_pattern"])


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in _SENTENCE_BREAK.finditer(text[start:end]):
        at = start + m.start()
        colon = text.rfind(":", s, at)
        # "… yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ xây dựng …": a ";" between the
        # names a colon lists ends no sentence
        if text[at - 1] == ";" and colon >= 0 and at - colon < 120 \
                and _NAMES_AFTER_COLON.fullmatch(text, colon + 1, at - 1) is not None:
            continue
        # "1. Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố căn cứ … gửi …":
        # the bodies a sentence opens with, one ";" apart, are its subject
        if text[at - 1] == ";" and _is_body_name(text, s, at - 1) and _REPORTER_START.match(text, start + m.end()):
            continue
        out.append((s, at))
        s = start + m.end()
    out.append((s, end))
    return out


_TERMINAL = (".", ";", ":", "!", "?")
# a full stop ends a sentence, not the abbreviation of a place ("… số 51 Ngô Quyền, TP. Hà Nội trước ngày …")
# "… gửi báo cáo về Phòng GDĐT. Thời gian: trước ngày …": a label of the date goes on with the sentence before it
_SENTENCE_BREAK = re.compile(
    r"(?<=[.;!?])(?<!\bTP\.)(?<!\bTp\.)(?<!\bQ\.)(?<!\bP\.)(?<!\bTX\.)(?<!\bTT\.)\s+(?=[A-ZĐÂÊÔƠƯ])"
    r"(?!(?:Thời gian|Thời hạn|Hạn)\b[^.;:]{0,20}:)")


_REPORT_CLAUSE = re.compile(r"(?:gửi|báo cáo|nộp)\s")


def _names_run_on(line: str) -> bool:
    """"… yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;": the line ends inside the names a colon lists."""
    colon = line.rfind(":")
    return line.endswith(";") and colon >= 0 and len(line) - colon < 120 \
        and _NAMES_AFTER_COLON.fullmatch(line, colon + 1, len(line) - 1) is not None


def _is_body_name(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` names a body and nothing more: it opens like one, is short, and holds no verb of a task."""
    name = re.sub(r"^\s*(?:\d{1,2}[.)]|[-–+•])?\s*", "", text[s:e])
    return bool(_REPORTER_START.match(name)) and len(name.split()) <= 12 and not _VERB.search(name) \
        and first_task_verb(name) is None


_TABLE_ROW = re.compile(r"\S\s*\|\s*\S|^\s*\|")


def _paragraphs(lines: list[Line]) -> list[tuple[int, int]]:
    """The lines' spans with hard-wrapped continuations joined, so that a sentence cut by the wrap is read whole
    ("Các sở, ban, ngành, đoàn thể" / "Thành phố, … gửi báo cáo … trước ngày …")."""
    blank_separated = len(lines) >= 8 and sum(ln.blank_before for ln in lines) >= 0.75 * len(lines)
    spans: list[list[int]] = []
    prev: Line | None = None
    for ln in lines:
        text = ln.text.rstrip()
        # "… thuộc phạm vi quản lý;" / "gửi kết quả về Bộ Công an trước ngày …": a report clause after ";" in lower
        # case goes on with its sentence's subject
        after_semicolon = (prev is not None and prev.text.rstrip().endswith(";")
                           and _REPORT_CLAUSE.match(text) is not None)
        # a table's row is a paragraph of its own ("1 | Chi cục … | Kiểm tra … | Trước ngày 30/9/2025" then "Các đơn
        # vị … báo cáo … trước ngày …": a task's time limit is no report's)
        goes_on = (prev is not None and not ln.kind and len(prev.text) >= 12 and not prev.text.isupper()
                   and not _TABLE_ROW.search(prev.text) and not _TABLE_ROW.search(text)
                   and (not prev.text.rstrip().endswith(_TERMINAL) or after_semicolon
                        or _names_run_on(prev.text.rstrip()))
                   and (text[:1].islower() or text[:1].isdigit() or (blank_separated and not ln.blank_before)
                        or (len(prev.text) >= 60 and text.endswith((".", ";")))
                        # a name cut in a list after a colon: "Ủy ban nhân dân các tỉnh: Đắk Lắk, Gia" / "Lai và …"
                        or CUT_ENTRY.search(prev.text.rstrip()) is not None
                        or _names_run_on(prev.text.rstrip())))
        if goes_on:
            spans[-1][1] = ln.end
        else:
            spans.append([ln.body_start, ln.end])
        prev = ln
    return [(s, e) for s, e in spans]


_AGENCIES = load_data("agencies")
# A reporter phrase opens with a body, an office, or a plural of them ("các xã", "Các tổ, bộ phận"); "Tổ chức …"
# opens a task ("organise"), not a team.
_REPORTER_START = re.compile(
    r"(?:các|những|mỗi|toàn thể|tất cả)\s+\S|(?:"
    + "|".join(map(re.escape, sorted(_AGENCIES["heads"] + _AGENCIES["offices"] + _AGENCIES["places"],
                                     key=len, reverse=True)))
    + r"|tổ(?!\s+chức\b)|bộ phận|nhà trường|trường|đơn vị|cơ sở|địa phương|sở|ngành|học viện|chi hội|chi đoàn)\b",
    re.IGNORECASE,
)
# "Các cơ quan, tổ chức, đơn vị gửi …": a piece of a list of bodies that reads like a verb alone
_NOUNS = frozenset(DATA["bodies_like_verbs"])
_CLAUSE_INTRO = re.compile(
    r"^(?:Kết thúc|Sau khi|Sau|Khi|Trong|Trên đây|Căn cứ|Để|Nhằm|Đồng thời|Ngoài ra|Định kỳ|Hằng|Hàng|Lưu ý)\b"
)


def _reporters(text: str, s: int, verb_pos: int, date_end: int, date_first: bool) -> Finding | None:
    """Who reports: the run of agency names right before the verb ("…, các TTHTCĐ và các trường báo cáo"),
    or after the date when the sentence opens with it ("Trước ngày 10/10, các xã, thị trấn báo cáo …")."""
    start = date_end if date_first else s
    label = re.match(r"[^:,;]{1,40}:\s*", text[start:verb_pos])
    if label:  # "Chế độ báo cáo: Các tổ, bộ phận nộp …"
        start += label.end()
    if date_first:  # "Ngày 08/10 các đơn vị tổ chức họp … và báo cáo": the subject ends at its first verb
        stop = _REPORTER_END.search(text, start, verb_pos + 1)
        if stop:
            verb_pos = stop.start()
    # "… đề nghị các trường: - Cử …; - Báo cáo …": the items of a list run into one line name no reporter
    marks = [*_INLINE_ITEM.finditer(text, start, verb_pos)]
    if marks:
        start = marks[-1].end()
    phrase = text[start:verb_pos]
    # Walk back over list-like pieces ("…, các xã, thị trấn, các nhà trường"), then start at the first one
    # that names a body ("Kết thúc Tuần lễ, các TTHTCĐ và các trường" → "các TTHTCĐ và các trường").
    pieces = list(re.finditer(r"[^,;:]+", phrase))
    run: list[re.Match[str]] = []
    for m in reversed(pieces):
        piece = re.sub(r"^(?:đề nghị|yêu cầu|Đề nghị|Yêu cầu)\s+", "", m.group(0).strip())
        if (not piece or _CLAUSE_INTRO.match(piece) or (first_task_verb(piece) and piece.casefold() not in _NOUNS)
                or _ACTS.search(piece)
                or find_dates(piece) or len(piece.split()) > 14):
            break
        run.insert(0, m)
    keep_from = next((m for m in run if _REPORTER_START.match(
        re.sub(r"^\s*(?:đề nghị|yêu cầu|Đề nghị|Yêu cầu)\s+", "", m.group(0)).strip())), None)
    if keep_from is None:
        return None
    rs = start + keep_from.start()
    value = collapse(text[rs:verb_pos]).strip(" ,;:")
    # "Bộ VHTTDL yêu cầu các cơ sở đào tạo gửi …": the body asked reports, not the one asking
    asked = [*re.finditer(r"(?:^|\s)(?:đề nghị|yêu cầu|Đề nghị|Yêu cầu)\s+", value)]
    if asked:
        rs += len(text[rs:verb_pos]) - len(text[rs:verb_pos].lstrip()) + asked[-1].end()
        value = value[asked[-1].end() :]
    if not value or not re.search(r"\w", value):
        return None
    return Finding(value, rs, verb_pos, 0.7, "reporting.reporters")


_ASKED = re.compile(r"(?:đề nghị|yêu cầu)\s+", re.IGNORECASE)
_ADVERB = re.compile(r"\s+(?:khẩn trương|nghiêm túc|quan tâm|tiếp tục|tích cực)\b")


def _asked_body(text: str, s: int, verb_pos: int) -> Finding | None:
    """"X yêu cầu Thủ trưởng các đơn vị … nghiêm túc triển khai …; báo cáo về …": the body asked earlier in the
    sentence reports."""
    asks = [*_ASKED.finditer(text, s, verb_pos)]
    if not asks:
        return None
    bs = asks[-1].end()
    if _ACTS.search(text, bs, verb_pos):
        return None  # "Hồ sơ đề nghị Chủ tịch UBND huyện xem xét tặng …": asked to consider, not to report
    stops = [m.start() for m in (first_task_verb(text, bs, verb_pos), _ADVERB.search(text, bs, verb_pos)) if m]
    be = min(stops, default=verb_pos)
    colon = text.find(":", bs, be)
    # "… đề nghị các trường: - …": the body ends at the colon, unless the bodies' names follow it ("… yêu cầu các Bộ:
    # Nông nghiệp và Môi trường; Xây dựng xây dựng phương án …")
    if colon >= 0 and _NAMES_AFTER_COLON.fullmatch(text, colon + 1, be) is None:
        be = colon
    value = collapse(text[bs:be]).strip(" ,;:")
    if not value or not _REPORTER_START.match(value) or len(value.split()) > 15:
        return None
    return Finding(value, bs, be, 0.6, "reporting.reporters.asked")


# "Đắk Lắk, Khánh Hòa và Lâm Đồng", "Xây dựng; Tài chính": each name opens with a capital
_NAMES_AFTER_COLON = re.compile(r"\s*[A-ZĐÀ-Ỹ][^,;:.]*(?:\s*[,;]\s*[A-ZĐÀ-Ỹ][^,;:.]*)*\s*")


_TIME_INTRO = re.compile(r"(?:Sau khi|Khi|Kết thúc)\s[^,;:.]{2,80},\s+")


def _subject(text: str, s: int, verb_pos: int) -> Finding | None:
    """ "Các cơ sở đào tạo chủ động phối hợp …; báo cáo kết quả … trước ngày …": the body the sentence opens with,
    up to its first verb, reports what the sentence goes on to ask."""
    s += len(text[s:verb_pos]) - len(text[s:verb_pos].lstrip(" -+•*0123456789.)"))
    # "Sau khi kiểm tra, Ủy ban nhân dân xã … lập danh sách … gửi …": the subject stands after the clause of time
    if (intro := _TIME_INTRO.match(text, s, verb_pos)) is not None:
        s = intro.end()
    if not _REPORTER_START.match(text, s, verb_pos) or _CLAUSE_INTRO.match(text[s:verb_pos]):
        return None
    verb = first_task_verb(text, s, verb_pos)
    colon = text.find(":", s, verb.start() if verb else verb_pos)  # "Trưởng các ấp: thông báo, vận động …"
    # "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa và Lâm Đồng (khẩn trương) gửi …": the colon lists the bodies' names,
    # the sentence's subject up to its first verb, the reporting one itself
    named = colon >= 0 and _NAMES_AFTER_COLON.fullmatch(text, colon + 1, verb.start() if verb else verb_pos) is not None
    if verb is None and not named:
        return None
    stop = colon if colon >= 0 and not named else verb.start() if verb else verb_pos
    value = collapse(text[s:stop]).strip(" ,;:")
    if not value or len(text[s : colon if named else stop].split()) > 12 or _ASKED.search(value):
        return None
    return Finding(value, s, stop, 0.6, "reporting.reporters.subject")


def _body_of(agency: Finding | None) -> Finding | None:
    """The block's agency as the reporter, without its role ("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo") or
    the note in brackets after it ("Các cơ quan quản lý cấp trên (bao gồm cả …)"): who reports, in short."""
    if agency is None:
        return None
    role = role_words_start(agency.value)  # "Trưởng các điểm thi có trách nhiệm:" heads the items: the body reports
    if role is not None:
        value = agency.value[:role].rstrip(" ,")
        agency = Finding(value, agency.start, agency.start + len(value), agency.confidence, agency.rule)
    m = _ROLE_AFTER.search(agency.value) or _NOTE_AFTER.search(agency.value)
    if m is None or m.start() == 0:
        return agency
    return Finding(agency.value[: m.start()], agency.start, agency.start + m.start(), agency.confidence, agency.rule)


_WEEKDAY_BEFORE = re.compile(r"\s*(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d)|[Cc]hủ\s+[Nn]hật)\s*,?\s*"
                             r"(?=(?:ngày\s*)?$)")


def _deadline(text: str, s: int, e: int, d, agency: Finding | None, sentence: tuple[int, int],
              year: int | None) -> dict | None:
    before = text[max(s, d.start - 60) : d.start]
    # "trước 16 giờ 00 ngày 27/10/2023": the clock time sits between the cue and the date
    before = re.sub(r"\s*\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?(?:\s*phút)?\s*,?\s*(?=(?:ngày\s*)?$)", " ", before)
    # "trước Thứ Tư ngày 03/12/2025": so does the day of the week
    before = _WEEKDAY_BEFORE.sub(" ", before)
    relation = next((rel for rel, pat in _RELATIONS if pat.search(before)), None)
    if relation is None or re.search(r"(?:từ|đến)\s+(?:ngày\s*)?$", before, re.IGNORECASE):
        return None  # not a deadline (a date of a range is not one either)
    # "… tổ chức ra quân trước ngày 31/5; mỗi cơ sở đăng ký …": a verb past the next ";" is another clause's
    semi = text.find(";", d.end, max(e, sentence[1]))
    verb = (_VERB.search(text, s, min(e, semi) if semi >= 0 else e)
            or _VERB.search(text, sentence[0], semi if semi >= 0 else sentence[1]))
    while verb and re.match(r"[^.;]{0,20}:", text[verb.end() : e]) and _VERB.search(text, verb.end(), e):
        verb = _VERB.search(text, verb.end(), e)  # "Chế độ báo cáo: …" is a label, not the verb
    if not verb or _HEARD.search(text, sentence[0], verb.start()):
        return None
    item: dict = {
        "deadline": Finding(d.iso(year), d.start, d.end, 0.85, f"reporting.deadline.{relation}"),
        "relation": Finding(relation, max(s, d.start - 20), d.end, 0.8, "reporting.relation"),
        "reporters": None,
        "recipient": None,
        "email": None,
        "content": None,
    }
    date_first = d.start - s < 45 and d.start < verb.start()
    item["reporters"] = (_reporters(text, s, verb.start(), d.end, date_first)
                         or _asked_body(text, sentence[0], verb.start())
                         or _subject(text, sentence[0], verb.start()) or _body_of(agency))
    r = (_RECIPIENT.search(text, verb.start(), e) or _RECIPIENT.search(text, verb.start(), sentence[1])
         or _SENT_TO.search(text, verb.start(), e))
    if r:
        value = re.sub(r"^cho\s+", "", collapse(r.group("r")).strip(" ,;:"))
        if value:
            item["recipient"] = Finding(value, r.start("r"), r.end("r"), 0.7, "reporting.recipient")
    if item["recipient"] is None and all(_COMPILING.match(v.group()) for v in _VERB.finditer(text, s, e)):
        return None  # papers compiled by a date and sent to no one: the task's schedule
    em = find_email(text, s, e)
    if em is None and re.search(r"(?:email|e-mail|thư điện tử|hộp thư)\s*:?\s*$", text[s:e], re.IGNORECASE):
        em = find_email(text, e, min(len(text), e + 120))  # "… theo địa chỉ thư điện tử:" / the address below
    if em:
        item["email"] = Finding(em.group(0).rstrip("."), em.start(), em.end(), 0.95, "reporting.email")
    # a dot between digits ("27.10.2023") ends no sentence
    content = re.search(r"(báo cáo|đăng ký|danh sách|kết quả)(?:[^,;.()\n]|(?<=\d)\.(?=\d)){0,80}",
                        text[verb.start() : e], re.IGNORECASE)
    if content:
        cs, ce = verb.start() + content.start(), verb.start() + content.end()
        item["content"] = Finding(collapse(text[cs:ce]), cs, ce, 0.6, "reporting.content")
    return item


_YEARLY = re.compile(r"\s*(?:hàng|hằng)\s+năm\b")
# "… chủ trì cuộc họp nghe Phòng X báo cáo tình hình …": a report heard at a meeting, not one asked for
_HEARD = re.compile(r"\bnghe\b[^.;:]{0,80}$")


def _first_after(d: DateMatch, issued: str | None, text: str) -> DateMatch:
    """A year-less deadline falls after the document is issued (a report is never due before it is asked for):
    "trước ngày 16/6" in a plan of 20/11/2025 is due 16/6/2026, as is a yearly one on the issue day itself."""
    if d.year is not None or issued is None:
        return d
    year, yearly = int(issued[:4]), _YEARLY.match(text, d.end) is not None
    iso = d.iso(year)
    if iso is not None and (iso < issued or (yearly and iso == issued)):
        year += 1
    return DateMatch(d.start, d.end, d.day, d.month, year)


def _monthly(text: str, s: int, e: int, issued: str | None, schedule_from: dict[int, int]) -> list[DateMatch]:
    """"trước ngày 16 hàng tháng": the first such day after the document's date (the 16th of its month if that is
    still to come, else of the next month); without the document's date, no date. A bare day after "hằng tháng"
    ("Định kỳ hằng tháng, … trước ngày 20") is one too: ``schedule_from`` maps its start to the schedule's words."""
    if issued is None:
        return []
    year, month, day = (int(part) for part in issued.split("-"))
    found = []
    schedule = _MONTHLY_SCHEDULE.search(text, s, e)
    bare = [*_BARE_DAY.finditer(text, schedule.end(), e)] if schedule else []
    for m in [*_MONTHLY.finditer(text, s, e), *bare]:
        d = int(m.group(1))
        at_month, at_year = (month, year) if d > day else (month % 12 + 1, year + (month == 12))
        if (when := DateMatch(m.start(1), m.end(), d, at_month, at_year)).iso():
            found.append(when)
            if m.re is _BARE_DAY:
                schedule_from[m.start(1)] = schedule.start()
    return found


def _in_sentence(text: str, s: int, e: int, agency: Finding | None, year: int | None,
                 context: tuple[int, int] | None = None, issued: str | None = None) -> list[dict]:
    """Every deadline of one sentence; each governs the clause from the previous deadline to the next.
    A deadline without its year ("trước ngày 27/10") takes the document's year, or the next one when the day has
    passed by the document's date."""
    schedule_from: dict[int, int] = {}
    written = sorted([d for d in find_dates(text, s, e) if d.iso(d.year or year)]
                     + _monthly(text, s, e, issued, schedule_from), key=lambda d: d.start)
    dates = [_first_after(d, issued, text) for d in written]
    items = []
    bounds = [s] + [d.end for d in dates]
    for k, d in enumerate(dates):
        clause_end = dates[k + 1].start if k + 1 < len(dates) else e
        clause_start = bounds[k] if k else s
        # a clause of its own starts at ";" or ", " before the next subject
        if issued is not None and (iso := d.iso(d.year or year)) is not None and iso < issued:
            continue  # a day already past when the text was issued (the meeting it reports on) is due for nothing
        item = _deadline(text, clause_start, clause_end if k + 1 < len(dates) else e, d, agency, context or (s, e),
                         d.year or year)
        if item:
            if d.start in schedule_from:  # the evidence shows the schedule that makes the bare day a date
                dl = item["deadline"]
                item["deadline"] = Finding(dl.value, schedule_from[d.start], dl.end, dl.confidence, dl.rule)
            if items and item["reporters"] is None:  # "…; báo cáo … hạn cuối ngày …" keeps the subject
                item["reporters"] = items[0]["reporters"]
            if items and item["recipient"] is None and not _VERB.search(text, clause_start, d.start):
                # "báo cáo Tỉnh ủy … hàng tháng (trước ngày 18 …), …, tổng kết năm (trước ngày 30/11 …)": a date with no
                # verb of its own is one more of the schedule, reported to the recipient written once ("… và báo cáo
                # kết quả chậm nhất ngày …" is a report of its own)
                item["recipient"] = items[0]["recipient"]
            items.append(item)
            # "trước ngày 01/6 và 15/11 hằng năm": the pair's second day, written without "ngày", is due alike
            pair = _PAIRED_DAY.match(text, d.end, e)
            if pair:
                other = _first_after(DateMatch(pair.start(1), pair.end(1), int(pair.group(2)), int(pair.group(3)),
                                               int(pair.group(4)) if pair.group(4) else written[k].year),
                                     issued, text)
                if iso := other.iso(other.year or year):
                    rule = item["deadline"].rule
                    items.append({**item, "deadline": Finding(iso, other.start, other.end, 0.8, rule)})
    return items


def extract(seg: Segments, blocks: list[dict], year: int | None = None, issued: str | None = None) -> list[dict]:
    """``blocks`` are the assignments: a deadline inside an agency's task list is reported by that agency.
    ``issued``: the document's date (ISO), after which a deadline written without its year falls."""
    text = seg.text
    spans = [(b["agency"].start, max([t.end for t in b["tasks"]] + [b["agency"].end]), b["agency"]) for b in blocks]

    def owner(pos: int) -> Finding | None:
        # the innermost block: a body's blocks merged from far apart ("1. Sở X" in the duties, "2. Sở X tổng hợp …" in
        # the reporting section) span the blocks between them
        inside = [(e - s, k) for k, (s, e, _) in enumerate(spans) if s <= pos < e]
        return spans[min(inside)[1]][2] if inside else None

    numbered = [ln.start for ln in seg.body if ln.kind in ("roman", "arabic", "dieu")]

    def item_of(pos: int) -> Finding | None:
        # "1. Bộ trưởng, …, Chủ tịch … khẩn trương chỉ đạo …" / "để hoàn thành …; gửi báo cáo về Bộ Xây dựng chậm nhất
        # ngày …": an unmarked line that goes on a numbered item, past the task read from it, is still its agency's
        before = [(s, a) for s, e, a in spans if s <= pos]
        if not before or not text[pos : pos + 1].islower():  # a sentence of its own after the items is no item's
            return None
        start, agency = max(before, key=lambda b: b[0])
        return None if any(start < n <= pos for n in numbered) else agency

    def asked_before(pos: int) -> Finding | None:
        # the nearest block before ``pos``, when it is a body asked in a letter's lead and no block starts after it
        before = [(e, a) for _, e, a in spans if e <= pos]
        if not before:
            return None
        end, agency = max(before, key=lambda b: b[0])
        if agency.rule != "assignments.agency.asked" or any(end <= s < pos for s, _, _ in spans):
            return None
        return agency

    found = []
    notes = _schedule_notes(text, _paragraphs(seg.body))
    for ps, pe in [*notes] + _paragraphs(seg.preamble):
        note = notes.get((ps, pe))
        for s, e in _sentences(text, ps, pe):
            items = _in_sentence(text, s, e, owner(e - 1) or owner(ps) or item_of(ps), year, issued=issued)
            for it in items:
                # "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30 tháng
                # 11) báo cáo kết quả …": a report sentence without a subject is the one the paragraph asked before
                if it["reporters"] is None and s > ps and (asked := _asked_body(text, ps, s)) is not None:
                    it["reporters"] = asked
                # "Đề nghị Hiệu trưởng các trường:" / "1. …" "3. Tổng hợp kết quả theo mẫu …" / "Báo cáo kết quả gửi
                # về Phòng … trước ngày …": the sentence after the asked body's list speaks to it still
                elif it["reporters"] is None and (asked := asked_before(ps)) is not None:
                    it["reporters"] = _body_of(asked)
            # an item dated by its timetable line is a report back only when it says to whom, and the one it is sent to
            # is not asked to act on it ("… chuyển gửi Sở Tài chính thẩm định …", "… trình UBND Thành phố phê duyệt …":
            # a step of a procedure)
            found.extend(it for it in items
                         if note is None or it["deadline"].start < note
                         or (it["recipient"] is not None and not _asked_to_act(it["recipient"].value)))
    for lines in _sections(seg.body):
        if not lines:
            continue
        # "- Thời hạn: chậm nhất ngày …" under the line that says who reports: the verb is the section's
        section = (lines[0].body_start, lines[-1].end)
        for ln in lines:
            if not any(ln.start <= it["deadline"].start < ln.end for it in found):
                found.extend(_in_sentence(text, ln.body_start, ln.end, None, year, section, issued))
        _share_sender(text, lines, found)
    for lines in _lead_sections(text, seg.body):
        em = find_email(text, lines[0].body_start, lines[0].end)
        for it in found if em else []:
            if it["email"] is None and lines[1].start <= it["deadline"].start < lines[-1].end:
                it["email"] = Finding(em.group(0).rstrip("."), em.start(), em.end(), 0.85, "reporting.email.lead")
    return found


# "2. Ban Thường trực … thực hiện chế độ báo cáo với … bằng văn bản và thư điện tử (Email: …) như sau:" over the dated
# reports listed under it: the lead's address is where every item that names none is sent
_REPORT_LEAD = re.compile(r"(?i)\bbáo cáo\b[^;]*(?:như sau|sau đây|cụ thể(?: như sau)?|các (?:nội dung|loại) sau)\s*:$")


def _asked_to_act(recipient: str) -> bool:
    """The recipient's words go on with what it is to do ("Sở Tài chính thẩm định và xác định nguồn kinh phí",
    "Ủy ban nhân dân tỉnh phê duyệt Đề án")."""
    return _ACTS.search(f" {recipient} ") is not None


def _lead_sections(text: str, body: list[Line]) -> list[list[Line]]:
    """Each undated line that leads a list of reports (:data:`_REPORT_LEAD`), with the lines under it up to the next
    numbered line of its level or above."""
    out: list[list[Line]] = []
    for i, lead in enumerate(body):
        if not _REPORT_LEAD.search(lead.body.rstrip()) or find_dates(text, lead.body_start, lead.end):
            continue
        lines = [lead]
        for ln in body[i + 1 :]:
            if ln.kind in ("roman", "arabic", "dieu") and (not lead.kind or ln.level <= lead.level):
                break
            lines.append(ln)
        if len(lines) > 1:
            out.append(lines)
    return out


def _schedule_notes(text: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], int | None]:
    """The paragraphs, an item's timetable on the line under it ("- Tổng hợp …, báo cáo gửi về Sở Tài chính." /
    "Thời gian hoàn thành: Trước ngày 15/4/2026.") read with that item: each span → where its note starts, if any."""
    out: dict[tuple[int, int], int | None] = {}
    last: tuple[int, int] | None = None
    for s, e in spans:
        if last is not None and out[last] is None and _SCHEDULE_NOTE.match(text[s:e]) and not find_dates(text, *last):
            del out[last]
            last = (last[0], e)
            out[last] = s
        else:
            last = (s, e)
            out[last] = None
    return out


def _sections(body: list[Line]) -> list[list[Line]]:
    """The lines of each reporting section, after its heading up to the next heading of its level or above."""
    out: list[list[Line]] = []
    level = None
    for ln in body:
        if ln.kind in ("roman", "arabic", "dieu") and (level is None or ln.level <= level):
            level = ln.level if _SECTION.match(ln.body) else None
            if level is not None:
                out.append([])
        elif level is not None:
            out[-1].append(ln)
    return out


def _share_sender(text: str, lines: list[Line], found: list[dict]) -> None:
    """An undated line of a reporting section that says who sends the reports to whom ("Các trường gửi báo cáo về
    Phòng GDĐT, email: …") completes the section's dated reports that do not say it themselves."""
    inside = [it for it in found if any(ln.start <= it["deadline"].start < ln.end for ln in lines)]
    for ln in lines:
        verb = _VERB.search(text, ln.body_start, ln.end)
        if not inside or verb is None or find_dates(text, ln.body_start, ln.end):
            continue
        shared = {
            "reporters": _reporters(text, ln.body_start, verb.start(), ln.body_start, False)
            or _asked_body(text, ln.body_start, verb.start()),
            "recipient": None,
            "email": None,
        }
        r = _RECIPIENT.search(text, verb.start(), ln.end)
        if r and (value := re.sub(r"^cho\s+", "", collapse(r.group("r")).strip(" ,;:"))):
            shared["recipient"] = Finding(value, r.start("r"), r.end("r"), 0.6, "reporting.recipient.section")
        if em := find_email(text, ln.body_start, ln.end):
            shared["email"] = Finding(em.group(0).rstrip("."), em.start(), em.end(), 0.9, "reporting.email")
        if shared["reporters"] is None and shared["recipient"] is None:
            continue
        for it in inside:
            for key, value in shared.items():
                if it[key] is None:
                    it[key] = value
        return
