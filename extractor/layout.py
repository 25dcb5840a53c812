"""Layout step, between normalise and segment: restore the Nghị định 30 line structure of a flattened text.

Portal crawls and PDF text layers run the parts of the layout together: both header columns on one line with
``-----`` rules between them, ``Số: … V/v … Hà Nội, ngày … QUYẾT ĐỊNH V/V … Kính gửi: … Thực hiện …`` on one
line, ``KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Văn …`` or ``- Lưu: VT. BỘ TRƯỞNG Mai …`` in the closing, ``Điều 1.``
or ``TL.`` alone on a line above the words they introduce. This step cuts such lines at the genre's landmarks
(the motto, rules, ``Số:``, ``V/v``, the place-and-date line, the type name in capitals, ``Kính gửi:``, the
first sentence of the body, delegation lines, signer titles, the signer's name) and joins lone markers to
their line. Every edit replaces one white-space character by another — a newline (a new line), a tab (a
column gap: the segmenter reads two cells, as in a two-column closing) or a space (a join) — so the text keeps
its length and the offset map, and with it the evidence, stays exact. Lines already laid out are left alone:
the landmarks it cuts at open their lines there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.vocabulary import (
    AUTHORITY_HEAD,
    BODY_OPENER,
    CITATION,
    CITED_NAMES,
    LEAD_CLAUSE,
    MARKER,
    SIGNER_TITLES,
    TYPE_NAMES,
    WORDS,
    alternation,
    load_data,
)

_DELEGATION_WORDS = alternation(WORDS["delegations"])
# A lone marker whose words are on the next line: "Điều 1." / "Ban hành …", "Số:" / "299/TTg", "TL." / "BỘ TRƯỞNG".
_LONE_MARKER = re.compile(
    r"^[ \t]*(?:Điều\s+\d{1,3}\s*[.:]|[IVXL]{1,5}\s*\.|\d{1,2}(?:\.\d{1,2})*\s*\.|Số\s*:"
    rf"|(?:{_DELEGATION_WORDS})\s*\.?)[ \t]*(\n)(?=[ \t]*\S)",
    re.MULTILINE,
)
_OPENING_LINES = 15
# "Triển khai / Trên cơ sở / Tiếp theo / Để triển khai Công văn số … của … V/v …": a citation opening with a cue that
# may also open a title; its "V/v" is the cited letter's subject, not a header part to cut at.
_CITES = re.compile(rf"(?i:{alternation(list(CITED_NAMES))})\s+(?:số\s*)?\d")

# ------------------------------------------------------------------ header landmarks
_RULE = re.compile(r"[-_=–—]{3,}")
_AGENCIES = load_data("agencies")
_BODY_HEADS = alternation(sorted({*_AGENCIES["governing_heads"], *_AGENCIES["subordinate_heads"],
                                  *_AGENCIES["council_heads"], *_AGENCIES["party_heads"]}))
# Where a new part of the header starts inside a line (the space before it is cut).
_PIECE = re.compile(
    r"(?<=\s)(?:[-_=–—]{3,}|CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI|Độc\s+lập\s*[-–—]|(?<!ĐẾN\s)(?<!Đến\s)Số\s*:|V/[vV]\b|Về\s+việc\b|VỀ\s+VIỆC\b"
    r"|Kính\s*gửi\s*:"
    # the Party's and the Youth Union's headers put their names where the motto stands
    rf"|(?<!BCH\s)(?<!CHẤP\sHÀNH\s)(?:ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH)(?=\s+(?:{_BODY_HEADS})\s|\s*$)"
    # "… CHỦ NGHĨA VIỆT NAM PHÒNG GIÁO DỤC …": a table's rows flattened, the issuer's second line after the motto
    # (or after "Hạnh phúc": a text layer that reads each row's right cell first)
    rf"|(?:(?<=VIỆT\sNAM\s)|(?<=HỒ\sCHÍ\sMINH\s)|(?<=Hạnh\sphúc\s)|(?<=HẠNH\sPHÚC\s))(?:{_BODY_HEADS})\s)"
)
_PLACE_DATE = re.compile(r",\s*(?:ngày|ngay)\b")
_DATE_END = re.compile(
    # a slot left blank or read as dots ("ngày … tháng 11"), "tháng" with OCR's tone slips ("thảng")
    r"(?:ngày|ngay)(?:[\s\d….]{0,12}?th[áảàạãa]ng[\s\d….]{0,12}?n[ăa]m(?:\s*\d{4})?"
    r"|\s*\d{1,2}\s*([/.\-])\s*\d{1,2}\s*\1\s*\d{4})",  # or in figures: "ngày 23/5/2019"
    re.IGNORECASE,
)
_PLACE_WORDS = frozenset({"phố", "xã", "trấn", "TP.", "Tp.", "TX.", "Q.", "P.", "TT."})
_TYPE_NAME = re.compile(rf"(?:{alternation(list(TYPE_NAMES))})(?=\s|$)")
_OPENER = re.compile(rf"(?<=\s)(?:{BODY_OPENER.pattern})")
_TYPE_THEN_TITLE = re.compile(
    rf"[ \t*]*(?:{alternation(list(TYPE_NAMES))})[ \t*]+(?=(?:V/v|Về|[A-ZĐÀ-Ỹ])[a-zà-ỹđ/]*\s+[a-zà-ỹđ])"
)
_NOTE_THEN_OPENER = re.compile(rf"[ \t]*\([^()\n]{{3,80}}\)[ \t]*(?=(?:{BODY_OPENER.pattern}))")
_ENTRY_END = re.compile(r"(?<=[a-zà-ỹđ)]{2}\.)\s(?=[A-ZĐÀ-Ỹ])")
_NEXT_ENTRY = re.compile(r"(?<=;)\s+(?=[-–+•]\s)")
_LIST_ENTRY = re.compile(r"(?<=[;:),])\s+(?=[-–+•]\s)")  # a Party list ends its entries with ","
_LINKING = frozenset({"CỦA", "VÀ", "CHO", "TẠI", "VỚI", "THUỘC", "VỀ", "TRỰC", "CÁC"})
_AUTHORITY_TYPES = frozenset({"QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ", "THÔNG TƯ", "NGHỊ ĐỊNH"})

# ------------------------------------------------------------------ closing landmarks
_DELEGATION_TOKEN = re.compile(rf"^(?:{_DELEGATION_WORDS})(?:\.|\.?$)")
_TITLE_AT = re.compile(rf"(?:PHÓ\s+)?(?:{alternation(SIGNER_TITLES + WORDS['signer_title_openings'])})(?=[\s,]|$)")
_PLACEHOLDER = re.compile(r"\((?:[Đđ]ã\s+ký|[Kk]ý)[^()]{0,30}\)")
_SURNAMES = frozenset(load_data("signer")["surnames"])
_TRAILING_NAME = re.compile(
    r";\s+((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s+){1,5}[A-ZĐÀ-Ỹ][a-zà-ỹđ]*)\s*$"
)


@lru_cache(maxsize=8192)  # asked again for the same words as the closing scans move along a line
def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@lru_cache(maxsize=8192)
def _is_title_case(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and word[0].isupper() and all(c.islower() for c in letters[1:])


class _Cuts:
    """White-space characters to replace, by offset: the edits of this step."""

    def __init__(self, text: str):
        self.text = text
        self.edits: dict[int, str] = {}

    def cut(self, pos: int, sep: str = "\n") -> None:
        """Cut before ``pos`` (the first character of the next part): the white space before it becomes ``sep``,
        unless it is already a column gap (three spaces, a tab, a ``|``)."""
        k = pos - 1
        if k < 0 or not self.text[k].isspace() or self.text[k] == "\n":
            return
        gap_start = k
        while gap_start > 0 and self.text[gap_start - 1] in " \t":
            gap_start -= 1
        gap = self.text[gap_start:pos]
        if sep != "\n" and ("\t" in gap or len(gap) >= 3 or self.text[gap_start - 1 : gap_start] == "|"):
            return
        if sep == "\n" and ("\t" in gap or len(gap) >= 3):
            return
        self.edits[gap_start] = sep

    def apply(self) -> str:
        if not self.edits:
            return self.text
        chars = list(self.text)
        for k, sep in self.edits.items():
            chars[k] = sep
        return "".join(chars)


# ------------------------------------------------------------------ the opening


def _place_start(line: str, comma: int) -> int | None:
    """Start of the place name before the comma of a place-and-date ("… 2014 Hà Nội, ngày"), or None."""
    words = list(re.finditer(r"\S+", line[:comma]))
    start = None
    for k, m in enumerate(reversed(words)):
        w = m.group(0)
        if k >= 6:
            break
        if _is_title_case(w) or w in _PLACE_WORDS or (k == 0 and w.isdigit() and len(w) <= 2):
            start = m.start()
            continue
        break
    if start is None or not any(_is_title_case(m.group(0)) for m in words if m.start() >= start):
        return None
    return start


def _title_end(line: str, pos: int, type_name: str, cuts: _Cuts, base: int) -> int | None:
    """Cut the title that follows a type name at ``pos``; the offset where the body starts, or None."""
    words = list(re.finditer(r"\S+", line[pos:]))
    if not words:
        return None
    first = words[0].group(0)
    caps = _is_caps(first) or (re.fullmatch(r"V/[vV]|Về", first) and len(words) > 1 and _is_caps(words[1].group(0)))
    if caps:
        run_end = None
        for m in words[1:]:
            w = m.group(0)
            if not _is_caps(w) and any(c.isalpha() for c in w):
                run_end = pos + m.start()
                break
        tail_end = run_end if run_end is not None else len(line)
        if type_name in _AUTHORITY_TYPES:
            _cut_authority(line, pos, tail_end, cuts, base)
        if run_end is not None:
            cuts.cut(base + run_end)
        return run_end
    m = _OPENER.search(line, pos) or re.compile(r"(?<=\s)Kính\s*gửi\s*:").search(line, pos)
    if m:
        cuts.cut(base + m.start())
        return m.start()
    return None


def _cut_authority(line: str, start: int, end: int, cuts: _Cuts, base: int) -> None:
    """A Quyết định's authority line glued after its title in capitals: cut before it."""
    run = line[start:end]
    words = list(re.finditer(r"\S+", run))
    for k in range(max(1, len(words) - 14), len(words)):
        m = AUTHORITY_HEAD.match(run, words[k].start())
        if m and words[k - 1].group(0).strip("“”\"'") not in _LINKING:
            cuts.cut(base + start + words[k].start())
            return


