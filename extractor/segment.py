"""Stage 3, segment: the clean text → the zones of a Nghị định 30 document.

Zones, top to bottom: the *header* (issuer column, national motto, number, place-and-date, urgency marks,
and for a công văn the ``V/v`` subject), the *title* (type name and trích yếu), ``Kính gửi``, the *preamble*
(citations and the opening statement), the *body* (numbered sections, list items), the *closing*
(``Nơi nhận`` and the signature block) and any *appendix* after it.

Header columns arrive in three shapes: one after the other (left lines, then the motto), interleaved line by
line with a wide gap, or flattened with ``|``. Lines are cut into *cells* at ``|`` and at wide gaps, and each
cell is given to the left or right column, so every shape gives the same columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.vocabulary import (
    ANNEX_TITLE,
    APPENDIX,
    AUTHORITY,
    AUTHORITY_HEAD,
    BODY_NAME,
    BODY_OPENER,
    CELL_SPLIT,
    CITATION,
    CUT_ENTRY,
    KINH_GUI,
    MARKER,
    MOTTO,
    NOI_NHAN,
    NUMBER_LINE,
    PLACE_DATE,
    RULE_LINE,
    SECOND_HEADER,
    SECTION_TITLE,
    SIGNER_TITLE,
    SIGNER_TITLE_CONTINUATION,
    SUBJECT_LINE,
    TYPE_LINE,
    TYPE_NAMES,
    TYPE_PREFIX,
    TYPE_WITH_TITLE,
)

# A motto this far down (lines) follows a scraped page's own lines; it is looked for this far; the issuer's
# lines above it are at most this many.
PAGE_CHROME_MIN, PAGE_CHROME_LINES, ISSUER_MAX_LINES = 12, 120, 7
# Numbered notes on a received copy above "Kính gửi" are skipped over at most this many lines.
NOTES_MAX_LINES = 12


@dataclass(slots=True)
class Line:
    """A non-blank line: its span in the clean text (stripped), list marker, and text after the marker."""

    index: int
    start: int
    end: int
    text: str
    blank_before: bool
    marker: str = ""
    kind: str = ""  # dieu | roman | arabic | letter | bullet | "" (paragraph)
    body_start: int = 0

    @property
    def body(self) -> str:
        return self.text[self.body_start - self.start :]

    @property
    def level(self) -> int:
        """Depth of the marker in the usual order I. > 1. > 1.1. > a) > - > +."""
        if self.kind == "roman":
            return 1
        if self.kind == "dieu":
            return 2
        if self.kind == "arabic":
            depth = self.marker.rstrip(".) ").count(".")
            if depth == 0 and SECTION_TITLE.match(self.body) and self.body.isupper():
                return 1  # "3. TỔ CHỨC THỰC HIỆN": the plan's section, numbered in figures instead of "III."
            return 2 + depth
        if self.kind == "letter":
            return 6
        if self.kind == "bullet":
            return 8 if self.marker.strip().startswith("+") else 7
        return 9


@dataclass(slots=True)
class Cell:
    start: int
    end: int
    text: str
    line: int  # index into Segments.lines
    column: str = "left"  # left | right


@dataclass(slots=True)
class Segments:
    text: str
    lines: list[Line]
    header: list[Cell] = field(default_factory=list)  # cells of the header zone, in reading order
    title: list[Line] = field(default_factory=list)  # type-name line first when there is one
    type_line: Line | None = None
    kinh_gui: list[Line] = field(default_factory=list)
    preamble: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    closing: list[Line] = field(default_factory=list)  # Nơi nhận + signature zone
    appendix_start: int | None = None  # char offset where appendices begin

    def left_column(self) -> list[Cell]:
        return [c for c in self.header if c.column == "left"]

    def right_column(self) -> list[Cell]:
        return [c for c in self.header if c.column == "right"]


def _split_lines(text: str, start: int = 0) -> list[Line]:
    lines: list[Line] = []
    pos = start
    blank = True
    for raw in text[start:].split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            line = Line(len(lines), start, start + len(stripped), stripped, blank)
            m = MARKER.match(stripped)
            if m and m.end() < len(stripped):
                # "C. TỔ CHỨC THỰC HIỆN": a part lettered in capitals stands where a roman section would
                line.kind = "roman" if m.lastgroup == "part" else m.lastgroup or ""
                line.marker = m.group(0)
                line.body_start = start + m.end()
            else:
                line.body_start = start
            lines.append(line)
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def _cells(line: Line) -> list[Cell]:
    cells = []
    pos = 0
    for part in CELL_SPLIT.split(line.text):
        if not part:
            continue
        k = line.text.index(part, pos)
        cells.append(Cell(line.start + k, line.start + k + len(part), part, line.index))
        pos = k + len(part)
    return cells


def _is_type_line(text: str) -> bool:
    """A type name alone on its line ("KẾ HOẠCH"), or in capitals followed by its title on the same line
    ("KẾ HOẠCH TỔ CHỨC TUẦN LỄ …", as a pasted body may start)."""
    if not text.isupper():  # white space and " :*" have no case: the collapsed line is upper case alike
        return False
    line = re.sub(r"\s+", " ", text.strip(" :*"))
    return bool(TYPE_LINE.match(line) or (TYPE_PREFIX.match(line) and len(line.split()) >= 5))


_TYPE_INITIALS = frozenset(name[0] for name in TYPE_NAMES)


def _opens_with_type_line(text: str) -> bool:
    """The line's first cell is a type line. Most lines fail on their first letter: no split, no regex."""
    if text.lstrip(" :*")[:1] not in _TYPE_INITIALS:
        return False
    return _is_type_line(CELL_SPLIT.split(text)[0])


