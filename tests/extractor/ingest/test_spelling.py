"""Post-OCR tone-mark correction with underthesea's word list and prose statistics."""

from __future__ import annotations

import pytest

from extractor.ingest.layout import RawWord
from extractor.ingest.spelling import correct_lines, correct_words, lexicon


def _fix(line: str) -> str:
    return " ".join(correct_words(line.split()))


def test_the_word_list_ships_with_the_installed_package():
    lex = lexicon()
    assert {"quyết", "định", "bổ", "sung"} <= lex.syllables
    assert ("bổ", "sung") in lex.compounds and lex.bigrams[("các", "phường")] > 0


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("sửa đối, bố sung bởi Luật", "sửa đổi, bổ sung bởi Luật"),  # valid syllables, wrong in context
        ("nhiệm vụ, quyên hạn và cơ cấu", "nhiệm vụ, quyền hạn và cơ cấu"),
        ("QUYÉT ĐỊNH", "QUYẾT ĐỊNH"),  # no syllable at all; capitals kept
        ("THÀNH PHÓ HÀ NỘI", "THÀNH PHỐ HÀ NỘI"),
        ("Căn cứ Nghĩ định số", "Căn cứ Nghị định số"),
    ],
)
def test_marks_are_corrected_with_strong_evidence(read, meant):
    assert _fix(read) == meant


@pytest.mark.parametrize(
    "line",
    [
        "Quyết định này có hiệu lực thi hành",  # frequent words stay
        "một số điều của các Thông tư",
        "ông Nguyễn Mạnh Hùng chịu trách nhiệm",  # names stay
        "- Ban Tổ chức Trung ương;",
        "Ủy ban nhân dân các phường, xã",
        "Số: 15/KH-UBND ngày 09/3/2024",  # codes and numbers stay
    ],
)
def test_correct_text_is_left_alone(line):
    assert _fix(line) == line


def test_correct_lines_keeps_boxes_and_confidences():
    line = [RawWord("bố", 10, 20, 40, 50, 0.6), RawWord("sung", 50, 20, 110, 50, 0.9)]
    (fixed,) = correct_lines([line])
    assert [w.text for w in fixed] == ["bổ", "sung"]
    assert (fixed[0].x0, fixed[0].y1, fixed[0].confidence) == (10, 50, 0.6) and fixed[1] is line[1]
