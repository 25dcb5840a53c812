"""Event (extractor/rules/event.py): the organised event's name, its theme (Chủ đề) and its first and last day.

Names come from hand-written titles (``NAMES``: title → name, quotes removed, trailing "trên địa bàn …"
left out); themes and dates from hand-written body sections (``THEMES``, ``DATES``). The small directive is
dated 12/9/2023, which is the year a date without one takes. A new phrasing goes into its group; a known
gap via ``gap``.
"""

from __future__ import annotations

import pytest
from extractor_helpers import HEADER, check_field, directive, evidence_problems, run, table

QUOTES_IN_NAME = ("a name quoted only in part ('Cuộc thi “Đại sứ văn hóa đọc” năm 2024') keeps its inner "
                  "quotes; the guide says quotes removed")

NAMES = [
    ("tail-in-response-to-a-day", "Tổ chức Ngày hội đọc sách năm học 2023 - 2024 hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam",
     "Ngày hội đọc sách năm học 2023 - 2024"),
    ("plain", "Tổ chức Ngày hội đọc sách năm 2023", "Ngày hội đọc sách năm 2023"),
    # the event a text prepares
    ("preparing-a-ceremony", "Về việc chuẩn bị tổ chức Lễ khởi công các công trình giao thông trọng điểm",
     "Lễ khởi công các công trình giao thông trọng điểm"),
    ("urgently-preparing-a-conference", "Khẩn trương chuẩn bị tổ chức Hội nghị tổng kết công tác năm 2024",
     "Hội nghị tổng kết công tác năm 2024"),
    ("quoted-year-outside", "Tổ chức “Tháng hành động vì an toàn thực phẩm” năm 2024",
     "Tháng hành động vì an toàn thực phẩm năm 2024"),
    ("tail-tren-dia-ban", "Hưởng ứng Tuần lễ Quốc gia phòng chống thiên tai năm 2024 trên địa bàn huyện",
     "Tuần lễ Quốc gia phòng chống thiên tai năm 2024"),
    ("after-hoat-dong-huong-ung", "Tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2024",
     "Ngày Sách và Văn hóa đọc Việt Nam năm 2024"),
    ("tail-cua", "Triển khai Chiến dịch Mùa hè xanh năm 2024 của Đoàn xã", "Chiến dịch Mùa hè xanh năm 2024"),
    # "dành cho …": who the event is for, cut whole (not "… Rung chuông vàng dành")
    ("tail-danh-cho", "Tổ chức Hội thi “Rung chuông vàng” dành cho học sinh Tiểu học năm học 2023-2024",
     "Hội thi Rung chuông vàng"),
    ("tail-danh-cho-unquoted", "Tổ chức Giải cờ vua dành cho cán bộ, công chức xã năm 2024", "Giải cờ vua"),
    ("giai-lan-thu", "Tổ chức Giải chạy Việt dã truyền thống huyện Sơn Tịnh lần thứ X",
     "Giải chạy Việt dã truyền thống huyện Sơn Tịnh lần thứ X"),
    ("no-named-event", "Tổ chức các hoạt động chào mừng năm học mới", None),
    ("double-space-in-title", "Tổ chức Ngày hội đọc sách  năm 2023", "Ngày hội đọc sách năm 2023"),
    ("quoted-inside-cuoc-thi", "Tổ chức Cuộc thi “Đại sứ văn hóa đọc” năm 2024", "Cuộc thi Đại sứ văn hóa đọc năm 2024",),
    # an event noun written in lower case right after "Tổ chức" still names one event; a purpose clause ends it
    ("conference-lower-case-after-to-chuc", "Tổ chức hội nghị tổng kết công tác khuyến học năm 2023 để đánh giá kết quả",
     "hội nghị tổng kết công tác khuyến học năm 2023"),
    ("contest-lower-case-after-to-chuc", "Tổ chức hội thi giáo viên dạy giỏi cấp trường năm học 2024 - 2025",
     "hội thi giáo viên dạy giỏi cấp trường năm học 2024 - 2025"),
    ("purpose-clause-after-a-conference", "Tổ chức Hội nghị sơ kết công tác phổ cập giáo dục nhằm rút kinh nghiệm",
     "Hội nghị sơ kết công tác phổ cập giáo dục"),
    # a ceremony or a congress the plan organises is its event
    ("ceremony-after-to-chuc", "Tổ chức Lễ trao học bổng Nguyễn Văn Trỗi năm 2024", "Lễ trao học bổng Nguyễn Văn Trỗi năm 2024"),
    ("ceremony-lower-case", "Tổ chức lễ tuyên dương học sinh giỏi năm học 2023 - 2024",
     "lễ tuyên dương học sinh giỏi năm học 2023 - 2024"),
    ("congress-after-to-chuc", "Tổ chức Đại hội Chi đoàn thôn Phú Lộc lần thứ IX, nhiệm kỳ 2024 - 2027",
     "Đại hội Chi đoàn thôn Phú Lộc lần thứ IX, nhiệm kỳ 2024 - 2027"),
    ("several-conferences-are-no-event", "Tổ chức các hội nghị cử tri lấy ý kiến nhận xét người ứng cử", None),
    ("quoted-inside-hoi-thi", "Tổ chức Hội thi “Giáo viên chủ nhiệm giỏi” cấp huyện năm học 2024 - 2025", "Hội thi Giáo viên chủ nhiệm giỏi cấp huyện năm học 2024 - 2025",),
]


