"""A letter that asks ONE body (or one kind of body) for "the following" and lists the tasks under it, numbered, with
dash sub-items (extractor/rules/assignments.py, ``_asked_list``): the asked body is the agency of the whole list; its
tasks are the items and their sub-items, flat — an item that is a task sentence ending with ':' ("… cụ thể:") is a
task, an item that only titles its sub-items ("Những lưu ý về …:", "Về công tác …:") is not; a paragraph of its own
between the sub-items is a task; a statement that lists examples ("Các hành vi … bị xử phạt … như:") and its dashes
are not; the closing request ("X đề nghị … quan tâm thực hiện những nội dung trên") ends the list. Every name, number
and date here is invented.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, record_of, table

HEADER = ("SỞ Y TẾ TỈNH HÀ TRUNG\nSố: 2214/SYT-NVY\nV/v tự rà soát điều kiện hoạt động\n\n"
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Trung, ngày 04 tháng 11 năm 2026")
CLOSING = "Nơi nhận:\n- Như trên;\n- Lưu: VT, NVY.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐinh Thị Hạnh"


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


def sec(*lines: str) -> str:
    return "\n".join(lines)


ASKED = [
    ("task-item-ending-with-colon-then-titled-items",
     ("Nhằm bảo đảm an toàn người bệnh. Sở Y tế đề nghị các cơ sở khám bệnh, chữa bệnh tư nhân trên địa bàn tỉnh tự "
      "rà soát việc thực hiện quy định, nội dung cụ thể như sau:"),
     sec("1. Thường xuyên rà soát điều kiện hoạt động của cơ sở theo quy định tại Điều 49 Luật Khám bệnh, chữa bệnh, "
         "cụ thể:",
         "",
         "- Niêm yết công khai giá dịch vụ khám bệnh, chữa bệnh tại nơi dễ quan sát.",
         "",
         "- Bảo đảm người hành nghề có giấy phép hành nghề còn hiệu lực.",
         "",
         "2. Gửi báo cáo kết quả tự rà soát về Sở Y tế trước ngày 20 tháng 11 năm 2026.",
         "",
         "3. Những lưu ý về hồ sơ chuyên môn:",
         "",
         "- Lưu trữ hồ sơ bệnh án theo quy định của Luật Khám bệnh, chữa bệnh.",
         "",
         "Lưu ý về đơn thuốc: Đơn thuốc phải được kê theo đúng mẫu quy định.",
         "",
         "- Cập nhật thông tin người hành nghề trên hệ thống quản lý.",
         "",
         "4. Lưu ý quy định xử phạt vi phạm hành chính:",
         "",
         "Các hành vi vi phạm thì bị xử phạt theo quy định của Nghị định số 117/2020/NĐ-CP như:",
         "",
         "- Không niêm yết giá dịch vụ khám bệnh, chữa bệnh.",
         "",
         "- Không bảo đảm điều kiện về nhân sự.",
         "",
         "Sở Y tế đề nghị các cơ sở khám bệnh, chữa bệnh tư nhân quan tâm thực hiện những nội dung trên."),
     [block("các cơ sở khám bệnh, chữa bệnh tư nhân trên địa bàn tỉnh",
            "Thường xuyên rà soát điều kiện hoạt động của cơ sở theo quy định tại Điều 49 Luật Khám bệnh, chữa bệnh, "
            "cụ thể:",
            "Niêm yết công khai giá dịch vụ khám bệnh, chữa bệnh tại nơi dễ quan sát.",
            "Bảo đảm người hành nghề có giấy phép hành nghề còn hiệu lực.",
            "Gửi báo cáo kết quả tự rà soát về Sở Y tế trước ngày 20 tháng 11 năm 2026.",
            "Lưu trữ hồ sơ bệnh án theo quy định của Luật Khám bệnh, chữa bệnh.",
            "Lưu ý về đơn thuốc: Đơn thuốc phải được kê theo đúng mẫu quy định.",
            "Cập nhật thông tin người hành nghề trên hệ thống quản lý.")]),
    ("asked-kind-named-again-and-a-closing-request",
     ("Thực hiện Luật Hợp tác xã năm 2023, Sở Nông nghiệp và Môi trường đề nghị các hợp tác xã nông nghiệp trên địa "
      "bàn tỉnh tự kiểm tra việc chấp hành quy định, cụ thể như sau:"),
     sec("1. Về công tác tuyên truyền:",
         "- Phổ biến Luật Hợp tác xã đến toàn thể thành viên;",
         "- Niêm yết điều lệ hợp tác xã tại trụ sở.",
         "2. Hợp tác xã gửi báo cáo tài chính năm về Sở Nông nghiệp và Môi trường trước ngày 31/3/2027.",
         "3. Cập nhật thông tin đăng ký hợp tác xã trên Hệ thống thông tin quốc gia.",
         "Sở Nông nghiệp và Môi trường đề nghị các hợp tác xã quan tâm thực hiện các nội dung trên.",
         "- Điện thoại liên hệ: 0237.3852.111;",
         "- Thư điện tử: nnmt@hatrung.gov.vn."),
     [block("các hợp tác xã nông nghiệp trên địa bàn tỉnh",
            "Phổ biến Luật Hợp tác xã đến toàn thể thành viên",
            "Niêm yết điều lệ hợp tác xã tại trụ sở.",
            "Hợp tác xã gửi báo cáo tài chính năm về Sở Nông nghiệp và Môi trường trước ngày 31/3/2027.",
            "Cập nhật thông tin đăng ký hợp tác xã trên Hệ thống thông tin quốc gia.")]),
    ("sentence-items-and-one-with-sub-items",
     "Để chuẩn bị Hội thi tay nghề năm 2026, Sở Y tế đề nghị Bệnh viện Đa khoa tỉnh thực hiện cụ thể:",
     sec("1. Cử 05 điều dưỡng tham gia Hội thi, gửi danh sách trước ngày 10/12/2026.",
         "2. Chuẩn bị địa điểm tổ chức phần thi thực hành, gồm:",
         "- Bố trí 02 phòng thực hành có đủ trang thiết bị;",
         "- Phân công cán bộ hướng dẫn thí sinh.",
         "3. Bảo đảm kinh phí tham dự theo quy định hiện hành."),
     [block("Bệnh viện Đa khoa tỉnh",
            "Cử 05 điều dưỡng tham gia Hội thi, gửi danh sách trước ngày 10/12/2026.",
            "Chuẩn bị địa điểm tổ chức phần thi thực hành, gồm:",
            "Bố trí 02 phòng thực hành có đủ trang thiết bị",
            "Phân công cán bộ hướng dẫn thí sinh.",
            "Bảo đảm kinh phí tham dự theo quy định hiện hành.")]),
]


@pytest.mark.parametrize("row_id,lead,body,expected", table(ASKED))
def test_a_list_of_tasks_with_sub_items_asked_of_one_body(row_id, lead, body, expected):
    text = directive(header=HEADER, title="", kinh_gui="Kính gửi: Các đơn vị y tế trên địa bàn tỉnh.",
                     preamble=lead, body=body, closing=CLOSING)
    check_field(row_id, text, "assignments", expected)


# Where a task ends when an unmarked paragraph or sentence follows it: the paragraph goes on with the task unless it
# has a subject of its own — the writer's promise ("Sau khi …, Sở sẽ …"), the asked bodies named as a case's subject
# ("…, nếu các đơn vị chưa … thì …") — or closes the letter.
GOES_ON = [
    ("giao-item-then-a-connective-paragraph",
     "Thực hiện chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh kết luận như sau:",
     sec("1. Giao Sở Tài chính chủ trì tổng hợp nhu cầu kinh phí năm 2027 của các sở, ngành.",
         "Trong đó, ưu tiên các lĩnh vực: y tế cơ sở; giáo dục vùng khó khăn;",
         "hạ tầng chuyển đổi số cấp xã.",
         "2. Giao Sở Nội vụ rà soát biên chế các đơn vị sự nghiệp công lập."),
     [block("Sở Tài chính", "chủ trì tổng hợp nhu cầu kinh phí năm 2027 của các sở, ngành. Trong đó, ưu tiên các lĩnh "
            "vực: y tế cơ sở; giáo dục vùng khó khăn; hạ tầng chuyển đổi số cấp xã."),
      block("Sở Nội vụ", "rà soát biên chế các đơn vị sự nghiệp công lập.")]),
    ("asked-items-then-the-writers-promise",
     "Trong khi chưa có văn bản hướng dẫn, Sở Y tế đề nghị Trung tâm Y tế các huyện, thị xã thực hiện như sau:",
     sec("1. Tiếp tục tiếp nhận hồ sơ đề nghị cấp chứng chỉ hành nghề theo quy định hiện hành.",
         "",
         "Sau khi Thông tư hướng dẫn, sửa đổi Nghị định số 96/2023/NĐ-CP được ban hành, Sở Y tế sẽ có văn bản "
         "hướng dẫn cụ thể.",
         "",
         "2. Báo cáo số hồ sơ tồn đọng về Sở Y tế trước ngày 15/12/2026."),
     [block("Trung tâm Y tế các huyện, thị xã",
            "Tiếp tục tiếp nhận hồ sơ đề nghị cấp chứng chỉ hành nghề theo quy định hiện hành.",
            "Báo cáo số hồ sơ tồn đọng về Sở Y tế trước ngày 15/12/2026.")]),
    ("request-then-its-consequence",
     ("Thực hiện Luật Ngân sách nhà nước, Sở Tài chính đề nghị các sở, ban, ngành lập dự toán đầy đủ các nội dung chi "
      "theo quy định. Đối với các nội dung không có thuyết minh, sẽ không được tổng hợp vào dự toán."),
     "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Sở Tài chính để được hướng dẫn./.",
     [block("các sở, ban, ngành", "lập dự toán đầy đủ các nội dung chi theo quy định. Đối với các nội dung không có "
            "thuyết minh, sẽ không được tổng hợp vào dự toán.")]),
    ("request-then-a-case-of-the-asked-bodies",
     ("Để kịp tổng hợp quyết toán năm 2026, Sở Tài chính đề nghị Ủy ban nhân dân các xã cung cấp số liệu thu, chi cho "
      "Sở Tài chính trước ngày 20/01/2027. Sau thời hạn trên, nếu Ủy ban nhân dân xã chưa gửi số liệu thì phải tự "
      "chịu trách nhiệm."),
     "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Sở Tài chính để được hướng dẫn./.",
     [block("Ủy ban nhân dân các xã", "cung cấp số liệu thu, chi cho Sở Tài chính trước ngày 20/01/2027.")]),
]


@pytest.mark.parametrize("row_id,lead,body,expected", table(GOES_ON))
def test_where_a_task_ends_before_an_unmarked_paragraph(row_id, lead, body, expected):
    text = directive(header=HEADER, title="", kinh_gui="Kính gửi: Các đơn vị trên địa bàn tỉnh.",
                     preamble=lead, body=body, closing=CLOSING)
    check_field(row_id, text, "assignments", expected)


# A team named by what it is sent to do ("Đoàn kiểm tra", "Đoàn thanh tra", "Đoàn kiểm tra, giám sát") is a body, not
# "Đoàn" and a task "kiểm tra …"; a clause of time right after the body ("trong quá trình …", "trong thời gian …")
# opens its task.
TEAMS = [
    ("inspection-team-then-a-clause-of-time",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Giáo dục và Đào tạo xây dựng lịch kiểm tra các trường.",
         "2. Đoàn kiểm tra trong quá trình kiểm tra nếu phát hiện sai phạm thì lập biên bản, báo cáo Trưởng phòng."),
     [block("Phòng Giáo dục và Đào tạo", "xây dựng lịch kiểm tra các trường."),
      block("Đoàn kiểm tra", "trong quá trình kiểm tra nếu phát hiện sai phạm thì lập biên bản, báo cáo Trưởng phòng.")]),
    ("inspection-and-supervision-team-acting",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "1. Đoàn kiểm tra, giám sát tổng hợp kết quả, báo cáo Trưởng phòng trước ngày 30/5/2026.",
         "2. Các trường chuẩn bị hồ sơ, tài liệu phục vụ kiểm tra."),
     [block("Đoàn kiểm tra, giám sát", "tổng hợp kết quả, báo cáo Trưởng phòng trước ngày 30/5/2026."),
      block("Các trường", "chuẩn bị hồ sơ, tài liệu phục vụ kiểm tra.")]),
    ("audit-team-during-its-stay",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "1. Đoàn thanh tra trong thời gian làm việc tại đơn vị thực hiện đúng quy trình thanh tra.",
         "2. Trường Tiểu học Bình Minh bố trí phòng làm việc cho Đoàn."),
     [block("Đoàn thanh tra", "trong thời gian làm việc tại đơn vị thực hiện đúng quy trình thanh tra."),
      block("Trường Tiểu học Bình Minh", "bố trí phòng làm việc cho Đoàn.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(TEAMS))
def test_a_team_named_by_its_mission_and_a_clause_of_time(row_id, section, expected):
    check_field(row_id, directive(body=section), "assignments", expected)


# Inside a body's block, "Trong đó giao <its head> …:" (no comma after the connective) hands the body's own duties to
# its head: the lead and the items under it stay the body's tasks; a "giao" to another body is a block of its own.
HEAD_OF_BODY = [
    ("head-of-the-body-over-dashes",
     sec("III. PHÂN CÔNG NHIỆM VỤ",
         "1. Sở Y tế",
         "Tham mưu Ủy ban nhân dân tỉnh chỉ đạo công tác phòng, chống dịch bệnh mùa đông.",
         "Trong đó giao Giám đốc Sở Y tế chỉ đạo thực hiện:",
         "- Kiểm tra công tác thu dung, điều trị tại các bệnh viện.",
         "- Bảo đảm đủ thuốc, vật tư y tế.",
         "2. Sở Tài chính",
         "Bố trí kinh phí phòng, chống dịch theo quy định."),
     [block("Sở Y tế", "Tham mưu Ủy ban nhân dân tỉnh chỉ đạo công tác phòng, chống dịch bệnh mùa đông.",
            "Trong đó giao Giám đốc Sở Y tế chỉ đạo thực hiện:",
            "Kiểm tra công tác thu dung, điều trị tại các bệnh viện.", "Bảo đảm đủ thuốc, vật tư y tế."),
      block("Sở Tài chính", "Bố trí kinh phí phòng, chống dịch theo quy định.")]),
    ("chairman-of-the-district-committee",
     sec("III. PHÂN CÔNG NHIỆM VỤ",
         "1. Ủy ban nhân dân huyện Mường La",
         "Chỉ đạo các xã rà soát hộ nghèo trên địa bàn.",
         "Đồng thời giao Chủ tịch Ủy ban nhân dân huyện Mường La chỉ đạo các xã:",
         "- Hoàn thành xóa nhà tạm trước ngày 30/6/2026;",
         "- Báo cáo kết quả về Sở Dân tộc và Tôn giáo."),
     [block("Ủy ban nhân dân huyện Mường La", "Chỉ đạo các xã rà soát hộ nghèo trên địa bàn.",
            "Đồng thời giao Chủ tịch Ủy ban nhân dân huyện Mường La chỉ đạo các xã:",
            "Hoàn thành xóa nhà tạm trước ngày 30/6/2026", "Báo cáo kết quả về Sở Dân tộc và Tôn giáo.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(HEAD_OF_BODY))
def test_a_body_hands_its_duties_to_its_head(row_id, section, expected):
    check_field(row_id, directive(body=section), "assignments", expected)


# "yêu cầu <body> gửi …": sending is the task; the body's name ends before it.
@pytest.mark.parametrize(("sentence", "agency"), [
    (("Ủy ban nhân dân tỉnh yêu cầu Sở Xây dựng gửi báo cáo tình hình phát triển nhà ở về Ủy ban nhân dân tỉnh "
      "trước ngày 20/4/2019."), "Sở Xây dựng"),
    ("Đề nghị Phòng Tài chính - Kế hoạch huyện gửi dự toán kinh phí về Văn phòng trước ngày 15/5/2019.",
     "Phòng Tài chính - Kế hoạch huyện"),
])
def test_a_body_asked_to_send_ends_before_the_verb(sentence, agency):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TÂN LẬP\nSố: 57/UBND-XD\nV/v báo cáo tình hình nhà ở\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Lập, ngày 03 tháng 4 năm 2019\n"
            f"Kính gửi: {agency}.\n\n{sentence}\n")
    assert [a["agency"] for a in record_of(text)["assignments"]] == [agency]
