"""Signer: the delegation line (KT./TM./TL./TUQ./Q.) directly above the title, the title, the name."""

from __future__ import annotations

import itertools
import re

from rapidfuzz import fuzz, process

from extractor.rules.patterns import collapse
from extractor.segment import Segments
from extractor.types import Finding
from extractor.vocabulary import (
    AUTHORITY,
    AUTHORITY_DOT,
    CELL_SPLIT,
    NOI_NHAN,
    SIGNER_TITLE_CONTINUATION,
    SIGNER_TITLE_OPENING,
    SIGNER_TITLES,
    load_data,
    unmarked,
)

# A person's name: 2–6 capitalised syllables ("Trần Thị Minh Anh"), or the same in capitals. The letter
# class spans lower-case letters with marks too ("đề"), so _name() checks the initials.
# A syllable of a Central Highlands name may carry an apostrophe ("H'Rin", "K'Lăng").
_INITIAL = r"[A-ZĐÂĂÊÔƠƯ\u00C0-\u1EF9][\w]*(?:['’]\w+)?"
# Before the name: an honorific or degree, or the rank a police or army signer writes ("Trung tá Ngô Văn Công").
_RANK = r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)"
_DEGREE = "|".join(re.escape(d) for d in sorted(load_data("signer")["name_prefixes"], key=len, reverse=True))
# "TS. BS. Nguyễn Văn An", "ThS.BS. …", "Ông …": up to two degrees or an honorific before the name
_NAME = re.compile(
    rf"^(?:(?:(?:{_DEGREE})\s*|(?:Ông|Bà|{_RANK})\s+)){{0,2}}({_INITIAL}(?:\s+{_INITIAL}){{1,5}})$"
)


def _name(text: str) -> re.Match[str] | None:
    m = _NAME.match(text)
    return m if m and all(word[0].isupper() for word in m.group(1).split()) else None

DATA = load_data("signer")
_SURNAMES = frozenset(DATA["surnames"])
# A head of a unit whose name may follow on the next line: "TỔNG CỤC TRƯỞNG" / "TỔNG CỤC BIỂN VÀ HẢI ĐẢO
# VIỆT NAM". The unit line starts with the unit the title names; a copy's seal text ("PHÒNG GD&ĐT …" under
# "HIỆU TRƯỞNG") does not.
_UNIT_HEAD = re.compile(r"^(?:PHÓ\s+)?(?:(TỔNG CỤC|CHI CỤC|CỤC|VỤ|VIỆN) TRƯỞNG|TRƯỞNG (BAN|PHÒNG))$")
_CUT_UNIT = re.compile(
    r"^(?:PHÓ\s+)?(?:(?:TỔNG CỤC|CHI CỤC|CỤC|VỤ|VIỆN) TRƯỞNG|TRƯỞNG (?:BAN|PHÒNG))"
    r"\s+(?:TỔNG CỤC|CHI CỤC|CỤC|VỤ|VIỆN|BAN|PHÒNG)$"
)
# (with "SƠ": the seal's "SỞ XÂY DỰNG" as OCR reads it; no name has that syllable)
_AGENCY_WORDS = ("ỦY|UBND|BAN|PHÒNG|SỞ|SƠ|HỘI|ĐOÀN|BCH|TRƯỜNG|TRUNG TÂM|GIÁO DỤC|NHÂN DÂN|HUYỆN|TỈNH|XÃ|PHƯỜNG|QUẬN|"
                 "THỊ|THÀNH PHỐ|VIỆT NAM|CỘNG HÒA|ĐÀO TẠO|CHỦ TỊCH|ĐÃ KÝ|KÝ|XÂY DỰNG")
_AGENCY_WORD = re.compile(rf"\b(?:{_AGENCY_WORDS})\b")


_LEADING_MARKS = re.compile(r"[=~«»•·_*\s]*")


def _cells(seg: Segments):
    """Closing-zone cells that are not Nơi nhận entries (the signer column may share lines with them)."""
    for ln in seg.closing:
        parts = CELL_SPLIT.split(ln.text)
        pos = 0
        for k, part in enumerate(parts):
            if not part:
                continue
            off = ln.text.index(part, pos)
            pos = off + len(part)
            if k == 0 and (ln.kind == "bullet" or NOI_NHAN.match(part)):
                continue
            # A mark OCR read before the cell ("= GIÁM ĐỐC": the seal's rim or the signature's stroke).
            lead = len(_LEADING_MARKS.match(part).group())
            yield ln.start + off + lead, ln.start + off + len(part), part[lead:].strip(" *")