# Rows whose value is right but whose evidence is not: the value is checked in the table, the evidence here.
EVIDENCE_GAPS = {
    "two-days-after-a-comma": (
        "/event/start_date", "in '12, 13/10/2023' the start date's evidence is the whole pair (as two-days-after-a-count)"),
    "two-days-in-brackets": (
        "/event/start_date", "in '12 và 13/10/2023' the start date's evidence is the whole pair (as two-days-after-a-count)"),
    "two-days-dash-without-spaces": (
        "/event/start_date", "in '12-13/10/2023' the start date's evidence is the whole pair (as two-days-after-a-count)"),
    "two-days-after-a-count": (
        "/event/start_date",
        "in '16 và 17/10/2023' the start date's evidence is the whole pair: it borrows month and year from the end date"),
    "year-once-in-words": (
        "/event/start_date",
        ("in 'từ ngày 01 đến ngày 07 tháng 11 năm 2023' the start date's evidence runs from the bare day '01' to the end date (it holds day, month and year), but does "
        "not write the date; the span should reach the month and year it borrows")),
}


# an opening statement that names no event, so that the name can only come from the title
NEUTRAL_PREAMBLE = ("Căn cứ Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở GDĐT Quảng Ngãi;\n\n"
                    "Phòng Giáo dục và Đào tạo huyện Sơn Tịnh xây dựng Kế hoạch như sau:")


@pytest.mark.parametrize("row_id,title,name", table(NAMES))
def test_event_name_from_title(row_id, title, name):
    check_field(row_id, directive(title=f"KẾ HOẠCH\n{title}", preamble=NEUTRAL_PREAMBLE), "event.name", name,
                evidence=row_id not in EVIDENCE_GAPS)


def test_event_name_from_cong_van_subject():
    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/PGDĐT-GDTX\nV/v tổ chức Hội thi Giáo viên dạy giỏi\n"
                                                "cấp huyện năm học 2024-2025")
    text = directive(header=header, title="", kinh_gui="Kính gửi: Hiệu trưởng các trường THCS.")
    check_field("cong-van-vv", text, "event.name", "Hội thi Giáo viên dạy giỏi cấp huyện năm học 2024-2025")


def body(section: str) -> str:
    return (f"I. MỤC ĐÍCH\n- Khơi dậy niềm say mê đọc sách.\n\nII. NỘI DUNG\n{section}\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Các trường Tiểu học\n- Trưng bày sách.")


THEMES = [
    ("heading-naming-the-event-then-quoted-line", "1. Chủ đề Ngày hội đọc sách năm 2023\n“Trang sách mở, tương lai xanh”",
     "Trang sách mở, tương lai xanh"),
    ("label-quoted", "1. Chủ đề: “Đọc sách - mở cánh cửa tri thức”.", "Đọc sách - mở cánh cửa tri thức"),
    ("inline-voi-chu-de", "Ngày hội được tổ chức với chủ đề “Sách - người bạn đồng hành” trong toàn huyện.",
     "Sách - người bạn đồng hành"),
    ("heading-then-line", "1. Chủ đề\nChung tay xây dựng cộng đồng học tập", "Chung tay xây dựng cộng đồng học tập"),
    ("chu-de-cua", "1. Chủ đề của Ngày hội: Văn hóa đọc trong kỷ nguyên số.", "Văn hóa đọc trong kỷ nguyên số"),
    ("bullet-straight-quotes", '- Chủ đề năm nay: "Mỗi ngày một trang sách"', "Mỗi ngày một trang sách"),
    ("no-theme", "1. Hoạt động: trưng bày, giới thiệu sách.", None),
]


@pytest.mark.parametrize("row_id,section,theme", table(THEMES))
def test_event_theme(row_id, section, theme):
    check_field(row_id, directive(body=body(section)), "event.theme", theme)


