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

from extractor.types import Finding

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