def _opening(text: str, lines: list[tuple[int, str]], cuts: _Cuts) -> int:
    """Cut the header lines; the index of the first line after the opening."""
    seen_header = False
    end = 0  # after the last line the opening cut
    for idx, (base, line) in enumerate(lines[:_OPENING_LINES]):
        stripped = line.strip()
        if not stripped:
            continue
        marker = MARKER.match(stripped)
        numbered = marker and marker.lastgroup in ("roman", "part", "dieu", "arabic")
        if seen_header and (CITATION.match(stripped) or numbered
                            or (LEAD_CLAUSE.match(stripped) and _CITES.search(stripped))):
            return idx
        pos = len(line) - len(line.lstrip())
        edits = len(cuts.edits)
        while pos < len(line):
            body = _opening_piece(line, pos, cuts, base)
            seen_header = True
            if body is None:
                break
            if body < 0:
                return idx + 1
            pos = body
        if len(cuts.edits) > edits:
            end = idx + 1
    return end


def _opening_piece(line: str, pos: int, cuts: _Cuts, base: int) -> int | None:
    """Read the header part that starts at ``pos``: where the next part starts, None at the end of the line,
    -1 when the body has begun."""
    rest = line[pos:]
    if re.match(r"Kính\s*gửi\s*:", rest):
        for m in _NEXT_ENTRY.finditer(line, pos):
            cuts.cut(base + m.end())
        end = _OPENER.search(line, pos) or _ENTRY_END.search(line, pos)
        if end:
            cuts.cut(base + (end.end() if end.group(0).isspace() else end.start()))
        return -1
    rule = _RULE.match(rest)
    nxt = pos + rule.end() if rule else None
    # The place-and-date line may start inside this part: "Số: 52 / CV- ĐTN Hà Nội, ngày …".
    pd = _PLACE_DATE.search(line, pos + 1)
    piece = _PIECE.search(line, nxt if nxt is not None else pos + 1)
    place = _place_start(line, pd.start()) if pd else None
    # "… Ngày Nhà giáo Việt Nam, ngày 20/11" is no place-and-date line: that has "ngày … tháng … năm"
    date = _DATE_END.match(line, pd.end() - 4) if pd and place is not None else None
    if date and place >= pos and (piece is None or place <= piece.start()):
        if place > pos:
            cuts.cut(base + place)
        after = date.end()
        while after < len(line) and line[after] == " ":
            after += 1
        if after >= len(line):
            return None
        cuts.cut(base + after)
        tm = _TYPE_NAME.match(line, after)
        if tm:
            title = after + tm.end() - tm.start()
            while title < len(line) and line[title] == " ":
                title += 1
            if title >= len(line):
                return None
            cuts.cut(base + title)
            end = _title_end(line, title, tm.group(0), cuts, base)
            if end is None:
                return None
            return end if re.match(r"Kính\s*gửi", line[end:]) else -1
        return after
    if nxt is not None:
        while nxt < len(line) and line[nxt] == " ":
            nxt += 1
        if nxt >= len(line):
            return None
        cuts.cut(base + nxt)
        return nxt
    if piece is None:
        return None
    cuts.cut(base + piece.start())
    return piece.start()


