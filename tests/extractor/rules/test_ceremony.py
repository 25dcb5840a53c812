"""Opening ceremony (extractor/rules/ceremony.py): the Lễ khai mạc (else the Lễ phát động) — date, clock time,
venue and mode.

Each row is a hand-written ceremony item placed in the time-and-place section of a small plan whose event
runs 16–20/10/2023; the expected object is worked out from the guide (time only when a clock time is
written; venue after ``tại`` / ``Địa điểm:``; mode trực tiếp / trực tuyến / both). A new phrasing goes into
``CEREMONIES``; a known gap via ``gap``.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, run, table


def body(item: str) -> str:
    return ("I. MỤC ĐÍCH\n- Khơi dậy niềm say mê đọc sách.\n\nII. THỜI GIAN, ĐỊA ĐIỂM\n"
            f"1. Thời gian: từ ngày 16/10/2023 đến ngày 20/10/2023.\n{item}\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Các trường Tiểu học\n- Trưng bày sách.")


def ceremony(date, time=None, venue=None, mode=None):
    return {"date": date, "time": time, "venue": venue, "mode": mode}


CEREMONIES = [
    ("activity-heading-with-expected-time-and-place",
     ("2.1. Chương trình nghệ thuật Khai mạc Ngày hội đọc sách\nhuyện Sơn Tịnh năm 2023\n"
      "- Thời gian dự kiến: ngày 16/10/2023 (thứ Hai).\n- Địa điểm: Quảng trường Trung tâm huyện."),
     ceremony("2023-10-16", None, "Quảng trường Trung tâm huyện")),
    ("khai-mac-8h00-tai", "2. Lễ khai mạc được tổ chức vào lúc 8h00 ngày 16/10/2023 tại Hội trường Trung tâm Văn hóa huyện.",
     ceremony("2023-10-16", "08:00", "Hội trường Trung tâm Văn hóa huyện")),
    ("online-14-gio", "2. Lễ khai mạc: 14 giờ ngày 16/10/2023, theo hình thức trực tuyến qua phần mềm Zoom.",
     ceremony("2023-10-16", "14:00", None, "online")),
    ("phat-dong-hybrid", ("2. Tổ chức Lễ phát động theo hình thức trực tiếp kết hợp trực tuyến vào 7h30' ngày "
     "16/10/2023 tại sân Trường THCS Tịnh Hà."), ceremony("2023-10-16", "07:30", "sân Trường THCS Tịnh Hà", "hybrid")),
    ("field-lines", ("2. Lễ khai mạc\n- Thời gian: 08 giờ 30 phút, ngày 16/10/2023.\n- Địa điểm: Nhà văn hóa thôn "
     "Trường Thọ.\n- Hình thức: trực tiếp."), ceremony("2023-10-16", "08:30", "Nhà văn hóa thôn Trường Thọ", "in_person")),
    # after ";" another clause: where viewers watch an online opening is not its venue; a "tại …" clause is
    ("online-then-where-viewers-watch",
     ("2. Lễ khai mạc: 7h30, thứ Hai, ngày 16.10.2023, theo hình thức trực tuyến qua phần mềm Zoom (đường link gửi "
      "qua nhóm Zalo); các lớp theo dõi tại phòng học dưới sự hướng dẫn của giáo viên."),
     ceremony("2023-10-16", "07:30", None, "online")),
    ("main-connection-point-after-a-semicolon",
     ("2. Lễ khai mạc tổ chức theo hình thức trực tuyến vào 8h00 ngày 16/10/2023; điểm cầu chính đặt tại Hội trường "
      "Sở Giáo dục và Đào tạo, kết nối đến các trường."),
     ceremony("2023-10-16", "08:00", "Hội trường Sở Giáo dục và Đào tạo", "online")),
    # a date written with dashes is one date, not a range of days
    ("date-with-dashes", "2. Lễ khai mạc: 08 giờ 00 ngày 16-10-2023 tại Nhà văn hóa huyện.",
     ceremony("2023-10-16", "08:00", "Nhà văn hóa huyện")),
    ("venue-clause-after-a-semicolon", "2. Lễ khai mạc: 8 giờ ngày 16/10/2023; tại Hội trường Ủy ban nhân dân xã.",
     ceremony("2023-10-16", "08:00", "Hội trường Ủy ban nhân dân xã")),
    ("sang-ngay-no-time", "2. Lễ khai mạc tổ chức vào sáng ngày 16/10/2023 tại Thư viện huyện.",
     ceremony("2023-10-16", None, "Thư viện huyện")),
    ("khai-mac-preferred-over-phat-dong", ("2. Lễ phát động: ngày 14/10/2023 tại Quảng trường huyện.\n"
     "3. Lễ khai mạc: 8h00 ngày 16/10/2023 tại Thư viện huyện."), ceremony("2023-10-16", "08:00", "Thư viện huyện")),
    ("khai-mac-verb-colon-time-words-date", ("2. Khai mạc Ngày hội vào 08:00 ngày 16 tháng 10 năm 2023, tại Nhà thi đấu "
     "đa năng huyện Sơn Tịnh."), ceremony("2023-10-16", "08:00", "Nhà thi đấu đa năng huyện Sơn Tịnh")),
    ("online-on-a-website", ("2. Lễ khai mạc tổ chức trực tuyến lúc 19h30 ngày 16/10/2023 trên Trang thông tin điện tử "
     "của Phòng."), ceremony("2023-10-16", "19:30", None, "online")),
    ("date-without-year", "2. Lễ khai mạc: 8h00 ngày 16/10 tại Hội trường UBND huyện.",
     ceremony("2023-10-16", "08:00", "Hội trường UBND huyện")),
    ("weekday-between-time-and-date", "2. Lễ khai mạc vào 8 giờ, thứ Hai, ngày 16/10/2023 tại Hội trường UBND huyện.",
     ceremony("2023-10-16", "08:00", "Hội trường UBND huyện")),
    ("chieu-in-person", ("2. Lễ khai mạc sẽ diễn ra vào 15h00 chiều ngày 16 tháng 10 năm 2023 tại Công viên trung tâm "
     "huyện theo hình thức trực tiếp."), ceremony("2023-10-16", "15:00", "Công viên trung tâm huyện", "in_person")),
    ("no-ceremony", "2. Địa điểm: tại các trường học.", ceremony(None)),
    ("lower-case-dia-diem-label", "2. Lễ khai mạc: dự kiến ngày 16/10/2023; địa điểm: Hội trường UBND huyện.", ceremony("2023-10-16", None, "Hội trường UBND huyện"),),
    ("dia-diem-to-chuc-le-khai-mac", ("2. Địa điểm tổ chức Lễ khai mạc: Hội trường UBND huyện, vào lúc 8h00 ngày "
        "16/10/2023."), ceremony("2023-10-16", "08:00", "Hội trường UBND huyện"),),
    # a one-day event whose time field tells its opening; the place field under it is the ceremony's venue
    ("time-field-opens-then-place-field", ("2. Thời gian, địa điểm\n- Thời gian: 01 ngày, khai mạc lúc 7 giờ 30 phút "
     "ngày 16/10/2023.\n- Địa điểm: Sân vận động huyện Sơn Tịnh."),
     ceremony("2023-10-16", "07:30", "Sân vận động huyện Sơn Tịnh")),
    ("time-field-then-form-then-place", ("2. Lễ khai mạc\n- Thời gian: khai mạc vào 14h00 ngày 16/10/2023.\n"
     "- Hình thức: trực tiếp.\n- Địa điểm tổ chức: Hội trường Trung tâm Văn hóa huyện."),
     ceremony("2023-10-16", "14:00", "Hội trường Trung tâm Văn hóa huyện", "in_person")),
    # a heading in capitals over the ceremony's fields
    ("heading-in-capitals", "3. LỄ KHAI MẠC\n- Thời gian: 7h30 ngày 16/10/2023.\n- Địa điểm: Sân vận động xã Tịnh Hà.",
     ceremony("2023-10-16", "07:30", "Sân vận động xã Tịnh Hà")),
    ("launch-heading-in-capitals", ("3. LỄ PHÁT ĐỘNG\n- Thời gian: 14 giờ 00, ngày 16/10/2023.\n- Địa điểm: Hội trường "
     "UBND xã.\n- Hình thức: trực tuyến."), ceremony("2023-10-16", "14:00", "Hội trường UBND xã", "online")),
    # a table of activities: the venue is the ceremony's cell under the column headed "Địa điểm"
    ("markdown-table-row", ("| STT | Nội dung | Thời gian | Địa điểm | Đơn vị thực hiện |\n|---|---|---|---|---|\n"
     "| 1 | Trưng bày sách | Cả tuần | Thư viện huyện | Thư viện huyện |\n"
     "| 2 | Lễ khai mạc Ngày hội | 7h30 ngày 16/10/2023 | Nhà văn hóa huyện | Phòng Văn hóa và Thông tin |"),
     ceremony("2023-10-16", "07:30", "Nhà văn hóa huyện")),
    ("tab-table-row-place-before-time", ("TT\tHoạt động\tĐịa điểm tổ chức\tThời gian\n"
     "1\tKhai mạc Hội thi\tSân vận động xã Tịnh Hà\t14 giờ ngày 16/10/2023"),
     ceremony("2023-10-16", "14:00", "Sân vận động xã Tịnh Hà")),
    ("table-without-a-place-column", ("| STT | Nội dung | Thời gian |\n|---|---|---|\n"
     "| 1 | Lễ khai mạc | 8h00 ngày 16/10/2023 |"), ceremony("2023-10-16", "08:00")),
]


@pytest.mark.parametrize("row_id,item,expected", table(CEREMONIES))
def test_opening_ceremony(row_id, item, expected):
    check_field(row_id, directive(body=body(item)), "event.opening_ceremony", expected)


def test_ceremony_outside_the_event_week_is_warned():
    record = run(directive(body=body("2. Lễ khai mạc: ngày 25/10/2023 tại Thư viện huyện."))).record
    assert record.event.opening_ceremony.date == "2023-10-25"
    assert record.warnings == ["Lễ khai mạc ngày 25/10/2023 nằm ngoài thời gian sự kiện (16/10/2023–20/10/2023)."]


def test_ceremony_inside_the_week_is_not_warned():
    record = run(directive(body=body("2. Lễ khai mạc: ngày 16/10/2023 tại Thư viện huyện."))).record
    assert record.warnings == []


# The ceremony's place labelled right after the sentence that dates it, on the same line ("… Thời gian: 07 giờ 30,
# ngày 02/3/2024. Địa điểm: Trường THCS X."): its venue.
@pytest.mark.parametrize(("item", "expected"), [
    ("2. Tổ chức Lễ khai mạc: Thời gian: 07 giờ 30, ngày 16/10/2023. Địa điểm: Trường THCS Hòa An.",
     ceremony("2023-10-16", "07:30", "Trường THCS Hòa An")),
    ("2. Lễ khai mạc vào 14h00 ngày 16/10/2023. - Địa điểm tổ chức: Nhà văn hóa thôn Phú Lộc.",
     ceremony("2023-10-16", "14:00", "Nhà văn hóa thôn Phú Lộc")),
    ("2. Khai mạc lúc 8 giờ ngày 16/10/2023; Địa điểm: Sân trường Tiểu học Kim Đồng.",
     ceremony("2023-10-16", "08:00", "Sân trường Tiểu học Kim Đồng")),
])
def test_a_place_labelled_after_the_ceremonys_date_is_its_venue(item, expected):
    check_field("venue-after", directive(body=body(item)), "event.opening_ceremony", expected)
