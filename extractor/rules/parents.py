"""Parent directives: the documents the preamble cites as the basis (Căn cứ / Thực hiện / Theo …).

A citation line is cut into *chunks*, one per cited document: at ``;`` and at each cited type name that
carries a number. Each chunk gives the type (→ kind), number, date, issuer (written after ``của``, or the
body named in "thực hiện chỉ đạo của X tại …") and subject (after ``về việc``/``về``, or the title after
the issuer). Documents cited later in the body are not parents.
"""

from __future__ import annotations

import itertools
import re

from extractor.rules.patterns import NUMBER_PATTERN, QUOTES, clean_number, collapse, find_dates
from extractor.segment import Segments
from extractor.types import Finding
from extractor.vocabulary import CITED_NAMES, PREAMBLE_CITATION, PREAMBLE_CUES, alternation, load_data

CITED = {name.lower(): kind for name, kind in CITED_NAMES.items()}
_AGENCY_HEAD = re.compile(
    rf"(?:{alternation(load_data('agencies')['heads'] + load_data('agencies')['offices'])})\b"
)
_REFERENCE = re.compile(
    rf"(?<!\w)(?P<type>{alternation(list(CITED_NAMES))})"
    rf"(?:\s+số)?\s*:?\s*(?=\d)",
    re.IGNORECASE,
)
_LAW = re.compile(r"(?<!\w)(?P<type>Luật|Bộ luật|Pháp lệnh|Hiến pháp)\s+\w", re.UNICODE)
# A type name cited without a number: "Căn cứ Chương trình công tác năm 2018 của Hội Khuyến học huyện".
_UNNUMBERED = re.compile(
    rf"\s*(?:(?:{alternation(PREAMBLE_CUES)})\s+)?(?P<type>{alternation(list(CITED_NAMES))})\s+(?!số)",
    re.IGNORECASE,
)
# "thực hiện chỉ đạo của X tại Công văn …", "Xét đề nghị của X tại Tờ trình …": X issued the cited document.
_DIRECTED_BY = re.compile(r"(?:chỉ đạo|đề nghị|ý kiến|yêu cầu) của\s+(?P<issuer>.+?)\s+tại\s*$", re.IGNORECASE | re.DOTALL)
# Where the issuer written after "của" ends. Lower-case words after "về", "," and the verbs start the subject;
# a capitalised word continues the name ("Ban Chỉ đạo Trung ương về Phòng, chống thiên tai").
_ISSUER_END = re.compile(
    r"\s+về\s+(?![A-ZĐ])|\s+(?:về|ban hành|phê duyệt|quy định|hướng dẫn|tổ chức|triển khai|thực hiện|V/v)\s+|"
    r"\s+(?:Kế hoạch|Công văn|Đề án|Chương trình|Quyết định)\b|,(?!\s*[A-ZĐ])|"
    r"[;(]|\s+[“\"]|\s+(?:ngày|năm)\s+\d"
)
_COMMITTEE = re.compile(r"(?:Ban Chỉ đạo|Ban chỉ đạo|Ủy ban Quốc gia|Hội đồng|Tiểu ban|Ban Thường vụ)\b")
_SUBJECT_LEAD = re.compile(r"^(?:về việc|về|V/v)\s+", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\((?:[^()]{1,20})\)")


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = {start, end}
    for m in re.finditer(r";", text[start:end]):
        cuts.add(start + m.end())
    for m in _REFERENCE.finditer(text, start, end):
        cuts.add(m.start())
    for m in _LAW.finditer(text, start, end):
        # "của Luật …" inside a law's own title is not a new citation.
        if not re.search(r"(?:của|và|sửa đổi, bổ sung)\s*$", text[max(start, m.start() - 30) : m.start()]):
            cuts.add(m.start())
    points = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(points) if b > a]


def _strip_brackets(s: str) -> str:
    return collapse(_BRACKETED.sub("", s)).strip(" ,;.:-–")


def _unnumbered(text: str, cs: int, ce: int) -> dict[str, Finding | None] | None:
    m = _UNNUMBERED.match(text, cs, ce)
    cua = re.search(r"\s(?:của|do)\s+", text[cs:ce])
    if not m or not cua:
        return None
    s = cs + cua.end()
    m_end = _ISSUER_END.search(text, s, ce)
    e = m_end.start() if m_end else ce
    issuer = _strip_brackets(text[s:e])
    if not issuer or not _AGENCY_HEAD.match(issuer):
        return None
    kind = CITED.get(m.group("type").lower(), "khac")
    return {
        "kind": Finding(kind, m.start("type"), m.end("type"), 0.7, "parents.kind.unnumbered"),
        "number": None,
        "issue_date": None,
        "issuer": Finding(issuer, s, e, 0.7, "parents.issuer"),
        "subject": None,
    }