def _authority_value(text: str) -> str:
    value = re.sub(r"^([KT])[/.]([TML])\.?(?=\s)", r"\1\2", collapse(text))  # "K/T", "T/M", "T.M." → "KT", "TM"
    return re.sub(r"^(KT|TM|TL|TUQ|Q)\s*[.,]?\s*", r"\1. ", value)


def _deputy(head: str) -> str:
    return DATA["deputy_of"].get(head, f"PHÓ {head}")


def _titles_under(authority: str | None) -> list[str]:
    """The titles a signer may hold under this delegation line (Nghị định 30, Điều 13).

    Under "KT. X" a deputy signs for the head X: "PHÓ X" (THƯỜNG TRỰC), a Thứ trưởng for a Bộ trưởng. With no
    delegation line the head signs in person, so deputies are out. TM., TL., TUQ.: any title.
    """
    if authority and authority.startswith("KT."):
        head = authority.removeprefix("KT.").strip()
        # A head holding two offices ("KT. BỘ TRƯỞNG, CHỦ NHIỆM" of the Văn phòng Chính phủ) has a deputy for
        # each: "PHÓ CHỦ NHIỆM" signs for the Chủ nhiệm. The whole line's deputy comes first.
        heads = [head, *(part.strip() for part in head.split(",") if part.strip())] if "," in head else [head]
        deputies = list(dict.fromkeys(_deputy(h) for h in heads))
        return [title for deputy in deputies for title in (deputy, f"{deputy} THƯỜNG TRỰC")]
    if authority is None:
        return [t for t in SIGNER_TITLES if t not in DATA["deputy_titles"] and not t.startswith("PHÓ ")]
    return SIGNER_TITLES


def _snap_title(text: str, authority: str | None) -> str | None:
    """A title damaged by OCR (the seal sits on it), snapped to the closest title the delegation allows.

    Under "KT." the title is the head's deputy whatever the damage; otherwise None when nothing is close.
    """
    candidates = _titles_under(authority)
    letters = collapse(re.sub(r"[^\w\s]|\d|_", " ", text)).upper()
    best = process.extractOne(letters, candidates, scorer=fuzz.ratio)
    if authority and authority.startswith("KT."):  # the deputy; "THƯỜNG TRỰC" only where it can be read
        deputies = candidates[::2]
        # of a two-office head, the deputy the damaged line reads closest to (ties: the whole line's deputy)
        deputy = max(deputies, key=lambda d: (fuzz.ratio(letters, d), -deputies.index(d)))
        return f"{deputy} THƯỜNG TRỰC" if fuzz.partial_ratio("THƯỜNG TRỰC", letters) >= 80 else deputy
    return best[0] if best and best[1] >= DATA["snap_min_ratio"] else None


def _cut_title(value: str, authority: str | None) -> str | None:
    """A title whose last letter or two the seal or the page's edge took (``PHÓ CHỦ TỊC``): the one known title
    it begins, cut inside its last word."""
    if value in SIGNER_TITLES:
        return None
    known = dict.fromkeys([*SIGNER_TITLES, *(_titles_under(authority) if authority else [])])
    whole = [t for t in known if t.startswith(value) and 0 < len(t) - len(value) <= 2 and t[len(value) - 1].isalpha()
             and " " not in t[len(value) - 1 :]]
    return whole[0] if len(whole) == 1 else None