DATES = [
    ("two-days-after-a-count", "1. Thời gian: 02 ngày, 16 và 17/10/2023.", "2023-10-16", "2023-10-17"),
    ("weekdays-before-the-days", "1. Thời gian: từ thứ Hai ngày 16/10/2023 đến thứ Sáu ngày 20/10/2023.",
     "2023-10-16", "2023-10-20"),
    ("slashes", "1. Thời gian: từ ngày 16/10/2023 đến ngày 20/10/2023.", "2023-10-16", "2023-10-20"),
    ("year-once-in-words", "1. Thời gian: từ ngày 01 đến ngày 07 tháng 11 năm 2023.", "2023-11-01", "2023-11-07"),
    ("across-years", "1. Thời gian: từ ngày 25/12/2023 đến ngày 05/01/2024.", "2023-12-25", "2024-01-05"),
    ("across-years-year-once", "1. Thời gian: từ ngày 28/12 đến ngày 03/01/2024.", "2023-12-28", "2024-01-03"),
    ("ceremonies-give-both", "1. Thời gian: Lễ phát động: ngày 16/10/2023, lễ tổng kết ngày 20/10/2023.",
     "2023-10-16", "2023-10-20"),
    ("no-year-takes-document-year", "1. Thời gian tổ chức: từ ngày 16 tháng 10 đến hết ngày 20 tháng 10.",
     "2023-10-16", "2023-10-20"),
    ("inline-with-theme", ("Ngày hội được tổ chức với chủ đề “Sách - người bạn đồng hành” từ ngày 16/10/2023 đến "
     "ngày 20/10/2023."), "2023-10-16", "2023-10-20"),
    ("bat-dau-tu", "1. Thời gian: Ngày hội diễn ra trong 05 ngày, bắt đầu từ ngày 16/10/2023 đến ngày 20/10/2023.",
     "2023-10-16", "2023-10-20"),
    ("month-only", "1. Thời gian: Tháng 10 năm 2023.", None, None),
    # two days written short: a dash without spaces, a comma, "và" in brackets
    ("two-days-dash-without-spaces", "1. Thời gian: 02 ngày, từ 12-13/10/2023.", "2023-10-12", "2023-10-13"),
    ("two-days-after-a-comma", "1. Thời gian: ngày 12, 13/10/2023.", "2023-10-12", "2023-10-13"),
    ("two-days-in-brackets", "1. Thời gian: trong 02 ngày (12 và 13/10/2023).", "2023-10-12", "2023-10-13"),
    # one day, with the clock time or "dự kiến" written before it
    ("clock-time-before-the-day", "- Thời gian: 07 giờ 30, ngày 27/10/2023.", "2023-10-27", "2023-10-27"),
    ("clock-time-h-before-the-day", "1. Thời gian: 14h00 ngày 20/10/2023 (thứ Sáu).", "2023-10-20", "2023-10-20"),
    ("planned-day", "1. Thời gian: Dự kiến ngày 25/10/2023.", "2023-10-25", "2023-10-25"),
    ("one-day-counted-first", "1. Thời gian: 01 ngày, ngày 14/10/2023 (Thứ Bảy).", "2023-10-14", "2023-10-14"),
    ("one-morning-capitalised", "- Thời gian: Buổi sáng, ngày 14/10/2023.", "2023-10-14", "2023-10-14"),
    ("planned-day-in-the-morning", "- Thời gian tổ chức: dự kiến vào sáng ngày 18/10/2023.", "2023-10-18", "2023-10-18"),
    ("bare-start-dash", "1. Thời gian\nTừ 28/9 - 04/10/2023.", "2023-09-28", "2023-10-04"),
    ("bare-start-dashes-as-separators", "1. Thời gian: từ 5-10 đến 12-10-2023.", "2023-10-05", "2023-10-12"),
    # a campaign over whole months: the first day of the one, the last day of the other
    ("months-across-years", ("1. Thời gian tổ chức: Phong trào được triển khai từ tháng 10 năm 2023 đến hết tháng 3 "
     "năm 2024. Tổng kết vào tháng 4 năm 2024."), "2023-10-01", "2024-03-31"),
    ("months-year-once", "1. Thời gian: từ tháng 9 đến tháng 11 năm 2023.", "2023-09-01", "2023-11-30"),
    ("months-slashes-leap-february", "1. Thời gian: từ tháng 12/2023 đến tháng 2/2024.", "2023-12-01", "2024-02-29"),
]


# Rows whose days are derived from whole months: no span writes them; the evidence is the month it names
# (checked in test_month_dates_point_at_their_months).
MONTH_ROWS = {"months-across-years", "months-year-once", "months-slashes-leap-february"}


@pytest.mark.parametrize("row_id,section,start,end", table(DATES))
def test_event_dates(row_id, section, start, end):
    text = directive(body=body(section))
    check_field(row_id, text, "event.start_date", start, evidence=row_id not in EVIDENCE_GAPS.keys() | MONTH_ROWS)
    check_field(row_id, text, "event.end_date", end, evidence=row_id not in MONTH_ROWS)


