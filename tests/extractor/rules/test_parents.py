"""Parent directives (extractor/rules/parents.py): the documents the preamble cites as the basis.

Each row is a hand-written preamble (citations opening with Căn cứ / Thực hiện / Theo / "thực hiện chỉ đạo
của … tại …") followed by the plan's opening statement; the expected list is worked out from the guide:
kind from the cited type name, number normalised, issuer as written after ``của`` (bracketed abbreviation
left out), subject after ``về việc``/``về`` or the title after the issuer, else null. A new phrasing goes
into ``CITATIONS``; a known gap via ``gap``.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, record_of, table

STATEMENT = "Phòng Giáo dục và Đào tạo huyện Sơn Tịnh xây dựng Kế hoạch như sau:"


def cite(kind, number, issue_date, issuer, subject):
    return {"kind": kind, "number": number, "issue_date": issue_date, "issuer": issuer, "subject": subject}


CITATIONS = [
    ("can-cu-ke-hoach-ve",
     "Căn cứ Kế hoạch số 90/KH-UBND ngày 01/9/2023 của UBND huyện Sơn Tịnh về tổ chức Ngày hội đọc sách năm 2023;",
     [cite("ke_hoach", "90/KH-UBND", "2023-09-01", "UBND huyện Sơn Tịnh", "tổ chức Ngày hội đọc sách năm 2023")]),
    ("thuc-hien-cong-van-ve-viec-date-in-words",
     ("Thực hiện Công văn số 1402/SGDĐT-GDTX ngày 05 tháng 9 năm 2023 của Sở Giáo dục và Đào tạo Quảng Ngãi về việc "
     "hướng dẫn tổ chức Ngày hội đọc sách;"),
     [cite("cong_van", "1402/SGDĐT-GDTX", "2023-09-05", "Sở Giáo dục và Đào tạo Quảng Ngãi",
           "hướng dẫn tổ chức Ngày hội đọc sách")]),
    ("theo-huong-dan",
     ("Theo Hướng dẫn số 12/HD-HKH ngày 28/8/2023 của Hội Khuyến học tỉnh Quảng Ngãi về hoạt động khuyến học năm học "
     "2023 - 2024;"),
     [cite("huong_dan", "12/HD-HKH", "2023-08-28", "Hội Khuyến học tỉnh Quảng Ngãi",
           "hoạt động khuyến học năm học 2023 - 2024")]),
    ("chi-dao-cua-tai",
     ("Thực hiện chỉ đạo của UBND tỉnh Quảng Ngãi tại Công văn số 3310/UBND-KGVX ngày 12/9/2023 về việc tổ chức các "
     "hoạt động đọc sách;"),
     [cite("cong_van", "3310/UBND-KGVX", "2023-09-12", "UBND tỉnh Quảng Ngãi", "tổ chức các hoạt động đọc sách")]),
    ("law-without-number-named-by-its-title", "Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;",
     [cite("khac", None, "2019-11-21", None, "Luật Thư viện")]),
    ("programme-without-number-named-by-its-title",
     "Căn cứ Chương trình công tác năm 2023 của Hội Khuyến học huyện Sơn Tịnh;",
     [cite("khac", None, None, "Hội Khuyến học huyện Sơn Tịnh", "Chương trình công tác năm 2023")]),
    ("law-amending-laws-is-one-title",
     ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thư viện và Luật Di sản văn hóa ngày 08 tháng 7 năm 2021;"
      "\nCăn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;"),
     [cite("khac", None, "2021-07-08", None, "Luật sửa đổi, bổ sung một số điều của Luật Thư viện và Luật Di sản văn hóa"),
      cite("khac", None, "2019-06-14", None, "Luật Giáo dục")]),
    ("document-named-inside-the-subject-is-not-a-parent",
     ("Căn cứ Thông tư số 07/2021/TT-BVHTTDL ngày 02/6/2021 của Bộ Văn hóa, Thể thao và Du lịch hướng dẫn thực hiện "
      "Nghị định số 93/2020/NĐ-CP ngày 11/8/2020 của Chính phủ Quy định chi tiết thi hành Luật Thư viện;"),
     [cite("khac", "07/2021/TT-BVHTTDL", "2021-06-02", "Bộ Văn hóa, Thể thao và Du lịch",
           "hướng dẫn thực hiện Nghị định số 93/2020/NĐ-CP ngày 11/8/2020 của Chính phủ Quy định chi tiết thi hành "
           "Luật Thư viện")]),
    ("title-written-before-the-number",
     "Căn cứ Kế hoạch hoạt động thư viện năm học 2023 - 2024 số 41/KH-PGDĐT ngày 28/8/2023 của Phòng GDĐT huyện;",
     [cite("ke_hoach", "41/KH-PGDĐT", "2023-08-28", "Phòng GDĐT huyện", None)]),
    ("two-requests-each-names-its-issuer",
     ("Xét đề nghị của Hiệu trưởng Trường THCS Tịnh Hà tại Tờ trình số 17/TTr-THCS ngày 04/9/2023 và đề nghị của "
      "Trưởng phòng Nội vụ huyện tại Tờ trình số 29/TTr-PNV ngày 07/9/2023;"),
     [cite("to_trinh", "17/TTr-THCS", "2023-09-04", "Hiệu trưởng Trường THCS Tịnh Hà", None),
      cite("to_trinh", "29/TTr-PNV", "2023-09-07", "Trưởng phòng Nội vụ huyện", None)]),
    ("one-request-two-submissions",
     ("Xét đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình số 29/TTr-PNV ngày 07/9/2023 và Tờ trình số 31/TTr-PNV "
      "ngày 09/9/2023;"),
     [cite("to_trinh", "29/TTr-PNV", "2023-09-07", "Trưởng phòng Nội vụ huyện", None),
      cite("to_trinh", "31/TTr-PNV", "2023-09-09", "Trưởng phòng Nội vụ huyện", None)]),
    ("generic-letter-kind-from-its-number",
     ("Xét đề nghị của Phòng Văn hóa và Thông tin huyện tại văn bản số 88/TTr-VHTT ngày 06/9/2023 về việc tổ chức "
      "Ngày hội đọc sách;"),
     [cite("to_trinh", "88/TTr-VHTT", "2023-09-06", "Phòng Văn hóa và Thông tin huyện", "tổ chức Ngày hội đọc sách")]),
    ("semicolon-inside-a-subject",
     ("Căn cứ Nghị định số 93/2020/NĐ-CP ngày 11/8/2020 của Chính phủ quy định về tổ chức thư viện công lập; "
      "phát triển văn hóa đọc và thư viện cơ sở;"),
     [cite("khac", "93/2020/NĐ-CP", "2020-08-11", "Chính phủ",
           "tổ chức thư viện công lập; phát triển văn hóa đọc và thư viện cơ sở")]),
    ("body-named-inside-the-subject-after-a-comma",
     ("Căn cứ Nghị định số 93/2020/NĐ-CP ngày 11/8/2020 của Chính phủ quy định cơ cấu tổ chức của thư viện cấp huyện, "
      "Ủy ban nhân dân cấp xã; chế độ báo cáo của thư viện;"),
     [cite("khac", "93/2020/NĐ-CP", "2020-08-11", "Chính phủ",
           "quy định cơ cấu tổ chức của thư viện cấp huyện, Ủy ban nhân dân cấp xã; chế độ báo cáo của thư viện")]),
    ("doubled-spaces-of-a-crawl",
     ("Thực hiện Kế hoạch số 41/KH-UBND ngày 28/8/2023 của UBND huyện về triển  khai Chương trình  hành động số "
      "12-CTr/HU ngày 02/8/2023 của Huyện ủy, Chương trình  hành động số 12-CTr/HU ngày 02/8/2023 của Huyện ủy về "
      "phát triển văn hóa đọc;"),
     [cite("ke_hoach", "41/KH-UBND", "2023-08-28", "UBND huyện",
           "triển khai Chương trình hành động số 12-CTr/HU ngày 02/8/2023 của Huyện ủy"),
      cite("khac", "12-CTr/HU", "2023-08-02", "Huyện ủy", "phát triển văn hóa đọc")]),
    ("amending-law-after-a-semicolon-names-a-list-of-laws",
     ("Căn cứ Luật Thư viện ngày 21/11/2019; Luật sửa đổi, bổ sung một số điều của Luật Thư viện số 46/2019/QH14, "
      "Luật Di sản văn hóa số 28/2001/QH10 và Luật Báo chí số 103/2016/QH13 ngày 08/7/2021;"),
     [cite("khac", None, "2019-11-21", None, "Luật Thư viện"),
      cite("khac", None, "2021-07-08", None,
           "Luật sửa đổi, bổ sung một số điều của Luật Thư viện số 46/2019/QH14, Luật Di sản văn hóa số 28/2001/QH10 và "
           "Luật Báo chí số 103/2016/QH13")]),
    ("numbers-without-their-type-name",
     ("Căn cứ các Nghị định của Chính phủ: Số 93/2020/NĐ-CP ngày 11/8/2020 của Chính phủ về thư viện công lập; "
      "số 95/2021/NĐ-CP ngày 01/11/2021 của Chính phủ về văn hóa đọc;\n"
      "Xét đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình số 29/TTr-PNV ngày 07/9/2023 và số 31/TTr-PNV ngày "
      "09/9/2023;"),
     [cite("khac", "93/2020/NĐ-CP", "2020-08-11", "Chính phủ", "thư viện công lập"),
      cite("khac", "95/2021/NĐ-CP", "2021-11-01", "Chính phủ", "văn hóa đọc"),
      cite("to_trinh", "29/TTr-PNV", "2023-09-07", "Trưởng phòng Nội vụ huyện", None),
      cite("to_trinh", "31/TTr-PNV", "2023-09-09", "Trưởng phòng Nội vụ huyện", None)]),
    ("purpose-clause-ends-the-subject",
     ("Thực hiện Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở GDĐT Quảng Ngãi về việc tổ chức Ngày hội đọc sách, "
      "nhằm lan tỏa văn hóa đọc trong học sinh, Phòng Giáo dục và Đào tạo huyện Sơn Tịnh xây dựng Kế hoạch như sau:"),
     [cite("cong_van", "1402/SGDĐT-GDTX", "2023-09-05", "Sở GDĐT Quảng Ngãi", "tổ chức Ngày hội đọc sách")]),
    ("agreed-opinion-after-the-request-is-no-subject",
     ("Xét đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình số 29/TTr-PNV ngày 07/9/2023 và ý kiến thống nhất của "
      "các Thành viên UBND huyện;"),
     [cite("to_trinh", "29/TTr-PNV", "2023-09-07", "Trưởng phòng Nội vụ huyện", None)]),
    ("law-named-inside-a-bare-numbered-decree",
     ("Căn cứ các Nghị định của Chính phủ: số 93/2020/NĐ-CP ngày 11/8/2020 của Chính phủ quy định chi tiết một số "
      "điều của Luật Thư viện; số 95/2021/NĐ-CP ngày 01/11/2021 của Chính phủ về văn hóa đọc;"),
     [cite("khac", "93/2020/NĐ-CP", "2020-08-11", "Chính phủ", "quy định chi tiết một số điều của Luật Thư viện"),
      cite("khac", "95/2021/NĐ-CP", "2021-11-01", "Chính phủ", "văn hóa đọc")]),
    ("tren-co-so-noi-dung",
     ("Trên cơ sở nội dung Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở GDĐT Quảng Ngãi về việc tổ chức Ngày hội "
      "đọc sách;"),
     [cite("cong_van", "1402/SGDĐT-GDTX", "2023-09-05", "Sở GDĐT Quảng Ngãi", "tổ chức Ngày hội đọc sách")]),
    ("citation-inside-the-opening-sentence",
     ("Ngày hội đọc sách được tổ chức theo Quy chế hoạt động thư viện ban hành kèm theo Thông tư số 16/2022/TT-BGDĐT "
      "ngày 22/11/2022 của Bộ Giáo dục và Đào tạo; Phòng Giáo dục và Đào tạo huyện Sơn Tịnh xây dựng Kế hoạch như sau:"),
     [cite("khac", "16/2022/TT-BGDĐT", "2022-11-22", "Bộ Giáo dục và Đào tạo", None)]),
    ("bracketed-abbreviation-left-out",
     ("Căn cứ Công văn số 845/BVHTTDL-TV ngày 10/3/2023 của Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) về việc hướng dẫn "
     "tổ chức Ngày Sách;"),
     [cite("cong_van", "845/BVHTTDL-TV", "2023-03-10", "Bộ Văn hóa, Thể thao và Du lịch", "hướng dẫn tổ chức Ngày Sách")]),
    ("number-with-spaces",
     "Thực hiện Công văn số 1402 /SGDĐT- GDTX ngày 05/9/2023 của Sở GDĐT về tổ chức Ngày hội đọc sách;",
     [cite("cong_van", "1402/SGDĐT-GDTX", "2023-09-05", "Sở GDĐT", "tổ chức Ngày hội đọc sách")]),
    ("no-subject", "Căn cứ Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở GDĐT Quảng Ngãi;",
     [cite("cong_van", "1402/SGDĐT-GDTX", "2023-09-05", "Sở GDĐT Quảng Ngãi", None)]),
    ("can-cu-vao", "Căn cứ vào Kế hoạch số 90/KH-UBND ngày 01/9/2023 của UBND huyện Sơn Tịnh về tổ chức Ngày hội đọc sách;",
     [cite("ke_hoach", "90/KH-UBND", "2023-09-01", "UBND huyện Sơn Tịnh", "tổ chức Ngày hội đọc sách")]),
    ("comma-before-date", "Thực hiện Kế hoạch số 90/KH-UBND, ngày 01/9/2023 của UBND huyện Sơn Tịnh về tổ chức Ngày hội đọc sách;",
     [cite("ke_hoach", "90/KH-UBND", "2023-09-01", "UBND huyện Sơn Tịnh", "tổ chức Ngày hội đọc sách")]),
    ("two-in-one-line-second-without-cue",
     ("Căn cứ Kế hoạch số 90/KH-UBND ngày 01/9/2023 của UBND huyện Sơn Tịnh về tổ chức Ngày hội đọc sách; Công văn số "
     "95/PGDĐT-GDTH ngày 06/9/2023 của Phòng GDĐT huyện về hướng dẫn trưng bày sách;"),
     [cite("ke_hoach", "90/KH-UBND", "2023-09-01", "UBND huyện Sơn Tịnh", "tổ chức Ngày hội đọc sách"),
      cite("cong_van", "95/PGDĐT-GDTH", "2023-09-06", "Phòng GDĐT huyện", "hướng dẫn trưng bày sách")]),
    ("resolution-is-khac",
     "Căn cứ Nghị quyết số 45/NQ-HĐND ngày 12/7/2023 của Hội đồng nhân dân huyện Sơn Tịnh về nhiệm vụ năm học;",
     [cite("khac", "45/NQ-HĐND", "2023-07-12", "Hội đồng nhân dân huyện Sơn Tịnh", "nhiệm vụ năm học")]),
    ("party-directive",
     "Thực hiện Chỉ thị số 11-CT/TU ngày 02/8/2022 của Ban Thường vụ Tỉnh ủy về tăng cường công tác khuyến học;",
     [cite("chi_thi", "11-CT/TU", "2022-08-02", "Ban Thường vụ Tỉnh ủy", "tăng cường công tác khuyến học")]),
    ("circular-with-year-in-number",
     ("Căn cứ Thông tư số 05/2022/TT-BGDĐT ngày 15/3/2022 của Bộ Giáo dục và Đào tạo quy định về tổ chức thư viện "
     "trường học;"),
     [cite("khac", "05/2022/TT-BGDĐT", "2022-03-15", "Bộ Giáo dục và Đào tạo", "tổ chức thư viện trường học")]),
    ("statement-after-comma-not-in-subject",
     ("Căn cứ Kế hoạch số 90/KH-UBND ngày 01/9/2023 của UBND huyện Sơn Tịnh về tổ chức Ngày hội đọc sách năm 2023, "
     "Phòng Giáo dục và Đào tạo xây dựng kế hoạch như sau:"),
     [cite("ke_hoach", "90/KH-UBND", "2023-09-01", "UBND huyện Sơn Tịnh", "tổ chức Ngày hội đọc sách năm 2023")]),
    ("quoted-title-after-issuer", ("Căn cứ Quyết định số 1520/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học "
        "tập giai đoạn 2021-2030”;"), [cite("quyet_dinh", "1520/QĐ-TTg", "2022-10-06", "Thủ tướng Chính phủ",
              "phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”")],),
    ("amending-decree-in-brackets-is-named-inside",
     ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính (đã được "
      "sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ);"),
     [cite("khac", "63/2010/NĐ-CP", "2010-06-08", "Chính phủ",
           "kiểm soát thủ tục hành chính (đã được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 "
           "năm 2017 của Chính phủ)")]),
    ("subject-ends-with-its-sentence",
     ("Thực hiện Thông tư số 09/2013/TT-BXD ngày 01/7/2013 của Bộ Xây dựng hướng dẫn thực hiện Quyết định số "
      "22/2013/QĐ-TTg. Đến nay, hầu hết các địa phương đã lập Đề án hỗ trợ về nhà ở;"),
     [cite("khac", "09/2013/TT-BXD", "2013-07-01", "Bộ Xây dựng", "hướng dẫn thực hiện Quyết định số 22/2013/QĐ-TTg")]),
    ("decision-named-in-the-subject-after-quy-dinh-tai",
     ("Xét đề nghị của Bộ Quốc phòng tại công văn số 5865/BQP-TC ngày 30 tháng 10 năm 2009 về việc điều chỉnh mức trợ "
      "cấp theo quy định tại Quyết định số 142/2008/QĐ-TTg ngày 27 tháng 10 năm 2008;"),
     [cite("cong_van", "5865/BQP-TC", "2009-10-30", "Bộ Quốc phòng",
           "điều chỉnh mức trợ cấp theo quy định tại Quyết định số 142/2008/QĐ-TTg ngày 27 tháng 10 năm 2008")]),
    ("named-law-with-number-amended-by-another",
     ("Thực hiện quy định tại Điều 22 Luật bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 đã được sửa đổi, "
      "bổ sung một số điều theo Luật số 46/2014/QH13 ngày 13 tháng 6 năm 2014;"),
     [cite("khac", "25/2008/QH12", "2008-11-14", None, None),
      cite("khac", "46/2014/QH13", "2014-06-13", None, None)]),
    # Contract §2: an amending law is left out only when it stands inside another citation's subject. A law named
    # before its number has no subject ("else null"), so the law that amends it is a parent of its own.
    ("amending-law-by-number-after-a-numbered-law",
     ("Căn cứ Luật Thư viện số 46/2019/QH14 ngày 21/11/2019, được sửa đổi, bổ sung bởi Luật số 12/2023/QH15 ngày "
      "15/6/2023;"),
     [cite("khac", "46/2019/QH14", "2019-11-21", None, None),
      cite("khac", "12/2023/QH15", "2023-06-15", None, None)]),
    ("defining-note-after-the-amending-law-is-no-subject",
     ("Thực hiện Luật Dược số 105/2016/QH13 ngày 06 tháng 4 năm 2016 đã được sửa đổi, bổ sung một số điều theo Luật "
      "số 44/2024/QH15 ngày 21 tháng 11 năm 2024 (sau đây gọi là Luật Dược), trong đó có quy định về giá thuốc;"),
     [cite("khac", "105/2016/QH13", "2016-04-06", None, None), cite("khac", "44/2024/QH15", "2024-11-21", None, None)]),
    # "pháp luật" inside a law's name: its number is the law's own, not a second citation
    ("law-whose-name-ends-with-phap-luat",
     ("Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 ngày 20 tháng 6 năm 2012; Luật Ban hành văn bản quy "
      "phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;"),
     [cite("khac", "14/2012/QH13", "2012-06-20", None, None), cite("khac", "64/2025/QH15", "2025-02-19", None, None)]),
    # a short line broken after "ngày" / "số": the date or number on the next line is the citation's own
    ("line-broken-after-ngay",
     ("Căn cứ Luật Xây dựng ngày 18/6/2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17/6/2020;\n"
      "Theo đề nghị của Sở Xây dựng tại Tờ trình số 191/TTr-SXD ngày\n10/4/2024 về Kế hoạch bảo đảm thoát nước mùa "
      "mưa năm 2024."),
     [cite("khac", None, "2014-06-18", None, "Luật Xây dựng"),
      cite("khac", None, "2020-06-17", None, "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng"),
      cite("to_trinh", "191/TTr-SXD", "2024-04-10", "Sở Xây dựng", "Kế hoạch bảo đảm thoát nước mùa mưa năm 2024")]),
    ("line-broken-after-so",
     "Căn cứ Kế hoạch số\n45/KH-UBND ngày 02/3/2024 của UBND huyện về phòng, chống dịch bệnh;",
     [cite("ke_hoach", "45/KH-UBND", "2024-03-02", "UBND huyện", "phòng, chống dịch bệnh")]),
    # one cue over a list of citations, one a line (with or without list markers)
    ("cue-heading-over-a-dashed-list",
     ("Căn cứ:\n- Luật Thư viện ngày 21/11/2019;\n- Luật Giáo dục số 43/2019/QH14;\n"
      "- Nghị định số 93/2020/NĐ-CP ngày 11/8/2020 của Chính phủ về thư viện;"),
     [cite("khac", None, "2019-11-21", None, "Luật Thư viện"), cite("khac", "43/2019/QH14", None, None, None),
      cite("khac", "93/2020/NĐ-CP", "2020-08-11", "Chính phủ", "thư viện")]),
    ("citations-on-the-lines-after-the-cue",
     ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nLuật Trẻ em ngày 05/4/2016;\n"
      "Kế hoạch số 12/KH-UBND ngày 03/01/2024 của UBND huyện về công tác trẻ em;"),
     [cite("khac", None, "2015-06-19", None, "Luật Tổ chức chính quyền địa phương"),
      cite("khac", None, "2016-04-05", None, "Luật Trẻ em"),
      cite("ke_hoach", "12/KH-UBND", "2024-01-03", "UBND huyện", "công tác trẻ em")]),
    # a rule issued with a decision is cited through that decision: one item
    ("rules-issued-with-a-numbered-decision",
     ("Căn cứ Quy chế làm việc của Ủy ban nhân dân huyện ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 10/3/2022 "
      "của Ủy ban nhân dân huyện;"),
     [cite("quyet_dinh", "45/QĐ-UBND", "2022-03-10", "Ủy ban nhân dân huyện", None)]),
    ("consolidated-text-is-khac", "Căn cứ Văn bản hợp nhất số 08/VBHN-VPQH ngày 15/7/2020 của Văn phòng Quốc hội;",
     [cite("khac", "08/VBHN-VPQH", "2020-07-15", "Văn phòng Quốc hội", None)]),
    ("amending-law-without-comma-nor-date",
     ("Căn cứ Luật Giáo dục số 43/2019/QH14 và được sửa đổi bổ sung tại Luật số 27/2024/QH15; Luật Trẻ em số "
      "102/2016/QH13;"),
     [cite("khac", "43/2019/QH14", None, None, None), cite("khac", "27/2024/QH15", None, None, None),
      cite("khac", "102/2016/QH13", None, None, None)]),
    ("amending-law-in-brackets-after-a-law-cited-by-name",
     ("Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008 (đã được sửa đổi, bổ sung bởi Luật sửa đổi, bổ sung "
      "một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019);"),
     [cite("khac", None, "2008-11-13", None, "Luật Cán bộ, công chức"),
      cite("khac", None, "2019-11-25", None,
           "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức")]),
    ("constitution-by-its-article-amended-by-a-resolution",
     ("Căn cứ Điều 88 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013 đã được sửa đổi, bổ sung theo "
      "Nghị quyết số 203/2025/QH15 ngày 16 tháng 6 năm 2025 của Quốc hội khóa XV, kỳ họp thứ 9;"),
     [cite("khac", None, None, None, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013"),
      cite("khac", "203/2025/QH15", "2025-06-16", "Quốc hội khóa XV, kỳ họp thứ 9", None)]),
    ("constitution-alone", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
     [cite("khac", None, None, None, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam")]),
    # a date closes a law cited by name: the law after "và" is the next citation, not part of its title
    ("two-laws-by-name-and-date-joined-by-va",
     ("Thực hiện Luật Thư viện ngày 21 tháng 11 năm 2019 và Luật sửa đổi, bổ sung một số điều của Luật Thư viện "
      "ngày 10 tháng 6 năm 2024;"),
     [cite("khac", None, "2019-11-21", None, "Luật Thư viện"),
      cite("khac", None, "2024-06-10", None, "Luật sửa đổi, bổ sung một số điều của Luật Thư viện")]),
    ("constitution-and-a-law-named-by-their-years", "Căn cứ Hiến pháp năm 2013 và Luật Tổ chức Quốc hội năm 2014;",
     [cite("khac", None, None, None, "Hiến pháp năm 2013"), cite("khac", None, None, None, "Luật Tổ chức Quốc hội")]),
    ("two-laws-by-name-date-in-figures-joined-by-va",
     "Căn cứ Luật Giáo dục ngày 14/6/2019 và Luật Giáo dục đại học ngày 18/6/2012;",
     [cite("khac", None, "2019-06-14", None, "Luật Giáo dục"),
      cite("khac", None, "2012-06-18", None, "Luật Giáo dục đại học")]),
    # an amending decree after a subject read after "về" stays inside that subject, brackets or not
    ("amending-decree-after-a-subject-stays-inside-it",
     ("Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ về tổ chức các cơ quan chuyên môn, được sửa "
      "đổi, bổ sung bởi Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;"),
     [cite("khac", "24/2014/NĐ-CP", "2014-04-04", "Chính phủ",
           "tổ chức các cơ quan chuyên môn, được sửa đổi, bổ sung bởi Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 "
           "của Chính phủ")]),
    # a law named by one of its articles inside a citation's subject is part of that subject
    ("law-named-by-its-articles-inside-the-subject",
     ("Căn cứ Thông tư số 05/2019/TT-BVHTTDL ngày 12/7/2019 của Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết các "
      "điều 15 và 17 Luật Thư viện; Nghị định số 93/2020/NĐ-CP ngày 18/8/2020 của Chính phủ quy định chi tiết một số "
      "điều Luật Thư viện;"),
     [cite("khac", "05/2019/TT-BVHTTDL", "2019-07-12", "Bộ Văn hóa, Thể thao và Du lịch",
           "quy định chi tiết các điều 15 và 17 Luật Thư viện"),
      cite("khac", "93/2020/NĐ-CP", "2020-08-18", "Chính phủ", "quy định chi tiết một số điều Luật Thư viện")]),
    # a date with a typo cannot be read (null); the issuer after it still can
    ("unreadable-date-before-the-issuer",
     "Căn cứ Thông tư số 16/2022/TT-BGDĐT ngày 22/11/20222 của Bộ Giáo dục và Đào tạo về thư viện trường học;",
     [cite("khac", "16/2022/TT-BGDĐT", None, "Bộ Giáo dục và Đào tạo", "thư viện trường học")]),
    # "Thi hành …" (to execute a decision) cites it as a basis
    ("thi-hanh-cites-a-decision",
     "Thi hành Quyết định số 1561/QĐ-TTg ngày 14/12/2023 của Thủ tướng Chính phủ về việc tặng Cờ thi đua;",
     [cite("quyet_dinh", "1561/QĐ-TTg", "2023-12-14", "Thủ tướng Chính phủ", "tặng Cờ thi đua")]),
    # the issuer ends where an amending title begins; the title is the subject
    ("amending-title-after-the-issuer",
     ("Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ Giáo dục và Đào tạo bãi bỏ một số văn bản quy phạm "
      "pháp luật;"),
     [cite("khac", "22/2021/TT-BGDĐT", "2021-07-20", "Bộ Giáo dục và Đào tạo",
           "bãi bỏ một số văn bản quy phạm pháp luật")]),
    # a standing committee's plan "về" an action: the committee's name ends before it
    ("committee-plan-about-an-action",
     ("Thực hiện Kế hoạch số 15-KH/HU ngày 02/3/2024 của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết số 08-NQ/TU "
      "ngày 10/1/2024 của Tỉnh ủy về phát triển văn hóa đọc;"),
     [cite("ke_hoach", "15-KH/HU", "2024-03-02", "Ban Thường vụ Huyện ủy",
           "thực hiện Nghị quyết số 08-NQ/TU ngày 10/1/2024 của Tỉnh ủy về phát triển văn hóa đọc")]),
    # a committee named by its field, with "về" or commas inside it; "về" before what is done starts the subject
    ("committee-field-with-ve-then-subject",
     ("Căn cứ Kế hoạch số 210/KH-BCĐ ngày 05/4/2024 của Ban Chỉ đạo liên ngành tỉnh về vệ sinh môi trường về tổ "
      "chức Chiến dịch làm cho thế giới sạch hơn năm 2024;"),
     [cite("ke_hoach", "210/KH-BCĐ", "2024-04-05", "Ban Chỉ đạo liên ngành tỉnh về vệ sinh môi trường",
           "tổ chức Chiến dịch làm cho thế giới sạch hơn năm 2024")]),
    ("committee-field-with-commas",
     ("Thực hiện Kế hoạch số 15/KH-BCĐ ngày 02/3/2024 của Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội huyện về "
      "triển khai Tháng hành động phòng, chống ma túy năm 2024;"),
     [cite("ke_hoach", "15/KH-BCĐ", "2024-03-02", "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội huyện",
           "triển khai Tháng hành động phòng, chống ma túy năm 2024")]),
    # what the text draws from the citation after ";" is no part of its subject
    ("elaboration-after-a-semicolon",
     ("Căn cứ Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ quy định chi tiết và biện pháp thi hành "
      "Pháp lệnh Ưu đãi người có công với cách mạng; trong đó khoản 3 Điều 5 quy định mức hưởng trợ cấp;"),
     [cite("khac", "131/2021/NĐ-CP", "2021-12-30", "Chính phủ",
           "quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng")]),
    # a list of citations under one cue, the next item on its own line without the cue
    ("list-item-on-its-own-line-without-cue",
     ("Thực hiện Chỉ thị số 08/CT-TTg ngày 02 tháng 6 năm 2023 của Thủ tướng Chính phủ về việc tăng cường phòng "
      "cháy;\nCông văn số 2140/BCA-C07 ngày 20 tháng 6 năm 2023 của Bộ Công an về việc triển khai Chỉ thị số "
      "08/CT-TTg của Thủ tướng Chính phủ."),
     [cite("chi_thi", "08/CT-TTg", "2023-06-02", "Thủ tướng Chính phủ", "tăng cường phòng cháy"),
      cite("cong_van", "2140/BCA-C07", "2023-06-20", "Bộ Công an",
           "triển khai Chỉ thị số 08/CT-TTg của Thủ tướng Chính phủ")]),
    ("list-items-after-semicolons-on-a-new-line",
     ("Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí "
      "Minh;\nHướng dẫn số 11/HD-SNV ngày 04/7/2024 của Sở Nội vụ về khen thưởng; Kế hoạch số 31/KH-UBND ngày "
      "09/7/2024 của UBND tỉnh về thi đua năm 2024;"),
     [cite("chi_thi", "05-CT/TW", "2016-05-15", "Bộ Chính trị", "đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh"),
      cite("huong_dan", "11/HD-SNV", "2024-07-04", "Sở Nội vụ", "khen thưởng"),
      cite("ke_hoach", "31/KH-UBND", "2024-07-09", "UBND tỉnh", "thi đua năm 2024")]),
    # a crawl cuts the line after "số"; a period of years wrapped at its dash
    ("number-on-the-next-line-and-years-wrapped",
     ("Căn cứ Quyết định số\n1719/QĐ-TTg ngày 14 tháng 10 năm 2021 của Thủ tướng Chính phủ về phê duyệt “Chương "
      "trình mục tiêu quốc gia giai đoạn 2021\n- 2030”;"),
     [cite("quyet_dinh", "1719/QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ",
           "phê duyệt “Chương trình mục tiêu quốc gia giai đoạn 2021 - 2030”")]),
    # the text's own remark in brackets after the title; "hướng dẫn của X tại Công văn số …" names the issuer
    ("remark-in-brackets-and-guidance-of-issuer-at",
     ("Thực hiện Thông tri số 05-TT/TU ngày 11 tháng 9 năm 2024 của Tỉnh ủy Bình Định về lãnh đạo Tháng hành động "
      "vì trẻ em và hướng dẫn của Bộ Lao động - Thương binh và Xã hội tại Công văn số 412/LĐTBXH-TE ngày 20/9/2024 "
      "về việc tổ chức Tháng hành động vì trẻ em (sau đây gọi tắt là Tháng hành động);"),
     [cite("khac", "05-TT/TU", "2024-09-11", "Tỉnh ủy Bình Định", "lãnh đạo Tháng hành động vì trẻ em"),
      cite("cong_van", "412/LĐTBXH-TE", "2024-09-20", "Bộ Lao động - Thương binh và Xã hội",
           "tổ chức Tháng hành động vì trẻ em")]),
    # "Căn cứ vào" a document cited without a number; the Party's resolutions named by their congress or plenum
    ("can-cu-vao-unnumbered",
     "Căn cứ vào Đề án tuyển sinh năm 2024 của Học viện Ngân hàng;",
     [cite("khac", None, None, "Học viện Ngân hàng", "Đề án tuyển sinh năm 2024")]),
    ("party-congress-resolution-without-number",
     ("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025; Chỉ thị số 05-CT/TU ngày "
      "12/3/2021 của Ban Thường vụ Tỉnh ủy về công tác dân vận;"),
     [cite("khac", None, None, None, "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025"),
      cite("chi_thi", "05-CT/TU", "2021-03-12", "Ban Thường vụ Tỉnh ủy", "công tác dân vận")]),
    ("party-plenum-resolution-without-number",
     "Căn cứ Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII;",
     [cite("khac", None, None, None, "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII")]),
    ("sent-with-remark",
     ("Thực hiện Công văn số 502/SYT-NVY ngày 02/5/2024 của Sở Y tế về việc phòng chống bệnh tay chân miệng "
      "(có Công văn, Kế hoạch gửi kèm);"),
     [cite("cong_van", "502/SYT-NVY", "2024-05-02", "Sở Y tế", "phòng chống bệnh tay chân miệng")]),
    # a named law as the next item of the list, on its own line without the cue
    ("named-law-as-next-list-item",
     ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nLuật sửa đổi, bổ sung một số điều "
      "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
     [cite("khac", None, "2015-06-19", None, "Luật Tổ chức chính quyền địa phương"),
      cite("khac", None, "2019-11-22", None, "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật "
                                             "Tổ chức chính quyền địa phương")]),
    # a second proposer after the request's number is no subject; a purpose clause after ";" ends the citation
    ("second-proposer-after-the-number",
     ("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 45/TTr-STP ngày 03/6/2024 và Chánh Văn phòng UBND "
      "tỉnh."),
     [cite("to_trinh", "45/TTr-STP", "2024-06-03", "Giám đốc Sở Tư pháp", None)]),
    ("purpose-after-a-semicolon",
     ("Thực hiện Kết luận số 12-KL/TW ngày 05/4/2024 của Bộ Chính trị về sắp xếp đơn vị hành chính; nhằm bảo đảm "
      "việc triển khai thống nhất, Thủ tướng Chính phủ yêu cầu:"),
     [cite("khac", "12-KL/TW", "2024-04-05", "Bộ Chính trị", "sắp xếp đơn vị hành chính")]),
    ("attached-letter-remark",
     ("Thực hiện Công văn số 77/UBND-VX ngày 03/4/2024 của UBND huyện về việc phòng chống dịch sốt xuất huyết "
      "(văn bản gửi kèm);"),
     [cite("cong_van", "77/UBND-VX", "2024-04-03", "UBND huyện", "phòng chống dịch sốt xuất huyết")]),
    # a purpose clause that carries out the cited documents opens the statement, with no cue word
    ("purpose-clause-carries-out",
     ("Để tiếp tục thực hiện nghiêm Chỉ thị số 12/CT-TTg ngày 04/3/2021 của Thủ tướng Chính phủ về phòng, chống "
      "thiên tai; Chỉ thị số 09-CT/TU ngày 02/8/2022 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu:"),
     [cite("chi_thi", "12/CT-TTg", "2021-03-04", "Thủ tướng Chính phủ", "phòng, chống thiên tai"),
      cite("chi_thi", "09-CT/TU", "2022-08-02", "Ban Thường vụ Tỉnh ủy", None)]),
    ("purpose-clause-nham-trien-khai-co-hieu-qua",
     ("Nhằm triển khai có hiệu quả Kế hoạch số 210/KH-UBND ngày 15/8/2024 của UBND tỉnh Bình Định về chuyển đổi số "
      "năm 2024, Sở Thông tin và Truyền thông xây dựng Kế hoạch như sau:"),
     [cite("ke_hoach", "210/KH-UBND", "2024-08-15", "UBND tỉnh Bình Định", "chuyển đổi số năm 2024")]),
    # the reference broken onto the next line of a crawled page
    ("purpose-clause-reference-on-next-line",
     "Để thực hiện tốt\nQuyết định số 88/QĐ-UBND ngày 20/01/2025 của UBND huyện Tuy Phước về công tác dân số;",
     [cite("quyet_dinh", "88/QĐ-UBND", "2025-01-20", "UBND huyện Tuy Phước", "công tác dân số")]),
    ("purpose-clause-without-a-number-cites-nothing",
     "Để thực hiện tốt Kế hoạch năm học, Trường Tiểu học An Phú xây dựng Kế hoạch như sau:", []),
    # citations before one "của" share its issuer; a ";" between them does not
    ("issuer-shared-by-a-comma-list",
     ("Thực hiện Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày 29/12/2023 của Ban Thường vụ Tỉnh ủy; "
      "Chỉ thị số 03/CT-UBND ngày 19/3/2019 và Phương án số 72/PA-UBND ngày 28/02/2025 của UBND tỉnh;"),
     [cite("chi_thi", "31-CT/TU", "2023-06-06", "Ban Thường vụ Tỉnh ủy", None),
      cite("ke_hoach", "134-KH/TU", "2023-12-29", "Ban Thường vụ Tỉnh ủy", None),
      cite("chi_thi", "03/CT-UBND", "2019-03-19", "UBND tỉnh", None),
      cite("khac", "72/PA-UBND", "2025-02-28", "UBND tỉnh", None)]),
    # a line broken after "của" / "về" before a body's name goes on in the next line
    ("broken-after-cua-before-the-issuer",
     ("Thực hiện Kết luận số 45-KL/TW ngày 02/3/2024 của\nBan Bí thư về tiếp tục đẩy mạnh cải cách hành chính; "
      "Sở Nội vụ xây dựng Kế hoạch như sau:"),
     [cite("khac", "45-KL/TW", "2024-03-02", "Ban Bí thư", "tiếp tục đẩy mạnh cải cách hành chính")]),
    ("broken-after-cua-before-a-ministry",
     ("Căn cứ Thông tư số 08/2023/TT-BNV ngày 10/5/2023 của\nBộ Nội vụ về công tác văn thư;\n"
      "Phòng Nội vụ xây dựng Kế hoạch như sau:"),
     [cite("khac", "08/2023/TT-BNV", "2023-05-10", "Bộ Nội vụ", "công tác văn thư")]),
    # an oral direction given at a meeting, joined by "và ý kiến chỉ đạo của", is no part of the subject
    ("oral-direction-after-the-subject",
     ("Thực hiện Thông báo số 12-TB/TU ngày 05/3/2025 của Tỉnh ủy về sắp xếp tổ chức bộ máy và ý kiến chỉ đạo của "
      "đồng chí Bí thư Tỉnh ủy tại cuộc họp ngày 10/3/2025, Ủy ban nhân dân tỉnh yêu cầu:"),
     [cite("thong_bao", "12-TB/TU", "2025-03-05", "Tỉnh ủy", "sắp xếp tổ chức bộ máy")]),
    # "và" after a document named inside the citation's subject adds one more to that subject, not a parent
    ("nested-list-joined-by-va",
     ("Thực hiện Kế hoạch số 77/KH-UBND ngày 02/4/2024 của UBND tỉnh về thực hiện Nghị quyết số 18/NQ-CP ngày "
      "10/02/2024 của Chính phủ và Chương trình hành động số 05-CTr/TU ngày 01/3/2024 của Tỉnh ủy về phát triển "
      "kinh tế số;"),
     [cite("ke_hoach", "77/KH-UBND", "2024-04-02", "UBND tỉnh",
           "thực hiện Nghị quyết số 18/NQ-CP ngày 10/02/2024 của Chính phủ và Chương trình hành động số 05-CTr/TU "
           "ngày 01/3/2024 của Tỉnh ủy về phát triển kinh tế số")]),
    ("nested-list-joined-by-va-then-a-second-parent",
     ("Căn cứ Công văn số 310/SYT-NV ngày 12/5/2023 của Sở Y tế về triển khai Chỉ thị số 07/CT-BYT ngày 01/4/2023 "
      "của Bộ Y tế và Kế hoạch số 21/KH-UBND ngày 03/4/2023 của UBND tỉnh; Căn cứ Kế hoạch số 60/KH-TTYT ngày "
      "20/5/2023 của Trung tâm Y tế huyện;"),
     [cite("cong_van", "310/SYT-NV", "2023-05-12", "Sở Y tế",
           "triển khai Chỉ thị số 07/CT-BYT ngày 01/4/2023 của Bộ Y tế và Kế hoạch số 21/KH-UBND ngày 03/4/2023 của "
           "UBND tỉnh"),
      cite("ke_hoach", "60/KH-TTYT", "2023-05-20", "Trung tâm Y tế huyện", None)]),
    # a law named by its title inside the subject, then "và" and a numbered document: a second parent
    ("law-in-the-subject-then-va-a-second-parent",
     ("Căn cứ Nghị định số 31/2013/NĐ-CP ngày 09/4/2013 của Chính phủ quy định chi tiết một số điều của Pháp lệnh ưu "
      "đãi người có công với cách mạng và Thông tư số 05/2013/TT-BLĐTBXH ngày 15/5/2013 của Bộ Lao động - Thương binh "
      "và Xã hội về thủ tục lập hồ sơ;"),
     [cite("khac", "31/2013/NĐ-CP", "2013-04-09", "Chính phủ",
           "quy định chi tiết một số điều của Pháp lệnh ưu đãi người có công với cách mạng"),
      cite("khac", "05/2013/TT-BLĐTBXH", "2013-05-15", "Bộ Lao động - Thương binh và Xã hội",
           "thủ tục lập hồ sơ")]),
    # the statement opens its own sentence with an accented capital ("Ủy ban", "Ủy ban nhân dân", "Ông")
    ("sentence-ends-before-an-accented-capital",
     ("Thực hiện Quyết định số 410/QĐ-TTg ngày 15/4/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi "
      "hành Luật Địa chất và khoáng sản. Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung sau:"),
     [cite("quyet_dinh", "410/QĐ-TTg", "2025-04-15", "Thủ tướng Chính phủ",
           "ban hành Kế hoạch triển khai thi hành Luật Địa chất và khoáng sản")]),
    ("sentence-ends-before-uy-ban-after-ve",
     ("Căn cứ Kế hoạch số 55/KH-UBND ngày 02/5/2024 của UBND tỉnh về phát triển du lịch. Ủy ban nhân dân huyện "
      "xây dựng Kế hoạch như sau:"),
     [cite("ke_hoach", "55/KH-UBND", "2024-05-02", "UBND tỉnh", "phát triển du lịch")]),
    # a law's issuer written after its number and date, or after its date alone
    ("law-with-number-and-its-issuer",
     "Căn cứ khoản 2 Điều 49 Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019 của Quốc hội, quy định:",
     [cite("khac", "38/2019/QH14", "2019-06-13", "Quốc hội", None)]),
    ("law-with-number-its-issuer-then-semicolon",
     "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024 của Quốc hội;",
     [cite("khac", "31/2024/QH15", "2024-01-18", "Quốc hội", None)]),
    ("law-by-name-and-date-with-its-issuer",
     "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019 của Quốc hội;",
     [cite("khac", None, "2019-06-14", "Quốc hội", "Luật Giáo dục")]),
    # "theo" right after the title's words names a document inside that title
    ("document-named-after-theo-inside-a-title",
     ("Căn cứ Nghị định số 72/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định chính sách giảm thuế giá trị gia tăng "
      "theo Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc hội;"),
     [cite("khac", "72/2024/NĐ-CP", "2024-06-30", "Chính phủ", "quy định chính sách giảm thuế giá trị gia tăng theo "
           "Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc hội")]),
    ("document-named-after-theo-inside-a-title-ke-hoach",
     ("Thực hiện Kế hoạch số 20/KH-UBND ngày 05/3/2024 của UBND tỉnh triển khai các nhiệm vụ trọng tâm theo Chỉ thị "
      "số 05-CT/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy;"),
     [cite("ke_hoach", "20/KH-UBND", "2024-03-05", "UBND tỉnh", "triển khai các nhiệm vụ trọng tâm theo Chỉ thị số "
           "05-CT/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy")]),
    # after a comma, "theo" opens a basis of its own
    ("theo-after-a-comma-is-a-basis-of-its-own",
     ("Thực hiện Kế hoạch số 20/KH-UBND ngày 05/3/2024 của UBND tỉnh, theo Công văn số 88/SYT-NVY ngày 07/3/2024 "
      "của Sở Y tế;"),
     [cite("ke_hoach", "20/KH-UBND", "2024-03-05", "UBND tỉnh", None),
      cite("cong_van", "88/SYT-NVY", "2024-03-07", "Sở Y tế", None)]),
    # documents of one type and one issuer listed by their numbers after both
    ("plural-type-and-issuer-then-numbers",
     ("Căn cứ các Công văn của Bộ Tài chính số 3910/BTC-QLG ngày 04 tháng 4 năm 2018 về công bố giá cơ sở, số "
      "367/BTC-QLG ngày 06 tháng 4 năm 2018 về tính giá cơ sở;"),
     [cite("cong_van", "3910/BTC-QLG", "2018-04-04", "Bộ Tài chính", "công bố giá cơ sở"),
      cite("cong_van", "367/BTC-QLG", "2018-04-06", "Bộ Tài chính", "tính giá cơ sở")]),
    ("plural-ke-hoach-of-a-province",
     ("Thực hiện các Kế hoạch của UBND tỉnh Gia Lai số 12/KH-UBND ngày 05/01/2024 về chuyển đổi số, số 40/KH-UBND "
      "ngày 20/3/2024 về cải cách hành chính và số 77/KH-UBND ngày 02/5/2024 về phòng chống thiên tai;"),
     [cite("ke_hoach", "12/KH-UBND", "2024-01-05", "UBND tỉnh Gia Lai", "chuyển đổi số"),
      cite("ke_hoach", "40/KH-UBND", "2024-03-20", "UBND tỉnh Gia Lai", "cải cách hành chính"),
      cite("ke_hoach", "77/KH-UBND", "2024-05-02", "UBND tỉnh Gia Lai", "phòng chống thiên tai")]),
    # the issuer's opinion on the subject: the verb ends the issuer
    ("issuer-then-tham-gia-y-kien",
     ("Căn cứ Công văn số 1734/BTC-QLG ngày 03 tháng 12 năm 2025 của Bộ Tài chính tham gia ý kiến về phương án "
      "điều hành giá xăng dầu;"),
     [cite("cong_van", "1734/BTC-QLG", "2025-12-03", "Bộ Tài chính", "phương án điều hành giá xăng dầu")]),
    ("issuer-then-co-y-kien",
     "Căn cứ Công văn số 220/STC-QLG ngày 09/4/2024 của Sở Tài chính có ý kiến về giá dịch vụ thu gom rác;",
     [cite("cong_van", "220/STC-QLG", "2024-04-09", "Sở Tài chính", "giá dịch vụ thu gom rác")]),
    # an amending text names two texts of the same type inside its title, the first closed by its date
    ("amended-list-of-the-same-type-after-a-date",
     ("Căn cứ Nghị định số 80/2023/NĐ-CP ngày 17 tháng 11 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của "
      "Nghị định số 95/2021/NĐ-CP ngày 01 tháng 11 năm 2021 và Nghị định số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 "
      "của Chính phủ về kinh doanh xăng dầu;"),
     [cite("khac", "80/2023/NĐ-CP", "2023-11-17", "Chính phủ", "sửa đổi, bổ sung một số điều của Nghị định số "
           "95/2021/NĐ-CP ngày 01 tháng 11 năm 2021 và Nghị định số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 của Chính "
           "phủ về kinh doanh xăng dầu")]),
    ("amended-list-of-thong-tu-after-a-date",
     ("Căn cứ Thông tư số 12/2024/TT-BYT ngày 10/7/2024 của Bộ Y tế sửa đổi, bổ sung Thông tư số 20/2017/TT-BYT ngày "
      "10/5/2017 và Thông tư số 26/2019/TT-BYT ngày 30/8/2019 của Bộ Y tế về thuốc;"),
     [cite("khac", "12/2024/TT-BYT", "2024-07-10", "Bộ Y tế", "sửa đổi, bổ sung Thông tư số 20/2017/TT-BYT ngày 10/5/2017 và "
           "Thông tư số 26/2019/TT-BYT ngày 30/8/2019 của Bộ Y tế về thuốc")]),
    # a ";" followed by lower case goes on with the subject: a document named after it is still inside it
    ("semicolon-inside-a-subject-keeps-the-nested-document",
     ("Căn cứ Thông tư liên tịch số 39/2014/TTLT-BCT-BTC ngày 29 tháng 10 năm 2014 của Liên Bộ Công Thương - Tài "
      "chính quy định về phương pháp tính giá cơ sở; cơ chế hình thành Quỹ Bình ổn giá theo quy định tại Nghị định "
      "số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 của Chính phủ về kinh doanh xăng dầu;"),
     [cite("khac", "39/2014/TTLT-BCT-BTC", "2014-10-29", "Liên Bộ Công Thương - Tài chính",
           "phương pháp tính giá cơ sở; cơ chế hình thành Quỹ Bình ổn giá theo quy định tại Nghị định số "
           "83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 của Chính phủ về kinh doanh xăng dầu")]),
    # a cue line cut inside the proposer's name, before its document
    ("proposal-cut-inside-the-name",
     "Theo đề nghị của Sở Công\nThương tại Tờ trình số 298/TTr-SCT ngày 23/10/2025 và Công văn số 2679/SCT-QLTM ngày 07/11/2025.",
     [cite("to_trinh", "298/TTr-SCT", "2025-10-23", "Sở Công Thương", None),
      cite("cong_van", "2679/SCT-QLTM", "2025-11-07", "Sở Công Thương", None)]),
    ("proposal-cut-inside-the-name-xet",
     "Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi\nTrường tại Tờ trình số 45/TTr-SNNMT ngày 02/6/2025.",
     [cite("to_trinh", "45/TTr-SNNMT", "2025-06-02", "Giám đốc Sở Nông nghiệp và Môi Trường", None)]),
    # a Party conclusion names the report it heard, its number in brackets
    ("party-conclusion-heard-a-report",
     ("Tại phiên họp ngày 28/11/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình hoạt động của "
      "chính quyền địa phương 2 cấp (Báo cáo số 565-BC/BTCTW, ngày 27/11/2025), Bộ Chính trị kết luận như sau:"),
     [cite("bao_cao", "565-BC/BTCTW", "2025-11-27", "Ban Tổ chức Trung ương",
           "tình hình hoạt động của chính quyền địa phương 2 cấp")]),
    ("party-conclusion-considered-a-proposal",
     ("Ngày 05/3/2025, sau khi xem xét Tờ trình của Đảng ủy Chính phủ về sắp xếp đơn vị hành chính cấp tỉnh "
      "(Tờ trình số 12-TTr/ĐU ngày 02/3/2025), Ban Thường vụ kết luận như sau:"),
     [cite("to_trinh", "12-TTr/ĐU", "2025-03-02", "Đảng ủy Chính phủ", "sắp xếp đơn vị hành chính cấp tỉnh")]),
    # a Công điện is cited as the type it heads: khac, like its own heading
    ("cong-dien-is-khac",
     ("Triển khai chỉ đạo của Thủ tướng Chính phủ tại Công điện số 225/CĐ-TTg ngày 20/11/2025 về việc tập trung ứng "
      "phó mưa lũ;"),
     [cite("khac", "225/CĐ-TTg", "2025-11-20", "Thủ tướng Chính phủ", "tập trung ứng phó mưa lũ")]),
    ("cong-dien-of-a-province-is-khac",
     "Thực hiện Công điện số 07/CĐ-UBND ngày 02/9/2024 của UBND tỉnh Quảng Ninh về ứng phó bão số 3;",
     [cite("khac", "07/CĐ-UBND", "2024-09-02", "UBND tỉnh Quảng Ninh", "ứng phó bão số 3")]),
    # ... or with the body's abbreviation ("UBND tỉnh", "HĐND huyện")
    ("sentence-ends-before-ubnd",
     ("Thực hiện Quyết định số 410/QĐ-TTg ngày 15/4/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi "
      "hành Luật Địa chất và khoáng sản. UBND tỉnh ban hành Kế hoạch với các nội dung sau:"),
     [cite("quyet_dinh", "410/QĐ-TTg", "2025-04-15", "Thủ tướng Chính phủ",
           "ban hành Kế hoạch triển khai thi hành Luật Địa chất và khoáng sản")]),
    ("sentence-ends-before-hdnd",
     ("Căn cứ Kế hoạch số 55/KH-UBND ngày 02/5/2024 của UBND tỉnh về phát triển du lịch. HĐND huyện "
      "xây dựng Kế hoạch như sau:"),
     [cite("ke_hoach", "55/KH-UBND", "2024-05-02", "UBND tỉnh", "phát triển du lịch")]),
    ("issuer-not-shared-across-a-semicolon",
     ("Căn cứ Quyết định số 15/QĐ-UBND ngày 02/02/2024; Kế hoạch số 40/KH-SGDĐT ngày 11/3/2024 của Sở Giáo dục và "
      "Đào tạo;"),
     [cite("quyet_dinh", "15/QĐ-UBND", "2024-02-02", None, None),
      cite("ke_hoach", "40/KH-SGDĐT", "2024-03-11", "Sở Giáo dục và Đào tạo", None)]),
]


@pytest.mark.parametrize("row_id,preamble,expected", table(CITATIONS))
def test_parent_directives(row_id, preamble, expected):
    text = directive(preamble=preamble if "xây dựng" in preamble else f"{preamble}\n{STATEMENT}")
    check_field(row_id, text, "parent_directives", expected)


def test_a_note_closing_the_addressees_leaves_the_citation_its_line():
    kinh_gui = ("Kính gửi:\n- Sở Y tế các tỉnh;\n- Các bệnh viện trực thuộc Bộ.\n(Sau đây gọi chung là các đơn vị) "
                "Thực hiện Công văn số 12/BYT-BH ngày 05/01/2021 của Bộ Y tế về thanh toán chi phí;")
    text = directive(kinh_gui=kinh_gui, preamble=STATEMENT)
    check_field("note-then-citation", text, "parent_directives.0.number", "12/BYT-BH")


def test_citation_in_the_body_is_not_a_parent():
    body = (
        "I. NỘI DUNG\n- Trưng bày sách theo Công văn số 55/PGDĐT-GDTH ngày 02/10/2023 của Phòng GDĐT về trưng bày sách.\n"
        "- Thực hiện theo Kế hoạch số 91/KH-UBND ngày 03/10/2023 của UBND huyện Sơn Tịnh.\n- Trưng bày sách."
    )
    text = directive(body=body)
    check_field("body-citations", text, "parent_directives", [
        cite("cong_van", "1402/SGDĐT-GDTX", "2023-09-05", "Sở Giáo dục và Đào tạo Quảng Ngãi",
             "tổ chức Ngày hội đọc sách năm 2023"),
    ])


def test_citation_dated_after_the_document_is_warned():
    from extractor_helpers import run

    pre = "Căn cứ Kế hoạch số 90/KH-UBND ngày 01/10/2023 của UBND huyện Sơn Tịnh về tổ chức Ngày hội đọc sách;\n" + STATEMENT
    warnings = run(directive(preamble=pre)).record.warnings
    assert any("90/KH-UBND" in w and "01/10/2023" in w for w in warnings), warnings


@pytest.mark.parametrize("reasoning", [
    ("Trên cơ sở kết quả đạt được và những hạn chế, để thực hiện các chỉ tiêu theo Nghị quyết số 21-NQ/TW và Chỉ thị "
     "số 27/CT-TTg, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
    ("Trên cơ sở những kết quả sau 5 năm, nhằm đạt mục tiêu theo Kế hoạch số 14/KH-UBND, Phòng Văn hóa xây dựng "
     "kế hoạch như sau:"),
])
def test_reasoning_after_the_basis_cites_no_new_parent(reasoning):
    preamble = ("Thực hiện Chỉ thị số 27/CT-TTg ngày 15/8/2024 của Thủ tướng Chính phủ về tăng cường công tác dân số;\n"
                + reasoning)
    check_field("reasoning", directive(preamble=preamble), "parent_directives",
                [cite("chi_thi", "27/CT-TTg", "2024-08-15", "Thủ tướng Chính phủ", "tăng cường công tác dân số")])


def test_a_basis_opening_with_trên_cơ_sở_is_a_parent():
    preamble = ("Trên cơ sở Kế hoạch số 40/KH-SGDĐT ngày 12/3/2024 của Sở Giáo dục và Đào tạo về tổ chức Hội khỏe "
                "Phù Đổng;\n" + STATEMENT)
    check_field("basis", directive(preamble=preamble), "parent_directives",
                [cite("ke_hoach", "40/KH-SGDĐT", "2024-03-12", "Sở Giáo dục và Đào tạo", "tổ chức Hội khỏe Phù Đổng")])


@pytest.mark.parametrize(("cue", "line_before"), [
    ("Chiểu", "Tổ chức Nha Thông tin các khu BỘ TRƯỞNG BỘ THÔNG TIN"),
    ("Căn cứ", "Quy định về tổ chức các Ty Y tế BỘ TRƯỞNG BỘ Y TẾ"),
])
def test_a_decree_run_onto_one_line_reads_its_basis(cue, line_before):
    # an old decree copied from a legal database as one line: title, authority, căn cứ, enacting formula, articles
    line = (f"{line_before} {cue} Sắc lệnh số 58/SL ngày 10/5/1950 tổ chức các Bộ trong Chính phủ; {cue} Nghị định "
            "số 12 ngày 03/02/1951 của Bộ trưởng Bộ Nội vụ ấn định nhiệm vụ của các Ty; NGHỊ ĐỊNH: Điều 1. - Nay "
            "đặt theo Nghị định số 7 ngày 01/01/1951 các Ty. Điều 2. - Ông Chánh Văn phòng chiểu nghị định thi hành.")
    text = directive(preamble="", body=line)
    check_field("one-line-decree", text, "parent_directives", [
        cite("khac", "58/SL", "1950-05-10", None, "tổ chức các Bộ trong Chính phủ"),
        cite("khac", "12", "1951-02-03", "Bộ trưởng Bộ Nội vụ", "ấn định nhiệm vụ của các Ty"),
    ])


@pytest.mark.parametrize("quoted", [
    "“Điều 49. Nguyên tắc ấn định thuế\n…\n2. Cơ quan quản lý thuế ấn định số tiền thuế phải nộp.”",
    "“Điều 5. Đối tượng áp dụng\n1. Tổ chức, cá nhân kinh doanh;\n2. Cơ quan quản lý nhà nước.”",
])
def test_an_answer_letter_quoting_articles_cites_each_law_it_quotes(quoted):
    """An answer letter quotes each article it relies on; the numbered lines inside the quotes are the law's, and
    the next `Căn cứ` (wrapped before the cited text) still belongs to the opening."""
    preamble = (f"Căn cứ khoản 2 Điều 49 Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019 của Quốc hội, quy định:\n"
                f"{quoted}\nCăn cứ điểm a khoản 3 Điều 2\nThông tư số 111/2013/TT-BTC ngày 15/8/2013 của Bộ Tài chính, "
                f"quy định:\n{quoted}\nCăn cứ khoản 2 Điều 1 Nghị định số 132/2020/NĐ-CP ngày 05/11/2020 của Chính phủ, "
                f"quy định:\n{quoted}\nCăn cứ các quy định nêu trên, Công ty thực hiện như sau.\n"
                "1. Trường hợp Công ty vay theo Thông tư số 96/2015/TT-BTC ngày 22/6/2015 của Bộ Tài chính.")
    text = directive(preamble=preamble, body="")
    check_field(quoted, text, "parent_directives", [
        cite("khac", "38/2019/QH14", "2019-06-13", "Quốc hội", None),
        cite("khac", "111/2013/TT-BTC", "2013-08-15", "Bộ Tài chính", None),
        cite("khac", "132/2020/NĐ-CP", "2020-11-05", "Chính phủ", None),
    ])


@pytest.mark.parametrize("second", [
    "Nghị định số 06/2021/NĐ-CP ngày 26/01/2021 của Chính phủ về quản lý chất lượng công trình",
    "Nghị định số 10/2021/NĐ-CP ngày 09 tháng 02 năm 2021 của Chính phủ về quản lý chi phí đầu tư xây dựng",
])
def test_a_text_after_the_amending_texts_list_is_a_parent_of_its_own(second):
    """"… được sửa đổi, bổ sung bởi Nghị định A ngày … và Nghị định B …": A amends the cited text; B, of the same
    type after A's date, is cited in its own right (unlike "sửa đổi, bổ sung một số điều của A … và B …", a title's
    own list)."""
    preamble = ("Căn cứ Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ quy định chi tiết một số nội dung về "
                "quản lý dự án đầu tư xây dựng được sửa đổi, bổ sung bởi Nghị định số 35/2023/NĐ-CP ngày 20/6/2023 và "
                f"{second};\n{STATEMENT}")
    numbers = [p["number"] for p in record_of(directive(preamble=preamble))["parent_directives"]]
    assert numbers == ["15/2021/NĐ-CP", second.split()[3]], numbers


# A letter's opening reports what a higher body issued, with no cue word: the document it implements, the issuer
# named before "(đã) ban hành"; a document named inside that title is no parent of its own. A portal's note on the
# text itself ("… đã ban hành Công văn 17/… về …", no "số") and a clause naming no body cite nothing.
@pytest.mark.parametrize(("opening", "expected"), [
    (("Thủ tướng Chính phủ đã ban hành Chỉ thị số 05/CT-TTg ngày 14/3/2024 về tăng cường thực hiện các nhiệm vụ tại "
     "Nghị quyết số 12/NQ-CP ngày 02/02/2024 của Chính phủ. Thời gian qua, việc triển khai còn chậm."),
     [cite("chi_thi", "05/CT-TTg", "2024-03-14", "Thủ tướng Chính phủ",
           "tăng cường thực hiện các nhiệm vụ tại Nghị quyết số 12/NQ-CP ngày 02/02/2024 của Chính phủ")]),
    ("Ngày 20/5/2023, Bộ Y tế ban hành Thông tư số 09/2023/TT-BYT về hướng dẫn phòng chống dịch bệnh mùa hè.",
     [cite("khac", "09/2023/TT-BYT", "2023-05-20", "Bộ Y tế", "hướng dẫn phòng chống dịch bệnh mùa hè")]),
    (("Bộ Giáo dục và Đào tạo vừa ban hành Chỉ thị số 737/CT-BGDĐT ngày 09 tháng 8 năm 2022 về nhiệm vụ trọng "
      "tâm năm học 2022-2023."),
     [cite("chi_thi", "737/CT-BGDĐT", "2022-08-09", "Bộ Giáo dục và Đào tạo",
           "nhiệm vụ trọng tâm năm học 2022-2023")]),
    ("Ngày 18/11/2025, Sở Nội vụ đã ban hành Công văn 318/SNV-VP về việc bồi dưỡng công chức cấp xã.", []),
    ("Trong thời gian qua đã ban hành Kế hoạch số 7/KH-X ngày 01/02/2024 về tuyên truyền.", []),
    # "đã có văn bản số …": the same report; a body's long name holds commas; a Party number's type is before "/"
    (("Ngày 03/9/2025, Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực đã có văn bản số 12-TB/BCĐ thông báo "
      "kết luận của Trưởng Ban Chỉ đạo tại phiên họp thứ ba năm 2025."),
     [cite("thong_bao", "12-TB/BCĐ", "2025-09-03", "Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực",
           "thông báo kết luận của Trưởng Ban Chỉ đạo tại phiên họp thứ ba năm 2025")]),
    ("Bộ Tài chính đã có văn bản số 1520/BTC-NSNN ngày 12/02/2025 hướng dẫn lập dự toán ngân sách năm 2026.",
     [cite("cong_van", "1520/BTC-NSNN", "2025-02-12", "Bộ Tài chính", "hướng dẫn lập dự toán ngân sách năm 2026")]),
    ("Trong thời gian qua, nhiều đơn vị đã có văn bản số 15/BC-X ngày 01/02/2025 báo cáo kết quả.", []),
])
def test_an_opening_that_reports_what_a_higher_body_issued_cites_it(opening, expected):
    record = record_of(directive(header="", title="", kinh_gui="Kính gửi: Các đơn vị trực thuộc",
                                 preamble=opening, body="1. Rà soát chỉ tiêu.\n2. Báo cáo kết quả."))
    assert record["parent_directives"] == expected


# The text's own issuer reporting an earlier act of its own (same sign after the number, or its own name after the
# office that signed it) reports on it: no basis (contract §2, "the acts it reports on").
@pytest.mark.parametrize("opening", [
    "Ngày 02/10/2024, Chủ tịch Ủy ban nhân dân tỉnh đã ban hành Công văn số 4410/UBND-VX về việc rà soát hồ sơ.",
    "Ủy ban nhân dân tỉnh Bình Định đã ban hành Kế hoạch số 88/KH-UBND ngày 01/3/2024 về chuyển đổi số.",
    "Ngày 15 tháng 4 năm 2024, Chủ tịch UBND tỉnh đã ban hành Công văn số 2011/UBND-VX về tăng cường kiểm tra.",
])
def test_an_opening_that_reports_the_issuers_own_earlier_act_cites_nothing(opening):
    head = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 5120/UBND-VX\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nBình Định, ngày 20 tháng 5 năm 2024")
    record = record_of(directive(header=head, title="V/v hoàn thành cập nhật dữ liệu",
                                 kinh_gui="Kính gửi: Các sở, ban, ngành", preamble=opening,
                                 body="1. Rà soát chỉ tiêu.\n2. Báo cáo kết quả."))
    assert record["parent_directives"] == []


# A reminder: the issuer's own earlier letter told in the opening, then "(Tuy nhiên) đến nay, … chưa nhận được …" —
# the text follows that letter up (as "Tiếp theo Công văn số …" would): its basis. What the told letter asked
# ("… yêu cầu các sở …") is no part of its title (heldout-real17 rh17_12).
@pytest.mark.parametrize(("opening", "expected"), [
    (("Ngày 02/10/2024, Ủy ban nhân dân tỉnh có văn bản số 4410/UBND-VX thông báo ý kiến chỉ đạo của Chủ tịch Ủy ban "
      "nhân dân tỉnh yêu cầu các sở rà soát hồ sơ, báo cáo trước ngày 30/10/2024.\n\n"
      "Tuy nhiên đến nay, Ủy ban nhân dân tỉnh chưa nhận được báo cáo của các sở."),
     [cite("cong_van", "4410/UBND-VX", "2024-10-02", "Ủy ban nhân dân tỉnh",
           "thông báo ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh")]),
    (("Ngày 15 tháng 4 năm 2024, Ủy ban nhân dân tỉnh Bình Định đã có văn bản số 2011/UBND-VX đề nghị các sở cập nhật "
      "dữ liệu dân cư.\n\nĐến nay, một số đơn vị vẫn chưa gửi kết quả cập nhật."),
     [cite("cong_van", "2011/UBND-VX", "2024-04-15", "Ủy ban nhân dân tỉnh Bình Định",
           "đề nghị các sở cập nhật dữ liệu dân cư")]),
    # "được giao" is no request: the title goes on
    (("Ngày 03/6/2024, Ủy ban nhân dân tỉnh có văn bản số 1880/UBND-VX về việc đẩy nhanh các nhiệm vụ được giao tại "
      "Kế hoạch chuyển đổi số yêu cầu các sở báo cáo tiến độ.\n\nTuy nhiên, đến nay các sở chưa gửi báo cáo."),
     [cite("cong_van", "1880/UBND-VX", "2024-06-03", "Ủy ban nhân dân tỉnh",
           "đẩy nhanh các nhiệm vụ được giao tại Kế hoạch chuyển đổi số")]),
])
def test_the_issuers_own_letter_a_reminder_chases_is_its_basis(opening, expected):
    head = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 5120/UBND-VX\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nBình Định, ngày 20 tháng 5 năm 2024")
    record = record_of(directive(header=head, title="V/v đôn đốc báo cáo",
                                 kinh_gui="Kính gửi: Các sở, ban, ngành", preamble=opening,
                                 body="Ủy ban nhân dân tỉnh đề nghị các sở khẩn trương gửi báo cáo."))
    assert record["parent_directives"] == expected


# One issuer written once before a list of its documents ("Căn cứ các Quyết định của Bộ trưởng Bộ X: Số …; số …"):
# the issuer of each of them (heldout-real17 rh17_01).
@pytest.mark.parametrize(("line", "expected"), [
    (("Căn cứ các Quyết định của Bộ trưởng Bộ Tài nguyên và Môi trường: Số 634/QĐ-BTNMT ngày 29/3/2022 về việc công "
      "bố thủ tục hành chính lĩnh vực đất đai; số 1085/QĐ-BTNMT ngày 12/5/2023 về việc công bố thủ tục hành chính "
      "lĩnh vực môi trường;"),
     [cite("quyet_dinh", "634/QĐ-BTNMT", "2022-03-29", "Bộ trưởng Bộ Tài nguyên và Môi trường",
           "công bố thủ tục hành chính lĩnh vực đất đai"),
      cite("quyet_dinh", "1085/QĐ-BTNMT", "2023-05-12", "Bộ trưởng Bộ Tài nguyên và Môi trường",
           "công bố thủ tục hành chính lĩnh vực môi trường")]),
    (("Căn cứ các Kế hoạch của Ủy ban nhân dân huyện: số 41/KH-UBND ngày 04/3/2024 về kiểm tra học kỳ; "
      "số 58/KH-UBND ngày 20/4/2024 về ôn tập cuối năm;"),
     [cite("ke_hoach", "41/KH-UBND", "2024-03-04", "Ủy ban nhân dân huyện", "kiểm tra học kỳ"),
      cite("ke_hoach", "58/KH-UBND", "2024-04-20", "Ủy ban nhân dân huyện", "ôn tập cuối năm")]),
])
def test_an_issuer_written_once_before_its_documents_issues_each(line, expected):
    assert record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"] == expected


# A law cited by name, then "và" an amending law of it: two citations (the amending law is cited in its own right; the
# date after it is its own); an amending law's title that lists laws after "của … và" stays one (rh15_22)
@pytest.mark.parametrize(("line", "expected"), [
    ("Căn cứ Luật Đất đai và Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 29/6/2024;",
     [cite("khac", None, None, None, "Luật Đất đai"),
      cite("khac", None, "2024-06-29", None, "Luật sửa đổi, bổ sung một số điều của Luật Đất đai")]),
    ("Căn cứ Luật Thủy lợi và Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi ngày 15 tháng 6 năm 2025;",
     [cite("khac", None, None, None, "Luật Thủy lợi"),
      cite("khac", None, "2025-06-15", None, "Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi")]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công và Luật Đầu tư ngày 12/01/2026;",
     [cite("khac", None, "2026-01-12", None, "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công và Luật Đầu tư")]),
])
def test_a_law_and_its_amending_law_joined_by_and_are_two(line, expected):
    assert record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"] == expected


# A notice of conclusions cited with its title right after the issuer ("… của Văn phòng Chính phủ Kết luận …"): the
# issuer ends at "Kết luận", and what it concludes on, after "về", is the subject.
@pytest.mark.parametrize(("line", "issuer", "subject"), [
    (("Thực hiện Thông báo số 120/TB-VPCP ngày 02/4/2024 của Văn phòng Chính phủ Kết luận của Phó Thủ tướng Chính phủ "
     "tại cuộc họp về phòng, chống dịch tả lợn châu Phi;"), "Văn phòng Chính phủ", "phòng, chống dịch tả lợn châu Phi"),
    (("Căn cứ Thông báo số 45/TB-UBND ngày 10/01/2025 của UBND tỉnh Kết luận Hội nghị giao ban quý IV về công tác "
     "cải cách hành chính;"), "UBND tỉnh", "công tác cải cách hành chính"),
])
def test_a_notice_of_conclusions_titled_by_its_meeting(line, issuer, subject):
    parents = record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"]
    assert [(p["issuer"], p["subject"]) for p in parents] == [(issuer, subject)]


# "Thực hiện A số … ngày … và B số … ngày … của X về S": both documents are X's and both on S.
@pytest.mark.parametrize(("line", "issuer", "subject"), [
    (("Thực hiện Kết luận số 12-KL/TW ngày 03/4/2024 và Kết luận số 30-KL/TW ngày 15/7/2024 của Bộ Chính trị về "
     "công tác cán bộ;"), "Bộ Chính trị", "công tác cán bộ"),
    (("Căn cứ Chỉ thị số 05/CT-UBND ngày 10/02/2023 và Kế hoạch số 44/KH-UBND ngày 20/3/2023 của UBND tỉnh về phòng "
     "chống thiên tai;"), "UBND tỉnh", "phòng chống thiên tai"),
])
def test_two_documents_before_one_issuer_share_its_subject(line, issuer, subject):
    parents = record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"]
    assert [(p["issuer"], p["subject"]) for p in parents] == [(issuer, subject)] * 2


# "Xét báo cáo của X (văn bản số N ngày D) về S": the number in brackets after the issuer is that document's.
@pytest.mark.parametrize(("line", "expected"), [
    (("Xét báo cáo và kiến nghị của Ủy ban nhân dân tỉnh Gia Lai (văn bản số 215/BC-UBND ngày 03 tháng 6 năm 2024) "
      "về tiến độ giải phóng mặt bằng,"),
     cite("bao_cao", "215/BC-UBND", "2024-06-03", "Ủy ban nhân dân tỉnh Gia Lai", "tiến độ giải phóng mặt bằng")),
    ("Xét đề nghị của Sở Tài chính (Tờ trình số 48/TTr-STC ngày 12/3/2025) về phân bổ kinh phí sự nghiệp;",
     cite("to_trinh", "48/TTr-STC", "2025-03-12", "Sở Tài chính", "phân bổ kinh phí sự nghiệp")),
    ("Theo Kế hoạch của UBND huyện Đức Phổ (Kế hoạch số 77/KH-UBND ngày 05/01/2024) về chuyển đổi số,",
     cite("ke_hoach", "77/KH-UBND", "2024-01-05", "UBND huyện Đức Phổ", "chuyển đổi số")),
])
def test_a_number_in_brackets_after_the_issuer_is_the_named_documents(line, expected):
    assert record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"] == [expected]


# "Xét đề nghị của X (Công văn số …), ý kiến của các Bộ: A (Công văn số …), B (Công văn số …) về S": a series of bodies,
# each with its document in brackets; a name listed after "các Bộ:" is a Bộ, and all are about the S stated last.
@pytest.mark.parametrize(("line", "expected"), [
    (("Xét đề nghị của Ủy ban nhân dân tỉnh Hà Giang (Công văn số 812/UBND-KT ngày 02 tháng 3 năm 2021), ý kiến của "
      "các Bộ: Kế hoạch và Đầu tư (Công văn số 1450/BKHĐT-KTĐP ngày 15 tháng 3 năm 2021), Tài chính (Công văn số "
      "2933/BTC-ĐT ngày 18 tháng 3 năm 2021) về việc hỗ trợ vốn khắc phục hậu quả mưa lũ,"),
     [cite("cong_van", "812/UBND-KT", "2021-03-02", "Ủy ban nhân dân tỉnh Hà Giang",
           "hỗ trợ vốn khắc phục hậu quả mưa lũ"),
      cite("cong_van", "1450/BKHĐT-KTĐP", "2021-03-15", "Bộ Kế hoạch và Đầu tư", "hỗ trợ vốn khắc phục hậu quả mưa lũ"),
      cite("cong_van", "2933/BTC-ĐT", "2021-03-18", "Bộ Tài chính", "hỗ trợ vốn khắc phục hậu quả mưa lũ")]),
    (("Xét đề nghị của Sở Nội vụ (Tờ trình số 95/TTr-SNV ngày 04/5/2022), ý kiến của các Sở: Tư pháp (Công văn số "
      "301/STP-VB ngày 06/5/2022), Ban Dân tộc tỉnh (Công văn số 77/BDT-CS ngày 09/5/2022) về việc sắp xếp thôn,"),
     [cite("to_trinh", "95/TTr-SNV", "2022-05-04", "Sở Nội vụ", "sắp xếp thôn"),
      cite("cong_van", "301/STP-VB", "2022-05-06", "Sở Tư pháp", "sắp xếp thôn"),
      cite("cong_van", "77/BDT-CS", "2022-05-09", "Ban Dân tộc tỉnh", "sắp xếp thôn")]),
])
def test_documents_in_brackets_after_each_bodys_name(line, expected):
    assert record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"] == expected


# "Xét Tờ trình A của X về … theo Quyết định số B của Y và Tờ trình số C ngày …": a second submission after a document
# named inside the first one's subject is a further ground, not part of that title.
@pytest.mark.parametrize(("line", "expected"), [
    (("Xét Tờ trình số 311/TTr-SNV ngày 02 tháng 4 năm 2019 của Sở Nội vụ về điều chỉnh phụ cấp theo Quyết định số "
      "45/QĐ-UBND ngày 10 tháng 1 năm 2015 của Ủy ban nhân dân tỉnh và Tờ trình số 402/TTr-SNV ngày 20 tháng 5 năm 2019,"),
     [cite("to_trinh", "311/TTr-SNV", "2019-04-02", "Sở Nội vụ", "điều chỉnh phụ cấp theo Quyết định số 45/QĐ-UBND "
           "ngày 10 tháng 1 năm 2015 của Ủy ban nhân dân tỉnh"),
      cite("to_trinh", "402/TTr-SNV", "2019-05-20", None, None)]),
    (("Xét Tờ trình số 57/TTr-STC ngày 03/3/2020 của Sở Tài chính về mức chi hỗ trợ theo Nghị quyết số 12/NQ-HĐND "
      "ngày 09/12/2019 của Hội đồng nhân dân tỉnh và Tờ trình số 88/TTr-STC ngày 30/3/2020 của Sở Tài chính;"),
     [cite("to_trinh", "57/TTr-STC", "2020-03-03", "Sở Tài chính", "mức chi hỗ trợ theo Nghị quyết số 12/NQ-HĐND "
           "ngày 09/12/2019 của Hội đồng nhân dân tỉnh"),
      cite("to_trinh", "88/TTr-STC", "2020-03-30", "Sở Tài chính", None)]),
])
def test_a_second_submission_after_a_document_named_in_the_first_ones_subject(line, expected):
    assert record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"] == expected


# "… của đồng chí X, Trưởng Ban … tại …": the office after a person's name belongs to the subject; a body after the
# comma that does something is still the text's own statement.
@pytest.mark.parametrize(("line", "subject"), [
    (("Thực hiện Thông báo số 15-TB/VPTU ngày 02/4/2025 của Văn phòng Tỉnh ủy về kết luận của đồng chí Nguyễn Văn An, "
      "Phó Bí thư Tỉnh ủy tại buổi làm việc về triển khai chuyển đổi số;"),
     "kết luận của đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy tại buổi làm việc về triển khai chuyển đổi số"),
    (("Căn cứ Thông báo số 88/TB-VPCP ngày 11/8/2024 của Văn phòng Chính phủ về ý kiến của ông Trần Minh Hải, "
      "Chủ tịch Hội đồng thẩm định về tổ chức lấy ý kiến;"),
     "ý kiến của ông Trần Minh Hải, Chủ tịch Hội đồng thẩm định về tổ chức lấy ý kiến"),
])
def test_a_persons_office_after_the_comma_stays_in_the_subject(line, subject):
    parents = record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"]
    assert [p["subject"] for p in parents] == [subject]


def test_an_office_after_a_body_opens_the_texts_statement():
    line = ("Thực hiện Kế hoạch số 21/KH-UBND ngày 04/3/2024 của UBND tỉnh về cải cách hành chính, Chủ tịch UBND huyện "
            "yêu cầu các phòng triển khai như sau:")
    parents = record_of(directive(preamble=line))["parent_directives"]
    assert [p["subject"] for p in parents] == ["cải cách hành chính"]


def test_a_word_ending_in_ong_is_no_person_before_the_office():
    line = ("Xét đề nghị của UBND tỉnh tại Tờ trình số 30/TTr-UBND ngày 02/5/2026 về mở rộng Cảng hàng không Long Thành, "
            "Phó Thủ tướng Chính phủ có ý kiến như sau:")
    parents = record_of(directive(preamble=line))["parent_directives"]
    assert [p["subject"] for p in parents] == ["mở rộng Cảng hàng không Long Thành"]


# "Căn cứ Điều 5 A …, được sửa đổi, bổ sung tại khoản 2 Điều 1 B ngày … thì …": B amends an article of A, which has no
# subject; B is a parent of its own with its date, and the clause after "thì" is no title.
@pytest.mark.parametrize(("line", "amending"), [
    (("Căn cứ Điều 5 Thông tư số 08/2020/TT-BGDĐT ngày 12/3/2020 của Bộ Giáo dục và Đào tạo, được sửa đổi, bổ sung tại "
      "khoản 2 Điều 1 Thông tư số 16/2022/TT-BGDĐT ngày 20/10/2022 thì nhà trường tổ chức kiểm tra theo quy định tại "
      "khoản 2 Điều 1 Thông tư số 16/2022/TT-BGDĐT."),
     cite("khac", "16/2022/TT-BGDĐT", "2022-10-20", None, None)),
    (("Căn cứ Điều 7 Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ, được sửa đổi, bổ sung tại khoản 3 Điều 1 "
      "Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 thì Sở thực hiện theo quy định tại khoản 3 Điều 1 Nghị định số "
      "107/2020/NĐ-CP."),
     cite("khac", "107/2020/NĐ-CP", "2020-09-14", None, None)),
])
def test_a_text_amending_an_article_of_a_citation_is_a_dated_parent(line, amending):
    parents = record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"]
    assert parents[1:] == [amending]


# A name joined by a dash wrapped before it ("… cao tốc Bắc Giang" / "- Lạng Sơn, …"): the "- " line goes on with the
# citation's subject; the short name the text gives it in brackets ("(Dự án)") is no part of the subject.
@pytest.mark.parametrize(("lines", "subject"), [
    (("Thực hiện Công văn số 310/UBND-KT ngày 02/4/2025 của UBND tỉnh về tiến độ Dự án đường cao tốc Bắc Giang\n"
      "- Lạng Sơn, đoạn qua huyện Chi Lăng;"),
     "tiến độ Dự án đường cao tốc Bắc Giang - Lạng Sơn, đoạn qua huyện Chi Lăng"),
    (("Xét đề nghị của Sở Xây dựng tại Tờ trình số 55/TTr-SXD ngày 08/8/2024 về đầu tư tuyến đường Hòa Lạc\n"
      "- Hòa Bình theo hình thức hợp đồng BOT (Dự án);"),
     "đầu tư tuyến đường Hòa Lạc - Hòa Bình theo hình thức hợp đồng BOT"),
])
def test_a_name_wrapped_before_its_dash_stays_in_the_subject(lines, subject):
    parents = record_of(directive(preamble=f"{lines}\n{STATEMENT}"))["parent_directives"]
    assert [p["subject"] for p in parents] == [subject]


# "… của Chính phủ quy định … được sửa đổi, bổ sung bởi Nghị định số …": with no "về" the subject is the cited title,
# which ends before the texts that amended it. Written in brackets ("(đã được sửa đổi, bổ sung bởi …)") it stays.
@pytest.mark.parametrize(("line", "subject"), [
    (("Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều của "
      "Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 "
      "năm 2025;"),
     "quy định chi tiết một số điều của Luật Ban hành văn bản quy phạm pháp luật"),
    (("Căn cứ Nghị định số 29/2024/NĐ-CP ngày 12/3/2024 của Chính phủ quy định chức năng, nhiệm vụ của Sở Nội vụ, "
      "đã được sửa đổi, bổ sung bởi Nghị định số 45/2025/NĐ-CP ngày 20/5/2025 của Chính phủ;"),
     "quy định chức năng, nhiệm vụ của Sở Nội vụ"),
    (("Căn cứ Thông tư số 12/2022/TT-BTC ngày 14/02/2022 của Bộ Tài chính hướng dẫn quản lý kinh phí khuyến công "
      "(đã được sửa đổi, bổ sung bởi Thông tư số 30/2024/TT-BTC ngày 02/5/2024 của Bộ Tài chính);"),
     ("hướng dẫn quản lý kinh phí khuyến công (đã được sửa đổi, bổ sung bởi Thông tư số 30/2024/TT-BTC ngày 02/5/2024 "
      "của Bộ Tài chính)")),
])
def test_an_amending_clause_after_the_title_ends_the_subject(line, subject):
    parents = record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"]
    assert parents[0]["subject"] == subject


# "… sửa đổi, bổ sung một số điều của Luật: A, B, …, Luật C, Luật D": the laws listed after "Luật:" are the amended
# ones, named inside the amending law's subject — no parents of their own
@pytest.mark.parametrize("row_id,line,subject", table([
    ("amended-laws-listed-after-a-colon",
     ("Căn cứ Luật số 56/2024/QH15 ngày 29 tháng 11 năm 2024 về sửa đổi, bổ sung một số điều của Luật: Chứng khoán, "
      "Kế toán, Ngân sách nhà nước, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính;"),
     ("sửa đổi, bổ sung một số điều của Luật: Chứng khoán, Kế toán, Ngân sách nhà nước, Luật Dự trữ quốc gia, Luật Xử lý "
      "vi phạm hành chính")),
    ("codes-listed-after-a-colon",
     ("Căn cứ Luật số 12/2022/QH15 ngày 10 tháng 6 năm 2022 về sửa đổi, bổ sung một số điều của các Luật: Đất đai, "
      "Nhà ở, Bộ luật Dân sự, Luật Kinh doanh bất động sản;"),
     "sửa đổi, bổ sung một số điều của các Luật: Đất đai, Nhà ở, Bộ luật Dân sự, Luật Kinh doanh bất động sản"),
]))
def test_laws_listed_after_luat_colon_are_named_inside_the_title(row_id, line, subject):
    number = line.split("Luật số ")[1].split()[0]
    year, month, day = (line.split(" năm ")[1][:4], line.split(" tháng ")[1].split()[0], line.split(" ngày ")[1].split()[0])
    check_field(row_id, directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives",
                [cite("khac", number, f"{year}-{int(month):02d}-{int(day):02d}", None, subject)])


# "(sau đây gọi tắt là …)": the short name the text gives a citation ends its title
@pytest.mark.parametrize("row_id,line,subject", table([
    ("short-name-then-a-second-ground",
     ("Thực hiện Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị về phân cấp quản lý cán bộ (sau đây gọi tắt là "
      "Quy định 377); đồng thời, trên cơ sở ý kiến đề nghị của các tỉnh ủy, thành ủy;"),
     "phân cấp quản lý cán bộ"),
    ("written-short",
     ("Căn cứ Kế hoạch số 90/KH-UBND ngày 01/9/2023 của UBND huyện về tổ chức Ngày hội đọc sách (sau đây viết tắt là "
      "Kế hoạch 90), trong đó giao Phòng GDĐT chủ trì;"),
     "tổ chức Ngày hội đọc sách"),
    ("called-below",
     ("Căn cứ Chỉ thị số 05/CT-UBND ngày 12/3/2024 của UBND huyện về phòng chống dịch (dưới đây gọi là Chỉ thị 05) "
      "và tình hình thực tế;"),
     "phòng chống dịch"),
]))
def test_a_short_name_in_brackets_ends_the_citations_subject(row_id, line, subject):
    found = record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"]
    assert [p["subject"] for p in found] == [subject], f"[{row_id}] {found}"


# "…; đề nghị của X tại Công văn số …", "… và trên cơ sở ý kiến thống nhất của Y (Công văn số …)": a further ground
# ends the subject of the document before it, and the document it names (also in brackets) is a parent of its own
@pytest.mark.parametrize("row_id,line,expected", table([
    ("request-after-a-semicolon",
     ("Theo đề nghị của Sở Tài chính tại Công văn số 4687/STC-GCS ngày 20/10/2025 về việc mua sắm tập trung; đề nghị "
      "của Sở Y tế tại Công văn số 1383/SYT-KHTC ngày 30/9/2025 về việc rà soát danh mục thuốc."),
     [cite("cong_van", "4687/STC-GCS", "2025-10-20", "Sở Tài chính", "mua sắm tập trung"),
      cite("cong_van", "1383/SYT-KHTC", "2025-09-30", "Sở Y tế", "rà soát danh mục thuốc")]),
    ("agreed-opinion-with-its-letter-in-brackets",
     ("Theo đề nghị của Sở Nội vụ tại Tờ trình số 215/TTr-SNV ngày 02/4/2025 về việc kiện toàn Hội đồng và trên cơ sở "
      "ý kiến thống nhất của các thành viên UBND tỉnh (Công văn số 996/VP-TH ngày 10/4/2025 của Văn phòng UBND tỉnh)."),
     [cite("to_trinh", "215/TTr-SNV", "2025-04-02", "Sở Nội vụ", "kiện toàn Hội đồng"),
      cite("cong_van", "996/VP-TH", "2025-04-10", "Văn phòng UBND tỉnh", None)]),
    ("opinion-after-a-semicolon",
     ("Xét đề nghị của Phòng Nội vụ tại Tờ trình số 31/TTr-PNV ngày 07/9/2023 về việc khen thưởng; ý kiến thẩm định "
      "của Phòng Tư pháp tại Báo cáo số 12/BC-PTP ngày 09/9/2023 về việc thẩm định hồ sơ."),
     [cite("to_trinh", "31/TTr-PNV", "2023-09-07", "Phòng Nội vụ", "khen thưởng"),
      cite("bao_cao", "12/BC-PTP", "2023-09-09", "Phòng Tư pháp", "thẩm định hồ sơ")]),
]))
def test_a_further_ground_ends_the_document_before_it(row_id, line, expected):
    check_field(row_id, directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives", expected)


# "Luật số 57/… của Quốc hội ban hành Luật sửa đổi, bổ sung …": the law named after "ban hành" is the cited law's own
# title — its subject, no parent of its own
@pytest.mark.parametrize("row_id,line,expected", table([
    ("law-issuing-an-amending-law",
     ("Căn cứ Luật số 57/2024/QH15 ngày 29 tháng 11 năm 2024 của Quốc hội ban hành Luật sửa đổi, bổ sung một số điều "
      "của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu;"),
     [cite("khac", "57/2024/QH15", "2024-11-29", "Quốc hội",
           "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu")]),
    ("ordinance-issued",
     ("Căn cứ Nghị quyết số 12/2023/UBTVQH15 ngày 15 tháng 3 năm 2023 của Ủy ban Thường vụ Quốc hội ban hành Pháp lệnh "
      "Chi phí tố tụng;"),
     [cite("khac", "12/2023/UBTVQH15", "2023-03-15", "Ủy ban Thường vụ Quốc hội", "Pháp lệnh Chi phí tố tụng")]),
]))
def test_a_law_issued_by_the_cited_text_is_its_title(row_id, line, expected):
    check_field(row_id, directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives", expected)


# "… của Chính phủ quản lý, cung cấp …": "Chính phủ" / "Quốc hội" take no lower-case complement — the title starts
# there ("và", "khóa", "nhiệm kỳ" still go on the name)
@pytest.mark.parametrize("row_id,line,expected", table([
    ("government-then-its-title",
     ("Căn cứ Nghị định số 147/2024/NĐ-CP ngày 09 tháng 11 năm 2024 của Chính phủ quản lý, cung cấp, sử dụng dịch vụ "
      "Internet và thông tin trên mạng;"),
     [cite("khac", "147/2024/NĐ-CP", "2024-11-09", "Chính phủ",
           "quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng")]),
    ("assembly-then-its-title",
     "Căn cứ Nghị quyết số 98/2023/QH15 ngày 24 tháng 6 năm 2023 của Quốc hội thí điểm một số cơ chế, chính sách đặc thù;",
     [cite("khac", "98/2023/QH15", "2023-06-24", "Quốc hội", "thí điểm một số cơ chế, chính sách đặc thù")]),
    ("assembly-term-stays",
     "Căn cứ Nghị quyết số 35/2021/QH15 ngày 12 tháng 11 năm 2021 của Quốc hội khóa XV về kỳ họp thứ hai;",
     [cite("khac", "35/2021/QH15", "2021-11-12", "Quốc hội khóa XV", "kỳ họp thứ hai")]),
]))
def test_government_and_assembly_end_before_a_lower_case_title(row_id, line, expected):
    check_field(row_id, directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives", expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    (("Để kịp thời khắc phục hậu quả của bão số 5, bảo đảm an toàn cho Nhân dân, tiếp theo Công điện số 31/CĐ-UBND "
      "ngày 04/8/2024 của Ủy ban nhân dân tỉnh và Nghị quyết số 12/NQ-HĐND ngày 06/8/2024 của Hội đồng nhân dân tỉnh, "
      "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"),
     [cite("khac", "31/CĐ-UBND", "2024-08-04", "Ủy ban nhân dân tỉnh", None),
      cite("khac", "12/NQ-HĐND", "2024-08-06", "Hội đồng nhân dân tỉnh", None)]),
    (("Nhằm bảo đảm tiến độ giải ngân vốn đầu tư công năm 2025, tiếp theo Chỉ thị số 08/CT-BXD ngày 15/3/2025 của "
      "Bộ trưởng Bộ Xây dựng, Bộ Xây dựng đề nghị các đơn vị như sau:"),
     [cite("chi_thi", "08/CT-BXD", "2025-03-15", "Bộ trưởng Bộ Xây dựng", None)]),
    # the statement's subject after the issuer's comma is an authority, not a body's head
    (("Để sớm ổn định đời sống người dân vùng lũ, tiếp theo Nghị quyết số 45/NQ-CP ngày 02/4/2025 của Chính phủ, "
      "Thủ tướng Chính phủ yêu cầu:"),
     [cite("khac", "45/NQ-CP", "2025-04-02", "Chính phủ", None)]),
    # "căn cứ" after the purpose, and a body's direction given in a document
    (("Nhằm bảo đảm an toàn cho học sinh, căn cứ Kế hoạch số 12/KH-UBND ngày 03/8/2024 của Ủy ban nhân dân huyện, "
      "Phòng Giáo dục và Đào tạo yêu cầu các trường:"),
     [cite("ke_hoach", "12/KH-UBND", "2024-08-03", "Ủy ban nhân dân huyện", None)]),
    (("Để chủ động phòng, chống dịch bệnh, theo chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số 77/UBND-KGVX ngày "
      "05/3/2024, Sở Y tế đề nghị các đơn vị:"),
     [cite("cong_van", "77/UBND-KGVX", "2024-03-05", "Ủy ban nhân dân tỉnh", None)]),
])
def test_a_follow_up_named_after_the_purpose_is_a_parent(sentence, expected):
    # "Để …, tiếp theo Công điện số …": the purpose names no document, what the text follows up is its basis
    check_field("follow-up", directive(preamble=sentence), "parent_directives", expected)


def test_a_purpose_alone_still_names_no_parent():
    sentence = ("Để tiếp tục thực hiện thắng lợi mục tiêu năm 2025, theo tinh thần Nghị quyết số 12/NQ-HĐND, Sở Y tế "
                "xây dựng Kế hoạch như sau:")
    check_field("purpose", directive(preamble=sentence), "parent_directives", [])


@pytest.mark.parametrize("own_act", [
    "Phòng Giáo dục và Đào tạo đã có Công văn số 198/PGDĐT ngày 08/9/2023 đề nghị các trường đăng ký tham gia",
    "Phòng Giáo dục và Đào tạo huyện Sơn Tịnh đã gửi Kế hoạch số 77/KH-PGDĐT ngày 07/9/2023 tới các trường",
])
def test_the_writers_own_earlier_letter_told_after_the_basis_is_no_parent(own_act):
    preamble = ("Thực hiện Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở Giáo dục và Đào tạo Quảng Ngãi về tổ chức "
                f"Ngày hội đọc sách năm 2023 (gửi kèm theo), {own_act}.\n{STATEMENT}")
    check_field("own-act", directive(preamble=preamble), "parent_directives", [
        cite("cong_van", "1402/SGDĐT-GDTX", "2023-09-05", "Sở Giáo dục và Đào tạo Quảng Ngãi",
             "tổ chức Ngày hội đọc sách năm 2023")])


@pytest.mark.parametrize(("sentence", "issuer"), [
    (("Tiếp theo kết quả đạt được của Ngày hội đọc sách năm 2022, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số "
      "55/KH-UBND ngày 02/5/2023 và nhiều văn bản chỉ đạo các sở, ngành chuẩn bị tổ chức Ngày hội năm 2023."),
     "Ủy ban nhân dân tỉnh"),
    (("Tiếp theo thành công của Hội nghị sơ kết, Thủ tướng Chính phủ đã ban hành Công điện số 15/CĐ-TTg ngày "
      "04/3/2023 và các văn bản chỉ đạo các bộ, ngành chuẩn bị tổng kết."),
     "Thủ tướng Chính phủ"),
])
def test_a_document_the_sentence_says_a_body_issued_is_that_bodys(sentence, issuer):
    # no "của": the body named before "đã ban hành" issued it; what "và nhiều văn bản …" adds is no title
    parents = record_of(directive(preamble=f"{sentence}\n{STATEMENT}"))["parent_directives"]
    assert [(p["issuer"], p["subject"]) for p in parents] == [(issuer, None)], parents


@pytest.mark.parametrize("heard", [
    "Theo báo cáo của Sở Y tế, đến ngày 10/9/2023 đã có 12 trường đăng ký tham gia.",
    "Theo đề án của Phòng Văn hóa và Thông tin, năm 2023 toàn huyện có 40 tủ sách.",
])
def test_a_lower_case_type_word_with_its_issuer_names_no_document(heard):
    preamble = f"{PREAMBLE_CITATION}\n{heard}\n{STATEMENT}"
    parents = record_of(directive(preamble=preamble))["parent_directives"]
    assert [p["number"] for p in parents] == ["1402/SGDĐT-GDTX"], parents


PREAMBLE_CITATION = ("Căn cứ Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở Giáo dục và Đào tạo Quảng Ngãi về tổ "
                     "chức Ngày hội đọc sách năm 2023;")


def test_an_authority_after_the_issuers_comma_that_does_not_act_is_a_further_issuer():
    preamble = ("Căn cứ Nghị quyết liên tịch số 12/2024/NQLT-UBTVQH15-CP ngày 03/4/2024 của Ủy ban Thường vụ Quốc hội, "
                f"Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn bầu cử;\n{STATEMENT}")
    check_field("joint", directive(preamble=preamble), "parent_directives.0.issuer",
                "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")


def test_the_texts_own_issuer_named_in_its_statement_ends_the_citations():
    # no header: the statement's body is the issuer; the two conclusions wrapped over two lines share theirs
    preamble = ("Thực hiện Kết luận số 12-KL/TU ngày 05/3/2024 và\nKết luận số 20-KL/TU ngày 09/4/2024 của Ban Thường vụ "
                "Tỉnh ủy, Ban Chỉ đạo chuyển đổi số tỉnh yêu cầu các sở, ngành thực hiện như sau:")
    text = directive(header="", preamble=preamble, body="1. Sở Y tế\n- Tăng cường kiểm tra.")
    parents = record_of(text)["parent_directives"]
    assert [(p["number"], p["issuer"], p["subject"]) for p in parents] == [
        ("12-KL/TU", "Ban Thường vụ Tỉnh ủy", None), ("20-KL/TU", "Ban Thường vụ Tỉnh ủy", None)], parents


@pytest.mark.parametrize(("preamble", "subject"), [
    # a crawl's blank line inside a citation's title: the next paragraph cites nothing and ends the citation with ";"
    (("Căn cứ Quyết định số 218/QĐ-UBND ngày 04/3/2024 của UBND tỉnh về ban hành Quy chế quản lý quỹ thuộc Ủy ban nhân "
      "dân tỉnh\n\nBình Định, Quỹ Đầu tư phát triển tỉnh;"),
     "ban hành Quy chế quản lý quỹ thuộc Ủy ban nhân dân tỉnh Bình Định, Quỹ Đầu tư phát triển tỉnh"),
    (("Căn cứ Kế hoạch số 45/KH-UBND ngày 12/01/2025 của UBND huyện về tổ chức Hội khỏe Phù Đổng cấp huyện cho học "
      "sinh\n\ntiểu học và trung học cơ sở năm học 2024 - 2025;"),
     "tổ chức Hội khỏe Phù Đổng cấp huyện cho học sinh tiểu học và trung học cơ sở năm học 2024 - 2025"),
])
def test_a_citation_broken_by_a_blank_line_goes_on_in_the_paragraph_that_ends_it(preamble, subject):
    text = directive(preamble=f"{preamble}\n\n{PREAMBLE_CITATION}\n\n{STATEMENT}")
    parents = record_of(text)["parent_directives"]
    assert [p["subject"] for p in parents] == [subject, "tổ chức Ngày hội đọc sách năm 2023"], parents


@pytest.mark.parametrize(("line", "expected"), [
    # a school's or a union's own plan for the year, cited by its title and year alone
    ("Căn cứ Kế hoạch giáo dục nhà trường năm học 2023 - 2024;",
     cite("ke_hoach", None, None, None, "Kế hoạch giáo dục nhà trường năm học 2023 - 2024")),
    ("Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2025;",
     cite("khac", None, None, None, "Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2025")),
    ("Thực hiện Kế hoạch phát triển kinh tế - xã hội giai đoạn 2021 - 2025;",
     cite("ke_hoach", None, None, None, "Kế hoạch phát triển kinh tế - xã hội giai đoạn 2021 - 2025")),
    # ... joined to the situation the text also relies on, which is no part of its name
    ("Căn cứ Kế hoạch giáo dục năm học 2023-2024 và tình hình thực tế đơn vị;",
     cite("ke_hoach", None, None, None, "Kế hoạch giáo dục năm học 2023-2024")),
    ("Căn cứ Kế hoạch năm học 2024 - 2025, tình hình thực tế của nhà trường;",
     cite("ke_hoach", None, None, None, "Kế hoạch năm học 2024 - 2025")),
    # a charter, of which a body has one: cited by its name alone
    ("Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;", cite("khac", None, None, None, "Điều lệ Đoàn TNCS Hồ Chí Minh")),
    ("Căn cứ Điều lệ Hội Cựu chiến binh Việt Nam;", cite("khac", None, None, None, "Điều lệ Hội Cựu chiến binh Việt Nam")),
    # ... and by its issuer written in lower case
    ("Căn cứ kế hoạch năm học 2024 - 2025 của trường Tiểu học Hòa Bình;",
     cite("ke_hoach", None, None, "trường Tiểu học Hòa Bình", "kế hoạch năm học 2024 - 2025")),
    ("Căn cứ kế hoạch công tác năm 2024 của phòng Văn hóa - Thông tin huyện;",
     cite("ke_hoach", None, None, "phòng Văn hóa - Thông tin huyện", "kế hoạch công tác năm 2024")),
])
def test_a_plan_cited_by_its_title_and_year_is_a_parent_without_number(line, expected):
    parents = record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"]
    assert parents == [expected], parents


@pytest.mark.parametrize("line", [
    "Căn cứ Kế hoạch năm học 2023 - 2024, Trường THCS Tân Lập xây dựng kế hoạch như sau:",  # the statement follows
    "Căn cứ tình hình thực tế năm học 2023 - 2024 của nhà trường;",  # no document named
    "Căn cứ Kế hoạch của đơn vị;",  # no year: which plan is not said
])
def test_a_title_that_is_not_a_whole_citation_is_no_parent(line):
    assert record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"] == []


def test_a_charter_then_a_numbered_rule_on_it_are_two_parents():
    line = ("Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều "
            "lệ Đảng;")
    parents = record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"]
    assert [(p["number"], p["subject"]) for p in parents] == [(None, "Điều lệ Đảng"),
                                                              ("24-QĐ/TW", "thi hành Điều lệ Đảng")], parents


def test_a_charter_issued_with_a_circular_is_cited_by_that_circular():
    line = ("Căn cứ Điều lệ trường tiểu học ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ trưởng "
            "Bộ Giáo dục và Đào tạo;")
    parents = record_of(directive(preamble=f"{line}\n{STATEMENT}"))["parent_directives"]
    assert [p["number"] for p in parents] == ["28/2020/TT-BGDĐT"], parents


# A title copied with its capital "Về việc" after the issuer ("… của Ủy ban bầu cử xã Phố Bảng Về việc thành lập Tiểu
# ban …"): the capital does not carry the name on; the subject follows it.
@pytest.mark.parametrize("row_id,line,expected", table([
    ("commune-election-board-ve-viec",
     ("Căn cứ Quyết định số 07/QĐ-UBBC ngày 08/12/2025 của Ủy ban bầu cử xã Tân Lập Về việc thành lập các Tiểu ban "
      "giúp việc Ủy ban bầu cử xã;"),
     [cite("quyet_dinh", "07/QĐ-UBBC", "2025-12-08", "Ủy ban bầu cử xã Tân Lập",
           "thành lập các Tiểu ban giúp việc Ủy ban bầu cử xã")]),
    ("district-committee-ve-viec",
     ("Căn cứ Kế hoạch số 112/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân huyện Đồng Hỷ Về việc tổ chức Ngày hội "
      "đại đoàn kết toàn dân tộc năm 2024;"),
     [cite("ke_hoach", "112/KH-UBND", "2024-03-20", "Ủy ban nhân dân huyện Đồng Hỷ",
           "tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2024")]),
]))
def test_a_capital_ve_viec_ends_the_issuer(row_id, line, expected):
    check_field(row_id, directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives", expected)


# A text cited by its type alone, then its issuer and "về (việc)" ("…; Thông báo của MTTQ xã về việc phân bổ …"): the
# title after "về" is its subject, not the type word.
@pytest.mark.parametrize("row_id,line,expected", table([
    ("notice-by-type-then-about",
     ("Căn cứ Thông báo của Ban Thường trực Ủy ban MTTQ xã về việc phân bổ số lượng người được giới thiệu ứng cử đại "
      "biểu Hội đồng nhân dân xã;"),
     [cite("thong_bao", None, None, "Ban Thường trực Ủy ban MTTQ xã",
           "phân bổ số lượng người được giới thiệu ứng cử đại biểu Hội đồng nhân dân xã")]),
    ("guidance-by-type-then-about-in-a-series",
     ("Căn cứ Công văn số 210/UBND-VX ngày 02/4/2024 của UBND huyện về tổ chức Ngày hội đọc sách; Hướng dẫn của Phòng "
      "Giáo dục và Đào tạo về công tác thư viện trường học năm 2024;"),
     [cite("cong_van", "210/UBND-VX", "2024-04-02", "UBND huyện", "tổ chức Ngày hội đọc sách"),
      cite("huong_dan", None, None, "Phòng Giáo dục và Đào tạo", "công tác thư viện trường học năm 2024")]),
]))
def test_a_text_cited_by_its_type_takes_its_title_after_ve(row_id, line, expected):
    check_field(row_id, directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives", expected)


# Two laws in one "Căn cứ", joined by "và" outside any title that names laws: two citations — an amending law after
# "và" ("Luật A và Luật sửa đổi, bổ sung một số điều của Luật A ngày …"), a numbered law after its issuer ("Pháp lệnh A
# số …/PL-UBTVQH11 ngày … của Ủy ban Thường vụ Quốc hội và Pháp lệnh sửa đổi … số …"); the number written right before
# an amending law's date is its own, and the issuer after "của" may open with a capital vowel bearing a mark ("Ủy ban").
@pytest.mark.parametrize("row_id,line,expected", table([
    ("law-and-its-amending-law",
     ("Căn cứ Luật Thanh niên và Luật sửa đổi, bổ sung một số điều của Luật Thanh niên ngày 12/3/2024;"),
     [cite("khac", None, None, None, "Luật Thanh niên"),
      cite("khac", None, "2024-03-12", None, "Luật sửa đổi, bổ sung một số điều của Luật Thanh niên")]),
    ("ordinance-and-its-amending-ordinance-numbered",
     ("Căn cứ Pháp lệnh Dân quân số 14/2009/PL-UBTVQH12 ngày 03 tháng 4 năm 2009 của Ủy ban Thường vụ Quốc hội và "
      "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Dân quân số 07/2016/PL-UBTVQH14 ngày 21 tháng 9 năm 2016 "
      "của Ủy ban Thường vụ Quốc hội;"),
     [cite("khac", "14/2009/PL-UBTVQH12", "2009-04-03", "Ủy ban Thường vụ Quốc hội", None),
      cite("khac", "07/2016/PL-UBTVQH14", "2016-09-21", "Ủy ban Thường vụ Quốc hội", None)]),
    ("law-with-number-issued-by-the-assembly-standing-committee",
     "Căn cứ Pháp lệnh Thư viện số 31/2000/PL-UBTVQH10 ngày 28/12/2000 của Ủy ban Thường vụ Quốc hội;",
     [cite("khac", "31/2000/PL-UBTVQH10", "2000-12-28", "Ủy ban Thường vụ Quốc hội", None)]),
]))
def test_two_laws_joined_by_va_outside_a_title_are_two_citations(row_id, line, expected):
    check_field(row_id, directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives", expected)


# The same report after a paragraph of history that cites nothing as a basis: one more event the text narrates, no
# basis (contract §2 — the opening's own account has begun; rh16_04's structure, with other names and numbers).
@pytest.mark.parametrize("opening", [
    ("Thời gian qua, việc xét duyệt hồ sơ hỗ trợ tại nhiều địa phương còn chậm, nhiều hồ sơ phải trả lại.\n"
     "Ngày 14/5/2021, Văn phòng Ủy ban nhân dân tỉnh đã có văn bản số 55/TB-VP thông báo kết luận của Chủ tịch về việc "
     "rà soát hồ sơ hỗ trợ, trong đó có giao các sở rà soát lại."),
    ("Sau khi Sở Y tế triển khai tiêm chủng mở rộng, một số đơn vị chưa báo cáo đầy đủ số liệu.\n"
     "Ngày 02/8/2022, Bộ Y tế đã ban hành Chỉ thị số 11/CT-BYT về tăng cường tiêm chủng, trong đó yêu cầu báo cáo."),
    ("Năm 2023, Ủy ban nhân dân huyện đã tổ chức nhiều đợt kiểm tra an toàn thực phẩm tại các chợ.\n"
     "Bộ Công Thương đã có văn bản số 318/BCT-TTTN ngày 09/01/2024 về kiểm tra thị trường dịp Tết."),
])
def test_a_reported_issue_after_a_paragraph_of_history_is_narrated_not_a_basis(opening):
    record = record_of(directive(header="", title="", kinh_gui="Kính gửi: Các đơn vị trực thuộc",
                                 preamble=opening, body="1. Rà soát chỉ tiêu.\n2. Báo cáo kết quả."))
    assert record["parent_directives"] == []


# A cited number is read as the header's: its code joined across a text layer's stray spaces, withheld with a warning
# where the code is cut ("… số 412/QĐ-U ngày …") — the item stays, never a number cut short without a word.
@pytest.mark.parametrize(("line", "number"), [
    ("Căn cứ Quyết định số 412/QĐ - U B ND ngày 03/4/2024 của UBND huyện Tân Phú về việc thành lập Ban tổ chức;",
     "412/QĐ-UBND"),
    ("Thực hiện Kế hoạch số 57/KH - S GD ĐT ngày 11/02/2023 của Sở Giáo dục và Đào tạo về việc tổ chức Hội thi;",
     "57/KH-SGDĐT"),
    ("Căn cứ Quyết định số 412/QĐ-U ngày 03/4/2024 của UBND huyện Tân Phú về việc thành lập Ban tổ chức;", None),
    ("Thực hiện Công văn số 96/PGDĐT-T ngày 05/9/2023 của Phòng Giáo dục và Đào tạo về việc tổ chức Hội thi;", None),
])
def test_a_cited_number_split_by_stray_spaces_is_joined_or_withheld_where_cut(line, number):
    record = record_of(directive(preamble=f"{line}\n{STATEMENT}"))
    assert [p["number"] for p in record["parent_directives"]] == [number]
    assert (number is None) == any(w.startswith("Số, ký hiệu của văn bản căn cứ") for w in record["warnings"])


# "- Căn cứ …": a cue after a list marker opens a citation as a bare one does; a document named without a number whose
# issuer ends in "," before the text's statement on the next line ("…, Ban Chấp hành Đoàn trường xây dựng …").
@pytest.mark.parametrize(("preamble", "expected"), [
    (("- Căn cứ Chương trình công tác Hội năm 2024 của Hội Liên hiệp Phụ nữ huyện Krông Pắc;\n"
     "- Căn cứ Kế hoạch năm học 2023 - 2024 của Trường THCS Lê Lợi,\n"
     "Ban Chấp hành Chi hội xây dựng Kế hoạch như sau:"),
     [cite("khac", None, None, "Hội Liên hiệp Phụ nữ huyện Krông Pắc", "Chương trình công tác Hội năm 2024"),
      cite("ke_hoach", None, None, "Trường THCS Lê Lợi", "Kế hoạch năm học 2023 - 2024")]),
    (("- Căn cứ Quyết định số 77/QĐ-UBND ngày 04/01/2024 của UBND xã Ea Tiêu về việc thành lập Ban tổ chức;\n"
     "UBND xã Ea Tiêu xây dựng Kế hoạch như sau:"),
     [cite("quyet_dinh", "77/QĐ-UBND", "2024-01-04", "UBND xã Ea Tiêu", "thành lập Ban tổ chức")]),
    (("+ Căn cứ Chương trình công tác Đội năm học 2023 - 2024 của Hội đồng Đội huyện Cư Kuin,\n"
     "Liên đội Trường Tiểu học Hòa Bình xây dựng Kế hoạch như sau:"),
     [cite("khac", None, None, "Hội đồng Đội huyện Cư Kuin", "Chương trình công tác Đội năm học 2023 - 2024")]),
])
def test_a_cue_after_a_list_marker_opens_a_citation(preamble, expected):
    record = record_of(directive(preamble=preamble))
    assert record["parent_directives"] == expected


# A document cited by its type and title alone, the title dated by a term ("nhiệm kỳ 2026 - 2031") rather than a year:
# an item whose name is its subject, as a plan named by its school year is.
@pytest.mark.parametrize(("line", "expected"), [
    (("Thực hiện Hướng dẫn công tác bầu cử trưởng thôn nhiệm kỳ 2025 - 2027; Kế hoạch số 14/KH-UBND ngày 02/3/2025 "
      "của UBND huyện Mường Khương về bầu cử trưởng thôn;"),
     [cite("huong_dan", None, None, None, "Hướng dẫn công tác bầu cử trưởng thôn nhiệm kỳ 2025 - 2027"),
      cite("ke_hoach", "14/KH-UBND", "2025-03-02", "UBND huyện Mường Khương", "bầu cử trưởng thôn")]),
    ("Căn cứ Chương trình hành động của Ban Chấp hành Hội Nông dân xã nhiệm kỳ 2023 - 2028;",
     [cite("khac", None, None, "Ban Chấp hành Hội Nông dân xã", "Chương trình hành động")]),
    ("Căn cứ Quy chế hoạt động Hội đồng nhân dân xã nhiệm kỳ 2021 - 2026;",
     [cite("khac", None, None, None, "Quy chế hoạt động Hội đồng nhân dân xã nhiệm kỳ 2021 - 2026")]),
])
def test_a_document_named_by_its_title_and_term_is_cited(line, expected):
    check_field("title-and-term", directive(preamble=f"{line}\n{STATEMENT}"), "parent_directives", expected)
