"""Parent directives written the ways the genre cites a higher text (extractor/rules/parents.py, extractor/layout.py).

A grid crosses the cues that open a citation (``Căn cứ``, ``Thực hiện``, ``Triển khai``, ``Trên cơ sở``, ``Tiếp theo``,
purpose clauses …) with the ways a cited text is named (type spelt out, with or without ``số``, the State's and the
Party's numbers, ``văn bản số …`` whose kind is the number's), its date (``5/3/2024``, ``05 tháng 3 năm 2024``,
``05-3-2024``, ``05.03.2024``, none), its issuer (after ``của`` or none) and its subject (``về việc``, ``V/v``, ``về``,
a quoted title, a title opening with its verb, none). Gold by the contract (§2): kind from the cited type name, number
normalised, issuer as written after ``của``, subject the words after ``về việc``/``về``/``V/v`` or the title after the
issuer. The table below holds the phrasings the grid does not make: several citations in one sentence, the issuer
before the number, commas around the date, the text's own statement or a consequence (``thì``) right after the
issuer, joint plans, quoted titles that open with ``Về``.
"""

from __future__ import annotations

import itertools

import pytest
from extractor_helpers import check_field, directive, table

STATEMENT = "Phòng Giáo dục và Đào tạo huyện Sơn Tịnh xây dựng Kế hoạch như sau:"

CUES = ["Căn cứ", "Căn cứ vào", "Thực hiện", "Triển khai", "Theo", "Trên cơ sở", "Thi hành", "Tiếp theo",
        "Để triển khai", "Nhằm cụ thể hóa"]
DATES = [("ngày 5/3/2024", "2024-03-05"), ("ngày 05 tháng 3 năm 2024", "2024-03-05"), ("ngày 05-3-2024", "2024-03-05"),
         ("ngày 05.03.2024", "2024-03-05"), ("", None)]
SUBJECTS = [("về việc tổ chức Ngày hội văn hóa các dân tộc", "tổ chức Ngày hội văn hóa các dân tộc"),
            ("V/v tổ chức Ngày hội văn hóa các dân tộc", "tổ chức Ngày hội văn hóa các dân tộc"),
            ("về tổ chức Ngày hội văn hóa các dân tộc", "tổ chức Ngày hội văn hóa các dân tộc"),
            ("“Tổ chức Ngày hội văn hóa các dân tộc”", "Tổ chức Ngày hội văn hóa các dân tộc"),
            ("hướng dẫn tổ chức Ngày hội văn hóa các dân tộc", "hướng dẫn tổ chức Ngày hội văn hóa các dân tộc"),
            ("", None)]