@pytest.mark.parametrize("row_id", sorted(MONTH_ROWS))
def test_month_dates_point_at_their_months(row_id):
    import re

    section = next(r[1] for r in DATES if r[0] == row_id)
    extraction = run(directive(body=body(section)))
    for key in ("start_date", "end_date"):
        ev = extraction.evidence[f"/event/{key}"]
        month = int(getattr(extraction.record.event, key)[5:7])
        assert re.fullmatch(rf"0?{month}", extraction.text[ev.start : ev.end].split()[0].split("/")[0]), (
            f"[{row_id}] {key} evidence {extraction.text[ev.start : ev.end]!r} does not write month {month}")


def _row_text(row_id: str) -> str:
    for r in NAMES:
        if r[0] == row_id:
            return directive(title=f"KẾ HOẠCH\n{r[1]}")
    for r in DATES:
        if r[0] == row_id:
            return directive(body=body(r[1]))
    raise KeyError(row_id)


@pytest.mark.parametrize("row_id,pointer", [
    pytest.param(k, p, id=k, marks=pytest.mark.xfail(strict=True, reason=r)) for k, (p, r) in EVIDENCE_GAPS.items()
])
def test_evidence_gap(row_id, pointer):
    problems = [p for p in evidence_problems(run(_row_text(row_id))) if p.startswith(pointer + ":")]
    assert not problems, f"[{row_id}] " + "; ".join(problems)


def test_event_name_from_the_opening_statement():
    # a title that names no event: the statement that opens the plan does
    text = directive(
        title="KẾ HOẠCH\nHoạt động thư viện tháng 10 năm 2023",
        preamble=("Căn cứ Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở GDĐT Quảng Ngãi;\n\n"
                  "Phòng Giáo dục và Đào tạo huyện Sơn Tịnh xây dựng kế hoạch tổ chức Ngày hội đọc sách năm 2023 "
                  "với chủ đề “Sách mở tương lai”, cụ thể như sau:"),
    )
    check_field("statement-names-the-event", text, "event.name", "Ngày hội đọc sách năm 2023")


@pytest.mark.parametrize("sep", ["/", "-", "."])  # however its dates are written
def test_a_conference_on_its_planned_day_not_its_legal_window(sep):
    # the window the law allows is not the event's span; the day the plan fixes for the conference is
    text = directive(
        title="KẾ HOẠCH\nTổ chức hội nghị hiệp thương lần thứ ba để lập danh sách chính thức người ứng cử",
        preamble=NEUTRAL_PREAMBLE,
        body=("I. MỤC ĐÍCH\n- Lập danh sách chính thức.\n\nII. THỜI GIAN\n- Theo quy định, hội nghị được thực hiện trong "
              "ngày 20/02/2024 đến ngày 21/02/2024.\n- Ban Thường trực dự kiến tổ chức hội nghị vào ngày 20/02/2024.\n\n"
              "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng\n- Chuẩn bị hội trường.").replace("/02/", f"{sep}02{sep}"),
    )
    check_field("conference-day", text, "event.name", "hội nghị hiệp thương lần thứ ba")
    check_field("conference-day", text, "event.start_date", "2024-02-20")
    check_field("conference-day", text, "event.end_date", "2024-02-20")


def test_dates_of_a_text_that_organises_no_event_are_not_event_dates():
    # a notice asking bodies to hang flags on some days organises nothing: no event, no event dates
    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/TB-UBND")
    text = directive(
        header=header, title="THÔNG BÁO\nVề việc treo cờ Tổ quốc", preamble="",
        body=("Nhân dịp kỷ niệm ngày thành lập huyện, Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị trên địa bàn "
              "treo cờ Tổ quốc từ ngày 10/11/2023 đến hết ngày 12/11/2023."),
    )
    check_field("flag-days", text, "event.name", None)
    check_field("flag-days", text, "event.start_date", None)
    check_field("flag-days", text, "event.end_date", None)


def test_a_text_that_organises_no_event_has_no_theme_nor_ceremony():
    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/PGDĐT-GDTX\nV/v tăng cường quản lý học sinh")
    body = ("Thời gian gần đây một nhóm người tuyên truyền khẩu hiệu với chủ đề “Gia đình yêu thương” để lôi kéo học "
            "sinh. Lễ khai mạc các buổi sinh hoạt của nhóm được tổ chức ngày 10/10/2023 tại nhà văn hóa thôn.\n"
            "Đề nghị các trường tăng cường quản lý học sinh.")
    text = directive(header=header, title="", kinh_gui="Kính gửi: Hiệu trưởng các trường THCS.", preamble="",
                     body=body)
    check_field("no-event-theme", text, "event.theme", None)
    check_field("no-event-ceremony", text, "event.opening_ceremony.date", None)


