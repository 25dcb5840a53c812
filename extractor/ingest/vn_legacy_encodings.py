"""Vietnamese text typed in the pre-Unicode 8-bit encodings TCVN3 (ABC) and VNI, converted to Unicode (NFC).

Many offices still keep files typed in these encodings: the bytes are ordinary Windows-1252 characters that only
look Vietnamese in the matching fonts (``.VnTime``, ``.VnArial``, … for TCVN3; ``VNI-Times``, ``VNI-Helve``, …
for VNI). Read in any other font, or as text, "Kế hoạch" is ``KÕ ho¹ch`` (TCVN3) or ``Keá hoaïch`` (VNI).

The tables
    Both tables below follow the code tables of xvnkb (Dao Hai Lam, VISC, 2002; GPL), the X11 Vietnamese
    keyboard of the Unikey family: files ``tcvn.h`` and ``vni.h``, whose rows list, for each vowel, the plain
    letter then its sắc, huyền, hỏi, ngã and nặng forms, in the order ``a â ă e ê o ô ơ u ư i y`` then ``đ``
    (Unicode code points in ``utf.h`` of the same project). The TCVN3 lower-case rows were checked against two
    other published converters (a C# ``TCVN3ToUnicode`` and a JavaScript ``convertTcvn3ToUnicode``), which
    agree code for code.

TCVN3 (TCVN 5712:1993, the "ABC" fonts)
    One byte per letter. The ``.Vn…`` fonts hold every lower-case letter but only seven capitals (Ă Â Ê Ô Ơ Ư
    Đ); capitals with a tone mark are typed in the companion font whose name ends in ``H`` (``.VnTimeH``,
    ``.VnArialH``), which draws the *lower-case* codes as capitals. A run in such a font is therefore converted
    with the lower-case table and then upper-cased. (The VN1 variant of the standard also puts toned capitals
    on control and 0x80–0x9F positions; the ABC fonts do not, and those positions hold the typographic quotes
    and dashes Word inserts, so they are left alone.)

VNI (VNI-Windows)
    A toned letter is a base letter followed by a diacritic code: ``a`` + ``ù`` is á, ``a`` + ``á`` is ấ (the
    circumflex and the tone in one code), while ơ, ư, đ and some i/y forms are single codes (``ô``, ``ö``,
    ``ñ``, ``í``, ``î`` …). Capitals use the upper-case codes. Sequences are matched longest first, so that
    ``ôù`` (ớ) wins over ``ô`` (ơ) followed by a stray ``ù``.

Plain text carries no font name, so :func:`detect` decides statistically: it converts with each table and keeps a
conversion only when it turns words that are not Vietnamese syllables into words that are (see
:func:`detect`). Ordinary Unicode Vietnamese never passes that test: its words are already syllables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

TCVN3: Final = "tcvn3"
VNI: Final = "vni"
ENCODING_NAMES: Final = {TCVN3: "TCVN3 (ABC)", VNI: "VNI"}

# Unicode rows: the plain vowel then sắc, huyền, hỏi, ngã, nặng (the order of the xvnkb tables).
_TONE_MARKS: Final = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_VOWELS: Final = ("a", "â", "ă", "e", "ê", "o", "ô", "ơ", "u", "ư", "i", "y")


def _row(vowel: str) -> list[str]:
    return [unicodedata.normalize("NFC", vowel + mark) for mark in _TONE_MARKS]


# TCVN3 (lower case): one Windows-1252 character per letter, rows in the order of _VOWELS.
_TCVN3_ROWS: Final = (
    "a¸µ¶·¹",  # a á à ả ã ạ
    "©ÊÇÈÉË",  # â ấ ầ ẩ ẫ ậ
    "¨¾»¼½Æ",  # ă ắ ằ ẳ ẵ ặ
    "eÐÌÎÏÑ",  # e é è ẻ ẽ ẹ
    "ªÕÒÓÔÖ",  # ê ế ề ể ễ ệ
    "oãßáâä",  # o ó ò ỏ õ ọ
    "«èåæçé",  # ô ố ồ ổ ỗ ộ
    "¬íêëìî",  # ơ ớ ờ ở ỡ ợ
    "uóïñòô",  # u ú ù ủ ũ ụ
    "\xadøõö÷ù",  # ư ứ ừ ử ữ ự (ư is 0xAD, the soft-hyphen position)
    "iÝ×ØÜÞ",  # i í ì ỉ ĩ ị
    "yýúûüþ",  # y ý ỳ ỷ ỹ ỵ
)
_TCVN3_D: Final = "®"  # đ
_TCVN3_CAPITALS: Final = {"¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ"}

# VNI (lower case): base letter + diacritic code, or a single code; upper case is the same string upper-cased.
_VNI_ROWS: Final = (
    ("a", "aù", "aø", "aû", "aõ", "aï"),
    ("aâ", "aá", "aà", "aå", "aã", "aä"),
    ("aê", "aé", "aè", "aú", "aü", "aë"),
    ("e", "eù", "eø", "eû", "eõ", "eï"),
    ("eâ", "eá", "eà", "eå", "eã", "eä"),
    ("o", "où", "oø", "oû", "oõ", "oï"),
    ("oâ", "oá", "oà", "oå", "oã", "oä"),
    ("ô", "ôù", "ôø", "ôû", "ôõ", "ôï"),
    ("u", "uù", "uø", "uû", "uõ", "uï"),
    ("ö", "öù", "öø", "öû", "öõ", "öï"),
    ("i", "í", "ì", "æ", "ó", "ò"),
    ("y", "yù", "yø", "yû", "yõ", "î"),
)
_VNI_D: Final = "ñ"  # đ


def _tcvn3_table() -> dict[str, str]:
    table = {code: letter for vowel, codes in zip(_VOWELS, _TCVN3_ROWS, strict=True)
             for code, letter in zip(codes, _row(vowel), strict=True) if code != letter}
    table[_TCVN3_D] = "đ"
    table.update(_TCVN3_CAPITALS)
    return table


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for vowel, codes in zip(_VOWELS, _VNI_ROWS, strict=True):
        for code, letter in zip(codes, _row(vowel), strict=True):
            if code != letter:
                table[code] = letter
                table[code.upper()] = letter.upper()
    table[_VNI_D] = "đ"
    table[_VNI_D.upper()] = "Đ"
    return table


TCVN3_TO_UNICODE: Final[dict[str, str]] = _tcvn3_table()
# The second character of VNI's two-character sequences (a tone, or a hat with or without a tone).
VNI_DIACRITIC_CODES: Final = "".join(sorted({code[1] for row in _VNI_ROWS for code in row if len(code) == 2}
                                             | {code[1].upper() for row in _VNI_ROWS for code in row
                                                if len(code) == 2}))
VNI_TO_UNICODE: Final[dict[str, str]] = _vni_table()
_TCVN3_TRANSLATE: Final = str.maketrans(TCVN3_TO_UNICODE)
# Longest sequence first: "ôù" (ớ) before "ô" (ơ), "aâ" (â) before "a".
_VNI_SEQUENCE: Final = re.compile("|".join(map(re.escape, sorted(VNI_TO_UNICODE, key=len, reverse=True))))


def tcvn3_to_unicode(text: str, *, capitals: bool = False) -> str:
    """TCVN3 text in Unicode NFC; ``capitals`` for a run set in a ``…H`` font (``.VnTimeH``)."""
    converted = text.translate(_TCVN3_TRANSLATE)
    return unicodedata.normalize("NFC", converted.upper() if capitals else converted)


def vni_to_unicode(text: str) -> str:
    """VNI text in Unicode NFC."""
    return unicodedata.normalize("NFC", _VNI_SEQUENCE.sub(lambda m: VNI_TO_UNICODE[m.group()], text))


def to_unicode(text: str, encoding: str, *, capitals: bool = False) -> str:
    return tcvn3_to_unicode(text, capitals=capitals) if encoding == TCVN3 else vni_to_unicode(text)


_TOKEN: Final = re.compile(r"\S+")
_ASCII_LETTER: Final = re.compile("[A-Za-z]")
_LINE_START: Final = re.compile(r"(\s*(?:[-+•*]\s*|\d+[.)]\s*|[a-zđ]\)\s*)?)([^\W\d_])")


def restore_capitals(text: str) -> str:
    """TCVN3 *text* without its fonts (a plain-text file) in the capitals its ``…H`` runs showed, as far as
    the text tells.

    A toned capital has no TCVN3 code, so "KẾ HOẠCH" typed in ``.VnTimeH`` arrives as "KÕ HO¹CH" → "Kế HOạCH".
    A word whose only lower-case letters are such lost capitals is upper-cased when it has two capitals or a
    capital after one ("CHủ", "HOạCH", "ủY"), or stands next to an all-capital word ("HÒA Xã HỘI"); a line whose
    ASCII letters are all capitals and that holds two such words is upper-cased whole ("Bộ Y Tế"); a toned
    vowel that begins a line (after a bullet) is a capital. A capitalised name inside a sentence ("của Ủy ban")
    cannot be told from the text and stays lower-case.
    """
    return "\n".join(_restore_line(line) for line in text.split("\n"))


def _restore_line(line: str) -> str:
    tokens = list(_TOKEN.finditer(line))
    cores = [token.group().strip(_PUNCTUATION) for token in tokens]
    lost = [_only_lost_lower(core) for core in cores]
    # An all-capital Vietnamese word: a toned or hatted capital ("HÒA", "HỘI"), not "III" or "KHTC".
    caps = [core.isalpha() and core.isupper() and not core.isascii() for core in cores]
    upper = [is_lost and (sum(c.isupper() for c in core) >= 2 or _capital_after_lost(core))
             for core, is_lost in zip(cores, lost, strict=True)]
    for _ in range(2):  # a neighbour upper-cased in the first pass counts in the second
        for i, is_lost in enumerate(lost):
            if is_lost and not upper[i]:
                upper[i] = any(0 <= j < len(cores) and (caps[j] or upper[j]) for j in (i - 1, i + 1))
    ascii_letters = _ASCII_LETTER.findall(line)
    if sum(lost) >= 2 and len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters):
        return line.upper()
    out, last = [], 0
    for token, up in zip(tokens, upper, strict=True):
        out.append(line[last:token.start()])
        out.append(token.group().upper() if up else token.group())
        last = token.end()
    restored = "".join(out) + line[last:]
    if (start := _LINE_START.match(restored)) and _lost_capital(start.group(2)):
        restored = restored[:start.start(2)] + start.group(2).upper() + restored[start.end(2):]
    return restored


def _lost_capital(letter: str) -> bool:
    """A lower-case letter whose capital TCVN3 has no code for (á, ở …; not đ, â …, whose capitals it has)."""
    return letter.islower() and not letter.isascii() and letter.upper() not in _UNICODE_TO_TCVN3


def _only_lost_lower(word: str) -> bool:
    """Letters only, some capitals, and every lower-case letter one whose capital was lost ("Xã", "HOạCH")."""
    lower = [c for c in word if c.islower()]
    return (word.isalpha() and bool(lower) and any(c.isupper() for c in word)
            and all(_lost_capital(c) for c in lower))


def _capital_after_lost(word: str) -> bool:
    return any(_lost_capital(a) and b.isupper() for a, b in zip(word, word[1:], strict=False))


# ------------------------------------------------------------------ writing (the tests build legacy files)

# Every letter with its code, the plain vowels and ý (whose code is itself) included.
_UNICODE_TO_TCVN3: Final = {**{letter: letter for letter in "aeiouyý"},
                            **{letter: code for code, letter in TCVN3_TO_UNICODE.items()}}
_UNICODE_TO_VNI: Final = {letter: code for code, letter in VNI_TO_UNICODE.items()}
_VNI_CODES: Final = frozenset("".join(VNI_TO_UNICODE))


def unicode_to_tcvn3(text: str) -> list[tuple[str, bool]]:
    """Unicode text as TCVN3 runs ``(codes, capitals)``, as a typist with the ABC fonts would set it: capitals
    that the ``.Vn…`` fonts lack go in a ``…H`` run (``capitals=True``) with their lower-case codes.

    Raises:
        ValueError: a character that TCVN3 cannot hold (a Latin-1 sign on a position TCVN3 uses for a letter).
    """
    runs: list[tuple[str, bool]] = []
    for char in unicodedata.normalize("NFC", text):
        capitals: bool | None = None  # None: the character reads the same in either font
        if char in _UNICODE_TO_TCVN3:
            code = _UNICODE_TO_TCVN3[char]
            capitals = None if char.isupper() else False
        elif char.isupper() and char.lower() in _UNICODE_TO_TCVN3 and not char.isascii():
            code, capitals = _UNICODE_TO_TCVN3[char.lower()], True
        elif char in TCVN3_TO_UNICODE:
            raise ValueError(f"{char!r} has no TCVN3 code")
        else:
            code = char
            capitals = False if char.islower() else None
        if runs and capitals in (None, runs[-1][1]):
            runs[-1] = (runs[-1][0] + code, runs[-1][1])
        else:
            runs.append((code, bool(capitals)))
    return runs


def unicode_to_vni(text: str) -> str:
    """Unicode text in VNI codes.

    Raises:
        ValueError: a character that VNI cannot hold unambiguously.
    """
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char in _VNI_CODES and char not in _UNICODE_TO_VNI and char not in "aeouiyAEOUIY":
            raise ValueError(f"{char!r} has no VNI code")
        out.append(_UNICODE_TO_VNI.get(char, char))
    return "".join(out)


# ------------------------------------------------------------------ fonts

_TCVN3_FONT: Final = re.compile(r"^\.?vn", re.IGNORECASE)
_VNI_FONT: Final = re.compile(r"^vni[-\s_]", re.IGNORECASE)


def font_encoding(font: str | None) -> tuple[str, bool] | None:
    """``(encoding, capitals)`` of a font name: ``.VnTime`` → TCVN3, ``.VnTimeH`` → TCVN3 capitals,
    ``VNI-Times`` → VNI; ``None`` for a Unicode font."""
    if not font:
        return None
    name = font.strip()
    if _VNI_FONT.match(name):
        return VNI, False
    if name.startswith(".") and _TCVN3_FONT.match(name):
        return TCVN3, name.endswith("H")
    return None


# ------------------------------------------------------------------ detection in plain text

# Letters of Unicode Vietnamese that no 8-bit code above stands for: a text full of them is already Unicode.
_UNICODE_ONLY: Final = re.compile("[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")
_TONE: Final = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
_SYLLABLE: Final = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_PUNCTUATION: Final = "\"'“”‘’()[]{}.,;:!?…-–—/*+=<>«»"
_MIN_CHANGED_WORDS: Final = 3
# A conversion must make most of the words it changes valid syllables, and many more than before.
_MIN_VALID_AFTER: Final = 0.8
_MIN_GAIN: Final = 0.5


def is_unicode_vietnamese(text: str) -> bool:
    """Whether ``text`` holds a letter only Unicode Vietnamese writes (ơ, ư, đ, ạ …): then it is not TCVN3/VNI."""
    return _UNICODE_ONLY.search(text) is not None


def is_syllable(word: str) -> bool:
    """A Vietnamese syllable: initial consonant, one to three vowels, final consonant, at most one tone mark."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if len(_TONE.findall(decomposed)) > 1:
        return False
    bare = unicodedata.normalize("NFC", _TONE.sub("", decomposed))
    return _SYLLABLE.fullmatch(bare) is not None


