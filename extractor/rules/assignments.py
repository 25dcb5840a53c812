"""Assignments: one entry per agency block — who must act, and the tasks listed under them.

A *heading* names who must act: a numbered line ``5.2. Phòng GDĐT huyện``, ``1. Giao Phòng Nội vụ quận``,
``* Đối với các xã, phường:``, ``9. Đề nghị Ủy ban Mặt trận …``, an article ``Điều 3. Chánh Văn phòng …
chịu trách nhiệm thi hành …``, or an item ``a) Phòng Tài chính - Kế hoạch chủ trì, phối hợp …``. A sentence
``Giao X chịu trách nhiệm …`` is a block of its own. The tasks of a heading are the list items under it
(or its paragraphs where it has no list), up to the next heading of the same or a higher level.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from extractor.rules.patterns import collapse, strip_span
from extractor.segment import Line, Segments
from extractor.types import Finding
from extractor.vocabulary import (
    KINH_GUI,
    LEAD_COLUMN,
    PREAMBLE_CITATION,
    TASK_COLUMN,
    alternation,
    load_data,
    unmarked,
)

DATA = load_data("assignments")
AGENCIES = load_data("agencies")
_PREFIX = re.compile(DATA["prefix_pattern"], re.IGNORECASE)
_HEAD = re.compile(rf"^(?:{alternation(AGENCIES['heads'] + AGENCIES['offices'] + DATA['more_heads'])})(?=[\s,:]|$)",
                   re.IGNORECASE)
_PROVIDER_VERB = re.compile(DATA["provider_verbs_pattern"])
_PROVIDER_NOUN = re.compile(DATA["provider_nouns_pattern"])
_ROLE_HEAD = re.compile(rf"(?:{alternation(DATA['role_heads'])})\b", re.IGNORECASE)
_NOT_HEAD = re.compile(
    rf"^(?:(?:{alternation(DATA['not_heads'])})\b|(?:{alternation(DATA['role_heads'])})\s*(?::|$|và\b))", re.IGNORECASE)
_VERB = re.compile(rf"(?<![\w])(?:{alternation(DATA['task_verbs'])})(?![\w])")
# capitals with their marks: "Ủy ban …" opens a name as "Sở …" does
_CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_GIAO_INLINE = re.compile(
    r"(?:^|(?<=[:.]\s))Giao\s+(?:cho\s+)?(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])"
    # "Thủ tướng Chính phủ giao Bộ X …", "UBND tỉnh giao các Sở: …": an authority hands a task on
    rf"|(?<=[A-ZĐa-zà-ỹ]\s)(?<!được\s)(?<!bàn\s)(?<!chuyển\s)(?<!trao\s)giao\s+(?:cho\s+)?(?=(?:các\s+)?[{_CAPITAL}])"
    # "Đối với các chi phí …, giao Bảo hiểm xã hội Việt Nam tổ chức …": the case first, then who is given the task;
    # "Thống nhất chủ trương …; giao Sở X hướng dẫn …", "Đối với đề xuất của …: giao Sở X …" (a conclusion's item)
    rf"|(?<=[,;:]\s)giao\s+(?=[{_CAPITAL}])"
)
_DUTY_SECTION = re.compile(DATA["duty_section_pattern"])
_GENERIC = re.compile(DATA["generic_heading_pattern"])
_VERB_GUARD = re.compile(DATA["verb_guard_pattern"])
_BUILDING_FIELD = re.compile(DATA["building_field_pattern"])
_POST_GUARD = re.compile(DATA["post_guard_pattern"])
_LEAD_PAIR = re.compile(DATA["lead_pair_pattern"])
_NARRATION = re.compile(DATA["narration_pattern"])
_APPENDIX_RESPONSIBLE = re.compile(DATA["appendix_responsible_line_pattern"], re.IGNORECASE)
_TABLE_FIELD = re.compile(DATA["table_field_pattern"])
_SCHEDULE_NOTE = re.compile(DATA["schedule_note_pattern"])
_CONNECTIVE = re.compile(rf"(?:{alternation(DATA['item_connectives'])})\s*,")
_CONNECTIVE_GIAO = re.compile(rf"(?:{alternation(DATA['item_connectives'])})\s*,?\s*(?=[Gg]iao\s)")
_GOES_ON = re.compile(rf"(?:{alternation(DATA['item_connectives'])})\s*[,:](?!\s*(?:giao|đề nghị|yêu cầu)\s)")
_AGENCY_NOUNS = [(re.compile(row["noun"]), frozenset(row["verbs"])) for row in DATA["agency_nouns"]]
_TASK_TIME_CLAUSE = re.compile(DATA["task_time_clause_pattern"])
_MANAGING_BODIES = re.compile(DATA["managing_bodies_pattern"])
_KIND_AFTER_LA = re.compile(DATA["kind_after_la_pattern"])
_PARTNER_COLUMN = re.compile(DATA["partner_column_pattern"])
_EXECUTOR_COLUMN = re.compile(DATA["executor_column_pattern"])
# the columns beside the task that are no task: partners, deadline, product, cost, notes
_HEAD_COLUMN = re.compile(DATA["head_column_pattern"])
# columns that are no task: "Địa điểm", "Hình thức", "Thành phần" of a table of activities too
_FIELD_COLUMN = re.compile(r"(?i)phối\s*hợp|thời (?:gian|hạn)|tiến độ|sản phẩm|kết quả|kinh phí|ghi chú"
                           r"|địa điểm|hình thức|thành phần|đối tượng")
_TASK_MARKER = re.compile(r"(?:[-–+•]\s*|\d{1,2}(?:\.\d{1,2})*\.\s+)")
_HEADER_CELL_WORDS = 6  # a column title is short ("Bộ ngành chủ trì", "Thời hạn hoàn thành")
_TABLE_GAP_LINE = 12  # a line without cells this short (a page number) does not end a table
_TOPIC = re.compile(rf"(?:{alternation(DATA['topic_verbs'])})\b", re.IGNORECASE)
_REQUEST_TOPIC = re.compile(DATA["request_topic_pattern"])
_DUTIES_OF = re.compile(DATA["duties_of_pattern"])
_HAS_DUTIES = re.compile(DATA["body_has_duties_pattern"])
_BARE_DUTIES = re.compile(DATA["bare_duties_pattern"])
_ESTABLISHES = re.compile(DATA["establishes_pattern"])
_NO_DUTY_SECTION = re.compile(DATA["no_duty_section_pattern"])
_GROUNDS_LEAD = re.compile(DATA["grounds_lead_pattern"])
_GROUNDS_OPEN = re.compile(r"(?:Căn cứ|Trên cơ sở|Dựa (?:trên|vào))\s")
_CASE_RULE = re.compile(DATA["case_rule_pattern"])
_PURPOSE_LEAD = re.compile(DATA["purpose_lead_pattern"])
_SUBJECT_LABEL = re.compile(DATA["subject_label_pattern"])
_RULE_POINTER = re.compile(DATA["rule_pointer_pattern"])
_RULE_FIELD = re.compile(DATA["rule_field_pattern"])
_SUBJECT_CLAUSE = re.compile(DATA["subject_clause_pattern"])
_MODAL_IN_NAME = re.compile(r"\sphải\s")
_COMMA = re.compile(r",\s+")
_NOT_DUTY_HOLDER = re.compile(rf"(?:{alternation(DATA['not_duty_holders'])})\b", re.IGNORECASE)
_PERIOD_IN_NAME = re.compile(DATA["period_in_name_pattern"])
_LEAD_BODY = re.compile(r"\s+(?:chủ trì|là cơ quan chủ trì|làm đầu mối)\b|\s*[-–]\s*Thời gian\b|\s+phối hợp\b")
_GLUED_ITEM = re.compile(r"\s(\d{1,2}(?:\.\d{1,2})+\.?)(?:\s+|$)")  # "… tiến bộ 1.1." / "… đình công 3.1. Rà soát …"
# "Tổng cục Thuế thông báo để Cục Thuế được biết, …": the closing of an answer, not a duty
_CLOSING_REQUEST = re.compile(r"\s(?:đề nghị|yêu cầu|gửi|kính đề nghị|thông báo để)\s")
_REPORT_BACK = re.compile(r"\s*(?:báo cáo|gửi)\b")
_BODIES_THEN_COLON = re.compile(r"[^:.]{3,400}?;[^:.]{3,400}:(?=\s*\S)")
_ADDRESSED = re.compile(rf"[^:;.]{{3,120}}:\s*[{_CAPITAL}]")
_NAME_LIST = re.compile(rf"\s*[{_CAPITAL}][^,:;.]*(?:,\s*[{_CAPITAL}][^,:;.]*)+\s*$")
# the closing paragraphs end the tasks ("Trên đây …", "Trong quá trình …"), and so does where to turn ("- Đối với các
# vướng mắc về nghiệp vụ, đề nghị phản ánh về Vụ X (ông …)")
_END_OF_TASKS = re.compile(r"^(?:Trên đây|Trong quá trình|Nơi nhận|[^.:;]{0,200}?,\s*(?:đề nghị|xin|vui lòng)\s+"
                           r"(?:liên hệ|phản ánh)\b)", re.IGNORECASE)
# "Căn cứ vào Kế hoạch này, …" as a paragraph closes the duties; as a list item ("b) Căn cứ vào khả năng …") it is one
_CLOSING_GROUNDS = re.compile(r"^Căn cứ vào\b", re.IGNORECASE)
# "… tỷ lệ trẻ em dưới" / "15 tuổi đạt …": a hard-wrapped line that opens with a number read as text, not a marker
# a heading's name that goes on over the next line: "…, Văn Miếu –", "1. Đề nghị Ban Tuyên giáo và" / "Dân vận …"
_OPEN_NAME = re.compile(r"(?:[,–-]|\s(?:và|của))\s*$")
_CASE = re.compile(rf"(?:(?:các|những)\s+)?(?:{alternation(DATA['case_nouns'])})\b", re.IGNORECASE)
_FURNITURE = re.compile(DATA["page_furniture_pattern"])
_ASIDE_SECTION = re.compile(DATA["aside_section_pattern"])
_CASES_LEAD = re.compile(DATA["cases_lead_pattern"])
_STEPS_LEAD = re.compile(DATA["steps_lead_pattern"])
_INVITATION_LEAD = re.compile(DATA["invitation_lead_pattern"])
_CASE_THEN_RULE = re.compile(DATA["case_then_rule_pattern"])
_RUBRIC = re.compile(DATA["rubric_pattern"])
# "- Đối với các Sở, ngành: Chủ động cân đối, bố trí kinh phí …", "Giao X …": asked outright, also there
_ASKED_HERE = re.compile(r"(?:Giao|Đề nghị|Yêu cầu)\s|Đối với\s[^:]{3,120}:\s*\S", re.IGNORECASE)
_ROLE_NOTE = re.compile(DATA["role_note_pattern"])
_ROLE_WORD = re.compile(DATA["role_word_pattern"])
_ACTIVITY_FIELD = re.compile(DATA["activity_field_pattern"])
_NUMBERED = re.compile(r"(?:\d{1,2}\.)+\s*$|[IVX]+\.\s*$|Điều")
_WRAPPED_NUMBER = re.compile(r"\d[\d.,]*%?\s+[a-zà-ỹđ]")
_BARE_HEADING = re.compile(rf"(?:{alternation(DATA['bare_heading_words'])})\s*:?", re.IGNORECASE)


@dataclass
class _Block:
    agency: Finding
    level: int
    marker: str
    tasks: list[Finding] = field(default_factory=list)
    paragraphs: list[Finding] = field(default_factory=list)
    has_items: bool = False
    closed_items: bool = False
    after_items: list[Line] = field(default_factory=list)  # paragraphs after the items, once they are closed
    item_marker: str = ""
    under_rubric: bool = False  # the last line was a sub-title of the duties ("2.2. Trách nhiệm cụ thể")
    wrapped_name: bool = False  # the names go on only because the crawl's paragraph does (no ',' at the end)
    open_name: bool = False  # the heading's list of names goes on over the next line ("…, Văn Miếu –")
    statement: bool = False  # a heading that is a sentence ("Điều 2. Hội đồng tự giải thể …."): without tasks, no block
    # opened by a dashed step of an activity list outside the duties section ("6. Công tác phối hợp liên ngành" /
    # "- Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ hỗ trợ người dân …"), or inside it
    stray_step: bool = False
    in_duties: bool = False


def _task(text: str, s: int, e: int, rule: str) -> Finding | None:
    value = collapse(text[s:e]).rstrip(" ;")
    value = re.sub(r"\s*(?:;|\.?\s*/\s*\.?)$", "", value)  # "./." (or ". /") closes a document, not a task
    return Finding(value, s, e, 0.8, rule) if value else None


def first_task_verb(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first task verb that is a verb here ("các tổ chức", "được phân công", "Tổng phụ trách" are not)."""
    end = len(text) if end is None else end
    passive_end = None  # "… được phân công chủ trì thực hiện nhiệm vụ … có trách nhiệm …": the bodies' qualifier
    verb = _VERB.search(text, start, end)
    while verb:
        chained = (passive_end is not None and not text[passive_end : verb.start()].strip()
                   and _DUTY_LEAD.search(text, verb.end(), end) is not None)
        if not chained and not _no_verb_here(text, verb, start, end):
            return verb
        if chained or _PASSIVE.search(text[max(start, verb.start() - 6) : verb.start()]):
            passive_end = verb.end()
        verb = _VERB.search(text, verb.end(), end)
    return None


_CAPITAL_NAME = rf"[{_CAPITAL}][\w-]*(?:\s+[{_CAPITAL}][\w-]*)*"
_PASSIVE = re.compile(r"(?:được|bị)\s*$")
# "Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:": proper names listed, ending with a colon
_NAMES_THEN_COLON = re.compile(rf"\s*{_CAPITAL_NAME}(?:(?:,\s*|;\s*|\s+và\s+){_CAPITAL_NAME})*\s*:\s*")
_ABOVE_ALL = re.compile(r"\b(?:nhất|trọng tâm|trọng điểm|chủ yếu|đặc biệt|trước hết)\s+$")


# "… phụ trách lĩnh vực tiếp tục …": these never name a field ("lĩnh vực xây dựng"), so they start the task
_NEVER_A_FIELD = ("tiếp tục", "chủ trì", "có trách nhiệm", "chịu trách nhiệm")


def _no_verb_here(text: str, verb: re.Match[str], start: int, end: int) -> bool:
    guard = _VERB_GUARD.search(text[max(start, verb.start() - 12) : verb.start()])
    return bool((guard and not (verb.group() in _NEVER_A_FIELD and guard.group().startswith("lĩnh vực")))
                or (verb.group() == "xây dựng" and _BUILDING_FIELD.search(text, max(start, verb.start() - 12),
                                                                          verb.start()))
                or (verb.group() == "phụ trách"
                    and _POST_GUARD.search(text, max(start, verb.start() - 64), verb.start()))
                or _PLACE_AFTER.match(text, verb.end(), end) or _PERSONS_AFTER.match(text, verb.end(), end)
                or (verb.group() == "tổ chức" and _ORGANISATIONS.match(text, verb.end(), end))
                # "các cơ quan tham mưu quản lý ngành", "cơ quan quản lý cấp trên": bodies, not a task
                # "Các chủ rừng là tổ chức (…)": which of the bodies, not a task "là …"
                or (verb.group() == "là" and _KIND_AFTER_LA.match(text, verb.end(), end) is not None)
                # "Cấp ủy, chính quyền các xã, nhất là các xã vùng cao …", "…, trong đó trọng tâm là các tỉnh: …": "nhất
                # là" (above all) names more bodies
                or (verb.group() == "là" and _ABOVE_ALL.search(text[max(start, verb.start() - 14) : verb.start()])
                    is not None)
                or (verb.start() >= 3 and _KIND_AFTER_LA.match(text, verb.start() - 1, end) is not None
                    and text[verb.start() - 3 : verb.start() - 1] == "là")
                or any(verb.group() in verbs and noun.search(text[max(start, verb.start() - 24) : verb.start()])
                       for noun, verbs in _AGENCY_NOUNS)
                or (verb.group() == "quản lý" and _managing_bodies(text, verb, start, end))
                # "Phòng Văn hóa (cơ quan chủ trì) …": a verb inside a parenthesis starts no task
                or text.count("(", start, verb.start()) > text.count(")", start, verb.start()))


def _managing_bodies(text: str, verb: re.Match[str], start: int, end: int) -> bool:
    """ "các Sở, ban, ngành quản lý quy hoạch theo chức năng … có trách nhiệm …": which bodies, not their task."""
    if _MANAGING_BODIES.search(text[max(start, verb.start() - 8) : verb.start()]) is None:
        return False
    clause_end = min([i for i in (text.find(";", verb.end(), end), text.find(".", verb.end(), end)) if i >= 0],
                     default=end)
    return _DUTY_LEAD.search(text, verb.end(), clause_end) is not None


_NAME_WORDS = rf"[{_CAPITAL}]\w*(?:\s+[{_CAPITAL}]\w*)*"
# "các tỉnh: Ninh Bình, Bắc Ninh đẩy nhanh các …": names after a colon, then (lower case) what they are to do
_LISTED_NAMES = re.compile(
    rf":\s*{_NAME_WORDS}(?:(?:,\s*|\s+và\s+){_NAME_WORDS})+\s+(?=[a-zà-ỹđ]\w*\s+[a-zà-ỹđ]\w*\s+[a-zà-ỹđ])"
    r"(?!(?:và|hoặc|cùng|các|của|thuộc|trực thuộc|có liên quan|tại|trên)\b)")
# "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk," / "Khánh Hòa, … chỉ đạo …": the names after the colon go on next line
_OPEN_NAMES = re.compile(rf"\s*{_NAME_WORDS}(?:,\s*{_NAME_WORDS})*\s*(?:,|\svà)\s*$"
                         # "các Bộ: Nông nghiệp và Môi trường; Xây dựng;" / "Khoa học và Công nghệ xây dựng …": names
                         # set apart with ';' (a ministry's short name keeps its lower-case words) go on next line
                         rf"|\s*[{_CAPITAL}][^;:.]{{1,60}}(?:;\s*[{_CAPITAL}][^;:.]{{1,60}})+;\s*$")
_SEMI_NAMES = re.compile(rf"\s*[{_CAPITAL}][^;:.]{{1,60}}(?:;\s*[{_CAPITAL}][^;:.]{{1,60}})+")
_MODAL_DUTY = re.compile(r"(?<=\S)\s(phải)\s+[a-zà-ỹđ]")


_DASH_TASK = re.compile(rf"\s[-–]\s+(?=[{_CAPITAL}])")


# a board member by office and role, up to the colon: "Đồng chí Trưởng Ban … - Trưởng Tiểu ban:", "Đ/c Phó Chủ tịch UBND
# xã, Phó Trưởng ban:"; the office and the role are joined by a dash or a comma
_PERSON_BY_POSITION = re.compile(
    r"(?:Đồng chí|Đ/c|đ/c|Ông|Bà|Ông/bà)\s+[^:;.\n]{3,140}?\s*(?:[-–]|,)\s*(?:Phó\s+)?(?:Trưởng|Ủy viên|Uỷ viên"
    r"|Thành viên|Tổ trưởng|Tổ phó|Thư ký|Chủ tịch|Thường trực)\b[^:;.\n]{0,40}:")


def _split_agency(text: str, s: int, e: int, numbered: bool = False) -> tuple[int, int, int | None]:
    """Agency span and where an inline task starts (after ':' or at the first task verb), if any. ``numbered``: the
    line is a numbered item, whose bodies may say their duty with the modal alone ("4.5. Cấp ủy, … phải đi đầu …")."""
    chunk = text[s:e]
    # "3. Đồng chí Phó Giám đốc Trung tâm phục vụ hành chính công - Phó Trưởng tiểu ban: Chủ động …": a member named
    # by office and role in the board; the colon ends the person however many verbs their office holds
    if (person := _PERSON_BY_POSITION.match(chunk)) and first_task_verb(chunk[person.end() :].lstrip()[:1].lower()
                                                                        + chunk[person.end() :].lstrip()[1:]):
        return s, s + person.end() - 1, s + person.end()
    for dash in _DASH_TASK.finditer(chunk):
        if first_task_verb(chunk, 0, dash.start()) is not None or ":" in chunk[: dash.start()] \
                or _INLINE_DASH.search(chunk, dash.end()):
            break
        after = chunk[dash.end() :]
        verb = first_task_verb(after[:1].lower() + after[1:])
        # "1. Sở Y tế - Chủ trì tổ chức …": the dash stands for the colon; "Sở Văn hóa - Thể thao và Du lịch - Chủ
        # trì …": the dash inside the name is passed over, the one before the verb taken
        if verb is not None and verb.start() == 0 and len(after.split()) >= 4 and after.rstrip().endswith((".", ";")):
            return s, s + dash.start(), s + dash.end()
    colon = chunk.find(":")
    role = _ROLE_HEAD.match(chunk)  # "Cơ quan phối hợp có trách nhiệm …": the role's verb names the body
    verb = first_task_verb(chunk, role.end() if role else 0)
    if (verb and not chunk.rstrip(" *").endswith(_TERMINAL) and _PROVIDER_VERB.match(chunk, verb.start())
            and _PROVIDER_NOUN.search(chunk[max(0, verb.start() - 16) : verb.start()])):
        verb = first_task_verb(chunk, verb.end())  # "các tổ chức cung cấp dịch vụ chi trả": which bodies
    if (role and not chunk.rstrip().endswith(_TERMINAL)
            and (verb is None or _DUTY_LEAD.match(chunk, verb.start()) is None)):
        return s, e, None  # "3. Cơ quan chủ trì thẩm định hồ sơ" over its items: a heading without a stop names it
    if verb and verb.start() < 3:
        verb = None
    verb_at = verb.start() if verb else None
    if verb_at is not None and (clause := _TASK_TIME_CLAUSE.search(chunk, 3, verb_at)) and _HEAD.match(chunk):
        verb_at = clause.start() + 1  # "Đoàn kiểm tra trong quá trình kiểm tra … nếu có …": the clause opens the task
    # "… Chủ tịch Ủy ban nhân dân các tỉnh phải phát huy …": the modal opens the duty before its verb
    if numbered and (modal := _MODAL_DUTY.search(chunk)) and (verb_at is None or modal.start(1) < verb_at):
        verb_at = modal.start(1)
    if (colon >= 0 and (names := _LISTED_NAMES.match(chunk, colon))
            and (verb_at is None or names.end() < verb_at)):
        verb_at = names.end()  # "Ủy ban nhân dân các tỉnh: A, B đẩy nhanh các …": the task follows the last name
    if (verb_at is not None and (pair := _LEAD_PAIR.search(chunk, max(0, verb_at - 14)))
            and pair.end() < verb_at):
        verb_at = pair.end()  # "Đảng uỷ Chính phủ lãnh đạo, chỉ đạo …": the pair is the task's first verb
    if colon >= 0 and verb_at is None and _NAMES_THEN_COLON.fullmatch(chunk, colon + 1):
        return s, s + len(chunk.rstrip(" *\n:")), None  # "Ủy ban nhân dân các huyện: A, B:": names, then items
    if (colon >= 0 and verb_at is None and _OPEN_NAMES.fullmatch(chunk, colon + 1)
            and first_task_verb(chunk[colon + 1 :].lstrip().lower()[:30]) is None):
        return s, e, None  # (not "Công an huyện: Bảo đảm an ninh …; Phân luồng …;": tasks after the colon)
    if colon >= 0 and _NAME_LIST.match(chunk, colon + 1, verb_at if verb_at is not None and colon < verb_at
                                       else len(chunk)):
        colon = -1  # "Giao các Bộ: Công an, Tài chính, Xây dựng có ý kiến …": the colon opens the bodies' names
    if (colon >= 0 and verb_at is not None and colon < verb_at
            and _SEMI_NAMES.fullmatch(chunk, colon + 1, verb_at) is not None):
        colon = -1  # "các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ xây dựng …": the same with ';'
    # "Giám đốc các Sở: Y tế, Tài chính, … chịu trách nhiệm …": the colon opens a list of names, not a task
    if (colon >= 0 and verb_at is not None and colon < verb_at
            and not first_task_verb(chunk[colon + 1 :].lstrip().lower()[:30])
            and not re.match(r"\s*\S+(?:\s+\S+)?\s*[:;.]", chunk[colon + 1 :])
            and "," in chunk[colon : verb_at]
            # (not "Giáo viên bộ môn: chấm bài, nhập điểm vào hệ thống quản lý …": a task in lower case, no names)
            and chunk[colon + 1 :].lstrip(" *")[:1].isupper()):
        colon = -1
    cut = min([p for p in (colon if colon >= 0 else None, verb_at) if p is not None],
              default=None)
    if cut is None:
        return s, e, None
    task_start = s + cut + (1 if cut == colon else 0)
    return s, s + cut, task_start