# A title in capitals: "NGÀY", "NĂM", "THÁNG", "ĐỢT" are ordinary words there, so only a quoted name or a head that
# is no ordinary word names an event — and the name is read, in its own case, from the opening statement.
CAPITAL_TITLES = [
    ("quoted-in-capitals",
     "KẾ HOẠCH\nTRIỂN KHAI CÁC NHIỆM VỤ NĂM 2024 VÀ “THÁNG HÀNH ĐỘNG VÌ TRẺ EM” TRÊN ĐỊA BÀN HUYỆN",
     ("Ủy ban nhân dân huyện ban hành Kế hoạch triển khai các nhiệm vụ năm 2024 và “Tháng hành động vì trẻ em” trên "
     "địa bàn huyện như sau:"), "Tháng hành động vì trẻ em"),
    ("emulation-campaign",
     "KẾ HOẠCH\nPHÁT ĐỘNG PHONG TRÀO THI ĐUA CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XX",
     ("Ủy ban nhân dân huyện ban hành Kế hoạch phát động phong trào thi đua chào mừng Đại hội Đảng bộ huyện lần thứ "
     "XX (gọi tắt là phong trào thi đua), cụ thể như sau:"),
     "phong trào thi đua chào mừng Đại hội Đảng bộ huyện lần thứ XX"),
    ("contest-in-capitals",
     "KẾ HOẠCH\nTỔ CHỨC CUỘC THI TÌM HIỂU LỊCH SỬ ĐỊA PHƯƠNG NĂM 2024",
     "Phòng Văn hóa và Thông tin xây dựng kế hoạch tổ chức Cuộc thi tìm hiểu lịch sử địa phương năm 2024 như sau:",
     "Cuộc thi tìm hiểu lịch sử địa phương năm 2024"),
    ("ordinary-words-in-capitals",
     "KẾ HOẠCH\nTRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM CUỐI NĂM 2024 LĨNH VỰC DÂN SỐ",
     "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai các nhiệm vụ trọng tâm cuối năm 2024 như sau:", None),
    # a ceremony the title says the text organises: named from "LỄ" to the title's end, in capitals as written
    ("ceremony-in-capitals",
     "KẾ HOẠCH\nTỔ CHỨC LỄ KỶ NIỆM 50 NĂM NGÀY THÀNH LẬP HUYỆN SƠN TỊNH",
     "Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:", "LỄ KỶ NIỆM 50 NĂM NGÀY THÀNH LẬP HUYỆN SƠN TỊNH"),
    ("ceremony-after-preparing",
     "CÔNG ĐIỆN\nVỀ VIỆC CHUẨN BỊ TỔ CHỨC LỄ KHỞI CÔNG, KHÁNH THÀNH CÁC CÔNG TRÌNH GIAO THÔNG TRỌNG ĐIỂM",
     "Để chuẩn bị tốt nhất cho sự kiện, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
     "LỄ KHỞI CÔNG, KHÁNH THÀNH CÁC CÔNG TRÌNH GIAO THÔNG TRỌNG ĐIỂM"),
    ("ceremonies-in-general-name-none",
     "KẾ HOẠCH\nTỔ CHỨC CÁC NGÀY LỄ LỚN TRONG NĂM 2024",
     "Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:", None),
]


@pytest.mark.parametrize("row_id,title,statement,name", table(CAPITAL_TITLES))
def test_event_name_under_a_title_in_capitals(row_id, title, statement, name):
    text = directive(title=title, preamble=f"{NEUTRAL_PREAMBLE.split(chr(10))[0]}\n\n{statement}")
    check_field(row_id, text, "event.name", name)


# An exam the text organises, named by its subject ("Về tổ chức thi …"); its place is no part of the name.
@pytest.mark.parametrize("row_id,subject,name", [
    ("exam-with-place", "Về tổ chức thi chuẩn đầu ra tin học cho sinh viên khóa 62 đợt 2 năm 2024 tại cơ sở Phố Hiến",
     "thi chuẩn đầu ra tin học cho sinh viên khóa 62 đợt 2 năm 2024"),
    ("ky-thi", "V/v tổ chức kỳ thi tuyển sinh lớp 10 năm học 2024 - 2025", "kỳ thi tuyển sinh lớp 10 năm học 2024 - 2025"),
    ("not-an-exam", "Về tổ chức hoạt động ngoại khóa cho học sinh", None),
])
def test_event_name_of_an_exam(row_id, subject, name):
    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/TB-PGDĐT")
    text = directive(header=header, title=f"THÔNG BÁO\n{subject}", preamble="",
                     body="1. Đối tượng: học sinh, sinh viên.\n2. Thời gian thi: ngày 19 và 20/10/2023.")
    check_field(row_id, text, "event.name", name)