def _by_name(seg: Segments, cells: list) -> dict[str, Finding | None]:
    """Fallback anchored on the person's name: the title is the line(s) above it, snapped if OCR damaged it.

    The seal may break the title into fragments ("CHỦ", "n^ HA TT"); the lines between the delegation line
    and the name are read as one damaged title.
    """
    out: dict[str, Finding | None] = {"authority": None, "title": None, "name": None}
    for k in range(len(cells) - 1, 0, -1):
        s, e, t = cells[k]
        m = _name(collapse(t))
        if not m or collapse(t).isupper() or AUTHORITY_DOT.match(t) or SIGNER_TITLE_OPENING.match(t):
            continue
        above = [j for j in range(max(0, k - 5), k) if AUTHORITY.match(cells[j][2])]
        first_title = above[-1] + 1 if above else k - 1
        authority = _authority_value(cells[above[-1]][2]) if above else None
        if first_title >= k:  # no line between the delegation line and the name
            # an acting head signs under "Q. GIÁM ĐỐC" alone, a collective's member under "T/M BỘ CHÍNH TRỊ" (the
            # Party's layout prints no title): no title
            if authority and authority.startswith(("Q.", "TM.")):
                out["name"] = Finding(m.group(1), s, e, 0.7, "signer.name")
                out["authority"] = Finding(authority, cells[above[-1]][0], cells[above[-1]][1], 0.8, "signer.authority")
                return out
            if not (authority and authority.startswith("KT.")):
                continue
            ts, te, tt = cells[above[-1]][0], cells[above[-1]][1], ""
        else:
            ts, te = cells[first_title][0], cells[k - 1][1]
            tt = " ".join(c[2] for c in cells[first_title:k])
        snapped = _snap_title(tt, authority) or (collapse(tt) if SIGNER_TITLE_OPENING.match(tt) else None)
        if snapped is None and authority and authority.startswith("TM.") and tt.isupper() and len(tt.split()) <= 3:
            # "T/M BỘ CHÍNH" / "TRỊ" / name: the collective's name wrapped, and no title under it
            a_s = cells[above[-1]][0]
            out["authority"] = Finding(_authority_value(f"{cells[above[-1]][2]} {tt}"), a_s, te, 0.7,
                                       "signer.authority.wrapped")
            out["name"] = Finding(m.group(1), s, e, 0.7, "signer.name")
            return out
        if snapped is None:
            continue
        out["name"] = Finding(m.group(1), s, e, 0.7, "signer.name")
        out["title"] = Finding(snapped, ts, te, 0.5, "signer.title.snapped")
        if above:
            a_s, a_e, _ = cells[above[-1]]
            out["authority"] = Finding(authority, a_s, a_e, 0.8, "signer.authority")
        return out
    return out


def extract(seg: Segments) -> dict[str, Finding | None]:
    cells = list(_cells(seg))
    out = _by_title(seg, cells)
    if out["title"] is not None:
        return out
    out = _by_name(seg, cells)
    if out["name"] is not None:
        return out
    out = _name_alone(cells) if cells else _glued_tail(seg)
    return out if any(out.values()) else _delegation_alone(cells)


def _delegation_alone(cells: list) -> dict[str, Finding | None]:
    """A seal over the block left the delegation line readable and the title and name in pieces (``KT. BỘ TRƯỞNG,
    CHỦ NHIỆM`` / ``HỦ NHIỆM`` / ``ạnh Cường``): the delegation line, and under ``KT.`` the deputy's title snapped
    from the pieces below it (Nghị định 30: only a deputy signs ``KT.``). No name: none could be read."""
    out: dict[str, Finding | None] = {"authority": None, "title": None, "name": None}
    at = next((k for k in range(len(cells) - 1, -1, -1) if AUTHORITY.match(cells[k][2])), None)
    if at is None or at + 1 >= len(cells):  # nothing stands under it: no signature block
        return out
    s, e, t = cells[at]
    authority = _authority_value(t)
    out["authority"] = Finding(authority, s, e, 0.6, "signer.authority")
    if authority.startswith("KT."):
        ts, te, tt = cells[at + 1]
        out["title"] = Finding(_snap_title(tt, authority), ts, te, 0.4, "signer.title.snapped")
    return out


# A text run onto one line (a portal's summary, a <p> copy) ends with its signature glued after Nơi nhận:
# "… - Lưu: VT, ĐH. KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG (Đã ký) GS.TS. Nguyễn Trung Việt".
_GLUED_DELEGATION = re.compile(r"(?:^|(?<=[\s.;:]))(?:KT|TM|TL|TUQ|Q)\.\s*(?=[^\W\d_])")
_TEXT_END = re.compile(r"\./\.\s+|\bLưu\s*:[^.]{0,60}\.\s+")  # the body's "./." or the Lưu entry's end
_SIGNED_MARK = re.compile(r"\s*\((?:Đã ký|đã ký|Ký|ký)[^()]{0,20}\)\s*")