# (as written, kind, number, issuer as written, issuer's value)
DOCUMENTS = [("Công văn số 1234/UBND-VX", "cong_van", "1234/UBND-VX", "của UBND tỉnh Hà Giang", "UBND tỉnh Hà Giang"),
             ("Kế hoạch số 45-KH/TU", "ke_hoach", "45-KH/TU", "của Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
             ("Chỉ thị 05/CT-TTg", "chi_thi", "05/CT-TTg", "của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
             ("văn bản số 567/SYT-NVY", "cong_van", "567/SYT-NVY", "của Sở Y tế", "Sở Y tế"),
             ("Nghị quyết số 01/NQ-CP", "khac", "01/NQ-CP", "của Chính phủ", "Chính phủ"),
             ("Kết luận số 12-KL/TU", "khac", "12-KL/TU", "", None)]


def _grid() -> list:
    rows = []
    for k, (cue, (subject, subject_value), doc) in enumerate(itertools.product(CUES, SUBJECTS, DOCUMENTS)):
        written, kind, number, issuer, issuer_value = doc
        date, iso = DATES[k % len(DATES)]
        line = " ".join(part for part in (cue, written, date, issuer, subject) if part)
        # a purpose clause runs on into the statement; a citation ends at ";"
        preamble = f"{line}, {STATEMENT}" if cue.startswith(("Để", "Nhằm")) else f"{line};\n{STATEMENT}"
        expected = [{"kind": kind, "number": number, "issue_date": iso, "issuer": issuer_value,
                     "subject": subject_value}]
        rows.append(pytest.param(preamble, expected, id=f"{cue}|{written}|{date or '-'}|{subject[:8] or '-'}"))
    return rows


@pytest.mark.parametrize(("preamble", "expected"), _grid())
def test_a_citation_written_any_way_the_genre_writes_it(preamble, expected):
    check_field(preamble, directive(preamble=preamble), "parent_directives", expected)


def cite(kind, number, issue_date, issuer, subject):
    return {"kind": kind, "number": number, "issue_date": issue_date, "issuer": issuer, "subject": subject}


PHRASINGS = [
    ("issuer-before-the-number",
     "Thực hiện Kế hoạch của UBND tỉnh số 55/KH-UBND ngày 07/3/2024 về phát triển văn hóa đọc;",
     [cite("ke_hoach", "55/KH-UBND", "2024-03-07", "UBND tỉnh", "phát triển văn hóa đọc")]),
    ("issuer-before-the-number-no-date",
     "Căn cứ Công văn của Sở Nội vụ số 321/SNV-CCHC về việc triển khai cải cách hành chính;",
     [cite("cong_van", "321/SNV-CCHC", None, "Sở Nội vụ", "triển khai cải cách hành chính")]),
    ("commas-around-the-date",
     "Căn cứ Kế hoạch số 55/KH-UBND, ngày 07/3/2024, của UBND tỉnh về phát triển văn hóa đọc;",
     [cite("ke_hoach", "55/KH-UBND", "2024-03-07", "UBND tỉnh", "phát triển văn hóa đọc")]),
    ("comma-after-the-date-only",
     "Thực hiện Hướng dẫn số 08-HD/BTGTU ngày 12/4/2024, của Ban Tuyên giáo Tỉnh ủy về tuyên truyền bầu cử;",
     [cite("huong_dan", "08-HD/BTGTU", "2024-04-12", "Ban Tuyên giáo Tỉnh ủy", "tuyên truyền bầu cử")]),
    ("consequence-after-the-issuer",
     ("Theo Kế hoạch số 60/KH-UBND ngày 10/3/2024 của UBND tỉnh thì các huyện phải hoàn thành việc rà soát trước "
      "ngày 30/4/2024. Phòng Giáo dục và Đào tạo huyện Sơn Tịnh xây dựng Kế hoạch như sau:"),
     [cite("ke_hoach", "60/KH-UBND", "2024-03-10", "UBND tỉnh", None)]),
    ("statement-after-the-issuer",
     "Thực hiện Kế hoạch số 90/KH-UBND ngày 01/9/2023 của UBND huyện Sơn Tịnh, " + STATEMENT,
     [cite("ke_hoach", "90/KH-UBND", "2023-09-01", "UBND huyện Sơn Tịnh", None)]),
    ("statement-after-an-issuer-with-commas",
     ("Thực hiện Công văn số 77/SVHTTDL-QLVH ngày 02/4/2024 của Sở Văn hóa, Thể thao và Du lịch, Trung tâm Văn hóa "
      "huyện xây dựng Kế hoạch như sau:"),
     [cite("cong_van", "77/SVHTTDL-QLVH", "2024-04-02", "Sở Văn hóa, Thể thao và Du lịch", None)]),
    ("statement-ban-hanh-after-the-issuer",
     "Căn cứ Chỉ thị số 09/CT-UBND ngày 15/5/2024 của Chủ tịch UBND tỉnh, UBND xã ban hành Kế hoạch như sau:",
     [cite("chi_thi", "09/CT-UBND", "2024-05-15", "Chủ tịch UBND tỉnh", None)]),
    ("issuer-name-with-commas-then-a-title-verb-stays-whole",
     ("Căn cứ Công văn số 77/SVHTTDL-QLVH ngày 02/4/2024 của Sở Văn hóa, Thể thao và Du lịch hướng dẫn tổ chức "
      "Ngày Gia đình Việt Nam;"),
     [cite("cong_van", "77/SVHTTDL-QLVH", "2024-04-02", "Sở Văn hóa, Thể thao và Du lịch",
           "hướng dẫn tổ chức Ngày Gia đình Việt Nam")]),
    ("three-citations-by-comma-and-va",
     ("Thực hiện Kế hoạch số 33/KH-UBND ngày 10/3/2024 của UBND tỉnh, Công văn số 125/SVHTTDL-QLVH ngày 15/3/2024 "
      "của Sở Văn hóa, Thể thao và Du lịch và Công văn số 88/UBND-VX ngày 20/3/2024 của UBND huyện về tổ chức Ngày "
      "hội văn hóa;"),
     [cite("ke_hoach", "33/KH-UBND", "2024-03-10", "UBND tỉnh", None),
      cite("cong_van", "125/SVHTTDL-QLVH", "2024-03-15", "Sở Văn hóa, Thể thao và Du lịch", None),
      cite("cong_van", "88/UBND-VX", "2024-03-20", "UBND huyện", "tổ chức Ngày hội văn hóa")]),
    ("two-citations-by-va-each-with-its-issuer",
     ("Căn cứ Chỉ thị số 11/CT-UBND ngày 02/5/2024 của UBND tỉnh Bắc Kạn và Hướng dẫn số 04/HD-SNV ngày 08/5/2024 "
      "của Sở Nội vụ về thi đua, khen thưởng;"),
     [cite("chi_thi", "11/CT-UBND", "2024-05-02", "UBND tỉnh Bắc Kạn", None),
      cite("huong_dan", "04/HD-SNV", "2024-05-08", "Sở Nội vụ", "thi đua, khen thưởng")]),
    ("joint-plan",
     ("Thực hiện Kế hoạch liên tịch số 05/KHLT-SGDĐT-TĐ ngày 07/3/2024 của Sở Giáo dục và Đào tạo và Tỉnh Đoàn về tổ "
      "chức Hội thi;"),
     [cite("ke_hoach", "05/KHLT-SGDĐT-TĐ", "2024-03-07", "Sở Giáo dục và Đào tạo và Tỉnh Đoàn", "tổ chức Hội thi")]),
    ("joint-guide",
     "Căn cứ Hướng dẫn liên ngành số 02/HDLN-SYT-SGDĐT ngày 20/8/2024 của Sở Y tế và Sở Giáo dục và Đào tạo;",
     [cite("huong_dan", "02/HDLN-SYT-SGDĐT", "2024-08-20", "Sở Y tế và Sở Giáo dục và Đào tạo", None)]),
    ("quoted-title-opening-with-ve-viec",
     ("Căn cứ Quyết định số 1200/QĐ-UBND ngày 05/3/2024 của Chủ tịch UBND tỉnh “Về việc ban hành Quy chế hoạt động "
      "của Ban Chỉ đạo”;"),
     [cite("quyet_dinh", "1200/QĐ-UBND", "2024-03-05", "Chủ tịch UBND tỉnh",
           "ban hành Quy chế hoạt động của Ban Chỉ đạo")]),
    ("quoted-title-opening-with-ve",
     "Căn cứ Chỉ thị số 05/CT-UBND ngày 02/02/2024 của Chủ tịch UBND tỉnh \"Về tăng cường công tác phòng cháy\";",
     [cite("chi_thi", "05/CT-UBND", "2024-02-02", "Chủ tịch UBND tỉnh", "tăng cường công tác phòng cháy")]),
    ("number-wrapped-after-its-dash",
     "Thực hiện Công văn số 567/SGDĐT-\nGDTH ngày 14/3/2024 của Sở Giáo dục và Đào tạo về việc tổ chức Ngày hội;",
     [cite("cong_van", "567/SGDĐT-GDTH", "2024-03-14", "Sở Giáo dục và Đào tạo", "tổ chức Ngày hội")]),
    ("issuer-wrapped-inside-its-name",
     ("Thực hiện Chỉ thị số 05/CT-TTg ngày 28/02/2024 của Thủ tướng\nChính phủ về tăng cường công tác phòng, chống "
      "dịch bệnh mùa đông xuân;"),
     [cite("chi_thi", "05/CT-TTg", "2024-02-28", "Thủ tướng Chính phủ",
           "tăng cường công tác phòng, chống dịch bệnh mùa đông xuân")]),
    ("short-name-in-brackets-left-out",
     ("Thực hiện Kế hoạch số 12/KH-UBND ngày 20/02/2024 của UBND huyện về tổ chức Hội thi tìm hiểu pháp luật năm 2024 "
      "(sau đây gọi tắt là Kế hoạch số 12/KH-UBND);"),
     [cite("ke_hoach", "12/KH-UBND", "2024-02-20", "UBND huyện", "tổ chức Hội thi tìm hiểu pháp luật năm 2024")]),
    ("law-by-number-and-issuer-amending-two-laws",
     ("Căn cứ Luật số 47/2019/QH14 ngày 22/11/2019 của Quốc hội sửa đổi, bổ sung một số điều của Luật Tổ chức Chính "
      "phủ và Luật Tổ chức chính quyền địa phương;"),
     [cite("khac", "47/2019/QH14", "2019-11-22", "Quốc hội",
           "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương")]),
    ("decision-under-a-list-cue",
     ("Căn cứ:\n- Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n- Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của "
      "Chính phủ về công tác văn thư;\n- Kế hoạch số 100/KH-UBND ngày 01/3/2024 của UBND tỉnh về tổ chức Hội thi."),
     [cite("khac", None, "2015-06-19", None, "Luật Tổ chức chính quyền địa phương"),
      cite("khac", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ", "công tác văn thư"),
      cite("ke_hoach", "100/KH-UBND", "2024-03-01", "UBND tỉnh", "tổ chức Hội thi")]),
    ("number-wrapped-after-its-slash",
     "Căn cứ Công văn số 1234/\nUBND-VX ngày 05/3/2024 của UBND tỉnh về tổ chức Tháng hành động;",
     [cite("cong_van", "1234/UBND-VX", "2024-03-05", "UBND tỉnh", "tổ chức Tháng hành động")]),
    ("number-wrapped-after-so",
     "Căn cứ Quyết định số\n455/QĐ-UBND ngày 05/3/2024 của UBND huyện về kiện toàn Ban Chỉ đạo;",
     [cite("quyet_dinh", "455/QĐ-UBND", "2024-03-05", "UBND huyện", "kiện toàn Ban Chỉ đạo")]),
    ("date-wrapped-after-ngay",
     "Thực hiện Hướng dẫn số 31/HD-SNV ngày\n05/3/2024 của Sở Nội vụ về công tác thi đua;",
     [cite("huong_dan", "31/HD-SNV", "2024-03-05", "Sở Nội vụ", "công tác thi đua")]),
    ("conclusion-of-a-chairman-at-a-notice",
     ("Căn cứ kết luận của Chủ tịch UBND huyện tại Thông báo số 45/TB-UBND ngày 10/3/2024 về công tác chuẩn bị "
      "Tết;"),
     [cite("thong_bao", "45/TB-UBND", "2024-03-10", "Chủ tịch UBND huyện", "công tác chuẩn bị Tết")]),
    ("conclusion-of-a-standing-committee-at-a-notice",
     "Thực hiện ý kiến kết luận của Thường trực Huyện ủy tại Thông báo số 112-TB/HU ngày 02/6/2024;",
     [cite("thong_bao", "112-TB/HU", "2024-06-02", "Thường trực Huyện ủy", None)]),
    ("issuer-without-cua-after-the-date",
     "Căn cứ Công văn số 1234/BYT-DP ngày 05/3/2024 Bộ Y tế về tăng cường phòng chống dịch sởi;",
     [cite("cong_van", "1234/BYT-DP", "2024-03-05", "Bộ Y tế", "tăng cường phòng chống dịch sởi")]),
    ("provincial-committee-without-cua-after-the-date",
     "Thực hiện Kế hoạch số 71/KH-UBND ngày 12/6/2024 UBND tỉnh Lào Cai về phát triển du lịch cộng đồng;",
     [cite("ke_hoach", "71/KH-UBND", "2024-06-12", "UBND tỉnh Lào Cai", "phát triển du lịch cộng đồng")]),
    ("running-sentence-ends-at-its-full-stop",
     ("Kỳ thi tuyển sinh vào lớp 10 được tổ chức theo Quy chế tuyển sinh ban hành kèm theo Thông tư số "
      "30/2024/TT-BGDĐT ngày 30/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo. " + STATEMENT),
     [cite("khac", "30/2024/TT-BGDĐT", "2024-12-30", "Bộ trưởng Bộ Giáo dục và Đào tạo", None)]),
    ("issuer-ends-at-a-full-stop-after-a-cue",
     "Căn cứ Kế hoạch số 14/KH-UBND ngày 09/02/2024 của Ủy ban nhân dân xã Tân An. UBND xã giao nhiệm vụ như sau:",
     [cite("ke_hoach", "14/KH-UBND", "2024-02-09", "Ủy ban nhân dân xã Tân An", None)]),
    ("unnumbered-rules-with-their-term",
     "Căn cứ Quy chế làm việc của Ủy ban nhân dân huyện nhiệm kỳ 2021-2026;",
     [cite("khac", None, None, "Ủy ban nhân dân huyện", "Quy chế làm việc")]),
    # a law named with the year it was passed: the year dates it, its name is the rest (a constitution keeps it)
    ("law-named-with-its-year", "Thi hành Luật Phòng, chống ma túy năm 2021;",
     [cite("khac", None, None, None, "Luật Phòng, chống ma túy")]),
    ("code-named-with-its-year", "Căn cứ Bộ luật Lao động năm 2019;",
     [cite("khac", None, None, None, "Bộ luật Lao động")]),
    ("law-with-its-year-then-a-decree",
     ("Căn cứ Luật Thi đua, khen thưởng năm 2022;\nCăn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy "
      "định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"),
     [cite("khac", None, None, None, "Luật Thi đua, khen thưởng"),
      cite("khac", "98/2023/NĐ-CP", "2023-12-31", "Chính phủ",
           "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng")]),
    ("constitution-keeps-its-year", "Căn cứ Hiến pháp năm 2013;",
     [cite("khac", None, None, None, "Hiến pháp năm 2013")]),
    # no cue: the relation inside the opening's running sentence (contract §2)
    ("running-organised-under-a-plan",
     ("Năm 2024, Hội thi được tổ chức theo Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh về tổ chức Hội thi "
      "tin học trẻ. " + STATEMENT),
     [cite("ke_hoach", "12/KH-UBND", "2024-01-15", "UBND tỉnh", "tổ chức Hội thi tin học trẻ")]),
    # what the opening reports as not done by a rule is no basis
    ("running-report-of-a-rule-not-kept",
     ("Một số cơ sở chưa thực hiện việc trích chuyển dữ liệu theo quy định tại Thông tư số 48/2017/TT-BYT của Bộ Y "
      "tế. " + STATEMENT),
     []),
    ("running-as-a-letter-guides",
     ("Phòng Giáo dục và Đào tạo huyện Sơn Tịnh xây dựng Kế hoạch tổ chức Hội thi theo hướng dẫn tại Công văn số "
      "345/SGDĐT-GDTH ngày 10/9/2024 của Sở Giáo dục và Đào tạo như sau:"),
     [cite("cong_van", "345/SGDĐT-GDTH", "2024-09-10", "Sở Giáo dục và Đào tạo", None)]),
    ("running-as-a-body-directs-at",
     ("Trường Tiểu học Kim Đồng xây dựng Kế hoạch theo chỉ đạo của Phòng GDĐT thị xã tại Công văn số 88/PGDĐT-TH ngày "
      "02/10/2024 về tổ chức Hội khỏe Phù Đổng như sau:"),
     [cite("cong_van", "88/PGDĐT-TH", "2024-10-02", "Phòng GDĐT thị xã", "tổ chức Hội khỏe Phù Đổng")]),
    ("what-the-text-draws-from-it-after-a-comma",
     ("Thực hiện Công văn số 1234/UBND-VX ngày 05/3/2024 của UBND tỉnh về việc tổ chức Tháng hành động vì trẻ em năm "
      "2024, trong đó yêu cầu các đơn vị tổ chức các hoạt động thiết thực;"),
     [cite("cong_van", "1234/UBND-VX", "2024-03-05", "UBND tỉnh", "tổ chức Tháng hành động vì trẻ em năm 2024")]),
    ("what-the-text-draws-from-it-theo-do",
     ("Căn cứ Kế hoạch số 19/KH-SYT ngày 11/01/2024 của Sở Y tế về phòng, chống dịch bệnh năm 2024, theo đó các "
      "huyện phải xây dựng kế hoạch;"),
     [cite("ke_hoach", "19/KH-SYT", "2024-01-11", "Sở Y tế", "phòng, chống dịch bệnh năm 2024")]),
    ("reported-in-the-opening-sentence",
     ("Ngày 05/3/2024, Bộ Y tế ban hành Công văn số 1234/BYT-DP về việc tăng cường phòng, chống bệnh sởi. Để triển "
      "khai thực hiện, " + STATEMENT),
     [cite("cong_van", "1234/BYT-DP", "2024-03-05", "Bộ Y tế", "tăng cường phòng, chống bệnh sởi")]),
    # a series of bodies each named before its own document: "chỉ đạo của A, của B tại X, của C tại Y"
    ("series-of-bodies-each-before-its-document",
     ("Căn cứ chỉ đạo của Chủ tịch nước, của Ban Thường vụ Tỉnh ủy tại Thông báo số 45-TB/TU ngày 03/6/2024, của "
      "Thường trực Hội đồng nhân dân tỉnh tại văn bản số 118-CV/HĐND ngày 05/6/2024;"),
     [cite("thong_bao", "45-TB/TU", "2024-06-03", "Ban Thường vụ Tỉnh ủy", None),
      cite("cong_van", "118-CV/HĐND", "2024-06-05", "Thường trực Hội đồng nhân dân tỉnh", None)]),
    # the Party's "Kế hoạch hành động" is a plan; the document named inside its "về việc thực hiện …" is no parent
    ("party-action-plan-with-a-document-inside-its-subject",
     ("Thực hiện Kế hoạch hành động số 112-KH/TU ngày 05/3/2025 của Ban Thường vụ Tỉnh ủy về việc thực hiện Nghị quyết "
      "số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị trên địa bàn tỉnh;"),
     [cite("ke_hoach", "112-KH/TU", "2025-03-05", "Ban Thường vụ Tỉnh ủy",
           "thực hiện Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị trên địa bàn tỉnh")]),
    # a committee whose field holds commas and a programme named by a bare figure ("đề án 06"); "về" before a type
    # name opens the subject
    ("committee-field-with-a-programme-then-a-type-name",
     ("Căn cứ Kế hoạch số 09-KH/BCĐ ngày 14/7/2025 của Ban Chỉ đạo chuyển đổi số, cải cách hành chính và đề án 06 về "
      "Kế hoạch hành động triển khai Chương trình số 03-CTr/BCĐTW, ngày 02/7/2025 của Ban Chỉ đạo Trung ương;"),
     [cite("ke_hoach", "09-KH/BCĐ", "2025-07-14", "Ban Chỉ đạo chuyển đổi số, cải cách hành chính và đề án 06",
           "Kế hoạch hành động triển khai Chương trình số 03-CTr/BCĐTW, ngày 02/7/2025 của Ban Chỉ đạo Trung ương")]),
    # a committee named by its field, then what it issues ("… về X tỉnh ban hành Chương trình công tác … về Y")
    ("committee-field-then-its-act",
     ("Căn cứ Quyết định số 05-QĐ/BCĐ ngày 21/7/2025 của Ban Chỉ đạo về phòng, chống tham nhũng, lãng phí tỉnh ban "
      "hành Quy chế làm việc của Ban Chỉ đạo tỉnh về phòng, chống tham nhũng năm 2025;"),
     [cite("quyet_dinh", "05-QĐ/BCĐ", "2025-07-21", "Ban Chỉ đạo về phòng, chống tham nhũng, lãng phí tỉnh",
           "ban hành Quy chế làm việc của Ban Chỉ đạo tỉnh về phòng, chống tham nhũng năm 2025")]),
    # a further ground after the title ("…, trên cơ sở đề xuất của Sở X, UBND tỉnh ban hành …") is no part of it
    ("further-ground-after-the-title",
     ("Thực hiện Quyết định số 1450/QĐ-TTg ngày 02/9/2025 của Thủ tướng Chính phủ phê duyệt Đề án “Phát triển du lịch "
      "cộng đồng giai đoạn 2025-2030”, trên cơ sở báo cáo của Sở Văn hóa, Thể thao và Du lịch, Ủy ban nhân dân tỉnh "
      "ban hành Kế hoạch thực hiện như sau:"),
     [cite("quyet_dinh", "1450/QĐ-TTg", "2025-09-02", "Thủ tướng Chính phủ",
           "phê duyệt Đề án “Phát triển du lịch cộng đồng giai đoạn 2025-2030”")]),
    # a title that keeps another document in force names it inside its subject: no parent of its own
    ("title-keeps-another-document-in-force",
     ("Căn cứ Quyết định số 318/QĐ-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh về việc tiếp tục áp dụng Quyết định "
      "số 41/2023/QĐ-UBND ngày 05/9/2023 của Ủy ban nhân dân tỉnh về quy chế thi đua;"),
     [cite("quyet_dinh", "318/QĐ-UBND", "2025-02-10", "Ủy ban nhân dân tỉnh",
           "tiếp tục áp dụng Quyết định số 41/2023/QĐ-UBND ngày 05/9/2023 của Ủy ban nhân dân tỉnh về quy chế thi đua")]),
    ("series-of-bodies-two-documents",
     ("Thực hiện ý kiến chỉ đạo của Bộ Y tế tại Công văn số 2210/BYT-KCB ngày 14/4/2025, của Ủy ban nhân dân tỉnh "
      "tại Kế hoạch số 77/KH-UBND ngày 20/4/2025;"),
     [cite("cong_van", "2210/BYT-KCB", "2025-04-14", "Bộ Y tế", None),
      cite("ke_hoach", "77/KH-UBND", "2025-04-20", "Ủy ban nhân dân tỉnh", None)]),
]


@pytest.mark.parametrize(("row_id", "preamble", "expected"), table(PHRASINGS))
def test_a_citation_phrased_another_way(row_id, preamble, expected):
    text = directive(preamble=preamble if "như sau" in preamble else f"{preamble}\n{STATEMENT}")
    check_field(row_id, text, "parent_directives", expected)
