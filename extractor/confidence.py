"""Confidence and abstention: withhold a value whose text cannot be read, and tell the clerk.

A rule's confidence says how the value was found (inside its zone, by a landmark, by a fallback). The text of
the value says whether it can be trusted at all: an OCR layer that lost its diacritics ("bao dam TTATGT cho
HS", "UBND THANH PHO DA NANG CONG Hcok xA HQI") yields spans of the right shape whose words are not
Vietnamese as written. In Vietnamese most words carry a mark (ă â đ ê ô ơ ư or a tone); a span of several words
of which few do was read from a damaged text layer. Its value is withheld (null, or left out of its list) —
no confident nonsense — and one warning per field says so, so the clerk reads it from the page.
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from extractor.types import Finding
from extractor.vocabulary import load_data, unmarked

# Letters that only Vietnamese (among the scripts we meet) writes: the vowels with a mark and đ.
_MARKED = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯà-ãè-êì-íò-õù-úýÀ-ÃÈ-ÊÌ-ÍÒ-ÕÙ-ÚÝ\u1ea0-\u1ef9]")
_WORD = re.compile(r"[^\W\d_]{2,}")
# An unmarked word in capitals that is no Vietnamese syllable is an acronym ("UBND", "THPT", "HSSV").
_SYLLABLE = re.compile(r"^(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNPRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPT])?$")
# A text of the genre has 75-95 % of its words marked; damaged OCR layers of our real material 10-35 %. Below
# DAMAGED the text layer lost its diacritics, and each value is judged on its own span: a value with under
# MIN_SHARE of its words marked is withheld. A sound text is never judged value by value — its names may
# rightly be written with few marks ("Phan Thị Thu Trang").
DAMAGED = 0.6
MIN_SHARE = 0.5
# A value whose evidence confidence is below this is flagged for the clerk to check (the review page marks it;
# the evaluation counts a wrong number or date below it as flagged, not silent).
LOW_CONFIDENCE = 0.7
_SAMPLE = 5_000

_LABELS = {
    "document": "thông tin văn bản (trích yếu, địa danh)",
    "issuer": "cơ quan ban hành",
    "addressees": "nơi gửi (Kính gửi)",
    "parent_directives": "văn bản căn cứ",
    "event": "sự kiện",
    "assignments": "phân công",
    "reporting": "báo cáo",
    "distribution": "nơi nhận",
    "signer": "người ký",
}


def marked_share(text: str, min_words: int = 1) -> float | None:
    """Share of the words of ``text`` that carry a Vietnamese mark, or None when it has too few words to say.

    Acronyms ("UBND", "THPT") carry no mark in any spelling and are not counted."""
    marked = unmarked = 0
    for w in _WORD.findall(text):  # one pass, each word searched once
        if _MARKED.search(w):
            marked += 1
        elif not w.isupper() or _SYLLABLE.match(w):
            unmarked += 1
    if marked + unmarked < min_words:
        return None
    return marked / (marked + unmarked)


def _readable(text: str, finding: Finding) -> bool:
    share = marked_share(text[finding.start : finding.end])
    return share is None or share >= MIN_SHARE


def _leaves(node: Any) -> list[Finding]:
    if isinstance(node, Finding):
        return [node]
    if isinstance(node, dict):
        return [f for v in node.values() for f in _leaves(v)]
    if isinstance(node, list):
        return [f for v in node for f in _leaves(v)]
    return []


def _item_readable(text: str, item: Any) -> bool:
    """A list item: its text as one span (an agency block with its tasks, a citation with its parts)."""
    texts = [text[f.start : f.end] for f in _leaves(item) if isinstance(f.value, str)]
    share = marked_share(" ".join(texts))
    return share is None or share >= MIN_SHARE


def withhold(tree: dict[str, Any], text: str, problems: list[str]) -> dict[str, Any]:
    """Drop the unreadable values of the findings tree (in place) and add one warning per family."""
    share = marked_share(text[:_SAMPLE], min_words=40)  # the opening pages tell a damaged text layer
    if share is None or share >= DAMAGED:
        return tree
    for family, node in tree.items():
        if _withhold(node, text):
            problems.append(f"Không đọc được {_LABELS.get(family, family)}: chữ trong văn bản bị mất dấu hoặc lỗi "
                            "nhận dạng, giá trị để trống — cần đối chiếu bản gốc.")
    return tree


def _withhold(node: Any, text: str) -> bool:
    """Withhold inside ``node``; whether anything was withheld."""
    dropped = False
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, Finding):
                if isinstance(value.value, str) and not _readable(text, value):
                    node[key] = None
                    dropped = True
            elif value is not None:
                dropped |= _withhold(value, text)
    elif isinstance(node, list):
        keep = []
        for item in node:
            if isinstance(item, Finding):
                ok = not isinstance(item.value, str) or _readable(text, item)
            else:
                ok = _item_readable(text, item)
            if ok:
                keep.append(item)
        dropped = len(keep) < len(node)
        node[:] = keep
    return dropped


# --- A document number whose code lost a stroke -------------------------------------------------------------------
# OCR reads the "Đ" of a code as ASCII "D" ("58/QĐ-SLDTBXH" for SLĐTBXH, "312/TTr-LDTB&XH"). The code after the
# type is mostly the issuer's initials: a code that becomes them by giving back the stroke is mended; one that only
# comes close is kept and flagged. Either way the clerk is told — never a silent change, never a silent misreading.
_CONNECTORS = frozenset({"VÀ", "VA", "CỦA", "CUA"})
_MIN_CODE = 3  # "ĐT" alone matches too much by chance
_CLOSE = 85


def _bare(word: str) -> str:
    """Capitals without tone or vowel marks, keeping Đ ("ỦY" → "UY", "ĐỘNG" → "ĐONG")."""
    return unmarked(word.upper())


def initials(name: str) -> str:
    """The initials a code takes from a body's name: each word's first letter, an abbreviation whole
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "SLĐTBXH", "PHÒNG LAO ĐỘNG TB&XH" → "PLĐTB&XH")."""
    out = []
    for word in re.split(r"[\s\-–,]+", name):
        bare = _bare(word)
        if not bare or bare in _CONNECTORS:
            continue
        syllable = bare.isalpha() and _SYLLABLE.match(bare.replace("Đ", "D"))
        out.append(bare[0] if syllable else bare)
    return "".join(out)


def _stroke_variants(code: str) -> list[str]:
    """The code with the stroke given back to some of its capital D's (the rest of its letters as written)."""
    spots = [i for i, c in enumerate(code) if c == "D"][:4]
    out = []
    for mask in range(1, 1 << len(spots)):
        chars = list(code)
        for k, i in enumerate(spots):
            if mask >> k & 1:
                chars[i] = "Đ"
        out.append("".join(chars))
    return out


