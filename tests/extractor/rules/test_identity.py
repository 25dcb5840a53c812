"""Document identity (extractor/rules/identity.py): kind, number, issue date, place, subject, urgency, secrecy.

Every row is a short hand-written header or title in the genre, run through ``extract_text`` inside the
small directive of ``extractor_helpers.directive``; the expected value is worked out from the annotation
guide (spec §2), not from the extractor. Rows are grouped by field; a new phrasing goes into its field's
group, a known gap as ``gap(...)`` with the reason.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, run

LEFT = "UBND HUYỆN MỘ ĐỨC\nPHÒNG VĂN HÓA VÀ THÔNG TIN"
RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
PLACE_DATE = "Mộ Đức, ngày 07 tháng 11 năm 2022"


def header(number: str = "Số: 96/KH-PVHTT", place_date: str = PLACE_DATE, extra: str = "") -> str:
    """Columns one after the other; ``extra`` lines go under the number (V/v, KHẨN, …)."""
    left = f"{LEFT}\n{number}" + (f"\n{extra}" if extra else "")
    return f"{left}\n\n{RIGHT}\n{place_date}"


TITLE = "KẾ HOẠCH\nTổ chức Liên hoan tuyên truyền lưu động năm 2022"


def doc(*, number: str = "Số: 96/KH-PVHTT", place_date: str = PLACE_DATE, extra: str = "", title: str = TITLE,
        **zones: str) -> str:
    return directive(header=header(number, place_date, extra), title=title, **zones)


def gap(row_id: str, text: str, path: str, expected, reason: str):
    return pytest.param(row_id, text, path, expected, id=row_id, marks=pytest.mark.xfail(strict=True, reason=reason))


def row(row_id: str, text: str, path: str, expected):
    return pytest.param(row_id, text, path, expected, id=row_id)


CV = {"title": "", "extra": "V/v tham gia Liên hoan tuyên truyền\nlưu động năm 2022", "number": "Số: 412/PVHTT-NV"}

KIND = [
    row("kind-ke-hoach", doc(), "document.kind", "ke_hoach"),
    row("kind-thong-bao", doc(title="THÔNG BÁO\nLịch tổng duyệt Liên hoan tuyên truyền lưu động", number="Số: 31/TB-PVHTT"),
        "document.kind", "thong_bao"),
    row("kind-quyet-dinh", doc(title="QUYẾT ĐỊNH\nVề việc thành lập Ban Tổ chức Liên hoan", number="Số: 1204/QĐ-UBND"),
        "document.kind", "quyet_dinh"),
    row("kind-huong-dan", doc(title="HƯỚNG DẪN\nChấm điểm Liên hoan tuyên truyền lưu động", number="Số: 05/HD-PVHTT"),
        "document.kind", "huong_dan"),
    row("kind-chuong-trinh-is-khac", doc(title="CHƯƠNG TRÌNH\nLiên hoan tuyên truyền lưu động năm 2022",
                                         number="Số: 14/CTr-PVHTT"), "document.kind", "khac"),
    row("kind-bold-markdown", doc(title="**KẾ HOẠCH**\nTổ chức Liên hoan tuyên truyền lưu động năm 2022"),
        "document.kind", "ke_hoach"),
    row("kind-cong-van-vv", doc(**CV), "document.kind", "cong_van"),
    row("kind-from-number-kh", doc(title="Tổ chức Liên hoan tuyên truyền lưu động năm 2022"), "document.kind", "ke_hoach"),
    row("kind-from-number-tb", doc(title="", number="Số: 31/TB-PVHTT"), "document.kind", "thong_bao"),
    row("kind-from-number-bc", doc(title="", number="Số: 77/BC-PVHTT"), "document.kind", "bao_cao"),
    row("kind-chi-thi-glued-after-the-date",
        doc(title="", number="Số: 04/CT-UBND Tuy An, ngày 3 tháng 2 năm 2022 CHỈ THỊ VỀ TĂNG CƯỜNG PHÒNG CHÁY RỪNG",
            place_date=""), "document.kind", "chi_thi"),
    row("subject-of-a-title-glued-after-the-date",
        doc(title="", number="Số: 04/CT-UBND Tuy An, ngày 3 tháng 2 năm 2022 CHỈ THỊ VỀ TĂNG CƯỜNG PHÒNG CHÁY RỪNG",
            place_date=""), "document.subject", "VỀ TĂNG CƯỜNG PHÒNG CHÁY RỪNG"),
    row("kind-nghi-quyet-without-code-is-khac",
        doc(title="NGHỊ QUYẾT\nVề phát triển du lịch cộng đồng", number="Số: 12/2022/NQ-HĐND"), "document.kind", "khac"),
    row("kind-cong-dien-is-khac", doc(title="CÔNG ĐIỆN\nVề ứng phó bão số 3", number="Số: 07/CĐ-UBND"),
        "document.kind", "khac"),
]

NUMBER = [
    row("number-plain", doc(), "document.number", "96/KH-PVHTT"),
    row("number-spaces", doc(number="Số:  96 / KH-PVHTT"), "document.number", "96/KH-PVHTT"),
    # OCR doubled a letter of the type code on a scan: the known abbreviation is meant.
    row("number-ocr-doubled-type-letter", doc(number="Số: 1204/QĐĐ-UBND"), "document.number", "1204/QĐ-UBND"),
    row("number-ocr-doubled-type-letter-spaced", doc(number="Số: 88 /QĐĐ-UBND"), "document.number", "88/QĐ-UBND"),
    row("number-unknown-code-kept", doc(number="Số: 96/PVHTT-NV"), "document.number", "96/PVHTT-NV"),
    row("number-no-colon", doc(number="Số 96/KH-PVHTT"), "document.number", "96/KH-PVHTT"),
    row("number-split-over-lines", doc(number="Số: 96\n/KH-PVHTT"), "document.number", "96/KH-PVHTT"),
    row("number-en-dash", doc(number="Số: 96/KH–PVHTT"), "document.number", "96/KH-PVHTT"),
    row("number-eth", doc(number="Số: 96/KH-PVHTT-ÐT"), "document.number", "96/KH-PVHTT-ĐT"),
    row("number-cong-van", doc(**CV), "document.number", "412/PVHTT-NV"),
    row("number-flattened", directive(header=(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ ĐỨC TÂN | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 58 /KH-UBND | Đức Tân, ngày 14 tháng 3 năm 2025")), "document.number", "58/KH-UBND"),
    row("number-interleaved", directive(header=(
        "ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ ĐỨC TÂN                     Độc lập - Tự do - Hạnh phúc\n"
        "Số: 58/KH-UBND                 Đức Tân, ngày 14 tháng 3 năm 2025")), "document.number", "58/KH-UBND"),
    row("number-absent", doc(number="Số:       /KH-PVHTT"), "document.number", None),
    ("number-ocr-letter-o", doc(number="Số: 9O/KH-PVHTT"), "document.number", "90/KH-PVHTT",),
]

DATE_PLACE = [
    row("date-words", doc(), "document.issue_date", "2022-11-07"),
    row("place-words", doc(), "document.place", "Mộ Đức"),
    row("date-slashes", doc(place_date="Quận 3, ngày 05/10/2024"), "document.issue_date", "2024-10-05"),
    row("place-district-number", doc(place_date="Quận 3, ngày 05/10/2024"), "document.place", "Quận 3"),
    row("date-dashes", doc(place_date="Đắk Glei, ngày 5-10-2024"), "document.issue_date", "2024-10-05"),
    row("place-two-words", doc(place_date="Đắk Glei, ngày 5-10-2024"), "document.place", "Đắk Glei"),
    row("place-city", doc(place_date="TP. Hồ Chí Minh, ngày 18 tháng 4 năm 2023"), "document.place", "TP. Hồ Chí Minh"),
    row("date-italic", doc(place_date="*Ba Tơ, ngày 02 tháng 12 năm 2021*"), "document.issue_date", "2021-12-02"),
    row("place-italic", doc(place_date="*Ba Tơ, ngày 02 tháng 12 năm 2021*"), "document.place", "Ba Tơ"),
    row("date-blank-day", doc(place_date="Mộ Đức, ngày     tháng 11 năm 2022"), "document.issue_date", None),
]

SUBJECT = [
    row("subject-title-one-line", doc(), "document.subject", "Tổ chức Liên hoan tuyên truyền lưu động năm 2022"),
    row("subject-title-two-lines", doc(title="KẾ HOẠCH\nTổ chức Liên hoan tuyên truyền lưu động\nchào mừng Đại hội Đảng bộ huyện"),
        "document.subject", "Tổ chức Liên hoan tuyên truyền lưu động chào mừng Đại hội Đảng bộ huyện"),
    # a text layer's blank line inside the trích yếu: a line that opens in lower case goes on with it
    row("subject-title-blank-then-va", doc(title="KẾ HOẠCH\nTổ chức Liên hoan tuyên truyền lưu động\n\nvà Ngày hội đọc sách năm 2022"),
        "document.subject", "Tổ chức Liên hoan tuyên truyền lưu động và Ngày hội đọc sách năm 2022"),
    row("subject-title-blank-then-nam", doc(title="KẾ HOẠCH\nTổ chức Liên hoan tuyên truyền lưu động\n\nnăm 2022"),
        "document.subject", "Tổ chức Liên hoan tuyên truyền lưu động năm 2022"),
    row("subject-vv-two-lines", doc(**CV), "document.subject", "tham gia Liên hoan tuyên truyền lưu động năm 2022"),
    row("subject-ve-viec", doc(title="", number="Số: 412/PVHTT-NV", extra="Về việc cử diễn viên tham gia Liên hoan"),
        "document.subject", "cử diễn viên tham gia Liên hoan"),
    # OCR of a scan reads the c of "việc" as a t.
    row("subject-ve-viec-read-viet", doc(title="QUYẾT ĐỊNH\nVề việt ban hành Kế hoạch hành động quốc gia"),
        "document.subject", "ban hành Kế hoạch hành động quốc gia"),
    # a Công văn's trích yếu under its number opening with a bare "Về"; a capital after it names a body, no subject
    row("subject-bare-ve-under-the-number",
        doc(title="", number="Số: 5120/SGDĐT-GDTX", extra="Về hướng dẫn đánh giá trung tâm\nhọc tập cộng đồng năm 2025"),
        "document.subject", "hướng dẫn đánh giá trung tâm học tập cộng đồng năm 2025"),
    row("subject-bare-ve-one-line", doc(title="", number="Số: 77/UBND-VX", extra="Về tăng cường phòng, chống dịch bệnh"),
        "document.subject", "tăng cường phòng, chống dịch bệnh"),
    row("subject-ve-before-a-body-is-none", doc(title="", number="Số: 77/UBND-VX", extra="Về Sở Y tế"),
        "document.subject", None),
    row("subject-vv-colon", doc(title="", number="Số: 412/PVHTT-NV", extra="V/v: báo cáo số liệu thư viện quý III"),
        "document.subject", "báo cáo số liệu thư viện quý III"),
    row("subject-thong-bao", doc(title="THÔNG BÁO\nKết quả Liên hoan tuyên truyền lưu động năm 2022", number="Số: 31/TB-PVHTT"),
        "document.subject", "Kết quả Liên hoan tuyên truyền lưu động năm 2022"),
    ("subject-vv-indented-continuation", doc(title="", number="Số: 412/PVHTT-NV", extra="V/v tham gia Liên hoan tuyên truyền\n    lưu động năm 2022"), "document.subject", "tham gia Liên hoan tuyên truyền lưu động năm 2022",),
    row("subject-headerless-title", directive(header="", title="KẾ HOẠCH\nTổ chức Ngày Sách năm 2023",
                                              preamble="Thư viện huyện Ba Tơ xây dựng kế hoạch như sau:"),
        "document.subject", "Tổ chức Ngày Sách năm 2023"),
    # an OCR drops the slash of "V/v" or quotes the whole line
    row("subject-vv-without-slash-quoted", doc(title="", number="Số: 412/PVHTT-NV", extra="“Vv cử diễn viên tham gia Liên hoan”"),
        "document.subject", "cử diễn viên tham gia Liên hoan"),
    # ... or writes it in brackets
    row("subject-vv-in-brackets", doc(title="", number="Số: 412/PVHTT-NV", extra="(V/v cử diễn viên tham gia Liên hoan)"),
        "document.subject", "cử diễn viên tham gia Liên hoan"),
    row("subject-vv-in-brackets-wrapped", doc(title="", number="Số: 412/PVHTT-NV",
                                              extra="(V/v tham gia Liên hoan tuyên truyền\nlưu động năm 2022)"),
        "document.subject", "tham gia Liên hoan tuyên truyền lưu động năm 2022"),
    row("subject-keeps-its-own-quotes", doc(title="", number="Số: 412/PVHTT-NV", extra="V/v tham gia Cuộc thi \"Đại sứ văn hóa đọc\""),
        "document.subject", "tham gia Cuộc thi \"Đại sứ văn hóa đọc\""),
    # a trích yếu that opens with a cue word ("Theo …", "Thực hiện …") but names no document is the title
    row("subject-opens-with-a-cue-word", doc(title="KẾ HOẠCH\n\nTheo dõi, đánh giá phong trào đọc sách\ntrong trường học năm 2024"),
        "document.subject", "Theo dõi, đánh giá phong trào đọc sách trong trường học năm 2024"),
    row("citation-under-the-type-name-is-no-title",
        doc(title="KẾ HOẠCH\nThực hiện Kế hoạch số 12/KH-UBND ngày 3/1/2024 của UBND huyện, Phòng Văn hóa xây dựng kế hoạch:"),
        "document.subject", None),
    # a web page's title line: the type name with the trích yếu after it; "CỦA <author>" after it is no trích yếu
    row("subject-glued-after-the-type-name",
        directive(header="", title="KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH NĂM 2024",
                  preamble="Thư viện huyện Ba Tơ xây dựng kế hoạch như sau:"),
        "document.subject", "TỔ CHỨC NGÀY HỘI ĐỌC SÁCH NĂM 2024"),
    row("subject-glued-thong-bao", directive(header="", title="THÔNG BÁO Kết quả Hội thi giáo viên giỏi cấp huyện",
                                             preamble="Phòng Giáo dục và Đào tạo thông báo như sau:"),
        "document.subject", "Kết quả Hội thi giáo viên giỏi cấp huyện"),
    row("decision-of-its-author-is-no-subject",
        doc(title="QUYẾT ĐỊNH CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN\nVề việc khen thưởng tập thể, cá nhân"),
        "document.subject", "khen thưởng tập thể, cá nhân"),
    # the trích yếu wrapped before its last word, an acronym in capitals
    row("subject-vv-wrapped-before-an-acronym", doc(title="", number="Số: 412/CT-QLDN", extra="V/v quyết toán thuế\nTNCN"),
        "document.subject", "quyết toán thuế TNCN"),
    row("subject-vv-wrapped-before-an-acronym-bhxh",
        doc(title="", number="Số: 77/UBND-VX", extra="V/v đôn đốc thu nộp\nBHXH."), "document.subject",
        "đôn đốc thu nộp BHXH"),
    row("subject-vv-stops-at-a-body-in-capitals",
        doc(title="", number="Số: 77/UBND-VX", extra="V/v đôn đốc thu nộp\nPHÒNG TÀI CHÍNH"), "document.subject",
        "đôn đốc thu nộp"),
    ("subject-none-when-no-title", directive(
        header="", title="", preamble="Trường Tiểu học Ba Điền xây dựng kế hoạch tổ chức Ngày Sách năm 2023 như sau:"), "document.subject", None,),
]

MARKS = [
    row("urgency-none", doc(), "document.urgency", None),
    row("secrecy-none", doc(), "document.secrecy", None),
    row("urgency-khan", doc(**(CV | {"extra": CV["extra"] + "\nKHẨN"})), "document.urgency", "khan"),
    row("urgency-hoa-toc", doc(extra="HỎA TỐC"), "document.urgency", "hoa_toc"),
    row("urgency-hoa-toc-old-tone", doc(extra="HOẢ TỐC"), "document.urgency", "hoa_toc"),
    row("urgency-thuong-khan", doc(extra="THƯỢNG KHẨN"), "document.urgency", "thuong_khan"),
    row("secrecy-mat", doc(extra="MẬT"), "document.secrecy", "mat"),
    row("secrecy-toi-mat", doc(extra="TỐI MẬT"), "document.secrecy", "toi_mat"),
]


@pytest.mark.parametrize("row_id,text,path,expected", KIND + NUMBER + DATE_PLACE + SUBJECT + MARKS)
def test_identity(row_id, text, path, expected):
    check_field(row_id, text, path, expected)


def test_blank_number_and_date_of_an_e_signed_copy_are_warned_as_blank():
    """An e-signed copy leaves number and day blank (stamped when issued): null, and the clerk is told so."""
    record = run(doc(number="Số:       /KH-PVHTT", place_date="Mộ Đức, ngày     tháng 11 năm 2022")).record
    assert record.document.number is None and record.document.issue_date is None
    assert any(w.startswith("Văn bản để trống số, ký hiệu") for w in record.warnings), record.warnings
    assert any(w.startswith("Văn bản để trống ngày ban hành") for w in record.warnings), record.warnings


REGISTER = ("Số hiệu:\n|\n{number}\n|\nLoại văn bản:\n|\nCông văn\n|\nNơi ban hành:\n|\nBộ Nội vụ\n|\n"
            "Ngày ban hành:\n|\n21/11/2025\n|")


@pytest.mark.parametrize("number", ["171/CV-BCĐ", "2045/BNV-CQĐP", "88/UBND-KT"])
def test_a_portal_register_above_a_text_cut_below_its_header_gives_no_number(number):
    letter = directive(header=REGISTER.format(number=number), title="",
                       kinh_gui="Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.")
    record = run(letter).record
    assert record.document.number is None
    assert any("số, ký hiệu" in w for w in record.warnings), record.warnings
    # the text's own "Số:" line under the register is read
    with_header = directive(header=REGISTER.format(number=number) + "\nBỘ NỘI VỤ\nSố: 12/BNV-VP\n"
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 02 tháng 12 năm 2025",
                            title="")
    assert run(with_header).record.document.number == "12/BNV-VP"


def test_missing_number_and_date_are_warned():
    record = run(doc(number="", place_date="")).record
    assert record.document.number is None and record.document.issue_date is None
    assert any("số, ký hiệu" in w for w in record.warnings), record.warnings
    assert any("ngày ban hành" in w for w in record.warnings), record.warnings


# A portal's one-line copy (an HTML paragraph): the trích yếu runs into the statement that opens the text; it ends
# where a body's name begins with the verb it issues by.
ONE_LINE = ("<p>SỞ Y TẾ TỈNH NINH BÌNH TRUNG TÂM KIỂM SOÁT BỆNH TẬT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do "
            "- Hạnh phúc Số: 231 /TB-KSBT Ninh Bình, ngày 14 tháng 3 năm 2023 THÔNG BÁO {about} {statement} như sau: "
            "1. Đối tượng: cán bộ y tế. 2. Thời gian: ngày 20/3/2023. Nơi nhận: - Như trên; - Lưu: VT. GIÁM ĐỐC "
            "Lê Văn Bình</p>")


@pytest.mark.parametrize(("about", "statement", "subject"), [
    ("Về tổ chức tập huấn phòng chống sốt xuất huyết năm 2023",
     "Trung tâm Kiểm soát bệnh tật thông báo kế hoạch tập huấn", "tổ chức tập huấn phòng chống sốt xuất huyết năm 2023"),
    ("V/v tuyển dụng viên chức đợt 1 năm 2023 tại Ninh Bình",
     "Sở Y tế tỉnh Ninh Bình thông báo tuyển dụng", "tuyển dụng viên chức đợt 1 năm 2023 tại Ninh Bình"),
    ("Về lịch tiêm chủng mở rộng tháng 4", "Phòng Kế hoạch - Nghiệp vụ hướng dẫn các đơn vị",
     "lịch tiêm chủng mở rộng tháng 4"),
    # a body named after "cho" is the trích yếu's object, though a verb follows its name
    ("Về việc giao đất cho Ban Quản lý dự án Đầu tư xây dựng huyện để thực hiện dự án nhà văn hóa xã",
     "Trung tâm Kiểm soát bệnh tật thông báo kế hoạch tập huấn",
     "giao đất cho Ban Quản lý dự án Đầu tư xây dựng huyện để thực hiện dự án nhà văn hóa xã"),
])
def test_a_trích_yếu_run_into_the_opening_statement_ends_at_it(about, statement, subject):
    from extractor_helpers import record_of

    record = record_of(ONE_LINE.format(about=about, statement=statement))
    assert record["document"]["subject"] == subject
    assert (record["document"]["number"], record["document"]["issue_date"]) == ("231/TB-KSBT", "2023-03-14")
    assert record["issuer"] == {"name": "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "parent": "SỞ Y TẾ TỈNH NINH BÌNH"}


# A Nghị quyết of the Quốc hội's bodies writes its type before the number ("Nghị quyết số: 17/2022/UBTVQH15"), and a
# Công báo copy puts its running head, page number and section label above the header.
@pytest.mark.parametrize(("number_line", "number"), [
    ("Nghị quyết số: 25/2023/UBTVQH15", "25/2023/UBTVQH15"),
    ("Nghị quyết số:  102/2024/QH15", "102/2024/QH15"),
    ("Số: 12/2024/NQ-HĐND", "12/2024/NQ-HĐND"),
])
def test_a_gazette_copy_of_a_resolution(number_line, number):
    from extractor_helpers import record_of

    text = (f"CÔNG BÁO/Số 415 + 416/Ngày 20-6-2023\n17\n\nVĂN BẢN QUY PHẠM PHÁP LUẬT\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
            f"ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n{number_line}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nNGHỊ QUYẾT\nVề mức lương cơ sở\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
            "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Mức lương cơ sở là 1.800.000 đồng.\n"
            "CÔNG BÁO/Số 415 + 416/Ngày 20-6-2023\n18\n\nĐiều 2. Nghị quyết này có hiệu lực từ ngày 01/7/2023.\n\n"
            "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nVương Đình Huệ\n")
    record = record_of(text)
    assert record["document"]["number"] == number
    assert record["issuer"] == {"name": "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "parent": None}


@pytest.mark.parametrize("kinh_gui", ["Kính gửi: Các cơ sở đào tạo trực thuộc Bộ", "Kính gửi: Ủy ban nhân dân các xã"])
def test_a_text_cut_above_kính_gửi_has_no_subject(kinh_gui):
    # a crawl that lost the header and the V/v line starts at "Kính gửi": nothing names the subject
    text = directive(header="", title="", kinh_gui=kinh_gui,
                     preamble="Thực hiện Công văn số 88/BGDĐT-GDĐH ngày 10/10/2024 của Bộ Giáo dục và Đào tạo về tuyển sinh;")
    check_field("cut-above-kinh-gui", text, "document.subject", None)


@pytest.mark.parametrize("authority", ["BỘ TRƯỞNG BỘ LAO ĐỘNG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH",
                                       "GIÁM ĐỐC SỞ Y TẾ"])
def test_an_authority_line_under_the_type_name_is_no_subject(authority):
    # an old decree copied as one line: the type name, then its authority, then a line the layout could not cut
    text = directive(title=f"NGHỊ ĐỊNH\n{authority}",
                     preamble="Chiểu Sắc lệnh số 58/SL ngày 10/5/1950 tổ chức các Bộ; NGHỊ ĐỊNH: Điều 1. - Nay đặt các Ty.")
    check_field("authority-only", text, "document.subject", None)


# A crawl cut the header (the text starts at "Kính gửi"): the appendix's caption still names the text's own number
# and date — only when its type is the text's own (a plan "ban hành kèm theo Quyết định số …" is another text's).
@pytest.mark.parametrize(("caption", "number", "issue_date"), [
    ("*(Kèm theo Công văn số 512/SYT-NVY ngày 03/4/2024 của Sở Y tế)*", "512/SYT-NVY", "2024-04-03"),
    ("(Kèm theo Công văn số 77/UBND-VX ngày 12 tháng 9 năm 2023 của UBND huyện)", "77/UBND-VX", "2023-09-12"),
    ("(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 02/01/2024 của UBND tỉnh)", None, None),
])
def test_a_text_cut_above_kính_gửi_takes_its_number_from_the_appendix_caption(caption, number, issue_date):
    text = directive(header="", title="", kinh_gui="Kính gửi: Các đơn vị trực thuộc",
                     preamble="Thực hiện Công văn số 88/BGDĐT-GDĐH ngày 10/10/2024 của Bộ Giáo dục và Đào tạo về tuyển "
                              "sinh, đề nghị các đơn vị thực hiện như sau:",
                     body="1. Rà soát chỉ tiêu.\n2. Báo cáo kết quả.",
                     closing=f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn An\n\n"
                             f"PHỤ LỤC\n{caption}\nBiểu tổng hợp chỉ tiêu")
    check_field("annex-caption", text, "document.number", number)
    check_field("annex-caption", text, "document.issue_date", issue_date)


@pytest.mark.parametrize("vv,place,subject", [
    ("V/v thuế suất thuế\nGTGT", "Tây\nNinh", "thuế suất thuế GTGT"),
    ("V/v hướng dẫn hoàn thuế\nGTGT", "Bà\nRịa", "hướng dẫn hoàn thuế GTGT"),
    ("V/v gia hạn nộp thuế", "Thành phố Hồ\nChí Minh", "gia hạn nộp thuế"),
])
def test_a_place_wrapped_above_its_date_ends_the_trích_yếu(vv, place, subject):
    """A crawl wraps the V/v line and the place-date line in the left column's flow: the first words of the place
    above "…, ngày" belong to the place, not to the trích yếu."""
    head = (f"CỤC THUẾ\nTHUẾ TỈNH X\n--------\n{RIGHT}\n---------------\nSố: 15/X-QLDN1\n{vv}\n"
            f"{place}, ngày 01 tháng 12 năm 2025")
    text = directive(header=head, title="")
    check_field(vv, text, "document.subject", subject)
    check_field(vv, text, "document.place", " ".join(place.split()))


@pytest.mark.parametrize("title,after,subject", [
    ("THÔNG BÁO\nKẾ HOẠCH TẠM DỪNG\nỨNG DỤNG THUẾ ĐIỆN TỬ", "Cục Thuế có kế hoạch nâng cấp hệ thống từ ngày 22/11/2025.",
     "KẾ HOẠCH TẠM DỪNG ỨNG DỤNG THUẾ ĐIỆN TỬ"),
    ("CÔNG ĐIỆN\nVỀ VIỆC TẬP TRUNG\nỨNG PHÓ MƯA LŨ TẠI KHU VỰC TRUNG BỘ", "BỘ XÂY DỰNG điện:\n- Các Cục;\n- Sở Xây dựng các tỉnh.",
     "TẬP TRUNG ỨNG PHÓ MƯA LŨ TẠI KHU VỰC TRUNG BỘ"),
    ("CHỈ THỊ\nTĂNG CƯỜNG CÔNG TÁC\nPHÒNG CHÁY, CHỮA CHÁY", "- Trong thời gian qua, tình hình cháy nổ diễn biến phức tạp.",
     "TĂNG CƯỜNG CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY"),
])
def test_a_trích_yếu_in_capitals_ends_where_the_capitals_end(title, after, subject):
    """A crawl leaves no blank line under the title: the first line not in capitals opens the text."""
    text = doc(title=f"{title}\n{after}", preamble="", body="")
    check_field(subject, text, "document.subject", subject)


# A legal portal's page: its chrome and register table ("Số hiệu:") stand where the header should, and the text
# starts at its own preamble with no "Kính gửi" read; the caption writes "số:" with a colon, the number on the next
# line. The caption still gives number and date, and its type is the kind when nothing else names one.
PORTAL_CHROME = "Đang tải văn bản...\nSố hiệu:\n|\n9999/ABC-XY\n|\nLoại văn bản:\n|\nCông văn"


@pytest.mark.parametrize(("caption", "kind", "number", "issue_date"), [
    ("(Kèm theo Công văn số:\n2417/SNV-CCVC ngày 09 tháng 5 năm 2024 của Sở Nội vụ)", "cong_van", "2417/SNV-CCVC",
     "2024-05-09"),
    ("* (Kèm theo Kế hoạch số 58/KH-UBND ngày 21/02/2023 của Ủy ban nhân dân huyện Tân Phú)", "ke_hoach",
     "58/KH-UBND", "2023-02-21"),
    ("(Kèm theo Thông báo số: 130/TB-STC ngày 2/10/2025 của Sở Tài chính)", "thong_bao", "130/TB-STC", "2025-10-02"),
])
def test_a_portal_page_without_header_takes_identity_from_the_appendix_caption(caption, kind, number, issue_date):
    text = directive(header=PORTAL_CHROME, title="",
                     preamble="Để kịp thời cập nhật các quy định mới, đề nghị các đơn vị cử cán bộ tham dự lớp "
                              "bồi dưỡng theo lịch dưới đây.",
                     body="1. Đối tượng: công chức cấp xã.\n2. Thời gian: 01 buổi sáng.",
                     closing=f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\nLê Văn An\n\n"
                             f"PHỤ LỤC 1\n{caption}\nDANH SÁCH ĐĂNG KÝ")
    check_field("annex-portal", text, "document.kind", kind)
    check_field("annex-portal", text, "document.number", number)
    check_field("annex-portal", text, "document.issue_date", issue_date)


# A text layer splits a number's code with stray spaces ("Số: 3210/QĐ - U B ND"): joined whole where the pieces run to
# the end of the line, withheld with a warning where the code is cut — never a number cut short without a word.
@pytest.mark.parametrize(("number", "expected"), [
    ("Số: 3210/QĐ - U B ND", "3210/QĐ-UBND"),
    ("Số: 457/KH - S GD ĐT", "457/KH-SGDĐT"),
    ("Số: 88 / CV-P V H TT", "88/CV-PVHTT"),
    ("Số: 96/KH-PVHTT", "96/KH-PVHTT"),
])
def test_a_number_whose_code_is_split_by_stray_spaces_is_joined_whole(number, expected):
    record = run(doc(number=number)).record
    assert record.document.number == expected


@pytest.mark.parametrize("number", [
    "Số: 3210/QĐ-U",                                   # a trailing one-letter piece: the code was cut
    "Số: 415/TB-S GD T hông báo",                      # pieces running into a split word
    "Số: 72/UBND-V Kế hoạch",                          # a one-letter piece before the next words
])
def test_a_number_whose_code_is_cut_is_withheld_with_a_warning(number):
    record = run(doc(number=number)).record
    assert record.document.number is None
    assert any(w.startswith("Số, ký hiệu văn bản bị tách rời") for w in record.warnings), record.warnings


# OCR and typists vary the case of the trích yếu's lead ("Về Việc", "V/V", "VV"): the subject line is found whatever
# its case, so the lead must be cut whatever its case too (the reader once raised on such a line and lost the subject).
@pytest.mark.parametrize(("lead", "subject"), [
    ("Về Việc", "tổ chức Hội khỏe Phù Đổng cấp huyện năm 2025"),
    ("V/V:", "tổ chức Hội khỏe Phù Đổng cấp huyện năm 2025"),
    ("VV", "tổ chức Hội khỏe Phù Đổng cấp huyện năm 2025"),
])
def test_a_trích_yếu_lead_in_any_case_is_cut(lead, subject):
    from extractor_helpers import record_of

    header = ("UBND HUYỆN TÂN LẬP\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 412/PGDĐT-THCS\n"
              f"{lead} tổ chức Hội khỏe Phù Đổng\ncấp huyện năm 2025\n"
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Lập, ngày 03 tháng 3 năm 2025\n")
    record = record_of(header + "\nKính gửi: Hiệu trưởng các trường THCS.\n\nPhòng Giáo dục và Đào tạo thông báo như sau.\n")
    assert record["document"]["subject"] == subject


# A scan's header read as one line where the number ran into the place-date ("Số: 57/GM-UBND Tân Lập, ngày …"), its
# handwritten figures read as "…": the place is what follows the number's code.
@pytest.mark.parametrize(("number_line", "place"), [
    ("Số: 57/GM-UBND Tân Lập, ngày 03 tháng 4 năm 2019", "Tân Lập"),
    ("Số: … /GM-UBND Đồng Xuân, ngày … tháng 4 năm 2019", "Đồng Xuân"),
    ("Số:   /KH-PGDĐT Thị trấn Phú Hòa, ngày 03 tháng 4 năm 2019", "Thị trấn Phú Hòa"),
])
def test_a_place_glued_after_the_number_is_cut_at_its_code(number_line, place):
    from extractor_helpers import record_of

    text = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN LẬP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"{number_line}\nGIẤY MỜI\nVề việc dự hội nghị tổng kết\nKính gửi: Các phòng, ban.\n\n"
            "Ủy ban nhân dân huyện mời dự hội nghị.\n")
    assert record_of(text)["document"]["place"] == place
