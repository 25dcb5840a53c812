"""Addressees: the ``Kính gửi:`` entries, one per item, without list markers and final punctuation."""

from __future__ import annotations

import re

from extractor.rules.patterns import collapse, strip_span
from extractor.segment import Segments
from extractor.types import Finding

_LABEL = re.compile(r"^Kính\s*gửi\s*:?\s*", re.IGNORECASE)


def extract(seg: Segments) -> list[Finding]:
    found: list[Finding] = []
    text = seg.text
    for k, ln in enumerate(seg.kinh_gui):
        above = seg.kinh_gui[k - 1] if k else None
        if above is not None and above.kind == "bullet" and ln.kind != "bullet" and found \
                and not text[found[-1].start : above.end].rstrip().endswith((";", ".")):
            # an entry wrapped onto this line: "- Các Bộ: Công an, …, Xây dựng," / "Nông nghiệp và Môi trường;"
            s, e = strip_span(text, found[-1].start, ln.end, " \t;,.-–")
            found[-1] = Finding(collapse(text[s:e]), s, e, 0.85, "addressees.kinh_gui.wrapped")
            continue
        start = ln.start
        if k == 0:
            start += _LABEL.match(ln.text).end()
        elif ln.kind == "bullet":
            start = ln.body_start
        if start >= ln.end:
            continue
        # One line may carry several entries separated by ";".
        pos = start
        for part in re.split(r"(;)", text[start : ln.end]):
            if part == ";":
                pos += 1
                continue
            s, e = strip_span(text, pos, pos + len(part), " \t;,.:-–")
            pos += len(part)
            if e > s:
                found.append(Finding(collapse(text[s:e]), s, e, 0.9, "addressees.kinh_gui"))
    return found
