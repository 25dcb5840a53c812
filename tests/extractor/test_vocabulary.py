"""The genre's vocabulary has one home (extractor/rules/data/vocabulary.yaml): every stage knows every word."""

from __future__ import annotations

import pytest

from extractor import vocabulary
from extractor.normalise import normalise
from extractor.segment import segment

TITLES = vocabulary.WORDS["signer_titles"]


@pytest.mark.parametrize("title", TITLES)
def test_every_signer_title_ends_the_body_and_is_never_seal_noise(title):
    assert vocabulary.SIGNER_TITLE.match(title) and vocabulary.SIGNER_LINE.match(title)
    text = (f"KẾ HOẠCH\nTổ chức hội thi\n\n1. Mục đích\n- Nâng cao chất lượng dạy học trong toàn trường.\n\n"
            f"{title}\n\nNguyễn Văn An\n")
    seg = segment(normalise(text).text)
    assert [ln.text for ln in seg.closing][:1] == [title]


@pytest.mark.parametrize("delegation", vocabulary.WORDS["delegations"])
def test_every_delegation_opens_a_signature_block_in_both_stages(delegation):
    line = f"{delegation}. CHỦ TỊCH"
    assert vocabulary.AUTHORITY.match(line) and vocabulary.SIGNER_LINE.match(line)
    assert vocabulary.AUTHORITY.match(f"{delegation} GIÁM ĐỐC")
    assert vocabulary.NEW_PARAGRAPH.match(line) and vocabulary.HEADING_LIKE.match(line)


@pytest.mark.parametrize("cue", vocabulary.WORDS["citation_cues"])
def test_every_citation_cue_is_a_citation_for_every_stage(cue):
    line = f"{cue} Kế hoạch số 12/KH-UBND ngày 02/3/2024 của Ủy ban nhân dân huyện"
    for pattern in (vocabulary.CITATION, vocabulary.PREAMBLE_CITATION, vocabulary.LEAD_CLAUSE,
                    vocabulary.NEW_PARAGRAPH):
        assert pattern.match(line), pattern.pattern


def test_a_preamble_only_cue_does_not_end_a_title():
    seg = segment("KẾ HOẠCH\nTriển khai Tuần lễ học tập suốt đời năm 2024\n\nCăn cứ Luật Giáo dục năm 2019;\n")
    assert [ln.text for ln in seg.title] == ["KẾ HOẠCH", "Triển khai Tuần lễ học tập suốt đời năm 2024"]
    assert vocabulary.PREAMBLE_CITATION.match("Triển khai Kế hoạch số 5/KH-SGDĐT")


@pytest.mark.parametrize("name", list(vocabulary.TYPE_NAMES))
def test_every_type_name_is_a_heading_never_seal_noise(name):
    assert vocabulary.HEADING_LIKE.match(name) and vocabulary.TYPE_LINE.match(name)


@pytest.mark.parametrize("line,group", [
    ("IV- TỔ CHỨC THỰC HIỆN", "roman"),
    ("II – NỘI DUNG", "roman"),
    ("IV. TỔ CHỨC THỰC HIỆN", "roman"),
    ("C. TỔ CHỨC THỰC HIỆN", "part"),
    ("A. MỤC ĐÍCH, YÊU CẦU", "part"),
    ("a. Bộ Nông nghiệp ban hành", "letter"),
    ("V - Lê Văn Tám", None),  # a dash before a name in lower case: no section
    ("A. Nguyễn Văn An", None),  # a person's initial, no part
    ("PHẦN III. TỔ CHỨC THỰC HIỆN", "part"),  # a plan's parts numbered over its roman sections
    ("Phần II: Nội dung thực hiện", "part"),
    ("PHẦN I - MỤC ĐÍCH, YÊU CẦU", "part"),
    ("Phần lớn các trường đã hoàn thành", None),  # "most of": no part
])
def test_section_markers_in_the_genres_forms(line, group):
    m = vocabulary.MARKER.match(line)
    assert (m.lastgroup if m else None) == group


@pytest.mark.parametrize(("text", "stroke", "expected"), [
    ("Ủy ban nhân dân", True, "Uy ban nhan dan"),
    ("ĐỘNG đất", True, "ĐONG đat"),
    ("ĐỘNG đất", False, "DONG dat"),
    ("THỦ TƯỚNG", False, "THU TUONG"),
])
def test_unmarked_is_the_one_home_of_mark_stripping(text, stroke, expected):
    assert vocabulary.unmarked(text, stroke=stroke) == expected
