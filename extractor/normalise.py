"""Stage 2, normalise: the raw text of a directive → clean text, with a map back to the raw offsets.

Every edit here is a deletion or a same-length substitution inside one "cluster" of the raw text, so each
character of the clean text knows the raw offset it came from (``NormalisedText.source_offset``). That is
what keeps evidence true: rules work on the clean text, and evidence can still point at the page and box
of the raw (OCR) text.

What is normalised, and why:
- Unicode NFC (PhraseMatcher-style and regex matching fail on NFD);
- ``Ð`` (Icelandic eth, an OCR and legacy-font slip) → ``Đ``; tone marks in one convention (``hoà`` →
  ``hòa``), through underthesea's ``text_normalize`` applied word by word where the word needs it;
- exotic spaces → space, zero-width characters and soft hyphens dropped, CRLF → LF;
- markdown emphasis (``**``, ``*x*``, ``_x_``), heading hashes, ``<https://…>`` and ``[text](url)``; an OCR's inline
  LaTeX (``$( \\mathsf { b } / \\mathsf { c } )$`` → ``(b/c)``);
- noise lines: page numbers (``2``, ``- 3 -``, ``Trang 2/5``), seal and stamp fragments (runs of short
  upper-case lines between body lines), lines that are only symbols, a running header repeated at page
  breaks.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from extractor.layout import restore_layout
from extractor.vocabulary import (
    AUTHORITY,
    CLOSING_LINE,
    HEADING_LIKE,
    LEAD_COLUMN,
    MARKER,
    MOTTO,
    NEW_PARAGRAPH,
    SIGNER_LINE,
    TASK_COLUMN,
    TYPE_LINE,
    alternation,
    load_data,
    unmarked,
)

_DATA = load_data("normalise")

SPACE_CHARS = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\f\v"
# Tabs stay: a tab between header columns is how a Word or PDF copy separates them.
DROP_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
CHAR_MAP = {"\u00d0": "Đ", "\u00f0": "đ", "\r": "\n"} | {c: " " for c in SPACE_CHARS} | {"\u2028": "\n"}

# Words whose tone mark may sit on the wrong vowel, or that carry an eth: only these go to underthesea.
_TONE_CANDIDATE = re.compile(r"[ÐðĐđ]|[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]|[ừứửữựỪỨỬỮỰ][ơƠ]")
_ALNUM_RUN = re.compile(r"[^\W_]+")  # \w is str.isalnum() and "_"

# OCR reads the digit 0 as the letter O inside a running number: "Số: 1O5/KH-UBND".
# The passes below that look behind do it after their first character: a pattern that opens with a character
# (class) is scanned for in C, one that opens with a look-behind is tried at every offset (10-20 times slower).
_OCR_O_IN_NUMBER = re.compile(r"[OoО](?:(?<=\d[OoО])(?=\d*\s*/\s*[A-ZĐ])|(?<=Số:\s[OО])(?=\d+\s*/))")
# OCR puts a grave on "thi" of "thi hành" (to execute) before what is executed: "Thì hành Quyết định số …",
# "hướng dẫn thì hành một số điều …" ("thì hành động", "thì hành vi …" are other words).
_OCR_THI_HANH = re.compile(r"ì(?<=\b[Tt]hì)(?= hành (?:[A-ZĐ]|một số\b|các\b))")
# Tesseract reads "@" as "(@" or "@®" inside an e-mail address.
_OCR_AT = re.compile(r"\((?<=\w\()(?=@[®©]?\w)|®(?<=@®)(?=\w)|©(?<=@©)(?=\w)")
# ... and, in the ASCII of an address, "g" as "ø" ("pød7@…") or "g" as "gø" ("moet.gøov.vn"): an ø followed,
# inside the token, by the "@" or the address's ending.
_IN_ADDRESS = r"(?=[\w.+\-]*@|[\w.\-]*\.(?:vn|com|net|org)\b)"
_OCR_GØ = re.compile(r"[øØ](?<=[gG][øØ])" + _IN_ADDRESS)
_OCR_Ø = re.compile(r"[øØ]" + _IN_ADDRESS)
# ... and "@" as "(" before a mail provider's domain ("huyendoan(gmail.com"), and a capital with a tone mark
# between the ASCII letters of an address, where none can stand (a stroke read twice: "huyendoanÌlucnam@…").
_OCR_AT_PAREN = re.compile(r"\((?<=[\w.]\()(?=(?:gmail|yahoo|hotmail|outlook|icloud)\.com\b)")
_OCR_MARKED_CAPITAL = re.compile(r"[À-ỸĐ](?<=[a-z0-9][À-ỸĐ])(?=[a-z0-9])" + _IN_ADDRESS)


def _doubled_type_codes() -> dict[str, str]:
    """OCR doubles a letter of a number's type code on some scans ("84/QĐĐ-UBND"): each known type abbreviation
    (document_types.yaml) with one letter doubled, mapped back to the abbreviation."""
    codes = {a for spec in load_data("document_types")["kinds"].values() for a in spec["abbreviations"]}
    doubled = {code[: i + 1] + code[i:]: code for code in codes for i in range(len(code))}
    return {variant: code for variant, code in doubled.items() if variant not in codes}


_DOUBLED_TYPE_CODES = _doubled_type_codes()
# after "5/", "5 /" or "/ "; each variant looks behind over its own length, so every branch opens with a letter
_OCR_DOUBLED_TYPE_CODE = re.compile(
    "(?:"
    + "|".join(re.escape(v) + r"(?:(?<=\d/.{n})|(?<=\d /.{n})|(?<=/ .{n}))".replace("{n}", f"{{{len(v)}}}")
               for v in sorted(_DOUBLED_TYPE_CODES, key=len, reverse=True))
    + r")(?=[-/\s]|$)"
)
# ... and reads the T of a code written with a lower-case letter ("TTr", "CTr") as an I: "87/TIr-PGDĐT". No code
# has a capital I before a lower-case letter. After "5/" or "5-" ("01-CIr/ĐTN"), in a number the text cites: the
# document's own "Số:" line is left to the check against its type name (confidence.py), which tells the clerk.
_CODES_WITH_A_SMALL_LETTER = sorted({code for spec in load_data("document_types")["kinds"].values()
                                     for code in spec["abbreviations"] if code != code.upper()})
_OCR_I_FOR_T = re.compile("I(?:" + "|".join(
    f"(?<=\\d[/-]{re.escape(code[:i])}I)(?={re.escape(code[i + 1 :])}(?:[-/\\s]|$))"
    for code in _CODES_WITH_A_SMALL_LETTER for i, ch in enumerate(code) if ch == "T") + ")")


def _unless_own_number(m: re.Match[str]) -> str:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    return "I" if re.match(r"\s*Số\s*:", m.string[line_start : m.start()]) else "T"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:[^)\s]{1,300})\)")
_ANGLE_URL = re.compile(r"<((?:https?|mailto):[^>\s]{1,300})>")
# A line's indentation carries nothing the layout reads (segment strips it), yet glued to a lone marker's line
# ("TL." / "    BỘ TRƯỞNG") it would read as a column gap. A table row's leading tabs are its empty first cells
# (a merged STT or "Nội dung" cell): they stay — on a row with more cells, or two of them — so its cells keep their
# columns.
_INDENT = re.compile(r"^(?![ \t]*\S[^\t\n]*\t|\t\t)[ \t]+(?=\S)|^ +(?=\S)", re.MULTILINE)
_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ ]+", re.MULTILINE)
# A word processor's list exported as text puts a tab after the list mark ("-\tCử …", "2.\tCác trường …"): that tab is
# the mark's space, not a column gap — unless more tabs follow on the line (a table row whose first cell is "1."), or
# a line beside it is a table row (a row whose trailing cells were empty keeps one tab: "1.\tThực hiện …").
_LIST_MARK = r"(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,4}\.)"
_TAB_LIST_INDENT = re.compile(rf"^[ \t]+(?={_LIST_MARK}\t[^\t\n]*$)", re.MULTILINE)
_TAB_AFTER_MARK = re.compile(
    "(?:" + "|".join(f"(?<=^{mark})" for mark in (r"[-+•*–]", r"\d[.)]", r"\d\d[.)]", r"[a-zđ][.)]", r"[IVX]\.",
                                                    r"[IVX]{2}\.", r"[IVX]{3}\.", r"[IVX]{4}\."))
    + r")\t+(?=[^\t\n]*$)", re.MULTILINE)
_LIST_TAB_LINE = re.compile(rf"[ \t]*{_LIST_MARK}\t[^\t]*")


def _beside_table_row(m: re.Match[str]) -> bool:
    """Whether the line before or after the match's line holds a tab that is no list mark's (a table row)."""
    text = m.string
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)] if start else ""
    after_end = text.find("\n", end + 1)
    after = text[end + 1 : len(text) if after_end < 0 else after_end] if end < len(text) else ""
    return any("\t" in line and not _LIST_TAB_LINE.fullmatch(line) for line in (before, after))


# A portal's HTML copy kept in a database dump ("<p>BỘ NÔNG NGHIỆP &amp; PTNT …</p>"): a block tag is a line break,
# an inline tag goes, the common entities are their characters.
_HTML_BLOCK = re.compile(r"</?(?:p|div|br|li|tr|h[1-6])(?:\s[^<>\n]{0,200})?\s*/?>", re.IGNORECASE)
_HTML_INLINE = re.compile(r"</?(?:span|strong|em|b|i|u|font|a)(?:\s[^<>\n]{0,200})?>", re.IGNORECASE)
_HTML_ENTITY = re.compile(r"&(?:amp|nbsp|lt|gt|quot|#39|apos);")
_ENTITIES = {"&amp;": "&", "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'"}
# A markdown table (a portal's two-column header or closing): the row's outer pipes and the |---|---| line go;
# the inner " | " stays, the segmenter's column gap.
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?)?[ \t]*$", re.MULTILINE)
_MD_TABLE_ROW = re.compile(r"^[ \t]*\|(?:[ \t]*\|)*[ \t]*(.*?\S)[ \t]*\|[ \t]*$", re.MULTILINE)  # empty cells first
_MD_ESCAPE = re.compile(r"\\([*_#\[\]()>\\.+-])")  # html2text escapes "1." and "+" that open a line too
_MD_STRONG = re.compile(r"\*\*|__")
# OCR to markdown (MinerU) writes a slip of print it took for a formula as inline LaTeX:
# "$( \mathsf { b } / \mathsf { c } )$" is "(b/c)"; the commands, braces and spaces go, the characters stay.
_OCR_MATH = re.compile(r"\$([^$\n]{1,120})\$")
_MATH_MARKUP = re.compile(r"\\[A-Za-z]+|[{}\s]")
# A single * or _ used as emphasis: glued to a word on one side, not a bullet at line start.
_MD_EMPH = re.compile(
    r"[*_](?:(?<=[\w.,;:!?”\"')][*_])(?=[\s.,;:!?)]|$)|(?<=[\s(“\"][*_])(?=[\w“\"(])|(?<=^[*_])(?=\w))", re.MULTILINE
)


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """Clean text plus, for every character of it, the offset of the raw character it came from."""

    text: str
    # len(text) + 1 entries; the last is len(raw). An array of C ints, 4 bytes a character (a tuple of Python
    # ints cost ~36); accepted texts are far below 2^31 characters.
    origin: Sequence[int]
    raw: str

    def source_offset(self, offset: int) -> int:
        """Raw offset of clean offset ``offset`` (``len(text)`` maps to ``len(raw)``)."""
        return self.origin[max(0, min(offset, len(self.text)))]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            s = self.source_offset(start)
            return s, s
        return self.origin[start], self.origin[end - 1] + 1

    def clean_offset(self, raw_offset: int) -> int:
        """First clean offset whose raw origin is at or after ``raw_offset``."""
        return bisect_right(self.origin, raw_offset - 1, 0, len(self.text))


class _Builder:
    """Accumulates output characters with their raw origins."""

    def __init__(self, text: str, origin: array):
        self.text = text
        self.origin = origin

    def apply(self, pattern: re.Pattern[str], repl, needs: tuple[str, ...] = ()) -> None:
        """Replace every match; the replacement's characters inherit origins of the match's start.

        ``needs``: strings of which every match holds one (one that opens with a line break also matches at the
        text's start). A text with none is not scanned: a pattern anchored at line starts or opening with a
        look-behind costs ~30 ns a character."""
        if needs and not any(n in self.text or (n[0] == "\n" and self.text.startswith(n[1:])) for n in needs):
            return
        matches = pattern.finditer(self.text)
        first = next(matches, None)
        if first is None:
            return  # most passes match nothing: copying the text and its origins would cost more than all else
        out: list[str] = []
        org = array("i")
        pos = 0
        literal = isinstance(repl, str) and "\\" not in repl
        for m in itertools.chain((first,), matches):
            out.append(self.text[pos : m.start()])
            org.extend(self.origin[pos : m.start()])
            # a literal replacement needs no template: Python 3.11 parses one per match in expand()
            new = repl(m) if callable(repl) else repl if literal else m.expand(repl)
            # Keep the origins of characters copied from a group; new characters take the match start.
            if new and new in m.group(0):
                k = m.group(0).index(new) + m.start()
                org.extend(self.origin[k : k + len(new)])
            else:
                org.extend(array("i", [self.origin[m.start()]]) * len(new))
            out.append(new)
            pos = m.end()
        out.append(self.text[pos:])
        org.extend(self.origin[pos : len(self.text)])
        self.text = "".join(out)
        self.origin = org

    def drop_chars(self, positions: list[int]) -> None:
        """Delete the characters at ``positions`` (ascending); the others keep their origins."""
        if not positions:
            return
        bounds = [-1, *positions, len(self.text)]
        self.text = "".join(self.text[a + 1 : z] for a, z in itertools.pairwise(bounds))
        self.origin = array("i", itertools.chain.from_iterable(self.origin[a + 1 : z]
                                                               for a, z in itertools.pairwise(bounds)))

    def drop_lines(self, keep: list[bool]) -> None:
        if all(keep):
            return
        lines = self.text.split("\n")
        out: list[str] = []
        org = array("i")
        pos = 0
        for line, kept in zip(lines, keep, strict=True):
            end = pos + len(line) + 1  # with its newline
            if kept:
                out.append(self.text[pos:end])
                org.extend(self.origin[pos : min(end, len(self.text))])
            pos = end
        self.text = "".join(out)
        if len(org) < len(self.text):  # the final line has no newline
            org.extend(self.origin[len(org) : len(self.text)])
        self.origin = org[: len(self.text)]


_MAPPED_OR_DROPPED = re.compile(f"[{re.escape(''.join(CHAR_MAP) + DROP_CHARS)}]")
_LF_BEFORE_LF = re.compile(r"\n(?=\n)")


# A markdown table row whose cells hold lines broken with <br> (an HTML page converted to markdown: the two-column
# header, the Nơi nhận beside the signature): each cell is a block of lines of its own, the left one first — as a
# plain-text copy of the page gives them — not one line glued to the other cell's with " | ".
_BR_ROW = re.compile(r"^[ \t]*\|[^\n]*<br[^\n]*\|[ \t]*$", re.MULTILINE | re.IGNORECASE)


def _br_table_rows(b: _Builder) -> None:
    if "<br" not in b.text and "<BR" not in b.text:
        return
    out: list[str] = []
    org = array("i")
    pos = 0
    for m in _BR_ROW.finditer(b.text):
        out.append(b.text[pos : m.start()])
        org.extend(b.origin[pos : m.start()])
        bars = [k for k in range(m.start(), m.end()) if b.text[k] == "|"]
        cells = [(a + 1, z) for a, z in zip(bars, bars[1:], strict=False) if b.text[a + 1 : z].strip()]
        for n, (cs, ce) in enumerate(cells):
            if n:  # the gap before the cell's bar becomes the line break (a space's origin: offsets stay in order)
                gap = cells[n - 1][1] - 1
                out.append("\n")
                org.append(b.origin[gap] if b.text[gap] in " \t" else b.origin[cs - 1])
            while cs < ce and b.text[cs] in " \t":
                cs += 1
            while ce > cs and b.text[ce - 1] in " \t":
                ce -= 1
            out.append(b.text[cs:ce])
            org.extend(b.origin[cs:ce])
        pos = m.end()
    if pos == 0:
        return
    out.append(b.text[pos:])
    org.extend(b.origin[pos : len(b.text)])
    b.text = "".join(out)
    b.origin = org


def _ocr_math(b: _Builder) -> None:
    """Delete the markup of an OCR's inline LaTeX, keeping each remaining character's raw origin."""
    spans = [m for m in _OCR_MATH.finditer(b.text) if "\\" in m.group(1)]
    if not spans:
        return
    keep = [True] * len(b.text)
    for m in spans:
        keep[m.start()] = keep[m.end() - 1] = False
        for markup in _MATH_MARKUP.finditer(b.text, m.start(1), m.end(1)):
            keep[markup.start() : markup.end()] = [False] * (markup.end() - markup.start())
    b.text = "".join(c for c, k in zip(b.text, keep, strict=True) if k)
    b.origin = array("i", (o for o, k in zip(b.origin, keep, strict=False) if k)) + b.origin[len(keep) :]


def _identity(n: int) -> array:
    """Origins 0 … n-1, built in C (an array from range() makes a Python int per character)."""
    out = array("i")
    out.frombytes(np.arange(n, dtype=np.int32).tobytes())
    return out


@cache
def _irregular_runs() -> re.Pattern[str]:
    """Runs of characters that may not pass as they are: combining, changed by NFC alone, mapped or dropped, or
    beyond U+2FFF (not looked at). Built on the first text that needs it (~10 ms)."""
    irregular = "".join(c for c in map(chr, range(0x3000)) if unicodedata.combining(c) or c in CHAR_MAP
                        or c in DROP_CHARS or unicodedata.normalize("NFC", c) != c)
    return re.compile(f"[{re.escape(irregular)}\u3000-\U0010ffff]+")


def _nfc_with_origins(raw: str) -> tuple[str, array]:
    """NFC per cluster (a base character and its combining marks), mapping output chars to cluster starts."""
    identity = _identity(len(raw))
    if unicodedata.is_normalized("NFC", raw) and not _MAPPED_OR_DROPPED.search(raw):
        return raw, identity
    out: list[str] = []
    org = array("i")
    copied = 0
    # Any other character is a cluster of its own that passes unchanged: only the irregular runs, each with the
    # character before it (the start of a mark's cluster), go through clusters one by one.
    for run in _irregular_runs().finditer(raw):
        i, n = max(copied, run.start() - 1), run.end()
        out.append(raw[copied:i])
        org.extend(identity[copied:i])
        while i < n:
            j = i + 1
            while j < n and unicodedata.combining(raw[j]):
                j += 1
            for ch in unicodedata.normalize("NFC", raw[i:j]):
                if ch in DROP_CHARS:
                    continue
                out.append(CHAR_MAP.get(ch, ch))
                org.append(i)
            i = j
        copied = n
    out.append(raw[copied:])
    org.extend(identity[copied:])
    # "\r\n" arrives as two clusters: drop the LF that follows a CR-turned-LF.
    text = "".join(out)
    if "\n\n" in text and "\r\n" in raw:
        drop = [m.end() for m in _LF_BEFORE_LF.finditer(text) if raw[org[m.end()] - 1 : org[m.end()]] == "\r"]
        text = "".join(text[a + 1 : b] for a, b in itertools.pairwise([-1, *drop, len(text)]))
        org = array("i", itertools.chain.from_iterable(org[a + 1 : b]
                                                       for a, b in itertools.pairwise([-1, *drop, len(org)])))
    return text, org


@lru_cache(maxsize=4096)
def _fix_word(word: str) -> str:
    from underthesea import text_normalize  # imported lazily: only texts that need it pay for it

    fixed = text_normalize(word)
    # text_normalize may also re-tokenise; accept only same-length fixes so offsets stay exact.
    return fixed if len(fixed) == len(word) else word


def _fix_tones(b: _Builder) -> None:
    """Same-length fixes of the words (runs of str.isalnum characters) that hold a candidate. Each distinct word
    is judged once; only a word that changes is looked for in the text (a character loop per candidate cost more
    than the rest of the stage: "đ" is in every other line)."""
    text = b.text
    fixes: dict[str, str] = {}
    for token in set(text.split()):  # white space is never part of a word
        if _TONE_CANDIDATE.search(token):
            for word in _ALNUM_RUN.findall(token):
                if word not in fixes and _TONE_CANDIDATE.search(word):
                    fixes[word] = _fix_word(word).replace("Ð", "Đ").replace("ð", "đ")
    spans = []  # (start, fix) of every whole occurrence of a word that changes
    for word, fixed in fixes.items():
        if fixed == word:
            continue
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                spans.append((at, fixed))
            at = text.find(word, at + 1)
    if not spans:
        return
    pieces: list[str] = []  # the text up to each fixed word, then the fix
    copied = 0
    for at, fixed in sorted(spans):
        pieces += (text[copied:at], fixed)
        copied = at + len(fixed)
    b.text = "".join(pieces) + text[copied:]  # same length: origins unchanged


# A PDF text layer that splits words by stray spaces ("T hành phố Hồ Chí M inh", "KT. CHỦ TỊ CH", "B ộ X â y d ự n g",
# "U B ND"). A fragment is a lone letter or a lower-case run of consonants ("nh", "ng"): no syllable stands so. A line
# with two fragments or more is split; there, neighbouring pieces are joined where the joined form is a Vietnamese
# syllable (the OCR word list) and a piece is a fragment, and lone capitals in a row make an abbreviation ("T T U B",
# "P C T"). A line with fewer fragments ("điểm b khoản 2", "Nguyễn Văn A") is never touched.
_FRAGMENT = re.compile(r"(?<!\S)(?:[^\W\d_]|[bcdđghklmnpqrstvx]{2,3})(?![^\W\d_])")  # on a split line
_WORD_RUN = re.compile(r"(?<![^\s(])[^\W\d_]+(?: [^\W\d_]+)+(?![^\s,;:.)|])")  # words standing apart
_CAPITAL_PIECE = re.compile(r"[A-ZĐ]{1,2}")
_MAX_PIECES = 6
# A Vietnamese syllable's shape, marks left out: the word list also holds loans and abbreviations ("abc").
_SYLLABLE_SHAPE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def _bare(word: str) -> str:
    return unmarked(word.lower())


def _broken(piece: str) -> bool:
    """A piece no syllable is: one letter, or consonants only ("nh", "CH")."""
    return len(piece) == 1 or not any(unicodedata.normalize("NFD", ch)[0] in "aeiouyAEIOUY" for ch in piece)


def _joins(run: list[str], syllables: frozenset[str], split: bool) -> bool:
    """Whether the pieces make one word: a syllable with a broken piece, or capitals of an abbreviation — one the
    word list knows ("U B ND"), any on a line shown ``split`` by a syllable joined ("T T U B")."""
    if all(_CAPITAL_PIECE.fullmatch(p) for p in run) and any(len(p) == 1 for p in run):
        return split or "".join(run).lower() in syllables
    cased = all(p.isupper() for p in run) or all(p.islower() for p in run[1:])
    word = "".join(run).lower()
    return cased and any(_broken(p) for p in run) and word in syllables and bool(_SYLLABLE_SHAPE.fullmatch(_bare(word)))


def _split_word_spaces(line: str, at: int, syllables: frozenset[str]) -> list[int]:
    """Offsets (from ``at``) of the stray spaces inside the line's split words: each run of words is cut into words
    leaving the fewest broken pieces alone, then with the fewest words ("C H Í M I NH" → "CHÍ MINH", not "CHÍM I
    NH")."""
    known = _line_joins(line, at, syllables, split=False)
    return _line_joins(line, at, syllables, split=True) if known else known


def _line_joins(line: str, at: int, syllables: frozenset[str], *, split: bool) -> list[int]:
    spaces = []
    for m in _WORD_RUN.finditer(line):
        pieces = m.group(0).split(" ")
        n = len(pieces)
        best: list[tuple[int, int, int]] = [(0, 0, 0)] + [(n + 1, n + 1, 0)] * n  # (alone, words, from) up to k
        for k in range(1, n + 1):
            for size in range(1, min(k, _MAX_PIECES) + 1):
                run = pieces[k - size : k]
                if size > 1 and not _joins(run, syllables, split):
                    continue
                alone, words, _ = best[k - size]
                score = (alone + (size == 1 and _broken(run[0])), words + 1, k - size)
                best[k] = min(best[k], score)
        joined = set()
        k = n
        while k > 0:
            start = best[k][2]
            joined.update(range(start + 1, k))  # the spaces before pieces start+1 … k-1
            k = start
        offsets = list(itertools.accumulate((len(p) + 1 for p in pieces[:-1]), initial=m.start()))
        spaces += sorted(at + offsets[i] - 1 for i in joined)
    return spaces


def _join_split_words(b: _Builder) -> None:
    lines, at, spaces = b.text.split("\n"), 0, []
    for line in lines:
        if len(_FRAGMENT.findall(line)) >= 2:
            from extractor.ingest.spelling import lexicon  # loaded only for a text that shows the artefact

            spaces += _split_word_spaces(line, at, lexicon().syllables)
        at += len(line) + 1
    b.drop_chars(spaces)


_PAGE_NUMBER = re.compile(_DATA["page_number_line"], re.IGNORECASE)
_SYMBOL_LINE = re.compile(r"^[\s*•✓✔·.,_=~\-–—|]+$")
_CELL_BORDER = re.compile(r"^\|[\s|]*$")


_LONE_ROMAN = re.compile(r"^[*_]*\s*[IVX]{1,5}\s*[.)]\s*[*_]*$")


def _is_stamp_fragment(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > _DATA["stamp_max_chars"] or len(s.split()) > _DATA["stamp_max_words"]:
        return False
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 2 or any(c.islower() for c in letters):
        return False
    # "I. MỤC ĐÍCH", "KẾ HOẠCH", "KT. CHỦ TỊCH" are not noise, nor a delegation without its dot ("T/M ỦY" / "BAN …"),
    # nor a section's numeral on a line of its own above its title ("**VI." / "KINH PHÍ THỰC HIỆN**")
    if HEADING_LIKE.match(s) or AUTHORITY.match(s) or _LONE_ROMAN.match(s):
        return False
    return not s.endswith((":", ";"))


_STAMP_HEAD = re.compile(_DATA["incoming_stamp_head"])
_STAMP_LINE = re.compile(_DATA["incoming_stamp_line"], re.IGNORECASE)


def _incoming_stamp(lines: list[str]) -> list[bool]:
    """Lines to keep: an incoming stamp ("CÔNG VĂN ĐẾN" / "Số: 2345" / "Ngày: 06/6/2024") is dropped whole."""
    keep = [True] * len(lines)
    for i, line in enumerate(lines):
        if not _STAMP_HEAD.match(line.strip()):
            continue
        keep[i] = False
        k = i + 1
        while k < len(lines) and (not lines[k].strip() or _STAMP_LINE.match(lines[k].strip())):
            keep[k] = not lines[k].strip()
            k += 1
    return keep


_GAZETTE_HEAD = re.compile(_DATA["gazette_head_line"])
_GAZETTE_LINE = re.compile(_DATA["gazette_lines_pattern"])
_PORTAL_CHROME = re.compile(_DATA["portal_chrome_line"])


def _portal_chrome(lines: list[str]) -> list[bool]:
    """Lines to keep: the runs of a portal page's chrome at the very top and the very end go (blank lines inside a
    run do not end it); a chrome-like line inside the letter stays."""
    keep = [True] * len(lines)
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for i in order:
            s = lines[i].strip()
            if s and not _PORTAL_CHROME.search(s):
                break
            keep[i] = not s  # a blank line of the run stays: it joins no two lines
    return keep


def _gazette_lines(lines: list[str]) -> list[bool]:
    """Lines to keep: a Công báo copy's running heads (with the page number under each), section labels and
    e-signature stamp go. A text that is no gazette copy keeps every line (its "Ký bởi" stamp is read elsewhere)."""
    stripped = [ln.strip() for ln in lines]
    heads = [i for i, s in enumerate(stripped) if _GAZETTE_HEAD.match(s)]
    keep = [True] * len(lines)
    if not heads:
        return keep
    for i in heads:
        keep[i] = False
        k = next((k for k in range(i + 1, min(i + 3, len(lines))) if stripped[k]), None)
        if k is not None and stripped[k].isdigit():
            keep[k] = False
    for i, s in enumerate(stripped):
        if _GAZETTE_LINE.match(s):
            keep[i] = False
    return keep


def _under_type_line(stripped: list[str], i: int) -> bool:
    """Line ``i`` goes on a block of lines in capitals that opens with a type name ("KẾT LUẬN", "NGHỊ QUYẾT")."""
    for k in range(i - 1, max(-1, i - 8), -1):
        if TYPE_LINE.match(stripped[k]):
            return True
        if not stripped[k].isupper():
            return False
    return False


_CELL_LINES = 8  # a table's cell written over more lines than this is no cell: the table has ended


def _cell_per_line_task_tables(stripped: list[str], start: int, stop: int) -> set[int]:
    """Lines of the task tables that a portal's text layer writes a cell per line, between lines holding "|" alone
    (header "|" STT "|" Nội dung "|" Cơ quan chủ trì … "|", then each row likewise): kept whole for the rules to read
    the rows — a table whose header names no task and no lead column is left to the noise filter."""
    out: set[int] = set()
    i = start
    while i < stop:
        if stripped[i] != "|":
            i += 1
            continue
        header, k = [], i + 1  # the header's cells: up to two bars in a row (its close and the first row's open)
        while k < stop and len(header) < 12:
            cell = []
            while k < stop and stripped[k] != "|":
                cell.append(stripped[k])
                k += 1
            header.append(" ".join(c for c in cell if c))
            if k + 1 >= stop or stripped[k + 1] == "|":
                break
            k += 1
        bars = [j for j in range(i, stop) if stripped[j] == "|"]
        if not (any(LEAD_COLUMN.search(h) for h in header) and any(TASK_COLUMN.match(h) for h in header)):
            i = k + 1
            continue
        end = i  # the table goes on while its bars come at most a few lines apart (a cell of a few lines)
        for j in bars:
            if j - end > _CELL_LINES:
                break
            end = j
        out.update(range(i, end + 1))
        i = end + 1
    return out


def _noise_lines(lines: list[str]) -> list[bool]:
    """Which lines to keep. Noise is judged only inside the body, never in the header or signature zone."""
    n = len(lines)
    keep = [True] * n
    stripped = [ln.strip() for ln in lines]
    nonblank = [i for i, s in enumerate(stripped) if s]
    if not nonblank:
        return keep
    # A scraped page puts its own register table above the letter: the header starts at the motto's line.
    motto = next((k for k, i in enumerate(nonblank[:_DATA["page_chrome_lines"]]) if MOTTO.match(stripped[i])), 0)
    body_start = nonblank[min(len(nonblank) - 1, _DATA["header_lines"] + max(0, motto - _DATA["header_lines"] // 2))]
    closing = next((i for i in range(body_start, n)
                    if CLOSING_LINE.match(stripped[i]) or SIGNER_LINE.match(stripped[i])), n)

    tabled = _cell_per_line_task_tables(stripped, body_start, closing)
    for i in range(body_start, closing):
        s = stripped[i]
        if i in tabled:
            continue  # a portal's task table, a cell per line: its bars and row numbers are its layout
        # a list mark alone before its item's text ("-" / "Nghiêm túc thực hiện …") is kept for _reflow to join
        lone_mark = s in _LONE_MARKERS and i + 1 < n and stripped[i + 1][:1].isalpha()
        if _PAGE_NUMBER.match(s) or (s and _SYMBOL_LINE.match(s) and len(s) <= 6 and not lone_mark):
            keep[i] = False
    for i in range(body_start):  # a crawled page's table cell borders ("|" alone) above the body hold no text
        if _CELL_BORDER.match(stripped[i]):
            keep[i] = False

    # Seal fragments: a run of ≥2 short upper-case lines (blank lines allowed) between body lines.
    fragment = [False] * body_start + [_is_stamp_fragment(s) for s in stripped[body_start:closing]]
    i = body_start
    while i < closing:
        if not fragment[i]:
            i += 1
            continue
        j, run = i, []
        while j < closing and (not stripped[j] or fragment[j]):
            if stripped[j]:
                run.append(j)
            j += 1
        # a title in capitals wrapped into short lines under its type name ("KẾT LUẬN" / "CỦA BỘ CHÍNH TRỊ," / …)
        if len(run) >= 2 and not _under_type_line(stripped, i):
            for k in run:
                keep[k] = False
        i = j

    # Running header: a line of some length seen again right after a page-number line.
    seen: dict[str, int] = {}
    for i in range(body_start, closing):
        s = stripped[i]
        if len(s) >= 12:
            seen[s] = seen.get(s, 0) + 1
    for i in range(body_start, closing):
        s = stripped[i]
        if seen.get(s, 0) >= 2:
            prev = next((k for k in range(i - 1, max(i - 3, -1), -1) if stripped[k]), None)
            after_break = prev is not None and not keep[prev] and _PAGE_NUMBER.match(stripped[prev])
            if after_break:
                keep[i] = False
    return keep


# A line that opens with three words in capitals is a header line (an issuer name with the motto flattened
# after it): never the continuation of the line above.
_CAPS_OPENING = re.compile(r"^(?:[A-ZĐÀ-Ỹ&,\-]*[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ&,\-]*\s+){3}")
# A line that stops on a word that needs what follows ("… tại Tờ trình số" / "33/TTr-…", "… ngày" / "03 tháng
# 9 …"), or a next line that is a number's rest (a code, a date): a wrapped sentence, though it starts a digit.
_OPEN_BEFORE_NUMBER = re.compile(
    r"(?:\b(?:số|ngày|tháng|năm|của|tại|và|theo|đến|từ|trước|khoản|điểm|Điều|mục|là|có|với|gồm|hơn|đạt|"
    r"khoảng|tối đa|tối thiểu|lúc|vào)|[,(–\-])$", re.IGNORECASE)
_NUMBER_REST = re.compile(r"^\d[\d.,]*(?:/|-[A-ZĐ]|\s+(?:tháng|năm|giờ|ngày|người|đồng|triệu|tỷ|%))")
# "… tại Tờ trình số 191/TTr-SXD ngày" / "10/4/2026 về …": no sentence ends on these words, however short the line
_NEEDS_ITS_NUMBER = re.compile(r"\b(?:số|ngày|tháng)$", re.IGNORECASE)
# ... nor on the words that join a name to what follows ("… sửa đổi, bổ sung một số điều của" / "Luật: Chứng khoán …")
_ENTRY_REST_WORDS = 3  # "KTNN;", "UBND TỈNH;": the abbreviation a list entry wraps alone is short
# ... or on a body's head cut after any of its words ("… của Bộ" / "Chính trị về …", "… của Ủy ban" / "nhân dân …"):
# the heads of agencies.yaml
_HEAD_STARTS = sorted({" ".join(words[:k]) for words in map(str.split, load_data("agencies")["heads"])
                       for k in range(1, len(words) + 1)})
_OPEN_WORD_END = re.compile(rf"\s(?:của|bởi)(?:\s+(?:{alternation(_HEAD_STARTS)}))?$")
# ... and a period of years cut at its dash ("giai đoạn 2021" / "- 2025”;"): the dash is no list item.
_YEAR_END, _YEAR_REST = re.compile(r"\b(?:19|20)\d\d$"), re.compile(r"^[-–]\s*(?:19|20)\d\d\b")
# ... and a date cut before its year ("… ngày 19 tháng 6 năm" / "2023 của Quốc hội;"): the year is no numbered item.
# ... and a period or a year cut after its word ("giai đoạn" / "2026-2030;", "đến cuối năm" / "2025;")
_YEARLESS_END = re.compile(r"\b(?:tháng\s+\d{1,2}\s+năm|giai đoạn|năm)$")
_YEAR_START = re.compile(r"^(?:19|20)\d\d\b(?![.)])")

# A document number cut at its code's hyphen ("Quyết định số 5969/QĐ-" / "UBND ngày …"): one word again, no space.
_CODE_CUT, _CODE_REST = re.compile(r"\d/[\w/.&-]*-$"), re.compile(r"^[A-ZĐ][A-ZĐ&]*\b")

_LONE_MARKERS = ("-", "–", "+", "•")
_ONE_WORD_ITEM = re.compile(r"[-–+•]\s*[^\W\d]+")


def _double_spacing(lines: list[str]) -> list[bool]:
    """Lines to keep when a text is double-spaced (a converter wrote a blank line after every line): the single
    blank lines are separators, not paragraph breaks, and go; a run of two or more blank lines stays."""
    keep = [True] * len(lines)
    blank = [not ln.strip() for ln in lines]
    singles = [i for i in range(1, len(lines) - 1) if blank[i] and not blank[i - 1] and not blank[i + 1]]
    gaps = [len(run) for run in re.findall(r"(?<=t)b*(?=t)", "".join("b" if b else "t" for b in blank))]
    texts = len(blank) - sum(blank)
    # double-spaced: text lines are (almost) never adjacent nor two blank lines apart — a line break became one
    # blank line, a paragraph break three — and a good share of them are one blank line apart
    even = sum(1 for g in gaps if g % 2 == 0)
    if texts < 10 or even > 0.03 * texts or len(singles) < 0.3 * (texts - 1):
        return keep
    for i in singles:
        keep[i] = False
    return keep


_REST_WORDS = 3  # the rest of a line wrapped again at a narrower measure: a word or a few


def _reflow(b: _Builder, line_wraps: dict[int, bool]) -> None:
    """Join a paragraph broken into physical lines (PDF copy-paste, OCR): the line break becomes a space.

    A line continues the one above when neither is a header-like capitals line or a table row, the line
    above does not end a sentence (nor a clause with ";" or ":", unless it is full and the next line goes on
    in lower case), the line below does not open a list item, a section or a new block, and it either starts
    in lower case or follows a full line. A line is full when the page layout says so (``line_wraps``: its
    raw break → the line fills the measure, a numbered line included); where no layout is known (plain
    text), when it is about as long as the text's long lines, is no heading and the next starts no number.
    The continuation's indentation is dropped with the break, so the joined line has no wide gap that reads
    as a column.
    """
    text = b.text
    lines = text.split("\n")
    stripped = [ln.strip() for ln in lines]
    width = max(map(len, stripped), default=0)
    full = max(45, int(0.7 * min(width, 90)))
    # The measure of wrapped lines: the long lines' upper quartile (a flattened header line is no measure).
    long_lines = sorted(len(t) for t in stripped if len(t) >= 40)
    measure = long_lines[(3 * len(long_lines)) // 4] if long_lines else width
    # in a text wrapped at a measure, a line that reaches it goes on (a plain text's long lines are no measure)
    brim = max(60, int(0.9 * measure)) if measure <= 100 else len(text) + 1
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    columns = ["|" in t or "   " in t or "\t" in t for t in stripped]  # table rows and two-column lines
    joins: list[tuple[int, int, str]] = []  # [break, start of the next line's text), what replaces it
    for i in range(len(lines) - 1):
        a, end_of_a = stripped[i], starts[i] + len(lines[i])
        wraps = line_wraps.get(b.origin[end_of_a])
        k = i + 1
        # A page break is a blank line; the layout may still say the paragraph goes on over the page.
        if wraps and not lines[k].strip() and k + 1 < len(lines) and b.text[end_of_a : end_of_a + 2] == "\n\n":
            k += 1
        nxt = stripped[k]
        if not a or not nxt:
            continue
        # a list marker alone on its line (a web page put the item's text on the next): "-" / "Phân công, …"
        if a in _LONE_MARKERS and nxt[0].isalpha():
            joins.append((starts[i] + len(lines[i].rstrip()), starts[k] + len(lines[k]) - len(lines[k].lstrip()), " "))
            continue
        # "… làm thêm ngày nghỉ”..." / "để hoàn thành …": an ellipsis that cuts a list short ends no sentence when the
        # next line goes on in lower case
        cut_short = a.endswith(("...", "…")) and nxt[0].islower() and not MARKER.match(nxt)
        # A clause ends at ";" or ":" — yet the line is full and the next goes on in lower case: one sentence
        # ("… theo địa chỉ Email:" / "tên@…"); without a layout, a ":" line that reaches the measure ("… trong đó nêu
        # rõ từng công trình:" / "tên, loại hình, …"; after ";" a new clause may carry its own date)
        goes_on = nxt[0].islower() and (wraps or (wraps is None and a.endswith(":") and len(a) >= brim))
        if (a.endswith((".", "!", "?", "./.")) and not cut_short) or (a.endswith((";", ":")) and not goes_on):
            continue
        if columns[i] or columns[k]:
            continue
        if _CODE_CUT.search(a) and _CODE_REST.match(nxt):
            joins.append((starts[i] + len(lines[i].rstrip()), starts[k] + len(lines[k]) - len(lines[k].lstrip()), ""))
            continue
        # "+ Sở" / "Xây dựng: hướng dẫn …" (a web page wrapped after the item's first word), "… (gồm các Sở: …,
        # Văn hóa," / "Thể thao và Du lịch)": the line cannot end there
        cut_item = _ONE_WORD_ITEM.fullmatch(a) is not None and nxt[0].isalpha()
        own = a[m.end() :] if (m := MARKER.match(a)) else a  # "b) …": the marker's bracket closes nothing
        open_paren = own.count("(") > own.count(")") and not a.isupper()
        # "… một số điều của" / "Luật: Chứng khoán, …": no sentence ends on "của", a label-like line goes on it too
        # "7. Các sở, ban, ngành tỉnh," / "Ủy ban nhân dân các xã, phường:": a numbered heading ends on no comma, its
        # list of bodies goes on below
        listing = a.endswith(",") and bool(m) and not a.startswith(("-", "+", "•", "*"))
        cut = not MARKER.match(nxt) and (cut_item or (open_paren and not NEW_PARAGRAPH.match(nxt))
                                         or ((listing or _OPEN_WORD_END.search(a) is not None) and not nxt.isupper()
                                             and not _CAPS_OPENING.match(nxt)))
        # the next line's start first: a match there is cheap, a search for a line's end scans the whole line
        year_cut = (_YEAR_REST.match(nxt) and _YEAR_END.search(a)) or (
            _YEAR_START.match(nxt) and _YEARLESS_END.search(a))
        # "Căn cứ Luật Viễn thông số" / "24/2023/QH15;": the number in capitals is no heading of its own; with the
        # layout saying the line is full, any number goes on it ("(Địa chỉ: Số" / "7, Đường …": no heading "7,")
        number_cut = (_NEEDS_ITS_NUMBER.search(a) and not a.isupper()
                      and (_NUMBER_REST.match(nxt) or (wraps and nxt[:1].isdigit())))
        # "- Đảng ủy" / "KTNN;": a list entry's abbreviation wrapped alone, closed by the entry's ";"
        entry_cut = (a[:1] in "-+•" and nxt.isupper() and nxt.endswith((";", ","))
                     and len(nxt.split()) <= _ENTRY_REST_WORDS and not MARKER.match(nxt) and not a.endswith(","))
        if cut or year_cut or number_cut or entry_cut:
            wraps = True
        elif a.isupper() or nxt.isupper() or _CAPS_OPENING.match(nxt) or MARKER.match(nxt) or NEW_PARAGRAPH.match(nxt):
            continue
        # a numbered heading wraps only when it fills the measure ("Điều 3. Bộ trưởng …, thành phố Đà" / "Nẵng …")
        heading = MARKER.match(a) and not a.startswith(("-", "+", "•", "*")) and len(a) < brim
        # "… Ban chỉ đạo" / "của" / "Chính phủ về …": a text wrapped twice leaves a line at the measure and the short
        # rest of it, which goes on as the whole line would have
        rest_of_full = bool(joins) and joins[-1][1] == starts[i] + len(lines[i]) - len(lines[i].lstrip()) \
            and len(stripped[i - 1]) >= brim and not heading and len(a.split()) <= _REST_WORDS
        if wraps is None and rest_of_full:
            wraps = not nxt[0].isdigit()
        if wraps is None:  # no layout: a long line that is no heading, before a line that starts no number
            wraps = (len(a) >= full and not heading and (
                not nxt[0].isdigit() or bool(_NUMBER_REST.match(nxt) or _OPEN_BEFORE_NUMBER.search(a)))) or bool(
                _NUMBER_REST.match(nxt) and _NEEDS_ITS_NUMBER.search(a))
        if (nxt[0].islower() and k == i + 1) or wraps:
            # the line's trailing spaces (a markdown hard break "  ") go with the break: no gap reads as a column
            joins.append((starts[i] + len(lines[i].rstrip()), starts[k] + len(lines[k]) - len(lines[k].lstrip()), " "))
    if not joins:
        return
    out: list[str] = []
    org = array("i")
    last = 0
    for brk, indent_end, glue in joins:
        out.append(text[last:brk])
        org.extend(b.origin[last:brk])
        out.append(glue)
        if glue:
            org.append(b.origin[brk])
        last = indent_end
    out.append(text[last:])
    org.extend(b.origin[last:])
    b.text, b.origin = "".join(out), org


def normalise(raw: str, line_wraps: dict[int, bool] | None = None) -> NormalisedText:
    """Normalise a directive's raw text (see the module docstring for what and why).

    ``line_wraps`` is the ingested layout's verdict on line breaks (:attr:`SourceDocument.line_wraps`).
    """
    text, origin = _nfc_with_origins(raw)
    b = _Builder(text, origin)
    b.apply(_CONTROL, "")
    b.apply(_OCR_O_IN_NUMBER, "0")
    b.apply(_OCR_DOUBLED_TYPE_CODE, lambda m: _DOUBLED_TYPE_CODES[m.group(0)])
    b.apply(_OCR_I_FOR_T, _unless_own_number, needs=("Ir", "ITr"))
    b.apply(_OCR_THI_HANH, "i")
    b.apply(_OCR_AT_PAREN, "@", needs=(".com",))
    b.apply(_OCR_AT, "", needs=("@",))
    b.apply(_OCR_MARKED_CAPITAL, lambda m: "" if m.group(0).isupper() else m.group(0), needs=("@",))
    b.apply(_OCR_GØ, "", needs=("ø", "Ø"))
    b.apply(_OCR_Ø, "g", needs=("ø", "Ø"))
    _ocr_math(b)
    _br_table_rows(b)
    b.apply(_HTML_BLOCK, "\n")
    b.apply(_HTML_INLINE, "")
    b.apply(_HTML_ENTITY, lambda m: _ENTITIES[m.group(0)])
    b.apply(_MD_LINK, lambda m: m.group(1))
    b.apply(_ANGLE_URL, lambda m: m.group(1).removeprefix("mailto:"))
    b.apply(_MD_ESCAPE, lambda m: m.group(1))
    b.apply(_TAB_LIST_INDENT, lambda m: m.group(0) if _beside_table_row(m) else "", needs=("\t",))
    b.apply(_TAB_AFTER_MARK, lambda m: m.group(0) if _beside_table_row(m) else " ", needs=("\t",))
    b.apply(_INDENT, "", needs=("\n ", "\n\t"))
    b.apply(_MD_HEADING, "", needs=("#",))
    b.apply(_MD_TABLE_RULE, "", needs=("|",))
    b.apply(_MD_TABLE_ROW, lambda m: m.group(1), needs=("|",))
    b.apply(_MD_STRONG, "", needs=("**", "__"))
    b.apply(_MD_EMPH, "", needs=("*", "_"))
    _fix_tones(b)
    _join_split_words(b)
    b.drop_lines(_double_spacing(b.text.split("\n")))  # first: a dropped line would join two separators
    b.drop_lines(_gazette_lines(b.text.split("\n")))
    b.drop_lines(_portal_chrome(b.text.split("\n")))
    b.drop_lines(_noise_lines(b.text.split("\n")))
    b.drop_lines(_incoming_stamp(b.text.split("\n")))
    _reflow(b, line_wraps or {})
    b.text = restore_layout(b.text)  # same length: origins unchanged
    b.origin.append(len(raw))
    return NormalisedText(text=b.text, origin=b.origin, raw=raw)
