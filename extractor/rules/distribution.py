"""Distribution: the ``Nơi nhận:`` entries, except ``Như trên``, ``Như Điều …`` and ``Lưu …``, without
trailing purpose notes in parentheses (``(báo cáo)``, ``(để b/c)``, ``(để thực hiện)``)."""

from __future__ import annotations

import re

from extractor.rules.patterns import collapse
from extractor.segment import Segments
from extractor.types import Finding
from extractor.vocabulary import AUTHORITY, CELL_SPLIT, NOI_NHAN

# "Như trên" ("Như Kính gửi"), "Như Điều 3" as OCR reads them too: a tone mark off ("Như Điêu 3", "Như trển"), "Nhu"
_SKIP = re.compile(r"^(?:Nh[ưu]\s+(?:tr[eêềếểễệ]n\b|Đi[eêềếểễệ]u\b|[Kk]ính\s*gửi\b)|Lưu\b|Lưu:|Lưu\s*VT|Lưu\s*:)",
                   re.IGNORECASE)
# Purpose notes; an abbreviated one ("b/c", "t/h", "p/h", "đ/b") by its shape, so OCR slips ("b/€", "b/") go too,
# and the common ones read without their slash ("(th)"). In brackets, or in quotes ('UBND tỉnh "báo cáo"'); a space
# may follow the bracket ("( Thực hiện)"); after the unit of the body the copy goes to ("Bộ Công an (Cục A03 - để
# b/c)"), which the list names no entry of its own.
_PURPOSE = re.compile(r"\s*[(“\"]\s*(?:[^()“”\"]{1,60}?(?:\s[-–]|,)\s*)?"
                      r"(?:đ[ểếề]\s+[^()“”\"]{1,40}|[^\s()/“”\"]{1,3}/[^\s()/“”\"]{0,3}|(?:bc|th|ph|đb)\b"
                      r"|báo cáo|thực hiện|biết|chỉ đạo|phối hợp|theo dõi|đăng tải|đăng|đưa tin|thi hành|tổng hợp)"
                      r"[^()“”\"]{0,30}[)”\"]\s*", re.IGNORECASE)


# "… thực hiện theo đúng kế hoạch trên./. Nơi nhận: - BGH, HĐT (để b/c); - Các P, K; - Lưu: VT. KT. HIỆU TRƯỞNG …":
# a letter flattened onto one line (a portal's copy), its list of recipients run into the text
# "- VPUB: + CVP, các PCVP;": a group's head and its first sub-entry ("+") on one line — one entry, unmarked
_SUB_MARK = re.compile(r"(?<=:)\s*\+\s+")

_INLINE_LABEL = re.compile(r"(?:^|(?<=[.:;/]\s)|(?<=\./\.)\s*)Nơi\s*nhận\s*:\s*(?=-)")
_INLINE_ENTRY = re.compile(r"-\s*([^;]+?)\s*(?:;|(?=\s(?:KT|TM|TL|TUQ)\.\s)|$)")


def _inline(seg: Segments) -> list[Finding]:
    """The entries of a "Nơi nhận:" list run into a flattened line: dashed entries up to "Lưu" or the signer."""
    text = seg.text
    for ln in seg.lines:
        label = _INLINE_LABEL.search(text, ln.start, ln.end)
        if label is None:
            continue
        found = []
        pos = label.end()
        while (m := _INLINE_ENTRY.match(text, pos, ln.end)) is not None:
            pos = m.end()
            while pos < ln.end and text[pos] == " ":
                pos += 1
            raw = m.group(1)
            if re.match(r"Lưu\b", raw.strip(" -")):
                break  # "Lưu: VT, …" closes the list
            if _SKIP.match(raw.strip(" -")):
                continue
            value = collapse(_PURPOSE.sub(" ", raw)).strip(" ;.,-–")
            if value:
                found.append(Finding(value, m.start(1), m.end(1), 0.7, "distribution.noi_nhan.inline"))
        return found
    return []


def extract(seg: Segments) -> list[Finding]:
    text = seg.text
    start = next((k for k, ln in enumerate(seg.closing) if NOI_NHAN.match(ln.text)), None)
    if start is None:
        return _inline(seg)
    lines = seg.closing[start:]
    found: list[Finding] = []
    first = lines[0]
    # "Nơi nhận:" may share its line with the first entry, or with the signer's column (wide gap).
    cells = CELL_SPLIT.split(first.text)
    label_rest = re.sub(r"^Nơi\s*nhận\s*:?\s*", "", cells[0])
    items: list[tuple[int, int]] = []
    if label_rest.strip(" -"):
        # "Nơi nhận: Như trên; UBND huyện (b/c); Lưu: VT." — a crawl runs the entries onto the label's line
        pos = first.start + first.text.index(label_rest)
        for part in re.split(r"(?<=;)", label_rest):
            items.append((pos, pos + len(part)))
            pos += len(part)
    for k, ln in enumerate(lines[1:], start=1):
        if ln.kind != "bullet":
            # The signer's column may share the line (a tab or wide gap): the entries are its first cell.
            own = CELL_SPLIT.split(ln.text)[0]
            own_end = ln.start + len(own)
            # A wrapped entry: the line goes on in lower case, or the entry above has no closing ";" yet.
            above = text[items[-1][0] : items[-1][1]].rstrip() if items else ""
            open_entry = items and not above.endswith((";", "."))
            if items and (own[:1].islower() or (open_entry and (not own.isupper() or above.endswith(",")))) \
                    and not AUTHORITY.match(own):
                items[-1] = (items[-1][0], own_end)
                continue
            # Dashes may be missing (OCR, a pasted copy): an entry is still a short line ending with ";" or "."
            # before the signer
            if len(own) < 100 and own.endswith((";", ".")) and not AUTHORITY.match(own):
                items.append((ln.start, own_end))
                continue
            # OCR debris (a tick, a scribble, a piece of the signer's title) between entries: the list goes on.
            # The signer's block is no debris: a title in capitals, a delegation line (seal text under it may
            # be starred like an entry: "* PHÒNG GD&ĐT … *").
            words = [w for w in ln.text.split() if any(c.isalpha() for c in w)]
            signer_like = AUTHORITY.match(ln.text) or (len(words) >= 2 and ln.text.isupper())
            entry_follows = any(nxt.kind == "bullet" and nxt.text[:1] in "-–+~_" for nxt in lines[k + 1 : k + 3])
            # ... nor is the signature's second line ("CHỦ TỊCH") set between the label and the first entry
            if len(ln.text.strip()) <= 3 or (entry_follows and (not signer_like or not items)):
                continue
            break
        body = ln.body
        cell = CELL_SPLIT.split(body)[0]  # the signer's column may follow on the same line
        if AUTHORITY.match(cell):
            break
        if items and text[items[-1][0] : items[-1][1]].rstrip().endswith(":") and ln.marker.strip() == "+":
            # "- VPUB: + CVP, các PCVP;" (split at the "+" by normalise): the head has no entry of its own
            items[-1] = (items[-1][0], ln.body_start + len(cell))
            continue
        items.append((ln.body_start, ln.body_start + len(cell)))
    for s, e in items:
        raw = text[s:e]
        if _SKIP.match(raw.strip(" -")):
            continue
        value = _SUB_MARK.sub(" ", _PURPOSE.sub(" ", raw))
        value = collapse(value).strip(" ;.,-–")
        if value:
            found.append(Finding(value, s, e, 0.85, "distribution.noi_nhan"))
    return found
