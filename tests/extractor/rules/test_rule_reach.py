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
    # "Ban chỉ đạo" in lower case is a body, not an authority's "… chỉ đạo:" handing out the duties below
    ("steering-committee-in-lower-case",
     LEAD + "II. TỔ CHỨC THỰC HIỆN\n1. Thành viên Ban chỉ đạo\n- Theo dõi, đôn đốc việc triển khai tại địa bàn.\n"
     "2. Phòng Y tế\n- Kiểm tra an toàn thực phẩm.\n",
     [block("Thành viên Ban chỉ đạo", "Theo dõi, đôn đốc việc triển khai tại địa bàn."),
      block("Phòng Y tế", "Kiểm tra an toàn thực phẩm.")]),
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


# A Hướng dẫn with no "Tổ chức thực hiện" title still hands out duties by "Đối với X:" or a body's own heading
# (contract: a heading that names who must act); only the bodies under a "Về …" topic are no blocks
GUIDANCE_HEAD = ("UBND TỈNH LẠNG SƠN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 812/HD-SGDĐT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "Độc lập - Tự do - Hạnh phúc\nLạng Sơn, ngày 14 tháng 3 năm 2025\n\nHƯỚNG DẪN\nTổ chức Ngày hội đọc sách "
                 "năm 2025\n\nThực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2025 của UBND tỉnh về phát triển văn hóa đọc, Sở "
                 "Giáo dục và Đào tạo hướng dẫn như sau:\n\n")
GUIDANCE_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Minh\n"
GUIDANCE = [
    ("doi-voi-headings",
     ("1. Đối với các Phòng Giáo dục và Đào tạo:\n- Chỉ đạo các trường tổ chức Ngày hội.\n- Báo cáo kết quả.\n"
     "2. Đối với các trường trung học phổ thông:\n- Trưng bày sách.\n"),
     [block("các Phòng Giáo dục và Đào tạo", "Chỉ đạo các trường tổ chức Ngày hội.", "Báo cáo kết quả."),
      block("các trường trung học phổ thông", "Trưng bày sách.")]),
    ("bodies-as-headings",
     ("1. Các Phòng Giáo dục và Đào tạo\n- Chỉ đạo các trường tổ chức Ngày hội.\n2. Các trường trung học phổ thông\n"
     "- Trưng bày sách.\n"),
     [block("Các Phòng Giáo dục và Đào tạo", "Chỉ đạo các trường tổ chức Ngày hội."),
      block("Các trường trung học phổ thông", "Trưng bày sách.")]),
    ("bodies-under-a-topic",
     ("1. Về hồ sơ dự thi\n1.1. Các trường lập danh sách học sinh dự thi.\n2. Đối với các trường trung học phổ thông:\n"
     "- Trưng bày sách.\n"),
     [block("các trường trung học phổ thông", "Trưng bày sách.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(GUIDANCE))
def test_a_guidance_without_a_duties_title_still_hands_out_duties(row_id, body, expected):
    text = GUIDANCE_HEAD + body + GUIDANCE_TAIL
    assert record_of(text)["document"]["kind"] == "huong_dan"
    check_field(row_id, text, "assignments", expected)


# the plan's own last steps under the duties title, numbered afresh ("2. Kiểm tra, đánh giá kết quả thực hiện."), name
# no body; and a conclusion's "Giao X …; <name> …" hands a second duty only to a body named whole ("Đoàn kiểm tra liên
# ngành" is a team named by its mission, not "Đoàn" and a task "kiểm tra …": it takes the second duty)
NO_NEW_BLOCK = [
    ("steps-under-roman-duties",
     LEAD + "II. TỔ CHỨC THỰC HIỆN\n1. Tổ chức hội nghị triển khai kế hoạch.\n2. Kiểm tra, đánh giá kết quả thực hiện.\n",
     []),
    ("steps-numbered-afresh",
     ("1. Mục đích\n- Nâng cao nhận thức.\n2. Tổ chức thực hiện\n1. Tổ chức hội nghị triển khai kế hoạch.\n"
     "2. Kiểm tra, đánh giá kết quả thực hiện.\n"),
     []),
    ("giao-then-a-team-named-whole",
     "II. KẾT LUẬN\n1. Giao Sở Y tế chủ trì tổ chức kiểm tra; Đoàn kiểm tra liên ngành báo cáo kết quả.\n",
     [block("Sở Y tế", "chủ trì tổ chức kiểm tra"), block("Đoàn kiểm tra liên ngành", "báo cáo kết quả.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(NO_NEW_BLOCK))
def test_no_block_from_a_step_or_a_cut_name(row_id, body, expected):
    check_field(row_id, directive(body=body), "assignments", expected)


def test_a_body_named_with_its_colon_in_the_activities_stays_a_block():
    # "- Sở Y tế: chủ trì …" hands the duty out by name (contract §2: a heading that names who must act); only a run-in
    # step ("- Sở Y tế chủ trì …") before a duties section is the activity's actor, no block
    body = (LEAD + "II. NỘI DUNG\n1. Tiêm chủng mở rộng\n- Sở Y tế: chủ trì tổ chức tiêm chủng tại các xã.\n"
            "- Sở Giáo dục và Đào tạo: phối hợp tổ chức tiêm chủng tại trường học.\n- Ủy ban nhân dân các xã vận động "
            "người dân đưa trẻ đi tiêm.\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\n- Bố trí kinh phí.\n")
    check_field("colon-in-the-activities", directive(body=body), "assignments", [
        block("Sở Y tế", "chủ trì tổ chức tiêm chủng tại các xã."),
        block("Sở Giáo dục và Đào tạo", "phối hợp tổ chức tiêm chủng tại trường học."),
        block("Sở Tài chính", "Bố trí kinh phí.")])
