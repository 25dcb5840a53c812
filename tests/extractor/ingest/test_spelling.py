"""Post-OCR tone-mark correction with underthesea's word list and prose statistics."""

from __future__ import annotations

import pytest

from extractor.ingest.layout import RawWord
from extractor.ingest.spelling import correct_clause_ends, correct_lines, correct_numbers, correct_words, lexicon


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
        ("'1rần Phước Hiền", "Trần Phước Hiền"),  # "Tr" read as "1r"
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
        "điểm 1r và 1rx",
    ],
)
def test_correct_text_is_left_alone(line):
    assert _fix(line) == line


def test_correct_lines_keeps_boxes_and_confidences():
    line = [RawWord("bố", 10, 20, 40, 50, 0.6), RawWord("sung", 50, 20, 110, 50, 0.9)]
    (fixed,) = correct_lines([line])
    assert [w.text for w in fixed] == ["bổ", "sung"]
    assert (fixed[0].x0, fixed[0].y1, fixed[0].confidence) == (10, 50, 0.6) and fixed[1] is line[1]


def test_a_tone_on_either_vowel_of_oa_oe_uy_is_one_word():
    # The word list spells "uỷ ban"; a page's "Uy ban" is still corrected to the page's own "Ủy".
    assert _fix("Uy ban nhân dân thành phố") == "Ủy ban nhân dân thành phố"
    assert _fix("của Thành uỷ Hà Nội về văn hoá") == "của Thành uỷ Hà Nội về văn hoá"  # either spelling stays


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("ngày 17 tháng 1] năm 2025", "ngày 17 tháng 11 năm 2025"),
        ("Việt Nam ngày l5 tháng l] năm 2019;", "Việt Nam ngày 15 tháng 11 năm 2019;"),
        ("Só: 729 /QĐ-TTg", "Số: 729 /QĐ-TTg"),
        ("Với nhận: T/M UBND TỈNH", "Nơi nhận: T/M UBND TỈNH"),  # the closing's label, its N read V
        ("Noi nhận:", "Nơi nhận:"),
        ("(Vơi nhận: = GIÁM ĐỐC", "Nơi nhận: = GIÁM ĐỐC"),  # a mark read before it
        ("Vớt nhận: KT. CHỦ TỊCH", "Nơi nhận: KT. CHỦ TỊCH"),
        ("Ngày nhận: 12/3", "Ngày nhận: 12/3"),  # a form's field
        ("Với nhân dân", "Với nhân dân"),  # not the label without its colon
        ("kết quả quý I tháng I", "kết quả quý I tháng I"),  # a Roman numeral stays
        ("ngày làm việc", "ngày làm việc"),
        ("Số: 115/CV-PA§3", "Số: 115/CV-PA83"),
        ("Số: 2§/KH-UBND", "Số: 28/KH-UBND"),
        ("theo § 3 Điều 5", "theo § 3 Điều 5"),  # a section sign in running text stays
        ("trước I4 giờ 00 ngày 29/7/2020", "trước 14 giờ 00 ngày 29/7/2020"),  # a clock time's hour
        ("trước l0 giờ, ngày", "trước 10 giờ, ngày"),
        ("Chương I giờ học", "Chương I giờ học"),  # a lone I stays
    ],
)
def test_ocr_slips_in_dates_and_numbers(read, meant):
    assert " ".join(correct_numbers(read.split())) == meant


def _line(text: str, y: int) -> list[RawWord]:
    return [RawWord(t, 10 + 60 * i, y, 60 + 60 * i, y + 20, 0.9) for i, t in enumerate(text.split())]


def test_a_preamble_clause_ending_in_a_comma_gets_its_semicolon():
    lines = [_line(t, 30 * i) for i, t in enumerate([
        "-_ Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02",
        "năm 2025,",
        "Căn cứ Nghị định số 39/2022/NĐ-CP,",
        "Theo đề nghị của Bộ trưởng Bộ Tài chính,",
        "QUYẾT ĐỊNH:",
        "Điều 1. Phê duyệt danh sách các xã, phường,",
        "Căn cứ vào kết quả",
    ])]
    texts = [" ".join(w.text for w in line) for line in correct_clause_ends(lines)]
    assert texts[1] == "năm 2025;" and texts[2] == "Căn cứ Nghị định số 39/2022/NĐ-CP;"
    assert texts[3] == "Theo đề nghị của Bộ trưởng Bộ Tài chính,"  # the last clause: "." or "," is the page's
    assert texts[5].endswith("phường,")  # a body line, no preamble clause open


def test_a_lettered_list_read_8_for_a_gets_its_a_back():
    def line(y: float, *texts: str) -> list[RawWord]:
        return [RawWord(t, 100 + 80 * k, y, 170 + 80 * k, y + 30, 0.9) for k, t in enumerate(texts)]

    lines = [line(0, "8)", "Chủ", "trì,", "phối", "hợp"), line(40, "thực", "địa."), line(80, "b)", "Chỉ", "đạo")]
    assert [ln[0].text for ln in correct_lines(lines)] == ["a)", "thực", "b)"]
    numbered = [line(0, "8)", "Chủ", "trì"), line(40, "9)", "Chỉ", "đạo")]  # an eighth item stays the eighth
    assert [ln[0].text for ln in correct_lines(numbered)] == ["8)", "9)"]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Đi với các cơ quan", "Đối với các cơ quan"),  # a letter dropped; "với" calls for "Đối"
        ("các đơn vị cơ trách nhiệm", "các đơn vị có trách nhiệm"),  # "cơ" fits neither neighbour
        ("tổ chức thỉ hành", "tổ chức thi hành"),
        ("có hiệu lực thi hành kê từ ngày ký.", "có hiệu lực thi hành kể từ ngày ký."),
        ("Chuyên viên, mã sô 01.003, bậc 5/9", "Chuyên viên, mã số 01.003, bậc 5/9"),  # a syllable no text uses
        ("thẩm quyền gải quyết", "thẩm quyền giải quyết"),  # no syllable: a letter missing
        ("hạn chê tai nạn giao thông", "hạn chế tai nạn giao thông"),  # "tai" judged beside "chê" as read ("chế tài")
    ],
)
def test_the_neighbours_decide_a_misread_one_letter_away(read, meant):
    assert _fix(read) == meant


@pytest.mark.parametrize(
    "line",
    [
        "Đi công tác nước ngoài",
        "của Thủ đô Hà Nội",  # a compound keeps a syllable few texts use
        "Cơ sở dữ liệu quốc gia",
        "đối với bà Lê Thị Hoa",  # before a name
        "bổ nhiệm vào ngạch Thanh tra viên",
        "kinh doanh xăng dầu, chủ cơ sở",  # not across punctuation
        "Cửa hàng xăng dầu Long Phụng",
        "đăng ký của chủ xe đã được",  # "xe" is in use though the prose sample lacks it ("chủ xã", "xã đã")
        "Hiệu trưởng các trường THPT, trường trực thuộc;",  # one neighbour past a comma is no line's start
        "dâu được sửa đổi",  # a line's first word, one neighbour: another letter ("dân được") is no evidence
    ],
)
def test_the_neighbour_test_leaves_fitting_words_alone(line):
    assert _fix(line) == line
