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
