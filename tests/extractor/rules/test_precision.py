"""Precision: structures that made the rules state a value the document does not give (rules11c).

Each row is an invented phrasing of one structure met in real directives; the rule must not produce the false
value (or must withhold it with a warning). Names, numbers and dates are fresh.
"""

from __future__ import annotations

import pytest
from extractor_helpers import directive, record_of

LEAD = "I. MỤC ĐÍCH\n- Bảo đảm thực hiện đúng chính sách.\n\n"

# A group heading whose duties all sit under its sub-numbered agency headings assigns nothing itself.
GROUP_HEADINGS = [
    ("doi-voi-cac-cap",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Đối với Ủy ban nhân dân các cấp\n1.1. Ủy ban nhân dân huyện:\n"
     "- Chỉ đạo rà soát hồ sơ đề nghị hỗ trợ.\n1.2. Ủy ban nhân dân xã:\n- Lập danh sách hộ được hỗ trợ.\n"
     "2. Các Sở, ngành có liên quan\n2.1. Sở Tài chính:\n- Bố trí kinh phí thực hiện.\n"),
     ["Ủy ban nhân dân huyện", "Ủy ban nhân dân xã", "Sở Tài chính"]),
    ("cac-phong-ban",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Các phòng chuyên môn\n1.1. Phòng Nội vụ:\n- Tham mưu khen thưởng.\n"
     "1.2. Phòng Tài chính - Kế hoạch:\n- Thẩm định dự toán.\n"),
     ["Phòng Nội vụ", "Phòng Tài chính - Kế hoạch"]),
    ("cac-don-vi-truong-hoc",
     ("III. TỔ CHỨC THỰC HIỆN\n2. Các đơn vị trường học\n2.1. Trường THCS Nghĩa Hòa:\n- Cử 05 học sinh dự thi.\n"
     "2.2. Trường Tiểu học Nghĩa Lâm:\n- Chuẩn bị phòng thi.\n"),
     ["Trường THCS Nghĩa Hòa", "Trường Tiểu học Nghĩa Lâm"]),
]


@pytest.mark.parametrize(("name", "body", "agencies"), GROUP_HEADINGS, ids=[r[0] for r in GROUP_HEADINGS])
def test_group_heading_is_no_block(name: str, body: str, agencies: list[str]) -> None:
    blocks = record_of(directive(body=LEAD + body))["assignments"]
    assert [b["agency"] for b in blocks] == agencies
    assert all(b["tasks"] for b in blocks)


PREAMBLE_END = "\n\nPhòng Giáo dục và Đào tạo huyện Sơn Tịnh xây dựng Kế hoạch như sau:"

# Two laws cited by name, the second amending the first, joined by "và": two citations, the date the second's.
# (Only inside an amending title — "… của Luật A và Luật B" — are laws after "và" named inside one citation.)
LAWS_JOINED = [
    ("thi-dua", ("Căn cứ Luật Thi đua, khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng "
                "ngày 16/11/2013;"), "Luật Thi đua, khen thưởng", "2013-11-16"),
    ("dat-dai", "Căn cứ Luật Đất đai và Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 29/6/2024;",
     "Luật Đất đai", "2024-06-29"),
    ("chinh-quyen", ("Căn cứ Luật Tổ chức chính quyền địa phương và Luật sửa đổi, bổ sung một số điều của Luật Tổ chức "
                    "chính quyền địa phương ngày 22/11/2019;"), "Luật Tổ chức chính quyền địa phương", "2019-11-22"),
]


@pytest.mark.parametrize(("name", "preamble", "first", "date"), LAWS_JOINED, ids=[r[0] for r in LAWS_JOINED])
def test_a_law_and_its_amending_law_are_two_citations(name: str, preamble: str, first: str, date: str) -> None:
    cited = record_of(directive(preamble=preamble + PREAMBLE_END))["parent_directives"]
    assert [(c["subject"], c["issue_date"], c["number"]) for c in cited] == [
        (first, None, None), (f"Luật sửa đổi, bổ sung một số điều của {first}", date, None)]


# The number written after an amending text's title, right before its date and of the same year, is the amending
# text's own; a number of another year there is the amended law's (left out).
AMENDING_NUMBERS = [
    ("phap-lenh", ("Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Công an xã số 07/2014/PL-UBTVQH13 "
                  "ngày 20/3/2014 của Ủy ban Thường vụ Quốc hội;"), "07/2014/PL-UBTVQH13", "2014-03-20"),
    ("luat", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 44/2009/QH12 ngày 25/11/2009;",
     "44/2009/QH12", "2009-11-25"),
    ("other-year", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Báo chí số 103/2016/QH13 ngày 08/7/2021;",
     None, "2021-07-08"),
]


@pytest.mark.parametrize(("name", "preamble", "number", "date"), AMENDING_NUMBERS, ids=[r[0] for r in AMENDING_NUMBERS])
def test_an_amending_texts_own_number(name: str, preamble: str, number: str | None, date: str) -> None:
    cited = record_of(directive(preamble=preamble + PREAMBLE_END))["parent_directives"]
    assert [(c["number"], c["issue_date"]) for c in cited] == [(number, date)]


# A letter's writer telling what it does itself ("Cục Thuế có kế hoạch …") assigns nothing; whom it asks is a block.
WRITER_TELLS = [
    ("cuc-thue", "BỘ TÀI CHÍNH\nCỤC THUẾ", ("Cục Thuế có kế hoạch nâng cấp hệ thống khai thuế điện tử từ 20h00 ngày "
                                          "14/3/2026 đến 06h00 ngày 15/3/2026.")),
    ("so-y-te", "UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ", ("Sở Y tế tổ chức tập huấn phòng chống dịch bệnh vào ngày 10/3/2026 "
                                               "tại Hội trường Sở.")),
    ("ubnd-xa", "UBND HUYỆN SƠN TỊNH\nỦY BAN NHÂN DÂN XÃ TỊNH HÀ", ("Ủy ban nhân dân xã Tịnh Hà sẽ tạm dừng tiếp công "
                                                                  "dân trong ngày 05/02/2026 để tổng vệ sinh trụ sở.")),
]


@pytest.mark.parametrize(("name", "issuer", "told"), WRITER_TELLS, ids=[r[0] for r in WRITER_TELLS])
def test_the_writer_telling_what_it_does_is_no_block(name: str, issuer: str, told: str) -> None:
    header = (f"{issuer}\nSố: 83/TB-XX\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Quảng Ngãi, ngày 02 tháng 3 năm 2026")
    body = told + "\nĐề nghị các đơn vị trực thuộc chủ động bố trí công việc phù hợp trong thời gian trên."
    blocks = record_of(directive(header=header, title="THÔNG BÁO\nVề việc tạm dừng hoạt động", preamble="",
                                 body=body))["assignments"]
    assert [b["agency"] for b in blocks] == ["các đơn vị trực thuộc"]