@dataclass(frozen=True, slots=True)
class Detection:
    """What :func:`detect` found: the encoding (or ``None``) and the words its conversion changed."""

    encoding: str | None
    changed_words: int = 0
    valid_before: int = 0
    valid_after: int = 0


def _words(text: str) -> list[str]:
    # Strip punctuation at the ends, but not the legacy codes ("«" is ô in TCVN3, "¬" is ơ).
    return [word.strip(_PUNCTUATION) for word in text.split()]


def _score(words: list[str], encoding: str) -> Detection:
    changed = before = after = 0
    for word in words:
        converted = to_unicode(word, encoding)
        if converted == word:
            continue
        changed += 1
        before += is_syllable(word)
        after += is_syllable(converted)
    return Detection(encoding, changed, before, after)


_SAMPLE_CHARS: Final = 50_000  # enough words to judge; a 500 000-character text is not scanned whole


def detect(text: str) -> Detection:
    """Which legacy encoding ``text`` was typed in, if any (``Detection.encoding`` is ``None`` for Unicode).

    Judged on the first 50 000 characters. For each table, the words that converting would change are counted:
    the conversion is kept only if at least three words change, at least 80 % of them are Vietnamese syllables
    afterwards, and the count of syllables among them grew by at least half of them. A text where more than one
    word in twenty holds a Unicode-only Vietnamese letter (ơ, ư, đ, ạ …) is Unicode already and is never
    converted.
    """
    sample = text[:_SAMPLE_CHARS]
    words = _words(sample)
    if len(_UNICODE_ONLY.findall(sample)) > 0.05 * len(words):
        return Detection(None)
    best = Detection(None)
    for encoding in (TCVN3, VNI):
        score = _score(words, encoding)
        if (score.changed_words >= _MIN_CHANGED_WORDS
                and score.valid_after >= _MIN_VALID_AFTER * score.changed_words
                and score.valid_after - score.valid_before >= _MIN_GAIN * score.changed_words
                and score.valid_after > best.valid_after):
            best = score
    return best