def _header_start(lines: list[Line]) -> int:
    """Where the header starts: line 0, or — when a scraped page's own lines (its register of the document, its
    notices) fill the opening — the issuer's lines in capitals right above a motto that stands far down."""
    motto = next((i for i, ln in enumerate(lines[:PAGE_CHROME_LINES]) if MOTTO.match(ln.text)), None)
    if motto is None or motto < PAGE_CHROME_MIN:
        return 0
    k = motto
    while k > 0 and motto - k < ISSUER_MAX_LINES and _issuer_like(lines[k - 1].text):
        k -= 1
    return k if k < motto else 0


def _issuer_like(text: str) -> bool:
    """A line of the header's left column: a name in capitals, a rule under it, a column separator."""
    # "*": the star under a Party body's name
    return bool(RULE_LINE.match(text)) or text.isupper() or not text.strip("| *")


def _header_end(lines: list[Line], start: int = 0) -> int:
    """Index of the first line after the header zone."""
    limit = min(len(lines), start + 30)
    for i in range(start, limit):
        t = lines[i].text
        first = CELL_SPLIT.split(t)[0]
        if _is_type_line(first) or KINH_GUI.match(t) or CITATION.match(t) or lines[i].kind in ("roman", "dieu"):
            return i
        if lines[i].kind == "arabic" and i > 0 and not _header_follows(lines, i, limit):
            return i
        # a long line ends the header — unless Kính gửi follows (a V/v line run into a stamp's text)
        long_line = (len(t) > 160 and not (PLACE_DATE.match(t) or SUBJECT_LINE.match(t)) and "|" not in t
                     and "://" not in t)  # a portal's source address above the header
        if long_line and not any(KINH_GUI.match(ln.text) for ln in lines[i + 1 : i + 3]):
            return i
    return start


def _header_follows(lines: list[Line], i: int, limit: int) -> bool:
    """The header's own lines (the motto, Số:, the place and date) come below line ``i``: a numbered line above
    them is a note on the copy (a routing instruction, "1. Chuyển đ/c …"), not the body's first item."""
    return any(MOTTO.match(ln.text) or NUMBER_LINE.match(ln.text) or PLACE_DATE.match(ln.text)
               for ln in lines[i + 1 : limit])


def _assign_columns(cells: list[Cell]) -> None:
    """Left: issuer names, Số, V/v. Right: motto, place-date. Cells on a shared line split by position."""
    by_line: dict[int, list[Cell]] = {}
    for c in cells:
        by_line.setdefault(c.line, []).append(c)
    for row in by_line.values():
        for k, c in enumerate(row):
            t = c.text
            if MOTTO.match(t) or PLACE_DATE.match(t) or (RULE_LINE.match(t) and k > 0):
                c.column = "right"
            elif len(row) > 1 and k > 0 and not (NUMBER_LINE.match(t) or SUBJECT_LINE.match(t)):
                c.column = "right"  # second cell of an interleaved line
            else:
                c.column = "left"
    # Lines between the motto and the place-date line belong to the right column ("Độc lập…" wrapped).
    seen_motto = False
    for c in cells:
        if MOTTO.match(c.text):
            seen_motto = True
        elif seen_motto and c.column == "left" and RULE_LINE.match(c.text):
            c.column = "right"


