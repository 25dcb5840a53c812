"""Structures of real plans and Chỉ thị (extractor/rules/assignments.py) that heldout-real17 showed the rules did not read.

- A plan's topic sections that list who leads and who helps (``2. Cơ quan chủ trì, phối hợp`` / ``a) Cơ quan chủ
  trì`` / ``- Sở X.``) under the topic's measures: the role labels head lists of bodies, with no task under them —
  fields of the topic, no agency blocks (contract §2; the ruling for heldout-real17 rh17_02, as the ``- Đơn vị chủ
  trì: …`` rows of an activity). The duties section's body headings are still the blocks.

Every name, number and date here is invented.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


DUTIES = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Văn hóa và Thể thao\n\n"
          "Chủ trì, hướng dẫn các huyện triển khai Kế hoạch; tổng hợp kết quả thực hiện.\n\n"
          "2. Ủy ban nhân dân các huyện\n\n- Xây dựng kế hoạch chi tiết của địa phương.\n\n"
          "- Bố trí kinh phí thực hiện.")
DUTY_BLOCKS = [block("Sở Văn hóa và Thể thao",
                     "Chủ trì, hướng dẫn các huyện triển khai Kế hoạch; tổng hợp kết quả thực hiện."),
               block("Ủy ban nhân dân các huyện", "Xây dựng kế hoạch chi tiết của địa phương.",
                     "Bố trí kinh phí thực hiện.")]

ROLE_LISTS = [
    ("lead-and-partner-sub-headings",
     "I. TUYÊN TRUYỀN VỀ DI SẢN VĂN HÓA\n\n1. Nội dung, biện pháp\n\n"
     "a) Tổ chức các chuyên mục về di sản trên báo, đài địa phương;\n\n"
     "b) In tờ rơi giới thiệu các di tích của tỉnh.\n\n"
     "2. Cơ quan chủ trì, phối hợp\n\na) Cơ quan chủ trì\n\n- Sở Văn hóa và Thể thao.\n\n"
     "- Đài Phát thanh và Truyền hình tỉnh; Báo Hà Trung.\n\nb) Cơ quan phối hợp\n\n"
     "- Ủy ban Mặt trận Tổ quốc tỉnh và các đoàn thể.\n\n"
     "3. Thời gian thực hiện: Từ tháng 3/2026 trở đi.\n\n"
     "II. BẢO TỒN DI TÍCH\n\n1. Nội dung, biện pháp\n\na) Kiểm kê các di tích xuống cấp;\n\n"
     "2. Chủ trì thực hiện\n\n- Sở Văn hóa và Thể thao.\n\n- Ủy ban nhân dân các huyện, thị xã.\n\n"
     "3. Thời gian thực hiện: Năm 2026.\n\n" + DUTIES),
    ("lead-list-and-inline-lead",
     "I. CHUYỂN ĐỔI SỐ TRONG NGÀNH Y TẾ\n\n1. Nội dung\n\n- Triển khai bệnh án điện tử tại các bệnh viện.\n\n"
     "2. Cơ quan chủ trì, thực hiện\n\na) Cơ quan chủ trì: Sở Y tế; Sở Khoa học và Công nghệ.\n\n"
     "b) Đơn vị thực hiện: Các bệnh viện tuyến tỉnh.\n\n"
     "3. Thời gian thực hiện: Quý II/2026.\n\n"
     "II. KIỂM TRA, SƠ KẾT\n\n1. Nội dung\n\n- Sơ kết 6 tháng thực hiện Kế hoạch.\n\n"
     "2. Cơ quan chủ trì\n\n- Sở Y tế.\n\n- Các sở, ngành liên quan.\n\n" + DUTIES),
]


@pytest.mark.parametrize("row_id,body", table(ROLE_LISTS))
def test_role_labels_over_lists_of_bodies_are_no_blocks(row_id, body):
    check_field(row_id, directive(body=body), "assignments", DUTY_BLOCKS)
