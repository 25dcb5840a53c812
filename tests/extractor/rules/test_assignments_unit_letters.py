"""Assignments in a ministry's or department's letter that hands numbered duties to its own units
(extractor/rules/assignments.py): a heading that names the units by their kind ("Thủ trưởng các cơ quan tham mưu,
quản lý nhà nước thuộc Bộ" — "tham mưu", "quản lý" qualify the bodies there, they start no task), and an item cut
mid-sentence by fixed-width wrapping whose rest holds a "Giao X …" sentence (the rest of that item, not a block of
its own; the items after it stay with the heading). Every name, number and date here is invented.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table

HEADER = """\
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
TỈNH HÀ TRUNG
Số: 1422/SNNMT-VP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Trung, ngày 08 tháng 5 năm 2026"""

TITLE = "V/v triển khai các nhiệm vụ trọng tâm năm 2026"
KINH_GUI = "Kính gửi: Thủ trưởng các phòng, đơn vị thuộc Sở"
PREAMBLE = ("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số 905/UBND-KT ngày 02/5/2026, Giám đốc Sở yêu "
            "cầu các phòng, đơn vị triển khai các nhiệm vụ sau:")
CLOSING = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Quý"


def letter(body: str) -> str:
    return directive(header=HEADER, title=TITLE, kinh_gui=KINH_GUI, preamble=PREAMBLE, body=body, closing=CLOSING)


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


KIND_OF_BODIES = [
    ("tham-muu-comma-quan-ly",
     ("1. Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Sở\n"
      "- Rà soát các thủ tục hành chính thuộc lĩnh vực được giao.\n"
      "- Đề xuất phương án đơn giản hóa thủ tục hành chính.\n"
      "2. Văn phòng Sở: Tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở."),
     [block("Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Sở",
            "Rà soát các thủ tục hành chính thuộc lĩnh vực được giao.",
            "Đề xuất phương án đơn giản hóa thủ tục hành chính."),
      block("Văn phòng Sở", "Tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở.")]),
    ("tham-muu-va-quan-ly",
     ("1. Các cơ quan tham mưu và quản lý chuyên ngành\n"
      "- Kiểm tra việc chấp hành pháp luật về tài nguyên nước.\n"
      "- Cập nhật cơ sở dữ liệu chuyên ngành.\n"
      "2. Thanh tra Sở: Tiến hành thanh tra chuyên đề về đất đai."),
     [block("Các cơ quan tham mưu và quản lý chuyên ngành",
            "Kiểm tra việc chấp hành pháp luật về tài nguyên nước.", "Cập nhật cơ sở dữ liệu chuyên ngành."),
      block("Thanh tra Sở", "Tiến hành thanh tra chuyên đề về đất đai.")]),
    ("nguoi-dung-dau-then-run-in",
     ("1. Người đứng đầu các cơ quan tham mưu, quản lý về thủy lợi\n"
      "- Chỉ đạo vận hành an toàn các hồ chứa.\n"
      "- Chuẩn bị phương án phòng, chống hạn hán.\n"
      "2. Chi cục Kiểm lâm: Tăng cường tuần tra bảo vệ rừng."),
     [block("Người đứng đầu các cơ quan tham mưu, quản lý về thủy lợi",
            "Chỉ đạo vận hành an toàn các hồ chứa.", "Chuẩn bị phương án phòng, chống hạn hán."),
      block("Chi cục Kiểm lâm", "Tăng cường tuần tra bảo vệ rừng.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(KIND_OF_BODIES))
def test_a_heading_naming_bodies_by_their_kind(row_id, body, expected):
    check_field(row_id, letter(body), "assignments", expected)


WRAPPED_GIAO = [
    ("number-opens-the-rest",
     ("1. Phòng Quản lý đất đai\n"
      "- Rà soát hồ sơ cấp giấy chứng nhận tồn đọng; phấn đấu giải quyết\n"
      "80% số hồ sơ trong quý III năm 2026. Giao Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở.\n"
      "- Cập nhật bảng giá đất theo quy định.\n"
      "2. Chi cục Thủy lợi\n"
      "- Kiểm tra an toàn đập, hồ chứa."),
     [block("Phòng Quản lý đất đai",
            "Rà soát hồ sơ cấp giấy chứng nhận tồn đọng; phấn đấu giải quyết 80% số hồ sơ trong quý III năm 2026. "
            "Giao Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở.",
            "Cập nhật bảng giá đất theo quy định."),
      block("Chi cục Thủy lợi", "Kiểm tra an toàn đập, hồ chứa.")]),
    ("lower-case-opens-the-rest",
     ("1. Chi cục Kiểm lâm\n"
      "+ Tăng cường tuần tra, kiểm soát các khu rừng đặc dụng, xử lý nghiêm\n"
      "các vi phạm. Giao Hạt Kiểm lâm các huyện báo cáo kết quả hằng tháng.\n"
      "+ Tuyên truyền phòng cháy, chữa cháy rừng."),
     [block("Chi cục Kiểm lâm",
            "Tăng cường tuần tra, kiểm soát các khu rừng đặc dụng, xử lý nghiêm các vi phạm. Giao Hạt Kiểm lâm các "
            "huyện báo cáo kết quả hằng tháng.",
            "Tuyên truyền phòng cháy, chữa cháy rừng.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(WRAPPED_GIAO))
def test_a_giao_sentence_in_the_rest_of_a_wrapped_item(row_id, body, expected):
    check_field(row_id, letter(body), "assignments", expected)


PLAN_HEADER = """\
ỦY BAN NHÂN DÂN
TỈNH HÀ TRUNG
Số: 212/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Trung, ngày 03 tháng 12 năm 2026"""

PLAN_TITLE = "KẾ HOẠCH\nHỗ trợ nhu yếu phẩm cho Nhân dân bị ảnh hưởng bởi mưa lũ"
PLAN_PREAMBLE = "Căn cứ tình hình thiệt hại thực tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"
PLAN_CLOSING = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Tài"
PLAN_DUTIES = ("I. MỤC ĐÍCH\nBảo đảm không để người dân nào bị đói, rét.\n\nII. TỔ CHỨC THỰC HIỆN\n"
               "1. Sở Công Thương:\n- Chủ trì tiếp nhận, điều phối hàng hóa hỗ trợ.\n")


def plan(more: str) -> str:
    return directive(header=PLAN_HEADER, title=PLAN_TITLE, preamble=PLAN_PREAMBLE, body=PLAN_DUTIES + more,
                     closing=PLAN_CLOSING)


# the province's newspaper merged with its radio and television (2025) and the e-portal head a block like any body;
# the closing exhortation to everyone ("Các cơ quan, đơn vị … thực hiện Kế hoạch này; kịp thời báo cáo … để xem xét,
# giải quyết") is no block (contract §2)
MEDIA_AND_CLOSING = [
    ("media-bodies-heading",
     ("2. Báo và Phát thanh, Truyền hình Hà Trung, Cổng Thông tin điện tử tỉnh:\n"
      "Tăng cường thông tin về lịch cấp phát hàng hóa tại từng xã, phường.\n"
      "Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao, khẩn trương triển khai thực hiện Kế "
      "hoạch này; kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Sở Công Thương) để xem xét, giải quyết./."),
     [block("Sở Công Thương", "Chủ trì tiếp nhận, điều phối hàng hóa hỗ trợ."),
      block("Báo và Phát thanh, Truyền hình Hà Trung, Cổng Thông tin điện tử tỉnh",
            "Tăng cường thông tin về lịch cấp phát hàng hóa tại từng xã, phường.")]),
    ("portal-first-long-list-closing-phan-anh",
     ("2. Cổng Thông tin điện tử tỉnh, Báo và Phát thanh, Truyền hình tỉnh và hệ thống truyền thanh cơ sở các xã, "
      "phường, thị trấn:\n"
      "- Đăng tải kịp thời danh sách hộ được hỗ trợ.\n"
      "Các sở, ban, ngành, địa phương căn cứ chức năng, nhiệm vụ được giao, nghiêm túc triển khai thực hiện Kế hoạch "
      "này; kịp thời phản ánh khó khăn, vướng mắc về Sở Công Thương để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, "
      "giải quyết."),
     [block("Sở Công Thương", "Chủ trì tiếp nhận, điều phối hàng hóa hỗ trợ."),
      block("Cổng Thông tin điện tử tỉnh, Báo và Phát thanh, Truyền hình tỉnh và hệ thống truyền thanh cơ sở các xã, "
            "phường, thị trấn", "Đăng tải kịp thời danh sách hộ được hỗ trợ.")]),
    ("closing-theo-chuc-nang",
     ("2. Ủy ban nhân dân các xã, phường:\nLập danh sách hộ bị ảnh hưởng.\n"
      "Các cơ quan, đơn vị theo chức năng, nhiệm vụ được giao, khẩn trương tổ chức thực hiện Kế hoạch này; kịp thời "
      "báo cáo khó khăn về Sở Công Thương để xem xét, giải quyết."),
     [block("Sở Công Thương", "Chủ trì tiếp nhận, điều phối hàng hóa hỗ trợ."),
      block("Ủy ban nhân dân các xã, phường", "Lập danh sách hộ bị ảnh hưởng.")]),
]


@pytest.mark.parametrize("row_id,more,expected", table(MEDIA_AND_CLOSING))
def test_media_bodies_and_the_closing_exhortation(row_id, more, expected):
    check_field(row_id, plan(more), "assignments", expected)