def mend_number(tree: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    """Give back the stroke of Đ to the issuer's code in the document number, or flag a code that is probably
    misread; one warning either way."""
    number = (tree.get("document") or {}).get("number")
    issuer = tree.get("issuer") or {}
    names = [f.value for f in (issuer.get("name"), issuer.get("parent")) if isinstance(f, Finding)]
    if not isinstance(number, Finding) or "/" not in number.value or not names:
        _type_code_disagrees(tree, problems, [initials(n) for n in names])
        return tree
    known = [i for i in map(initials, names) if "Đ" in i]
    head, _, codes = number.value.partition("/")
    parts = re.split(r"([-–])", codes)
    mended, doubtful = list(parts), []
    for k, part in enumerate(parts):
        if len(part) < _MIN_CODE or "D" not in part or "Đ" in part.upper() or any(part.upper() in i for i in known):
            continue
        variants = _stroke_variants(part)
        exact = [v for v in variants if any(v.upper() in i for i in known)]
        if len(exact) == 1:
            mended[k] = exact[0]
        elif any(fuzz.partial_ratio(v.upper(), i) >= _CLOSE for v in variants for i in known if len(i) >= len(v) - 1):
            doubtful.append(part)
    if mended != parts:
        value = f"{head}/{''.join(mended)}"
        problems.append(f"Số, ký hiệu đọc được là “{number.value}”; đã sửa thành “{value}” theo chữ viết tắt tên "
                        "cơ quan ban hành (chữ Đ bị nhận dạng mất nét) — cần đối chiếu bản gốc.")
        tree["document"]["number"] = Finding(value, number.start, number.end, min(number.confidence, 0.6),
                                             f"{number.rule}.snapped")  # repaired, as OCR-damaged titles are
    for part in doubtful:
        problems.append(f"Số, ký hiệu “{number.value}” có thể bị đọc sai: phần “{part}” gần với chữ viết tắt tên cơ "
                        "quan ban hành nhưng không khớp (chữ Đ có thể bị nhận dạng thành D) — cần đối chiếu bản gốc.")
    _type_code_disagrees(tree, problems, [initials(n) for n in names])
    return tree


_TYPES = load_data("document_types")["kinds"]
_KIND_OF_CODE = {code: kind for kind, spec in _TYPES.items() for code in spec["abbreviations"] if "-" not in code}


# Nghị định 30's type abbreviations (Phụ lục III) beside those of the data file, and those of the legal texts a
# number may cite: a code that is none of them but one letter away from one is a misread type code ("TIr" for TTr).
_ND30_CODES = frozenset({*(c for spec in _TYPES.values() for c in spec["abbreviations"] if "-" not in c),
                         "HĐ", "DA", "BGN", "BTT", "GUQ", "GGT", "GNP", "PG", "PC", "PB", "TTLT", "NQLT", "L", "PL"})
# A number's confidence when its type code is doubtful: under the review page's flag (LOW_CONFIDENCE).
_DOUBTFUL_CODE_CONFIDENCE = 0.5
_TYPE_CODE_MAX = 3  # Nghị định 30's type codes are 1–3 letters ("QyĐ", "GUQ"); an issuer's initials are often longer


def _nearest(code: str, own: list[str]) -> str | None:
    """The one code of ``own`` nearest to ``code``, at most a letter off ("TTTr" → "TTr", "QĐ" → "QĐ" not "QD")."""
    by_distance = sorted((Levenshtein.distance(code, c), c) for c in own)
    nearest = [c for d, c in by_distance if d == by_distance[0][0] <= 1] if by_distance else []
    return nearest[0] if len(nearest) == 1 else None


def _mend_code(document: dict[str, Any], problems: list[str], value: str, own: list[str]) -> None:
    """The number with the heading's own type code, its confidence lowered, the clerk told."""
    number = document["number"]
    problems.append(f"Số, ký hiệu đọc được là “{number.value}”; đã sửa thành “{value}” theo tên loại văn bản ở "
                    f"đầu văn bản (ký hiệu của loại này là “{'/'.join(own)}”) — cần đối chiếu bản gốc.")
    document["number"] = Finding(value, number.start, number.end,
                                 min(number.confidence, _DOUBTFUL_CODE_CONFIDENCE), f"{number.rule}.snapped")


def _type_code_disagrees(tree: dict[str, Any], problems: list[str], issuer_initials: list[str]) -> None:
    """The type abbreviation in the number names another type than the heading does ("12/KH-UBND" under "QUYẾT
    ĐỊNH"), or is no type's code: misread or mistyped. One letter off the heading's own code before the issuer's
    ("18/TIr-UBND", "793/TT-UBND" under TỜ TRÌNH: OCR took a letter), or that code cut by a hyphen ("312/TT-Tr-…"),
    it is mended to it; otherwise kept as read. Either way its confidence is lowered and the clerk told."""
    document = tree.get("document") or {}
    number, kind = document.get("number"), document.get("kind")
    if not isinstance(number, Finding) or not isinstance(kind, Finding) or kind.rule != "identity.kind.type_name":
        return
    own = [c for c in _TYPES[kind.value]["abbreviations"] if "-" not in c]
    head, slash, rest = str(number.value).rpartition("/")
    parts = re.split(r"([-–])", rest)
    if party := re.fullmatch(r"\d+\w?-(?P<code>[^\W\d_]+)", head):  # "12-KH/ĐTN": the Party's and unions' order,
        parts = [party.group("code")]  # the type code before the slash, the issuer's after it
    code = parts[0]
    # the heading's own code cut in two by a hyphen, a letter at most off ("TT-Tr-UBND", "Q-Đ-UBND")
    joined = _nearest(code + parts[2], own) if len(parts) > 4 else None
    if head and code not in own and joined is not None:
        _mend_code(document, problems, f"{head}{slash}{joined}{''.join(parts[3:])}", own)
        return
    if not own or not head or code in own or (code in _ND30_CODES and _KIND_OF_CODE.get(code) in (None, kind.value)):
        return
    near = [c for c in own if Levenshtein.distance(code, c) == 1]
    # The issuer's capitals after the code ("-UBND"), not the rest of a split code ("TT-Tr-UBND").
    issuer_next = len(parts) > 2 and re.fullmatch(r"[A-ZĐ&]{2,}\d*", parts[2]) is not None
    expected = "/".join(own)
    if len(near) == 1 and issuer_next:
        _mend_code(document, problems, f"{head}{slash}{near[0]}{''.join(parts[1:])}", own)
        return
    if code in _ND30_CODES:
        problems.append(f"Số, ký hiệu “{number.value}” có ký hiệu loại văn bản “{code}”, không khớp tên loại văn bản "
                        f"ở đầu văn bản (ký hiệu của loại này là “{expected}”): có thể bị đọc sai — cần đối chiếu bản "
                        "gốc.")
    elif near or (len(code) <= _TYPE_CODE_MAX and not any(i.startswith(code.upper()) for i in issuer_initials)):
        # A short code that is no type's and not the issuer's initials ("4/TI-UBND" under TỜ TRÌNH).
        problems.append(f"Số, ký hiệu “{number.value}” có ký hiệu loại văn bản “{code}”, không có trong danh mục ký "
                        f"hiệu loại văn bản (loại văn bản ở đầu văn bản có ký hiệu “{expected}”): có thể bị đọc sai — "
                        "cần đối chiếu bản gốc.")
    else:
        return  # the issuer's own code ("41/UBND-VX" under KẾ HOẠCH): a form some offices use
    document["number"] = Finding(number.value, number.start, number.end,
                                 min(number.confidence, _DOUBTFUL_CODE_CONFIDENCE), number.rule)