def segment(text: str, start: int = 0) -> Segments:
    """Segment ``text[start:]``; offsets stay those of ``text`` (an attached plan is segmented in place)."""
    lines = _split_lines(text, start)
    seg = Segments(text=text, lines=lines)
    if not lines:
        return seg
    # an attached text (start > 0) follows the document, not a scraped page's chrome: a motto far down in it is
    # the header of one of its forms
    head_start = _header_start(lines) if start == 0 else 0
    head_end = _header_end(lines, head_start)
    for line in lines[head_start:head_end]:
        if line.kind != "arabic":  # a numbered note on the copy (see _header_follows) is no header cell
            seg.header.extend(_cells(line))
    _assign_columns(seg.header)
    i = _read_title(seg, head_end)
    i = _read_kinh_gui(seg, _past_notes(lines, i))
    body_start = _preamble_end(lines, i)
    seg.preamble = lines[i:body_start]
    close = _closing_start(lines, body_start)
    # an attached text, or one without a signature (an attached Quy định), ends where its annexes and forms begin
    if (start or close == len(lines)) and (annex := _annex_start(lines, body_start, close)) is not None:
        seg.body = lines[body_start:annex]
        seg.appendix_start = lines[annex].start
        return seg
    seg.body = lines[body_start:close]
    seg.closing, seg.appendix_start = _split_appendix(lines[close:])
    return seg


def _annex_start(lines: list[Line], body_start: int, close: int) -> int | None:
    """The first annex title ("PHỤ LỤC 02", "Mẫu số 01") or second national header between the body's start and the
    closing (the signature under a form is the form's)."""
    return next((k for k in range(body_start + 1, close) if ANNEX_TITLE.match(lines[k].text)), None)


_CITES = re.compile(r"\bsố\s*\d|\d+\s*/|\s(?:của|tại|do)\s")


def _names_no_document(line: str) -> bool:
    """A trích yếu that opens with a cue word ("Thực hiện công tác bầu cử …"): no number, issuer or place of a
    cited document, and no clause end — a citation names what it cites."""
    return not _CITES.search(line) and not line.rstrip().endswith((";", ":", "."))


def _past_notes(lines: list[Line], i: int) -> int:
    """Where "Kính gửi" starts when numbered notes on the received copy stand between it and the header (a
    routing instruction beside the V/v: "1. Cô … gửi văn bản …"); ``i`` when none do. The genre puts nothing
    numbered above Kính gửi, so numbered lines with no citation among them are such notes."""
    if not (i < len(lines) and lines[i].kind == "arabic"):
        return i
    for k in range(i + 1, min(len(lines), i + NOTES_MAX_LINES)):
        if KINH_GUI.match(lines[k].text):
            return k
        if CITATION.match(lines[k].text) or lines[k].kind in ("roman", "dieu"):
            break
    return i


# "KẾT LUẬN" / "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG …" / (blank) / "TẠI HỘI NGHỊ TOÀN QUỐC …": a crawl sets the lines of a
# trích yếu in capitals apart; one that opens with a linking word goes on with it
_TITLE_LINK = re.compile(r"(?:TẠI|VỀ|CỦA|VÀ|NĂM|ĐẾN|GIAI ĐOẠN|NHIỆM KỲ|TRONG|NHÂN DỊP)\s")


def _goes_on_in_capitals(title: list[Line], t: str) -> bool:
    return len(title) > 1 and all(ln.text.isupper() for ln in title[1:]) and t.isupper() \
        and _TITLE_LINK.match(t) is not None


