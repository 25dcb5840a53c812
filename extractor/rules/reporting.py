"""Reporting: each instruction to report back by a stated date — deadline, relation (before / on / by),
who reports, to whom (without the channel), e-mail, and a short content."""

from __future__ import annotations

import re

from extractor.rules.lexicon import load_data
from extractor.rules.patterns import collapse, find_dates, find_email
from extractor.segment import Line, Segments
from extractor.types import Finding

DATA = load_data("reporting")
_RELATIONS = [(rel, re.compile(p, re.I if rel != "on" else 0)) for rel, p in DATA["relations"].items()]
_VERB = re.compile(DATA["report_verb_pattern"])
_RECIPIENT = re.compile(DATA["recipient_pattern"])
_REPORTER_END = re.compile(DATA["reporter_end_pattern"])
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s+|\)\s+)")


def _sentences(text: str, ln: Line) -> list[tuple[int, int]]:
    out, s = [], ln.body_start
    for m in re.finditer(r"(?<=[.;!?])\s+(?=[A-ZĐÂÊÔƠƯ])", text[ln.body_start : ln.end]):
        out.append((s, ln.body_start + m.start()))
        s = ln.body_start + m.end()
    out.append((s, ln.end))
    return out


def _reporters(text: str, s: int, verb_pos: int, date_end: int, date_first: bool) -> Finding | None:
    """The noun phrase that does the reporting: after the date when the sentence opens with it, else the
    clause right before the verb."""
    start = date_end if date_first else s
    seg_text = text[start:verb_pos]
    cut = 0
    for m in _CLAUSE_START.finditer(seg_text):
        if m.end() < len(seg_text):
            cut = m.end()
    if date_first:
        cut = len(seg_text) - len(seg_text.lstrip(" ,:"))
    rs = start + cut
    stop = _REPORTER_END.search(text, rs, verb_pos + 1)
    if stop:
        verb_pos = stop.start()
    value = collapse(text[rs:verb_pos]).strip(" ,;:")
    value = re.sub(r"^(?:đề nghị|yêu cầu|Đề nghị|Yêu cầu)\s+", "", value)
    if not value or len(value.split()) > 25 or not re.search(r"\w", value):
        return None
    if re.match(r"^(?:Kết thúc|Sau khi|Khi|Trong|Trên đây|Căn cứ)\b", value):
        return None
    return Finding(value, rs, verb_pos, 0.7, "reporting.reporters")


def _one(text: str, s: int, e: int, agency: Finding | None) -> dict | None:
    for d in find_dates(text, s, e):
        if not d.year:
            continue
        before = text[max(s, d.start - 40) : d.start]
        relation = None
        for rel, pat in _RELATIONS:
            m = pat.search(before)
            if m:
                relation = rel
                break
        if relation is None:
            continue
        verb = _VERB.search(text, s, e)
        if not verb:
            continue
        if re.search(r"(?:từ|đến)\s+(?:ngày\s*)?$", before, re.I):
            continue  # a date of a range is not a deadline
        item: dict = {
            "deadline": Finding(d.iso(), d.start, d.end, 0.85, f"reporting.deadline.{relation}"),
            "relation": Finding(relation, max(s, d.start - 20), d.end, 0.8, "reporting.relation"),
            "reporters": None,
            "recipient": None,
            "email": None,
            "content": None,
        }
        date_first = d.start - s < 45
        item["reporters"] = _reporters(text, s, verb.start(), d.end, date_first) or agency
        r = _RECIPIENT.search(text, verb.start(), e)
        if r:
            value = collapse(r.group("r")).strip(" ,;:")
            value = re.sub(r"^cho\s+", "", value)
            if value:
                item["recipient"] = Finding(value, r.start("r"), r.end("r"), 0.7, "reporting.recipient")
        em = find_email(text, s, e)
        if em:
            item["email"] = Finding(em.group(0).rstrip("."), em.start(), em.end(), 0.95, "reporting.email")
        content = re.search(r"(báo cáo|đăng ký|danh sách|kết quả)[^,;.()\n]{0,80}", text[verb.start() : e], re.I)
        if content:
            cs = verb.start() + content.start()
            ce = verb.start() + content.end()
            item["content"] = Finding(collapse(text[cs:ce]).strip(), cs, ce, 0.6, "reporting.content")
        return item
    return None


def extract(seg: Segments, blocks: list[dict]) -> list[dict]:
    """``blocks`` are the assignments: a deadline inside an agency's task list is reported by that agency."""
    text = seg.text
    owner: dict[int, Finding] = {}
    for b in blocks:
        for t in b["tasks"]:
            for k in range(t.start, t.end):
                owner.setdefault(k, b["agency"])
    found = []
    for ln in seg.body + seg.preamble:
        for s, e in _sentences(text, ln):
            item = _one(text, s, e, owner.get(s))
            if item:
                found.append(item)
    return found
