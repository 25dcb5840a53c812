"""Addressees: the ``Kính gửi:`` entries (a Công điện: ``<ISSUER> điện:``), one per item, without list markers
and final punctuation."""

from __future__ import annotations

import re

from extractor.rules.patterns import collapse, strip_span
from extractor.segment import Line, Segments, continues_kinh_gui
from extractor.types import Finding
from extractor.vocabulary import BODY_NAME, CUT_ENTRY, WORDS, alternation
from extractor.vocabulary import KINH_GUI as _LABEL

# "Mã số thuế: 0312…", "Địa chỉ: …" under the firm addressed: its particulars, not another addressee
_DETAIL = re.compile(rf"(?:{alternation(WORDS['addressee_detail_labels'])})(?:\s+[^\W\d]+){{0,4}}\s*:", re.IGNORECASE)
_STRAY_WITHIN = 80  # lines of the opening where a stray "Kính gửi:" is looked for
# Entries run onto the label's line with dashes between them ("Kính gửi: Các Bộ: … - Ủy ban nhân dân tỉnh X."): a
# dash is a separator where a body's name, written out, follows it; inside a name ("Sở Lao động - Thương binh và Xã
# hội", "Văn phòng HĐND - UBND") what follows a dash is no body named in full.
_DASH = re.compile(r"\s[-–]\s+")


def _dash_separators(text: str, start: int, end: int) -> list[int]:
    cuts = []
    for m in _DASH.finditer(text, start, end):
        rest = text[m.end() : end]
        first = rest.split(maxsplit=1)[0] if rest.strip() else ""
        # "- Các chi bộ trực thuộc, - Các đồng chí …": a Party list ends its entries with ","
        after_comma = text[m.start() - 1 : m.start()] == ","
        if first[:1].isupper() and not first.isupper() and (BODY_NAME.match(rest) or after_comma):
            cuts.append(m.start())
    return cuts


def _stray_kinh_gui(seg: Segments) -> list[Line]:
    """ "Kính gửi:" and the dashed entries under it where the segmenter found no header before it (a web page's
    register table and notices above the letter left it in the body)."""
    lines = [*seg.preamble, *seg.body][:_STRAY_WITHIN]
    for k, ln in enumerate(lines):
        if _LABEL.match(ln.text) and not ln.kind:
            entries = [ln]
            for nxt in lines[k + 1 :]:
                # "- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc" / "Chính phủ;": an entry wrapped onto the
                # next line goes on as under a header's label
                if nxt.kind != "bullet" and not (entries[-1].kind == "bullet" and continues_kinh_gui(entries, nxt)):
                    break
                entries.append(nxt)
            return entries
    return []


def extract(seg: Segments) -> list[Finding]:
    found: list[Finding] = []
    text = seg.text
    kinh_gui = seg.kinh_gui or _stray_kinh_gui(seg)
    dashed = False  # the line above belongs to an entry opened with a dash
    for k, ln in enumerate(kinh_gui):
        above = kinh_gui[k - 1] if k else None
        if above is not None and (above.kind == "bullet" or dashed) and ln.kind != "bullet" and found \
                and not text[found[-1].start : above.end].rstrip().endswith((";", ".")):
            # an entry wrapped onto this line, over as many lines as it takes: "- Bộ trưởng các Bộ:" / "Quốc phòng,
            # Công an, Tài chính," / "Nông nghiệp và Môi trường, Y tế."
            s, e = strip_span(text, found[-1].start, ln.end, " \t;,.-–")
            found[-1] = Finding(collapse(text[s:e]), s, e, 0.85, "addressees.kinh_gui.wrapped")
            dashed = True
            continue
        dashed = ln.kind == "bullet"
        if above is not None and found and ln.kind != "bullet" and found[-1].end >= above.start \
                and CUT_ENTRY.search(text, above.start, above.end):
            # a name cut at its line's end ("Kính gửi: Các" / "Doanh nghiệp …"): one entry
            s, e = strip_span(text, found[-1].start, ln.end, " \t;,.-–")
            found[-1] = Finding(collapse(text[s:e]), s, e, 0.85, "addressees.kinh_gui.wrapped")
            continue
        start = ln.start
        if k == 0:
            start += _LABEL.match(ln.text).end()
        elif ln.kind in ("bullet", "arabic"):  # "- …", "1. …": the entry after its marker
            start = ln.body_start
        if start >= ln.end:
            continue
        # One line may carry several entries separated by ";" (or by dashes before bodies' names).
        pos = start
        line = list(text[start : ln.end])
        for cut in _dash_separators(text, start, ln.end) if k == 0 else ():
            line[cut - start] = ";"  # same length: the parts keep their offsets
        for part in re.split(r"(;)", "".join(line)):
            if part == ";":
                pos += 1
                continue
            s, e = strip_span(text, pos, pos + len(part), " \t;,.:-–")
            pos += len(part)
            if _DETAIL.match(text, s, e):
                continue
            # a table's rule ("|") names no one, nor a single letter (OCR of a handwritten addressee: "Ề.")
            if sum(c.isalpha() for c in text[s:e]) >= 2:
                found.append(Finding(collapse(text[s:e]), s, e, 0.9, "addressees.kinh_gui"))
    return found