# A campaign (Đợt thi đua) titled in capitals and launched in the opening paragraph's last sentence, after the
# citation it implements; a ";" inside the name the title spells out whole stays in it.
@pytest.mark.parametrize(("title", "statement", "name"), [
    ("PHÁT ĐỘNG ĐỢT THI ĐUA CAO ĐIỂM CHÀO MỪNG KỶ NIỆM 50 NĂM NGÀY GIẢI PHÓNG; ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH",
     ("UBND huyện phát động Đợt thi đua cao điểm chào mừng kỷ niệm 50 năm Ngày giải phóng; đẩy mạnh cải cách hành "
     "chính (sau đây gọi tắt là Đợt thi đua) với những nội dung sau:"),
     "Đợt thi đua cao điểm chào mừng kỷ niệm 50 năm Ngày giải phóng; đẩy mạnh cải cách hành chính"),
    ("PHÁT ĐỘNG ĐỢT THI ĐUA ĐẶC BIỆT HOÀN THÀNH CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024",
     ("Sở Nội vụ phát động Đợt thi đua đặc biệt hoàn thành các chỉ tiêu kinh tế - xã hội năm 2024; nội dung cụ thể "
     "như sau:"),
     "Đợt thi đua đặc biệt hoàn thành các chỉ tiêu kinh tế - xã hội năm 2024"),
])
def test_a_campaign_launched_after_the_citation_in_the_same_paragraph(title, statement, name):
    text = directive(title=f"KẾ HOẠCH\n{title}",
                     preamble=("Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2024 của UBND tỉnh về công tác thi đua, "
                               f"khen thưởng năm 2024. {statement}"))
    check_field("campaign-after-citation", text, "event.name", name)


# A letter that organises gatherings under a quoted name, counted or not: the quoted words name the event.
@pytest.mark.parametrize(("statement", "name"), [
    ("Sở Tư pháp xây dựng kế hoạch tổ chức 03 hội nghị “Tập huấn kỹ năng hòa giải ở cơ sở năm 2024”. Cụ thể như sau:",
     "Tập huấn kỹ năng hòa giải ở cơ sở năm 2024"),
    (("Để nâng cao năng lực cho cán bộ, Trung tâm phối hợp tổ chức lớp tập huấn “Ứng dụng chữ ký số trong "
     "quản lý văn bản” như sau:"), "Ứng dụng chữ ký số trong quản lý văn bản"),
])
def test_event_named_by_a_quoted_gathering_in_the_opening(statement, name):
    text = directive(header="", title="", kinh_gui="Kính gửi: Ủy ban nhân dân các xã", preamble=statement,
                     body="1. Đối tượng: công chức cấp xã.\n2. Nội dung: theo chương trình.")
    check_field("quoted-gathering", text, "event.name", name)


# A time section that lists numbered phases or sessions, each with its days (on its line or on a line under its
# label): the event runs from the first day of the first to the last day of the last; a report due in the same
# section is no phase.
@pytest.mark.parametrize(("section", "start", "end"), [
    (("II. THỜI GIAN\n- Đợt 1: từ ngày 05/3/2024 đến ngày 15/3/2024;\n- Đợt 2: từ ngày 02 đến ngày 06 tháng 4 năm "
     "2024.\n- Báo cáo kết quả về Sở vào ngày 30/4/2024."), "2024-03-05", "2024-04-06"),
    (("II. THỜI GIAN\n- Lớp 1: Gồm các xã phía Bắc.\nThời gian: 01 buổi sáng, ngày 12/9/2023.\n- Lớp 2: Gồm các xã "
     "phía Nam.\nThời gian: 01 buổi chiều, ngày 14/9/2023."), "2023-09-12", "2023-09-14"),
    (("II. THỜI GIAN\n- Giai đoạn 1 (từ ngày 01/6/2025 đến ngày 30/6/2025): phát động.\n- Giai đoạn 2 (từ ngày "
     "01/7/2025 đến ngày 31/8/2025): tổ chức thi."), "2025-06-01", "2025-08-31"),
    # a contest's named rounds, each labelled with its one day
    ("II. THỜI GIAN\n- Vòng sơ khảo: ngày 10/3/2024.\n- Vòng chung kết: ngày 24/3/2024.", "2024-03-10", "2024-03-24"),
    (("II. THỜI GIAN, ĐỊA ĐIỂM\n- Vòng loại: ngày 05/11/2023 tại các trường.\n- Vòng bán kết: ngày 12/11/2023.\n"
      "- Vòng chung khảo: ngày 20/11/2023 tại Nhà văn hóa huyện."), "2023-11-05", "2023-11-20"),
])
def test_event_days_span_the_phases_its_time_section_lists(section, start, end):
    text = directive(title="KẾ HOẠCH\nTổ chức Hội thi tìm hiểu pháp luật năm học 2023-2024", preamble=NEUTRAL_PREAMBLE,
                     body=f"I. MỤC ĐÍCH\n- Nâng cao hiểu biết.\n\n{section}\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng\n"
                          "- Chuẩn bị hội trường.")
    check_field("phases", text, "event.start_date", start)
    check_field("phases", text, "event.end_date", end)


