"""Assignments: the phrasings left over from the phrasings table (test_assignments_phrasings.py), each in a short
invented document — a "Giao X" whose first verb hands a duty down only there ("xem xét", "giải quyết", "trả lời"), a
decision's execution article hard-wrapped at about 60 characters ("… Giám đốc các" / "Sở: Nội vụ, …"), duties under
"PHẦN III. TỔ CHỨC THỰC HIỆN" (a part's title, no appendix's) and an arabic "4. Tổ chức thực hiện" whose bodies are
numbered at its own level. The expected blocks are written by the contract (§2 ``assignments``).
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table


def sec(*lines: str) -> str:
    return "\n".join(lines)


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


LEAD = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của người dân về phòng, chống dịch bệnh.\n\n"
        "II. NỘI DUNG\n1. Tổ chức lễ ra quân vệ sinh môi trường.\n\n")

GIAO = [
    ("giao-xem-xet-lines",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Giao Sở Tài chính xem xét, bố trí kinh phí thực hiện Kế hoạch.",
         "Giao Sở Nội vụ xem xét, tham mưu kiện toàn tổ chức bộ máy."),
     [block("Sở Tài chính", "xem xét, bố trí kinh phí thực hiện Kế hoạch."),
      block("Sở Nội vụ", "xem xét, tham mưu kiện toàn tổ chức bộ máy.")]),
    ("giao-giai-quyet-tra-loi",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Giao Công an tỉnh giải quyết dứt điểm các vụ việc tồn đọng.",
         "Giao Thanh tra tỉnh trả lời đơn của công dân theo quy định."),
     [block("Công an tỉnh", "giải quyết dứt điểm các vụ việc tồn đọng."),
      block("Thanh tra tỉnh", "trả lời đơn của công dân theo quy định.")]),
    ("giao-xem-xet-numbered-then-semicolon",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "1. Giao Sở Xây dựng xem xét, hướng dẫn các huyện lập quy hoạch; Sở Tài chính bố trí kinh phí."),
     [block("Sở Xây dựng", "xem xét, hướng dẫn các huyện lập quy hoạch"),
      block("Sở Tài chính", "bố trí kinh phí.")]),
    ("authority-giao-xem-xet-inline",
     sec("III. KẾT LUẬN",
         "Ủy ban nhân dân tỉnh giao Sở Kế hoạch và Đầu tư xem xét, tổng hợp đề xuất của các huyện."),
     [block("Sở Kế hoạch và Đầu tư", "xem xét, tổng hợp đề xuất của các huyện.")]),
    # a letter asking its superior to consider is no block (rules9c's ruling: "xem xét" is asked of superiors)
    ("de-nghi-cap-tren-xem-xet",
     "Sở Giáo dục và Đào tạo đề nghị Ủy ban nhân dân tỉnh xem xét, phê duyệt.",
     []),
]

PARTS = [
    ("phan-capitals",
     sec("PHẦN I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức của người dân.", "",
         "PHẦN II. NỘI DUNG", "1. Tuyên truyền trên loa phát thanh.", "",
         "PHẦN III. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa và Thông tin",
         "- Chủ trì tổ chức các hoạt động tuyên truyền.", "2. Ủy ban nhân dân các xã",
         "- Triển khai kế hoạch tại địa phương."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức các hoạt động tuyên truyền."),
      block("Ủy ban nhân dân các xã", "Triển khai kế hoạch tại địa phương.")]),
    ("phan-lower",
     sec("Phần I. Mục đích, yêu cầu", "1. Nâng cao nhận thức của người dân.", "",
         "Phần III. Tổ chức thực hiện", "1. Trung tâm Y tế huyện:", "- Bảo đảm đủ vắc xin.",
         "2. Phòng Giáo dục và Đào tạo:", "- Phối hợp tổ chức tiêm chủng tại trường học."),
     [block("Trung tâm Y tế huyện", "Bảo đảm đủ vắc xin."),
      block("Phòng Giáo dục và Đào tạo", "Phối hợp tổ chức tiêm chủng tại trường học.")]),
    # parts over roman sections: "PHẦN III" ends the roman aims section above it and titles the duties
    ("phan-over-roman-sections",
     sec("PHẦN I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH", "1. Nâng cao nhận thức của người dân.", "II. YÊU CẦU",
         "1. Bảo đảm an toàn, tiết kiệm.", "", "PHẦN II. NỘI DUNG", "I. HOẠT ĐỘNG TUYÊN TRUYỀN",
         "1. Tuyên truyền trên loa phát thanh.", "", "PHẦN III. TỔ CHỨC THỰC HIỆN", "I. Phòng Văn hóa và Thông tin",
         "- Chủ trì tổ chức các hoạt động tuyên truyền.", "II. Ủy ban nhân dân các xã, thị trấn",
         "- Triển khai kế hoạch tại địa phương."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức các hoạt động tuyên truyền."),
      block("Ủy ban nhân dân các xã, thị trấn", "Triển khai kế hoạch tại địa phương.")]),
    ("phan-colon-after-roman-aims",
     sec("I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức của người dân.", "",
         "Phần III: Tổ chức thực hiện", "1. Ban Chỉ huy Quân sự huyện", "- Hỗ trợ lực lượng dựng sân khấu.",
         "2. Trung tâm Văn hóa - Thể thao huyện", "- Xây dựng kịch bản chương trình."),
     [block("Ban Chỉ huy Quân sự huyện", "Hỗ trợ lực lượng dựng sân khấu."),
      block("Trung tâm Văn hóa - Thể thao huyện", "Xây dựng kịch bản chương trình.")]),
    # an arabic duties title under roman aims, its bodies numbered afresh at its own level
    ("arabic-duties-after-roman-aims",
     sec("I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức của người dân.", "2. Huy động cả hệ thống chính trị.",
         "3. Tổ chức thực hiện", "1. Phòng Văn hóa và Thông tin", "- Xây dựng kịch bản chương trình.",
         "2. Ban Chỉ huy Quân sự huyện", "- Hỗ trợ lực lượng dựng sân khấu."),
     [block("Phòng Văn hóa và Thông tin", "Xây dựng kịch bản chương trình."),
      block("Ban Chỉ huy Quân sự huyện", "Hỗ trợ lực lượng dựng sân khấu.")]),
    ("arabic-duties-numbered-afresh-then-next-section",
     sec("1. Mục đích", "- Nâng cao nhận thức của người dân.", "", "2. Tổ chức thực hiện:",
         "1. Phòng Tài nguyên và Môi trường:", "- Hướng dẫn thu gom rác thải.", "2. Ủy ban nhân dân các xã:",
         "- Tổ chức ra quân vệ sinh môi trường.", "3. Đoàn Thanh niên huyện:", "- Vận động đoàn viên tham gia."),
     [block("Phòng Tài nguyên và Môi trường", "Hướng dẫn thu gom rác thải."),
      block("Ủy ban nhân dân các xã", "Tổ chức ra quân vệ sinh môi trường."),
      block("Đoàn Thanh niên huyện", "Vận động đoàn viên tham gia.")]),
    ("arabic-duties-same-level",
     sec("1. Mục đích", "- Nâng cao nhận thức của người dân.", "", "2. Nội dung", "- Tổ chức lễ ra quân.", "",
         "3. Tổ chức thực hiện", "1. Phòng Y tế", "- Chủ trì tổ chức chiến dịch.", "2. Ủy ban nhân dân các xã",
         "- Huy động người dân tham gia."),
     [block("Phòng Y tế", "Chủ trì tổ chức chiến dịch."),
      block("Ủy ban nhân dân các xã", "Huy động người dân tham gia.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(GIAO))
def test_giao_with_a_verb_handed_down(row_id, section, expected):
    body = section if not section.startswith("III.") else LEAD + section
    check_field(row_id, directive(body=body), "assignments", expected)


@pytest.mark.parametrize("row_id,section,expected", table(PARTS))
def test_duties_under_a_part_or_an_arabic_title(row_id, section, expected):
    check_field(row_id, directive(body=section), "assignments", expected)


HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 377/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nLai Châu, ngày 21 tháng 3 năm 2024")
TITLE = "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác rà soát thủ tục hành chính năm 2024\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"
GROUNDS = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
           "Xét đề nghị của Giám đốc Sở Nội vụ.\n\nQUYẾT ĐỊNH:")
CLOSING = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLò Văn Minh"
ARTICLES = "Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính năm 2024.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
WRAPPED = [
    ("after-giam-doc-cac",
     sec("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các",
         "Sở: Nội vụ, Tài chính, Tư pháp; Chủ tịch Ủy ban nhân dân các",
         "huyện, thành phố và các cơ quan, đơn vị có liên quan chịu",
         "trách nhiệm thi hành Quyết định này./."),
     [block("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Nội vụ, Tài chính, Tư pháp; Chủ tịch Ủy ban "
            "nhân dân các huyện, thành phố và các cơ quan, đơn vị có liên quan",
            "chịu trách nhiệm thi hành Quyết định này")]),
    ("after-so-colon",
     sec("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở:",
         "Nội vụ, Tài chính, Tư pháp; Chủ tịch Ủy ban nhân dân các huyện,",
         "thành phố chịu trách nhiệm thi hành Quyết định này./."),
     [block("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Nội vụ, Tài chính, Tư pháp; Chủ tịch Ủy ban "
            "nhân dân các huyện, thành phố",
            "chịu trách nhiệm thi hành Quyết định này")]),
    # the article's title on the "Điều" line: the bodies open a paragraph of their own, wrapped anywhere
    ("titled-article-then-wrapped-paragraph",
     sec("Điều 3. Tổ chức thực hiện",
         "Chánh Văn phòng Ủy ban nhân",
         "dân tỉnh; Giám đốc Sở Nội vụ; Thủ trưởng các sở, ban,",
         "ngành tỉnh chịu trách nhiệm thi hành Quyết định này./."),
     [block("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nội vụ; Thủ trưởng các sở, ban, ngành tỉnh",
            "chịu trách nhiệm thi hành Quyết định này")]),
    ("thu-truong-lower-case-rest",
     sec("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các",
         "sở, ban, ngành tỉnh và các ông (bà) có tên tại Điều 1 chịu",
         "trách nhiệm thi hành Quyết định này./."),
     [block("Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh và các ông (bà) có tên tại "
            "Điều 1", "chịu trách nhiệm thi hành Quyết định này")]),
]


@pytest.mark.parametrize("row_id,article,expected", table(WRAPPED))
def test_an_execution_article_hard_wrapped(row_id, article, expected):
    text = directive(header=HEADER, title=TITLE, preamble=GROUNDS, body=ARTICLES + article, closing=CLOSING)
    check_field(row_id, text, "assignments", expected)


# A letter's body (rh13_11): "1. Yêu cầu chung:" (the aims, naming no one) then "2. Trách nhiệm của các đơn vị:" over
# "2.1. Sở X:" — the duties heading ends the aims, so its numbered bodies head blocks; a body's lettered topics ending
# with ':' over an unmarked paragraph ("a. Nâng cao vai trò của chủ đầu tư:" / "Chủ động …") are topics of its duties:
# the paragraph, or the items after a lead ending with ':', are its tasks.
LETTER_HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TRUNG\nSố: 512/UBND-KT\nV/v tăng cường quản lý đấu thầu\n\n"
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                 "Hà Trung, ngày 10 tháng 3 năm 2026")
LETTER_CLOSING = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hùng"
TOPICS = [
    ("duties-heading-after-general-aims",
     sec("1. Yêu cầu chung:",
         "Nghiên cứu, quán triệt và thực hiện nghiêm túc các quy định của pháp luật về đấu thầu.",
         "",
         "2. Trách nhiệm của các đơn vị:",
         "2.1. Sở Tài chính:",
         "- Chủ trì tổ chức tập huấn về đấu thầu qua mạng cho các chủ đầu tư.",
         "- Kiểm tra hoạt động đấu thầu tại các chủ đầu tư theo kế hoạch.",
         "2.2. Thanh tra tỉnh:",
         "Tăng cường thanh tra hoạt động đấu thầu, xử lý nghiêm các vi phạm."),
     [block("Sở Tài chính", "Chủ trì tổ chức tập huấn về đấu thầu qua mạng cho các chủ đầu tư.",
            "Kiểm tra hoạt động đấu thầu tại các chủ đầu tư theo kế hoạch."),
      block("Thanh tra tỉnh", "Tăng cường thanh tra hoạt động đấu thầu, xử lý nghiêm các vi phạm.")]),
    ("lettered-topics-over-a-paragraph-and-a-lead",
     sec("1. Đề nghị Ủy ban nhân dân các huyện, các chủ đầu tư dự án sử dụng vốn ngân sách:",
         "",
         "a. Nâng cao vai trò, trách nhiệm của chủ đầu tư:",
         "",
         "Chủ động nghiên cứu các quy định về đấu thầu; lựa chọn tư vấn có đủ năng lực, kinh nghiệm.",
         "",
         "b. Rà soát danh mục dự án:",
         "",
         "Để bảo đảm tiến độ giải ngân năm 2026, các đơn vị thực hiện như sau:",
         "",
         "- Đối với các dự án đã có quyết định đầu tư: hoàn thành lựa chọn nhà thầu trước ngày 30/6/2026.",
         "",
         "- Đối với các dự án chưa có quyết định đầu tư: khẩn trương hoàn thiện hồ sơ trình phê duyệt.",
         "",
         "2. Sở Kế hoạch và Đầu tư tổng hợp tình hình thực hiện, tham mưu Ủy ban nhân dân tỉnh."),
     [block("Ủy ban nhân dân các huyện, các chủ đầu tư dự án sử dụng vốn ngân sách",
            "Chủ động nghiên cứu các quy định về đấu thầu; lựa chọn tư vấn có đủ năng lực, kinh nghiệm.",
            "Đối với các dự án đã có quyết định đầu tư: hoàn thành lựa chọn nhà thầu trước ngày 30/6/2026.",
            "Đối với các dự án chưa có quyết định đầu tư: khẩn trương hoàn thiện hồ sơ trình phê duyệt."),
      block("Sở Kế hoạch và Đầu tư", "tổng hợp tình hình thực hiện, tham mưu Ủy ban nhân dân tỉnh.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(TOPICS))
def test_topics_of_a_letters_duties(row_id, body, expected):
    text = directive(header=LETTER_HEADER, title="", kinh_gui="Kính gửi: Các sở, ban, ngành tỉnh.",
                     preamble="Thực hiện chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu như sau:",
                     body=body, closing=LETTER_CLOSING)
    check_field(row_id, text, "assignments", expected)


# A letter's request to kinds of bodies listed with ';' up to a colon, then their duty, however long the list
# (rh13_14); short notes on it ("Một số lưu ý:" over items counted in brackets) are its further tasks; a heading whose
# items only point to the rule settling each topic ("- Về thành phần: thực hiện theo điểm 2.3 …") names a case, no
# body that acts.
LONG_NAMES = ("các sở, ban, ngành, cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; Văn phòng Đoàn Đại biểu Quốc hội và "
              "Hội đồng nhân dân tỉnh; các đơn vị sự nghiệp công lập, các doanh nghiệp nhà nước trực thuộc Ủy ban nhân "
              "dân tỉnh; các hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn tỉnh; Hội đồng nhân dân, Ủy ban nhân "
              "dân các xã, phường và thị trấn trên địa bàn tỉnh Hà Trung")
REQUESTS = [
    ("long-list-with-semicolons-then-notes",
     sec("1. Về đánh giá, xếp loại chất lượng năm 2026",
         "",
         f"Đề nghị {LONG_NAMES}: tổ chức đánh giá, xếp loại chất lượng tập thể, cá nhân theo Kế hoạch số 21-KH/TU, "
         "hoàn thành trước ngày 10 tháng 12 năm 2026.",
         "",
         "Một số lưu ý:",
         "",
         "(1) Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm về kết quả đánh giá.",
         "",
         "(2) Gửi hồ sơ đề nghị xếp loại về Sở Nội vụ để tổng hợp.",
         "",
         "2. Giao Sở Nội vụ tổng hợp kết quả, tham mưu Ủy ban nhân dân tỉnh."),
     [block(LONG_NAMES, "tổ chức đánh giá, xếp loại chất lượng tập thể, cá nhân theo Kế hoạch số 21-KH/TU, hoàn "
            "thành trước ngày 10 tháng 12 năm 2026.",
            "Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm về kết quả đánh giá.",
            "Gửi hồ sơ đề nghị xếp loại về Sở Nội vụ để tổng hợp."),
      block("Sở Nội vụ", "tổng hợp kết quả, tham mưu Ủy ban nhân dân tỉnh.")]),
    ("headings-whose-items-point-to-rules",
     sec("1. Về kiểm điểm tập thể lãnh đạo",
         "a) Đối với Ban Thường vụ các hội quần chúng:",
         "- Về thành phần tham dự kiểm điểm: thực hiện theo điểm 2.3 khoản 2 Mục I Hướng dẫn số 05-HD/BTCTU.",
         "- Về quy trình xếp loại: thực hiện tương tự như khoản 4 Mục III Hướng dẫn số 05-HD/BTCTU.",
         "- Thẩm quyền quyết định xếp loại: Ban Thường vụ Đảng ủy tỉnh.",
         "2. Giao Sở Nội vụ hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện."),
     [block("Sở Nội vụ", "hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(REQUESTS))
def test_requests_to_listed_bodies_and_rule_pointers(row_id, body, expected):
    text = directive(header=LETTER_HEADER, title="", kinh_gui="Kính gửi: Các sở, ban, ngành tỉnh.",
                     preamble="Thực hiện Kế hoạch số 21-KH/TU của Tỉnh ủy, Ủy ban nhân dân tỉnh đề nghị như sau:",
                     body=body, closing=LETTER_CLOSING)
    check_field(row_id, text, "assignments", expected)


# A counted case, then the bodies asked, their short names set apart with ';' after a colon and going on over the next
# line ("1.2. Đối với 10 nhiệm vụ …, yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;" / "Khoa học và Công nghệ
# xây dựng phương án …", rh12_23): the agency is the bodies with their names, the task what follows the last name.
SEMICOLON_NAMES = [
    ("case-then-asked-bodies-wrapped-after-a-semicolon",
     sec("1. Về phân cấp, phân quyền",
         "1.1. Đối với 12 nhiệm vụ cần điều chỉnh thẩm quyền, yêu cầu các Sở: Tài chính; Xây dựng;",
         "Giáo dục và Đào tạo rà soát, đề xuất phương án điều chỉnh, báo cáo Ủy ban nhân dân tỉnh trước ngày "
         "20/12/2026."),
     [block("các Sở: Tài chính; Xây dựng; Giáo dục và Đào tạo", "rà soát, đề xuất phương án điều chỉnh, báo cáo Ủy "
            "ban nhân dân tỉnh trước ngày 20/12/2026.")]),
    ("case-then-asked-bodies-on-one-line",
     sec("1. Về thủ tục hành chính",
         "1.1. Đối với 5 thủ tục còn vướng mắc, yêu cầu các Sở: Nông nghiệp và Môi trường; Tư pháp hoàn thiện quy "
         "trình nội bộ trong tháng 01/2027."),
     [block("các Sở: Nông nghiệp và Môi trường; Tư pháp", "hoàn thiện quy trình nội bộ trong tháng 01/2027.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(SEMICOLON_NAMES))
def test_bodies_named_with_semicolons_after_a_case(row_id, body, expected):
    text = directive(header=LETTER_HEADER, title="", kinh_gui="Kính gửi: Các sở, ban, ngành tỉnh.",
                     preamble="Thực hiện chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu như sau:",
                     body=body, closing=LETTER_CLOSING)
    check_field(row_id, text, "assignments", expected)


# A plan's "III. NHIỆM VỤ, GIẢI PHÁP" lists activities, not duties ("nhiệm vụ, giải pháp" as "nhiệm vụ và giải pháp"),
# each with its field rows ("Đơn vị thực hiện: …"): a dashed step there — even "- Đề nghị X …" — is no block when the
# duties section names the bodies (rh8_14; the contract's ruling on "Cơ quan thực hiện:" rows).
ACTIVITY_STEPS = [
    ("steps-of-activities-under-tasks-and-solutions",
     sec("III. NHIỆM VỤ, GIẢI PHÁP",
         "1. Nâng cao trách nhiệm của các cơ quan trong công tác xây dựng pháp luật",
         "- Các cơ quan, đơn vị tiếp tục nâng cao nhận thức về vai trò của công tác xây dựng pháp luật.",
         "- Đề nghị người đứng đầu các cơ quan, đơn vị trực tiếp chỉ đạo việc nâng cao năng lực cán bộ.",
         "Đơn vị thực hiện: Các sở, ngành, Ủy ban nhân dân cấp xã.",
         "Thời gian thực hiện: Thường xuyên.",
         "IV. TỔ CHỨC THỰC HIỆN",
         "1. Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.",
         "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch."),
     [block("Sở Tư pháp", "theo dõi, đôn đốc việc thực hiện Kế hoạch."),
      block("Sở Tài chính", "bố trí kinh phí thực hiện Kế hoạch.")]),
    ("a-request-as-a-step-of-an-activity",
     sec("III. CÁC HOẠT ĐỘNG TRỌNG TÂM",
         "1. Tập huấn kỹ năng xây dựng văn bản",
         "- Đề nghị Ủy ban nhân dân các xã cử cán bộ tư pháp tham gia tập huấn.",
         "Đơn vị chủ trì: Sở Tư pháp.",
         "Thời gian thực hiện: Quý II năm 2026.",
         "IV. TỔ CHỨC THỰC HIỆN",
         "1. Sở Tư pháp chủ trì tổ chức các lớp tập huấn."),
     [block("Sở Tư pháp", "chủ trì tổ chức các lớp tập huấn.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(ACTIVITY_STEPS))
def test_steps_of_a_plans_activities_are_no_blocks(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# A numbered heading of the duties without a stop may qualify its bodies at length ("7. Các doanh nghiệp hoạt động
# trong lĩnh vực xây dựng, giao thông, … trên địa bàn Tỉnh" over its dashed items; rh13_13): the whole is the agency.
LONG_HEADINGS = [
    ("long-qualified-bodies-over-items",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Xây dựng",
         "- Chủ trì triển khai Kế hoạch.",
         "2. Các hợp tác xã, doanh nghiệp hoạt động trong lĩnh vực nông nghiệp, chế biến nông sản, thương mại điện tử "
         "và dịch vụ logistics trên địa bàn tỉnh",
         "- Chủ động ứng dụng nền tảng số trong sản xuất, kinh doanh.",
         "- Tham gia cung cấp dữ liệu về sản phẩm cho cơ sở dữ liệu của tỉnh."),
     [block("Sở Xây dựng", "Chủ trì triển khai Kế hoạch."),
      block("Các hợp tác xã, doanh nghiệp hoạt động trong lĩnh vực nông nghiệp, chế biến nông sản, thương mại điện tử "
            "và dịch vụ logistics trên địa bàn tỉnh", "Chủ động ứng dụng nền tảng số trong sản xuất, kinh doanh.",
            "Tham gia cung cấp dữ liệu về sản phẩm cho cơ sở dữ liệu của tỉnh.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(LONG_HEADINGS))
def test_a_long_numbered_heading_over_items_names_its_bodies(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)
