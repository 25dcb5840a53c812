"""Confidence and abstention (extractor/confidence.py): a value read from a text layer that lost its diacritics
is withheld (null, or left out of its list) with a warning; a sound text is never judged value by value.

The damaged text is a fresh synthetic directive whose words lost their marks as a broken OCR layer loses them
(most words stripped, a few kept), so the rule families still find values of the right shape in it.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from extractor_helpers import directive, run, table

from extractor.confidence import marked_share

SHARES = [
    ("marked-phrase", "Sở Giáo dục và Đào tạo Long An", 6 / 8),
    ("stripped-phrase", "So Giao duc va Dao tao Long An", 0.0),
    ("stripped-capitals", "SO GIAO DUC VA DAO TAO", 0.0),
    ("acronyms-are-not-counted", "UBND THPT HSSV GDĐT", 1.0),
    ("no-words", "15/KH - 2023", None),
]


@pytest.mark.parametrize("row_id,text,expected", table(SHARES))
def test_marked_share(row_id, text, expected):
    got = marked_share(text)
    assert got == pytest.approx(expected) if expected is not None else got is None, f"[{row_id}] {got}"


def _strip(word: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare.replace("đ", "d").replace("Đ", "D"))


def _damaged(text: str) -> str:
    """Every word but one in nine loses its marks, as in a broken OCR text layer."""
    count = iter(range(10**6))
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0) if next(count) % 9 == 0 else _strip(m.group(0)), text)


CLOSING = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nPhan Minh Anh"


def test_values_of_a_damaged_text_layer_are_withheld_with_a_warning():
    record = run(_damaged(directive(closing=CLOSING))).record
    assert record.document.subject is None
    assert record.issuer.name is None
    assert record.signer.name is None
    assert any(w.startswith("Không đọc được") for w in record.warnings), record.warnings


def test_a_sound_text_keeps_names_written_with_few_marks():
    record = run(directive(closing=CLOSING)).record
    assert record.signer.name == "Phan Minh Anh"
    assert record.issuer.name is not None and record.document.subject is not None
    assert not any(w.startswith("Không đọc được") for w in record.warnings), record.warnings