def _role_only(words: str) -> bool:
    """``words`` (after a body's name) only state its role: "chủ trì, phối hợp với các sở, ngành liên quan", "theo
    chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp với …", "có trách nhiệm" — no task of their own. After "phối hợp
    (với)" and the grounds ("theo chức năng …") come names (the partners, the text), never a task verb."""
    words = words.strip(" *:.;\n\t")
    pos, names_may_follow, seen = 0, False, False
    for role in _ROLE_WORD.finditer(words):
        if not _between_roles(words[pos : role.start()], names_may_follow):
            return False
        names_may_follow = not role.group().endswith("trách nhiệm") and not role.group().startswith("chủ trì")
        pos, seen = role.end(), True
    return seen and _between_roles(words[pos:], names_may_follow)


def role_words_start(agency: str) -> int | None:
    """Where a heading agency's role words begin ("Trưởng các điểm thi| có trách nhiệm", "Bộ Tài chính| chủ trì, phối
    hợp với …"): the body itself is what comes before. A body named by its role ("Cơ quan phối hợp") keeps it."""
    head = _ROLE_HEAD.match(agency)
    for role in _ROLE_WORD.finditer(agency, head.end() if head else 0):
        if role.start() > 0 and agency[role.start() - 1].isspace() and _role_only(agency[role.start() :]):
            return role.start()
    return None


def _body_name(agency: str) -> str:
    """The body a heading names, without the role words it states ("Sở Y tế chủ trì, phối hợp …:" is "Sở Y tế")."""
    role = role_words_start(agency)
    return agency if role is None else agency[:role].rstrip(" ,")


def _named_as(agency: str) -> str:
    """The name as written without a role it states ("Các cơ sở KCB có trách nhiệm" is "các cơ sở kcb"); the grounds
    that say which of the bodies ("… theo chức năng, nhiệm vụ được giao") stay part of it."""
    role = role_words_start(agency)
    if role is not None and not _GROUNDS_WORDS.match(agency, role):
        agency = agency[:role].rstrip(" ,")
    return agency.casefold()


_GROUNDS_WORDS = re.compile(r"(?:theo|căn cứ)\b", re.IGNORECASE)


def _between_roles(gap: str, names_may_follow: bool) -> bool:
    gap = gap.strip(" ,*\n\t")
    return gap in ("", "và") or (names_may_follow and first_task_verb(gap) is None
                                 and not re.search(r"[.;:]", gap))


def _clean_agency(value: str) -> str:
    value = _ROLE_NOTE.sub("", collapse(value))  # "Sở Nội vụ (Cơ quan thường trực Ban …)": the body, not its role
    return value.strip(" :;,.-–")


# a heading's "name" that ends with the asking word ("Ủy ban nhân dân tỉnh giao", "Chủ tịch UBND tỉnh yêu cầu")
# ("Thành viên Ban chỉ đạo", "Tổ chỉ đạo" written in lower case are bodies; "Bộ Ngoại giao" hands nothing out)
_HANDS_OUT = re.compile(r"\s(?:(?<![Nn]goại\s)giao|đề nghị|yêu cầu|phân công|chỉ thị|(?<![Bb]an\s)(?<![Tt]ổ\s)chỉ đạo)"
                        r"(?:\s+(?:như sau|cụ thể(?: như sau)?))?$")

_HANDS_OUT_LEAD = re.compile(
    r"(?:giao|đề nghị|yêu cầu|phân công)(?:\s+(?:nhiệm vụ|trách nhiệm))?(?:\s+(?:cụ thể|các đơn vị))?"
    r"(?:\s+(?:như sau|sau đây))?\s*:$", re.IGNORECASE)


def _heading(text: str, ln: Line, in_duties: bool = False) -> tuple[Finding, Finding | None] | None:
    """If ``ln`` names who must act, the agency and an inline task. ``in_duties``: the line is a numbered
    sub-heading of a "Tổ chức thực hiện" section, where sub-headings name agencies by the genre's layout."""
    if _CASE_THEN_RULE.match(ln.body):
        return None
    m = _PREFIX.match(ln.body)
    # "2 - Sở Lao động … có trách nhiệm.": a number the segmenter did not read as a marker
    number = None if m or ln.kind else re.match(r"\d{1,2}\s*[-–]\s+", ln.body)
    start = ln.body_start + (m.end() if m else number.end() if number else 0)
    subject = None if m or not in_duties else _after_grounds(text, ln, start)
    # a clause of time ("Kết thúc cuộc bầu cử, …") is part of the task, as in a run-in sentence (_subject_lead)
    clause_start = start if subject is not None and _SUBJECT_CLAUSE.match(text, start, ln.end) else None
    start = subject if subject is not None else start
    strong = bool(m)  # "Giao/Đề nghị/Đối với" make any following name an agency
    rest = text[start : ln.end]
    if subject is not None:
        rest = rest[:1].upper() + rest[1:]  # "các sở, ngành …" after the grounds opens the sentence's subject
    if not _may_name_agency(ln, rest, strong, in_duties):
        return None
    found = _agency_and_task(text, ln, start, strong)
    if found is not None and found[1] is not None and clause_start is not None:
        found = found[0], _task(text, clause_start, ln.end, found[1].rule)
    if found is not None and m and m.group().lower().startswith("giao"):
        found = _handed(text, *found)
    if found is not None and _COURTESY.search(found[0].value):
        return None  # "3. Cục X trân trọng thông tin để Quý cơ quan chủ động …": a courtesy, no one's duty
    if found is not None and found[1] is None and _HANDS_OUT.search(_body_name(found[0].value)):
        return None  # "Ủy ban nhân dân tỉnh giao:" over "- Sở Y tế: …": the authority handing out, not a body acting
    return found


def _after_grounds(text: str, ln: Line, start: int) -> int | None:
    """ "2. Căn cứ nội dung Kế hoạch …, các sở, ngành … có trách nhiệm …": where the bodies who act begin, past the
    grounds an item of the duties opens with."""
    if ln.kind not in ("arabic", "letter"):
        return None
    if _PURPOSE_LEAD.match(text, start, ln.end):
        for comma in _COMMA.finditer(text, start, min(ln.end, start + 300)):
            rest = text[comma.end() : ln.end]
            if _PLURAL_BODY.match(rest) and _names_body(rest[:1].upper() + rest[1:]):
                return comma.end()
        return None
    grounds = _GROUNDS_LEAD.match(text, start, ln.end)
    if grounds is not None and _names_body((rest := text[grounds.end() : ln.end])[:1].upper() + rest[1:]):
        return grounds.end()
    # "1. Căn cứ … Thông tri số 05/TT-MTTW, ngày … của … và Hướng dẫn này, Ban Thường trực … xây dựng …": grounds that
    # cite texts hold commas; the bodies begin after the first comma that a capitalised body's name follows
    # "5. Kết thúc cuộc bầu cử, Ban Thường trực … chịu trách nhiệm …": a clause of time before the body that acts
    if (clause := _SUBJECT_CLAUSE.match(text, start, ln.end)) and text[clause.end() : clause.end() + 1].isupper() \
            and _names_body(text[clause.end() : ln.end]):
        return clause.end()
    if _GROUNDS_OPEN.match(text, start, ln.end):
        for comma in _COMMA.finditer(text, start, min(ln.end, start + 500)):
            rest = text[comma.end() : ln.end]
            if rest[:1].isupper() and _names_body(rest) and first_task_verb(rest, 0, min(len(rest), 120)):
                return comma.end()
    return None


def _names_body(rest: str) -> bool:
    """``rest`` opens with a body's name, maybe in the plural ("Các sở, ban ngành …", "Những Phòng …")."""
    # "Các tổ chức, cá nhân …": in the plural "tổ chức" names organisations, never the verb (organise);
    # "Các đồng chí Bộ trưởng, Thủ trưởng …": the office-holders addressed
    return (_HEAD.match(re.sub(r"^(?:(?:Các|Những)\s+)?(?:(?:(?<=\s)đồng chí|^Đồng chí)\s+)?", "", rest)) is not None
            or _PLURAL_PARTIES.match(rest) is not None or _PERSON_BY_POSITION.match(rest) is not None)


# ("Các địa phương phát động …": the local authorities, in the plural)
_PLURAL_PARTIES = re.compile(r"(?:Các|Những)\s+(?:tổ chức|cá nhân|địa phương)(?=[\s,])")


def _may_name_agency(ln: Line, rest: str, strong: bool, in_duties: bool) -> bool:
    """The shape of the line allows a heading: ``rest`` (after any "Giao"/"Đề nghị") opens with a body's name."""
    body = ln.body
    if not rest or not rest[0].isalpha():
        return False
    # "Đề nghị Liên đoàn Lao động tỉnh: Chỉ đạo …": a body named before a colon, its task after it
    addressed = strong and _ADDRESSED.match(rest) is not None and _HEAD.match(rest) is not None
    # "Đề nghị các cơ quan …; Văn phòng …; Hội đồng nhân dân, Ủy ban nhân dân các xã: tổ chức triển khai …": bodies
    # listed with ';' up to the colon, then their duty — however long the list
    names = _BODIES_THEN_COLON.match(rest) if strong and not addressed else None
    addressed = addressed or (names is not None and _names_body(rest[:1].upper() + rest[1:])
                              and first_task_verb(rest, 0, names.end()) is None)
    # a request that closes the text asks everyone ("các đơn vị …") or asks for nothing but carrying the text out; one
    # that names a body and its duty ("Đề nghị Văn phòng Đảng ủy phối hợp chuẩn bị …") is a block
    closing_request = (re.match(r"(?:Đề nghị|Yêu cầu)\b", body, re.IGNORECASE) and body.rstrip().endswith((".", "./."))
                       and (_EVERYONE.match(rest) is not None or not _HEAD.match(rest) or _only_carry_out(rest)))
    # numbered, only when it asks for nothing but carrying this very text out ("4. Yêu cầu Thủ trưởng các sở … nghiêm
    # túc thực hiện Chỉ thị này."): "3. Đề nghị các xã tổ chức ra quân." stays a block
    numbered_closing = closing_request and _only_carry_out(rest) and _THIS_TEXT.search(rest) is not None
    if strong and not addressed and (ln.kind == "" or numbered_closing) and closing_request:
        return False  # "Yêu cầu các cơ quan … triển khai thực hiện./." closes the plan; it is not a block
    if _GENERIC.match(rest) or _NOT_HEAD.match(rest):
        return False
    if body.rstrip(" *\"”").endswith("!"):
        return False  # "23. Chủ tịch Hồ Chí Minh vĩ đại sống mãi …!": a slogan cheers, it hands out no duty
    if strong and rest[0].islower() and not (_PLURAL_BODY.match(rest) or _HEAD.match(rest)):
        return False  # "- Yêu cầu hủy Quyết định …" (a complainant's demands): a verb follows, not who must act
    if body.startswith("Mời ") and body.rstrip().endswith("."):
        return False  # "b) Mời Ban Giám khảo." is a task; "20. Mời Đại sứ quán các nước: …" heads the invited's tasks
    if re.match(r"Đối với\b", body, re.IGNORECASE) and (not (_HEAD.match(rest) or _PLURAL_BODY.match(rest))
                                                         or _CASE.match(rest)):
        return False  # "Đối với hàng hóa đã thông quan: …", "Đối với các chi phí …" name a case, not who must act
    if re.match(r"Đối với\b", body, re.IGNORECASE) and _CASE_RULE.match(body, body.find(":")):
        return False  # "- Đối với các xã, phường: Nếu … thì …": how the case is judged, not a duty
    if not strong:
        says_responsible = _names_body(rest) and _RESPONSIBLE_END.search(rest)
        # "Phòng Nội vụ huyện" alone on its line in the duties (a copy that lost Word's numbering) heads the lines below
        bare_name = (in_duties and ln.kind == "" and _names_body(rest) and len(rest.split()) <= 14
                     and not rest.rstrip().endswith((".", ";", ",")) and first_task_verb(rest) is None)
        if ln.kind == "" and not rest.rstrip().endswith(":") and not says_responsible and not bare_name:
            return False
        # a heading that ends stating the body's role says no task: its body may be long ("12. Các tổ chức, cá nhân
        # và hộ gia đình khai thác, sử dụng tài nguyên nước dưới đất trên địa bàn có trách nhiệm")
        longest = 16 if role_words_start(rest) is None else 30
        by_layout = (in_duties and ln.kind in ("arabic", "roman", "letter")
                     and len(_unbracketed(rest).split()) <= longest and not _TOPIC.match(rest))
        if not _names_body(rest) and not by_layout:
            return False
    long_request = body.lower().startswith(("đề nghị", "yêu cầu")) and not ln.kind and len(body) > 200
    return not (strong and not addressed and long_request)


def _unbracketed(name: str) -> str:
    """A name without its notes in brackets: "(gồm các Sở: Xây dựng, …)" lists members, it does not make it long."""
    return re.sub(r"\([^()]*\)", "", name)


def _only_carry_out(rest: str) -> bool:
    """ "các đơn vị nghiêm túc triển khai thực hiện.": a request with no duty but to carry the text out (or none)."""
    _, _, task_start = _split_agency(rest, 0, len(rest))
    return task_start is None or _ONLY_CARRY_OUT.match(rest[task_start:].strip()) is not None


def _agency_and_task(text: str, ln: Line, start: int, strong: bool) -> tuple[Finding, Finding | None] | None:
    """The agency named from ``start`` and the task written after it on the line, if the split makes sense."""
    s, e, task_start = _split_agency(text, start, ln.end, ln.kind in ("arabic", "roman", "letter", "dieu"))
    colon = text.find(":", start, min(ln.end, start + 120))
    if (re.match(r"Đối với\b", ln.body, re.IGNORECASE) and task_start is not None and colon > task_start
            and not re.search(r"[.;:]", text[start:colon])):
        e, task_start = colon, colon + 1  # "- Đối với các tổ chức cung cấp dịch vụ: …": the colon ends the case's name
    duty_lead = task_start is not None and _DUTY_LEAD.fullmatch(text[task_start : ln.end].strip(" :."))
    if not strong and ln.kind == "" and task_start is not None and text[e:ln.end].strip() != ":" and not duty_lead:
        return None  # "Ban chỉ đạo … gợi ý một số hoạt động sau:" introduces suggestions, not an agency block
    # "5. Bộ Y tế đề nghị BHXH Việt Nam chỉ đạo …": the body asked is the agency, not the one asking
    if asked := _ASKED_WITHIN.search(text, s, e):
        s = asked.end()
    agency = _clean_agency(text[s:e])
    if _NARRATION.search(agency):
        return None  # "4. Bộ Công Thương sẽ phối hợp …": the writer's promise, not a duty
    # Long lists of bodies are common ("Điều 3. Chánh Văn phòng …, Giám đốc …, Thủ trưởng … chịu trách nhiệm …").
    # "1. Giao người đứng đầu các cơ quan …; Chủ tịch Ủy ban nhân dân các xã …" over its items: "Giao" says it is a name
    named_list = strong and not ln.text.rstrip(" *").endswith(_TERMINAL)
    longest = 60 if task_start is not None or named_list else 30
    if strong and ";" in agency and text[e : e + 1] == ":":
        longest = 100  # "Đề nghị A; B; C; D: tổ chức …": kinds of bodies listed with ';' up to the colon
    if not agency or len(_unbracketed(agency).split()) > longest:
        return None
    # "7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, … trên địa bàn Tỉnh" over its items: a
    # numbered heading without a stop may qualify its bodies at length
    titled = ln.kind in ("arabic", "roman", "letter") and not ln.text.rstrip(" *").endswith(_TERMINAL)
    if not strong and task_start is None and len(_unbracketed(agency).split()) > (30 if titled else 18):
        return None
    # "- Các cơ sở KCB thực hiện mã hóa … như sau:" leads the sub-items that are its tasks
    leads_list = _LEADS_LIST.search(text, task_start or e, ln.end) is not None
    # "- Sở Tài chính có trách nhiệm thẩm định …": a body that says its duty opens a block (under a numbered heading
    # the reader still takes it as a task)
    says_duty = (task_start is not None
                 and re.match(r"(?:có|chịu) trách nhiệm(?:[\s:.]|$)", text[task_start : ln.end]) is not None)
    if (not strong and ln.kind == "bullet" and task_start is not None and text[e : e + 1] != ":" and not leads_list
            and not says_duty):
        return None  # "- Các trường … tiếp tục thực hiện …" is a task of the block above, not a new block
    inline = _task(text, task_start, ln.end, "assignments.task.inline") if task_start is not None else None
    if (inline is not None and _TEAM_ROLE.fullmatch(agency)
            and ((verb := first_task_verb(inline.value[:40].lower())) is None or verb.start() > 0)):
        return None  # "+ Trưởng đoàn: Đại diện Ban Thường trực …": who fills the team's role, not their duty
    named = text.find(":", start, ln.end)
    if not strong and named >= 0 and _COMPOSITION.match(text[named + 1 : ln.end].lstrip()):
        return None  # "4.3. HĐND cấp xã: Thành phần dự hội nghị gồm …": who sits at a meeting, not a duty
    if inline is not None and (len(inline.value) < 3 or _DUTY_LEAD.fullmatch(inline.value.rstrip(" :."))
                               or leads_list or (inline.value.endswith(":") and not _spelt_out(inline.value))):
        inline = None  # "a) Trưởng các điểm thi có trách nhiệm:" heads the paragraphs below it
    if inline is None and task_start is not None and _role_only(text[task_start : ln.end]):
        # "1. Bộ Tài chính chủ trì, phối hợp với các bộ liên quan:" over its items: the heading as written is the agency
        e = strip_span(text, s, ln.end, " \t\n*:.;")[1]
        agency = _clean_agency(text[s:e])
    return Finding(agency, s, e, 0.8, "assignments.agency.heading"), inline


def _spelt_out(task: str) -> bool:
    """A task of its own that announces its parts below ("chỉ đạo cơ quan chức năng … rà soát, tổng hợp báo cáo cụ
    thể về một số nội dung sau:"): it opens with its verb and says what to do — not with a role ("chủ trì, phối hợp
    với … kiểm tra các cơ sở sau:", the heading as written) nor a duty lead ("có trách nhiệm:", "thực hiện các nội dung
    sau:")."""
    verb = first_task_verb(task)
    return (verb is not None and verb.start() == 0 and len(task.split()) >= 10 and not _ROLE_WORD.match(task)
            and not _DUTY_LEAD.match(task)
            # "… chỉ đạo Chi cục Thủy lợi thực hiện các nội dung sau:": the items are the duties handed on
            and not re.search(rf"(?:{_DUTY_LEAD.pattern})\W*$", task))


# a role in a team written alone before a colon ("Trưởng đoàn:", "Thành viên Tổ:", "Phó Trưởng ban:")
_TEAM_ROLE = re.compile(r"(?:Phó\s+)?(?:Trưởng|Thành viên|Thư ký|Ủy viên|Uỷ viên|Tổ trưởng|Tổ phó)(?:\s+(?:thường trực|"
                        r"đoàn|ban|tiểu ban|tổ|hội đồng|Đoàn|Ban|Tiểu ban|Tổ|Hội đồng))*", re.IGNORECASE)
# what comes after a body's name says who attends or makes it up ("Thành phần dự hội nghị gồm …", "Thành phần tham dự
# là …", "Thành phần: Lãnh đạo …"), not what it must do
_COMPOSITION = re.compile(r"Thành phần\b[^.;:]{0,60}?(?:\s(?:gồm|là|có)\b|:)", re.IGNORECASE)