# ------------------------------------------------------------------ the closing


# Lines that may hold a signature block: they open with a delegation word or a signer's title in capitals.
_TITLE_WORDS = alternation(SIGNER_TITLES + WORDS["signer_title_openings"])
_CLOSING_CANDIDATE = re.compile(
    rf"^[ \t]*(?:(?:{_DELEGATION_WORDS})(?:\.|[ \t]|$)|(?:PHÓ\s+)?(?:{_TITLE_WORDS})(?=[\s,]|$))",
    re.MULTILINE,
)
_NOI_NHAN_LINE = re.compile(r"^[ \t]*Nơi\s*nhận", re.MULTILINE | re.IGNORECASE)


def _line_at(text: str, pos: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, text[start : end if end >= 0 else len(text)]


def _closing(text: str, start: int, cuts: _Cuts) -> None:
    """Cut the closing lines after ``start``: the Nơi nhận list (40 lines) and the lines that may hold a signature
    block. Found by two scans of the text, so a long text costs no more than two regex passes."""
    done: set[int] = set()
    noi_nhan = _NOI_NHAN_LINE.search(text, start)
    if noi_nhan:
        pos = noi_nhan.start()
        for _ in range(40):
            base, line = _line_at(text, pos)
            if line.strip():
                _closing_line(line, base, cuts, True)
            done.add(base)
            pos = base + len(line) + 1
            if pos >= len(text):
                break
    for m in _CLOSING_CANDIDATE.finditer(text, start):
        base, line = _line_at(text, m.start())
        if base in done:
            continue
        first = line.split(maxsplit=1)[0]
        if _DELEGATION_TOKEN.match(first) or _is_caps(first):
            _closing_line(line, base, cuts, False)


def _closing_line(line: str, base: int, cuts: _Cuts, in_list: bool) -> None:
    if in_list:  # "Nơi nhận: - Như trên; - UBND …; - Lưu: VT.": one entry a line
        for m in _LIST_ENTRY.finditer(line):
            cuts.cut(base + m.end())
    words = list(re.finditer(r"\S+", line))
    start = _signature_start(line, words, in_list)
    if start is None:
        if in_list:
            ph = _PLACEHOLDER.search(line)
            if ph and ph.start() > 0:
                cuts.cut(base + ph.start(), "\t")
            name = _TRAILING_NAME.search(line)
            if name and name.group(1).split()[0] in _SURNAMES:
                cuts.cut(base + name.start(1), "\t")
        return
    if start > 0:
        cuts.cut(base + words[start].start(), "\t")
    k = start
    delegated = bool(_DELEGATION_TOKEN.match(words[k].group(0)))
    # the capitals run: delegation lines and the title; cut before each delegation line and before the title
    consumed = 0  # words of the capitals run since the last delegation word
    k_end = len(words)
    while k < len(words):
        w = words[k].group(0)
        # a dash inside a title runs on ("TRƯỞNG PHÒNG ĐÀO TẠO - HƯỚNG NGHIỆP")
        joiner = w in ("-", "–", "&") and k + 1 < len(words) and _is_caps(words[k + 1].group(0))
        if not _is_caps(w) and not _DELEGATION_TOKEN.match(w) and not joiner:
            k_end = k
            break
        if k == start and delegated:
            k += 1
            head = _TITLE_AT.match(line, words[k].start()) if k < len(words) else None
            if head and head.group(0) in SIGNER_TITLES:  # the head's title is one piece: "KT. TỔNG CỤC TRƯỞNG"
                while k < len(words) and words[k].start() < head.end():
                    k += 1
                    consumed += 1
            continue
        if consumed:
            prev = words[k - 1].group(0)
            new_delegation = _DELEGATION_TOKEN.match(w) and (w.endswith(".") or "/" in w)
            title = _TITLE_AT.match(line, words[k].start())
            if new_delegation or (delegated and title and not prev.endswith(",") and (
                    w == "PHÓ" or title.group(0) in SIGNER_TITLES)):
                cuts.cut(base + words[k].start(), "\t")
                if new_delegation:
                    consumed = 0
                    k += 1
                    continue
                if title:  # the title itself is the last part of the run
                    delegated = False
        consumed += 1
        k += 1
    if k_end >= len(words):
        return
    cuts.cut(base + words[k_end].start(), "\t")
    k = k_end
    ph = _PLACEHOLDER.match(line, words[k].start())
    if ph:
        while k < len(words) and words[k].start() < ph.end():
            k += 1
        if k >= len(words):
            return
        cuts.cut(base + words[k].start(), "\t")
    name = 0
    while k < len(words) and name < 6 and _is_title_case(words[k].group(0)):
        name += 1
        k += 1
    if name and k < len(words) and _is_caps(words[k].group(0)):
        cuts.cut(base + words[k].start())  # an attached document's title after the signer's name
        while k < len(words) and (_is_caps(words[k].group(0)) or not any(c.isalpha() for c in words[k].group(0))):
            k += 1
        if k < len(words) and words[k].group(0).startswith("("):  # "(Ban hành kèm theo Quyết định …)"
            cuts.cut(base + words[k].start())


def _signature_start(line: str, words: list[re.Match[str]], in_list: bool) -> int | None:
    """Index of the word that opens the signature block in a closing line: a delegation line, or a signer's
    title in capitals that is followed by a name or ends the line."""
    for k, m in enumerate(words):
        w = m.group(0)
        if k > 0 and _is_caps(words[k - 1].group(0)) and not words[k - 1].group(0).endswith((".", ";", ")")):
            continue  # inside a run of capitals
        if _DELEGATION_TOKEN.match(w) and k + 1 < len(words) and (_is_caps(words[k + 1].group(0)) or "." in w[2:]):
            if w.upper() != w:
                continue
            return k
        title = _TITLE_AT.match(line, m.start())
        if title and _is_caps(w):
            j = k
            while j < len(words) and _is_caps(words[j].group(0)):
                j += 1
            # after an entry or a label ("Nơi nhận: GIÁM ĐỐC", "Lưu: VT. Trung Anh BỘ TRƯỞNG"), not OCR debris
            if k > 0:
                prev = words[k - 1].group(0)
                # a Party list ends its entries with "," ("- Ban Thường vụ Huyện ủy (b/c), PHÓ BÍ THƯ")
                if j - k < 2 or not (_is_title_case(prev) or prev.endswith((".", ";", ":", ")", "|", "),"))):
                    continue
            if j == len(words) or _is_title_case(words[j].group(0)) or _PLACEHOLDER.match(line, words[j].start()):
                if k == 0 and in_list and j < len(words) and not _is_title_case(words[j].group(0)):
                    continue
                return k
    return None


def restore_layout(text: str) -> str:
    """The text with flattened lines cut at the layout's landmarks and lone markers joined (same length)."""
    cuts = _Cuts(text)
    for m in _LONE_MARKER.finditer(text):
        cuts.edits[m.start(1)] = " "
    joined = cuts.apply()
    cuts = _Cuts(joined)
    lines: list[tuple[int, str]] = []  # the opening's lines
    pos = 0
    for line in joined.split("\n", _OPENING_LINES)[:_OPENING_LINES]:
        lines.append((pos, line))
        pos += len(line) + 1
    for base, line in lines:
        # "(Sau đây gọi chung là các đơn vị) Thực hiện …": the note closes the addressees, the body opens after it
        note = _NOTE_THEN_OPENER.match(line)
        if note:
            cuts.cut(base + note.end())
        # "KẾ HOẠCH Tổ chức Ngày hội …": the type name in capitals, its title in sentence case on the same line
        typed = _TYPE_THEN_TITLE.match(line)
        if typed:
            cuts.cut(base + typed.end())
    first = _opening(joined, lines, cuts)
    _closing(joined, lines[first][0] if first < len(lines) else min(pos, len(joined)), cuts)
    return cuts.apply()