def _glued_tail(seg: Segments) -> dict[str, Finding | None]:
    """No closing zone: read the delegation line, the title and the name off the end of the last line."""
    out: dict[str, Finding | None] = {"authority": None, "title": None, "name": None}
    last = next((ln for ln in reversed(seg.lines) if ln.text.strip()), None)
    if last is None:
        return out
    marks = list(_GLUED_DELEGATION.finditer(last.text))
    if marks:
        start = last.start + marks[-1].start()
        delegated = True
    elif ends := list(_TEXT_END.finditer(last.text)):  # "… thi hành./. BỘ TRƯỞNG (Đã ký) Nguyễn Văn Tạo"
        start = last.start + ends[-1].end()
        delegated = False
    else:
        return out
    tail = seg.text[start : last.end]
    words = list(re.finditer(r"\S+", tail))
    caps = list(itertools.takewhile(lambda w: w.group().isupper() and w.group().isalpha(), words[int(delegated):]))
    k = len(caps)
    name = _name(collapse(_SIGNED_MARK.sub(" ", tail[caps[k - 1].end() :])).strip(" ./")) if k else None
    if name is None:
        return out
    name_at = tail.index(name.group(1), caps[k - 1].end())
    name_found = Finding(name.group(1), start + name_at, start + name_at + len(name.group(1)), 0.6, "signer.name.glued")
    if not delegated:
        title = " ".join(w.group() for w in caps)
        if title in _titles_under(None):
            out["title"] = Finding(title, start + caps[0].start(), start + caps[-1].end(), 0.6, "signer.title.glued")
            out["name"] = name_found
        return out
    delegation = words[0].group().rstrip(".")
    for cut in range(1, k):  # "KT. HIỆU TRƯỞNG | PHÓ HIỆU TRƯỞNG": the title is one the delegation allows
        authority = _authority_value(f"{delegation}. {' '.join(w.group() for w in caps[:cut])}")
        title = " ".join(w.group() for w in caps[cut:k])
        if title in _titles_under(authority):
            out["authority"] = Finding(authority, start, start + caps[cut - 1].end(), 0.6, "signer.authority.glued")
            title_span = (start + caps[cut].start(), start + caps[k - 1].end())
            out["title"] = Finding(title, *title_span, 0.6, "signer.title.glued")
            out["name"] = name_found
            return out
    return out


def _name_alone(cells: list) -> dict[str, Finding | None]:
    """An OCR'd copy whose title the seal or the scan lost: the closing ends with a person's name (family name
    first, in title case) and nothing else stands in the signer's column — the name, with no title."""
    out: dict[str, Finding | None] = {"authority": None, "title": None, "name": None}
    # Letters OCR made of the seal and the signature ("c", "Ệ", "b là") stand in no one's column, and a line
    # ending in ";" is a Nơi nhận entry wrapped onto a second line.
    cells = [c for c in cells if any(sum(ch.isalpha() for ch in word) >= 3 for word in c[2].split())
             and not c[2].endswith(";")]
    if len(cells) != 1:
        return out
    s, e, t = cells[0]
    m = _name(collapse(t))
    if m and not collapse(t).isupper() and m.group(1).split()[0] in _SURNAMES and len(m.group(1).split()) >= 3:
        out["name"] = Finding(m.group(1), s, e, 0.5, "signer.name.alone")
    return out


def _plain(text: str) -> str:
    """Letters without their marks, in capitals: what a seal leaves of a title's tones (``THU TƯƠNG``)."""
    return " ".join(unmarked(text, stroke=False).upper().split())


_TITLE_BY_PLAIN = {_plain(t): t for t in [*SIGNER_TITLES, *(_deputy(t) for t in SIGNER_TITLES)]}


def _deputy_damaged(line: str, head: str) -> bool:
    """The line under a head's title is its deputy's title whose front the seal took (``TƯỜNG`` under ``THỦ
    TƯỚNG`` for ``PHÓ THỦ TƯỚNG``): its letters end the deputy's, marks aside, four letters at least."""
    plain = _plain(line)
    return sum(c.isalpha() for c in plain) >= 4 and line.isupper() and _plain(_deputy(head)).endswith(plain)