def _read_title(seg: Segments, i: int) -> int:
    """The type name line, then the trích yếu lines under it; the index of the line after the title."""
    lines, n = seg.lines, len(seg.lines)
    if not (i < n and _opens_with_type_line(lines[i].text)):
        return i
    seg.type_line = lines[i]
    seg.title.append(lines[i])
    i += 1
    while i < n and len(seg.title) < 6:
        t = lines[i].text
        # a trích yếu in capitals may open with a cue word and cite ("THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG …")
        opens_title = len(seg.title) == 1 and (_names_no_document(t) or t.isupper())
        # "… CHO NHỮNG NĂM TIẾP" / "THEO": a trích yếu in capitals wrapped before a word that is also a cue
        goes_on = (len(seg.title) > 1 and t.isupper() and not lines[i].blank_before
                   and all(ln.text.isupper() for ln in seg.title[1:]))
        if ((CITATION.match(t) and not opens_title and not goes_on)
                or KINH_GUI.match(t) or lines[i].kind in ("roman", "dieu", "arabic")
                or ((len(seg.title) > 1 or TYPE_WITH_TITLE.match(seg.type_line.text)) and lines[i].blank_before
                    and not t[:1].islower()  # "… khóa XVI" / (blank) / "và bầu cử …": the trích yếu goes on
                    and not _goes_on_in_capitals(seg.title, t))
                or (len(t) > 250 and not t.isupper() and not (len(seg.title) == 1 and _authority_below(lines, i)))):
            break
        if RULE_LINE.match(t):
            i += 1
            break
        # QĐ: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" ends the title; other capitals continue a wrapped trích yếu
        if t.isupper() and len(seg.title) > 1 and AUTHORITY_HEAD.match(t) and _ends_title_block(lines, i + 1):
            break
        # a trích yếu in capitals goes on in capitals: a line that is not ("Cục Thuế có kế hoạch …", "BỘ XÂY DỰNG
        # điện:", "- Dừng …") opens the text, though no blank line parts them in a crawl
        if len(seg.title) > 1 and all(ln.text.isupper() for ln in seg.title[1:]) and not t.isupper():
            break
        seg.title.append(lines[i])
        i += 1
    return i


def _authority_below(lines: list[Line], i: int) -> bool:
    """A decision's long trích yếu: the issuing authority's line in capitals stands right under it."""
    return i + 1 < len(lines) and lines[i + 1].text.isupper() and bool(AUTHORITY_HEAD.match(lines[i + 1].text))


def _ends_title_block(lines: list[Line], k: int) -> bool:
    """The authority line stands last above the căn cứ; a wrapped trích yếu line has more of it below."""
    after = lines[k] if k < len(lines) else None
    return after is None or after.blank_before or bool(CITATION.match(after.text)) or not after.text.isupper()


def continues_kinh_gui(entries: list[Line], line: Line) -> bool:
    """A list item, or a short line under ``Kính gửi:`` — the first entry, or the next after an entry that ends
    with ";" (entries written without dashes)."""
    if line.kind == "bullet":
        return True
    # a name cut after an office ("- Bí thư Tỉnh ủy, Chủ tịch" / "Ủy ban nhân dân các tỉnh: …, Lâm Đồng."), however
    # long the list of provinces it goes on with
    cut_office = entries[-1].kind == "bullet" and CUT_ENTRY.search(entries[-1].text.rstrip())
    if cut_office and not line.kind and not BODY_OPENER.match(line.text) and not KINH_GUI.match(line.text):
        return True
    if _numbered_entry(entries, line):
        return True
    if line.kind or len(line.text) >= 120 or BODY_OPENER.match(line.text) or KINH_GUI.match(line.text):
        return False
    above = entries[-1].text.rstrip()
    if above.endswith("."):  # the list has ended ("Kính gửi: Trung tâm Y tế các huyện.")
        return False
    if CUT_ENTRY.search(above):  # an entry wrapped mid-name: "Kính gửi: Các" / "Doanh nghiệp …"
        return True
    if len(entries) == 1:  # after the label: its first entry, or the rest of an entry it holds
        label = KINH_GUI.match(above)
        # entries without separators: "Kính gửi: Ủy ban nhân dân huyện X" / "Phòng Y huyện X." (a short name)
        named = BODY_NAME.match(line.text) and len(line.text) < 80 and line.text.endswith((".", ";"))
        return (not above[label.end():].strip(" :") or above.endswith((";", ",")) or line.text[:1].islower()
                or bool(named))
    if entries[-1].kind == "bullet":  # an entry wrapped before a capital: "- Các Bộ: …, Xây dựng," / "Nông nghiệp …"
        return not above.endswith(";") and len(line.text) < 80
    return above.endswith((";", ","))


