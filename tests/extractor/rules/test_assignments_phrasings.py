"""Assignments in the genre's many phrasings (extractor/rules/assignments.py), each tried in a short invented document.

The table of the ways a directive hands out tasks — the section's title ("Tổ chức thực hiện", "Trách nhiệm thực
hiện", "Phân công nhiệm vụ"), the agency heading in every form ("1. Sở Y tế", "1. Sở Y tế:", "a) Sở Y tế",
"- Sở Y tế:", "**Sở Y tế**", "Giao Sở Y tế:", a run-in "Sở Y tế chủ trì …", "Đề nghị Ủy ban Mặt trận … phối hợp …",
plural bodies), the tasks in every form (dashes, "+", "a)", "(1) … (2) …", one paragraph with ";", a table of lead
bodies), the genres (a Chỉ thị's duties per agency, a Công văn's "đề nghị … cụ thể như sau:", a Thông báo kết luận's
"Giao X …; Y …", a Quyết định's execution article) and what is no block (aims, activities without a body, a
"Cơ quan thực hiện:" row, the writer's own promises, a closing exhortation, a complainant's "yêu cầu"). The expected
blocks are written by the contract (§2 ``assignments``) and the dev sets' rulings, not read off the extractor.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table

# aims and activities with no body: never a block (contract §2: "Lists of suggested activities with no agency")
LEAD = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của người dân về phòng, chống dịch bệnh.\n"
        "2. Huy động cả hệ thống chính trị vào cuộc.\n\n"
        "II. NỘI DUNG\n1. Tổ chức lễ ra quân vệ sinh môi trường.\n2. Tuyên truyền trên loa phát thanh.\n\n")


def sec(*lines: str) -> str:
    return "\n".join(lines)


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


# the agency heading in every form, tasks as dashes, '+', letters
HEADINGS = [
    ("numbered-plain",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "- Bảo đảm đủ vắc xin.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng.", "Bảo đảm đủ vắc xin."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("numbered-colon",
     sec(
         "III. TRÁCH NHIỆM THỰC HIỆN",
         "1. Sở Y tế:",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Thông tin và Truyền thông:",
         "- Hướng dẫn các cơ quan báo chí tuyên truyền."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Thông tin và Truyền thông", "Hướng dẫn các cơ quan báo chí tuyên truyền.")]),
    ("lettered-headings",
     sec(
         "III. PHÂN CÔNG NHIỆM VỤ",
         "a) Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "b) Công an tỉnh",
         "- Bảo đảm an ninh trật tự tại các điểm tiêm."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Công an tỉnh", "Bảo đảm an ninh trật tự tại các điểm tiêm.")]),
    ("dash-headings-colon",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "- Sở Y tế:",
         "+ Chủ trì tổ chức chiến dịch tiêm chủng;",
         "+ Bảo đảm đủ vắc xin.",
         "- Sở Tài chính:",
         "+ Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng", "Bảo đảm đủ vắc xin."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("bold-headings",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "**Sở Y tế**",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "**Sở Tài chính**",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("run-in-chu-tri",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế chủ trì, phối hợp với các địa phương tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch."),
     [block("Sở Y tế", "chủ trì, phối hợp với các địa phương tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "bố trí kinh phí thực hiện Kế hoạch.")]),
    ("giao-colon-dashes",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Giao Sở Y tế:",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "- Bảo đảm đủ vắc xin.",
         "2. Giao Sở Tài chính:",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng.", "Bảo đảm đủ vắc xin."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("de-nghi-run-in",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động Nhân dân tham gia."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "phối hợp tuyên truyền, vận động Nhân dân tham gia.")]),
    ("plural-body-colon",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Ủy ban nhân dân các huyện, thị xã, thành phố:",
         "- Chỉ đạo các xã tổ chức ra quân;",
         "- Bố trí lực lượng hỗ trợ."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block(
          "Ủy ban nhân dân các huyện, thị xã, thành phố",
          "Chỉ đạo các xã tổ chức ra quân",
          "Bố trí lực lượng hỗ trợ.")]),
    ("cac-so-ban-nganh",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Các sở, ban, ngành, đoàn thể tỉnh",
         "- Phổ biến Kế hoạch đến cán bộ, công chức, viên chức."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Các sở, ban, ngành, đoàn thể tỉnh", "Phổ biến Kế hoạch đến cán bộ, công chức, viên chức.")]),
    ("don-vi-truc-thuoc",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Văn phòng Sở",
         "- Tham mưu tổ chức lễ phát động.",
         "2. Các đơn vị trực thuộc",
         "- Quán triệt nội dung Kế hoạch đến viên chức, người lao động."),
     [block("Văn phòng Sở", "Tham mưu tổ chức lễ phát động."),
      block("Các đơn vị trực thuộc", "Quán triệt nội dung Kế hoạch đến viên chức, người lao động.")]),
    ("de-nghi-mat-tran-phoi-hop",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         ("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên "
          "truyền, vận động đoàn viên, hội viên tham gia.")),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block(
          "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
          "phối hợp tuyên truyền, vận động đoàn viên, hội viên tham gia.")]),
    ("plus-tasks-under-numbered",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Giáo dục và Đào tạo",
         "+ Hướng dẫn các trường tổ chức hoạt động.",
         "+ Tổng hợp kết quả.",
         "2. Phòng Văn hóa và Thông tin",
         "+ Tuyên truyền trên cổng thông tin điện tử huyện."),
     [block("Phòng Giáo dục và Đào tạo", "Hướng dẫn các trường tổ chức hoạt động.", "Tổng hợp kết quả."),
      block("Phòng Văn hóa và Thông tin", "Tuyên truyền trên cổng thông tin điện tử huyện.")]),
    ("letter-tasks",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Giáo dục và Đào tạo",
         "a) Hướng dẫn các trường tổ chức hoạt động.",
         "b) Tổng hợp kết quả.",
         "2. Phòng Văn hóa và Thông tin",
         "a) Tuyên truyền trên cổng thông tin điện tử huyện."),
     [block("Phòng Giáo dục và Đào tạo", "Hướng dẫn các trường tổ chức hoạt động.", "Tổng hợp kết quả."),
      block("Phòng Văn hóa và Thông tin", "Tuyên truyền trên cổng thông tin điện tử huyện.")]),
    ("semicolon-paragraph",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Giáo dục và Đào tạo: hướng dẫn các trường tổ chức hoạt động; tổng hợp kết quả báo cáo UBND huyện.",
         "2. Phòng Văn hóa và Thông tin: tuyên truyền trên cổng thông tin điện tử huyện."),
     [block(
          "Phòng Giáo dục và Đào tạo",
          "hướng dẫn các trường tổ chức hoạt động; tổng hợp kết quả báo cáo UBND huyện."),
      block("Phòng Văn hóa và Thông tin", "tuyên truyền trên cổng thông tin điện tử huyện.")]),
    ("giao-dashes-no-number",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "Giao Phòng Giáo dục và Đào tạo:",
         "- Hướng dẫn các trường tổ chức hoạt động;",
         "- Tổng hợp kết quả.",
         "Giao Phòng Văn hóa và Thông tin:",
         "- Tuyên truyền trên cổng thông tin điện tử huyện."),
     [block("Phòng Giáo dục và Đào tạo", "Hướng dẫn các trường tổ chức hoạt động", "Tổng hợp kết quả."),
      block("Phòng Văn hóa và Thông tin", "Tuyên truyền trên cổng thông tin điện tử huyện.")]),
    ("sub-numbered-with-colon",
     sec(
         "IV. TỔ CHỨC THỰC HIỆN",
         "4.1. Phòng Giáo dục và Đào tạo:",
         "- Hướng dẫn các trường tổ chức hoạt động.",
         "4.2. Ủy ban nhân dân các xã, thị trấn:",
         "- Chỉ đạo tổ chức lễ ra quân."),
     [block("Phòng Giáo dục và Đào tạo", "Hướng dẫn các trường tổ chức hoạt động."),
      block("Ủy ban nhân dân các xã, thị trấn", "Chỉ đạo tổ chức lễ ra quân.")]),
    ("trach-nhiem-cua-heading",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Trách nhiệm của Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Trách nhiệm của Ủy ban nhân dân cấp huyện",
         "- Chỉ đạo các xã tổ chức ra quân."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Ủy ban nhân dân cấp huyện", "Chỉ đạo các xã tổ chức ra quân.")]),
    ("doi-voi-numbered",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Đối với Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Đối với Ủy ban nhân dân các xã, phường",
         "- Chỉ đạo tổ chức ra quân."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Ủy ban nhân dân các xã, phường", "Chỉ đạo tổ chức ra quân.")]),
    ("co-trach-nhiem-colon",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế có trách nhiệm:",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "- Bảo đảm đủ vắc xin.",
         "2. Sở Tài chính có trách nhiệm:",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế có trách nhiệm", "Chủ trì tổ chức chiến dịch tiêm chủng.", "Bảo đảm đủ vắc xin."),
      block("Sở Tài chính có trách nhiệm", "Bố trí kinh phí thực hiện.")]),
    ("school-roles",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Ban Giám hiệu",
         "- Xây dựng kế hoạch và phân công nhiệm vụ.",
         "2. Tổ chuyên môn",
         "- Hướng dẫn học sinh viết bài dự thi.",
         "3. Giáo viên chủ nhiệm",
         "- Tuyên truyền đến cha mẹ học sinh.",
         "4. Liên đội",
         "- Phát động phong trào trong học sinh."),
     [block("Ban Giám hiệu", "Xây dựng kế hoạch và phân công nhiệm vụ."),
      block("Tổ chuyên môn", "Hướng dẫn học sinh viết bài dự thi."),
      block("Giáo viên chủ nhiệm", "Tuyên truyền đến cha mẹ học sinh."),
      block("Liên đội", "Phát động phong trào trong học sinh.")]),
    ("roman-subsection-agencies",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Giáo dục và Đào tạo",
         "- Hướng dẫn các trường tổ chức hoạt động.",
         "2. Phòng Y tế",
         "- Kiểm tra an toàn thực phẩm.",
         "3. Trung tâm Văn hóa, Thông tin và Thể thao",
         "- Trang trí khánh tiết."),
     [block("Phòng Giáo dục và Đào tạo", "Hướng dẫn các trường tổ chức hoạt động."),
      block("Phòng Y tế", "Kiểm tra an toàn thực phẩm."),
      block("Trung tâm Văn hóa, Thông tin và Thể thao", "Trang trí khánh tiết.")]),
    ("uppercase-headings",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. SỞ Y TẾ",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. SỞ TÀI CHÍNH",
         "- Bố trí kinh phí thực hiện."),
     [block("SỞ Y TẾ", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("SỞ TÀI CHÍNH", "Bố trí kinh phí thực hiện.")]),
    ("unnumbered-bare-headings",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "Sở Tài chính",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("abbrev-bodies",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng GD&ĐT",
         "- Hướng dẫn các trường tổ chức hoạt động.",
         "2. UBND các xã, thị trấn",
         "- Chỉ đạo tổ chức ra quân.",
         "3. Trung tâm VH-TT&TT huyện",
         "- Trang trí khánh tiết."),
     [block("Phòng GD&ĐT", "Hướng dẫn các trường tổ chức hoạt động."),
      block("UBND các xã, thị trấn", "Chỉ đạo tổ chức ra quân."),
      block("Trung tâm VH-TT&TT huyện", "Trang trí khánh tiết.")]),
    ("hoi-doan-the",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Hội Liên hiệp Phụ nữ huyện",
         "- Vận động hội viên tham gia.",
         "2. Huyện đoàn",
         "- Thành lập đội thanh niên tình nguyện.",
         "3. Hội Cựu chiến binh huyện",
         "- Tuyên truyền trong hội viên."),
     [block("Hội Liên hiệp Phụ nữ huyện", "Vận động hội viên tham gia."),
      block("Huyện đoàn", "Thành lập đội thanh niên tình nguyện."),
      block("Hội Cựu chiến binh huyện", "Tuyên truyền trong hội viên.")]),
    ("ban-to-chuc-tieu-ban",
     sec(
         "III. PHÂN CÔNG NHIỆM VỤ",
         "1. Tiểu ban Nội dung",
         "- Xây dựng kịch bản chương trình.",
         "2. Tiểu ban Hậu cần",
         "- Chuẩn bị cơ sở vật chất."),
     [block("Tiểu ban Nội dung", "Xây dựng kịch bản chương trình."),
      block("Tiểu ban Hậu cần", "Chuẩn bị cơ sở vật chất.")]),
    ("giao-heading-no-colon-then-dashes",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Giao Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Giao Sở Tài chính",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("ubnd-runin-with-dashes",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Ủy ban nhân dân các huyện, thành phố căn cứ tình hình thực tế:",
         "- Xây dựng kế hoạch của địa phương;",
         "- Bố trí lực lượng hỗ trợ."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Ủy ban nhân dân các huyện, thành phố", "Xây dựng kế hoạch của địa phương", "Bố trí lực lượng hỗ trợ.")]),
]

# tasks run in, counted inline, in a table; rows and aims that name no block
TASK_FORMS = [
    ("md-table",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |",
         "|---|---|---|---|---|",
         "| 1 | Tổ chức lễ ra quân | Sở Y tế | UBND các huyện | Tháng 5/2024 |",
         "| 2 | Bố trí kinh phí | Sở Tài chính | Sở Y tế | Tháng 4/2024 |"),
     [block("Sở Y tế", "Tổ chức lễ ra quân"),
      block("Sở Tài chính", "Bố trí kinh phí")]),
    ("inline-counted",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế: (1) chủ trì tổ chức chiến dịch tiêm chủng; (2) bảo đảm đủ vắc xin; (3) tổng hợp kết quả.",
         "2. Sở Tài chính: bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "chủ trì tổ chức chiến dịch tiêm chủng", "bảo đảm đủ vắc xin", "tổng hợp kết quả."),
      block("Sở Tài chính", "bố trí kinh phí thực hiện.")]),
    ("dash-runin-bodies",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "- Sở Y tế chủ trì tổ chức chiến dịch tiêm chủng, bảo đảm đủ vắc xin.",
         "- Sở Tài chính bố trí kinh phí thực hiện.",
         "- Công an tỉnh bảo đảm an ninh trật tự tại các điểm tiêm."),
     [block("Sở Y tế", "chủ trì tổ chức chiến dịch tiêm chủng, bảo đảm đủ vắc xin."),
      block("Sở Tài chính", "bố trí kinh phí thực hiện."),
      block("Công an tỉnh", "bảo đảm an ninh trật tự tại các điểm tiêm.")]),
    ("pipe-table-no-stt",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành",
         "Tổ chức lễ ra quân | Sở Y tế | UBND các huyện | Tháng 5/2024",
         "Bố trí kinh phí | Sở Tài chính | Sở Y tế | Tháng 4/2024"),
     [block("Sở Y tế", "Tổ chức lễ ra quân"),
      block("Sở Tài chính", "Bố trí kinh phí")]),
    ("co-quan-thuc-hien-rows",
     sec(
         "III. NỘI DUNG HOẠT ĐỘNG",
         "1. Tổ chức lễ phát động",
         "- Thời gian: tháng 5/2024.",
         "- Cơ quan thực hiện: Sở Y tế.",
         "2. Tổ chức hội thi",
         "- Thời gian: tháng 6/2024.",
         "- Đơn vị thực hiện: Sở Văn hóa, Thể thao và Du lịch."),
     []),
    ("de-nghi-cac-don-vi-cu-the",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "Đề nghị các đơn vị trực thuộc triển khai thực hiện một số nội dung cụ thể như sau:",
         "- Quán triệt đến viên chức nội dung Kế hoạch;",
         "- Cử cán bộ tham gia lễ ra quân."),
     [block("các đơn vị trực thuộc", "Quán triệt đến viên chức nội dung Kế hoạch", "Cử cán bộ tham gia lễ ra quân.")]),
    ("chu-tri-phoi-hop-lines",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Tổ chức lễ phát động",
         "- Đơn vị chủ trì: Sở Y tế.",
         "- Đơn vị phối hợp: các sở, ngành.",
         "- Thời gian: tháng 5/2024.",
         "2. Tổ chức hội thi",
         "- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
         "- Thời gian: tháng 6/2024."),
     []),
]

# closing exhortations after the duties ask everyone to carry the text out: no block (contract §2 ruling)
CLOSINGS = [
    ("closing-exhortation",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Giáo dục và Đào tạo",
         "- Hướng dẫn các trường tổ chức hoạt động.",
         "2. Phòng Văn hóa và Thông tin",
         "- Tuyên truyền trên cổng thông tin điện tử huyện.",
         "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện Kế hoạch này."),
     [block("Phòng Giáo dục và Đào tạo", "Hướng dẫn các trường tổ chức hoạt động."),
      block("Phòng Văn hóa và Thông tin", "Tuyên truyền trên cổng thông tin điện tử huyện.")]),
    ("closing-difficulty",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Giáo dục và Đào tạo",
         "- Hướng dẫn các trường tổ chức hoạt động.",
         "2. Phòng Văn hóa và Thông tin",
         "- Tuyên truyền trên cổng thông tin điện tử huyện.",
         "",
         ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Phòng Nội vụ để tổng hợp, "
          "báo cáo.")),
     [block("Phòng Giáo dục và Đào tạo", "Hướng dẫn các trường tổ chức hoạt động."),
      block("Phòng Văn hóa và Thông tin", "Tuyên truyền trên cổng thông tin điện tử huyện.")]),
    ("exh-yeu-cau-nghiem-tuc-chi-thi",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện.",
         ("Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố nghiêm túc thực hiện "
          "Kế hoạch này.")),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("exh-de-nghi-noi-dung-tren",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện.",
         "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện các nội dung trên./."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("exh-numbered",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện.",
         "3. Yêu cầu các sở, ban, ngành, địa phương nghiêm túc thực hiện Kế hoạch này."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("exh-khan-truong",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện.",
         ("Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị khẩn trương triển khai thực hiện nghiêm túc Kế hoạch "
          "này./.")),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("exh-to-chuc-thuc-hien-tot",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện.",
         ("Đề nghị các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao tổ chức thực hiện có hiệu quả Kế hoạch "
          "này./.")),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("exh-numbered-de-nghi-cong-van",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện.",
         "3. Đề nghị các cơ quan, đơn vị, địa phương thực hiện nghiêm túc Công văn này./."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("numbered-de-nghi-real-duty-stays",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện.",
         "3. Đề nghị các xã, thị trấn tổ chức ra quân vệ sinh môi trường."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện."),
      block("các xã, thị trấn", "tổ chức ra quân vệ sinh môi trường.")]),
]

# a 'Giao' sentence whose ';' clauses each open with another body and its verb hands each body its duty; a ';' that
# goes on with the partners of 'phối hợp với' does not
GIAO_CLAUSES = [
    ("giao-plus-semicolon-split",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         ("Giao Sở Y tế chủ trì tổ chức chiến dịch tiêm chủng; Sở Tài chính bố trí kinh phí thực hiện; Công an tỉnh "
          "bảo đảm an ninh trật tự.")),
     [block("Sở Y tế", "chủ trì tổ chức chiến dịch tiêm chủng"),
      block("Sở Tài chính", "bố trí kinh phí thực hiện"),
      block("Công an tỉnh", "bảo đảm an ninh trật tự.")]),
    ("giao-partners-semicolon-no-split",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         ("Giao Sở Y tế chủ trì, phối hợp với các sở, ngành; Ủy ban nhân dân các huyện; các cơ quan, đơn vị có liên "
          "quan triển khai thực hiện Kế hoạch này.")),
     [block(
          "Sở Y tế",
          ("chủ trì, phối hợp với các sở, ngành; Ủy ban nhân dân các huyện; các cơ quan, đơn vị có liên quan triển "
           "khai thực hiện Kế hoạch này."))]),
    ("giao-numbered-semicolon-split",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         ("1. Giao Công an tỉnh bảo đảm an ninh trật tự tại các điểm thi; Bộ Chỉ huy Quân sự tỉnh hỗ trợ lực lượng "
          "dân quân."),
         "2. Giao Sở Tài chính bố trí kinh phí thực hiện."),
     [block("Công an tỉnh", "bảo đảm an ninh trật tự tại các điểm thi"),
      block("Bộ Chỉ huy Quân sự tỉnh", "hỗ trợ lực lượng dân quân."),
      block("Sở Tài chính", "bố trí kinh phí thực hiện.")]),
    ("giao-phong-semicolon-split",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         ("Giao Phòng Văn hóa và Thông tin xây dựng kịch bản; Phòng Y tế kiểm tra an toàn thực phẩm; Trung tâm Văn "
          "hóa huyện trang trí khánh tiết.")),
     [block("Phòng Văn hóa và Thông tin", "xây dựng kịch bản"),
      block("Phòng Y tế", "kiểm tra an toàn thực phẩm"),
      block("Trung tâm Văn hóa huyện", "trang trí khánh tiết.")]),
    ("giao-semicolon-second-task-of-same-body",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "Giao Sở Y tế chủ trì tổ chức chiến dịch tiêm chủng; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh."),
     [block("Sở Y tế", "chủ trì tổ chức chiến dịch tiêm chủng; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.")]),
    ("giao-semicolon-partners-then-verb",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính; Ủy ban nhân dân các huyện tổ chức chiến dịch tiêm chủng."),
     [block(
          "Sở Y tế",
          "chủ trì, phối hợp với Sở Tài chính; Ủy ban nhân dân các huyện tổ chức chiến dịch tiêm chủng.")]),
]

# more heading shapes: bold run-in, a role in brackets or after a dash, two bodies, blank-separated paragraphs,
# a school's posts, '*' and '•' bullets, a heading wrapped over two lines
MORE_HEADINGS = [
    ("bold-runin-colon",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. **Sở Y tế**: chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. **Sở Tài chính**: bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "bố trí kinh phí thực hiện.")]),
    ("role-note-brackets",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế (cơ quan thường trực)",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("two-bodies-heading",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Công an huyện, Ban Chỉ huy Quân sự huyện",
         "- Bảo đảm an ninh trật tự.",
         "2. Phòng Y tế",
         "- Kiểm tra an toàn thực phẩm."),
     [block("Công an huyện, Ban Chỉ huy Quân sự huyện", "Bảo đảm an ninh trật tự."),
      block("Phòng Y tế", "Kiểm tra an toàn thực phẩm.")]),
    ("paragraph-tasks-blank-separated",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Giáo dục và Đào tạo",
         "",
         "Hướng dẫn các trường tổ chức hoạt động hưởng ứng.",
         "",
         "Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện.",
         "",
         "2. Phòng Y tế",
         "",
         "Kiểm tra an toàn thực phẩm tại các bếp ăn."),
     [block(
          "Phòng Giáo dục và Đào tạo",
          "Hướng dẫn các trường tổ chức hoạt động hưởng ứng.",
          "Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện."),
      block("Phòng Y tế", "Kiểm tra an toàn thực phẩm tại các bếp ăn.")]),
    ("school-posts-inline",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Hiệu trưởng: chỉ đạo chung, phân công nhiệm vụ cho các bộ phận.",
         "2. Phó Hiệu trưởng: xây dựng kế hoạch chi tiết, theo dõi việc thực hiện.",
         "3. Tổng phụ trách Đội: tổ chức các hoạt động ngoài giờ lên lớp.",
         "4. Giáo viên chủ nhiệm các lớp: quán triệt nội dung đến học sinh."),
     [block("Hiệu trưởng", "chỉ đạo chung, phân công nhiệm vụ cho các bộ phận."),
      block("Phó Hiệu trưởng", "xây dựng kế hoạch chi tiết, theo dõi việc thực hiện."),
      block("Tổng phụ trách Đội", "tổ chức các hoạt động ngoài giờ lên lớp."),
      block("Giáo viên chủ nhiệm các lớp", "quán triệt nội dung đến học sinh.")]),
    ("sub-numbered-under-trach-nhiem",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Thời gian thực hiện: tháng 5/2024.",
         "2. Trách nhiệm của các cơ quan, đơn vị",
         "2.1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2.2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("wrapped-plural-heading",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Ủy ban nhân dân các huyện, thị xã,",
         "thành phố:",
         "- Chỉ đạo các xã tổ chức ra quân."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Ủy ban nhân dân các huyện, thị xã, thành phố", "Chỉ đạo các xã tổ chức ra quân.")]),
    ("star-bullets",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "* Chủ trì tổ chức chiến dịch tiêm chủng.",
         "* Bảo đảm đủ vắc xin.",
         "2. Sở Tài chính",
         "* Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng.", "Bảo đảm đủ vắc xin."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("round-bullets",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "• Chủ trì tổ chức chiến dịch tiêm chủng.",
         "• Bảo đảm đủ vắc xin.",
         "2. Sở Tài chính",
         "• Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng.", "Bảo đảm đủ vắc xin."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("phong-ban-chuyen-mon",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Văn phòng HĐND và UBND huyện",
         "- Bố trí hội trường.",
         "2. Các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện",
         "- Cử công chức tham gia."),
     [block("Văn phòng HĐND và UBND huyện", "Bố trí hội trường."),
      block("Các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện", "Cử công chức tham gia.")]),
    ("ban-chi-dao-and-members",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Ban Chỉ đạo huyện",
         "- Chỉ đạo triển khai Kế hoạch.",
         "2. Thành viên Ban Chỉ đạo",
         "- Theo dõi địa bàn được phân công."),
     [block("Ban Chỉ đạo huyện", "Chỉ đạo triển khai Kế hoạch."),
      block("Thành viên Ban Chỉ đạo", "Theo dõi địa bàn được phân công.")]),
    ("dash-runin-colon-tasks",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "- Phòng Văn hóa và Thông tin: xây dựng kịch bản chương trình; tuyên truyền trên hệ thống loa.",
         "- Phòng Y tế: kiểm tra an toàn thực phẩm."),
     [block("Phòng Văn hóa và Thông tin", "xây dựng kịch bản chương trình; tuyên truyền trên hệ thống loa."),
      block("Phòng Y tế", "kiểm tra an toàn thực phẩm.")]),
    ("co-quan-thuong-truc-dash",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo",
         "- Tham mưu Ban Chỉ đạo triển khai Kế hoạch.",
         "2. Sở Nội vụ",
         "- Hướng dẫn thi đua, khen thưởng."),
     [block("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", "Tham mưu Ban Chỉ đạo triển khai Kế hoạch."),
      block("Sở Nội vụ", "Hướng dẫn thi đua, khen thưởng.")]),
    ("de-nghi-heading-wrapped",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh,",
         "các tổ chức chính trị - xã hội tỉnh:",
         "- Tuyên truyền, vận động hội viên tham gia."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block(
          "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh",
          "Tuyên truyền, vận động hội viên tham gia.")]),
    ("doi-voi-ubnd-star",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "* Đối với Ủy ban nhân dân các xã:",
         "- Thành lập đội xung kích.",
         "* Đối với Công an huyện:",
         "- Bảo đảm an ninh trật tự."),
     [block("Ủy ban nhân dân các xã", "Thành lập đội xung kích."),
      block("Công an huyện", "Bảo đảm an ninh trật tự.")]),
]

# a portal's copy with blank lines between all paragraphs: a heading whose names end open (',' 'và') goes on
# past the blank line
BLANK_SEPARATED_LEAD = "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức của người dân.\n\n"
BLANK_SEPARATED = [
    ("blank-wrapped-comma",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "",
         "1. Sở Y tế",
         "",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "",
         "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh,",
         "",
         "các tổ chức chính trị - xã hội tỉnh:",
         "",
         "- Tuyên truyền, vận động hội viên tham gia."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block(
          "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh",
          "Tuyên truyền, vận động hội viên tham gia.")]),
    ("blank-wrapped-va",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "",
         "1. Sở Y tế",
         "",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "",
         "2. Sở Văn hóa, Thể thao và",
         "",
         "Du lịch",
         "",
         "- Tổ chức các hoạt động văn nghệ."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Văn hóa, Thể thao và Du lịch", "Tổ chức các hoạt động văn nghệ.")]),
    ("blank-wrapped-plural",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "",
         "1. Sở Y tế",
         "",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "",
         "2. Ủy ban nhân dân các huyện,",
         "",
         "thị xã, thành phố",
         "",
         "- Chỉ đạo các xã tổ chức ra quân."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Ủy ban nhân dân các huyện, thị xã, thành phố", "Chỉ đạo các xã tổ chức ra quân.")]),
    ("blank-comma-then-own-body",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "",
         "1. Sở Y tế",
         "",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "",
         "2. Sở Tài chính, Sở Kế hoạch và Đầu tư,",
         "",
         "các đơn vị có liên quan:",
         "",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính, Sở Kế hoạch và Đầu tư, các đơn vị có liên quan", "Bố trí kinh phí thực hiện.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(BLANK_SEPARATED))
def test_headings_wrapped_past_a_blank_line(row_id, section, expected):
    check_field(row_id, directive(body=BLANK_SEPARATED_LEAD + section), "assignments", expected)


# task tables: the lead column ('chủ trì') anywhere, the tasks in the column that says so ('Nội dung', 'Nhiệm vụ')
# or, without one, the column left of the lead; markdown, tab-separated, pipes without outer bars
TABLES_LEAD = "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của người dân.\n\n"
TABLES = [
    ("md-table-tt-nhiem-vu-co-quan",
     sec(
         "II. NHIỆM VỤ CỤ THỂ",
         "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |",
         "|---|---|---|---|---|",
         "| 1 | Rà soát hồ sơ đất đai | Sở Tài nguyên và Môi trường | UBND các huyện | Quý II/2024 |",
         "| 2 | Xây dựng cơ sở dữ liệu | Sở Thông tin và Truyền thông | Sở Tài nguyên và Môi trường | Quý III/2024 |",
         "| 3 | Kiểm tra việc sử dụng đất | Sở Tài nguyên và Môi trường | Thanh tra tỉnh | Năm 2024 |"),
     [block("Sở Tài nguyên và Môi trường", "Rà soát hồ sơ đất đai", "Kiểm tra việc sử dụng đất"),
      block("Sở Thông tin và Truyền thông", "Xây dựng cơ sở dữ liệu")]),
    ("tab-table",
     sec(
         "II. NHIỆM VỤ CỤ THỂ",
         "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
         "1\tTổ chức lễ ra quân\tSở Y tế\tUBND các huyện\tTháng 5/2024",
         "2\tBố trí kinh phí\tSở Tài chính\tSở Y tế\tTháng 4/2024"),
     [block("Sở Y tế", "Tổ chức lễ ra quân"),
      block("Sở Tài chính", "Bố trí kinh phí")]),
    ("md-table-bold-header",
     sec(
         "II. NHIỆM VỤ CỤ THỂ",
         "| **STT** | **Nội dung** | **Đơn vị chủ trì** | **Đơn vị phối hợp** | **Thời gian hoàn thành** |",
         "|:---:|---|---|---|---|",
         "| 1 | Tổ chức lễ ra quân | Sở Y tế | UBND các huyện | Tháng 5/2024 |",
         "| 2 | Bố trí kinh phí | Sở Tài chính | Sở Y tế | Tháng 4/2024 |"),
     [block("Sở Y tế", "Tổ chức lễ ra quân"),
      block("Sở Tài chính", "Bố trí kinh phí")]),
    ("md-table-chu-tri-first",
     sec(
         "II. NHIỆM VỤ CỤ THỂ",
         "| STT | Cơ quan chủ trì | Nội dung nhiệm vụ | Thời gian |",
         "|---|---|---|---|",
         "| 1 | Sở Y tế | Tổ chức lễ ra quân | Tháng 5/2024 |",
         "| 2 | Sở Tài chính | Bố trí kinh phí | Tháng 4/2024 |"),
     [block("Sở Y tế", "Tổ chức lễ ra quân"),
      block("Sở Tài chính", "Bố trí kinh phí")]),
    ("lead-first-no-number",
     sec(
         "II. NHIỆM VỤ CỤ THỂ",
         "| Đơn vị chủ trì | Nhiệm vụ | Thời hạn |",
         "|---|---|---|",
         "| Công an tỉnh | Bảo đảm an ninh trật tự | Tháng 5/2024 |",
         "| Sở Công Thương | Kiểm tra thị trường | Tháng 6/2024 |"),
     [block("Công an tỉnh", "Bảo đảm an ninh trật tự"),
      block("Sở Công Thương", "Kiểm tra thị trường")]),
    ("lead-first-pipes-no-bars",
     sec(
         "II. NHIỆM VỤ CỤ THỂ",
         "TT | Cơ quan chủ trì | Cơ quan phối hợp | Nội dung công việc | Thời gian",
         "1 | Phòng Y tế | Trung tâm Y tế | Kiểm tra an toàn thực phẩm | Tháng 5/2024",
         "2 | Phòng Giáo dục và Đào tạo | Các trường | Tuyên truyền trong học sinh | Tháng 5/2024"),
     [block("Phòng Y tế", "Kiểm tra an toàn thực phẩm"),
      block("Phòng Giáo dục và Đào tạo", "Tuyên truyền trong học sinh")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(TABLES))
def test_task_tables_with_their_columns_in_any_order(row_id, section, expected):
    check_field(row_id, directive(body=TABLES_LEAD + section), "assignments", expected)


# who acts, named by post or kind of body (officials, party and mass bodies, press, banks, offices of a ministry);
# an authority's lead ('Ủy ban nhân dân tỉnh giao:', '… phân công cụ thể như sau:') over the bodies is no block
BODIES_LEAD = "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của người dân.\n\n"
BODIES = [
    ("officials-colon",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Giám đốc Sở Y tế: chỉ đạo các bệnh viện bảo đảm thuốc men.",
         "2. Chủ tịch Ủy ban nhân dân các huyện, thành phố: chỉ đạo các xã tổ chức ra quân."),
     [block("Giám đốc Sở Y tế", "chỉ đạo các bệnh viện bảo đảm thuốc men."),
      block("Chủ tịch Ủy ban nhân dân các huyện, thành phố", "chỉ đạo các xã tổ chức ra quân.")]),
    ("topic-then-giao",
     sec(
         "II. KẾT LUẬN",
         ("1. Về công tác giải phóng mặt bằng: Giao Ủy ban nhân dân huyện Bắc Mê khẩn trương hoàn thành việc bàn giao "
          "mặt bằng."),
         "2. Về nguồn vốn: Giao Sở Tài chính tham mưu bố trí vốn."),
     [block("Ủy ban nhân dân huyện Bắc Mê", "khẩn trương hoàn thành việc bàn giao mặt bằng."),
      block("Sở Tài chính", "tham mưu bố trí vốn.")]),
    ("ubnd-giao-colon-dash-bodies",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "Ủy ban nhân dân tỉnh giao:",
         "- Sở Y tế: chủ trì tổ chức chiến dịch tiêm chủng.",
         "- Sở Tài chính: bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "bố trí kinh phí thực hiện.")]),
    ("giao-cho-colon",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Giao cho Phòng Văn hóa và Thông tin:",
         "- Xây dựng kịch bản chương trình.",
         "2. Giao cho Ủy ban nhân dân các xã:",
         "- Chuẩn bị lực lượng tham gia."),
     [block("Phòng Văn hóa và Thông tin", "Xây dựng kịch bản chương trình."),
      block("Ủy ban nhân dân các xã", "Chuẩn bị lực lượng tham gia.")]),
    ("thu-truong-plural",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Thủ trưởng các sở, ban, ngành tỉnh",
         "- Quán triệt nội dung Chỉ thị đến cán bộ, công chức.",
         "2. Chủ tịch Ủy ban nhân dân các huyện, thành phố",
         "- Chỉ đạo các xã triển khai thực hiện."),
     [block("Thủ trưởng các sở, ban, ngành tỉnh", "Quán triệt nội dung Chỉ thị đến cán bộ, công chức."),
      block("Chủ tịch Ủy ban nhân dân các huyện, thành phố", "Chỉ đạo các xã triển khai thực hiện.")]),
    ("dang-uy-doan-the",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Đảng ủy các xã, thị trấn",
         "- Lãnh đạo, chỉ đạo tổ chức thực hiện.",
         "2. Mặt trận Tổ quốc và các đoàn thể huyện",
         "- Vận động đoàn viên, hội viên tham gia."),
     [block("Đảng ủy các xã, thị trấn", "Lãnh đạo, chỉ đạo tổ chức thực hiện."),
      block("Mặt trận Tổ quốc và các đoàn thể huyện", "Vận động đoàn viên, hội viên tham gia.")]),
    ("truong-thon",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Ủy ban nhân dân xã",
         "- Chỉ đạo chung.",
         "2. Trưởng các thôn, bản",
         "- Vận động nhân dân tham gia.",
         "3. Trạm Y tế xã",
         "- Hướng dẫn phòng bệnh."),
     [block("Ủy ban nhân dân xã", "Chỉ đạo chung."),
      block("Trưởng các thôn, bản", "Vận động nhân dân tham gia."),
      block("Trạm Y tế xã", "Hướng dẫn phòng bệnh.")]),
    ("de-nghi-plural-colon-tasks",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Đề nghị các tổ chức chính trị - xã hội tỉnh:",
         "- Tuyên truyền, vận động hội viên tham gia;",
         "- Giám sát việc thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block(
          "các tổ chức chính trị - xã hội tỉnh",
          "Tuyên truyền, vận động hội viên tham gia",
          "Giám sát việc thực hiện.")]),
    ("bao-dai",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Đài Phát thanh - Truyền hình tỉnh, Báo Hà Giang",
         "- Mở chuyên mục tuyên truyền.",
         "2. Cổng Thông tin điện tử tỉnh",
         "- Đăng tải tin bài."),
     [block("Đài Phát thanh - Truyền hình tỉnh, Báo Hà Giang", "Mở chuyên mục tuyên truyền."),
      block("Cổng Thông tin điện tử tỉnh", "Đăng tải tin bài.")]),
    ("ngan-hang-bhxh",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Bảo hiểm xã hội tỉnh",
         "- Hướng dẫn thủ tục tham gia bảo hiểm.",
         "2. Ngân hàng Chính sách xã hội chi nhánh tỉnh",
         "- Giải ngân vốn vay đúng đối tượng.",
         "3. Kho bạc Nhà nước tỉnh",
         "- Kiểm soát chi."),
     [block("Bảo hiểm xã hội tỉnh", "Hướng dẫn thủ tục tham gia bảo hiểm."),
      block("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Giải ngân vốn vay đúng đối tượng."),
      block("Kho bạc Nhà nước tỉnh", "Kiểm soát chi.")]),
    ("cuc-chi-cuc",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Cục Thuế tỉnh",
         "- Rà soát nghĩa vụ thuế.",
         "2. Chi cục Thú y",
         "- Tiêm phòng cho gia súc.",
         "3. Hải quan tỉnh",
         "- Kiểm soát hàng nhập khẩu."),
     [block("Cục Thuế tỉnh", "Rà soát nghĩa vụ thuế."),
      block("Chi cục Thú y", "Tiêm phòng cho gia súc."),
      block("Hải quan tỉnh", "Kiểm soát hàng nhập khẩu.")]),
    ("chu-tich-yeu-cau-colon-numbered",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
         "1. Công an tỉnh",
         "- Tăng cường tuần tra, kiểm soát.",
         "2. Sở Giao thông vận tải",
         "- Kiểm tra phương tiện."),
     [block("Công an tỉnh", "Tăng cường tuần tra, kiểm soát."),
      block("Sở Giao thông vận tải", "Kiểm tra phương tiện.")]),
    ("ubnd-phan-cong-cu-the",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "Ủy ban nhân dân huyện phân công cụ thể như sau:",
         "- Phòng Y tế: kiểm tra an toàn thực phẩm.",
         "- Công an huyện: bảo đảm an ninh trật tự."),
     [block("Phòng Y tế", "kiểm tra an toàn thực phẩm."),
      block("Công an huyện", "bảo đảm an ninh trật tự.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(BODIES))
def test_bodies_of_every_kind_and_the_authority_handing_out(row_id, section, expected):
    check_field(row_id, directive(body=BODIES_LEAD + section), "assignments", expected)


# the duties section's title in the genre's forms, over numbered headings and over bare names (which only a duties
# section makes headings): 'IV- …' with a dash, parts lettered in capitals ('C. …'), 'GIẢI PHÁP VÀ TỔ CHỨC THỰC
# HIỆN', a bare 'ĐƠN VỊ THỰC HIỆN', markdown bold, a final colon
SECTION_TITLES = [
    "IV. PHÂN CÔNG TRÁCH NHIỆM",
    "IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ",
    "IV. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ",
    "IV. PHÂN CÔNG THỰC HIỆN",
    "IV. GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN",
    "C. TỔ CHỨC THỰC HIỆN",
    "IV. TỔ CHỨC THỰC HIỆN VÀ PHÂN CÔNG NHIỆM VỤ",
    "IV- TỔ CHỨC THỰC HIỆN",
    "IV. Tổ chức thực hiện",
    "**IV. TỔ CHỨC THỰC HIỆN**",
    "IV. TỔ CHỨC THỰC HIỆN:",
    "IV. ĐƠN VỊ THỰC HIỆN",
    "IV. TRÁCH NHIỆM THI HÀNH",
]
NUMBERED_BODIES = sec(
    "1. Phòng Văn hóa và Thông tin",
    "- Xây dựng kịch bản chương trình.",
    "2. Ban Chỉ huy Quân sự huyện",
    "- Hỗ trợ lực lượng dựng sân khấu.")
BARE_BODIES = sec(
    "Phòng Văn hóa và Thông tin",
    "- Xây dựng kịch bản chương trình.",
    "Ban Chỉ huy Quân sự huyện",
    "- Hỗ trợ lực lượng dựng sân khấu.")


@pytest.mark.parametrize("title", SECTION_TITLES)
@pytest.mark.parametrize("bodies", [NUMBERED_BODIES, BARE_BODIES], ids=["numbered", "bare"])
def test_duties_section_titles(title, bodies):
    check_field(title, directive(body=BODIES_LEAD + title + "\n" + bodies), "assignments",
                [block("Phòng Văn hóa và Thông tin", "Xây dựng kịch bản chương trình."),
                 block("Ban Chỉ huy Quân sự huyện", "Hỗ trợ lực lượng dựng sân khấu.")])


# tasks under a heading as sub-numbers or after a lead; a dash that stands for the colon ('Sở Y tế - Chủ trì …') and one
# inside a body's name ('Phòng Kinh tế - Hạ tầng')
TASK_SHAPES = [
    ("sub-numbered-tasks",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "1.1. Chủ trì tổ chức chiến dịch tiêm chủng.",
         "1.2. Bảo đảm đủ vắc xin.",
         "2. Sở Tài chính",
         "2.1. Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng.", "Bảo đảm đủ vắc xin."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("lead-then-dashes",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "Chủ trì, phối hợp với các đơn vị liên quan thực hiện các nhiệm vụ sau:",
         "- Tổ chức chiến dịch tiêm chủng.",
         "- Bảo đảm đủ vắc xin.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Tổ chức chiến dịch tiêm chủng.", "Bảo đảm đủ vắc xin."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("agency-dash-task-same-line",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế - Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính - Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("agency-heading-period",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế.",
         "- Chủ trì tổ chức chiến dịch tiêm chủng.",
         "2. Sở Tài chính.",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("letter-agency-endash-task",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "a) Công an tỉnh – Bảo đảm an ninh trật tự tại các điểm thi.",
         "b) Sở Y tế – Bố trí cán bộ y tế trực tại các điểm thi."),
     [block("Công an tỉnh", "Bảo đảm an ninh trật tự tại các điểm thi."),
      block("Sở Y tế", "Bố trí cán bộ y tế trực tại các điểm thi.")]),
    ("dash-inside-a-name-stays",
     sec(
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Trung tâm Văn hóa - Tuyên truyền huyện",
         "- Trang trí khánh tiết.",
         "2. Phòng Kinh tế - Hạ tầng",
         "- Bảo đảm điện, nước."),
     [block("Trung tâm Văn hóa - Tuyên truyền huyện", "Trang trí khánh tiết."),
      block("Phòng Kinh tế - Hạ tầng", "Bảo đảm điện, nước.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(TASK_SHAPES))
def test_task_shapes_under_a_heading(row_id, section, expected):
    check_field(row_id, directive(body=BODIES_LEAD + section), "assignments", expected)


# a Thông báo kết luận's items: 'giao' in lower case after ';' or a case's ':', a topic then 'Giao …', 'Yêu cầu …'
CONCLUSIONS_LEAD = "I. TÌNH HÌNH\nTiến độ giải ngân vốn đầu tư công còn chậm.\n\n"
CONCLUSIONS = [
    ("agree-then-giao-lower",
     sec(
         "II. KẾT LUẬN",
         ("1. Thống nhất chủ trương đầu tư dự án đường liên xã; giao Sở Kế hoạch và Đầu tư hướng dẫn trình tự thủ "
          "tục."),
         "2. Giao Sở Tài chính tham mưu bố trí vốn."),
     [block("Sở Kế hoạch và Đầu tư", "hướng dẫn trình tự thủ tục."),
      block("Sở Tài chính", "tham mưu bố trí vốn.")]),
    ("case-colon-giao",
     sec(
         "II. KẾT LUẬN",
         ("1. Đối với đề xuất của Ủy ban nhân dân huyện Đồng Văn: giao Sở Tài chính thẩm định, tham mưu theo quy "
          "định."),
         "2. Giao Sở Xây dựng kiểm tra chất lượng công trình."),
     [block("Sở Tài chính", "thẩm định, tham mưu theo quy định."),
      block("Sở Xây dựng", "kiểm tra chất lượng công trình.")]),
    ("topic-sentence-then-giao",
     sec(
         "II. KẾT LUẬN",
         ("1. Về công tác bồi thường: Tiến độ còn chậm. Giao Ủy ban nhân dân huyện Vị Xuyên tập trung giải quyết dứt "
          "điểm các vướng mắc."),
         "2. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc."),
     [block("Ủy ban nhân dân huyện Vị Xuyên", "tập trung giải quyết dứt điểm các vướng mắc."),
      block("Văn phòng Ủy ban nhân dân tỉnh", "theo dõi, đôn đốc.")]),
    ("yeu-cau-body-task",
     sec(
         "II. KẾT LUẬN",
         "1. Yêu cầu Sở Giao thông vận tải khẩn trương hoàn thiện hồ sơ dự án.",
         "2. Yêu cầu chủ đầu tư đẩy nhanh tiến độ thi công."),
     [block("Sở Giao thông vận tải", "khẩn trương hoàn thiện hồ sơ dự án."),
      block("chủ đầu tư", "đẩy nhanh tiến độ thi công.")]),
    ("giao-chu-tri-phoi-hop-two-bodies",
     sec(
         "II. KẾT LUẬN",
         "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng phương án; Sở Nội vụ thẩm định biên chế."),
     [block("Sở Y tế", "chủ trì, phối hợp với Sở Tài chính xây dựng phương án"),
      block("Sở Nội vụ", "thẩm định biên chế.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(CONCLUSIONS))
def test_items_of_a_conclusion(row_id, section, expected):
    check_field(row_id, directive(body=CONCLUSIONS_LEAD + section), "assignments", expected)


# 'Thành viên …' under the duties: members who act are a block; a list of members (persons) is not
MEMBERS_LEAD = "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của người dân.\n\n"
MEMBERS = [
    ("members-gom",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Nội vụ huyện",
         "- Chuẩn bị hội trường.",
         "2. Thành viên Ban Tổ chức gồm:",
         "- Ông Nguyễn Văn An, Phó Chủ tịch UBND huyện, Trưởng ban;",
         "- Bà Lê Thị Bình, Trưởng phòng Nội vụ, Phó Trưởng ban."),
     [block("Phòng Nội vụ huyện", "Chuẩn bị hội trường.")]),
    ("members-colon",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Nội vụ huyện",
         "- Chuẩn bị hội trường.",
         "2. Thành viên Ban Tổ chức:",
         "- Ông Nguyễn Văn An, Phó Chủ tịch UBND huyện, Trưởng ban;",
         "- Bà Lê Thị Bình, Trưởng phòng Nội vụ, Phó Trưởng ban."),
     [block("Phòng Nội vụ huyện", "Chuẩn bị hội trường.")]),
    ("members-plain",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Nội vụ huyện",
         "- Chuẩn bị hội trường.",
         "2. Thành viên Ban Tổ chức",
         "- Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND huyện - Trưởng ban.",
         "- Đồng chí Lê Thị Bình, Trưởng phòng Nội vụ - Phó Trưởng ban."),
     [block("Phòng Nội vụ huyện", "Chuẩn bị hội trường.")]),
    ("members-duties",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Nội vụ huyện",
         "- Chuẩn bị hội trường.",
         "2. Thành viên Ban Chỉ đạo",
         "- Theo dõi địa bàn được phân công.",
         "- Báo cáo Trưởng ban kết quả."),
     [block("Phòng Nội vụ huyện", "Chuẩn bị hội trường."),
      block("Thành viên Ban Chỉ đạo", "Theo dõi địa bàn được phân công.", "Báo cáo Trưởng ban kết quả.")]),
    ("members-plural-duties",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Nội vụ huyện",
         "- Chuẩn bị hội trường.",
         "2. Các thành viên Ban Chỉ đạo",
         "- Theo dõi địa bàn được phân công."),
     [block("Phòng Nội vụ huyện", "Chuẩn bị hội trường."),
      block("Các thành viên Ban Chỉ đạo", "Theo dõi địa bàn được phân công.")]),
    ("members-colon-inline-duty",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Nội vụ huyện",
         "- Chuẩn bị hội trường.",
         "2. Thành viên Ban Chỉ đạo: theo dõi địa bàn được phân công, báo cáo Trưởng ban."),
     [block("Phòng Nội vụ huyện", "Chuẩn bị hội trường."),
      block("Thành viên Ban Chỉ đạo", "theo dõi địa bàn được phân công, báo cáo Trưởng ban.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(MORE_HEADINGS))
def test_more_heading_shapes(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


@pytest.mark.parametrize("row_id,section,expected", table(MEMBERS))
def test_members_under_the_duties(row_id, section, expected):
    check_field(row_id, directive(body=MEMBERS_LEAD + section), "assignments", expected)



@pytest.mark.parametrize("row_id,section,expected", table(HEADINGS + TASK_FORMS + CLOSINGS + GIAO_CLAUSES))
def test_assignment_phrasings(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: {number}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nHà Giang, ngày 14 tháng 3 năm 2024")
CLOSING = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Sơn"


# whole documents of other genres: a Chỉ thị, a Công văn, a Thông báo kết luận, a Quyết định, a letter upward,
# an answer to a complaint (the zones other than the header and closing are given per row)
GENRES = [
    ("chi-thi", "05/CT-UBND",
     {
      "title": sec("CHỈ THỊ", "Về tăng cường công tác phòng cháy, chữa cháy mùa khô"),
      "preamble": sec(
          ("Thời gian qua, công tác phòng cháy, chữa cháy trên địa bàn tỉnh đạt nhiều kết quả. Tuy nhiên, tình hình "
           "cháy nổ vẫn diễn biến phức tạp."),
          "",
          "Để chủ động phòng ngừa, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:"),
      "body": sec(
          "1. Công an tỉnh",
          "- Tăng cường kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh.",
          "- Xử lý nghiêm các vi phạm.",
          "2. Sở Công Thương",
          "- Kiểm tra an toàn điện tại các chợ.",
          "3. Ủy ban nhân dân các huyện, thành phố",
          "- Chỉ đạo các xã rà soát khu dân cư có nguy cơ cháy cao.",
          ("4. Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố nghiêm túc thực "
           "hiện Chỉ thị này.")),
     },
     [block(
          "Công an tỉnh",
          "Tăng cường kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh.",
          "Xử lý nghiêm các vi phạm."),
      block("Sở Công Thương", "Kiểm tra an toàn điện tại các chợ."),
      block("Ủy ban nhân dân các huyện, thành phố", "Chỉ đạo các xã rà soát khu dân cư có nguy cơ cháy cao.")]),
    ("chi-thi-runin", "06/CT-UBND",
     {
      "title": sec("CHỈ THỊ", "Về tăng cường quản lý đất đai"),
      "preamble": sec("Để chấn chỉnh công tác quản lý đất đai, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"),
      "body": sec(
          ("1. Sở Tài nguyên và Môi trường chủ trì, phối hợp với các sở, ngành rà soát toàn bộ hồ sơ giao đất, cho "
           "thuê đất; báo cáo kết quả trong tháng 6 năm 2024."),
          "",
          "2. Thanh tra tỉnh tăng cường thanh tra việc chấp hành pháp luật đất đai.",
          "",
          ("3. Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về "
           "công tác quản lý đất đai trên địa bàn.")),
     },
     [block(
          "Sở Tài nguyên và Môi trường",
          ("chủ trì, phối hợp với các sở, ngành rà soát toàn bộ hồ sơ giao đất, cho thuê đất; báo cáo kết quả trong "
           "tháng 6 năm 2024.")),
      block("Thanh tra tỉnh", "tăng cường thanh tra việc chấp hành pháp luật đất đai."),
      block(
          "Chủ tịch Ủy ban nhân dân các huyện, thành phố",
          "chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về công tác quản lý đất đai trên địa bàn.")]),
    ("cong-van-cu-the", "812/UBND-VX",
     {
      "title": sec("V/v tổ chức các hoạt động hưởng ứng Ngày Nước thế giới"),
      "kinh_gui": sec("Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- Ủy ban nhân dân các huyện, thành phố."),
      "preamble": sec(
          "Thực hiện Công văn số 1022/BTNMT-TNN ngày 01/3/2024 của Bộ Tài nguyên và Môi trường về việc hưởng ứng "
           "Ngày Nước thế giới năm 2024, Ủy ban nhân dân tỉnh đề nghị các đơn vị triển khai thực hiện một số nội dung "
           "cụ thể như sau:"),
      "body": sec(
          "1. Sở Tài nguyên và Môi trường",
          "- Chủ trì hướng dẫn các địa phương tổ chức hoạt động hưởng ứng.",
          "2. Sở Thông tin và Truyền thông",
          "- Chỉ đạo các cơ quan báo chí tuyên truyền.",
          "3. Ủy ban nhân dân các huyện, thành phố",
          "- Tổ chức ra quân làm sạch nguồn nước."),
     },
     [block("Sở Tài nguyên và Môi trường", "Chủ trì hướng dẫn các địa phương tổ chức hoạt động hưởng ứng."),
      block("Sở Thông tin và Truyền thông", "Chỉ đạo các cơ quan báo chí tuyên truyền."),
      block("Ủy ban nhân dân các huyện, thành phố", "Tổ chức ra quân làm sạch nguồn nước.")]),
    ("cong-van-dash-bodies", "813/UBND-KT",
     {
      "title": sec("V/v triển khai các biện pháp phòng, chống hạn hán"),
      "kinh_gui": sec("Kính gửi:", "- Sở Nông nghiệp và Phát triển nông thôn;", "- Ủy ban nhân dân các huyện, thành phố."),
      "preamble": sec("Trước diễn biến phức tạp của nắng nóng, Ủy ban nhân dân tỉnh có ý kiến như sau:"),
      "body": sec(
          ("1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các địa phương theo dõi chặt chẽ "
           "tình hình nguồn nước, kịp thời tham mưu các giải pháp ứng phó."),
          "",
          ("2. Ủy ban nhân dân các huyện, thành phố chỉ đạo các xã vận hành hợp lý các công trình thủy lợi; sử dụng "
           "nước tiết kiệm.")),
     },
     [block(
          "Sở Nông nghiệp và Phát triển nông thôn",
          ("chủ trì, phối hợp với các địa phương theo dõi chặt chẽ tình hình nguồn nước, kịp thời tham mưu các giải "
           "pháp ứng phó.")),
      block(
          "Ủy ban nhân dân các huyện, thành phố",
          "chỉ đạo các xã vận hành hợp lý các công trình thủy lợi; sử dụng nước tiết kiệm.")]),
    ("thong-bao-ket-luan", "95/TB-UBND",
     {
      "title": sec(
          "THÔNG BÁO",
          "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc về tiến độ xây dựng trường học"),
      "preamble": sec(
          "Ngày 10/3/2024, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì buổi làm việc về tiến độ xây dựng "
           "trường học. Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Phó Chủ tịch kết luận như sau:"),
      "body": sec(
          "1. Đánh giá cao sự nỗ lực của các đơn vị trong thời gian qua.",
          "",
          ("2. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Xây dựng kiểm tra chất lượng công trình, báo cáo "
           "Ủy ban nhân dân tỉnh trước ngày 30/4/2024."),
          "",
          "3. Giao Sở Tài chính tham mưu bố trí vốn hoàn thành các hạng mục còn lại.",
          "",
          "4. Ủy ban nhân dân huyện Bắc Mê khẩn trương bàn giao mặt bằng cho nhà thầu.",
          "",
          "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện."),
     },
     [block(
          "Sở Giáo dục và Đào tạo",
          ("chủ trì, phối hợp với Sở Xây dựng kiểm tra chất lượng công trình, báo cáo Ủy ban nhân dân tỉnh trước ngày "
           "30/4/2024.")),
      block("Sở Tài chính", "tham mưu bố trí vốn hoàn thành các hạng mục còn lại."),
      block("Ủy ban nhân dân huyện Bắc Mê", "khẩn trương bàn giao mặt bằng cho nhà thầu.")]),
    ("thong-bao-giao-semicolons", "96/TB-UBND",
     {
      "title": sec("THÔNG BÁO", "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về công tác giải phóng mặt bằng"),
      "preamble": sec(
          "Ngày 11/3/2024, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về công tác giải phóng mặt bằng. Chủ tịch "
           "Ủy ban nhân dân tỉnh kết luận:"),
      "body": sec(
          "Giao Sở Tài nguyên và Môi trường hướng dẫn trình tự thu hồi đất; Sở Xây dựng thẩm định đơn giá bồi thường "
           "tài sản trên đất; Ủy ban nhân dân thành phố Hà Giang tổ chức vận động các hộ dân bàn giao mặt bằng."),
     },
     [block("Sở Tài nguyên và Môi trường", "hướng dẫn trình tự thu hồi đất"),
      block("Sở Xây dựng", "thẩm định đơn giá bồi thường tài sản trên đất"),
      block("Ủy ban nhân dân thành phố Hà Giang", "tổ chức vận động các hộ dân bàn giao mặt bằng.")]),
    ("quyet-dinh-dieu-3", "420/QĐ-UBND",
     {
      "title": sec(
          "QUYẾT ĐỊNH",
          "Về việc ban hành Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh năm 2024",
          "",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"),
      "preamble": sec(
          "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
          "",
          "Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 55/TTr-SGDĐT ngày 01/3/2024.",
          "",
          "QUYẾT ĐỊNH:"),
      "body": sec(
          "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh năm 2024.",
          "",
          "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
          "",
          ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Giáo dục và Đào tạo, Tài chính, Văn hóa, "
           "Thể thao và Du lịch; Chủ tịch Ủy ban nhân dân các huyện, thành phố và các cơ quan, đơn vị có liên quan "
           "chịu trách nhiệm thi hành Quyết định này./.")),
     },
     [block(
          ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Giáo dục và Đào tạo, Tài chính, Văn hóa, Thể thao "
           "và Du lịch; Chủ tịch Ủy ban nhân dân các huyện, thành phố và các cơ quan, đơn vị có liên quan"),
          "chịu trách nhiệm thi hành Quyết định này")]),
    ("writer-promise", "814/UBND-VX",
     {
      "title": sec("V/v hỗ trợ kinh phí tổ chức lễ hội"),
      "kinh_gui": sec("Kính gửi: Bộ Văn hóa, Thể thao và Du lịch."),
      "preamble": sec("Ủy ban nhân dân tỉnh Hà Giang xin báo cáo tình hình chuẩn bị lễ hội như sau:"),
      "body": sec(
          "1. Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành xây dựng kịch bản chương trình.",
          "",
          "2. Ủy ban nhân dân tỉnh sẽ bố trí lực lượng bảo đảm an ninh trật tự.",
          "",
          ("Ủy ban nhân dân tỉnh kính đề nghị Bộ Văn hóa, Thể thao và Du lịch quan tâm hỗ trợ kinh phí tổ chức lễ "
           "hội.")),
     },
     [block("Bộ Văn hóa, Thể thao và Du lịch", "quan tâm hỗ trợ kinh phí tổ chức lễ hội.")]),
    ("complaint-yeu-cau", "97/TB-UBND",
     {
      "title": sec("THÔNG BÁO", "Kết quả giải quyết đơn kiến nghị của bà Lê Thị Hoa"),
      "preamble": sec(
          "Ngày 02/2/2024, Ủy ban nhân dân tỉnh nhận được đơn của bà Lê Thị Hoa, trú tại thôn Nà Thác, với nội dung:"),
      "body": sec(
          "Bà Lê Thị Hoa yêu cầu:",
          "- Bồi thường diện tích đất bị thu hồi theo giá thị trường;",
          "- Bố trí tái định cư cho gia đình.",
          "",
          ("Kết quả xác minh cho thấy việc bồi thường đã thực hiện đúng quy định. Ủy ban nhân dân tỉnh thông báo để "
           "bà Lê Thị Hoa được biết.")),
     },
     []),
]


@pytest.mark.parametrize("row_id,number,zones,expected", table(GENRES))
def test_assignment_phrasings_of_other_genres(row_id, number, zones, expected):
    text = directive(header=HEADER.format(number=number), closing=CLOSING, **{"kinh_gui": "", **zones})
    check_field(row_id, text, "assignments", expected)

# a Quyết định: its articles of duties and its execution article in the shapes the genre writes it (the article
# number on its own line, "Các ông (bà): …", "căn cứ Quyết định thi hành", effect and execution in one article)
DECISION_TITLE = sec("QUYẾT ĐỊNH", "Về việc thành lập Ban Tổ chức Hội thi tin học trẻ tỉnh năm 2024", "",
                     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
DECISION_GROUNDS = sec("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "",
                       "Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo.", "", "QUYẾT ĐỊNH:")
ARTICLES = [
    ("qd-dieu-on-own-line",
     sec(
         ("Điều 1. Thành lập Ban Tổ chức Hội thi tin học trẻ tỉnh năm 2024 gồm các ông (bà) có tên trong danh sách "
          "kèm theo."),
         "",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "",
         "**Điều 3.**",
         "",
         ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và các ông (bà) có tên tại Điều 1 "
          "chịu trách nhiệm thi hành Quyết định này./.")),
     [block(
          "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và các ông (bà) có tên tại Điều 1",
          "chịu trách nhiệm thi hành Quyết định này")]),
    ("qd-cac-ong-ba",
     sec(
         ("Điều 1. Thành lập Ban Tổ chức Hội thi tin học trẻ tỉnh năm 2024 gồm các ông (bà) có tên trong danh sách "
          "kèm theo."),
         "",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "",
         ("Điều 3. Các ông (bà): Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và Thủ trưởng "
          "các đơn vị có liên quan căn cứ Quyết định thi hành./.")),
     [block(
          ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và Thủ trưởng các đơn vị có liên "
           "quan"),
          "căn cứ Quyết định thi hành")]),
    ("qd-effect-and-execution-one-article",
     sec(
         ("Điều 1. Thành lập Ban Tổ chức Hội thi tin học trẻ tỉnh năm 2024 gồm các ông (bà) có tên trong danh sách "
          "kèm theo."),
         "",
         ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo "
          "dục và Đào tạo và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")),
     [block(
          "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và các ông (bà) có tên tại Điều 1",
          "chịu trách nhiệm thi hành Quyết định này")]),
    ("qd-to-chuc-thuc-hien",
     sec(
         ("Điều 1. Thành lập Ban Tổ chức Hội thi tin học trẻ tỉnh năm 2024 gồm các ông (bà) có tên trong danh sách "
          "kèm theo."),
         "",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "",
         ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và các ông (bà) có tên tại "
          "Điều 1 có trách nhiệm tổ chức thực hiện Quyết định này./.")),
     [block(
          "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và các ông (bà) có tên tại Điều 1",
          "có trách nhiệm tổ chức thực hiện Quyết định này")]),
    ("qd-dieu-2-duties-then-execution",
     sec(
         ("Điều 1. Thành lập Ban Tổ chức Hội thi tin học trẻ tỉnh năm 2024 gồm các ông (bà) có tên trong danh sách "
          "kèm theo."),
         "",
         ("Điều 2. Ban Tổ chức có nhiệm vụ xây dựng thể lệ, tổ chức Hội thi và tổng hợp kết quả. Ban Tổ chức tự giải "
          "thể sau khi hoàn thành nhiệm vụ."),
         "",
         "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
         "",
         ("Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và các ông (bà) có tên tại "
          "Điều 1 chịu trách nhiệm thi hành Quyết định này./.")),
     [block(
          "Ban Tổ chức",
          ("có nhiệm vụ xây dựng thể lệ, tổ chức Hội thi và tổng hợp kết quả. Ban Tổ chức tự giải thể sau khi hoàn "
           "thành nhiệm vụ.")),
      block(
          "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và các ông (bà) có tên tại Điều 1",
          "chịu trách nhiệm thi hành Quyết định này")]),
]


@pytest.mark.parametrize("row_id,articles,expected", table(ARTICLES))
def test_assignment_phrasings_of_a_decision(row_id, articles, expected):
    text = directive(header=HEADER.format(number="421/QĐ-UBND"), title=DECISION_TITLE, preamble=DECISION_GROUNDS,
                     body=articles, closing=CLOSING)
    check_field(row_id, text, "assignments", expected)