def test_a_ceremony_named_in_a_title_in_capitals_is_held_on_the_day_the_opening_gives():
    title = "CÔNG ĐIỆN\nVỀ VIỆC KHẨN TRƯƠNG CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH CÁC CÔNG TRÌNH CHÀO MỪNG NĂM MỚI"
    statement = ("Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành chuẩn bị tổ chức lễ khánh thành trực tuyến các công "
                 "trình vào ngày 15 tháng 01 năm 2024 nhân dịp đón Tết, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:")
    text = directive(title=title, preamble=statement, body="1. Các sở, ngành khẩn trương rà soát các công trình.")
    check_field("ceremony-day", text, "event.start_date", "2024-01-15")
    check_field("ceremony-day", text, "event.end_date", "2024-01-15")


# A Công điện launches the campaign its capitals title quotes inside a task: the quoted name in the body is the
# event, the day it is launched on starts it and ends nothing; a range elsewhere (the disaster's days) is not its.
@pytest.mark.parametrize(("title", "task", "name", "start"), [
    ("CÔNG ĐIỆN\nPHÁT ĐỘNG, TRIỂN KHAI ”CHIẾN DỊCH HOA SEN” KHẮC PHỤC HẬU QUẢ LŨ QUÉT",
     "a) Khẩn trương phát động và triển khai ngay “Chiến dịch Hoa Sen” vào ngày 15/10/2024 để huy động lực lượng.",
     "Chiến dịch Hoa Sen", "2024-10-15"),
    ("CÔNG ĐIỆN\nVỀ VIỆC PHÁT ĐỘNG \"CHIẾN DỊCH MÙA ĐÔNG ẤM\" TRÊN ĐỊA BÀN TỈNH",
     "a) Phát động \"Chiến dịch Mùa đông ấm\" vào ngày 02/01/2025 tại tất cả các xã.",
     "Chiến dịch Mùa đông ấm", "2025-01-02"),
])
def test_a_campaign_launched_inside_a_task_starts_on_its_day(title, task, name, start):
    preamble = ("Từ ngày 16 đến ngày 22/9/2024, mưa lũ lịch sử đã làm hư hỏng nhiều nhà ở tại các tỉnh miền núi. "
                "Thủ tướng Chính phủ yêu cầu:")
    text = directive(header="", title=title, preamble=preamble,
                     body=f"1. Chủ tịch Ủy ban nhân dân các tỉnh:\n{task}\nb) Huy động lực lượng tại chỗ.")
    check_field(title, text, "event.name", name)
    check_field(title, text, "event.start_date", start)
    check_field(title, text, "event.end_date", None)
    # the text tells others to launch it: no launching ceremony of its own
    check_field(title, text, "event.opening_ceremony.date", None)


# A title in capitals whose event the statement names after the citation and a comma, in the same paragraph; a name
# the cited title gives (another event) is not taken — where the statement names none, the title's own, in capitals.
@pytest.mark.parametrize(("title", "preamble", "name"), [
    ("KẾ HOẠCH\nTỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TRƯỜNG\nNĂM HỌC 2023 - 2024",
     ("Thực hiện Công văn số 12/PGDĐT-TH ngày 01/9/2023 của Phòng GDĐT về việc hướng dẫn nhiệm vụ năm học, Trường THCS "
      "Bình Minh tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2023 - 2024 như sau:"),
     "Hội thi giáo viên dạy giỏi cấp trường năm học 2023 - 2024"),
    ("KẾ HOẠCH\nTỔ CHỨC NGÀY HỘI GIA ĐÌNH VIỆT NAM NĂM 2024",
     ("Căn cứ Kế hoạch số 30/KH-UBND ngày 02/5/2024 của UBND huyện, Ủy ban nhân dân xã Tân Hưng tổ chức Ngày hội Gia "
      "đình Việt Nam năm 2024, cụ thể như sau:"), "Ngày hội Gia đình Việt Nam năm 2024"),
    ("KẾ HOẠCH\nTỔ CHỨC HỘI THI TIN HỌC TRẺ CẤP TRƯỜNG NĂM 2024",
     ("Thực hiện Kế hoạch số 45/KH-PGDĐT ngày 02/3/2024 của Phòng GDĐT về tổ chức Hội thi tin học trẻ cấp huyện năm "
      "2024, Trường THCS Tịnh Hà xây dựng kế hoạch như sau:"), "HỘI THI TIN HỌC TRẺ CẤP TRƯỜNG NĂM 2024"),
])
def test_an_event_named_after_the_citation_in_the_same_sentence(title, preamble, name):
    check_field("after-citation-comma", directive(title=title, preamble=preamble), "event.name", name)