def _rejoin_wrapped_names(cells: list) -> list:
    """A crawl wraps the signer's name after its family name ("Bùi" / "Xuân Cường", "Phạm" / "Chí Thanh"): a family
    name alone on its line, followed by the rest of a name, is one name."""
    out: list = []
    for cell in cells:
        if out and out[-1][2] in _SURNAMES and _name(f"{out[-1][2]} {cell[2]}") and not cell[2].isupper():
            out[-1] = (out[-1][0], cell[1], f"{out[-1][2]} {cell[2]}")
        else:
            out.append(cell)
    return out


def _concurrent_post(value: str) -> str | None:
    """The second of two known titles written one after the other without a comma ("TRƯỞNG BAN PHÓ THỦ TƯỚNG"): the
    signer's concurrent office, no part of the title ("BỘ TRƯỞNG, CHỦ NHIỆM", one office of two names, keeps its
    comma)."""
    if value in _TITLE_BY_PLAIN.values():
        return None
    words = value.split()
    for k in range(1, len(words)):
        first, rest = " ".join(words[:k]), " ".join(words[k:])
        if first in _TITLE_BY_PLAIN.values() and rest in _TITLE_BY_PLAIN.values():
            return rest
    return None


def _by_title(seg: Segments, cells: list) -> dict[str, Finding | None]:
    out: dict[str, Finding | None] = {"authority": None, "title": None, "name": None}
    title_k = kt_lost = None
    for k, (s, e, t) in enumerate(cells):
        if AUTHORITY.match(t):
            continue
        if k and AUTHORITY.match(cells[k - 1][2]) and cells[k - 1][2].rstrip(" *").endswith(","):
            continue  # the delegation's second office ("KT. BỘ TRƯỞNG," / "CHỦ NHIỆM"): the title comes below it
        letters = [c for c in t if c.isalpha()]
        # a title whose tone marks the seal damaged reads as a known one without them ("THU TƯƠNG")
        marks_lost = _TITLE_BY_PLAIN.get(_plain(t)) if letters and all(c.isupper() for c in letters) else None
        if letters and all(c.isupper() for c in letters) and (SIGNER_TITLE_OPENING.match(t) or marks_lost):
            title_k, title_start, title_end, value = k, s, e, marks_lost or collapse(t)
            nxt = collapse(cells[k + 1][2]) if k + 1 < len(cells) else ""
            below = nxt and "\n" in seg.text[e : cells[k + 1][0]]  # not a second signer's column on the same line
            # ... and the signer's name follows it (seal text would: "PHÒNG" / "LAO ĐỘNG" under "TRƯỞNG PHÒNG")
            after = collapse(cells[k + 2][2]) if k + 2 < len(cells) else ""
            if (below and _deputy_damaged(nxt, value) and value in SIGNER_TITLES and _name(after)
                    and not after.isupper()):
                nxt = _deputy(value)
            if below and nxt in (_deputy(value), f"{_deputy(value)} THƯỜNG TRỰC"):
                # "GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC": the head's title above its deputy's is a delegation line that lost
                # its "KT." (Nghị định 30, Điều 13: a deputy signs for the head only "KT.")
                kt_lost = Finding(f"KT. {value}", s, e, 0.6, "signer.authority.snapped")  # "KT." restored
                title_k, title_start, title_end, value = k + 1, cells[k + 1][0], cells[k + 1][1], nxt
            elif nxt and SIGNER_TITLE_CONTINUATION.match(nxt):
                # "CHỦ TỊCH" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the President's title is both lines
                title_k, title_end, value = k + 1, cells[k + 1][1], f"{value} {nxt}"
            elif nxt:
                # "TỔNG CỤC TRƯỞNG" / "TỔNG CỤC BIỂN VÀ HẢI ĐẢO VIỆT NAM": the unit on the next line is in the title
                ns, ne, nt = cells[k + 1]
                adjacent = "\n\n" not in seg.text[e:ns]
                unit = _UNIT_HEAD.match(value)
                same_unit = unit and nt.startswith(unit.group(unit.lastindex or 1))
                # "CỤC TRƯỞNG CỤC" / "CHUYỂN ĐỔI SỐ QUỐC GIA": the unit's word ended the line, its name follows
                cut_unit = _CUT_UNIT.match(value)
                if adjacent and nt.isupper() and not AUTHORITY.match(nt) and (
                        (same_unit and len(nt.split()) >= 3) or (cut_unit and len(nt.split()) >= 2)):
                    title_end, value = ne, f"{value} {collapse(nt)}"
                    title_k = k + 1
            if post := _concurrent_post(value):
                # "TRƯỞNG BAN PHÓ THỦ TƯỚNG" glued in one cell: the position in the issuing committee, then the
                # signer's own office (as two lines it reads the same: the title is the first)
                value = value[: -len(post)].rstrip()
                words = r"\s+".join(map(re.escape, value.split()))
                if m := re.search(words, seg.text[title_start:title_end]):
                    title_end = title_start + m.end()
            snapped = value not in collapse(seg.text[title_start:title_end])  # marks or a deputy's front restored
            out["title"] = Finding(value, title_start, title_end, 0.6 if snapped else 0.85,
                                   "signer.title.snapped" if snapped else "signer.title")
            break
    if title_k is None:
        return out
    for j in range(title_k - 1, -1, -1):
        s, e, t = cells[j]
        if kt_lost is None and AUTHORITY.match(t):
            # "KT. CỤC TRƯỞNG CỤC QUẢN LÝ VÀ PHÁT TRIỂN" / "THỊ TRƯỜNG TRONG NƯỚC" / "PHÓ CỤC TRƯỞNG": the lines in
            # capitals between the delegation line and the title are the rest of the unit's name (a bare title,
            # "KT. CHỦ TỊCH", names no unit: capitals under it are a seal's)
            rest = cells[j + 1 : title_k]
            bare = _authority_value(t).split(". ", 1)[-1] in SIGNER_TITLES
            if rest and not bare and len(rest) <= 2 and all(c[2].isupper() and not AUTHORITY.match(c[2]) for c in rest):
                t, e = f"{t} {' '.join(c[2] for c in rest)}", rest[-1][1]
            authority = _authority_value(t)
            out["authority"] = Finding(authority, s, e, 0.85, "signer.authority")
            title = out["title"]
            # Under "KT. X" the deputy signs: a title read as X itself lost its "PHÓ" under the seal.
            if authority.startswith("KT.") and title.value == authority.removeprefix("KT.").strip():
                out["title"] = Finding(_snap_title(title.value, authority), title.start, title.end, 0.6,
                                       "signer.title.snapped")
            break
    out["authority"] = kt_lost or out["authority"]
    if whole := _cut_title(out["title"].value, out["authority"].value if out["authority"] else None):
        out["title"] = Finding(whole, out["title"].start, out["title"].end, 0.6, "signer.title.snapped")
    later = _rejoin_wrapped_names([(s, e, collapse(t)) for s, e, t in cells[title_k + 1 :]])
    # A name in title case first ("Trần Thị Minh Anh"); seal fragments in capitals ("GIÁO DỤC") are not names.
    # OCR makes words of the seal and the signature too ("Xio Tệ"): a name that starts with a family name wins.
    names = [(s, e, m) for s, e, t in later if (m := _name(t)) and not t.isupper()]
    # A name of two words opening on the commonest middle names is a name's tail, the seal over its front
    # ("Văn Thăng" for "Nguyễn Văn Thắng").
    names = [n for n in names if not (n[2].group(1).split()[0] in ("Văn", "Thị") and len(n[2].group(1).split()) == 2)]
    best = next((n for n in names if n[2].group(1).split()[0] in _SURNAMES), names[0] if names else None)
    if best:
        out["name"] = Finding(best[2].group(1), best[0], best[1], 0.8, "signer.name")
        return out
    for s, e, t in reversed(later):
        # in capitals, a name starts with a family name: not a form's title ("PHIẾU TRÌNH DUYỆT") nor seal text
        if (_name(t) and t.isupper() and 2 <= len(t.split()) <= 5 and not _AGENCY_WORD.search(t)
                and t.split()[0].capitalize() in _SURNAMES):
            out["name"] = Finding(t, s, e, 0.6, "signer.name.capitals")
            break
    return out
