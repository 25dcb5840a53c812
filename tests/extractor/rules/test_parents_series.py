"""Parent directives (extractor/rules/parents.py): numbers listed after one type name, and types agreed between bodies.

"Các Công điện: số A ngày …, số B và số C ngày …; số D ngày … của X về S": one type name over a series of numbers,
the date written once after a pair joined by "và", the issuer and subject once after the last — every number is a
parent of that type, dated as written next to it (or after its pair), issued by X on S (contract §2: each cited
document is a parent). "Quy chế phối hợp số …", "Chương trình phối hợp số …": a type agreed between bodies, cited by
its number. Every name, number and date here is invented.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table

STATEMENT = "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"


def cite(kind, number, issue_date, issuer, subject):
    return {"kind": kind, "number": number, "issue_date": issue_date, "issuer": issuer, "subject": subject}


SERIES = [
    ("type-colon-pair-and-semicolon",
     ("Căn cứ các Công điện: số 11/CĐ-UBND ngày 02/10/2026, số 12/CĐ-UBND và số 13/CĐ-UBND ngày 05/10/2026; số "
      "14/CĐ-UBND ngày 07/10/2026 của UBND tỉnh về ứng phó với bão số 6;"),
     [cite("khac", "11/CĐ-UBND", "2026-10-02", "UBND tỉnh", "ứng phó với bão số 6"),
      cite("khac", "12/CĐ-UBND", "2026-10-05", "UBND tỉnh", "ứng phó với bão số 6"),
      cite("khac", "13/CĐ-UBND", "2026-10-05", "UBND tỉnh", "ứng phó với bão số 6"),
      cite("khac", "14/CĐ-UBND", "2026-10-07", "UBND tỉnh", "ứng phó với bão số 6")]),
    ("plural-type-commas",
     ("Thực hiện các Kế hoạch số 31/KH-SYT ngày 04/3/2026, số 40/KH-SYT ngày 19/3/2026 và số 52/KH-SYT ngày "
      "02/4/2026 của Sở Y tế về phòng, chống dịch sốt xuất huyết;"),
     [cite("ke_hoach", "31/KH-SYT", "2026-03-04", "Sở Y tế", "phòng, chống dịch sốt xuất huyết"),
      cite("ke_hoach", "40/KH-SYT", "2026-03-19", "Sở Y tế", "phòng, chống dịch sốt xuất huyết"),
      cite("ke_hoach", "52/KH-SYT", "2026-04-02", "Sở Y tế", "phòng, chống dịch sốt xuất huyết")]),
    ("pair-dated-once",
     ("Căn cứ Công văn số 208/UBND-VX và số 209/UBND-VX ngày 16/6/2026 của Ủy ban nhân dân tỉnh về tổ chức kỳ thi "
      "tuyển sinh lớp 10;"),
     [cite("cong_van", "208/UBND-VX", "2026-06-16", "Ủy ban nhân dân tỉnh", "tổ chức kỳ thi tuyển sinh lớp 10"),
      cite("cong_van", "209/UBND-VX", "2026-06-16", "Ủy ban nhân dân tỉnh", "tổ chức kỳ thi tuyển sinh lớp 10")]),
]


@pytest.mark.parametrize("row_id,line,expected", table(SERIES))
def test_numbers_listed_after_one_type_name(row_id, line, expected):
    check_field(row_id, directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives", expected)


AGREED = [
    ("quy-che-phoi-hop",
     "Căn cứ Quy chế phối hợp số 05/QCPH-UBND-MTTQ ngày 10/02/2026 về công tác vận động quỹ vì người nghèo;",
     [cite("khac", "05/QCPH-UBND-MTTQ", "2026-02-10", None, "công tác vận động quỹ vì người nghèo")]),
    ("chuong-trinh-phoi-hop",
     ("Thực hiện Chương trình phối hợp số 02/CTrPH-HND-SNN ngày 21/3/2026 của Hội Nông dân tỉnh và Sở Nông nghiệp "
      "và Môi trường về hỗ trợ nông dân chuyển đổi số;"),
     [cite("khac", "02/CTrPH-HND-SNN", "2026-03-21", "Hội Nông dân tỉnh và Sở Nông nghiệp và Môi trường",
           "hỗ trợ nông dân chuyển đổi số")]),
    ("ke-hoach-phoi-hop",
     "Căn cứ Kế hoạch phối hợp số 17/KHPH-CA-SGDĐT ngày 08/8/2026 của Công an tỉnh về bảo đảm an ninh trường học;",
     [cite("ke_hoach", "17/KHPH-CA-SGDĐT", "2026-08-08", "Công an tỉnh", "bảo đảm an ninh trường học")]),
]


@pytest.mark.parametrize("row_id,line,expected", table(AGREED))
def test_a_type_agreed_between_bodies_cited_by_number(row_id, line, expected):
    check_field(row_id, directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives", expected)


# "Thực hiện chỉ đạo của X về việc S (Công văn số N ngày D), …": the instruction's author and what it is about, the
# document in brackets after them; a committee keeps its field in its name
DIRECTED_IN_BRACKETS = [
    ("ve-viec-then-bracket",
     ("Thực hiện ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh về việc tăng cường phòng, chống dịch bệnh trên "
      "gia súc (Công văn số 715/UBND-KT ngày 12/5/2026), Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
     [cite("cong_van", "715/UBND-KT", "2026-05-12", "Chủ tịch Ủy ban nhân dân tỉnh",
           "tăng cường phòng, chống dịch bệnh trên gia súc")]),
    ("ve-then-bracket-text-type",
     ("Thực hiện chỉ đạo của Bộ Giáo dục và Đào tạo về triển khai năm học 2026 - 2027 (Văn bản số 3120/BGDĐT-GDPT "
      "ngày 20/8/2026), Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
     [cite("cong_van", "3120/BGDĐT-GDPT", "2026-08-20", "Bộ Giáo dục và Đào tạo", "triển khai năm học 2026 - 2027")]),
    ("committee-keeps-its-field",
     ("Thực hiện chỉ đạo của Ban Chỉ đạo tỉnh về phòng thủ dân sự (Công điện số 04/CĐ-BCĐ ngày 03/9/2026), Ủy ban "
      "nhân dân huyện ban hành Kế hoạch như sau:"),
     [cite("khac", "04/CĐ-BCĐ", "2026-09-03", "Ban Chỉ đạo tỉnh về phòng thủ dân sự", None)]),
]


@pytest.mark.parametrize("row_id,line,expected", table(DIRECTED_IN_BRACKETS))
def test_a_document_in_brackets_after_the_instructions_subject(row_id, line, expected):
    check_field(row_id, directive(preamble=line), "parent_directives", expected)


# "Quyết định số A … của X (được điều chỉnh, bổ sung bởi Quyết định số B … của X, phê duyệt …)": the amending decision in
# the bracket right after the issuer is a parent of its own (the first has no title of its own), its title after the
# comma, without the bracket that closes the clause
AMENDED_IN_BRACKETS = [
    ("dieu-chinh-bo-sung-boi",
     ("Căn cứ Quyết định số 310/QĐ-UBND ngày 02 tháng 3 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh (được điều chỉnh "
      "bổ sung bởi Quyết định số 955/QĐ-UBND ngày 14 tháng 8 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh, phê duyệt "
      "Danh mục dự án khuyến nông năm 2025);"),
     [cite("quyet_dinh", "310/QĐ-UBND", "2025-03-02", "Chủ tịch Ủy ban nhân dân tỉnh", None),
      cite("quyet_dinh", "955/QĐ-UBND", "2025-08-14", "Chủ tịch Ủy ban nhân dân tỉnh",
           "phê duyệt Danh mục dự án khuyến nông năm 2025")]),
    ("sua-doi-bo-sung-boi-ban-hanh",
     ("Căn cứ Quyết định số 41/QĐ-SYT ngày 10/01/2026 của Giám đốc Sở Y tế (đã được sửa đổi, bổ sung bởi Quyết định "
      "số 77/QĐ-SYT ngày 20/02/2026 của Giám đốc Sở Y tế, ban hành Quy chế chi tiêu nội bộ);"),
     [cite("quyet_dinh", "41/QĐ-SYT", "2026-01-10", "Giám đốc Sở Y tế", None),
      cite("quyet_dinh", "77/QĐ-SYT", "2026-02-20", "Giám đốc Sở Y tế", "ban hành Quy chế chi tiêu nội bộ")]),
    ("dieu-chinh-bo-sung-ve",
     ("Căn cứ Kế hoạch số 15/KH-UBND ngày 05/02/2026 của UBND huyện (được điều chỉnh, bổ sung tại Kế hoạch số "
      "62/KH-UBND ngày 30/5/2026 của UBND huyện về chuyển đổi số);"),
     [cite("ke_hoach", "15/KH-UBND", "2026-02-05", "UBND huyện", None),
      cite("ke_hoach", "62/KH-UBND", "2026-05-30", "UBND huyện", "chuyển đổi số")]),
]


@pytest.mark.parametrize("row_id,line,expected", table(AMENDED_IN_BRACKETS))
def test_an_amending_text_in_brackets_after_the_issuer(row_id, line, expected):
    check_field(row_id, directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives", expected)


# A line of the grounds' list that opens with a type name and no number cites a document by its title: its issuer
# when written after "của", else none; the statement that follows the list is none ("Kế hoạch này …", "Kế hoạch được
# xây dựng nhằm …").
TITLED_ENTRIES = [
    ("report-without-issuer",
     ("Căn cứ Công điện số 15/CĐ-UBND ngày 03/10/2026 của UBND tỉnh về ứng phó với lũ;\n"
      "Báo cáo nhanh tình hình thiệt hại do mưa lũ trên địa bàn tỉnh đến 17 giờ ngày 04/10/2026;\n"
      "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
     [cite("khac", "15/CĐ-UBND", "2026-10-03", "UBND tỉnh", "ứng phó với lũ"),
      cite("bao_cao", None, None, None,
           "Báo cáo nhanh tình hình thiệt hại do mưa lũ trên địa bàn tỉnh đến 17 giờ ngày 04/10/2026")]),
    ("programme-with-issuer",
     ("Căn cứ Quyết định số 88/QĐ-UBND ngày 15/01/2026 của UBND huyện về giao chỉ tiêu năm 2026;\n"
      "Chương trình công tác năm 2026 của Hội Nông dân tỉnh;\n"
      "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
     [cite("quyet_dinh", "88/QĐ-UBND", "2026-01-15", "UBND huyện", "giao chỉ tiêu năm 2026"),
      cite("khac", None, None, "Hội Nông dân tỉnh", "Chương trình công tác năm 2026")]),
    ("statement-is-no-entry",
     ("Căn cứ Quyết định số 88/QĐ-UBND ngày 15/01/2026 của UBND huyện về giao chỉ tiêu năm 2026;\n"
      "Kế hoạch được xây dựng nhằm bảo đảm hoàn thành các chỉ tiêu năm 2026."),
     [cite("quyet_dinh", "88/QĐ-UBND", "2026-01-15", "UBND huyện", "giao chỉ tiêu năm 2026")]),
]


@pytest.mark.parametrize("row_id,preamble,expected", table(TITLED_ENTRIES))
def test_a_line_of_the_grounds_citing_a_document_by_its_title(row_id, preamble, expected):
    check_field(row_id, directive(preamble=preamble), "parent_directives", expected)