def _citation(text: str, cs: int, ce: int, lead: str) -> dict[str, Finding | None] | None:
    chunk = text[cs:ce]
    ref = _REFERENCE.match(chunk.lstrip()) or _REFERENCE.search(chunk)
    law = _LAW.match(chunk.lstrip())
    if ref is None and law is None:
        return _unnumbered(text, cs, ce)
    off = cs
    if ref is not None:
        tstart, tend = off + ref.start("type"), off + ref.end("type")
        kind = CITED.get(ref.group("type").lower(), "khac")
        num_m = NUMBER_PATTERN.match(text, off + ref.end())
        if num_m is None:
            return None
        number = Finding(clean_number(num_m.group(0)), num_m.start(), num_m.end(), 0.9, "parents.number")
        after = num_m.end()
    else:
        lead_ws = len(chunk) - len(chunk.lstrip())
        tstart, tend = off + lead_ws + law.start("type"), off + lead_ws + law.end("type")
        kind, number, after = "khac", None, tend
    result: dict[str, Finding | None] = {
        "kind": Finding(kind, tstart, tend, 0.9, "parents.kind"),
        "number": number,
        "issue_date": None,
        "issuer": None,
        "subject": None,
    }
    dates = [d for d in find_dates(text, after, ce) if d.year]
    if dates and (number is None or dates[0].start - after < 25):
        d = dates[0]
        result["issue_date"] = Finding(d.iso(), d.start, d.end, 0.9, "parents.issue_date")
        after = d.end
    if number is None:  # laws carry no number and no issuer
        return result

    rest = text[after:ce]
    directed = _DIRECTED_BY.search(lead)
    subject_from = after
    m_cua = re.match(r"\s*(?:của|do)\s+", rest)
    if m_cua:
        s = after + m_cua.end()
        m_end = _ISSUER_END.search(text, s, ce)
        # A committee is named by its field: "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai".
        field_then_subject = m_end and re.search(r"\s+về\s", text[m_end.end() : ce])
        if m_end and _COMMITTEE.match(text, s) and (re.match(r"\s+về\s+[A-ZĐ]", text[m_end.start() : ce])
                                                    or (text[m_end.start():m_end.end()].strip() == "về" and field_then_subject)):
            m_end = re.compile(r"\s+về việc|\s+(?:ngày|năm)\s+\d|;|\s+tại\s").search(text, m_end.end(), ce)
        e = m_end.start() if m_end else ce
        issuer = _strip_brackets(text[s:e])
        if issuer:
            result["issuer"] = Finding(issuer, s, e, 0.85, "parents.issuer")
        subject_from = e
    elif directed:
        lead_start = cs - len(lead)
        s, e = lead_start + directed.start("issuer"), lead_start + directed.end("issuer")
        result["issuer"] = Finding(_strip_brackets(text[s:e]), s, e, 0.8, "parents.issuer.directed")
    tail = text[subject_from:ce]
    m_sub = re.search(r"(?:^|\s)(?:về việc|về|V/v)\s+", tail, re.IGNORECASE)
    if m_sub and m_sub.start() < 40:
        s = subject_from + m_sub.end()
    else:
        # No "về": the title that follows the issuer, without its type word ("Kế hoạch tổ chức …" → "tổ chức …").
        m_title = re.match(r"[\s,]*(?:(?:Kế hoạch|Công văn|Chương trình|Đề án|Hướng dẫn)\s+)?(?=\S)", tail)
        s = subject_from + (m_title.end() if m_title else 0)
        if not tail.strip(" .;,") or re.match(r"\s*[,;.]", tail):
            return result
    stmt = re.search(rf",\s+(?={_AGENCY_HEAD.pattern})", text[s:ce])
    if stmt:
        ce = s + stmt.start()
    value = collapse(text[s:ce]).strip(" ;,.:")
    value = re.sub(r"[.;,]\s*$", "", value)
    if value[:1] in QUOTES and value[-1:] in QUOTES:  # a subject that is all one quoted title
        value = value[1:-1].strip()
    if value and len(value) > 3:
        result["subject"] = Finding(value, s, ce, 0.8, "parents.subject")
    return result


def extract(seg: Segments) -> list[dict[str, Finding | None]]:
    text = seg.text
    found = []
    for ln in seg.preamble:
        if not PREAMBLE_CITATION.match(ln.text):
            continue
        for cs, ce in _chunks(text, ln.start, ln.end):
            # trim the chunk at the first sentence end that is followed by a non-citation statement
            lead_start = max(ln.start, text.rfind(";", ln.start, cs) + 1)
            lead = text[lead_start:cs]
            item = _citation(text, cs, ce, lead)
            if item:
                found.append(item)
    return found