def _numbered_entry(entries: list[Line], line: Line) -> bool:
    """"Kính gửi:" / "1. Ủy ban nhân dân các xã;" / "2. Các trường học …": entries numbered instead of dashed — a body's
    name on a short line ending the entry, under the bare label or the numbered entry above."""
    if line.kind != "arabic" or len(line.text) >= 120 or not line.text.rstrip().endswith((";", ".")):
        return False
    above = entries[-1]
    bare_label = len(entries) == 1 and not above.text[KINH_GUI.match(above.text).end() :].strip(" :")
    return bool(BODY_NAME.match(line.body)) and (bare_label or (above.kind == "arabic"
                                                                and above.text.rstrip().endswith(";")))


def _next_dashed_entry(entries: list[Line], line: Line | None) -> bool:
    return line is not None and line.kind == "bullet" and not BODY_OPENER.match(line.body) \
        and any(e.kind == "bullet" and e.marker.strip() == line.marker.strip() for e in entries)


def _read_kinh_gui(seg: Segments, i: int) -> int:
    """"Kính gửi:" and its addressees (on its line, on the next short line, or as a list)."""
    lines, n = seg.lines, len(seg.lines)
    if not (i < n and KINH_GUI.match(lines[i].text)):
        return i
    seg.kinh_gui.append(lines[i])
    i += 1
    while i < n and continues_kinh_gui(seg.kinh_gui, lines[i]):
        seg.kinh_gui.append(lines[i])
        i += 1
        # a wrapped entry's last line ends with "." — the list goes on where the next entry opens with the list's dash
        if seg.kinh_gui[-1].text.endswith(".") and seg.kinh_gui[-1].kind != "bullet" \
                and not _next_dashed_entry(seg.kinh_gui, lines[i] if i < n else None):
            break
    return i


def _preamble_end(lines: list[Line], i: int) -> int:
    """The preamble runs up to the first numbered section; without sections, it is the citation lines and
    the statement after them."""
    n = len(lines)
    body_start = next((k for k in range(i, n) if lines[k].kind in ("roman", "dieu", "arabic")), n)
    if body_start == n:
        k = i
        while k < n and CITATION.match(lines[k].text):
            k += 1
        body_start = min(n, k + 1)
    # a short letter: its closing follows the statement
    return next((k for k in range(i, body_start) if NOI_NHAN.match(lines[k].text)), body_start)


def _closing_start(lines: list[Line], body_start: int) -> int:
    """Nơi nhận or the signature block (an authority line, or the last upper-case title line), whichever comes
    first: a two-column closing read right column first puts the signer above Nơi nhận."""
    n = len(lines)
    noi_nhan = next((k for k in range(n) if NOI_NHAN.match(lines[k].text)), None)
    candidates = [noi_nhan] if noi_nhan is not None and noi_nhan >= body_start else []
    candidates += [next((k for k in range(body_start, n) if AUTHORITY.match(lines[k].text)), n)]
    candidates += [k for k in range(max(body_start, n - 15), n) if _signer_title_line(lines, k)][:1]
    return min(candidates, default=n)


def _signer_title_line(lines: list[Line], k: int) -> bool:
    """A signer's title alone on its line above the name, or beside it ("GIÁM ĐỐC" | "Hoàng Văn …")."""
    cells = CELL_SPLIT.split(lines[k].text)
    if not SIGNER_TITLE.match(cells[0]):
        return False
    if len(cells) > 1:
        return not cells[1].isupper()
    if k + 2 < len(lines) and SIGNER_TITLE_CONTINUATION.match(lines[k + 1].text):  # "CHỦ TỊCH" / "NƯỚC CỘNG HÒA …"
        k += 1
    return k + 1 < len(lines) and not lines[k + 1].text.isupper()


def _split_appendix(closing: list[Line]) -> tuple[list[Line], int | None]:
    """Appendices and attached documents after the signature (an appendix title, a second national header, a
    second type name) repeat titles and dates that are not the plan's: the closing stops there."""
    app = next((k for k, ln in enumerate(closing) if k > 0 and (
        APPENDIX.match(ln.text) or (SECOND_HEADER.search(ln.text) and not (
            SIGNER_TITLE_CONTINUATION.match(ln.text) or SIGNER_TITLE.match(ln.text)))
        or _opens_with_type_line(ln.text))), None)
    if app is None:
        return closing, None
    if _opens_with_type_line(closing[app].text):
        # the issuer lines just above an attached document's type name belong to it
        while (app > 1 and closing[app - 1].text.isupper() and closing[app - 1].kind == ""
               and not AUTHORITY.match(closing[app - 1].text)):
            app -= 1
    return closing[:app], closing[app].start
