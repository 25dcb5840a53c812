"""The scoring normalisation (plan-record.md section 3), table-driven.

Each row is ``(raw, expected)``; new cases go in the table of the step they exercise.
"""

from __future__ import annotations

import unicodedata

import pytest

from evaluation.normalise import normalise, normalise_code, place_tone_marks

# Tone marks of the open syllables oa, oe, uy go on the first vowel; everything else keeps its mark.
TONE_MARKS = [
    ("hoà", "hòa"),
    ("Thuỷ", "thủy"),
    ("hoá", "hóa"),
    ("khoẻ", "khỏe"),
    ("tuỳ", "tùy"),
    ("xoè", "xòe"),
    ("Uỷ ban", "ủy ban"),  # no onset: the syllable is the rhyme alone
    ("HOÀ BÌNH", "hòa bình"),
    ("hòa", "hòa"),  # already the new spelling
    ("hoàn", "hoàn"),  # closed syllable oa + n: the mark stays on a
    ("toán", "toán"),
    ("ngoài", "ngoài"),  # rhyme oai, not oa
    ("thuyền", "thuyền"),
    ("khuỷu", "khuỷu"),  # rhyme uyu
    ("quý", "quý"),  # qu + y: the u is part of the onset, the vowel is y alone
    ("Quỳ Hợp", "quỳ hợp"),
    ("quà", "quà"),
    ("Samoà", "samoà"),  # a vowel before "oa": not a one-syllable oa rhyme
    ("hoa\u0300", "hòa"),  # decomposed input (NFD) is composed first
]

DASHES_QUOTES_SPACE = [
    ("COVID – 19", "covid - 19"),
    ("a‐b‑c‒d–e—f―g−h", "a-b-c-d-e-f-g-h"),
    ("“tủ sách lớp học”", "tủ sách lớp học"),
    ("„a“ ‘b’ 'c' \"d\" «e»", "a b c d e"),
    ("**Kế hoạch** _số_", "kế hoạch số"),
    ("  Phòng \t Giáo dục\n và   Đào tạo  ", "phòng giáo dục và đào tạo"),
]

AFFIXES = [
    ("V/v tổ chức Tuần lễ", "tổ chức tuần lễ"),
    ("V/v: tổ chức Tuần lễ", "tổ chức tuần lễ"),
    ("Về việc tổ chức Tuần lễ.", "tổ chức tuần lễ"),
    ("tổ chức Tuần lễ ;", "tổ chức tuần lễ"),
    ("Hiệu trưởng các trường:", "hiệu trưởng các trường"),
    ("a, b.", "a, b"),  # inner punctuation stays
    ("tổ chức về việc học", "tổ chức về việc học"),  # "về việc" only when leading
    ("V/vn", "v/vn"),  # only the whole word V/v
]

ABSENT = [None, "", "   ", " . ; ", "“”"]


@pytest.mark.parametrize("raw,expected", TONE_MARKS + DASHES_QUOTES_SPACE + AFFIXES)
def test_normalise_table(raw: str, expected: str) -> None:
    assert normalise(raw) == expected, f"Failed scenario: raw={raw!r}"


@pytest.mark.parametrize("raw", ABSENT)
def test_normalise_absent_values_are_none(raw: str | None) -> None:
    assert normalise(raw) is None
    assert normalise_code(raw) is None


def test_normalise_output_is_nfc() -> None:
    out = normalise(unicodedata.normalize("NFD", "Thuỷ lợi HOÀ BÌNH"))
    assert out == unicodedata.normalize("NFC", out) == "thủy lợi hòa bình"


def test_place_tone_marks_keeps_case_and_other_words() -> None:
    assert place_tone_marks("Thuỷ lợi Hoà Bình, hoàn thành") == "Thủy lợi Hòa Bình, hoàn thành"
    assert place_tone_marks("HOÀ") == "HÒA"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("477 /PGDĐT-VP", "477/pgdđt-vp"),
        ("477/PGDĐT–VP", "477/pgdđt-vp"),
        ("1575/ SGDĐT - GDTrHTX", "1575/sgdđt-gdtrhtx"),
        ("15/CT-UBND.", "15/ct-ubnd"),
    ],
)
def test_normalise_code_removes_all_white_space(raw: str, expected: str) -> None:
    assert normalise_code(raw) == expected


def test_normalise_keeps_white_space_of_free_text() -> None:
    # Only codes lose their inner spaces; a name keeps them.
    assert normalise("477 /PGDĐT-VP") == "477 /pgdđt-vp"
