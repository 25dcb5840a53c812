"""Rules added from dev documents, tried on invented wordings of the same genre (review of 58ca29c..main).

Each row is a phrasing an ordinary directive uses that a rule keyed on one document's wording got wrong: a steps'
lead that names its body, a plan's bare "QUY TRÌNH THỰC HIỆN" section, "KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN", a body's
name with a dash before the dash that stands for the colon, a cited letter's issuer written without "của" before a
tense word. Expected values are written by the contract (§2 ``assignments``, ``parent_directives``).
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, record_of, table

LEAD = "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ, giáo viên.\n\n"


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


ASSIGNMENTS = [
    # a steps' lead ("… theo các bước sau:") still names the body whose steps follow (contract: a heading that names
    # who must act); only a cases' lead ("… trong các trường hợp sau:") is no block
    ("steps-lead-names-its-body",
     LEAD + "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\n"
     "2. Các trường thực hiện theo các bước sau:\n- Đăng ký danh sách học sinh.\n"
     "- Gửi hồ sơ về Phòng Giáo dục và Đào tạo.\n",
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan."),
      block("Các trường", "Đăng ký danh sách học sinh.", "Gửi hồ sơ về Phòng Giáo dục và Đào tạo.")]),
    ("steps-lead-in-this-order",
     LEAD + "II. TRÁCH NHIỆM THỰC HIỆN\n1. Ủy ban nhân dân các xã tổ chức bình xét theo trình tự sau:\n"
     "a) Niêm yết công khai danh sách hộ nghèo.\nb) Tổng hợp kết quả gửi Phòng Lao động - Thương binh và Xã hội.\n",
     [block("Ủy ban nhân dân các xã", "Niêm yết công khai danh sách hộ nghèo.",
            "Tổng hợp kết quả gửi Phòng Lao động - Thương binh và Xã hội.")]),
    # a plan's bare "QUY TRÌNH THỰC HIỆN" heads its bodies; a rule's "Quy trình xét cấp thẻ:" lists steps
    ("plan-procedure-section",
     LEAD + "II. QUY TRÌNH THỰC HIỆN\n1. Phòng Nội vụ\n- Tiếp nhận hồ sơ đề nghị.\n2. Ủy ban nhân dân xã\n"
     "- Niêm yết công khai danh sách.\n",
     [block("Phòng Nội vụ", "Tiếp nhận hồ sơ đề nghị."), block("Ủy ban nhân dân xã", "Niêm yết công khai danh sách.")]),
    # the money and the duties in one title: the duties head the bodies
    ("funds-and-duties-title",
     LEAD + "II. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n- Chủ trì tổ chức chiến dịch tiêm chủng.\n"
     "2. Sở Tài chính\n- Bố trí kinh phí thực hiện.\n",
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."), block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("funds-section-then-duties-subsection",
     LEAD + "II. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN\n1. Kinh phí\nTừ nguồn ngân sách sự nghiệp giáo dục.\n"
     "2. Tổ chức thực hiện\na) Sở Y tế\n- Chủ trì tổ chức chiến dịch tiêm chủng.\nb) Sở Tài chính\n"
     "- Bố trí kinh phí thực hiện.\n",
     [block("Sở Y tế", "Chủ trì tổ chức chiến dịch tiêm chủng."), block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    # "Sở Văn hóa - Thể thao và Du lịch - Chủ trì …": the dash inside the name is no colon
    ("dash-inside-the-name",
     LEAD + "II. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa - Thể thao và Du lịch - Chủ trì tổ chức các hoạt động tuyên truyền.\n"
     "2. Sở Y tế - Bảo đảm công tác y tế tại các điểm thi.\n",
     [block("Sở Văn hóa - Thể thao và Du lịch", "Chủ trì tổ chức các hoạt động tuyên truyền."),
      block("Sở Y tế", "Bảo đảm công tác y tế tại các điểm thi.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(ASSIGNMENTS))
def test_assignments_in_ordinary_wordings(row_id, body, expected):
    check_field(row_id, directive(body=body), "assignments", expected)


def test_an_issuer_without_cua_ends_before_a_tense_word():
    preamble = ("Thực hiện Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 Sở Giáo dục và Đào tạo đã hướng dẫn tổ chức Ngày "
                "hội đọc sách, Phòng Giáo dục và Đào tạo xây dựng Kế hoạch như sau:")
    parents = record_of(directive(preamble=preamble))["parent_directives"]
    assert [(p["number"], p["issuer"]) for p in parents] == [("1402/SGDĐT-GDTX", "Sở Giáo dục và Đào tạo")]
