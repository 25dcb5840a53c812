"""Parent directives: the documents the preamble cites as the basis (Căn cứ / Thực hiện / Theo …).

A citation line is cut into *chunks*, one per cited document: at ``;`` and at each cited type name that
carries a number. Each chunk gives the type (→ kind), number, date, issuer (written after ``của``, or the
body named in "thực hiện chỉ đạo của X tại …") and subject (after ``về việc``/``về``, or the title after
the issuer). Documents cited later in the body are not parents.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from extractor.rules.patterns import NUMBER_PATTERN, QUOTES, clean_number, collapse, find_dates, whole_number
from extractor.segment import Segments
from extractor.types import Finding
from extractor.vocabulary import BODY_NAME, CITED_NAMES, PREAMBLE_CITATION, PREAMBLE_CUES, alternation, load_data

DATA = load_data("parents")
CITED = {name.lower(): kind for name, kind in CITED_NAMES.items()}
_AMENDED_BY = re.compile(DATA["amended_by_pattern"], re.IGNORECASE)
_AMENDING_CLAUSE = re.compile(DATA["amending_clause_pattern"], re.IGNORECASE)
_AMENDED_AFTER_TITLE = re.compile(DATA["amended_after_title_pattern"], re.IGNORECASE)
_CLOSED_BY_DATE = re.compile(DATA["closed_by_date_pattern"])
_PURPOSE_CITATION = re.compile(DATA["purpose_citation_pattern"])
# "văn bản số 92/TTr-UBND" names no type: the abbreviation in its number does.
_BY_ABBREVIATION = {abbr: kind for kind, spec in load_data("document_types")["kinds"].items()
                    for abbr in spec["abbreviations"]}
_AGENCY_HEAD = re.compile(
    rf"(?:{alternation(load_data('agencies')['heads'] + load_data('agencies')['offices'])})\b"
)
_REFERENCE = re.compile(
    rf"(?<!\w)(?P<type>{alternation(list(CITED_NAMES)).replace(chr(92) + ' ', chr(92) + 's+')})"
    rf"(?:\s+số)?\s*:?\s*(?=\d)",
    re.IGNORECASE,
)
_ISSUED_WITH = re.compile(r"\s(?:được\s+)?ban hành kèm theo\s*$")
_NAMED_AT = re.compile(r"\s(?:của|do)\s[^;]+\stại\s*$")
_NAME_WORDS = {"luật", "bộ luật", "pháp lệnh", "hiến pháp"}  # cited in capitals; in lower case, words of a name
_LAW = re.compile(r"(?<!\w)(?P<type>Luật|Bộ luật|Pháp lệnh|Hiến pháp)\s+\w", re.UNICODE)
# A type name cited without a number: "Căn cứ Chương trình công tác năm 2018 của Hội Khuyến học huyện".
_UNNUMBERED = re.compile(
    rf"\s*(?:(?:{alternation(PREAMBLE_CUES)})(?:\s+vào)?\s+)?(?P<type>{alternation(list(CITED_NAMES))})\s+(?!số)",
    re.IGNORECASE,
)
# Where the issuer written after "của" ends. Lower-case words after "về", "," and the verbs start the subject;
# a capitalised word continues the name ("Ban Chỉ đạo Trung ương về Phòng, chống thiên tai").
_ISSUER_END = re.compile(
    r"\s+về\s+(?![A-ZĐ])|\s+(?:Quy định|Hướng dẫn|Ban hành|Phê duyệt|Về việc)\s+|"
    r"\s+(?:về|ban hành|phê duyệt|quy định|hướng dẫn|tổ chức|triển khai|thực hiện|ấn định|V/v)\s+|"
    r"\s+(?:tham gia ý kiến|có ý kiến|cho ý kiến|góp ý)\b|"  # "… của Bộ Tài chính tham gia ý kiến về phương án …"
    r"\s+(?:sửa đổi|bãi bỏ)[\s,]|"
    r"\s+(?:Kế hoạch|Công văn|Đề án|Chương trình|Quyết định|Kết luận)\b|,(?!\s*(?:[A-ZĐ]|kỳ họp\b))|"
    r"[;(]|\s+[“\"]|\s+(?:ngày|năm)\s+\d|,\s*(?:đã\s+)?được\s|"
    r"\s+thì\s|\s+như sau\b|"  # "… của UBND tỉnh thì các huyện phải …", "… của Sở GDĐT như sau:"
    r"\s+(?:đã|đang|sẽ)\s|"  # "… ngày 05/9/2023 Sở GDĐT đã hướng dẫn …": a verb's tense ends the name
    r"\s+(?:nhiệm kỳ|giai đoạn)\s+\d|"  # "Quy chế làm việc của UBND huyện nhiệm kỳ 2021-2026": the title's term
    # "… của Chính phủ quản lý, cung cấp, sử dụng dịch vụ Internet …": a name that takes no lower-case complement
    r"(?:(?<=\bChính phủ)|(?<=\bQuốc hội))\s+(?=(?!(?:và|khóa|khoá|nhiệm kỳ)\b)[a-zà-ỹđ])"
)
# A reference right after these words is named inside the citation before it ("… của Chính phủ hướng dẫn thực hiện
# Nghị định số 60/…", "Kế hoạch … về triển khai Chương trình số 08/…"): part of that citation's subject, not a parent.
_NESTED_LEAD = re.compile(
    # "Luật số 57/… của Quốc hội ban hành Luật sửa đổi, bổ sung …": the law's own title after "ban hành"
    r"(?:của|về|về việc|thực hiện|triển khai|thi hành|hướng dẫn|ban hành|"
    r"sửa đổi, bổ sung(?: một số điều)?(?: của| bởi| theo| tại)?|bãi bỏ|thay thế|quy định tại|"
    r"(?:tiếp tục )?áp dụng|"  # "… về tiếp tục áp dụng Quyết định số …": the document the title keeps in force
    # "… của Chính phủ quy định chính sách giảm thuế theo Nghị quyết số …": "theo" right after the title's words
    r"(?<=[^\W\d]\s)theo|"
    # "… thi hành một số điều Pháp lệnh …", "… tại khoản 2 Điều 157 Luật …": a law named by one of its articles
    r"(?:(?:một số|các)\s+)?điều(?:\s+\d+\w*(?:(?:\s*,|\s+và)\s+\d+\w*)*)?)\s*$",
    re.IGNORECASE,
)
_LAWS_LISTED = re.compile(r"\b(?:Luật|Bộ luật|các Luật|các Bộ luật)\s*:\s")
# "… tại Tờ trình số 10/… và đề nghị của Bộ trưởng … tại …": the second request names the next document's issuer.
_NEXT_REQUEST = re.compile(
    # "…; đề nghị của Sở Giáo dục … tại Công văn số …", "… và trên cơ sở ý kiến thống nhất của …": a further ground
    r"(?:\s+và|;)\s+(?:trên cơ sở\s+)?(?:(?:ý kiến|kết luận)\s+)?(?:chỉ đạo|đề nghị|ý kiến|yêu cầu|đề xuất|hướng dẫn)"
    r"(?:\s+(?:thống nhất|thẩm định|góp ý))?\s+của\s"
    r"|[,;]\s+(?:nhằm|để)\s"  # "…, nhằm góp phần …", "…; nhằm bảo đảm …": a purpose clause ends the citation
    # "…, trên cơ sở báo cáo, đề xuất của Sở X, UBND tỉnh ban hành …": a further ground, no part of the title
    r"|,\s+trên cơ sở\s+(?:báo cáo|đề xuất|đề nghị|ý kiến|kết quả)\b",
    re.IGNORECASE,
)
# "… đề nghị của Sở Tài chính (Tờ trình số …)": the document in brackets right after the proposer is its
_REQUEST_BY = re.compile(r"(?:chỉ đạo|đề nghị|ý kiến|yêu cầu|đề xuất|hướng dẫn|kết luận)"
                         r"(?:\s+(?:thống nhất|thẩm định|góp ý))? của\s+(?P<issuer>[^;]+?)"
                         r"(?:\s+tại\s|\s*\(\s*$)", re.IGNORECASE)
_NAMED_PROGRAMME = re.compile(r"[^\W\d]+(?:\s+[^\W\d]+)?\s+\d{1,3}(?![\d/.\-])")
_FIELD_NAMED = re.compile(rf"\s+về\s+(?!(?:{alternation(list(CITED_NAMES))})\b)[A-ZĐ]")
_NEXT_NAMED_AT = re.compile(r"[^;.]*?\s+tại\s*")
_NAMED_RIGHT_BEFORE = re.compile(r",\s*của\s+(?P<issuer>[^;,]+?)\s+tại\s*$")
_CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_SHORT_NAME = re.compile(r"\s*\(\s*(?:(?:sau đây|dưới đây)\s+)?(?:gọi|viết)(?:\s+tắt)?\s+là\b", re.IGNORECASE)
_STATEMENT_AFTER = re.compile(rf",\s+(?=[{_CAPITAL}])")
_PERSON_BEFORE_COMMA = re.compile(DATA["person_before_comma_pattern"])
_OFFICE_AFTER_COMMA = re.compile(DATA["office_after_comma_pattern"])
_STATEMENT_VERB = re.compile(
    r"\s(?:xây dựng|ban hành|có ý kiến|thông báo|hướng dẫn|đề nghị|yêu cầu|triển khai|tổ chức|báo cáo|kính trình|"
    r"trình|chỉ đạo|giao)\b|\b(?:như sau|sau đây)\b"
    r"|\s(?:đã|vừa)\s+(?:có|gửi)\b"  # "…, Bộ Nội vụ đã có Văn bản số …": the writer's own act after the citation
)
# A number cited without its type name, the type being that of the citation before it or of the list's lead.
_BARE = re.compile(r"[Ss]ố\s+(?=\d)")
_BARE_AFTER = re.compile(r"(?:[;:,]\s*|\svà\s+)(?P<so>[Ss]ố\s+)(?=\d)")
# "Căn cứ các Công văn của Bộ Tài chính số 3910/… ngày … về …, số 367/… ngày … về …": documents of one type and one
# issuer listed by their numbers after both.
_PLURAL_LEAD = re.compile(
    rf"\b(?i:các)\s+(?P<type>(?i:{alternation(list(CITED_NAMES))}))\s+của\s+(?P<issuer>[A-ZĐ][^,;()]{{1,80}}?)\s+"
    r"(?P<so>số\s+)(?=\d)"
)
_ACTION = re.compile(r"(?:việc|triển khai|thực hiện|tổ chức|ban hành|hướng dẫn|lãnh đạo|chỉ đạo|sửa đổi)\b")
# Where a committee's name ends: at "về" before what is done ("… về an toàn thực phẩm về triển khai …"), a date, ";"
# "… và đề án 06 về Kế hoạch hành động …": "về" before a type name ends the committee's field too
_COMMITTEE_END = re.compile(rf"\s+về\s+(?={_ACTION.pattern}|(?:{alternation(list(CITED_NAMES))})\b)|"
                            # "… chuyển đổi số tỉnh ban hành Chương trình …": the committee's act after its name
                            r"\s+(?=(?:ban hành|phê duyệt)\s+[A-ZĐ])|"
                            r"\s+(?:ngày|năm)\s+\d|;|\s+tại\s")
_COMMITTEE = re.compile(r"(?:Ban Chỉ đạo|Ban chỉ đạo|Ủy ban Quốc gia|Hội đồng|Tiểu ban|Ban Thường vụ)\b")
# a full stop after a word of three characters or more (not "TP.", "Tp."), then a capitalised word or a body's
# abbreviation before a word in lower case ("… kỹ thuật. Ủy ban …", "… kỹ thuật. UBND tỉnh …")
_SENTENCE_END = re.compile(
    rf"(?<=[\w)”\"]{{3}})\.\s+(?=[{_CAPITAL}][a-zà-ỹđ]|[{_CAPITAL}]{{2,6}}\s+[a-zà-ỹđ])")
# "…; cụ thể tại điều 10 …", "…; trong đó …": what the text draws from the citation, no part of its subject
_ELABORATION = re.compile(r"(?:cụ thể|trong đó)\b")
_DRAWN_FROM = re.compile(r",\s+(?:trong đó|theo đó|cụ thể)\s")
_CONCLUSION_TITLE = re.compile(r"\s*Kết luận\s+(?:của\s|tại\s|[Pp]hiên\s|[Hh]ội nghị\s|[Cc]uộc họp\s)")
_SUBJECT_LEAD = re.compile(r"^(?:về việc|về|V/v)\s+", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\((?:[^()]{1,20})\)")
# The text's own remark on a citation, in brackets at its end: "(sau đây viết tắt là Chỉ thị số 27/CT-TTg)",
# "(văn bản đính kèm)" — no part of the cited title.
_REMARK = re.compile(
    r"\s*\((?:(?:sau đây|dưới đây|gọi tắt|viết tắt)[^()]{0,120}|[^()]{0,80}?(?:gửi|đính)\s+kèm(?:\s+theo)?"
    r"|(?:văn bản\s+)?kèm theo[^()]{0,40}"
    # "… theo phương thức đối tác công tư (Dự án)": the short name the text gives the subject
    r"|(?-i:Dự án|Đề án|Chương trình|Kế hoạch))\s*\)\s*$",
    re.IGNORECASE)


# "… số 71/NQ-CP ngày 01/5/2025 của Chính phủ và ": a numbered document's issuer, then "và"
_ISSUED_AND = re.compile(r"\scủa\s+[A-ZĐÀ-Ỹ][^,;]{1,60}?\svà\s*$")


_DATE_AND = re.compile(r"(?:\d{4}|năm \d{4})\s+và\s*$")
_SUBMISSIONS = frozenset(name.lower() for name in DATA["submission_types"])


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = {start, end}
    for m in re.finditer(r";", text[start:end]):
        # "…; quy trình giới thiệu …": a lower-case word after ";" goes on with the same subject, unless it is a cue
        after = text[start + m.end() : end].lstrip()
        if after[:1].islower() and not PREAMBLE_CITATION.match(after) and not _BARE.match(after) \
                and not _ELABORATION.match(after):
            continue
        cuts.add(start + m.end())
    last_ref = -1  # a reference after an earlier one of the same sentence may be named inside it
    nesting = False  # "… của Luật A số …, Luật B số … và Luật C": a list named inside the same title
    nested_number = False  # the document named inside the title is cited by its number
    nested_type = ""  # ... and its type name
    cited_type = ""  # the type name of the citation the references are named inside
    # "Luật Ban hành văn bản quy phạm pháp luật số 64/…": "luật" in lower case ends a law's name, it cites none
    # "… cải cách hành chính và đề án 06 về …": a type word before a bare figure, without "số", names a programme
    refs = [*(r for r in _REFERENCE.finditer(text, start, end) if r.group("type") not in _NAME_WORDS
              and not (text[r.start()].islower() and _NAMED_PROGRAMME.match(text, r.start()))),
            *_LAW.finditer(text, start, end), *_BARE_AFTER.finditer(text, start, end),
            *_PLURAL_LEAD.finditer(text, start, end)]
    for m in sorted(refs, key=lambda m: m.start("so") if m.re in (_BARE_AFTER, _PLURAL_LEAD) else m.start()):
        # the last ";" that ends a citation ("…; cơ chế hình thành …" goes on with the same subject)
        semi = max((c - 1 for c in cuts if start < c <= m.start() and text[c - 1] == ";"), default=-1)
        if m.re in (_BARE_AFTER, _PLURAL_LEAD):  # "Tờ trình số 1420/… và số 1424/…", "…: Số 101/…; số 102/…"
            if m.re is _PLURAL_LEAD or last_ref > semi or re.match(r"\s*[;:]", text[m.start() : m.start("so")]):
                cuts.add(m.start("so"))
                last_ref, nesting = m.start("so"), False
            continue
        before = re.sub(r"\s+", " ", text[max(start, semi + 1, m.start() - 40) : m.start()])  # a crawl doubles spaces
        # "… Luật A và Luật B" inside one title; after a date ("Luật A ngày 19/6/2015 và Luật B") the next citation
        # — only inside a title that names laws ("sửa đổi … của Luật A và Luật B"); "Căn cứ Luật A và Luật sửa đổi …
        # của Luật A", "Pháp lệnh A số 26/… của … và Pháp lệnh B số 04/…" cite two
        law_list = m.re is _LAW and nesting and ((re.search(r"\svà\s*$", before) and not _CLOSED_BY_DATE.search(before))
                                                 or before.rstrip().endswith(","))
        # "… về thực hiện Nghị quyết số 71/… của Chính phủ và Chương trình số 10/… của …": "và" after a document named
        # inside the citation adds another to the same list
        listed = law_list or (nesting and nested_number and m.re is _REFERENCE
                              and _ISSUED_AND.search(before) is not None)
        # "… sửa đổi, bổ sung một số điều của Nghị định số 95/… ngày 01/11/2021 và Nghị định số 83/… ngày …": the
        # same type after the date and "và" of a document named inside the title goes on with that list
        listed = listed or (nesting and nested_number and m.re is _REFERENCE
                            and m.group("type").lower() == nested_type and _DATE_AND.search(before) is not None)
        # "Nghị định số 63/… (đã được sửa đổi, bổ sung bởi Nghị định số 92/…)": a reference inside a bracket
        # opened after the one before is named inside that citation
        since = text[last_ref : m.start()] if last_ref > semi else ""
        # ... unless a further ground opens before the bracket ("… và trên cơ sở ý kiến thống nhất của các thành viên
        # UBND (Công văn số 4096/…)": that ground's document)
        bracketed = since.count("(") > since.count(")") and not _NEXT_REQUEST.search(since)
        # "… sửa đổi, bổ sung một số điều của Luật: Chứng khoán, …, Luật Dự trữ quốc gia, Luật Xử lý …": the laws
        # listed after "Luật:" are the amended ones, named inside the title
        listed = listed or (m.re is _LAW and _LAWS_LISTED.search(since) is not None)
        further = (nesting and m.re is _REFERENCE and collapse(m.group("type").lower()) == cited_type != nested_type
                   and cited_type in _SUBMISSIONS)
        if last_ref > semi and (_NESTED_LEAD.search(before) or listed or bracketed) and not further \
                and not _amends_a_citation_without_subject(text, last_ref, m.start(), before):
            nesting, nested_number = True, m.re is _REFERENCE
            # only a title's own list ("sửa đổi … của A và B"); "được sửa đổi, bổ sung bởi A và B" names amending
            # texts, each of which may be cited in its own right
            nested_type = m.group("type").lower() if m.re is _REFERENCE and not _AMENDED_BY.search(before) else ""
            continue
        cuts.add(m.start())
        last_ref, nesting = m.start(), False
        cited_type = collapse(m.group("type").lower()) if m.re is _REFERENCE else ""
    points = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(points) if b > a]


def _amends_a_citation_without_subject(text: str, prev: int, ref: int, before: str) -> bool:
    """"… được sửa đổi, bổ sung bởi Luật số …" after a citation that has no subject of its own (a law named before
    its number, a law by name, a number with no "về"): the amending text is a parent of its own (contract §2 leaves
    out only a document named inside another citation's subject)."""
    if not _AMENDED_BY.search(before):
        return False
    earlier = _citation(text, prev, ref, "")
    subject = earlier and earlier["subject"]
    return subject is None or subject.rule == "parents.subject.name"


def _number(text: str, num_m: re.Match[str], confidence: float) -> Finding | None:
    """A cited number read as the header's is: its code joined across a text layer's stray spaces ("số 412/QĐ - U B
    ND"), withheld where the code is cut ("số 412/QĐ-U"; :func:`cut_numbers` warns)."""
    whole = whole_number(text, num_m)
    return None if whole is None else Finding(whole[0], num_m.start(), whole[1], confidence, "parents.number")


def cut_numbers(seg: Segments) -> bool:
    """Whether a number the opening cites has its code cut by the text layer (withheld by :func:`_number`)."""
    return any(_REFERENCE.match(seg.text, ln.start + r.start()) and whole_number(seg.text, m) is None
               for ln in _opening(seg) for r in _REFERENCE.finditer(ln.text)
               if (m := NUMBER_PATTERN.match(seg.text, ln.start + r.end())) is not None)


def _strip_brackets(s: str) -> str:
    # "… của Sở Văn hóa, Thể thao và Du lịch và Công văn số …": the "và" before the next citation is no part of the name
    s = re.sub(r"\s+và$", "", collapse(_BRACKETED.sub("", s)).strip(" ,;.:-–"))
    # "(Công văn số … của Văn phòng UBND tỉnh)": the bracket around the whole citation closes after its issuer
    return s[:-1].rstrip(" ,;.:-–") if s.endswith(")") and s.count(")") > s.count("(") else s


# a full stop after a body's name (its last word may be short: "xã Tân An.", not "Tp."), then a new sentence
_NAME_THEN_SENTENCE = re.compile(
    rf"(?<=[a-zà-ỹđ])(?<!\bTp)(?<!\bTx)\.\s+(?=[{_CAPITAL}][a-zà-ỹđ]|[{_CAPITAL}]{{2,6}}\s+[a-zà-ỹđ])")


def _statement_in_issuer(text: str, s: int, e: int) -> int:
    """Where the issuer read after "của" ends when it ran on into the text's own statement: "… của UBND huyện Sơn Tịnh,
    Phòng GDĐT huyện xây dựng Kế hoạch như sau:" ends at the comma before the body that acts (the last comma before the
    verb, one opening with a body's head first: "Sở Văn hóa, Thể thao và Du lịch, Phòng GDĐT xây dựng …")."""
    if stop := _NAME_THEN_SENTENCE.search(text, s, e):  # "… của Bộ trưởng Bộ GDĐT. Phòng GDĐT xây dựng …"
        return stop.start()
    verb = _STATEMENT_VERB.search(text, s, e)
    # the issuer's end found at the verb itself ("…, UBND xã ban hành Kế hoạch …"): only a body's head after the comma
    # tells the statement from a name with commas before its title ("Sở Văn hóa, Thể thao và Du lịch hướng dẫn …")
    at_end = verb is None and _STATEMENT_VERB.match(text, e)
    if verb is None and not at_end:
        return e
    until = verb.start() if verb is not None else e
    commas = [m for m in _STATEMENT_AFTER.finditer(text, s, until)
              if not re.search(r"\s(?:của|về)\s", text[m.end() : until])]
    headed = [m for m in commas if _AGENCY_HEAD.match(text, m.end()) or _acts_right_after(text, m.end(), until)]
    cut = (headed or ([] if at_end else commas) or [None])[-1]
    return cut.start() if cut is not None else e


def _acts_right_after(text: str, at: int, verb: int) -> bool:
    """"…, Thủ tướng Chính phủ yêu cầu:": an authority, then the verb — the statement; not "…, Chính phủ và Đoàn Chủ
    tịch … hướng dẫn …" (one more issuer of the same text)."""
    authority = _AUTHORITY.match(text, at)
    return authority is not None and not text[authority.end() : verb].strip()


# The Party's resolutions are cited by the congress or plenum that adopted them, without a number: "Nghị quyết Đại
# hội đại biểu toàn quốc lần thứ XIII của Đảng", "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII".
_CONGRESS_RESOLUTION = re.compile(r"Nghị quyết\s+(?:Đại hội|Hội nghị)\s(?:(?!số\s*\d)[^;:()]){5,160}?(?=\s*(?:[;.]|$))")


def _congress_resolution(text: str, cs: int, ce: int) -> dict[str, Finding | None] | None:
    m = _UNNUMBERED.match(text, cs, ce)
    r = m and _CONGRESS_RESOLUTION.match(text, m.start("type"), ce)
    if not r or text[r.end() : ce].strip(" ;.\n"):
        return None
    return {
        "kind": Finding("khac", m.start("type"), m.end("type"), 0.7, "parents.kind.unnumbered"),
        "number": None,
        "issue_date": None,
        "issuer": None,
        "subject": Finding(collapse(r.group(0)), r.start(), r.end(), 0.7, "parents.subject.name"),
    }


_ABOUT_AFTER_ISSUER = re.compile(r"\s+(?:về việc|về|V/v)\s+(?=\S)", re.IGNORECASE)


def _unnumbered(text: str, cs: int, ce: int) -> dict[str, Finding | None] | None:
    if _ISSUED_WITH.search(text, cs, ce):  # "Quy chế … ban hành kèm theo Quyết định số …": the decision is cited
        return None
    if _NAMED_AT.search(text, cs, ce):  # "Căn cứ kết luận của Chủ tịch UBND huyện tại" / "Thông báo số …": that one is
        return None
    m = _UNNUMBERED.match(text, cs, ce)
    cua = re.search(r"\s(?:của|do)\s+", text[cs:ce])
    if m and (congress := _congress_resolution(text, cs, ce)):
        return congress
    if m and cua and _SITUATION.search(text, m.end("type"), cs + cua.start()):
        cua = None  # "Kế hoạch năm học 2023 - 2024, tình hình thực tế của nhà trường": "của" is the situation's
    if m and not cua:
        return _named_plan(text, m, ce)
    if not m:
        return None
    s = cs + cua.end()
    m_end = _ISSUER_END.search(text, s, ce)
    # "… của Trường THPT X, Ban Chấp hành Đoàn trường xây dựng Kế hoạch …": the statement after the last ground
    e = _statement_in_issuer(text, s, m_end.start() if m_end else ce)
    issuer = _strip_brackets(text[s:e])
    # "… của trường THCS Bình Minh": a body written in lower case is still one when a proper name follows its head
    if not issuer or not (_AGENCY_HEAD.match(issuer) or (
            _AGENCY_HEAD.match(issuer[:1].upper() + issuer[1:]) and re.search(rf"\s[{_CAPITAL}]", issuer))):
        return None
    kind = CITED.get(m.group("type").lower(), "khac")
    number = issued = name = None
    name_end = cs + cua.start()
    titled = re.search(r"\s+số\s*", text[m.end("type") : name_end])
    num_m = titled and NUMBER_PATTERN.match(text, m.end("type") + titled.end())
    # "Kế hoạch của UBND tỉnh số 55/KH-UBND ngày 07/3/2024 về …": the issuer before the number
    numbered_after = None if num_m else _NUMBER_AFTER_ISSUER.search(text, s, e)
    if numbered_after and (after_m := NUMBER_PATTERN.match(text, numbered_after.end())):
        return _issuer_then_number(text, m, s, numbered_after.start(), after_m, ce)
    if num_m:  # "Kế hoạch giáo dục nhà trường năm học 2022 - 2023 số 12/KH-X ngày …": a title before the number
        number = _number(text, num_m, 0.8)
        date = next((d for d in find_dates(text, num_m.end(), name_end) if d.year), None)
        if date is not None:
            issued = Finding(date.iso(), date.start, date.end, 0.8, "parents.issue_date")
    else:  # cited without a number: its name is its subject ("Chương trình công tác năm 2023")
        value = collapse(text[m.start("type") : name_end]).strip(" ,;.")
        if value == m.group("type") and value[:1].islower():  # "Theo báo cáo của Bộ Xây dựng, …": told, no document
            return None
        name = Finding(value, m.start("type"), name_end, 0.7, "parents.subject.name") if value else None
        # "Thông báo của MTTQ xã về việc phân bổ …": the type alone before the issuer; the title follows "về (việc)"
        about = _ABOUT_AFTER_ISSUER.match(text, e, ce) if value == m.group("type") else None
        if about is not None and (title := collapse(text[about.end() : ce]).strip(" ,;.")):
            end = about.end() + len(text[about.end() : ce].rstrip(" ,;.\n"))
            name = Finding(title, about.end(), end, 0.7, "parents.subject")
    return {
        "kind": Finding(kind, m.start("type"), m.end("type"), 0.7, "parents.kind.unnumbered"),
        "number": number,
        "issue_date": issued,
        "issuer": Finding(issuer, s, e, 0.7, "parents.issuer"),
        "subject": name,
    }


# "Kế hoạch giáo dục nhà trường năm học 2023 - 2024;": a plan named by its year, without number or issuer
_SITUATION = re.compile(r"\s*(?:,|\svà)\s+(?:căn cứ\s+)?(?:tình hình|điều kiện|thực tế|kết quả|khả năng)\b")
_PLAN_YEAR = re.compile(r"\s(?:năm(?:\s+học)?|giai đoạn|nhiệm kỳ)\s+\d{4}\b")  # a title with its year or term


def _named_plan(text: str, m: re.Match[str], ce: int) -> dict[str, Finding | None] | None:
    """A cue line that names a document by its title and year alone (a charter by its name alone) and ends the
    citation there ("Căn cứ Kế hoạch giáo dục nhà trường năm học 2023 - 2024;"): an item whose name is its subject."""
    name = text[m.start("type") : ce].rstrip()
    charter = m.group("type") in DATA["charter_names"]
    if charter and name.endswith(" và"):  # "Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW …": the next one follows
        name = name[:-3] + ";"
    if not name.endswith(";") or not m.group("type")[:1].isupper() or not (charter or _PLAN_YEAR.search(name)):
        return None
    name = name[:-1].rstrip()
    if situation := _SITUATION.search(name):  # "… năm học 2023-2024 và tình hình thực tế đơn vị": the plan alone
        name = name[: situation.start()]
    return {
        "kind": Finding(CITED.get(m.group("type").lower(), "khac"), m.start("type"), m.end("type"), 0.7,
                        "parents.kind.unnumbered"),
        "number": None,
        "issue_date": None,
        "issuer": None,
        "subject": Finding(collapse(name), m.start("type"), m.start("type") + len(name), 0.7, "parents.subject.name"),
    }


# A line of a list of grounds that opens with a type name in capitals and no number: a document cited by its title
# ("Báo cáo nhanh tình hình thiệt hại do mưa lũ …;", "Kế hoạch công tác năm 2026 của Hội Nông dân tỉnh;")
_TITLE_ENTRY = re.compile(rf"(?P<type>(?-i:{alternation([n for n in CITED_NAMES if n[:1].isupper()])}))"
                          r"\s+(?!(?:số|này|trên|nêu|được|nhằm|gồm|có|là)\b)[a-zà-ỹđ]", re.IGNORECASE)


def _unnumbered_entry(text: str, ln) -> dict[str, Finding | None] | None:
    m = _TITLE_ENTRY.match(ln.text)
    if m is None or not ln.text.rstrip().endswith((";", ".")) or _REFERENCE.search(ln.text):
        return None
    if (item := _unnumbered(text, ln.start, ln.end)) is not None:
        return item
    if re.search(r"\scủa\s", ln.text):
        return None  # its issuer was named but not read: better none than a guess ("do" also means "due to")
    value = collapse(ln.text).rstrip(" ;.")
    kind = CITED.get(m.group("type").lower(), "khac")
    return {"kind": Finding(kind, ln.start, ln.start + m.end("type"), 0.6, "parents.kind.unnumbered"), "number": None,
            "issue_date": None, "issuer": None,
            "subject": Finding(value, ln.start, ln.start + len(value), 0.6, "parents.subject.name")}


_NUMBER_AFTER_ISSUER = re.compile(r"\s+số\s*:?\s*(?=\d)")


def _issuer_then_number(text: str, m: re.Match[str], s: int, e: int, num_m: re.Match[str],
                        ce: int) -> dict[str, Finding | None]:
    """A document cited by its type and issuer before its number: "Kế hoạch của UBND tỉnh số 55/KH-UBND ngày …
    về …"; the subject follows the date after "về"."""
    issuer = _strip_brackets(text[s:e])
    issued = subject = None
    after = num_m.end()
    date = next((d for d in find_dates(text, after, ce) if d.year), None)
    if date is not None and date.start - after < 25:
        issued = Finding(date.iso(), date.start, date.end, 0.8, "parents.issue_date")
        after = date.end
    lead = re.compile(r"\s*,?\s*(?:về việc|về|V/v)\s+", re.IGNORECASE).match(text, after, ce)
    if lead is not None:
        value = _REMARK.sub("", collapse(text[lead.end() : ce]).strip(" ;,.:"))
        if value[:1] in QUOTES and value[-1:] in QUOTES:
            value = value[1:-1].strip()
        subject = Finding(value, lead.end(), ce, 0.7, "parents.subject") if len(value) > 3 else None
    return {
        "kind": Finding(CITED.get(m.group("type").lower(), "khac"), m.start("type"), m.end("type"), 0.8,
                        "parents.kind"),
        "number": _number(text, num_m, 0.8),
        "issue_date": issued,
        "issuer": Finding(issuer, s, e, 0.8, "parents.issuer") if issuer else None,
        "subject": subject,
    }


def _dated_number(text: str, start: int, date) -> re.Match[str] | None:
    """"Pháp lệnh sửa đổi … của Pháp lệnh X số 04/2012/PL-UBTVQH13 ngày 16/7/2012": the number right before the date
    and of its year is the amending text's own ("… của Luật Báo chí số 103/2016/QH13 ngày 08/7/2021" is not)."""
    last = None
    for named in re.finditer(r"\s+số\s+(?=\d)", text[start : date.start]):
        last = NUMBER_PATTERN.match(text, start + named.end())
    if last is None or not re.fullmatch(r"[\s,]*(?:ngày\s*)?", text[last.end() : date.start]):
        return None
    return last if f"/{date.year}/" in last.group(0) else None


def _citation(text: str, cs: int, ce: int, lead: str, earlier: str = "") -> dict[str, Finding | None] | None:
    """One cited document in ``text[cs:ce]``; ``lead`` is its sentence so far, ``earlier`` the line before it."""
    chunk = text[cs:ce]
    ref = _REFERENCE.match(chunk.lstrip())
    law = _LAW.match(chunk.lstrip())
    if ref is None and law is None:  # a reference further in; a law the chunk opens with is the citation itself
        ref = _REFERENCE.search(chunk)
    bare = _BARE.match(chunk.lstrip()) if ref is None and law is None else None
    if ref is None and law is None and bare is None:
        return _unnumbered(text, cs, ce)
    by_number = ref is not None or bare is not None
    if by_number:
        head = _numbered_head(text, cs, chunk, ref, bare, earlier)
        if head is None:
            return None
        kind, tstart, tend, number, after = head
    else:
        lead_ws = len(chunk) - len(chunk.lstrip())
        tstart, tend = cs + lead_ws + law.start("type"), cs + lead_ws + law.end("type")
        kind, number, after = "khac", None, tend
    result: dict[str, Finding | None] = {
        "kind": Finding(kind, tstart, tend, 0.9, "parents.kind"),
        "number": number,
        "issue_date": None,
        "issuer": None,
        "subject": None,
    }
    dates = [d for d in find_dates(text, after, ce) if d.year]
    if dates and (not by_number or dates[0].start - after < 25):
        d = dates[0]
        result["issue_date"] = Finding(d.iso(), d.start, d.end, 0.9, "parents.issue_date")
        after = d.end
    if not by_number:
        return _named_law(text, result, tstart, tend, after, dates, ce)
    found = _issuer_after(text, result, cs, ce, after, lead, earlier, bare)
    if found is not None:
        _subject(text, result, *found)
    return result


def _numbered_head(text: str, cs: int, chunk: str, ref: re.Match[str] | None, bare: re.Match[str] | None,
                   earlier: str) -> tuple[str, int, int, Finding | None, int] | None:
    """The type, its span, the number and where the number ends of a citation by number ("Quyết định số …",
    "… và số 1424/TTr-BQL" after another); None when no number follows the type."""
    if bare is not None:  # "… và số 1424/TTr-BQL": the type of the citation before it
        types = [*_REFERENCE.finditer(earlier), *re.finditer(rf"các\s+(?P<type>{alternation(list(CITED_NAMES))})",
                                                             earlier, re.IGNORECASE)]
        typed = max(types, key=lambda t: t.start(), default=None)
        kind = CITED.get(typed.group("type").lower(), "khac") if typed else "khac"
        lead_ws = len(chunk) - len(chunk.lstrip())
        tstart, tend, num_from = cs + lead_ws, cs + lead_ws + bare.end(), cs + lead_ws + bare.end()
    else:
        tstart, tend = cs + ref.start("type"), cs + ref.end("type")
        kind = CITED.get(ref.group("type").lower(), "khac")
        num_from = cs + ref.end()
    # an old text's number is a bare figure ("Nghị định số 20 ngày 15/05/1948")
    num_m = NUMBER_PATTERN.match(text, num_from) or _BARE_FIGURE.match(text, num_from)
    if num_m is None:
        return None
    number = _number(text, num_m, 0.9)  # None where the text layer cut its code
    if ref is not None and ref.group("type").lower() == "văn bản":
        # the State's "92/TTr-UBND", the Party's "07-TB/CQTTBCĐ" (type before the slash)
        abbr = re.match(r"\d+-([^-/]+)/|[^/]*/(?:\d{4}/)?([^-/]+)", clean_number(num_m.group(0)))
        kind = _BY_ABBREVIATION.get(abbr.group(1) or abbr.group(2), kind) if abbr else kind
    after = num_m.end()
    return kind, tstart, tend, number, after


def _named_law(text: str, result: dict[str, Finding | None], tstart: int, tend: int, after: int, dates: list,
               ce: int) -> dict[str, Finding | None]:
    """A law cited by its name: with a number ("Luật bảo hiểm y tế số 25/2008/QH12 ngày …"), or by name and date,
    its name then being its subject."""
    named = re.compile(r"\s+số\s+(?=\d)").search(text, tend, dates[0].start if dates else ce)
    own = named is not None and not re.search(r"\b(?:của|Luật|Bộ luật)\b", text[tend : named.start()])
    num_m = NUMBER_PATTERN.match(text, named.end()) if own else None  # not a number inside an amending law's title
    if num_m is None and dates:  # ... unless it is of the citation's own year, right before its date
        num_m = _dated_number(text, tend, dates[0])
    if num_m is not None:
        result["number"] = _number(text, num_m, 0.85)
        result["issuer"] = _law_issuer(text, max(num_m.end(), after), ce)
        return result
    name_end = dates[0].start if result["issue_date"] is not None else ce
    amended = _AMENDING_CLAUSE.search(text, tend, name_end)
    name_end = amended.start() if amended else name_end
    name = re.sub(r"\s+(?:ngày|năm|và)$", "", collapse(text[tstart:name_end]).strip(" ,;.:"))
    # "Bộ luật Lao động năm 2012", "Luật Giáo dục năm 2019": the year passed dates the law like "ngày …"; its name
    # is the rest (contract §2; rh7_01). A constitution is named by its year ("Hiến pháp năm 2013").
    if text[tstart:tend].lower() != "hiến pháp":
        name = re.sub(r"\s+năm\s+\d{4}$", "", name)
    if len(name.split()) > 1:
        result["subject"] = Finding(name, tstart, name_end, 0.8, "parents.subject.name")
    if result["issue_date"] is not None:
        result["issuer"] = _law_issuer(text, after, ce)
    return result


def _issuer_after(text: str, result: dict[str, Finding | None], cs: int, ce: int, after: int, lead: str,
                  earlier: str, bare: re.Match[str] | None) -> tuple[int, int] | None:
    """The issuer after the number ("của X"), or the one its sentence names before it ("chỉ đạo của X tại"):
    where the subject starts and where the citation ends, or None when the citation is complete."""
    nxt = _NEXT_REQUEST.search(text, after, ce)
    if nxt:
        ce = nxt.start()
    rest = text[after:ce]
    directed = [*_REQUEST_BY.finditer(lead + " ")]
    subject_from = after
    # a date that cannot be read ("ngày 08/6/20210", a typo) stands between the number and "của"
    # "Kế hoạch số 55/KH-UBND, ngày 07/3/2024, của UBND tỉnh": commas around the date
    m_cua = re.match(r"\s*,?\s*(?:ngày\s+[\d/.\-]+\s*,?\s*)?(?:của|do)\s+", rest)
    if m_cua is None and result["issue_date"] is not None:  # "… ngày 05/3/2024 Bộ Y tế về …": the body without "của"
        m_cua = _ISSUER_WITHOUT_CUA.match(rest)
    # "… tại thông báo số 99-TB/TW ngày …, của Ban Bí thư tại văn bản số …": a "của X tại" that runs into the next
    # citation names that one's issuer, not this one's
    # ("… của UBND huyện (được điều chỉnh, bổ sung tại Kế hoạch số …": the amending text, cited after "tại", is not)
    if m_cua and _NEXT_NAMED_AT.fullmatch(text, after + m_cua.end(), ce) \
            and not _AMENDED_BY.search(text, after + m_cua.end(), ce):
        m_cua = None
    if m_cua:
        result["issuer"], subject_from = _named_after(text, after + m_cua.end(), ce)
    elif directed and _directed_issuer(text, result, cs, lead, directed):
        return None
    if bare is not None and result["issuer"] is None and (
            plural := max((p for p in _PLURAL_LEAD.finditer(text, cs - len(earlier), ce) if p.start("so") <= cs),
                          key=lambda p: p.start(), default=None)):
        s, e = plural.start("issuer"), plural.end("issuer")
        result["issuer"] = Finding(_strip_brackets(text[s:e]), s, e, 0.8, "parents.issuer.listed")
    return subject_from, ce


def _named_after(text: str, s: int, ce: int) -> tuple[Finding | None, int]:
    """The issuer written after "của" from ``s`` and where it ends ("… của Ban Chỉ đạo Trung ương về Phòng, chống
    thiên tai về …": a committee named by its field)."""
    m_end = _ISSUER_END.search(text, s, ce)
    # A committee is named by its field: "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai".
    field_then_subject = m_end and re.search(r"\s+về\s", text[m_end.end() : ce]) and not _ACTION.match(
        text, m_end.end())  # "Ban Thường vụ … về triển khai thực hiện Chỉ thị …": what is done, not a field
    # "… về Kế hoạch hành động triển khai …": a type name after "về" opens the subject, it is no field
    field_named = _FIELD_NAMED.match(text[m_end.start() : ce]) if m_end else None
    cut = text[m_end.start() : m_end.end()] if m_end else ""
    # "Ban Chỉ đạo phòng, chống AIDS và tệ nạn ma túy, mại dâm xã về triển khai …": commas inside the field
    comma_in_field = cut.startswith(",") and _COMMITTEE_END.search(text, m_end.end(), ce)
    if m_end and _COMMITTEE.match(text, s) and (
            field_named or (cut.strip() == "về" and field_then_subject) or comma_in_field):
        m_end = _COMMITTEE_END.search(text, m_end.end(), ce)
    e = _statement_in_issuer(text, s, m_end.start() if m_end else ce)
    issuer = _strip_brackets(text[s:e])
    return (Finding(issuer, s, e, 0.85, "parents.issuer") if issuer else None), e


def _directed_issuer(text: str, result: dict[str, Finding | None], cs: int, lead: str,
                     directed: list[re.Match[str]]) -> bool:
    """The issuer its sentence names before the citation ("chỉ đạo của X tại …"); True when that also gave the
    subject ("ý kiến chỉ đạo của X về việc … (Công văn số …)")."""
    lead_start = cs - len(lead)
    s, e = lead_start + directed[-1].start("issuer"), lead_start + directed[-1].end("issuer")
    # "chỉ đạo của Tổng Bí thư, của Bộ Chính trị tại …, của Ban Bí thư tại …": each document's issuer is the
    # "của X" written right before its "tại"
    if near := _NAMED_RIGHT_BEFORE.search(lead):
        s, e = lead_start + near.start("issuer"), lead_start + near.end("issuer")
    # "ý kiến chỉ đạo của Thủ tướng Chính phủ về việc triển khai … (Công văn số 282/… ngày …)": the document in
    # brackets after what the instruction is about; that is its subject
    # ("Ban Chỉ đạo Trung ương về phòng, chống thiên tai": a committee is named by its field)
    about = _ABOUT_BEFORE_BRACKET.search(text, s, e) if lead.rstrip().endswith("(") else None
    if about is not None and _COMMITTEE.match(text, s) and "việc" not in about.group():
        about = None
    if about is not None:
        s_end = e
        e = about.start()
    value = _strip_brackets(text[s:e])
    if lead.rstrip().endswith("(") and (named := _bracketed_series_name(text, s, e)) is not None:
        value, s = named
    result["issuer"] = Finding(value, s, e, 0.8, "parents.issuer.directed")
    if about is not None and result["number"] is not None and (value := _strip_brackets(text[about.end() : s_end])):
        result["subject"] = Finding(value, about.end(), s_end, 0.75, "parents.subject.directed")
        return True
    return False


def _subject(text: str, result: dict[str, Finding | None], subject_from: int, ce: int) -> None:
    """The citation's title: after "về" to the end of the citation, else the title after the issuer."""
    start = _title_start(text, subject_from, ce)
    if start is None:
        return
    s, titled = start
    ce = _title_end(text, s, ce, titled)
    value = collapse(text[s:ce]).strip(" ;,.:")
    value = re.sub(r"[.;,]\s*$", "", value)
    value = re.sub(r"\s+và$", "", value)  # cut before the next citation of "… và Thông tư số …"
    value = re.sub(r"\s+như sau$", "", value)  # "… theo hướng dẫn tại Công văn số … về … như sau:": the text's own list
    if value.endswith(")") and value.count(")") > value.count("("):  # "(được … bởi Quyết định số … về …)": the bracket
        value = value[:-1].rstrip(" ;,.:")  # around the amending text closes after its title
    value = _REMARK.sub("", value)
    if value[:1] in QUOTES and value[-1:] in QUOTES:  # a subject that is all one quoted title
        value = _SUBJECT_LEAD.sub("", value[1:-1].strip())  # "“Về việc ban hành …”", "“Về tăng cường …”"
    if value and len(value) > 3 and not value.startswith(")"):  # ")": a bracketed one of a series (see below)
        result["subject"] = Finding(value, s, ce, 0.8, "parents.subject")


def _title_start(text: str, subject_from: int, ce: int) -> tuple[int, bool] | None:
    """Where the citation's title starts: after "về" (then it runs to the end of the citation), or — ``titled`` —
    the title after the issuer; None when it has none."""
    tail = text[subject_from:ce]
    if re.match(r"\s*và\s+[A-ZĐ]", tail):  # "… tại Tờ trình số … và Chánh Văn phòng UBND tỉnh": a second proposer
        return None
    if _AMENDING_CLAUSE.match(tail):  # "… của Bộ trưởng Bộ X (được điều chỉnh, bổ sung bởi …": no title of its own
        return None
    m_sub = re.search(r"(?:^|\s)(?:về việc|về|V/v)\s+", tail, re.IGNORECASE)
    # "… của Văn phòng Chính phủ Kết luận Phiên họp lần thứ tư của Ban Chỉ đạo … về phát triển …": a notice of
    # conclusions is titled by the meeting; what it concludes on follows "về"
    if m_sub and (m_sub.start() < 40 or _CONCLUSION_TITLE.match(tail) and m_sub.start() < 200):
        return subject_from + m_sub.end(), False
    # No "về": the title that follows the issuer, without its type word ("Kế hoạch tổ chức …" → "tổ chức …").
    m_title = re.match(r"[\s,]*(?:(?:Kế hoạch|Công văn|Chương trình|Đề án|Hướng dẫn)\s+"
                       r"|ban hành\s+(?=(?:Luật|Bộ luật|Pháp lệnh)\s))?(?=\S)", tail)
    s = subject_from + (m_title.end() if m_title else 0)
    # a note in brackets ("(sau đây gọi là Luật BHYT), trong đó …") is no title either; "… của Bộ trưởng Bộ X, phê
    # duyệt …" is: the title after a comma
    if not tail.strip(" .;,") or (re.match(r"\s*(?:\([^()]*\))?\s*(?:[,;.]|$)", tail)
                                  and not _TITLE_AFTER_COMMA.match(tail)):
        return None
    # "Căn cứ … Nghị định số … ngày … thì …": what follows from it; "… của Sở GDĐT như sau:": the text's own list;
    # "… ngày 04/9/2025 và nhiều văn bản chỉ đạo …": further documents listed, no title
    if re.match(r"\s*,?\s*(?:thì\s|như sau\b|và\s)", tail):
        return None
    return s, True


def _title_end(text: str, s: int, ce: int, titled: bool) -> int:
    """Where the title from ``s`` ends: at the sentence's end, what the text draws from it, the texts that amended it
    (a title after the issuer), a statement of the text's own, or a short name given to it."""
    # the text's own statement after the citation ("…, Phòng GDĐT xây dựng Kế hoạch như sau:") is no part of it;
    # a body named inside the subject ("…, Ủy ban nhân dân; điều động …") is
    # "… hướng dẫn thực hiện Quyết định số 22/2013/QĐ-TTg. Đến nay, …": a sentence's end ends the citation
    full_stop = _SENTENCE_END.search(text, s, ce)
    if full_stop:
        ce = full_stop.start()
    if drawn := _DRAWN_FROM.search(text, s, ce):  # "…, trong đó yêu cầu …": what the text draws from it, no title
        ce = drawn.start()
    # contract §2: with no "về" the subject is the title after the issuer, which ends before the texts that amended
    # it; after "về" it runs to the end of the citation, amending clause and all
    for amended in _AMENDED_AFTER_TITLE.finditer(text, s, ce) if titled else ():
        before = text[s : amended.start()]
        if before.count("(") == before.count(")"):
            ce = amended.start()
            break
    for stmt in _STATEMENT_AFTER.finditer(text, s, ce):
        if _OFFICE_AFTER_COMMA.match(text, stmt.end()) \
                and _PERSON_BEFORE_COMMA.search(collapse(text[s : stmt.start()])):
            continue  # "… đồng chí Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo …": the person's office, not a statement
        semi = text.find(";", stmt.end(), ce)
        if _STATEMENT_VERB.search(text, stmt.end(), ce if semi < 0 else semi):
            ce = stmt.start()
            break
    # "… về phân cấp quản lý cán bộ (sau đây gọi tắt là Quy định 377); đồng thời, …": the short name ends the title
    if alias := _SHORT_NAME.search(text, s, ce):
        ce = alias.start()
    return ce



_TITLE_AFTER_COMMA = re.compile(r"\s*,\s*(?:phê duyệt|ban hành|quy định|hướng dẫn)\s")
# "đề nghị của UBND tỉnh X (Công văn số …), ý kiến của các Bộ: Lao động - … (Công văn số …), Tài chính (Công văn số
# …)": a series of bodies, each with its document in brackets after its name; a name listed after "các Bộ:" is a Bộ.
_SERIES_NAME = re.compile(r"\)\s*[,;]\s*(?:(?:và\s+)?(?:ý kiến|đề nghị|đề xuất|báo cáo)(?:\s+\w+)?\s+của\s+)?"
                          r"(?P<head>các\s+(?P<kind>[A-ZĐ]\w*)\s*:\s*)?(?P<name>[A-ZĐ][^()]{1,80}?)\s*$")
_SERIES_HEAD = re.compile(r"\bcác\s+(?P<kind>[A-ZĐ]\w*)\s*:\s*")


def _bracketed_series_name(text: str, s: int, e: int) -> tuple[str, int] | None:
    """The issuer in ``text[s:e]`` of a document cited in brackets after an earlier bracketed one: the name written
    right before its bracket, with the kind of body a list of them opened with ("các Bộ: …, Tài chính" → Bộ Tài
    chính); where it starts."""
    close = text.rfind(")", s, e)
    m = _SERIES_NAME.match(text[:e], close) if close >= 0 else None
    if m is None:
        return None
    name = collapse(m.group("name"))
    heads = [*_SERIES_HEAD.finditer(text, s, m.start("name"))]
    if heads and not BODY_NAME.match(name):
        return f"{heads[-1].group('kind')} {name}", heads[-1].start("kind")
    return name, m.start("name")


_ABOUT_BEFORE_BRACKET = re.compile(r"\s+(?:về việc|về|V/v)\s+(?=[a-zà-ỹđ])")
_ISSUER_WITHOUT_CUA = re.compile(rf"\s+(?=(?:{alternation(DATA['issuing_authorities'])}|{_AGENCY_HEAD.pattern})"
                                 r"\s+(?!hành\b))")  # not "Ban hành …"


_LAW_ISSUER = re.compile(rf"\s*,?\s*(?:của|do)\s+(?=[{_CAPITAL}])")  # "… của Ủy ban Thường vụ Quốc hội"


def _law_issuer(text: str, after: int, ce: int) -> Finding | None:
    """The body that passed a law, written after its number or date: "Luật Quản lý thuế số 38/2019/QH14 ngày
    13/6/2019 của Quốc hội, quy định: …"."""
    m = _LAW_ISSUER.match(text, after, ce)
    if m is None:
        return None
    end = _ISSUER_END.search(text, m.end(), ce)
    e = end.start() if end else ce
    issuer = _strip_brackets(text[m.end() : e])
    return Finding(issuer, m.end(), e, 0.8, "parents.issuer") if 0 < len(issuer.split()) <= 8 else None


# A citation inside the opening's running sentence, without a cue at the start of the line: "Kỳ thi … được tổ chức
# theo Quy chế … ban hành kèm theo Thông tư số …, được sửa đổi, bổ sung tại Thông tư số …".
_RUNNING = re.compile(
    rf"(?<!\w)(?:ban hành kèm theo|được tổ chức theo|(?:được )?sửa đổi, bổ sung tại"
    # the text's own plan built as a letter guides: "… xây dựng Kế hoạch … theo hướng dẫn tại Công văn số …"; not
    # "… chưa thực hiện … theo quy định tại Thông tư số …" (a report on what was not done, rh6_13)
    r"|(?:xây dựng|ban hành)\s[^.;:]{0,120}?\stheo (?:hướng dẫn|chỉ đạo)(?: của [^,;.()]{3,80}?)? tại"
    # a follow-up named after the purpose that opens the sentence: "Để kịp thời khắc phục …, tiếp theo Công điện số …
    # của Thủ tướng Chính phủ, Bộ trưởng yêu cầu:" — what the text follows up is its basis, the purpose names none
    r"|(?<=,)\s*tiếp theo|(?<=;)\s*tiếp theo"
    # ... and the same after the purpose with "căn cứ", or a body's direction given in a document ("Để chủ động …,
    # theo chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số …, Sở Y tế đề nghị …"); not "thực hiện" alone, which a
    # purpose clause may go on with ("Để triển khai kịp thời, thực hiện thắng lợi Nghị quyết …")
    r"|(?<=,)\s*căn cứ"
    r"|(?<=,)\s*theo (?:ý kiến )?(?:chỉ đạo|hướng dẫn) của [^,;.()]{3,80}? tại)"
    rf"\s+(?={_REFERENCE.pattern})"
)
# The opening sentence reports what a higher body issued, its name before the verb: "Thủ tướng Chính phủ đã ban hành
# Chỉ thị số 33/CT-TTg ngày … về …", "Ngày 12/3/2024, Bộ Y tế ban hành Thông tư số …" — the document the text
# implements. Only with "số": a portal's note on the text itself ("Bộ X đã ban hành Công văn 17/… về …") has none.
# "… đã có văn bản số 07-TB/… thông báo …": the same report with "có"; a body's long name may hold commas
# ("Ban Chỉ đạo … về phát triển khoa học, công nghệ, …"), the name still has to open with a body's head.
_AUTHORITY = re.compile(rf"(?:{alternation(DATA['issuing_authorities'])}|{_AGENCY_HEAD.pattern})")
_ISSUED_BY = re.compile(
    r"^(?:Ngày\s+(?P<on>[^,]{2,30}?\d{4})\s*,\s*)?(?P<issuer>[A-ZĐÀ-Ỹ][^;.()]{2,160}?)\s+(?:đã\s+|vừa\s+)?"
    rf"(?:ban hành|có)\s+(?=(?i:{alternation(list(CITED_NAMES))})\s+số\s*\d)"
)


def _issued_by(line: str) -> re.Match[str] | None:
    m = _ISSUED_BY.match(line)
    return m if m and _AUTHORITY.match(m.group("issuer")) else None


_OFFICE = re.compile(rf"^(?:{alternation(load_data('agencies')['offices'])})\s+")
_CHASED = re.compile(DATA["chased_pattern"])
_ASKS_ON = re.compile(r"(?<!được)(?<!bàn)(?<!chuyển)\s+(?:yêu cầu|đề nghị|giao)\s+")  # not "nhiệm vụ được giao"


def _chased(text: str, seg: Segments, told) -> bool:
    """The paragraph right after the told letter says its answer has not come: the text follows that letter up."""
    after = [ln for ln in [*seg.preamble, *seg.body] if ln.start >= told.end][:2]
    return any(_CHASED.search(text, ln.start, ln.end) for ln in after)


def _own_act(item: dict[str, Finding | None], issuer: str, own: Finding | None, issuer_name: Finding | None) -> bool:
    """The text's own issuer reporting its earlier act ("Chủ tịch UBND Thành phố đã ban hành Công văn số 3280/UBND-VX"
    in a letter numbered …/UBND-VX): an act it reports on, no basis (contract §2)."""
    number = item["number"]
    if own is not None and number is not None and "/" in str(own.value) and "/" in number.value \
            and str(own.value).split("/", 1)[1].lower() == number.value.split("/", 1)[1].lower():
        return True
    body = _OFFICE.sub("", issuer).lower()
    return issuer_name is not None and len(body.split()) >= 2 and str(issuer_name.value).lower().startswith(body)


# "Thực hiện Văn bản số … của Ban Tổ chức Trung ương …, Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC …": the writer's own
# earlier letter told after the basis, inside the same sentence
_REPORTED_AFTER_COMMA = re.compile(
    r",\s+(?P<issuer>[A-ZĐÀ-Ỹ][^,;()]{2,80}?)\s+(?:đã\s+|vừa\s+)?(?:ban hành|có|gửi)\s+$")


def _reported_in_sentence(text: str, line_start: int, read: list, own: Finding | None,
                          issuer_name: Finding | None) -> list:
    """A document the sentence says a body issued (", Thủ tướng Chính phủ đã ban hành Công điện số …") is issued by
    that body; the writer's own earlier letter told after a basis of the same sentence is background, no basis."""
    kept = []
    for item, chunk in read:
        kind = item["kind"]
        lead = _REPORTED_AFTER_COMMA.search(text, line_start, kind.start) if kind is not None else None
        if lead is None or lead.end() != kind.start:
            kept.append((item, chunk))
            continue
        if kept and _own_act(item, lead.group("issuer"), own, issuer_name):
            continue
        if item["issuer"] is None and _AUTHORITY.match(lead.group("issuer")):
            item["issuer"] = Finding(collapse(lead.group("issuer")), lead.start("issuer"), lead.end("issuer"), 0.8,
                                     "parents.issuer.reported")
        kept.append((item, chunk))
    return kept


# A whole text run onto one line: its căn cứ start at a cue written with its capital right before a cited
# document ("… liên khu và tỉnh BỘ TRƯỞNG BỘ LAO ĐỘNG Chiểu Sắc lệnh số 226/SL …; Chiểu Nghị định số 20 …;") and
# end where the enacting formula or the first article begins.
_INLINE_CUE = re.compile(rf"(?<=\s)(?:Căn cứ|Chiểu|Thực hiện)\s+(?={_REFERENCE.pattern})")
_ENACTING = re.compile(r"\s(?:[A-ZĐÀ-Ỹ]{2,}(?:\s[A-ZĐÀ-Ỹ]{2,}){0,2}\s*:|Điều\s+1\s*[.:])")
_NUMBERED = ("roman", "arabic", "dieu", "letter")
_BARE_FIGURE = re.compile(r"\d{1,5}(?=\s+ngày\s+\d)")


def _opening(seg: Segments) -> list:
    """The preamble; where the segmenter found no citation there (a flattened header), also the unnumbered
    paragraphs that open the body, up to its first numbered part."""
    lines = list(seg.preamble)
    if _quote_depth(lines) > 0:  # the opening was cut at a numbered line of an article it quotes
        lines += _past_quoted_articles(seg.body, _quote_depth(lines))
    if any(PREAMBLE_CITATION.match(ln.text) or _purpose_reference(seg.text, ln) for ln in lines):
        return lines
    for ln in seg.body:
        if ln.kind in _NUMBERED:
            break
        if PREAMBLE_CITATION.match(ln.text) or _purpose_reference(seg.text, ln):
            lines.append(ln)
    return lines


def _quote_depth(lines: list) -> int:
    return sum(ln.text.count("“") - ln.text.count("”") for ln in lines)


def _past_quoted_articles(body: list, depth: int) -> list:
    """An answer letter quotes each article it relies on (`Căn cứ khoản 2 Điều 49 Luật … quy định:` / `“Điều 49. …
    2. …”`): the numbered lines inside the quotes are the cited law's, not the text's own parts. The opening goes
    on over them with the next `Căn cứ` lines (and the line a wrapped one continues), up to the first line that is
    neither, outside a quote."""
    kept: list = []
    for ln in body:
        if depth > 0 or ln.text.startswith("“"):
            depth += ln.text.count("“") - ln.text.count("”")
            continue
        wrapped = kept and not kept[-1].text.rstrip().endswith((":", ".", ";")) and (
            _REFERENCE.match(ln.text) or _LAW.match(ln.text))
        if ln.kind in _NUMBERED or not (PREAMBLE_CITATION.match(ln.text) or wrapped):
            break
        kept.append(ln)
    return kept


def _purpose_reference(text: str, ln) -> int | None:
    """Where the cited document starts after a purpose clause that carries it out ("Để tiếp tục thực hiện nghiêm
    Chỉ thị số …"), when the reference follows the clause right away."""
    purpose = _PURPOSE_CITATION.match(ln.text)
    if purpose is None:
        return None
    start = ln.start + purpose.end()
    return start if _REFERENCE.match(text, start) else None


# "Trên cơ sở" opens a basis ("Trên cơ sở Kế hoạch số …", "Trên cơ sở đề nghị của X tại Tờ trình số …") or the
# text's own reasoning ("Trên cơ sở các kết quả đạt được, …, theo Nghị quyết số …"): a basis cites before any comma.
_REASONING_CUE = re.compile(r"^Trên cơ sở\b[^,.;]*[,.;]")


def _reasoning(line: str) -> bool:
    clause = _REASONING_CUE.match(line)
    return clause is not None and not (_REFERENCE.search(clause.group(0)) or _LAW.search(clause.group(0)))


def extract(seg: Segments, own: Finding | None = None,
            issuer: Finding | None = None) -> list[dict[str, Finding | None]]:
    """``own``, ``issuer``: the text's own number and issuer, to tell its earlier acts it reports from its basis."""
    text = seg.text
    found = []
    listing = False  # "Căn cứ:" / "- Luật …;" / "- Nghị định số …": lines that open with a cited document go on
    purpose = False  # "Để tiếp tục thực hiện nghiêm" alone on its line: the next line opens with what it carries out
    lines = _opening(seg)
    carried = -1  # a line already read as the end of the citation broken above it
    waiting = None  # (the last citation of the line above, its line) when it ended at its date before "và"
    narrated = False  # a line of the opening that cites nothing: the text's own account has begun
    for i, ln in enumerate(lines):
        if i <= carried:
            continue
        start, inline, reported = ln.start, None, None
        if _reasoning(ln.text):
            listing = purpose = False
            continue
        after_purpose, purpose = purpose, bool((m := _PURPOSE_CITATION.match(ln.text)) and m.end() == len(ln.text))
        if PREAMBLE_CITATION.match(ln.body):  # "- Căn cứ …": a cue after a list marker opens the citation too
            listing, start = True, ln.body_start
        elif (cited := _purpose_reference(text, ln)) is not None:
            listing, start = False, cited
        elif after_purpose and _REFERENCE.match(ln.text):
            listing = False
        elif listing and (_REFERENCE.match(ln.body) or _LAW.match(ln.body)):
            start = ln.body_start
        elif listing and (entry := _unnumbered_entry(text, ln)) is not None:
            found.append(entry)  # "Căn cứ …;" / "Báo cáo nhanh tình hình thiệt hại … đến sáng ngày 21/11/2025;"
            continue
        else:
            listing = False
            running = _RUNNING.search(text, ln.start, ln.end)
            inline = None if running else _INLINE_CUE.search(text, ln.start, ln.end)
            # a reported issue opens the text; after a paragraph of history it is one more event narrated (rh16_04)
            reported = None if running or inline or narrated else _issued_by(ln.text)
            if reported is not None:
                start = ln.start + reported.end()
            elif running is None and inline is None:
                if (heard := _heard(text, ln.start, ln.end)) and not _cited_again(heard, found):
                    found.append(heard)
                narrated = narrated or heard is None
                continue
            else:
                start = running.end() if running else inline.start()
        end = ln.end
        if issuer is not None and start < issuer.start < end:  # "… của Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo … yêu
            end = issuer.start  # cầu …": the text's own issuer, named in its statement, ends the citation
        if inline is not None and (enacting := _ENACTING.search(text, start, ln.end)):
            end = enacting.start()
        elif (_DANGLING.search(text, start, end) or _cut_before_its_document(ln.text)
              or _wrapped_before_a_dash(ln.text, lines[i + 1].text if i + 1 < len(lines) else "")
              or _broken_by_a_blank_line(ln.text, lines[i + 1] if i + 1 < len(lines) else None)) \
                and i + 1 < len(lines) and lines[i + 1].start > end:
            end, carried = lines[i + 1].end, i + 1
        read = []
        # a reported document is one citation to its sentence's end: what its title names is no parent of its own
        for cs, ce in _chunks(text, start, end) if reported is None else [(start, end)]:
            lead_start = max(ln.start, text.rfind(";", ln.start, cs) + 1)
            lead = text[lead_start:cs]
            item = _citation(text, cs, ce, lead, text[ln.start : cs])
            if item:
                read.append((item, text[cs:ce]))
        if (reported is not None and read and _own_act(read[0][0], reported.group("issuer"), own, issuer)
                and not _chased(text, seg, ln)):
            read = []
        if reported is not None and read and read[0][0]["issuer"] is None:
            s, e = ln.start + reported.start("issuer"), ln.start + reported.end("issuer")
            read[0][0]["issuer"] = Finding(collapse(reported.group("issuer")), s, e, 0.8, "parents.issuer.reported")
            on = find_dates(text, ln.start + reported.start("on"), ln.start + reported.end("on")) \
                if reported.group("on") else []
            if read[0][0]["issue_date"] is None and on and on[0].iso():  # "Ngày 20/5/2023, Bộ Y tế ban hành …"
                read[0][0]["issue_date"] = Finding(on[0].iso(), on[0].start, on[0].end, 0.8, "parents.issue_date")
        subject = read[0][0]["subject"] if reported is not None and read else None
        # "… có văn bản số … thông báo ý kiến … yêu cầu quý Bộ …": what the told letter asked is no part of its title
        if subject is not None and (asks := _ASKS_ON.search(subject.value)) \
                and (at := _ASKS_ON.search(text, subject.start, subject.end)):
            read[0][0]["subject"] = replace(subject, value=subject.value[: asks.start()], end=at.start())
        read = _reported_in_sentence(text, ln.start, read, own, issuer)
        read = _number_in_brackets(text, read)
        _share_issuer(read)
        _share_listed_issuer(text, ln, read)
        _share_bracketed_subject(read)
        # "… Kết luận số 192-KL/TW, ngày 19/9/2025 và" / "Kết luận số 221-KL/TW, ngày … của X …": the list goes on in
        # the next line, whose issuer both share
        if waiting is not None and waiting[1] == i - 1 and read and read[0][0]["number"] and read[0][0]["issuer"]:
            waiting[0]["issuer"], waiting[0]["subject"] = read[0][0]["issuer"], read[0][0]["subject"]
        last = read[-1] if read else None
        waiting = (last[0], i) if last is not None and last[0]["number"] and last[0]["issue_date"] \
            and last[0]["issuer"] is None and last[0]["subject"] is None and _ENDS_AT_DATE.search(last[1]) else None
        found.extend(item for item, _ in read if not _cited_again(item, found))
    return found


# "… Kết luận số 210-KL/TW ngày 12/11/2025 của" / "Ban Chấp hành Trung ương …": a line broken before the issuer or
# the subject (the next line opens with a body's name, so it was not joined) goes on in the next line.
_DANGLING = re.compile(r"\s(?:của|về|về việc|tại)\s*$"
                       r"|\d/\s*$")  # "Công văn số 1234/" / "UBND-VX ngày …": a number cut after its slash
# "Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày 29/12/2023 của Ban Thường vụ Tỉnh ủy": a citation
# that ends at its date before "," or "và" is issued by the body named after the next one.
_ENDS_AT_DATE = re.compile(r"\d{4}\s*(?:,|\svà)\s*$")


# A Party conclusion's opening: "Tại phiên họp ngày …, sau khi nghe Báo cáo của Ban Tổ chức Trung ương về … (Báo cáo
# số 565-BC/BTCTW, ngày 27/11/2025), Bộ Chính trị … kết luận": the document heard is the basis, its number in brackets.
_HEARD = re.compile(
    rf"sau khi (?:nghe(?: và thảo luận)?|xem xét|thảo luận)\s+(?P<type>{alternation(list(CITED_NAMES))})\s+"
    r"của\s+(?P<issuer>[^()]{3,80}?)\s+về\s+(?P<subject>[^()]{5,300}?)\s*\(\s*(?:(?P=type)\s+)?(?:số\s*)?(?=\d)",
    re.IGNORECASE,
)


def _heard(text: str, start: int, end: int) -> dict[str, Finding | None] | None:
    m = _HEARD.search(text, start, end)
    num = m and NUMBER_PATTERN.match(text, m.end())
    close = num and text.find(")", num.end(), end)
    if not num or close < 0:
        return None
    date = next((d for d in find_dates(text, num.end(), close) if d.year), None)
    kind = CITED.get(m.group("type").lower(), "khac")
    return {
        "kind": Finding(kind, m.start("type"), m.end("type"), 0.8, "parents.kind"),
        "number": Finding(clean_number(num.group(0)), num.start(), num.end(), 0.85, "parents.number"),
        "issue_date": Finding(date.iso(), date.start, date.end, 0.85, "parents.issue_date") if date else None,
        "issuer": Finding(_strip_brackets(m.group("issuer")), *m.span("issuer"), 0.8, "parents.issuer"),
        "subject": Finding(collapse(m.group("subject")), *m.span("subject"), 0.75, "parents.subject"),
    }


# "… tuyến đường bộ cao tốc Ninh Bình" / "- Hải Phòng, đoạn qua …": a name joined by a dash wrapped before it, the
# next line reading as a list item; it is the same sentence when the line before ends no clause and the "item" cites
# nothing of its own.
_DASH_WRAP = re.compile(rf"^-\s+[{_CAPITAL}]")


def _wrapped_before_a_dash(line: str, nxt: str) -> bool:
    return bool(PREAMBLE_CITATION.match(line) and _REFERENCE.search(line) and _DASH_WRAP.match(nxt)) \
        and not line.rstrip(" *").endswith((";", ".", ":", ",")) \
        and not (PREAMBLE_CITATION.match(nxt[1:].lstrip()) or _REFERENCE.match(nxt[1:].lstrip())
                 or _LAW.match(nxt[1:].lstrip()))


def _broken_by_a_blank_line(line: str, nxt) -> bool:
    """"Căn cứ Quyết định số … thuộc Ủy ban nhân dân Thành phố" / (blank line) / "Hồ Chí Minh, Quỹ …;": a crawl's
    paragraph break inside a citation. The cited line ends no clause; the next cites nothing and ends the citation."""
    if nxt is None or not nxt.blank_before or not PREAMBLE_CITATION.match(line) or not _REFERENCE.search(line):
        return False
    rest = nxt.text.lstrip("- ")
    return not line.rstrip(" *").endswith((";", ".", ":", ",")) and nxt.text.rstrip(" *").endswith(";") \
        and not (PREAMBLE_CITATION.match(rest) or _REFERENCE.match(rest) or _LAW.match(rest))


def _cut_before_its_document(line: str) -> bool:
    """"Theo đề nghị của Sở Công" / "Thương tại Tờ trình số …": a cue line that names no document yet and ends no
    clause was cut inside the proposer's name; the next line holds the rest."""
    return bool(PREAMBLE_CITATION.match(line)) and not (_REFERENCE.search(line) or _LAW.search(line)) \
        and not line.rstrip(" *").endswith((";", ".", ":", ","))


# "Các Công điện: số 007/… ngày 17/11/2025, số 008/… và số 009/… ngày 19/11/2025; số 010/… ngày … của X về S": numbers
# listed after one type name, the date after the last of a pair joined by "và", the issuer and subject after the last
_BARE_NEXT = re.compile(r"\s*[Ss]ố\s+\d")
_LISTED_ON = re.compile(r"(?:[,;]|\svà)\s*$")
_DATED_WITH_NEXT = re.compile(r"\d\S*\s+và\s*$")


# "… (Công văn số … ngày …), Tài chính (Công văn số … ngày …) về việc S": documents cited in brackets one after another,
# each after its body's name; the subject after the last bracket is what all of them are about.
_BRACKET_THEN_NEXT = re.compile(r"^[^()]*\)\s*[,;]")


def _share_bracketed_subject(read: list[tuple[dict[str, Finding | None], str]]) -> None:
    for (item, chunk), (after, _) in zip(reversed(read[:-1]), reversed(read[1:]), strict=True):
        if item["subject"] is None and after["subject"] is not None and _BRACKET_THEN_NEXT.match(chunk):
            item["subject"] = after["subject"]


# "Căn cứ các Quyết định của Bộ trưởng Bộ X: Số 10/QĐ-… ngày … về …; số 25/QĐ-… ngày … về …": one issuer written
# once before the list of its documents is the issuer of each of them
_LISTED_UNDER_ISSUER = re.compile(
    rf"(?:{alternation(PREAMBLE_CUES)})\s+các\s+(?P<kind>[A-ZĐ]\w*(?:\s+\w+)?)\s+(?:của|do)\s+"
    r"(?P<issuer>[A-ZĐÀ-Ỹ][^:;()]{2,120}?)\s*(?:ban hành\s*)?:\s*(?=[Ss]ố\s*\d)")


def _share_listed_issuer(text: str, ln, read: list[tuple[dict[str, Finding | None], str]]) -> None:
    head = _LISTED_UNDER_ISSUER.match(text, ln.start, ln.end)
    if head is None:
        return
    issuer = Finding(collapse(head.group("issuer")), *head.span("issuer"), 0.8, "parents.issuer.listed")
    for item, _ in read:
        if item["number"] is not None and item["issuer"] is None and item["number"].start > head.end("issuer"):
            item["issuer"] = issuer


def _share_issuer(read: list[tuple[dict[str, Finding | None], str]]) -> None:
    for (item, chunk), (after, after_chunk) in zip(reversed(read[:-1]), reversed(read[1:]), strict=True):
        series = (item["number"] is not None and after["number"] is not None and _BARE_NEXT.match(after_chunk)
                  is not None)
        if series and item["issue_date"] is None and after["issue_date"] and _DATED_WITH_NEXT.search(chunk):
            item["issue_date"] = after["issue_date"]
        if item["number"] and item["issue_date"] and item["issuer"] is None and item["subject"] is None \
                and after["number"] and (after["issuer"] or (series and after["subject"])) \
                and (_ENDS_AT_DATE.search(chunk) or (series and _LISTED_ON.search(chunk))):
            item["issuer"] = after["issuer"]
            item["subject"] = after["subject"]  # "A ngày … và B ngày … của X về S": both are X's, both on S


# "Xét báo cáo … của Ủy ban nhân dân tỉnh X (văn bản số 84/BC-UBND ngày …) về …": the number in brackets right after
# the issuer is that of the document just named, not a second one.
_OPENS_BRACKET = re.compile(r"\s*\(\s*$")


def _number_in_brackets(text: str, read: list[tuple[dict[str, Finding | None], str]]
                        ) -> list[tuple[dict[str, Finding | None], str]]:
    merged: list[tuple[dict[str, Finding | None], str]] = []
    for item, chunk in read:
        if merged:
            named, named_chunk = merged[-1]
            issuer, kind = named["issuer"], item["kind"]
            if named["number"] is None and issuer is not None and item["number"] is not None \
                    and item["issuer"] is None and kind is not None \
                    and _OPENS_BRACKET.fullmatch(text[issuer.end : kind.start]):
                merged[-1] = ({**item, "issuer": issuer}, named_chunk + chunk)
                continue
        merged.append((item, chunk))
    return merged


def _cited_again(item: dict[str, Finding | None], found: list[dict[str, Finding | None]]) -> bool:
    """A document named again further on ("… theo Chỉ thị số 27/CT-TTg") is the parent already read."""
    number = item["number"]
    key = number.value.lower() if number else None
    return key is not None and any(f["number"] and f["number"].value.lower() == key for f in found)