# A title in capitals that organises an event the statement does not name again: the name in capitals as the title
# writes it, from its head to its year (the place or purpose after the year left out); a title that organises no
# gathering (a plan of work) names none.
@pytest.mark.parametrize(("title", "name"), [
    ("KẾ HOẠCH\nTỔ CHỨC TUẦN LỄ QUỐC GIA PHÒNG, CHỐNG THIÊN TAI NĂM 2024", "TUẦN LỄ QUỐC GIA PHÒNG, CHỐNG THIÊN TAI NĂM 2024"),
    ("KẾ HOẠCH\nTRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2025 TRÊN ĐỊA BÀN XÃ", "THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2025"),
    ("CÔNG ĐIỆN\nVỀ KHẨN TRƯƠNG TRIỂN\nKHAI CÁC ĐỢT THI ĐUA CAO ĐIỂM HOÀN THÀNH KẾ HOẠCH NĂM 2023 TẠO ĐÀ CHO NĂM SAU",
     "CÁC ĐỢT THI ĐUA CAO ĐIỂM HOÀN THÀNH KẾ HOẠCH NĂM 2023"),
    ("KẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH NĂM 2024", None),
])
def test_a_capitals_title_names_the_event_no_statement_repeats(title, name):
    text = directive(title=title, preamble="Ủy ban nhân dân xã xây dựng kế hoạch như sau:")
    check_field("caps-title", text, "event.name", name)


# A line of the time section that holds a day alone ("II. THỜI GIAN" / "Ngày 26/5/2024 (Chủ nhật)."): the event's day.
@pytest.mark.parametrize(("line", "day"), [
    ("Ngày 26/5/2024 (Chủ nhật).", "2024-05-26"),
    ("- Vào ngày 09/11/2023.", "2023-11-09"),
    ("Ngày 15/8/2024", "2024-08-15"),
])
def test_a_day_alone_in_the_time_section_is_the_events(line, day):
    text = directive(title="KẾ HOẠCH\nTổ chức Giải Việt dã truyền thống xã Hòa An năm 2024",
                     preamble="Ủy ban nhân dân xã xây dựng kế hoạch như sau:",
                     body=f"I. MỤC ĐÍCH\n- Rèn luyện sức khỏe.\nII. THỜI GIAN\n{line}\nIII. TỔ CHỨC THỰC HIỆN\n- Các thôn vận động.")
    check_field("day-alone", text, "event.start_date", day)
    check_field("day-alone", text, "event.end_date", day)


# A gathering the title says it is held at ("Kết luận … tại Hội nghị giao ban …") is its occasion, not an event it
# organises; an event that gathering launches, named after it, still is.
@pytest.mark.parametrize(("title", "name"), [
    ("THÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại Hội nghị sơ kết công tác 6 tháng đầu năm 2024", None),
    ("THÔNG BÁO\nÝ kiến kết luận của Bí thư Đảng ủy xã tại Hội nghị giao ban tháng 9 năm 2023", None),
    ("THÔNG BÁO\nKết luận của Trưởng ban tại Hội nghị triển khai Tháng hành động vì an toàn thực phẩm năm 2024",
     "Tháng hành động vì an toàn thực phẩm năm 2024"),
])
def test_a_gathering_the_title_is_held_at_is_no_event(title, name):
    text = directive(title=title, preamble="Sau khi nghe báo cáo và ý kiến các đại biểu, đồng chí chủ trì kết luận:")
    check_field("held-at", text, "event.name", name)


# "Giải" heads a prize or tournament ("Giải bóng đá …"); fused with the next syllable it is a verb or another noun
# ("V/v Giải quyết chế độ ưu đãi …", "V/v Giải ngân vốn …", "V/v Giải trình …"): no event (rh18_04)
VERB_SUBJECTS = [
    ("giai-quyet", "V/v Giải quyết chế độ trợ cấp đối với thân nhân liệt sĩ"),
    ("giai-ngan", "V/v Giải ngân vốn đầu tư công năm 2026"),
    ("giai-trinh", "V/v Giải trình ý kiến thẩm định dự án cải tạo trường học"),
]


@pytest.mark.parametrize("row_id,subject", table(VERB_SUBJECTS))
def test_a_verb_in_giai_names_no_event(row_id, subject):
    header = HEADER.replace("Số: 215/KH-PGDĐT", f"Số: 215/PGDĐT-TCKT\n{subject}")
    text = directive(header=header, title="", kinh_gui="Kính gửi: Hiệu trưởng các trường THCS.", preamble="", body="")
    check_field(row_id, text, "event.name", None)