def _subject_lead(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Where the subject of a sentence opening with a topic label or a clause of time or condition begins ("Về kinh
    phí: Các địa phương …", "Sau khi … thông qua, Bộ Tài chính …"), and where its task begins if the task takes the
    clause (the sentence's start) — -1 when the task starts after the subject."""
    if label := _SUBJECT_LABEL.match(text, s, e):
        return label.end(), -1
    if clause := _SUBJECT_CLAUSE.match(text, s, e):
        return clause.end(), s
    return None


def _agency_sentence(text: str, ln: Line) -> tuple[Finding, Finding | None] | None:
    """In a duties section, a paragraph that opens with the bodies who act and goes on with their task: "Các sở,
    ban, ngành; Ủy ban nhân dân các huyện … căn cứ chức năng, nhiệm vụ … xây dựng Kế hoạch …"; also past a topic
    label or a leading clause ("Về kinh phí: Các địa phương phải …")."""
    start, whole = ln.body_start, -1
    if not _names_body(ln.body) and (lead := _subject_lead(text, ln.body_start, ln.end)) is not None:
        start, whole = lead
    body = text[start : ln.end]
    if not _names_body(body) or _NOT_HEAD.match(body) or _GENERIC.match(body):
        return None
    # after a label, the modal may open the duty ("Về kinh phí: Các địa phương phải động viên …")
    s, e, task_start = _split_agency(text, start, ln.end, start != ln.body_start)
    if task_start is None or text[e : e + 1] == ":":
        return None
    agency = _clean_agency(text[s:e])
    # "X đề nghị các đơn vị …" closes the plan; "X báo cáo kết quả … trước ngày …" is a report-back, not a duty block
    # "Cấp ủy đảng phải lãnh đạo, chính quyền phải vào cuộc …": an exhortation clause by clause, no body's name
    if not agency or len(agency.split()) > 30 or _MODAL_IN_NAME.search(agency):
        return None
    if _CLOSING_REQUEST.search(agency) or _REPORT_BACK.match(text, task_start):
        return None
    if _HANDS_OUT_LEAD.match(text[task_start : ln.end].strip()):
        return None  # "Ủy ban nhân dân huyện phân công cụ thể như sau:" leads the bodies below; it acts on nothing
    return (Finding(agency, s, e, 0.7, "assignments.agency.sentence"),
            _task(text, whole if whole >= 0 else task_start, ln.end, "assignments.task.sentence"))


_HANDED_VERB = re.compile(rf"\s(?:{alternation(DATA['handed_verbs'])})\b")


def _handed(text: str, agency: Finding, task: Finding | None) -> tuple[Finding, Finding | None]:
    """After "Giao", a verb that hands a duty down only there ends the body ("Giao Sở Tài chính xem xét, bố trí …"):
    the body before it, the task from it."""
    verb = _HANDED_VERB.search(text, agency.start, agency.end)
    if verb is None or verb.start() <= agency.start:
        return agency, task
    end = task.end if task is not None else agency.end
    return (replace(agency, value=_clean_agency(text[agency.start : verb.start()]), end=verb.start()),
            _task(text, verb.start() + 1, end, task.rule if task is not None else "assignments.task.inline"))


def _giao_sentences(text: str, start: int, stop: int) -> list[tuple[Finding, Finding | None]]:
    """Each "Giao X …" of ``text[start:stop]``: "Giao Phòng A chủ trì …. Giao Phòng B bố trí …" hands on two duties."""
    if text.find("iao", start, stop) < 0:  # in every match; the pattern's look-behinds are tried at every offset
        return []
    found = [*_GIAO_INLINE.finditer(text[start:stop])]
    if not found:
        return []
    # a sentence that opens with "Giao" ends the one before it; a "giao" inside a sentence does not
    starts = [found[0]] + [m for m in found[1:] if m.group().startswith("Giao")]
    out = []
    for k, m in enumerate(starts):
        end = start + starts[k + 1].start() if k + 1 < len(starts) else stop
        s, e, task_start = _split_agency(text, start + m.end(), end)
        if task_start is None or text[e : e + 1] == ":":
            continue
        agency = _clean_agency(text[s:e])
        if agency:
            out.append(_handed(text, Finding(agency, s, e, 0.75, "assignments.agency.giao"),
                               _task(text, task_start, end, "assignments.task.giao")))
    return out


# "Giao Sở A hướng dẫn …; Sở B thẩm định …; UBND huyện C vận động …" (a conclusion's sentence): after a ";", a
# capitalised body and its verb take a duty of their own
_NEXT_BODY = re.compile(rf";\s+(?=[{_CAPITAL}])")
# "… chủ trì, phối hợp với các sở, ngành; Ủy ban nhân dân các huyện; …": the names after ";" are partners
_PARTNERS = re.compile(r"\b(?:phối hợp|với|cùng)\b")
_BODY_WORDS = 12


def _bodies_after_semicolons(text: str, task: Finding) -> tuple[Finding | None, list[tuple[Finding, Finding | None]]]:
    """The first body's own task, cut before the clauses of a "Giao" sentence's task that each hand a duty to another
    body, and those bodies with their tasks (none: ``task`` unchanged)."""
    cuts: list[tuple[int, int, int, int]] = []  # (";" at, agency start, agency end, task start)
    last = task.start
    for semi in _NEXT_BODY.finditer(text, task.start, task.end):
        partners = [*_PARTNERS.finditer(text, last, semi.start())]
        if partners and first_task_verb(text, partners[-1].end(), semi.start()) is None:
            break  # the ";" goes on with a list of partners, not with a new body
        nxt = text.find(";", semi.end(), task.end)
        clause_end = nxt if nxt >= 0 else task.end
        s, e, task_start = _split_agency(text, semi.end(), clause_end)
        agency = text[s:e]
        if (task_start is None or text[e : e + 1] == ":" or not _names_body(agency)
                or len(agency.split()) > _BODY_WORDS or first_task_verb(agency) is not None
                or (" " not in agency.strip() and not agency.isupper())):
            continue  # "; Tiếp tục …", "; Sở X, Sở Y": no body with its own verb; "; Đoàn kiểm tra …": a name cut short
        cuts.append((semi.start(), s, e, task_start))
        last = semi.end()
    if not cuts:
        return task, []
    out: list[tuple[Finding, Finding | None]] = []
    first = _task(text, task.start, cuts[0][0], task.rule)
    for k, (_, s, e, task_start) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else task.end
        out.append((Finding(_clean_agency(text[s:e]), s, e, 0.75, "assignments.agency.giao"),
                    _task(text, task_start, end, "assignments.task.giao")))
    return first, out


_DECIDED_TEXT = r"(?:[Qq]uyết định|[Cc]hỉ thị|[Kk]ế hoạch|[Nn]ghị quyết)"
# "… chịu trách nhiệm thi hành Quyết định này", "… căn cứ Quyết định thi hành" (the older wording)
_EXECUTION = re.compile(
    rf"\s(?:(?:chịu trách nhiệm|có trách nhiệm)\s+thi hành\s+{_DECIDED_TEXT}"
    rf"|căn cứ\s+{_DECIDED_TEXT}(?:\s+này)?\s+thi hành\b)")
_NEXT_GIAO = re.compile(rf"(?<=\.)\s+(?=Giao\s+(?:cho\s+)?[{_CAPITAL}])")
# "… UBND TP. Huế, …": the abbreviation of a city ends no sentence
_SENTENCE_START = re.compile(rf"(?<=\.)(?<!\bTP\.)(?<!\bTp\.)(?<!\bTT\.)\s+(?=[{_CAPITAL}])")


_COUNTED_CASE = re.compile(r"[\s*_]*(?:\d+\s+)?")  # "1.2. Đối với 10 nhiệm vụ cần điều chỉnh …": cases counted
_ASK_AFTER_CASE = re.compile(r"(?:yêu cầu|đề nghị|giao)\s+(?=\S)")


def _case_then_body(text: str, ln: Line) -> tuple[Finding, Finding | None] | None:
    """ "2. Đối với các chi phí … giai đoạn 2019-2022, Bảo hiểm xã hội Việt Nam khẩn trương tổ chức …": a case, then
    the body that acts on it and its task ("…, yêu cầu các Bộ: A; B; C xây dựng phương án …": the body asked)."""
    if not re.match(r"Đối với\s", ln.body) or not _CASE.match(ln.body, _COUNTED_CASE.match(ln.body, 8).end()):
        return None
    for comma in re.finditer(r",\s+", text[ln.body_start : ln.end]):
        s = ln.body_start + comma.end()
        asked = _ASK_AFTER_CASE.match(text, s, ln.end)
        if asked is not None:
            s = asked.end()
        head = text[s : ln.end]
        if not (head[:1].isupper() or asked is not None) or not _names_body(head[:1].upper() + head[1:]):
            continue
        a, e, task_start = _split_agency(text, s, ln.end)
        agency = _ADVERBS.sub("", _clean_agency(text[a:e]))
        longest = 24 if ";" in agency else 12  # "các Bộ: Nông nghiệp và Môi trường; Xây dựng; …": short names
        if task_start is None or not agency or len(agency.split()) > longest:
            return None
        return (Finding(agency, a, a + len(agency), 0.7, "assignments.agency.case"),
                _task(text, task_start, ln.end, "assignments.task.inline"))
    return None
# "Các ông (bà): Chánh Văn phòng …": the address before the bodies of an execution clause
_ADDRESS = re.compile(r"^(?:Điều\s+\d+\s*[.:]\s*)?(?:(?:Các\s+)?[Ôô]ng\s*(?:\(bà\)|,\s*bà|/bà)\s*:?\s*)?")


def _execution_clause(text: str, ln: Line) -> tuple[Finding, Finding | None] | None:
    """A decision's closing article, also when it stands as a paragraph without "Điều 3.": "Chánh Văn phòng …,
    Thủ trưởng các cơ quan … chịu trách nhiệm thi hành Quyết định này"."""
    if ln.kind not in ("", "dieu"):
        return None
    m = _EXECUTION.search(text, ln.body_start, ln.end)
    if not m:
        return None
    # "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng … chịu trách nhiệm thi hành …": the clause
    # is the first sentence that the bodies open
    starts = [ln.body_start, *(k.end() for k in _SENTENCE_START.finditer(text, ln.body_start, m.start()))]
    for start in starts:
        lead = _ADDRESS.match(text[start : ln.end])
        body_start = start + (lead.end() if lead else 0)
        if _HEAD.match(text[body_start : ln.end]):
            break
    else:
        return None
    s, e = body_start, m.start()
    agency = _clean_agency(text[s:e])
    return (Finding(agency, s, e, 0.8, "assignments.agency.execution"),
            _task(text, e + 1, ln.end, "assignments.task.execution"))


_DUTY_LEAD = re.compile(
    r"(?:có|chịu) trách nhiệm|có nhiệm vụ|(?:thực hiện|triển khai)(?: các| những)? (?:nội dung|nhiệm vụ|việc)(?: sau)?"
)
_RESPONSIBLE_END = re.compile(r"\s(?:có|chịu) trách nhiệm\s*[:.]?\s*$")
# "Ban Quản lý dự án Đầu tư xây dựng huyện …": a verb followed by a place belongs to a body's name
_PLACE_AFTER = re.compile(
    r"\s+(?:huyện|tỉnh|thành phố|quận|thị xã|xã|phường|thị trấn)\s+"
    r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]"
)
# "… các cơ quan, đơn vị và tổ chức, cá nhân có liên quan": "tổ chức" beside "cá nhân" is a noun
_PERSONS_AFTER = re.compile(r"\s*(?:,|và|hoặc)\s*cá nhân\b")
# "Các cấp ủy, tổ chức đảng", "các tổ chức chính trị - xã hội": "tổ chức" names organisations there
# "các tổ chức đoàn thể", "… và tổ chức, đoàn thể có liên quan", "tổ chức, cá nhân": organisations, never "organise"
_ORGANISATIONS = re.compile(r"(?:\s+|\s*,\s*|\s+(?:và|hoặc)\s+)(?:đảng|cơ sở đảng|chính trị|đoàn thể|thành viên|hội"
                            r"|quần chúng|xã hội|cá nhân|doanh nghiệp)\b")
_PLURAL_BODY = re.compile(r"(?:các|những|Các|Những)\s+(?!trường hợp)\S")
_CLOSING_FORMULA = re.compile(
    rf"(?:[{_CAPITAL}][^.;:]{{0,80}}?\s(?:đề nghị|yêu cầu)|Đề nghị|Yêu cầu)\s[^.;:]{{0,60}}?"
    r"(?:triển khai|tổ chức) thực hiện"
    r"(?:\s+nghiêm túc)?"
    r"(?:\s+(?:kế hoạch|nội dung|văn bản) (?:này|trên))?\s*(?:[./]|$)"
)
_NOTICE_CLOSING = re.compile(DATA["notice_closing_pattern"])
_WRAPPED_NAME = re.compile(rf"\s[{_CAPITAL}]\w*\s*$")
_DANGLING = re.compile(rf"(?:,|\s(?:{alternation(DATA['dangling_words'])}))\s*$")
_LEADS_LIST = re.compile(r"\s(?:như sau|sau đây)\s*:$")
_ASKED_WITHIN = re.compile(rf"\s(?:đề nghị|yêu cầu)\s+(?=[{_CAPITAL}])")
_ONE_SENTENCE = ("assignments.task.inline", "assignments.task.sentence")


def _responsible_tables(text: str, lines: list[Line], responsible: re.Pattern[str],
                        titled_items: bool = False) -> list[_Block]:
    """Blocks of a letter's appendix whose items are followed by "a) Đơn vị chủ trì: X": X carries out the items since
    the previous such line (or section heading); one block per body, in order of first mention."""
    if not any(responsible.match(ln.body) for ln in lines):
        return []
    blocks: dict[str, _Block] = {}
    pending: list[Finding] = []
    titled: Finding | None = None  # a numbered item with no sub-items is itself the task ("8. Tiếp tục …")
    activity = False  # the row is an activity with its own "Nội dung:" field: a table of activities, not of duties
    for ln in lines:
        body = ln.body
        resp = responsible.match(body)
        if resp:
            agency = _responsible_body(text, ln, ln.body_start + resp.end())
            tasks = pending or ([titled] if titled else [])
            if agency is not None and tasks and not activity:
                block = blocks.setdefault(agency.value.casefold(), _Block(agency, ln.level, ""))
                block.tasks.extend(tasks)
            pending, titled, activity = [], None, False
        elif _ACTIVITY_FIELD.match(body):
            activity = True
        elif _TABLE_FIELD.match(body) or re.fullmatch(r"[\d.]+", body.strip()):
            continue  # "- Thời gian thực hiện: …"; an item number alone on its line
        elif ln.kind == "roman" or (ln.kind == "arabic" and "." not in ln.marker.rstrip(". )")):
            pending = _glued_item(text, ln)  # a section title is no task, but may carry the first item glued
            # in a letter's appendix a numbered item with no sub-items is itself the task (a plan's own programme
            # numbers its sections so, and its items are under them)
            titled = None if pending or ln.kind == "roman" or not titled_items else _task(
                text, ln.body_start, ln.end, "assignments.task.item")
        elif titled is not None and not pending and body[:1].islower():
            titled = Finding(collapse(f"{titled.value} {body}"), titled.start, ln.end, titled.confidence,
                             titled.rule)  # the item's sentence goes on over a page break
        elif pending and body[:1].islower() and text[pending[-1].end - 1] == ";":
            last = pending[-1]  # a sentence broken after ";"
            pending[-1] = Finding(collapse(f"{text[last.start:last.end]} {body}").rstrip(" ;"), last.start, ln.end,
                                  last.confidence, last.rule)
        else:
            glued = _GLUED_ITEM.search(text, ln.body_start, ln.end)
            end = glued.start() if glued and glued.end() >= ln.end else ln.end
            if task := _task(text, ln.body_start, end, "assignments.task.item"):
                pending.append(task)
    return list(blocks.values())


# cells of a table row: tabs (a copy of a Word table), or '|' (a table written as text)
_CELL_MARKS = "\t|"


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A table row's cells as spans of ``text[s:e]`` (empty cells included)."""
    spans = []
    for k in range(s, e + 1):
        if k == e or text[k] in _CELL_MARKS:
            spans.append((s, k))
            s = k + 1
    return spans


def _line_start(text: str, ln: Line) -> int:
    """Where the line's row starts: its leading tabs are its first empty cells, which the line's span leaves out."""
    return text.rfind("\n", 0, ln.start) + 1


def _vertical_row(text: str, lines: list[Line], i: int, width: int | None) -> tuple[list[tuple[int, int]], int]:
    """A row of a portal's text layer that writes every cell on lines of its own between '|' lines: its cells and
    the index of the line after it. ``width`` (the header's number of cells) tells an empty cell ('|' then '|')
    from the row's closing bar and the next row's opening one; the header itself ends at its first empty cell."""
    cells: list[tuple[int, int]] = []
    k = i + 1  # past the opening bar
    while k < len(lines):
        first = k
        while k < len(lines) and lines[k].text != "|":
            k += 1
        if k == len(lines):
            return cells, k
        if k > first:
            cells.append((lines[first].start, lines[k - 1].end))
        elif width is None or not cells:
            return cells, k + 1 if not cells else k  # the header's closing bar (the next row opens at k)
        else:
            cells.append((lines[k].start, lines[k].start))
        if width is not None and len(cells) >= width:
            return cells, k + 1
        if width is None and k + 1 < len(lines) and lines[k + 1].text == "|":
            return cells, k + 1
        k += 1
    return cells, k


def _rows(text: str, lines: list[Line]):
    """The rows of the tables among ``lines``: (cells, indexes of the lines the row takes). A row is a line with
    tabs or '|', joined with the lines below while it has fewer cells than the header (a row hard-wrapped by the text
    layer), or a portal's row of cells on lines of their own between '|' lines."""
    width: int | None = None  # the current table header's number of cells
    tall: int | None = None  # the same, for a table of cells on lines of their own
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.text == "|":
            cells, nxt = _vertical_row(text, lines, i, tall)
            yield cells, set(range(i, nxt))
            i = max(nxt, i + 1)
            if _table_header(text, cells) is not None:
                tall = len(cells)
            continue
        indent = text[_line_start(text, ln) : ln.start]
        if not any(c in ln.text for c in _CELL_MARKS) and "\t" not in indent:
            yield None, {i}
            i += 1
            continue
        s, e, j = _line_start(text, ln), ln.end, i
        cells = _cells(text, s, e)
        if width is not None and len(cells) < width and ln.text.startswith("|"):
            # the normaliser keeps the outer bar of a markdown row that the text layer broke over lines: the row
            # goes on up to the line that closes it with its bar
            while j + 1 < len(lines) and not lines[j].text.endswith("|") and lines[j + 1].text != "|":
                j += 1
            e = lines[j].end
            cells = _cells(text, s, e)
            cells = cells[1:] if not text[cells[0][0]:cells[0][1]].strip() else cells
            cells = cells[:-1] if len(cells) > 1 and not text[cells[-1][0]:cells[-1][1]].strip() else cells
        elif width is not None and 1 < len(cells) < width and ln.text.endswith("|"):
            # a markdown row whose empty first cells went with its outer bar (its empty last ones stay)
            cells = [(s, s)] * (width - len(cells)) + cells
        yield cells, set(range(i, j + 1))
        i = j + 1
        if _table_header(text, cells) is not None:
            width = len(cells)


def _table_header(text: str, cells: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(task column, lead column) of a task table's header row: the lead body's column says "chủ trì" (or stands
    just left of the one that says "phối hợp"; or, in a table that names its task column, says who carries it out:
    "Đơn vị thực hiện"), and the task is the column named so, else the one just left of the lead's."""
    names = [text[s:e] for s, e in cells]
    if any(len(n.split()) > _HEADER_CELL_WORDS for n in names):
        return None  # a row of the table (a task that says "phối hợp"), not its column titles
    if any(_HEAD_COLUMN.search(n) for n in names):
        return None  # a register of tasks, each with its responsible head beside its lead body (rh11_03's ruling)
    task = next((k for k, n in enumerate(names) if TASK_COLUMN.match(n)), None)
    lead = next((k for k, n in enumerate(names) if LEAD_COLUMN.search(n)), None)
    if lead is None:
        partner = next((k for k, n in enumerate(names) if _PARTNER_COLUMN.search(n)), None)
        lead = partner - 1 if partner is not None else None
    if lead is None and task is not None:
        lead = next((k for k, n in enumerate(names) if _EXECUTOR_COLUMN.search(n)), None)
    if lead is None:
        return None
    if task is not None and task > lead:
        return task, lead  # "STT | Cơ quan chủ trì | Nội dung nhiệm vụ": the tasks stand right of their lead
    if lead >= 1 and not _FIELD_COLUMN.search(names[lead - 1]):
        return lead - 1, lead
    # "Nội dung | Thời gian | Đơn vị phối hợp | Đơn vị chủ trì": the lead last, the task the nearest named column
    named = [k for k, n in enumerate(names[:lead]) if TASK_COLUMN.match(n)]
    return (named[-1], lead) if named else None


_ROW_NUMBER = re.compile(r"[\s*_]*(?:\d{1,3}|[IVX]{1,5})[.)]?[\s*_]*")


def _task_tables(text: str, lines: list[Line]) -> tuple[list[_Block], set[int]]:
    """Task tables (a row per task: its task cell, the body that leads it in the "chủ trì" column): one task per
    row's task cell, grouped by the lead cell as written. A numbered row with an empty lead cell is the lead's
    above (a cell merged over rows); an unnumbered one continues the row above (its cell goes on over a page
    break). Returns the blocks and the table's line indexes."""
    blocks: dict[str, _Block] = {}
    taken: set[int] = set()
    columns: tuple[int, int] | None = None
    last: tuple[_Block, int] | None = None  # the block and task index the previous row added to
    for cells, row_lines in _rows(text, lines):
        indexes = {lines[k].index for k in row_lines}
        if cells is None:
            ln = lines[min(row_lines)]
            if columns is not None and len(ln.text) > _TABLE_GAP_LINE:
                columns, last = None, None
            elif columns is not None:
                taken |= indexes
            continue
        header = _table_header(text, cells)
        if header is not None:
            columns, last = header, None
            taken |= indexes
            continue
        if columns is None:
            continue
        taken |= indexes
        task_col, lead_col = columns
        if len(cells) <= task_col:
            continue
        ts, te = cells[task_col]
        ls, le = cells[lead_col] if len(cells) > lead_col else (te, te)
        marker = _TASK_MARKER.match(text, ts, te)
        task = _task(text, marker.end() if marker else ts, te, "assignments.task.table")
        agency_text = re.sub(r"^Đề nghị\s+", "", _clean_agency(text[ls:le]))
        if task is None:
            continue
        if not agency_text:
            numbered = any(_ROW_NUMBER.fullmatch(text[s:e]) for s, e in cells[: min(task_col, lead_col)])
            if last is not None and numbered:
                block = last[0]
                block.tasks.append(task)
                last = (block, len(block.tasks) - 1)
            elif last is not None:
                block, k = last
                prev = block.tasks[k]
                block.tasks[k] = Finding(collapse(f"{prev.value} {task.value}"), prev.start, task.end,
                                         prev.confidence, prev.rule)
            continue
        agency = Finding(agency_text, ls, le, 0.75, "assignments.agency.table")
        block = blocks.setdefault(agency_text.casefold(), _Block(agency, 2, ""))
        block.tasks.append(task)
        last = (block, len(block.tasks) - 1)
    return list(blocks.values()), taken


def _responsible_body(text: str, ln: Line, s: int) -> Finding | None:
    """The body a "Cơ quan thực hiện:" line names first: up to "chủ trì", "phối hợp" or its first task verb."""
    cut = _LEAD_BODY.search(text, s, ln.end)
    e = cut.start() if cut else ln.end
    verb = first_task_verb(text, s + 3, e)
    e = verb.start() if verb else e
    agency = _clean_agency(text[s:e])
    return Finding(agency, s, e, 0.75, "assignments.agency.responsible") if agency else None


def _glued_item(text: str, ln: Line) -> list[Finding]:
    """ "3. Giải quyết tốt tranh chấp 3.1. Rà soát, kiện toàn …": the first item glued after a section title."""
    glued = _GLUED_ITEM.search(text, ln.body_start, ln.end)
    if ln.kind != "arabic" or not glued or glued.end() >= ln.end:
        return []
    task = _task(text, glued.end(), ln.end, "assignments.task.item")
    return [task] if task else []


def _merge_tables(blocks: list[_Block], tables: list[_Block]) -> list[_Block]:
    """A body named both in a programme's table and in a heading of its own ("Giao Sở X:") is one block."""
    by_name = {b.agency.value.casefold(): b for b in tables}
    rest = []
    for b in blocks:
        same = by_name.get(b.agency.value.casefold())
        if same is not None:
            same.tasks.extend(b.tasks)
        else:
            rest.append(b)
    return rest + tables


_ITEM_LEAD = re.compile(r"[\s*_]*(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)\.[\s*_]*")


def _own_heading(block: _Block, text: str) -> bool:
    """The block opened at a numbered line that names the body first ("2. Sở Tài chính" over its tasks, "3. Giao Sở
    Tài chính chủ trì …"); a number over a case ("2. Đối với các chi phí …, Sở X …") does not part the body's tasks."""
    if not _NUMBERED.match(block.marker):
        return False
    if not (block.tasks and block.tasks[0].rule == "assignments.task.inline"):
        return True
    lead = text[text.rfind("\n", 0, block.agency.start) + 1 : block.agency.start]
    item = _ITEM_LEAD.match(lead)
    return item is not None and _PREFIX.sub("", lead[item.end() :] + " ").strip() == ""


_RUN_IN_RULE = "assignments.agency.run_in"
# "Giao Bộ X khẩn trương …" written as a paragraph of its own (under "2. Về kiến nghị …:"): the contract's one entry
# per sentence `Giao X …`, whatever other sentence hands the same body a duty
_ASKING_OPENS = re.compile(r"(?:Giao|Đề nghị|Yêu cầu)\s+")
_GIAO_LEAD = re.compile(r"\s*(?:Giao|Đề nghị|Yêu cầu)\s+$")  # a paragraph: "- Giao X" is an item of X's heading


def _giao_sentence(block: _Block, text: str) -> bool:
    if not (block.tasks and block.tasks[0].rule == "assignments.task.inline"):
        return False
    return _GIAO_LEAD.fullmatch(text[text.rfind("\n", 0, block.agency.start) + 1 : block.agency.start]) is not None


def _stands_alone(block: _Block, text: str) -> bool:
    return _own_heading(block, text) or _giao_sentence(block, text)


def _merge_same_body(blocks: list[_Block], text: str) -> list[_Block]:
    """Two blocks of one body ("Các cơ sở KCB …" under one case, "Các cơ sở KBCB …" under the next) are one entry:
    names equal but for a letter of an abbreviation or the case. Two numbered headings of one body ("1. Sở Y tế"
    under "II. NỘI DUNG", again under "III. TỔ CHỨC THỰC HIỆN") are two blocks by the layout, and stay two."""
    merged: list[_Block] = []
    for b in blocks:
        name = _body_name(b.agency.value).casefold()
        # a run-in subject of a conclusion is written apart from the body's other items: a block of its own
        same = next((m for m in merged if fuzz.ratio(_body_name(m.agency.value).casefold(), name) >= 92
                     and fuzz.ratio(_named_as(m.agency.value), _named_as(b.agency.value)) >= 70
                     and not (_stands_alone(m, text) and _stands_alone(b, text))
                     and _RUN_IN_RULE not in (m.agency.rule, b.agency.rule)), None)
        if same is not None and b.tasks and same.tasks:
            same.tasks.extend(b.tasks)
        else:
            merged.append(b)
    return merged


# "UBND thành phố đề nghị các cơ quan, đơn vị … treo cờ …": a body asked to act inside a sentence of prose
# "… đề nghị bộ, ngành, địa phương khẩn trương …": bodies named by their common nouns, listed, in lower case
# "… đề nghị quý Bộ khẩn trương …": the courteous "quý" before the addressee it asks
_ASKS = re.compile(rf"(?<!\w)(?:đề nghị|Đề nghị|yêu cầu|Yêu cầu|giao)\s+(?=(?:các|Các|Thủ trưởng|[{_CAPITAL}]"
                   rf"|(?:bộ|sở|ngành|cơ quan|đơn vị|địa phương),\s|quý\s+(?:[{_CAPITAL}]|cơ quan|đơn vị)))")
# a clause starts after "." or ";" with a capital, or with a further request ("…; đề nghị Nhà văn hóa huyện …")
_CLAUSE_SPLIT = re.compile(
    r"(?<=[.;])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]|(?:đề nghị|yêu cầu)\s)")
# "… đề nghị các đơn vị khẩn trương triển khai thực hiện./.": the closing formula, not a duty
_ONLY_CARRY_OUT = re.compile(
    # ("căn cứ chức năng, nhiệm vụ được giao, khẩn trương …": the grounds, then the same request)
    r"(?:(?:căn cứ|theo)\s+chức năng,?\s+nhiệm vụ(?:\s+được giao)?,\s+)?"
    r"(?:(?:khẩn trương|nghiêm túc|quan tâm|chủ động|tích cực|phối hợp|tổ chức),?\s+)*(?:triển khai(?:,|\s+và)?\s+)?"
    rf"(?:thực hiện|biết)\b(?:{DATA['this_text_pattern']})?(?:.{{0,25}}|{DATA['difficulties_clause_pattern']})$"
)
_THIS_TEXT = re.compile(rf"thực hiện\b{DATA['this_text_pattern']}")
# "Bộ X trân trọng cảm ơn và rất mong Quý cơ quan phối hợp …": a courtesy, not who is given a duty
_COURTESY = re.compile(DATA["courtesy_pattern"])
# "… trả lời để Công ty được biết và thực hiện theo đúng quy định": the closing of an answer, for information
_FOR_INFORMATION = re.compile(r"\sđược biết\b")
# "các đơn vị", "Thủ trưởng các cơ quan, đơn vị", "các sở, ban, ngành": everyone the text is sent to
_EVERYONE = re.compile(r"(?:(?:Thủ trưởng|Lãnh đạo|Người đứng đầu)\s+)?(?:các|Các)\s+"
                       r"(?:cơ quan|đơn vị|địa phương|sở|ban|ngành|phòng|tổ chức|cá nhân|trường|xã|phường|cấp)\b")


# The writer speaking of itself: "Phòng … xin báo cáo …", "Trường … kính trình …", "Phòng … báo cáo … như sau:"
# (a letter reporting upward) — its own words, not a duty it hands on.
_OWN_WORDS = re.compile(r"\s(?:xin|kính)\s+(?:báo cáo|trình|gửi)\b|\sbáo cáo\s.{0,80}(?:như sau|sau đây)\s*:$")


# (the writer may go unnamed: "Trên cơ sở …, đề nghị bộ, ngành, địa phương khẩn trương …")
_WRITER_ASKS = re.compile(
    rf",\s+(?:[{_CAPITAL}][^,;:]{{1,80}}?\s)?(?P<ask>(?:đề nghị|yêu cầu)\s+(?=(?:các|Các|Thủ trưởng|[{_CAPITAL}]"
    rf"|(?:bộ|sở|ngành|cơ quan|đơn vị|địa phương),\s|quý\s+(?:[{_CAPITAL}]|cơ quan|đơn vị))))")
# "…, Bộ Nội vụ đã có Văn bản số …", "Ngày 19/9/2026, Văn phòng X có văn bản số … yêu cầu …": what was asked before
_TOLD_BEFORE = re.compile(r"\s(?:(?:đã|vừa)\s+)?(?:có|ban hành|gửi)\s+(?i:văn bản|công văn|kế hoạch|thông báo)\s+số\b")
# "… đã giao Bộ X …", "… vừa đề nghị Sở Y …": the asking verb in the past tells of an earlier request
_ASKED_BEFORE = re.compile(r"(?<!\w)(?:đã|vừa)\s+$")
# a line cut after a word that takes a name as its object ("… vướng mắc của", "… phối hợp với")
_OBJECT_CUT = re.compile(r"\s(?:của|với|cho|tới|đến)\s*$")
_INLINE_DASH = re.compile(r"(?:^|(?<=[;.])|(?<=:))\s*[-–+•]\s+")


def _inline_items(text: str, start: int, end: int) -> list[Finding]:
    """The items of a dash list run into one line ("- Cử …; - Báo cáo …"); none when it does not open with a dash."""
    marks = [*_INLINE_DASH.finditer(text[start:end])]
    if not marks or marks[0].start() != 0:
        return []
    items = []
    for k, m in enumerate(marks):
        e = start + marks[k + 1].start() if k + 1 < len(marks) else end
        if task := _task(text, start + m.end(), e, "assignments.task.item"):
            items.append(task)
    return items


# "Giao X: (i) Chỉ đạo …. (ii) Chỉ đạo …": duties counted inline in brackets, each after a full stop or ';'
_COUNTED = re.compile(r"(?:^|(?<=[.;:]))\s*\((?P<n>[ivx]{1,4}|\d{1,2}|[a-h])\)\s+")
_FIRST_COUNTS = ("i", "1", "a")
_COUNTED_DUTY = re.compile(rf"(?:{alternation(DATA['counted_duty_verbs'])})\b", re.IGNORECASE)
_OWN_FIRST_COUNT = re.compile(r"(?:^|\s)\((?:i|1|a)\)\s*\Z")
_COUNTS = {"i": ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"],
           "1": [str(n) for n in range(1, 31)], "a": list("abcdđeghiklmnopqrstuvxy")}
# "tập trung: (i) Sửa đổi …; (ii) …": a lead of a few words before the counted duties is no duty of its own
_COUNT_LEAD = re.compile(r"[^:;.()]{1,40}:\s*(?=\((?:i|1|a)\)\s)")


def _in_sequence(marks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The counts of the top level only: "(5) Phát triển VNeID … 05 chức năng: (i) …; (ii) …" counts VNeID's functions
    inside duty (5); they are no duties of their own."""
    order = _COUNTS.get(marks[0][2], [])
    kept = [marks[0]]
    for mark in marks[1:]:
        k = len(kept)
        if k < len(order) and mark[2] == order[k]:
            kept.append(mark)
    return kept


def _counted_items(text: str, task: Finding) -> list[Finding]:
    """A task that counts its duties inline, split into one task each; the task itself when it counts none."""
    span = text[task.start : task.end]
    marks = [(task.start + m.start(), task.start + m.end(), m["n"]) for m in _COUNTED.finditer(span)]
    lead = _COUNT_LEAD.match(span)
    after_lead = (lead is not None and len(lead.group().split()) <= 4 and bool(marks)
                  and marks[0][0] == task.start + lead.group().index(":") + 1)
    if after_lead or (marks and marks[0][0] == task.start and marks[0][2] in _FIRST_COUNTS):
        pass
    elif _OWN_FIRST_COUNT.search(text[max(0, task.start - 8) : task.start]):
        marks = [(task.start, task.start, "1"), *marks]  # the first count was read as the line's marker
    else:
        return [task]
    marks = _in_sequence(marks)
    if len(marks) < 2:
        return [task]
    items = []
    for k, (_, s, _) in enumerate(marks):
        e = marks[k + 1][0] if k + 1 < len(marks) else task.end
        if item := _task(text, s, e, task.rule):
            items.append(item)
    # "(i) Địa điểm làm việc …; (ii) Thời hạn …" counts contents, not duties: each item must open with a task verb
    # (most open with a task verb; the list is open: "(3) Phát triển …", "(ii) Sửa đổi …" are duties too)
    # "(2) Trưởng Ban công tác Mặt trận triệu tập …": a step whose actor is named before its verb is a duty too
    opens = [((verb := first_task_verb(item.value[:40].lower())) is not None and verb.start() == 0)
             or _COUNTED_DUTY.match(item.value) is not None
             or (_names_body(item.value) and first_task_verb(item.value, 0, min(len(item.value), 80)) is not None)
             for item in items]
    if 2 * sum(opens) < len(items) or (len(items) == 2 and not all(opens)):
        return [task]
    return items


def _prose_duties(seg: Segments) -> list[_Block]:
    """A letter or notice with no agency block: the sentences of its opening and body in which a body is asked to
    act ("… đề nghị X treo cờ …") or opens the clause with its task ("Ủy ban nhân dân các phường có trách nhiệm …")."""
    text = seg.text
    blocks = []
    lines = [*seg.preamble, *seg.body]
    writers = [c.text for c in seg.left_column() if c.text.isupper()]
    for i, ln in enumerate(lines):
        if (ln.kind not in ("", "bullet") or _END_OF_TASKS.match(ln.body)
                or _CLOSING_GROUNDS.match(ln.body)):
            continue
        # "Đối với vướng mắc của" / "Công ty X liên quan đến …": the name goes on from the line above as its object
        carried = i > 0 and lines[i - 1].index == ln.index - 1 and _OBJECT_CUT.search(lines[i - 1].body) is not None
        first = ln.body_start
        if PREAMBLE_CITATION.match(ln.text):
            # "Thực hiện Công văn số …, Phòng GDĐT đề nghị các trường: …": past the citation, the writer asks
            writer = _WRITER_ASKS.search(text, ln.body_start, ln.end)
            # "…, Bộ Nội vụ đã có Văn bản số 8091/… đề nghị các Bộ …": the writer tells what it asked before
            if writer is None or _TOLD_BEFORE.search(text, writer.start(), writer.start("ask")):
                continue
            first = writer.start("ask")
        starts = [first] + [first + m.end() for m in _CLAUSE_SPLIT.finditer(text[first:ln.end])]
        asked_here = None  # the block the line's last clause asked for
        for k, cs in enumerate(starts):
            ce = starts[k + 1] if k + 1 < len(starts) else ln.end
            ask = _ASKS.search(text, cs, ce)
            if not ask and k == 0 and carried:
                continue
            if not ask and asked_here is not None and _sentence_goes_on(text, cs, ce):
                # "Đề nghị Sở X dự toán đầy đủ … theo quy định. Đối với các nội dung không đưa vào dự toán …, sẽ không
                # được tổng hợp …": the request's next sentence, with no subject of its own, is part of it
                last = asked_here.tasks[-1]
                asked_here.tasks[-1] = _task(text, last.start, ce, last.rule) or last
                continue
            asked_here = None
            if ask and (_TOLD_BEFORE.search(text, max(ln.body_start, ask.start() - 120), ask.start())
                        or _ASKED_BEFORE.search(text, max(ln.body_start, ask.start() - 8), ask.start())):
                # "… Bộ Nội vụ đã có Văn bản số 8091/… ngày … đề nghị …", "Phó Thủ tướng … đã giao Bộ X …": what
                # was asked before
                continue
            s = ask.end() if ask else cs
            clause = text[s:ce]
            if not ask and (not _HEAD.match(re.sub(r"^(?:Các|Những)\s+", "", clause)) or _NOT_HEAD.match(clause)):
                continue  # "Trường hợp hộ gia đình … thì …" names a case, not a school
            a, e, task_start = _split_agency(text, s, ce)
            agency = _clean_agency(text[a:e])
            if agency and text[e : e + 1] == ":" and len(items := _inline_items(text, e + 1, ce)) >= 2:
                # "… đề nghị các trường: - Cử …; - Báo cáo …" (a portal's one-line copy): the dashes are its tasks
                blocks.append(_Block(Finding(agency, a, e, 0.6, "assignments.agency.prose"), ln.level, "", tasks=items))
                continue
            task = _task(text, task_start, ce, "assignments.task.sentence") if task_start is not None else None
            if (not agency or task is None or len(agency.split()) > 30 or _CLOSING_REQUEST.search(agency)
                    or _COURTESY.search(agency) or _NARRATION.search(agency)
                    or _ONLY_CARRY_OUT.match(task.value) or text[e : e + 1] == ":" or _FOR_INFORMATION.search(agency)
                    or (not ask and _OWN_WORDS.search(agency + " " + task.value))
                    # "- Cán bộ, công chức là lãnh đạo cấp xã …" (who takes part): says who they are, not a duty
                    or (not ask and task.value.startswith("là "))
                    # "Phòng GDĐT tổ chức Hội thi …, cụ thể như sau:", "Cục Thuế có kế hoạch nâng cấp …": the writer
                    # tells what it does itself, no duty
                    or (not ask and _writes(agency, writers))):
                continue
            blocks.append(_Block(Finding(agency, a, e, 0.6, "assignments.agency.prose"), ln.level, "", tasks=[task]))
            asked_here = blocks[-1] if ask else None
    return blocks


def _sentence_goes_on(text: str, s: int, e: int) -> bool:
    """The sentence after a request, in its paragraph, says more of what is asked: no subject of its own (not the
    writer's promise, not another body), no closing ("Trong quá trình thực hiện …"), no thanks, no colon over a list."""
    sentence = text[s:e].strip()
    return bool(sentence) and not (_END_OF_TASKS.match(sentence) or _COURTESY.search(sentence)
                                   or _FOR_INFORMATION.search(sentence) or sentence.endswith(":")
                                   or _own_subject(text, s, e) or _writer_promises(text, s, e))


def _initials(name: str) -> str:
    """"Phòng GD&ĐT" → "PGDĐT", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" → "PGDĐT": a name and its abbreviation alike."""
    out = []
    capitals = name.isupper()  # a header's name: every word's initial
    for word in re.findall(r"[^\W\d_]+", name.replace("&", "")):
        if word.casefold() == "và":
            continue
        out.append(word if not capitals and any(c.isupper() for c in word[1:]) else word[0])
    return unmarked("".join(out).upper())


def _writes(agency: str, writers: list[str]) -> bool:
    """``agency`` names the issuer (or a body of the header), written out or abbreviated."""
    mine = _initials(agency)
    # two initials ("Cục Thuế" → "CT") start too many names: then only the name written out
    return any((len(mine) >= 3 and w.startswith(mine)) or fuzz.ratio(agency.casefold(), name.casefold()) >= 90
               for name in writers for w in [_initials(name)])


def _outside_body_execution(seg: Segments) -> _Block | None:
    """A decision whose articles the segmenter left in the preamble or the closing (a flattened layout)."""
    body = {ln.index for ln in seg.body}
    for ln in seg.lines:
        clause = None if ln.index in body else _execution_clause(seg.text, ln)
        if clause is not None:
            agency, task = clause
            return _Block(agency, ln.level, ln.marker, tasks=[task] if task else [])
    return None


def established_body(seg: Segments) -> Finding | None:
    """The body a decision sets up ("Điều 1. Thành lập Tổ X, gồm …" or its trích yếu "Về việc thành lập Tổ X")."""
    for ln in [*seg.body[:3], *seg.title]:
        m = _ESTABLISHES.search(seg.text, ln.body_start, ln.end)
        if m and len(m["body"].split()) <= 40:
            s, e = m.span("body")
            return Finding(_clean_agency(m["body"]), s, e, 0.6, "assignments.agency.established")
    return None


def _duties_heading(text: str, ln: Line, established: Finding | None) -> Finding | None:
    """A heading over the duties of one body: "Nhiệm vụ của Tổ X:", "Tổ X có nhiệm vụ:", or a bare "Nhiệm vụ:" (of the
    body the decision establishes). Headings in capitals are sections ("III. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ")."""
    body = ln.body.rstrip()
    if ln.kind not in ("", "dieu", "arabic", "letter") or body.isupper():
        return None
    m = _DUTIES_OF.match(body) or _HAS_DUTIES.match(body)
    if m and m["body"][:1].islower() and (ln.kind not in ("arabic", "letter") or _NOT_DUTY_HOLDER.match(m["body"])
                                          or _PERIOD_IN_NAME.search(m["body"])
                                          or _CASE.match(m["body"])):
        m = None  # a body named by its kind heads only a numbered item, and "của mình", "của năm học …" name none
    if m:
        s, e = ln.body_start + m.start("body"), ln.body_start + m.end("body")
        return Finding(_clean_agency(text[s:e]), s, e, 0.75, "assignments.agency.duties")
    return established if established is not None and _BARE_DUTIES.match(body) else None


def _others_report(text: str, ln: Line) -> bool:
    """A paragraph in which a body reports back ("Các trường báo cáo kết quả về Phòng …"): a subject of its own."""
    if not _names_body(ln.body) or _NOT_HEAD.match(ln.body):
        return False
    _, _, task_start = _split_agency(text, ln.body_start, ln.end)
    return task_start is not None and _REPORT_BACK.match(text, task_start) is not None


# the letters of a lettered list in the Nghị định 30 order (no f, j, w, z)
_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _list_goes_on(last_marker: str, ln: Line) -> bool:
    """The item after paragraphs continues the list above: the same dash, or the next letter ("b)" … "Trường hợp …"
    … "c)"); a letter written twice by mistake ("b)", "b)") goes on too."""
    if ln.kind == "bullet":
        return ln.marker.strip() == last_marker
    if ln.kind != "letter" or not last_marker:
        return False
    last, this = last_marker[0].lower(), ln.marker.strip()[:1].lower()
    return last in _LETTERS and this in _LETTERS and 0 <= _LETTERS.index(this) - _LETTERS.index(last) <= 1


_COUNT_ITEM = re.compile(r"\((?:\d{1,2}|[ivx]{1,4})\)\s+")
_COUNT_MARKER = "(n)"
_MID_LIST_ASK = re.compile(r"(?:Yêu cầu|Đề nghị)\s+(?=\S)")
_LOOK_AHEAD = 60  # lines read ahead for an activity's field rows or the next numbered item
_SAME_BODY, _SAME_BODY_CHARS = 85, 12  # a body named again: its name, in other words, still mostly the same
_NOTES_LEAD_WORDS = 8  # "Một số vấn đề lưu ý:", "Lưu ý:": a short lead, no sentence of its own
_COUNTS_FOLLOW = re.compile(r"\s(?:sau|sau đây)\s*:\s*$")
# a line cut inside a name ("… phối hợp với Bộ" / "Khoa học và Công nghệ …"): the name goes on
_CUT_NAME = re.compile(rf"\s(?:với|của|và|cho|tại)\s+[{_CAPITAL}]\w*\s*$")
# a run-in's counted items "(1) …; (2) …" and the clauses of an item: after ";" or "." a new subject may open
_RUN_IN_COUNT = re.compile(r"(?:^|(?<=[.;:]))\s*\((?P<n>\d{1,2})\)\s+")
_RUN_IN_CUT = re.compile(r"(?<=[;.])\s+(?=\S)")
# "các tỉnh, thành phố …", "các huyện, thị xã …", "các địa phương …": the places as the bodies that govern them
_PLURAL_PLACES = re.compile(r"(?:các|những)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|địa phương)\b",
                            re.IGNORECASE)


def _subject(text: str, s: int, e: int) -> tuple[Finding, int] | None:
    """``text[s:e]`` opens with a body that acts ("Bộ Công an chủ trì …", "các bộ, ngành, địa phương tổ chức …"), maybe
    after a topic label or a leading clause ("Sau khi …, Bộ Tài chính khẩn trương …"): its name as written and where
    its duty starts."""
    chunk = text[s:e]
    s += len(chunk) - len(chunk.lstrip())
    found = _subject_here(text, s, e)
    if found is None and (lead := _subject_lead(text, s, e)) is not None:
        found = _subject_here(text, lead[0], e)
        if found is not None and lead[1] >= 0:
            found = found[0], lead[1]
    return found


def _subject_here(text: str, s: int, e: int) -> tuple[Finding, int] | None:
    head = text[s:e]
    if (not head or not (_names_body(head[:1].upper() + head[1:]) or _PLURAL_PLACES.match(head))
            or _NOT_HEAD.match(head) or _GENERIC.match(head)):
        return None
    a, ae, task_start = _split_agency(text, s, e, True)
    agency = _clean_agency(text[a:ae])
    # "Bộ X đã …", "Bộ X báo cáo …" (a meeting's account), "Văn phòng … trân trọng thông báo …": no duty given
    if (task_start is None or not agency or len(_unbracketed(agency).split()) > 40 or first_task_verb(agency)
            or _NARRATION.search(text, a, min(e, ae + 12)) or _CLOSING_REQUEST.search(agency)
            or _COURTESY.search(text, a, e) or _REPORT_BACK.match(text, task_start)
            or _WHEN_ONLY.match(text, task_start)):
        return None
    return Finding(agency, a, ae, 0.7, "assignments.agency.run_in"), task_start


def _subject_start(text: str, s: int, e: int) -> int:
    """Where the subject of the sentence at ``s`` would stand: past a connective ("Trong đó, …") and a clause of time
    or condition ("Sau khi … ban hành, …")."""
    s += len(text[s:e]) - len(text[s:e].lstrip())
    if connective := _GOES_ON.match(text, s, e):
        s = connective.end()
        s += len(text[s:e]) - len(text[s:e].lstrip())
    if (lead := _subject_lead(text, s, e)) is not None:
        s = lead[0]
    return s


def _subject_found(text: str, s: int, e: int) -> int | None:
    """Where a body stands as the subject of the sentence at ``s`` (its first clause): at its start, past a
    connective or a clause of time, or after a comma of that clause ("Sau thời hạn nêu trên, nếu bộ, ngành, địa
    phương chưa có báo cáo thì …", "Sau khi Nghị định …, hướng dẫn … được ban hành, Bộ sẽ …")."""
    end = _clause_end(text, s, e)
    for start in [_subject_start(text, s, end), *(m.end() for m in _COMMA.finditer(text, s, end))]:
        if cond := _CONDITION.match(text, start, end):
            start = cond.end()
        head = text[start:end]
        if _names_body(head[:1].upper() + head[1:]) or _PLURAL_PLACES.match(head):
            return start
    return None


_CONDITION = re.compile(r"(?:[Nn]ếu|[Kk]hi|[Tt]rường hợp)\s+")


def _own_subject(text: str, s: int, e: int) -> bool:
    return _subject_found(text, s, e) is not None


def _goes_on_task(text: str, s: int, e: int) -> bool:
    """An unmarked paragraph after a task that opens with a connective and no subject of its own goes on with it
    ("3. Giao X lãnh đạo, chỉ đạo … 2 cấp." / "Trong đó, ưu tiên các lĩnh vực: …"); with a subject of its own
    ("Đồng thời, Bộ sẽ …"), or asking anew, it is no part of the task."""
    return (_GOES_ON.match(text[s:e].strip()) is not None and not _ASKS.search(text, s, e)
            and not _own_subject(text, s, e))


def _writer_promises(text: str, s: int, e: int) -> bool:
    """The paragraph tells what a body — the writer — will do or did ("Sau khi Nghị định … được ban hành, Bộ sẽ có văn
    bản hướng dẫn …"): no part of the task above it."""
    start = _subject_found(text, s, e)
    if start is None:
        return False
    end = _clause_end(text, s, e)
    a, ae, _ = _split_agency(text, start, end)
    return _NARRATION.search(text, a, min(end, ae + 12)) is not None


# "(1) Trường THCS Lê Lợi: ngày 16/10/2023;": a timetable's row (who, when), no duty
_WHEN_ONLY = re.compile(r"\s*(?:(?:vào\s+)?(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?(?:từ\s+)?"
                        r"(?:ngày|thứ\s+\w+\s*,?\s*(?:ngày)?)\s*\d|\d{1,2}\s*(?:giờ|h\b|/\d))", re.IGNORECASE)


def _clause_end(text: str, s: int, e: int) -> int:
    m = re.compile(r"[;.](?=\s)").search(text, s, e)
    return m.start() if m else e


def _run_in_blocks(text: str, start: int, end: int, level: int, marker: str) -> list[_Block]:
    """The blocks of a run-in paragraph: per counted item (or the whole paragraph), each subject that acts with the
    clauses up to the next subject as its task; a subject named again in the item takes a second task."""
    marks = [(start + m.start(), start + m.end(), m["n"]) for m in _RUN_IN_COUNT.finditer(text[start:end])]
    marks = _in_sequence(marks) if marks and marks[0][2] == "1" else []
    spans = [(m[1], marks[k + 1][0] if k + 1 < len(marks) else end) for k, m in enumerate(marks)] or [(start, end)]
    blocks: list[_Block] = []
    for s, e in spans:
        first = _subject(text, s, _clause_end(text, s, e))
        if first is None:
            continue
        owner = _Block(first[0], level, marker)
        item = [owner]
        task_start = first[1]
        for cut in _RUN_IN_CUT.finditer(text, first[1], e):
            found = _subject(text, cut.end(), _clause_end(text, cut.end(), e))
            if found is None:
                continue
            if task := _task(text, task_start, cut.start(), "assignments.task.run_in"):
                owner.tasks.append(task)
            name = found[0].value.casefold()
            again = next((b for b in item if b.agency.value.casefold() == name), None)
            owner = again or _Block(found[0], level, marker)
            if again is None:
                item.append(owner)
            task_start = found[1]
        if task := _task(text, task_start, e, "assignments.task.run_in"):
            owner.tasks.append(task)
        blocks.extend(b for b in item if b.tasks)
    return blocks


# "Thành viên Ban Tổ chức (gồm)" heading persons ("- Ông …", "- Đồng chí …, Trưởng ban") lists members, not duties
# a guidance's topic ("I. Về quy hoạch cán bộ", "3. Về quy trình bổ nhiệm:"): the bodies named under it are no blocks
_GUIDANCE_TOPIC = re.compile(r"Về\s+(?!việc\b)\S")
_MEMBERS = re.compile(r"(?:Các\s+)?[Tt]hành viên\b")
_PERSON = re.compile(r"(?:Ông|Bà|Đồng chí|Đ/c|đ/c|Ông/bà|Ông \(bà\))\s")


class _Reader:
    """One pass over the body: a block opens at each agency heading (or Giao sentence, or execution clause) and
    takes the items and paragraphs under it until a line of its level or above, or the end of the duties."""

    def __init__(self, text: str, established: Finding | None = None, blank_separated: bool = False,
                 guidance: bool = False):
        self.text = text
        # a Hướng dẫn explains a rule topic by topic ("3. Về quy trình bổ nhiệm:" / "3.1. Các cấp ủy … căn cứ …"): who
        # must act is named in its duties section, if it has one, or asked outright; without one, its "Đối với X:" or
        # bodies listed outside "Về …" topics still head blocks
        self.guidance = guidance
        self.topic_level: int | None = None  # level of a guidance's "N. Về …" topic we are in, if any
        self.duties_only = False  # a guidance with a duties section: blocks only there, or asked outright
        self.established = established  # the body a decision sets up, whose duties a bare "Nhiệm vụ:" heads
        # paragraphs set apart by blank lines (a portal's markdown): a line with none before it goes on the one above
        self.blank_separated = blank_separated
        self.duty_article = False  # the duties section is an article ("Điều 3. Tổ chức thực hiện")
        self.titles: dict[int, str] = {}  # section titles wrapped over two lines ("V. TỔ CHỨC" / "THỰC HIỆN"), joined
        self.no_heading_level: int | None = None  # a section whose sub-headings name no one (Kinh phí, Tiêu chí)
        self.blocks: list[_Block] = []
        self.current: _Block | None = None
        self.duty_level: int | None = None  # level of the "Tổ chức thực hiện" section we are in, if any
        # "4. Tổ chức thực hiện" / "1. Phòng Y tế" / "2. …": the bodies numbered afresh at the title's own level
        self.duty_items: bool | None = None  # None: no numbered line under the title yet
        self.addressed = False  # "Kính gửi:" and its list, where a flattened header left them in the body
        self.aside_level: int | None = None  # level of a "THÀNH PHẦN" or "MỤC ĐÍCH" section we are in, if any
        self.cases_level: int | None = None  # level of a lead "… trong các trường hợp sau:" whose cases we are in
        self.in_cases = False  # the line read is that lead or one of its cases
        self.invitees = False  # the lines read are the list under "… trân trọng kính mời:"
        self.run_ins = False  # a conclusion or the duties: a topic heading's paragraph names who acts as its subject
        self.lines: list[Line] = []  # the body's lines, to read a run-in paragraph to its end
        self.topic_lead = False  # the line above was a topic heading ending with ':' ("1. Quyết liệt trong …:")
        self.read_with: set[int] = set()  # lines read with the run-in paragraph they continue
        self.subject_item = False  # the last block opened at a numbered item whose subject acts, its task inline
        self._position: dict[int, int] | None = None  # each body line's place in ``lines``, by its index

    def close(self) -> None:
        if self.current is not None and self.current.statement and not self.current.tasks \
                and not self.current.paragraphs:
            self.current = None
        if self.current is not None:
            self._role_heading(self.current)
            if not self.current.has_items:
                self.current.tasks.extend(self.current.paragraphs)
            elif self.current.tasks:  # a duty written as a paragraph before the list is a task too; a lead ending
                first = self.current.tasks[0].start  # in ':' is not
                self.current.tasks[:0] = [p for p in self.current.paragraphs
                                          if p.end <= first and not p.value.endswith(":")]
            if not (_MEMBERS.match(self.current.agency.value) and self.current.tasks
                    and all(_PERSON.match(t.value) for t in self.current.tasks)):
                self.blocks.append(self.current)  # "Thành viên Ban Tổ chức" over "- Ông …, Trưởng ban": who they are
        self.current = None

    def _role_heading(self, block: _Block) -> None:
        """ "a) Sở Văn hóa chủ trì, phối hợp với các đơn vị liên quan" over "- Tổ chức …" items: without its colon the
        heading still only states the body's role, so it is the agency as written, not a task."""
        first = block.tasks[0] if block.tasks else None
        if (block.has_items and len(block.tasks) > 1 and first is not None and first.rule == "assignments.task.inline"
                and _role_only(first.value)):
            agency = block.agency
            block.agency = replace(agency, value=_clean_agency(self.text[agency.start : first.end]), end=first.end)
            del block.tasks[0]

    def read(self, ln: Line) -> None:
        if ln.index in self.read_with:
            return
        if not ln.kind and ln.index - 1 in self.titles:
            return  # "III. NHIỆM" / "VỤ, GIẢI PHÁP TRỌNG TÂM": the rest of a section's title, read with it
        if _furniture(ln.text):
            return  # a running head or the e-signature stamp printed mid-paragraph: the text goes on after it
        if KINH_GUI.match(ln.text) or (self.addressed and ln.kind == "bullet"):
            self.addressed = True
            return
        self.addressed = False
        self._track_cases(ln)
        if self.guidance and ln.kind in ("roman", "arabic", "dieu") and (self.topic_level is None
                                                                        or ln.level <= self.topic_level):
            self.topic_level = ln.level if _GUIDANCE_TOPIC.match(ln.body) else None
        if (self.current is not None and self.current.has_items and self.current.tasks and not ln.kind
                and (_SCHEDULE_NOTE.match(ln.body) or (_GOES_ON.match(ln.body) and not ln.blank_before))):
            # "- Tham mưu …" / "Thời gian hoàn thành: Tháng 12/2025." or "Đồng thời, phối hợp với …": no marker, so
            # no item of its own — the rest of the item above (contract §2: one string per list item)
            last = self.current.tasks[-1]
            self.current.tasks[-1] = Finding(collapse(f"{last.value} {ln.text}").rstrip(" ;"), last.start, ln.end,
                                             last.confidence, last.rule)
            return
        if self._in_section_without_duties(ln):
            return
        if (_END_OF_TASKS.match(ln.body)
                or (not ln.kind and _CLOSING_GROUNDS.match(ln.body) and not self._awaits_task())
                or (not ln.kind and (_CLOSING_FORMULA.match(ln.body) or _NOTICE_CLOSING.match(ln.body)
                                     or _exhorts_everyone(ln.body)))):
            self.close()  # "Sở Y tế đề nghị Thủ trưởng các đơn vị quan tâm, triển khai thực hiện." closes the duties
        elif (duties := _duties_heading(self.text, ln, self.established)) is not None:
            self.close()
            if self.no_heading_level is not None and ln.level <= self.no_heading_level:
                self.no_heading_level = None  # "1. Yêu cầu chung:" … "2. Trách nhiệm của các đơn vị:": the aims end
            # "2. Nhiệm vụ của các cấp hội" over "2.1. Hội …", "2.2. …": a section title, no block without tasks
            self.current = _Block(duties, ln.level, ln.marker, statement=True)
        elif self._enters_duty_section(ln):
            self.close()
        elif self._names_go_on(ln):
            self._under_block(ln, self.current)  # "2. Đề nghị Ủy ban MTTQ tỉnh," / "" / "các tổ chức … xã hội tỉnh:"
        elif not self._opens_block(ln) and self.current is not None:
            self._under_block(ln, self.current)

    def _awaits_task(self) -> bool:
        """A body heading with nothing under it yet: "5. Các hội, đoàn thể" / "Căn cứ vào chức năng, nhiệm vụ, tham
        gia …" — the paragraph is its duty, not the closing of the duties."""
        current = self.current
        return (current is not None and not current.statement and not current.tasks and not current.paragraphs
                and not current.has_items)

    def _names_go_on(self, ln: Line) -> bool:
        """``ln`` is the rest of a heading whose names end open (',' 'và' '–'), also past a blank line: unnumbered
        and in lower case, it names no new body of its own."""
        current = self.current
        return (current is not None and current.open_name and not current.wrapped_name and not current.tasks
                and not current.paragraphs and not ln.kind and ln.body[:1].islower())

    def _in_section_without_duties(self, ln: Line) -> bool:
        """Inside a section that hands on no duty (who takes part: "II. THÀNH PHẦN", "2. Đại biểu khách mời:"; the
        aims: "I. MỤC ĐÍCH, YÊU CẦU"), up to the next section of its level or above."""
        if (self.aside_level is not None and ln.kind in ("roman", "arabic", "dieu")
                and _DUTY_SECTION.match(self.titles.get(ln.index, ln.body))):
            self.aside_level = None  # "I. MỤC ĐÍCH, YÊU CẦU" / … / "4. Tổ chức thực hiện": the duties end the aims
            return False
        if ln.kind in ("roman", "arabic", "dieu") and (self.aside_level is None
                                                      or ln.level <= self.aside_level):
            aside = _NO_DUTY_SECTION.match(ln.body)
            # "2. Thành viên Ban Chỉ đạo" under "Tổ chức thực hiện" names who acts, as "1. Ban Chỉ đạo huyện" does
            if (aside and re.match(r"thành viên\s+\S", ln.body, re.IGNORECASE) and self.duty_level is not None
                    and ln.level > self.duty_level):
                aside = None
            self.aside_level = ln.level if aside else None
            if self.aside_level is not None:
                self.close()
                return True
        return self.aside_level is not None

    def _enters_duty_section(self, ln: Line) -> bool:
        """A numbered section at or above the duties' level: entering "Tổ chức thực hiện", or leaving it."""
        title = self.titles.get(ln.index, ln.body)
        duties = _DUTY_SECTION.match(title) is not None
        # "IV. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN", or its "2. Tổ chức thực hiện": the duties, not the money, head the bodies
        if ln.kind in ("roman", "arabic", "dieu") and (self.no_heading_level is None or duties
                                                      or ln.level <= self.no_heading_level):
            self.no_heading_level = ln.level if _ASIDE_SECTION.match(title) and not duties else None
        # "Điều 3. Tổ chức thực hiện" / "4. Chính phủ, … hướng dẫn …": an article's clauses (khoản) stay inside it
        clause_of_article = self.duty_article and ln.kind == "arabic"
        if self._numbered_afresh(ln):
            return False
        if (ln.kind in ("roman", "arabic", "dieu") and (self.duty_level is None or ln.level <= self.duty_level)
                and not clause_of_article):
            self.duty_level = ln.level if _DUTY_SECTION.match(title) else None
            self.duty_article = self.duty_level is not None and ln.kind == "dieu"
            self.duty_items = None
            return self.duty_level is not None
        return False

    def _track_cases(self, ln: Line) -> None:
        """Whether ``ln`` is the lead of a rule's cases ("… trong những trường hợp sau đây:") or one of the cases
        listed under it (the dashes and letters under a paragraph, the deeper items under a numbered line)."""
        if self.invitees and ln.kind in _LIST:
            self.in_cases = True  # "1. Hiệu trưởng các trường …;" under "… trân trọng kính mời:": a guest asked no duty
            return
        self.invitees = _INVITATION_LEAD.search(ln.body) is not None
        lead = self.cases_level
        if lead is not None and ln.kind in _LIST and (ln.level > lead if lead < 9 else ln.kind != "arabic"):
            self.in_cases = True
            return
        cases = _CASES_LEAD.search(ln.body) is not None
        self.cases_level = ln.level if cases or _STEPS_LEAD.search(ln.body) else None
        self.in_cases = cases or self.invitees  # a steps' lead may name the body that takes them

    def _numbered_afresh(self, ln: Line) -> bool:
        """An arabic item at the level of an arabic duties title, when the items under it start again at "1."
        ("4. Tổ chức thực hiện" / "1. Phòng Y tế" / "2. Ủy ban nhân dân xã"): a body of the duties, not a section."""
        if self.duty_level is None or ln.kind != "arabic" or ln.level != self.duty_level or self.duty_article:
            return False
        if self.duty_items is None:
            self.duty_items = re.match(r"1\s*[.)]", ln.marker) is not None
        return self.duty_items

    def _agency_heading(self, ln: Line) -> tuple[Finding, Finding | None] | None:
        current = self.current
        outside = self.duty_level is None if self.duties_only else (self.topic_level is not None
                                                                    and ln.level > self.topic_level)
        if outside and not _ASKED_HERE.match(ln.body):
            return None
        # by layout, only the level right under the section names agencies; deeper items are their tasks
        in_duties = (self.duty_level is not None and (ln.level > self.duty_level or bool(self.duty_items))
                     and (current is None or ln.level <= current.level))
        if (self.no_heading_level is not None and ln.level >= self.no_heading_level
                and not _ASKED_HERE.match(ln.body)):
            # the title itself ("3. Trình tự, thủ tục cấp lại thẻ:") names no block either;
            # "VI. KINH PHÍ" / "1. Các sở, ban, ngành … xây dựng dự toán …": where the money comes from; "1. Tiêu chí
            # thi đua" / "a) Đối với các doanh nghiệp": what is judged, not who must act
            return None
        head = _heading(self.text, ln, in_duties)
        # Under a numbered agency heading a bullet naming a body is one of its tasks ("- Các trường … tiếp tục …"),
        # unless it introduces a list of its own ("- Đối với các trường:").
        if (head is not None and current is not None and ln.kind == "bullet" and current.level < 7
                and ln.level > current.level and not ln.body.rstrip().endswith(":")):
            return None
        # so is a lettered point under a duties heading that opens its list ("3. Các cơ sở giáo dục:" / "a) Người
        # đứng đầu chịu trách nhiệm …"): the body's people act for it ("a) Sở Tài chính" alone still heads a block)
        if (head is not None and head[1] is not None and current is not None and ln.kind == "letter"
                and current.in_duties
                and ln.level > current.level and self._opens_list(current)):
            return None
        return head

    def _opens_list(self, block: _Block) -> bool:
        """The block's heading line ends with ':' (it names the body and nothing else)."""
        end = self.text.find("\n", block.agency.end)
        return self.text[block.agency.end : end if end >= 0 else None].strip(" *\t") == ":"

    def _run_in(self, ln: Line) -> bool:
        """A topic heading whose run-in paragraph names who acts ("2. Hoàn thiện thể chế: Các bộ khẩn trương trình …",
        "3. …: (1) Thanh tra Chính phủ ban hành …; (2) Bộ Công an chủ trì …"), or the paragraph under a topic heading
        that ends with ':': one block per subject that acts, read to the paragraph's end."""
        lead, self.topic_lead = self.topic_lead, False
        if not self.run_ins:
            return False
        current = self.current
        if (current is not None and ln.kind and ln.level > current.level
                and not any(t.rule in _ONE_SENTENCE for t in current.tasks[:1])
                and ln.body.rstrip(" *").endswith(":")):
            return False  # "1. Đề nghị X:" / "a. Nâng cao vai trò …:": a topic that sorts the body's duties
        text = self.text
        counted = False
        if ln.kind in ("arabic", "letter") and not _names_body(ln.body) \
                and (_TOPIC.match(ln.body) or _REQUEST_TOPIC.match(ln.body)):
            colon = text.find(":", ln.body_start, min(ln.end, ln.body_start + 200))
            if colon < 0:
                # a topic heading wrapped over lines ("1. Về kiến nghị … về phát\ntriển …:") ends its paragraph
                if not text[: self._paragraph_end(ln)].rstrip().endswith(":"):
                    return False
                self.close()
                self.topic_lead = True
                self.read_with |= {k.index for k in self.lines if ln.end < k.start and k.end <= self._paragraph_end(ln)}
                return True
            if not text[colon + 1 : ln.end].strip():
                self.close()
                self.topic_lead = True
                return True
            start = colon + 1
        # "(3) Bộ Công an tiếp tục …" under a lead that asked several bodies (or after the last counted subject): the
        # subject acts, its dashes below are its further tasks
        elif (ln.kind == "" and (count := _COUNT_ITEM.match(ln.body))
              and (self.current is None or self.current.agency.rule == _RUN_IN_RULE)):
            # "(1) Bộ A …; (2) Bộ B …" on one line: the counts in figures are read with the rest of the line
            one_line = count.group().startswith("(1)") and re.search(r"[.;:]\s*\(2\)\s", ln.text) is not None
            start = ln.body_start + (0 if one_line else count.end())
            counted = True
        elif ln.kind == "" and lead and (ask := _ASKING_OPENS.match(ln.body)):
            return self._asked_under_topic(ln, ask.end())
        elif ln.kind == "" and lead:
            start = ln.body_start
        else:
            return False
        end = self._paragraph_end(ln)
        blocks = _run_in_blocks(text, start, end, ln.level, ln.marker)
        first = text[start:end].lstrip()
        if not blocks and not _names_body(first[:1].upper() + first[1:]):
            return False
        self.close()  # "Sở X đã hoàn thành …", "Văn phòng … sẽ theo dõi …": named, not asked to act — no block
        self.blocks.extend(blocks)
        if counted and blocks:
            self.current = self.blocks.pop()
        # under a topic heading, a second paragraph may name the next body that acts ("Bộ Tài chính khẩn trương …")
        self.topic_lead = lead and bool(blocks)
        self.read_with |= {k.index for k in self.lines if ln.end < k.start and k.end <= end}
        return True

    def _asked_under_topic(self, ln: Line, after: int) -> bool:
        """ "Đề nghị Ủy ban nhân dân tỉnh X chủ trì …" under "3. Về kiến nghị …:": the answer names who acts, however
        long its paragraph (a long request elsewhere closes the text). "Giao X …" is read as a Giao sentence."""
        if ln.body.startswith("Giao"):
            self.topic_lead = True  # read as a Giao sentence; the answer may go on naming the next body
            return False
        found = _agency_and_task(self.text, ln, ln.body_start + after, True)
        if found is None or found[1] is None or not _names_body(found[0].value):
            return False
        self.close()
        self.blocks.append(_Block(found[0], ln.level, ln.marker, tasks=[found[1]]))
        self.topic_lead = True
        return True

    def _paragraph_end(self, ln: Line) -> int:
        """Where the paragraph of ``ln`` ends: unnumbered lines go on while they open in lower case or the line
        above did not end its sentence."""
        end = ln.end
        for k in self._following(ln):
            if k.kind or (k.blank_before and self.blank_separated) or _END_OF_TASKS.match(k.body):
                break
            above = self.text[max(0, end - 200) : end].rstrip()  # the line above (not the whole text before it)
            if not (k.text[:1].islower() or not above.endswith((".", ":", "!", "?"))):
                break
            end = k.end
        return end

    def _opens_block(self, ln: Line) -> bool:
        if self.in_cases:
            return False
        if self._run_in(ln) or self._asked_mid_list(ln):
            return True
        head = self._agency_heading(ln)
        if head is not None:
            self.close()
            agency, inline = head
            # "- Sở Y tế: chủ trì …" names its body and its duty outright (contract §2), wherever it stands
            named_outright = inline is not None and ":" in self.text[agency.end : inline.start]
            self.subject_item = ln.kind == "arabic" and inline is not None
            # a plan's numbered priority whose sentence opens with the bodies that act ("3. Các Bộ, ngành … tập trung
            # tuyên truyền …"), outside its duties section: a step of the plan, as a dashed step is (not "7. Thủ trưởng
            # các sở … có trách nhiệm: …", which hands the duty on in so many words)
            priority = (ln.kind == "arabic" and inline is not None and not self.run_ins and not named_outright
                        and not _PREFIX.match(ln.body)
                        and not _DUTY_LEAD.search(self.text, agency.end, min(inline.end, agency.end + 40)))
            self.current = _Block(agency, ln.level, ln.marker, in_duties=self.duty_level is not None,
                                  stray_step=(self.duty_level is None and (priority or (
                                      ln.kind in ("bullet", "letter") and not ln.body.rstrip(" *").endswith(":")
                                      and ((not _PREFIX.match(ln.body) and not named_outright)
                                           or self._step_of_activity(ln))))))
            more = []
            if inline is not None and (cut := _NEXT_GIAO.search(self.text, inline.start, inline.end)):
                # "Giao Phòng A chủ trì …. Giao Phòng B bố trí …": one block per "Giao" sentence
                more = _giao_sentences(self.text, cut.end(), ln.end)
                inline = _task(self.text, inline.start, cut.start(), inline.rule)
            elif inline is not None and re.match(r"Giao\s", ln.body):
                inline, more = _bodies_after_semicolons(self.text, inline)
            if inline is not None:
                self.current.tasks.append(inline)
            else:
                colon = self.text.find(":", agency.start, ln.end)
                open_end = bool(_OPEN_NAME.search(self.text, agency.start, ln.end)) or (
                    colon >= 0 and _OPEN_NAMES.fullmatch(self.text, colon + 1, ln.end) is not None)
                # "6. Đề nghị các tổ chức cung" / "cấp dịch vụ chi trả": in a crawl, the heading's paragraph goes on
                wrapped = self.blank_separated and not ln.text.rstrip(" *").endswith(_TERMINAL)
                self.current.open_name, self.current.wrapped_name = open_end or wrapped, not open_end
                self.current.statement = ln.text.rstrip().endswith(".")
            if more:
                self.close()
                self.blocks.extend(_Block(a, ln.level, ln.marker, tasks=[t] if t else []) for a, t in more)
            return True
        current = self.current
        if current is not None and not ln.body.startswith("Giao") and (
                (ln.kind == "bullet" and ln.level > current.level)
                or (not ln.kind and current.has_items and current.tasks
                                        and not current.tasks[-1].value.endswith((".", ";", ":"))
                                        and (ln.text[:1].islower() or _WRAPPED_NUMBER.match(ln.text)))):
            # "+ Tăng cường …. Giao Hạt Kiểm lâm báo cáo …", "+ Kiên quyết cắt giảm …; cắt giảm" / "50% thời gian ….
            # Giao Văn phòng Bộ tổng hợp …": a "Giao" sentence inside an item of a heading (or in the rest of an item
            # cut mid-sentence) stays part of that item
            return False
        giao = [] if ln.kind in ("roman",) else _giao_sentences(self.text, ln.body_start, ln.end)
        if not giao and ln.kind != "roman" and (execution := _execution_clause(self.text, ln)) is not None:
            giao = [execution]
        current = self.current
        # "2. Trách nhiệm thực hiện" / "- Sở Nội vụ hướng dẫn …" / "- Hội đồng Thi đua … phân công …": each bullet of a
        # duties section that opens with a body and goes on with its task is a block, when no heading is above it
        sibling = (current is None or (current.level == ln.level and not current.has_items and current.tasks
                                       and current.tasks[0].rule in _ONE_SENTENCE))
        # a conclusion's numbered item whose subject acts ("1. Các địa phương phát động …") goes on in paragraphs
        # that name the next bodies ("Bộ Quốc phòng, Bộ Công an huy động …"): each of them acts too
        # (a paragraph of its own: in a crawl set apart by blank lines, the line under the item's sentence goes on it)
        after_subject_item = self.run_ins and self.subject_item and (ln.blank_before or not self.blank_separated)
        # "7. Kinh phí thực hiện" / "- Sở Tài chính hướng dẫn … lập dự toán …": where the money comes from, as the
        # numbered items of such a section (the rh17_02 ruling)
        in_aside = self.no_heading_level is not None and ln.level > self.no_heading_level
        if not giao and not in_aside and (self.duty_level is not None or after_subject_item) and (
                (ln.kind == "" and (current is None or after_subject_item
                                    or current.agency.rule == "assignments.agency.sentence"))
                or (ln.kind == "bullet" and self.duty_level is not None and ln.level > self.duty_level and sibling)):
            sentence = _agency_sentence(self.text, ln)
            if sentence is not None:  # its sentence may go on over the next lines (a crawl breaks lines after ";")
                self.close()
                agency = sentence[0]
                if after_subject_item and ln.kind == "":
                    # a conclusion's paragraph: a run-in of its own, also when it names the item's body again
                    agency = replace(agency, rule=_RUN_IN_RULE)
                self.current = _Block(agency, ln.level, ln.marker, tasks=[sentence[1]] if sentence[1] else [])
                return True
        if not giao and ln.kind in ("arabic", "letter", "bullet") and (
                case := _case_then_body(self.text, self._names_going_on(ln))):
            giao = [case]
        if giao and not ln.kind and _CONNECTIVE_GIAO.match(ln.body):
            # "2. Giao Sở Y tế chủ trì …" / "Đồng thời, giao Sở Y tế …": the same body's next paragraph, one task whole;
            # "1. Công an tỉnh" / "Trong đó giao Giám đốc Công an tỉnh chỉ đạo thực hiện:": so is one to its head
            above = current if current is not None else (self.blocks[-1] if self.blocks else None)
            if above is not None and all(_same_body_or_its_head(a.value, above.agency.value) for a, _ in giao):
                if task := _task(self.text, ln.body_start, ln.end, "assignments.task.paragraph"):
                    above.tasks.append(task)
                return True
        if giao:
            self.close()
            self.blocks.extend(_Block(a, ln.level, ln.marker, tasks=[t] if t else []) for a, t in giao)
            return True
        return False

    def _under_block(self, ln: Line, current: _Block) -> None:
        if not ln.kind and (count := _COUNT_ITEM.match(ln.text)) and (
                current.item_marker == _COUNT_MARKER
                or any(_COUNTS_FOLLOW.search(f.value) for f in (current.tasks or current.paragraphs)[-1:])
                or (not current.tasks and not current.paragraphs
                    and _COUNTS_FOLLOW.search(self.text, max(0, ln.start - 40), ln.start))):
            # "… tổng hợp báo cáo cụ thể về một số nội dung sau:" / "(1) Số hộ dân …" / "(2) …": items counted in
            # brackets, which the segmenter reads as paragraphs ("… 03 thủ tục, bao gồm:" / "(i) Thủ tục …" lists
            # contents, not duties)
            ln = replace(ln, kind="bullet", marker=_COUNT_MARKER, body_start=ln.start + count.end())
        # "Điều 2. Giao X" then "1. …", "2. …": the numbered clauses (khoản) of an article are its items
        clause_of_article = current.marker.startswith("Điều") and ln.kind == "arabic"
        last = current.tasks[-1] if current.tasks else None
        if (ln.kind == "bullet" and ln.body[:1].islower() and last is not None
                and not self.text[last.start : last.end].rstrip().endswith((*_TERMINAL, ","))
                and not self.text[last.end : ln.start].strip()):
            # "… phối hợp tổ chức chính trị" / "- xã hội tại địa phương …": a compound's dash wrapped to the line's
            # start, not an item
            current.tasks[-1] = Finding(collapse(self.text[last.start : ln.end]).rstrip(" ;"), last.start, ln.end,
                                        last.confidence, last.rule)
        elif ln.kind and ln.kind != "bullet" and ln.level <= current.level and not clause_of_article:
            self.close()
        elif ln.kind == "bullet" and _GENERIC.match(ln.body) and re.match(r"[^:]{0,40}:", ln.body):
            self.close()  # "* Chế độ báo cáo: …", "- Kinh phí: …" close the list of duties
        elif (ln.kind == "bullet" and current.marker.strip() == ln.marker.strip() and len(current.tasks) == 1
              and current.tasks[0].rule == "assignments.task.inline" and not current.has_items
              and not _acts_again(ln.body, current.agency.value)):
            self.close()  # "- Đối với các Sở: Chủ động …" then "- Trường hợp …": a sibling of the block, not its item
        elif ln.kind == "bullet" or (ln.kind and ln.level > current.level) or clause_of_article:
            self._item(ln, current)
        else:
            self._paragraph(ln, current)

    def _item(self, ln: Line, current: _Block) -> None:
        if current.closed_items:
            if not (_list_goes_on(current.item_marker, ln) and current.tasks
                    and current.tasks[-1].rule == "assignments.task.item"):
                self.close()
                return
            # "- Cung ứng …." / "Thường xuyên rà soát …." / "- Thực hiện …": the list goes on with its dash, so the
            # paragraphs between were the item's own, not the end of the list
            last = current.tasks[-1]
            end = current.after_items[-1].end
            current.tasks[-1] = Finding(collapse(self.text[last.start : end]), last.start, end, last.confidence,
                                        last.rule)
            current.closed_items, current.after_items = False, []
        if not current.has_items and not current.tasks and current.paragraphs and all(
                _goes_on_name(p.value) for p in current.paragraphs):
            # "3. Đề nghị Ủy ban Mặt trận" / "Tổ quốc Việt Nam …, Hội Liên hiệp" / "Phụ nữ … của Mặt trận" then the
            # items: a heading wrapped over lines (bold markdown cut by the crawler) names one body
            name = current.agency
            rest = " ".join(p.value for p in current.paragraphs)
            current.agency = Finding(_clean_agency(f"{self.text[name.start : name.end]} {rest}"), name.start,
                                     current.paragraphs[-1].end, name.confidence, name.rule)
            current.paragraphs = []
        if (not current.has_items and not current.tasks and len(current.paragraphs) == 1
                and self.text[current.agency.end : current.paragraphs[0].start].strip(" *\n") == ":"
                and _NAMES_THEN_COLON.fullmatch(current.paragraphs[0].value)):
            # "1. Chủ tịch Ủy ban nhân dân …, trong đó trọng tâm là các tỉnh:" / "Đắk Lắk, Gia Lai và Lâm Đồng:" over
            # the items: the names after the first colon are part of the heading, which ends at the second
            name, names = current.agency, current.paragraphs[0]
            current.agency = Finding(_clean_agency(collapse(self.text[name.start : names.end]).rstrip(" *:")),
                                     name.start, names.end - 1, name.confidence, name.rule)
            current.paragraphs = []
        if ln.kind != "bullet" and (_RUBRIC.match(ln.body.strip(" *")) or self._topic_over_paragraph(ln)):
            current.has_items, current.under_rubric = True, True
            return
        current.under_rubric = False
        first = not current.has_items
        current.has_items = True
        # the paragraph before the first item may be the one hard-wrapped before a dash
        above = current.tasks if current.tasks or not first else current.paragraphs
        last = above[-1] if above else None
        if last is not None and len(last.value) >= 60 and _WRAPPED_NAME.search(self.text, last.start, last.end):
            # "… chương trình “Liên hoan Văn hóa" / "- Du lịch, lần thứ II …": a hard-wrapped item whose name
            # goes on after its dash, not a new item
            above[-1] = Finding(collapse(f"{self.text[last.start:last.end]} {ln.text}").rstrip(" ;"),
                                last.start, ln.end, last.confidence, last.rule)
            if above is current.paragraphs:
                current.has_items = False
            return
        task = _task(self.text, ln.body_start, ln.end, "assignments.task.item")
        if task:
            current.tasks.append(task)
            current.item_marker = ln.marker.strip()

    def _following(self, ln: Line, limit: int | None = None) -> Iterator[Line]:
        """The body's lines after ``ln``, up to ``limit`` of them (a bounded look ahead keeps a long text linear)."""
        if self._position is None or len(self._position) != len(self.lines):
            self._position = {k.index: i for i, k in enumerate(self.lines)}
        at = self._position.get(ln.index)
        if at is None:
            return
        stop = len(self.lines) if limit is None else min(len(self.lines), at + 1 + limit)
        for i in range(at + 1, stop):
            yield self.lines[i]

    def _step_of_activity(self, ln: Line) -> bool:
        """``ln`` is a step of a plan's activity: the activity's field rows follow it before the next numbered line
        ("- Đề nghị người đứng đầu … chỉ đạo …" / "Đơn vị thực hiện: Các Sở, ngành …" / "Thời gian thực hiện: …")."""
        for k in self._following(ln, _LOOK_AHEAD):
            if k.kind in ("roman", "arabic", "dieu", "letter"):
                return False
            if not k.kind and _TABLE_FIELD.match(k.text.lstrip(" *_")):
                return True
        return False

    def _asked_mid_list(self, ln: Line) -> bool:
        """ "2. Yêu cầu các cấp ủy … triển khai …" / "Yêu cầu các đồng chí bí thư … phải quán xuyến …" / "3. Giao …": a
        conclusion's request written as a paragraph between its numbered items asks those bodies (a request closes
        the text only after the last item); each further sentence whose subject acts is a block too."""
        if ln.kind or (ask := _MID_LIST_ASK.match(ln.body)) is None:
            return False
        later = self._following(ln, _LOOK_AHEAD)
        nxt = next((k for k in later if k.kind in ("roman", "arabic", "dieu") or _END_OF_TASKS.match(k.body)), None)
        if nxt is None or _END_OF_TASKS.match(nxt.body):
            return False
        end = self._paragraph_end(ln)
        blocks = _run_in_blocks(self.text, ln.body_start + ask.end(), end, ln.level, ln.marker)
        if not blocks:
            return False
        self.close()
        self.blocks.extend(blocks)
        self.read_with |= {k.index for k in itertools.takewhile(lambda k: k.end <= end, self._following(ln))}
        return True

    def _names_block_again(self, ln: Line, block: _Block) -> bool:
        """``ln`` opens (maybe past its grounds) with a subject that acts and names ``block``'s body again in other
        words ("Ủy ban nhân dân các tỉnh: A, B …" after "Chủ tịch Ủy ban nhân dân các tỉnh: A, B …")."""
        start = ln.body_start
        if grounds := _GROUNDS_LEAD.match(self.text, start, ln.end):
            start = grounds.end()
        found = _subject_here(self.text, start, ln.end)
        if found is None:
            return False
        again, named = found[0].value.casefold(), _body_name(block.agency.value).casefold()
        return min(len(again), len(named)) >= _SAME_BODY_CHARS and fuzz.partial_ratio(again, named) >= _SAME_BODY

    def _names_going_on(self, ln: Line) -> Line:
        """``ln`` with the next unmarked line, when its names after a colon end open with ';' ("… yêu cầu các Bộ: Nông
        nghiệp và Môi trường; Xây dựng;" / "Khoa học và Công nghệ xây dựng phương án …"), which is then read with it."""
        colon = self.text.rfind(":", ln.body_start, ln.end)
        if colon < 0 or not self.text[ln.start : ln.end].rstrip().endswith(";") \
                or _OPEN_NAMES.fullmatch(self.text, colon + 1, ln.end) is None:
            return ln
        nxt = next(iter(self._following(ln, 1)), None)
        if nxt is None or nxt.kind or not nxt.text[:1].isupper():
            return ln
        self.read_with.add(nxt.index)
        return replace(ln, end=nxt.end, text=self.text[ln.start : nxt.end])

    def _notes_follow(self, ln: Line) -> bool | None:
        """Whether items follow ``ln`` right away: True counted in brackets ("(1) …"), False dashed, None: no items."""
        nxt = next(iter(self._following(ln, 1)), None)
        if nxt is None:
            return None
        if not nxt.kind and _COUNT_ITEM.match(nxt.text):
            return True
        return False if nxt.kind == "bullet" else None

    def _topic_over_paragraph(self, ln: Line) -> bool:
        """ "a. Nhận thức và nâng cao vai trò của Bên mời thầu:" over an unmarked paragraph, under an agency heading:
        a topic of the body's duties, the paragraph (or the items after its lead) being the duties themselves."""
        if not ln.body.rstrip(" *").endswith(":"):
            return False
        nxt = next(iter(self._following(ln, 1)), None)
        return nxt is not None and not nxt.kind and not _COUNT_ITEM.match(nxt.text)

    def _paragraph(self, ln: Line, current: _Block) -> None:
        """A page-break continuation of the last item, a lead paragraph, or the end of the list."""
        last = current.tasks[-1] if current.tasks else None
        text = self.text
        if _TABLE_FIELD.match(ln.text):
            return  # "Đơn vị thực hiện: Các sở, ngành." / "Thời gian thực hiện: Thường xuyên.": who and when, no task
        if current.open_name and current.wrapped_name and ln.blank_before:
            current.open_name = False  # the wrapped names ended with their paragraph
        if current.open_name and not current.tasks and not current.paragraphs:
            name = current.agency  # the rest of the heading's list of names
            # "4. Sở Văn hóa, Thể thao và" / "Du lịch: Tiếp tục chỉ đạo …": the name ends at the colon, the task follows
            colon = ln.text.find(":")
            split = 0 < colon <= 100 and first_task_verb(ln.text, 0, colon) is None and ln.text[colon + 1 :].strip()
            rest_end = ln.start + colon if split else ln.end
            task_start = ln.start + colon + 1 if split else None
            # "1. Sở A, Sở B," / "…, các Sở, ban," / "ngành quản lý quy hoạch theo chức năng … có trách nhiệm phối": the
            # names wrapped over lines end where their duty starts
            if not split and (verb := first_task_verb(text, name.start, ln.end)) and verb.start() > ln.start:
                rest_end = task_start = verb.start()
            current.agency = Finding(_clean_agency(f"{text[name.start : name.end]} {text[ln.start : rest_end]}"),
                                     name.start, rest_end, name.confidence, name.rule)
            # a paragraph of a crawl goes on until a blank line: the list of names may go on too
            open_end = bool(_OPEN_NAME.search(text, name.start, ln.end))
            current.open_name = task_start is None and (open_end or self.blank_separated)
            current.wrapped_name = not open_end
            if task_start is not None and (task := _task(text, task_start, ln.end, "assignments.task.inline")):
                current.tasks.append(task)
            return
        # "… ứng dụng điện thoại...;" / "triển khai …": a line that ends with ';' goes on, also after an ellipsis
        # a crawl's paragraph goes on until a blank line, also past a full stop ("1. Các cơ quan … xong trong tháng
        # 12/2025." / "Định kỳ báo cáo UBND tỉnh …"): the item's next sentence is its own
        if (last is not None and last.rule in _ONE_SENTENCE
                and ((text[last.end - 1] == ";" and ln.text[:1].islower())
                     or (self.blank_separated and not ln.blank_before and not last.value.endswith(":"))
                     or (not last.value.endswith((".", ":"))
                         and (text[last.end - 1] == ";" or ln.text[:1].islower()
                              or _DANGLING.search(text, last.start, last.end)
                              or _CUT_NAME.search(text, last.start, last.end))))):
            current.tasks[-1] = Finding(collapse(f"{text[last.start:last.end]} {ln.text}").rstrip(" ;"), last.start,
                                        ln.end, last.confidence, last.rule)
        elif ((current.has_items or (current.tasks and current.tasks[0].rule in _ONE_SENTENCE))
              and current.tasks and not current.closed_items and current.tasks[-1].value.endswith(_TERMINAL)
              and self._names_block_again(ln, current)):
            # "1. Chủ tịch Ủy ban nhân dân các tỉnh …:" / "a) …" "c) …" / "Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách
            # nhiệm …": the paragraph after the body's duties names it again as its subject — one more of them
            if task := _task(text, ln.start, ln.end, "assignments.task.paragraph"):
                current.tasks.append(task)
        elif (not current.has_items and current.tasks and ln.text.rstrip(" *").endswith(":")
              and len(ln.text.split()) <= _NOTES_LEAD_WORDS and (notes := self._notes_follow(ln)) is not None):
            # "Đề nghị X: tổ chức … ." / "Một số vấn đề lưu ý:" / "(1) …": notes on the body's duty, its further tasks
            current.has_items, current.under_rubric = True, True
            current.item_marker = _COUNT_MARKER if notes else ""
        elif (not current.has_items and len(current.tasks) == 1 and current.tasks[0].rule in _ONE_SENTENCE
              and not current.paragraphs and _goes_on_task(text, ln.start, ln.end)):
            # "3. Giao X lãnh đạo, chỉ đạo … 2 cấp." / "Trong đó, ưu tiên các lĩnh vực: …": its task goes on
            last = current.tasks[-1]
            current.tasks[-1] = Finding(collapse(f"{text[last.start:last.end]} {ln.text}").rstrip(" ;"), last.start,
                                        ln.end, last.confidence, last.rule)
        elif not current.has_items and current.tasks and current.tasks[0].rule in _ONE_SENTENCE:
            self.close()  # "d) X chủ trì …" said its task inline: a paragraph with a subject of its own is not its task
        elif (current.has_items and current.tasks and not current.tasks[-1].value.endswith((".", ";", ":"))
              and (ln.text[:1].islower() or _WRAPPED_NUMBER.match(ln.text)
                   # "d) Định kỳ … tổng hợp báo cáo" / "Ban Bí thư … theo quy định.": an item cut mid-sentence
                   # goes on to the end of its sentence, also before a capital
                   or (current.tasks[-1].rule == "assignments.task.item" and ln.text.rstrip().endswith((".", ";"))
                       and not current.closed_items))):
            last = current.tasks[-1]
            current.tasks[-1] = Finding(collapse(last.value + " " + ln.text).rstrip(" ;"), last.start, ln.end,
                                        last.confidence, last.rule)
        elif current.under_rubric and ln.text.rstrip().endswith(":"):
            return  # "2.2. Trách nhiệm cụ thể" / "Ngoài các trách nhiệm chung nêu trên, … nội dung sau:": its lead
        elif current.under_rubric and not current.closed_items:
            # "a. Nhận thức …:" / "Chủ động nghiên cứu …": the paragraph under a topic of the duties is one of them
            if task := _task(text, ln.start, ln.end, "assignments.task.item"):
                current.tasks.append(task)
        elif current.has_items and not current.closed_items and ln.text.rstrip().endswith(":"):
            # "c) Kết thúc …" / "Phương án bố trí … theo hướng:" / "- …": a lead of the items below, itself a task
            if task := _task(text, ln.start, ln.end, "assignments.task.item"):
                current.tasks.append(task)
        elif current.has_items:
            current.closed_items = True
            current.after_items.append(ln)
        elif _others_report(text, ln):
            self.close()  # "Hội Khuyến học các huyện báo cáo kết quả … về …": another body's report, not a task here
        elif self.blank_separated and not ln.blank_before and current.paragraphs:
            last = current.paragraphs[-1]
            current.paragraphs[-1] = Finding(collapse(f"{text[last.start:last.end]} {ln.text}").rstrip(" ;"),
                                             last.start, ln.end, last.confidence, last.rule)
        elif para := _task(self.text, ln.start, ln.end, "assignments.task.paragraph"):
            current.paragraphs.append(para)


# "… Sở GD&ĐT yêu cầu Thủ trưởng các đơn vị, trường học thực hiện một số nội dung sau:" then the list of its tasks
# the lead ends on its colon, or on the words that announce what follows when the colon was left out ("… các nội dung
# sau", "… cụ thể sau", "… như sau"): the same for a flat list (_asked_list) and for topics over tasks (_asked_letter)
_REPORT_TASK = re.compile(r"[Bb]áo cáo\s+(?!về\b)[^\W\d_]")
_LEADS_ON = re.compile(r"(?::|\s(?:sau|sau đây|như sau))\s*$")
# the verb, not the noun after a determiner ("… thực hiện các yêu cầu sau", "những đề nghị", "nhiệm vụ được giao")
# (a lookbehind, not "^": a lead on a line of its own, "Đề nghị Hiệu trưởng các trường:", is searched from its start)
_LEAD_ASK = re.compile(r"(?<!\S)(?<!các )(?<!những )(?<!số )(?<!được )(?:đề nghị|yêu cầu|giao)\s+(?=\S)",
                       re.IGNORECASE)
# "… đề nghị Quý cơ quan giúp:": the helper verb before the list is no part of the name
# "… đề nghị các doanh nghiệp … tự kiểm tra": "tự" (by themselves) goes with the verb ("trật tự" ends a name)
_ADVERBS = re.compile(r"(?:(?<!\btrật)\s+(?:khẩn trương|nghiêm túc|quan tâm|tiếp tục|tích cực|giúp|giúp đỡ|cần|phải"
                      r"|tự))+$"
                      r"|,?\s+cụ thể(?:\s+như sau)?$")  # "… đề nghị Phòng Tài chính - Kế hoạch huyện, cụ thể:"
_MODAL_END = re.compile(r"\s(?:cần|phải)\s*$")
# "…, tỉnh Đắk Lắk cần …": a province (district, commune) named as the subject of a lead acts through its authorities
_PLACE_SUBJECT = re.compile(rf"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+[{_CAPITAL}]")
_LIST = ("arabic", "letter", "bullet")


def _asked_list(text: str, lead: Line, items: list[Line], opening: bool = False) -> tuple[_Block, list[Line]] | None:
    """A paragraph that asks one body to carry out "the following" (ending with ':') and the list right after it:
    the list's items are that body's tasks when they are plain task sentences (no sub-items, no headings). Returns the
    block and the lines its list took."""
    if not _LEADS_ON.search(lead.text) or not items or _CONNECTIVE_GIAO.match(lead.body):
        return None  # "Trong đó giao Giám đốc Công an tỉnh chỉ đạo thực hiện:" goes on the block above (the reader's)
    counted = not items[0].kind and _COUNT_ITEM.match(items[0].text) is not None
    if counted:
        # "(1) Tích cực …" / "(2) Nâng cao …": items counted in brackets, read as paragraphs by the segmenter
        items = [replace(ln, kind="bullet", marker=_COUNT_MARKER, body_start=ln.start + m.end())
                 if not ln.kind and (m := _COUNT_ITEM.match(ln.text)) else ln for ln in items]
    if items[0].kind not in _LIST:
        return None
    # "2. Để …, Sở X đề nghị Quý cơ quan giúp:" then dashes: a numbered paragraph may ask too, over a list of
    # another kind (a list of its own kind is its sibling, not its tasks)
    if lead.kind and (lead.kind not in ("roman", "arabic") or items[0].kind != "bullet"):
        return None
    # "2. Đề nghị các tổ chức …:", "Giao Sở X:" opening a line of the body is a heading the reader takes, in its place
    # among the blocks; only the opening's last line asks from its start ("Đề nghị Hiệu trưởng các trường:")
    asks = [a for a in _LEAD_ASK.finditer(text, lead.body_start, lead.end)
            if not (a.start() == lead.body_start and (lead.kind or not opening))]
    if asks:
        s, e, task_start = _split_agency(text, asks[-1].end(), lead.end)
    # "…, Văn phòng X và các văn phòng Y cụ thể hóa …, cần tập trung … sau:" (an item that opens with its subject,
    # "1. Bộ X chỉ đạo … sau:", is a run-in heading the reader takes with its items)
    # "Để …, tỉnh X cần tiếp tục thực hiện … một số nội dung trọng tâm sau:" over numbered items (a conclusion's
    # section of duties for the body it met): the subject bound by the modal is asked, whatever the items' marks
    elif (_COUNTS_FOLLOW.search(lead.text) and (subject := _lead_subject(text, lead)) is not None
          and subject[0] > lead.body_start
          and (counted or (not lead.kind and items[0].kind == "arabic"
                           and _MODAL_END.search(text, subject[0], subject[1]) is not None))):
        s, e, task_start = subject
    else:
        return None
    agency = _ADVERBS.sub("", _clean_agency(text[s:e]))
    if (task_start is None or not agency or len(agency.split()) > 40
            or not (_names_body(agency[:1].upper() + agency[1:]) or _PLACE_SUBJECT.match(agency))):
        return None
    first = items[0]
    if (_ABOUT_TOPIC.match(first.body) and len(items) > 1 and items[1].kind == first.kind
            and items[1].level > first.level):
        # "… yêu cầu các đồng chí Bộ trưởng … thực hiện các nội dung sau:" / "1. Về phân cấp, phân quyền" / "1.1. …":
        # the topics group the asked body's tasks, numbered one level down
        first = items[1]
        items = [ln for ln in items[1:] if not (ln.kind == first.kind and ln.level < first.level
                                                 and _ABOUT_TOPIC.match(ln.body))]
    run, tasks = [], []
    others = False  # an item names another body as its subject
    own_subjects = 0  # items whose subject is another body that acts ("(3) Bộ Công an tiếp tục …")
    handed_on = False  # the items end where one hands a duty to another body ("2. Giao Sở X …")
    runs = _item_runs(items, first)
    for k, item in enumerate(runs):
        if (others and item[0].kind not in ("bullet", "") and (head := _heading(text, item[0])) is not None
                and head[1] is None and not re.match(r"\W*Đối với\b", item[0].body, re.IGNORECASE)):
            # "… yêu cầu Giám đốc các sở, … như sau:" / "1. Các cơ quan … có trách nhiệm …" / "2. Kết hợp …" /
            # "4. Sở Nông nghiệp và Môi trường" over its own items (a Chỉ thị): the numbered items hand out duties
            # body by body; the lead asks everyone to carry them out, it is no block of its own
            return None
        body = item[0].body.lstrip(" *")
        # "3. Tổng hợp kết quả theo mẫu dưới đây:" over a form's table: a task, the form no items of its own
        over_form = item[-1].text.rstrip(" *").endswith(":") and bool(_form_rows(items, item[-1]))
        # "- Báo cáo số lượng đoàn viên tham gia./." is a task written as a sentence, not a "Báo cáo" part's title
        if not (item[-1].text.rstrip(" *").endswith((".", ";")) or over_form) or (_GENERIC.match(body)
                                                                                 and not _REPORT_TASK.match(body)):
            break  # "3. Về phân công nhiệm vụ …:" over sub-items, "1. Mục đích, yêu cầu": no task of the asked body
        start = item[0].body_start
        case = re.match(r"\W*Đối với\b", item[0].body, re.IGNORECASE)  # "1. Đối với các địa phương chưa …": a case
        if case and (other := _LEAD_ASK.search(text, item[0].body_start, item[-1].end)) and fuzz.partial_ratio(
                text[other.end() : other.end() + len(agency)].casefold(), agency.casefold()) < 85:
            continue  # "1.2. Đối với …, yêu cầu các Bộ: A; B xây dựng …": another body asked, its own block
        if not case and (head := _heading(text, item[0])) is not None:
            if head[1] is None:
                break  # "3. Cục Đường bộ Việt Nam" over dashes of its own: another body's block, read below
            if fuzz.ratio(head[0].value.casefold(), agency.casefold()) >= 90:
                start = head[1].start  # "2. Các cơ quan, đơn vị căn cứ …": the asked body named again
            elif run and _ASKING_OPENS.match(item[0].body):
                handed_on = True  # "1. Căn cứ …, triển khai …" / "2. Giao Sở X theo dõi, tổng hợp …": another's block
                break
            elif (len(run) >= 2 and not _of_the_asked_kind(head[0].value, agency)
                  and not _list_goes_on_plain(text, runs[k + 1 :])):
                # "… yêu cầu Bộ trưởng, …, Chủ tịch Ủy ban nhân dân các tỉnh … sau:" / "1. …" "2. …" / "4. Văn phòng
                # Chính phủ hướng dẫn …": a body not among the asked ones acts in a block of its own ("2. Các Bộ, cơ
                # quan ngang Bộ tiếp tục …" names the asked bodies again)
                break
            else:
                others = True
                own_subjects += 1
        elif counted and not case and _acting_other(text, start, item[-1].end, agency):
            if len(run) >= 2 and not own_subjects and not _of_the_asked_kind(
                    text[start : _clause_end(text, start, item[-1].end)], agency):
                break
            own_subjects += 1
        elif case and (head := _heading(text, item[0])) is not None and head[1] is not None:
            own_subjects += 1  # "1. Đối với Trưởng các ấp: tuyên truyền …": the item names who acts
        elif not case and item[0].kind == "bullet" and _bullet_subject(text, item[0], agency):
            own_subjects += 1  # "- Công an xã tăng cường tuần tra;": a dash whose sentence opens with who acts
        run.append(item)
        if t := _task(text, start, item[-1].end, "assignments.task.item"):
            tasks.append(t)
    if len(run) < 2 and not handed_on:
        return None  # "1. Thời gian học sinh nghỉ học" with items under it: topics, not tasks
    if own_subjects >= 2 and 2 * own_subjects >= len(run):
        # "2. Để …, yêu cầu Bộ Y tế, Bộ Xây dựng và các cơ quan liên quan … như sau:" / "(1) Bộ Y tế chỉ đạo …" /
        # "(3) Bộ Công an tiếp tục …": the lead hands the duties out body by body; each subject is a block of its own
        return None
    block = _Block(Finding(agency, s, s + len(agency), 0.7, "assignments.agency.asked"), first.level, "", tasks=tasks)
    took = [ln for item in run for ln in item]
    return block, took + _form_rows(items, took[-1])


def _list_goes_on_plain(text: str, later: list[list[Line]]) -> bool:
    """A later item of the asked list opens with its task and names no body ("… yêu cầu Chủ tịch UBND các tỉnh:" /
    "3. Sở Lao động … có trách nhiệm …" / "4. Xây dựng kế hoạch …"): the list still speaks to the asked body, so an
    item with another subject inside it is one of its tasks, not a block of its own."""
    for item in later:
        body = item[0].body.lstrip(" *")
        verb = first_task_verb(body[:1].lower() + body[1:])
        if verb is not None and verb.start() == 0 and _heading(text, item[0]) is None:
            return True
    return False


def _exhorts_everyone(paragraph: str) -> bool:
    """ "Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao, khẩn trương triển khai thực hiện Kế
    hoạch này; kịp thời báo cáo UBND tỉnh … để xem xét, giải quyết./.": the closing exhortation, no block (§2)."""
    return (_EVERYONE.match(paragraph) is not None and _THIS_TEXT.search(paragraph) is not None
            and _only_carry_out(paragraph.rstrip(" ./")))


def _of_the_asked_kind(other: str, agency: str) -> bool:
    """``other`` names the asked bodies, or units of theirs, in the plural ("Các tổ chuyên môn" under "Hiệu trưởng các
    trường"), or bodies of a kind the asked ``agency`` names too ("Văn phòng X và các văn phòng Y")."""
    if _PLURAL_BODY.match(other.strip()):
        return True
    head = _HEAD.match(re.sub(r"^(?:(?:Các|Những|các|những)\s+)?(?:[Đđ]ồng chí\s+)?", "", other.strip()))
    return head is not None and re.search(rf"(?<!\w){re.escape(head.group())}(?!\w)", agency, re.IGNORECASE) is not None


def _same_body_or_its_head(name: str, body: str) -> bool:
    """``name`` is ``body`` or an office of it ("Giám đốc Công an tỉnh" of "Công an tỉnh")."""
    name, body = name.casefold(), body.casefold()
    return name == body or (len(body) >= 6 and name.endswith(" " + body) and _HEAD.match(name) is not None)


def _same_head(one: str, other: str) -> bool:
    """Both name bodies of one kind by the same head noun ("Doanh nghiệp cho thuê lại …" and "các doanh nghiệp có
    hoạt động …")."""
    heads = [_HEAD.match(re.sub(r"^(?:(?:các|những|quý)\s+)?", "", name.strip(), flags=re.IGNORECASE))
             for name in (one, other)]
    return all(heads) and heads[0].group().casefold() == heads[1].group().casefold()


def _acting_other(text: str, start: int, end: int, agency: str) -> bool:
    """The item opens with another body than the asked one as the subject that acts ("(3) Bộ Công an tiếp tục …")."""
    subject = _subject(text, start, _clause_end(text, start, end))
    return subject is not None and fuzz.ratio(subject[0].value.casefold(), agency.casefold()) < 90


def _bullet_subject(text: str, ln: Line, asked: str) -> bool:
    """A dash whose sentence opens with a body other than the one asked, then its task ("- Trưởng các ấp tuyên
    truyền …;" under "… yêu cầu các đơn vị, cá nhân liên quan thực hiện … sau:")."""
    s, e, task_start = _split_agency(text, ln.body_start, ln.end)
    name = _clean_agency(text[s:e])
    return (task_start is not None and text[e : e + 1] != ":" and 0 < len(name.split()) <= 10 and name[:1].isupper()
            and _names_body(name) and fuzz.ratio(name.casefold(), asked.casefold()) < 90)


# a topic heading over numbered items ("1. Về phân cấp, phân quyền …"), no sentence of its own
_ABOUT_TOPIC = re.compile(r"Về\s+[^.;]*$")
# the text's own act ("Phòng X xây dựng Kế hoạch … như sau:"), not a duty it hands on
_OWN_ACT = re.compile(
    r"(?:xây dựng|ban hành|thông báo|hướng dẫn)\s+(?:Kế hoạch|Chỉ thị|Kết luận|Thông báo|Hướng dẫn)\b")


def _lead_subject(text: str, lead: Line) -> tuple[int, int, int] | None:
    """The bodies a lead over counted duties names as the subject of its last sentence ("Quán triệt …; căn cứ …,
    Văn phòng X và các văn phòng Y cụ thể hóa để tổ chức thực hiện, trong đó, cần tập trung … sau:")."""
    ends = [m.end() for m in re.finditer(r"[.!?]\s+(?=\S)", text[lead.body_start : lead.end])]
    sentence = lead.body_start + (ends[-1] if ends else 0)
    for cs in [sentence, *(m.end() for m in _COMMA.finditer(text, sentence, lead.end))]:
        head = text[cs : lead.end]
        place = _PLACE_SUBJECT.match(head) is not None
        if not (_names_body(head[:1].upper() + head[1:]) or place):
            continue
        s, e, task_start = _split_agency(text, cs, lead.end)
        agency = text[s:e]
        if (task_start is None or first_task_verb(agency) or _NARRATION.search(text, s, min(lead.end, e + 12))
                or _OWN_ACT.match(text, task_start)):
            return None
        if place and _MODAL_END.search(agency) is None:
            continue  # "…, tỉnh X đã …", "tại tỉnh X, …": a place named, not asked
        return s, e, task_start
    return None


_TABLE_ROW = re.compile(r"\S\s*\|\s*\S|^\s*\|")


def _form_rows(items: list[Line], last: Line) -> list[Line]:
    """The table rows right under ``last`` (a report form under "… theo mẫu dưới đây:"): they go with that task."""
    rows = []
    for ln in items:
        if ln.index <= last.index:
            continue
        if ln.kind or not _TABLE_ROW.search(ln.text):
            break
        rows.append(ln)
    return rows


def _item_runs(items: list[Line], first: Line) -> list[list[Line]]:
    """The list's items, each with the unmarked paragraphs that go on with it: a line in lower case, or the further
    sentences of an item before the next item ("1. Trong thời gian qua, …" / "Chủ trương lớn này …" / "2. …"); the
    paragraphs after the last item end the list."""
    run: list[list[Line]] = []
    pending: list[Line] = []
    for ln in items:
        if ln.kind == first.kind and ln.level == first.level:
            if run:
                # "1. Tiếp tục xác nhận …" / "Sau khi …, Bộ sẽ có văn bản hướng dẫn …": the writer's promise is no task
                run[-1].extend(p for p in pending if not _writer_promises(p.text, 0, len(p.text)))
            pending = []
            run.append([ln])
        elif not ln.kind and run:
            if ln.text[:1].islower() and not pending:
                run[-1].append(ln)
            else:
                pending.append(ln)
        else:
            break
    return run


def _asked_lists(seg: Segments) -> tuple[list[_Block], set[int]]:
    """Every asked list of the body (its lead may be the preamble's last paragraph) and the lines it took."""
    blocks, taken = [], set()
    lines = [*seg.preamble, *seg.body]
    first = max(0, len(seg.preamble) - 1)
    while first > 0 and seg.preamble[first].kind in _LIST:
        first -= 1  # "…, đề nghị X thực hiện những việc sau:" / "- Tuyên truyền …;": a dash taken into the opening
    for k in range(first, len(lines) - 1):
        asked = _asked_list(seg.text, _wrapped_lead(seg.text, lines, k), lines[k + 1 : k + 40],
                            opening=k == len(seg.preamble) - 1)
        if asked is not None:
            blocks.append(asked[0])
            taken.update(ln.index for ln in asked[1])
    return blocks, taken


def _wrapped_lead(text: str, lines: list[Line], k: int) -> Line:
    """Line ``k`` with the lines of its paragraph above it, where a hard-wrapped lead ("… Sở X yêu cầu các cơ quan,
    đơn" / "vị:") was cut: unmarked lines under a line of words that does not end a sentence (a marker alone on its
    line, "2)", is no part of it)."""
    j = k
    while (j > 0 and j > k - 6 and not lines[j].kind and not lines[j].blank_before
           and not lines[j - 1].text.rstrip(" *").endswith(_TERMINAL)
           and not lines[j - 1].text.isupper()  # "III. TỔ CHỨC THỰC HIỆN" above the lead: a title, no part of it
           and re.search(r"[^\W\d_]{2,}", lines[j - 1].text)):
        j -= 1
    if j == k:
        return lines[k]
    first = lines[j]
    return replace(first, end=lines[k].end, text=text[first.start : lines[k].end], index=lines[k].index)


def _preamble_giao(seg: Segments) -> list[_Block]:
    """ "Giao các Bộ: Công an, … có ý kiến …" between the grounds and the body: the segmenter may leave a letter's
    first assignment in its opening, where only a sentence opening with "Giao" is taken as one."""
    blocks = []
    for ln in seg.preamble:
        if ln.kind or not re.match(r"Giao\s", ln.body) or PREAMBLE_CITATION.match(ln.text):
            continue
        head = _heading(seg.text, ln)
        if head is not None and head[1] is not None:
            blocks.append(_Block(head[0], ln.level, ln.marker, tasks=[head[1]]))
    return blocks


def appendix_tables(text: str, lines: list[Line]) -> list[dict]:
    """The task tables of an appendix that is no plan of its own (a letter's "Phụ lục" of tasks, each with its
    "Đơn vị chủ trì", or a table with a "chủ trì" column): only what names its lead body in so many words."""
    blocks = _responsible_tables(text, lines, _APPENDIX_RESPONSIBLE, titled_items=True) + _task_tables(text, lines)[0]
    return [{"agency": b.agency, "tasks": b.tasks} for b in _merge_same_body(blocks, text) if _names_anyone(b)]


def _goes_on_name(line: str) -> bool:
    """A short line in capitals that starts no task and ends no sentence: the rest of a wrapped heading's name."""
    return (len(line.split()) <= 16 and line[:1].isupper() and not line.endswith((".", ";", ":"))
            and first_task_verb(line) is None and not _GENERIC.match(line))


def _wrapped_titles(lines: list[Line]) -> dict[int, str]:
    """Section titles in capitals cut over two lines ("IV. TỔ CHỨC" / "THỰC HIỆN"), by the index of their first line."""
    return {ln.index: f"{ln.body} {nxt.text}" for ln, nxt in zip(lines, lines[1:], strict=False)
            if ln.kind in ("roman", "arabic", "dieu") and ln.body.isupper() and not nxt.kind and nxt.text.isupper()
            and len(nxt.text.split()) <= 8}


def _wrapped_headings(text: str, lines: list[Line]) -> tuple[dict[int, Line], set[int]]:
    """Numbered headings cut after a word that names no body alone ("2.5. Sở" / "Y tế", "8. Đề nghị" / "Liên minh …"),
    joined with the line under them that holds the name (such a word is never the whole heading): the joined heading
    by its first line's index, and the indexes of the lines taken into one."""
    joined, taken = {}, set()
    for ln, nxt in zip(lines, lines[1:], strict=False):
        if ln.kind not in ("roman", "dieu", "arabic", "letter") or not _BARE_HEADING.fullmatch(ln.body.strip()):
            continue
        # the rest of the name, and maybe the task after it ("Điều 2. Giao" / "Sở Công Thương chủ trì, phối hợp …")
        verb = first_task_verb(nxt.text)
        if nxt.kind or (verb is not None and verb.start() == 0):
            continue
        joined[ln.index] = Line(ln.index, ln.start, nxt.end, text[ln.start : nxt.end], ln.blank_before, ln.marker,
                                ln.kind, ln.body_start)
        taken.add(nxt.index)
    for k, ln in enumerate(lines):
        if ln.kind == "dieu" and ln.index not in joined and (rest := _wrapped_article(text, lines[k + 1 : k + 6], ln)):
            joined[ln.index] = Line(ln.index, ln.start, rest[-1].end, text[ln.start : rest[-1].end], ln.blank_before,
                                    ln.marker, ln.kind, ln.body_start)
            taken.update(r.index for r in rest)
    return joined, taken


def _wrapped_article(text: str, after: list[Line], ln: Line) -> list[Line] | None:
    """The lines of a decision's execution article hard-wrapped under its "Điều N." line ("Điều 3. Chánh Văn phòng …,
    Giám đốc các" / "Sở: Nội vụ, …; Chủ tịch …" / "… chịu trách nhiệm thi hành Quyết định này./."): the unmarked lines
    up to the one that says who carries the decision out (none: the article is not wrapped, or says no such thing)."""
    if ln.text.rstrip(" *").endswith((".", ";")) or _EXECUTION.search(text, ln.body_start, ln.end):
        return None
    lead = _ADDRESS.match(ln.body)
    if not _HEAD.match(ln.body[lead.end() if lead else 0 :]):
        return None  # "Điều 5. Tổ chức thực hiện" titles the article; the bodies open its own paragraph
    rest: list[Line] = []
    for nxt in after:
        if nxt.kind or nxt.blank_before:
            return None
        rest.append(nxt)
        if _EXECUTION.search(text, ln.body_start, nxt.end):
            return rest
        if nxt.text.rstrip(" *").endswith("."):
            return None
    return None


def _quoted(text: str, lines: list[Line]) -> set[int]:
    """Indexes of the lines inside a block quotation: one that opens a line ("… Luật Quản lý thuế quy định:" /
    "“Điều 49. …" / "2. Cơ quan quản lý thuế ấn định …”") and closes on a later one. The cited text's clauses ask
    nothing of anyone here. A quotation inside a sentence (a name, a slogan) or never closed quotes no line."""
    quoted: set[int] = set()
    opening: Line | None = None
    for ln in lines:
        if opening is None:
            if ln.text.startswith("“") and "”" not in ln.text:
                opening = ln
            continue
        quoted.add(ln.index)
        if "”" in ln.text:
            opening = None
    return quoted if opening is None else {k for k in quoted if k < opening.index}


def _furniture(line: str) -> bool:
    """A running head or a line of the e-signature stamp ("Cơ quan:" only with a name in capitals after it)."""
    m = _FURNITURE.match(line)
    return m is not None and (not line.startswith("Cơ quan") or line[m.end() :].strip().isupper())


def _blank_separated(lines: list[Line]) -> bool:
    """The body sets its paragraphs and items apart with blank lines (most lines have one before them)."""
    return len(lines) >= 8 and sum(ln.blank_before for ln in lines) >= 0.75 * len(lines)


_TERMINAL = (".", ";", ":", "!", "?", "…")


def _units(text: str, lines: list[Line], blank_separated: bool) -> list[tuple[Line, Finding]]:
    """The body's lines with their hard-wrapped continuations joined: each line and its whole text."""
    units: list[tuple[Line, Finding]] = []
    for ln in lines:
        if units and not ln.kind:
            head, last = units[-1]
            goes_on = (ln.text[:1].islower() or (blank_separated and not ln.blank_before)
                       or (ln.text[:1].isdigit() and not last.value.endswith(_TERMINAL)))
            if goes_on:
                units[-1] = (head, Finding(collapse(f"{text[last.start:last.end]} {ln.text}"), last.start, ln.end,
                                           last.confidence, last.rule))
                continue
        if task := _task(text, ln.body_start, ln.end, "assignments.task.item"):
            units.append((ln, task))
    return units


def _acts_again(sentence: str, agency: str) -> bool:
    """ "- Giao Sở Xây dựng chủ trì khảo sát …" then "- Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì …": the next
    dash names the same body as the one who acts after its grounds, so it is another of its tasks."""
    grounds = _GROUNDS_LEAD.match(sentence)
    return grounds is not None and sentence[grounds.end() :].startswith(agency) and len(agency) >= 6


def _names_again(paragraph: str, agency: str) -> bool:
    """The paragraph opens with the asked body's own name (the letter's closing sentence speaks to it again)."""
    head = paragraph[: len(agency)]
    return len(agency) >= 8 and fuzz.ratio(head.casefold(), agency.casefold()) >= 90


_ENDS_SENTENCE = (".", ";", "!", "?", "…")
# "Sở X đề nghị Quý doanh nghiệp … quan tâm thực hiện những nội dung trên.": the letter asks again for all it said
_ASKED_AGAIN = re.compile(r"[^.;:]{0,200}?\s(?:đề nghị|yêu cầu)\s[^.;:]{0,120}?\sthực hiện(?:\s+nghiêm túc)?\s+"
                          r"(?:(?:những|các)\s+)?(?:nội dung|việc|yêu cầu|văn bản)\s+(?:trên|nêu trên|này)\b")
# a task sentence that announces its parts ("Thường xuyên rà soát …, cụ thể:", "Chuẩn bị địa điểm …, gồm:"), not a title
_TASK_OVER_ITEMS = re.compile(r",\s*(?:cụ thể(?:\s+như sau)?|gồm(?: có)?|bao gồm|như sau)\s*:$")


def _asked_letter(seg: Segments, blank_separated: bool) -> list[_Block]:
    """A letter whose opening asks one body to carry out "the following" (``… đề nghị các cơ sở đào tạo trực thuộc
    Bộ nghiêm túc thực hiện một số nhiệm vụ … như sau:``) and whose body lays them out under topic headings: every
    item or paragraph that heads nothing is that body's task (the topic headings are not bodies)."""
    lead = seg.preamble[-1] if seg.preamble else None
    if lead is None or lead.kind or not _LEADS_ON.search(lead.text):
        return []
    asks = [*_LEAD_ASK.finditer(seg.text, lead.body_start, lead.end)]
    if not asks:
        return []
    s, e, task_start = _split_agency(seg.text, asks[-1].end(), lead.end)
    agency = _clean_agency(_ADVERBS.sub("", collapse(seg.text[s:e]).rstrip(" ,")))
    if task_start is None or not agency or len(agency.split()) > 40 or not _names_body(agency[:1].upper() + agency[1:]):
        return []
    lines = []
    for ln in seg.body:
        if _END_OF_TASKS.match(ln.body) or (not ln.kind and (_CLOSING_FORMULA.match(ln.body)
                                                            or _ASKED_AGAIN.match(ln.body))):
            break
        lines.append(ln)
    units = _units(seg.text, lines, blank_separated)
    if units and not units[-1][0].kind and _names_again(units[-1][1].value, agency):
        units.pop()  # "Chủ tịch … khẩn trương chỉ đạo thực hiện … nội dung nêu trên./.": the closing names it again
    tasks, headings = [], 0
    examples_under: int | None = None  # the level of the items a statement lists as examples, while they last
    for k, (ln, task) in enumerate(units):
        nxt = units[k + 1][0] if k + 1 < len(units) else None
        if examples_under is not None and ln.kind and ln.level >= examples_under:
            continue
        examples_under = None
        if not ln.kind and _TABLE_ROW.search(task.value):
            continue  # a report form's rows under "3. Tổng hợp kết quả theo mẫu dưới đây:": no tasks, no topics
        if nxt is not None and not nxt.kind and _TABLE_ROW.search(units[k + 1][1].value):
            tasks.append(task)  # "3. Tổng hợp kết quả theo mẫu dưới đây:" over the form: a task, no topic heading
            continue
        # a title heads what is deeper under it; a numbered sentence ("3. Thường xuyên báo cáo … ." then a
        # paragraph) heads only marked items; a colon announces what follows, whatever it is
        heads = (ln.kind in ("roman", "arabic", "letter", "dieu") and nxt is not None and nxt.level > ln.level
                 and (bool(nxt.kind) or not task.value.endswith(_ENDS_SENTENCE)))
        headings += heads
        if not ln.kind and task.value.endswith(":") and nxt is not None and nxt.kind \
                and first_task_verb(task.value) is None:
            # "Các hành vi vi phạm … thì bị xử phạt … như:" / "- Không lập hồ sơ …": a statement and its examples
            examples_under = nxt.level
            continue
        if heads and _TASK_OVER_ITEMS.search(task.value) and first_task_verb(task.value) \
                and not (_GENERIC.match(task.value) or _ABOUT_TOPIC.match(task.value)):
            heads = False  # "1. Thường xuyên rà soát …, cụ thể:" over dashes: a task spelt out item by item
        if not heads and not (ln.kind == "bullet" and task.value.endswith(":")):
            tasks.append(task)
    if len(tasks) < 2 or not headings:
        return []  # a flat list is read by _asked_list, which knows where it ends
    return [_Block(Finding(agency, s, s + len(agency), 0.7, "assignments.agency.asked"), 0, "", tasks=tasks)]


def _number_of(ln: Line) -> int | None:
    digits = ln.marker.strip().rstrip(".)")
    return int(digits) if digits.isdigit() else None


def _inserted_lists(lines: list[Line]) -> set[int]:
    """A numbered run that starts again at 1 after item k of the document's list had ended its sentence, and gives
    way to item k+1 of that list, with no section heading between: an insertion, not a part of the text — the
    receiving office's routing notes printed on a forwarded copy ("5. Các phòng … trên." / "1. Cô H. gửi văn bản …"
    … "4. Đoàn TN phối hợp …" / "6. Đối với …"). The indices of its lines."""
    numbered = [(pos, _number_of(ln)) for pos, ln in enumerate(lines) if ln.kind == "arabic" and ln.level == 2]
    out: set[int] = set()
    for a in range(1, len(numbered)):
        pos, n = numbered[a]
        k = numbered[a - 1][1]
        if n != 1 or k is None or k < 2 or not lines[pos - 1].text.rstrip().endswith("."):
            continue
        b = a  # the run 1, 2, … m
        while b + 1 < len(numbered) and numbered[b + 1][1] == (numbered[b][1] or 0) + 1:
            b += 1
        if b + 1 < len(numbered) and numbered[b + 1][1] == k + 1:
            resume = b + 1  # "… 3. Công đoàn …" / "3. Đối với …": the run ran past k, the list takes up k+1 again
        elif numbered[b][1] > k + 1 or (numbered[b][1] == k + 1 and b > a + 1):
            resume = a + k  # "1. … 5." / "6. Đối với …": the run of k notes flows into item k+1 of the list
        else:
            continue
        if resume <= a + 1:
            continue  # one line restarting at 1 is too little to tell
        span = range(numbered[a - 1][0], numbered[resume][0])
        if any(lines[i].kind in ("roman", "dieu") for i in span):
            continue  # "I. …" 1., 2. / "II. …" 1., 2., 3.: two sections, each numbered from 1
        out.update(lines[i].index for i in range(pos, numbered[resume][0]))
    return out


_ROLE_HEADING = re.compile(DATA["role_heading_pattern"])
_ROLE_DUTY = re.compile(DATA["role_heading_duty_pattern"])


def _role_headings(lines: list[Line]) -> set[int]:
    """Indexes of the role sub-headings that sort a body's items by its part in them ("a) Chủ trì, phối hợp với các
    sở, ngành …" / "b) Phối hợp với …" above '-' items): headings of the items, no tasks — unless the line goes on
    to say what to do (then it is an item of its own)."""
    found = set()
    for ln, nxt in zip(lines, lines[1:], strict=False):
        role = _ROLE_HEADING.match(ln.body)
        if (role and nxt.kind == "bullet" and ln.kind != "bullet" and not ln.body.rstrip().endswith((".", ";"))
                and first_task_verb(ln.body, role.end()) is None and not _ROLE_DUTY.search(ln.body, role.end())):
            found.add(ln.index)
    return found


def extract(seg: Segments, letter: bool = False, guidance: bool = False) -> list[dict]:
    """``letter``: the text is a letter or notice (công văn, thông báo, chỉ thị), whose duties may be written as
    prose; a plan's prose sentences describe its activities instead. ``guidance``: a Hướng dẫn, whose topics
    name no agency blocks."""
    if inserted := _inserted_lists(seg.lines):
        seg = replace(seg, body=[ln for ln in seg.body if ln.index not in inserted])
    asked, taken = _asked_lists(seg)
    # a letter without sections may leave the table's column titles as its opening's last line
    tabled, table_lines = _task_tables(seg.text, [*seg.preamble[-1:], *seg.body])
    taken |= table_lines
    asked = _preamble_giao(seg) + asked
    blank_separated = _blank_separated(seg.body)
    reader = _Reader(seg.text, established_body(seg), blank_separated, guidance)
    reader.run_ins, reader.lines = letter, seg.body
    reader.titles = _wrapped_titles(seg.body)
    # "Phòng X trân trọng kính mời:" ends the opening (in whichever zone): the list that starts the body names guests
    lead = seg.lines[seg.body[0].index - 1] if seg.body and seg.body[0].index > 0 else None
    reader.invitees = lead is not None and _INVITATION_LEAD.search(lead.body) is not None
    # a Hướng dẫn with a duties section names who acts there (and asks outright elsewhere)
    reader.duties_only = guidance and any(
        ln.kind in ("roman", "arabic", "dieu") and _DUTY_SECTION.match(reader.titles.get(ln.index, ln.body))
        for ln in seg.body)
    headings, name_lines = _wrapped_headings(seg.text, seg.body)
    skipped = taken | name_lines | _quoted(seg.text, [*seg.preamble, *seg.body])  # a quote may open in the grounds
    skipped |= _role_headings(seg.body)
    for ln in seg.body:
        if ln.index not in skipped:
            reader.read(headings.get(ln.index, ln))
    reader.close()
    # a plan whose duties section names its agencies: a body acting in a step of the activities before it is a step
    # of the plan, not a block of its own
    if duties := [b.agency.start for b in reader.blocks if b.in_duties]:
        reader.blocks = [b for b in reader.blocks if not b.stray_step]
        # so is a row of a table of activities before that section ("Hoạt động | … | Đơn vị phụ trách | Thời gian")
        tabled = [b for b in tabled if b.agency.start > min(duties)]
    asked_at = {b.agency.start for b in asked}  # the asking line, read again as a heading, adds nothing
    blocks = asked + [b for b in reader.blocks if b.tasks or b.agency.start not in asked_at]
    if letter and (whole := _asked_letter(seg, blank_separated)):
        asked_body = whole[0].agency.value.casefold()
        # the letter's topic headings are no bodies; a block of the asked body itself ("2. Doanh nghiệp thực hiện …"
        # under "… đề nghị các doanh nghiệp …") is one of its tasks
        if not any(_names_body(b.agency.value[:1].upper() + b.agency.value[1:])
                   and fuzz.partial_ratio(b.agency.value.casefold(), asked_body) < 90
                   and not (b.agency.rule == "assignments.agency.heading"
                            and all(t.rule in _ONE_SENTENCE for t in b.tasks)
                            and _same_head(b.agency.value, whole[0].agency.value)) for b in blocks):
            blocks = whole
    # a programme's "- Cơ quan thực hiện: X chủ trì" rows are fields of its activities, no headings: no blocks there
    if tabled:
        blocks = _merge_tables(blocks, tabled)
    blocks = _merge_same_body(blocks, seg.text)
    if not blocks and letter:
        blocks = _prose_duties(seg)
    if not any(b.agency.rule == "assignments.agency.execution" for b in blocks):
        execution = _outside_body_execution(seg)
        if execution is not None:
            blocks.append(execution)
    found = [{"agency": b.agency, "tasks": [i for t in b.tasks for i in _counted_items(seg.text, t)]} for b in blocks
             if _names_anyone(b) and not _points_to_rules(b)]
    # a heading with no duty of its own ("1. Đối với Ủy ban nhân dân các cấp" over "1.1. Ủy ban nhân dân Thành phố:")
    # groups the blocks under it: it assigns nothing
    return [b for b in found if b["tasks"]]


def _points_to_rules(block: _Block) -> bool:
    """Every item under the heading points to the rule that settles a topic, or names who decides ("- Thẩm quyền
    quyết định: Ban Thường vụ Đảng ủy cấp xã."), and at least one points to a rule: the heading names a case."""
    tasks = block.tasks
    if len(tasks) < 2 or not any(_RULE_POINTER.match(t.value) for t in tasks):
        return False
    return all(_RULE_POINTER.match(t.value) or ((f := _RULE_FIELD.match(t.value)) is not None
                                                 and first_task_verb(t.value, f.end()) is None) for t in tasks)


def _names_anyone(block: _Block) -> bool:
    """A cell that holds only a date or a figure ("18/10/2025") names no body, whatever column it was read from."""
    return any(c.isalpha() for c in block.agency.value)
