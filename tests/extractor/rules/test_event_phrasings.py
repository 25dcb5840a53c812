"""Events in the genre's many phrasings (extractor/rules/event.py, ceremony.py), each in a short invented plan.

The table of the events a plan organises — a week, a month, a day, a festival, a contest, a conference, a
ceremony, a campaign ("Chiến dịch"), a drive ("Đợt thi đua"), a training course — with their days in every form
("từ ngày 01/12 đến ngày 07/12/2025", "ngày 19/12/2025", "từ 7h30 ngày …", weekday names, "trong tháng 11/2025" —
a month is no day) and their opening ceremony ("Lễ khai mạc/phát động … vào lúc 7 giờ 30 phút ngày … tại …",
"hình thức trực tiếp kết hợp trực tuyến"); and what is none: a meeting a Thông báo kết luận reports on, a past
event the text narrates, a deadline. The expected values are written by the contract (§2 ``event``), not read
off the extractor. The plan is dated 12/9/2023.
"""

from __future__ import annotations

import pytest
from extractor_helpers import HEADER, check_field, directive, table

PREAMBLE = ("Căn cứ Công văn số 2218/SVHTTDL-NSVH ngày 28/8/2023 của Sở Văn hóa, Thể thao và Du lịch;\n\n"
            "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:")
DUTIES = "\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức các hoạt động."
NO_CEREMONY = {"date": None, "time": None, "venue": None, "mode": None}


def event(name, start=None, end=None, theme=None, ceremony=NO_CEREMONY):
    return {"name": name, "theme": theme, "start_date": start, "end_date": end, "opening_ceremony": ceremony}


def ceremony(date, time=None, venue=None, mode=None):
    return {"date": date, "time": time, "venue": venue, "mode": mode}


def sec(*lines: str) -> str:
    return "\n".join(lines)


ROWS = [
    ("week-range-year-once",
     "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023",
     sec("I. MỤC ĐÍCH", "- Nâng cao nhận thức về học tập suốt đời.", "", "II. THỜI GIAN",
         "Từ ngày 01/10 đến ngày 07/10/2023."),
     event("Tuần lễ hưởng ứng học tập suốt đời năm 2023", "2023-10-01", "2023-10-07")),
    ("month-of-action",
     "Triển khai Tháng hành động vì an toàn thực phẩm năm 2023",
     sec("I. THỜI GIAN", "Từ ngày 15/10/2023 đến ngày 15/11/2023.", "",
         "II. CHỦ ĐỀ", "Chủ đề: “Bảo đảm an toàn thực phẩm trong sản xuất, kinh doanh”."),
     event("Tháng hành động vì an toàn thực phẩm năm 2023", "2023-10-15", "2023-11-15",
           "Bảo đảm an toàn thực phẩm trong sản xuất, kinh doanh")),
    # a conference of one session: its day after the session's start time
    ("conference-one-session-starting-at",
     "Tổ chức Hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2023",
     sec("I. THỜI GIAN, ĐỊA ĐIỂM", "- Thời gian: 01 buổi, bắt đầu lúc 07 giờ 30 phút, ngày 28/12/2023 (thứ Năm).",
         "- Địa điểm: Hội trường Huyện ủy."),
     event("Hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2023", "2023-12-28", "2023-12-28")),
    ("contest-one-day-opening-at",
     "Tổ chức Hội thi “Nhà nông đua tài” huyện năm 2023",
     sec("I. THỜI GIAN, ĐỊA ĐIỂM", "- Thời gian: 01 ngày, khai mạc lúc 7 giờ 30 phút ngày 25/10/2023.",
         "- Địa điểm: Sân vận động huyện."),
     event("Hội thi Nhà nông đua tài huyện năm 2023", "2023-10-25", "2023-10-25",
           ceremony=ceremony("2023-10-25", "07:30", "Sân vận động huyện"))),
    # the opening and the closing ceremony as items (or rows of a table of activities) of the time section
    ("opening-and-closing-items",
     "Tổ chức Ngày hội đọc sách năm 2023",
     sec("I. THỜI GIAN, ĐỊA ĐIỂM", "- Khai mạc: 7h30 ngày 19/10/2023 tại Thư viện huyện.",
         "- Bế mạc: 16h00 ngày 21/10/2023."),
     event("Ngày hội đọc sách năm 2023", "2023-10-19", "2023-10-21",
           ceremony=ceremony("2023-10-19", "07:30", "Thư viện huyện"))),
    ("opening-and-closing-table-rows",
     "Tổ chức Hội thi tin học trẻ cấp huyện năm 2023",
     sec("I. THỜI GIAN, ĐỊA ĐIỂM", "| STT | Nội dung | Thời gian | Địa điểm |", "|---|---|---|---|",
         "| 1 | Lễ khai mạc | 7h30 ngày 04/11/2023 | Trường THCS Tịnh Hà |",
         "| 2 | Thi thực hành | ngày 04/11/2023 | Trường THCS Tịnh Hà |",
         "| 3 | Lễ tổng kết và trao giải | 10h00 ngày 05/11/2023 | Trường THCS Tịnh Hà |"),
     event("Hội thi tin học trẻ cấp huyện năm 2023", "2023-11-04", "2023-11-05",
           ceremony=ceremony("2023-11-04", "07:30", "Trường THCS Tịnh Hà"))),
    # ... under a heading that names the activities first; a closing that also hands out the prizes
    ("opening-and-closing-under-content-and-time",
     "Tổ chức Hội thi văn nghệ chào mừng Ngày Nhà giáo Việt Nam năm 2023",
     sec("II. NỘI DUNG, THỜI GIAN", "1. Lễ khai mạc: 19h00 ngày 15/11/2023.", "2. Thi các tiết mục văn nghệ.",
         "3. Lễ bế mạc, trao giải: 21h00 ngày 17/11/2023."),
     event("Hội thi văn nghệ chào mừng Ngày Nhà giáo Việt Nam năm 2023", "2023-11-15", "2023-11-17",
           ceremony=ceremony("2023-11-15", "19:00"))),
    ("festival-starting-from",
     "Tổ chức Ngày hội thiếu nhi vui khỏe năm 2023",
     sec("I. THỜI GIAN", "Thời gian: bắt đầu từ 7h00, ngày 01/10/2023 tại sân trường."),
     event("Ngày hội thiếu nhi vui khỏe năm 2023", "2023-10-01", "2023-10-01")),
    ("day-one-date",
     "Tổ chức Ngày hội văn hóa các dân tộc huyện lần thứ III năm 2023",
     sec("I. THỜI GIAN, ĐỊA ĐIỂM", "- Thời gian: ngày 19/11/2023.", "- Địa điểm: Sân vận động huyện."),
     event("Ngày hội văn hóa các dân tộc huyện lần thứ III năm 2023", "2023-11-19", "2023-11-19")),
    ("festival-weekday-names",
     "Tổ chức Liên hoan văn nghệ quần chúng năm 2023",
     sec("I. THỜI GIAN", "Từ thứ Sáu, ngày 10/11/2023 đến Chủ nhật, ngày 12/11/2023."),
     event("Liên hoan văn nghệ quần chúng năm 2023", "2023-11-10", "2023-11-12")),
    ("contest-theme-quoted-title",
     "Tổ chức Cuộc thi “Tìm hiểu pháp luật về phòng, chống ma túy” năm 2023",
     sec("I. THỜI GIAN", "Cuộc thi diễn ra từ ngày 02/10/2023 đến hết ngày 31/10/2023."),
     # quotes removed (contract §2 event.name)
     event("Cuộc thi Tìm hiểu pháp luật về phòng, chống ma túy năm 2023", "2023-10-02", "2023-10-31")),
    ("conference-one-day-clock-first",
     "Tổ chức Hội nghị sơ kết công tác dân vận năm 2023",
     sec("I. THỜI GIAN, ĐỊA ĐIỂM", "1. Thời gian: 07 giờ 30 phút, ngày 20/10/2023 (thứ Sáu).",
         "2. Địa điểm: Hội trường Ủy ban nhân dân huyện."),
     event("Hội nghị sơ kết công tác dân vận năm 2023", "2023-10-20", "2023-10-20")),
    ("conference-from-clock",
     "Tổ chức Hội nghị tập huấn nghiệp vụ thư viện năm 2023",
     sec("I. THỜI GIAN", "Từ 7h30 ngày 25/10/2023 đến 17h00 ngày 26/10/2023."),
     event("Hội nghị tập huấn nghiệp vụ thư viện năm 2023", "2023-10-25", "2023-10-26")),
    ("campaign-chien-dich",
     "Triển khai Chiến dịch tiêm chủng vắc xin sởi năm 2023",
     sec("I. THỜI GIAN", "Chiến dịch được triển khai từ ngày 16/10/2023 đến ngày 30/11/2023."),
     event("Chiến dịch tiêm chủng vắc xin sởi năm 2023", "2023-10-16", "2023-11-30")),
    ("dot-thi-dua-months",
     "Phát động Đợt thi đua cao điểm chào mừng Đại hội Đảng bộ huyện",
     sec("I. THỜI GIAN", "Từ tháng 10 năm 2023 đến hết tháng 12 năm 2023."),
     event("Đợt thi đua cao điểm chào mừng Đại hội Đảng bộ huyện", "2023-10-01", "2023-12-31")),
    ("month-only-no-days",
     "Tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2023 - 2024",
     sec("I. THỜI GIAN", "Hội thi được tổ chức trong tháng 11/2023."),
     event("Hội thi giáo viên dạy giỏi cấp huyện năm học 2023 - 2024")),
    ("opening-ceremony-khai-mac-full",
     "Tổ chức Hội thao công nhân viên chức năm 2023",
     sec("I. THỜI GIAN", "Từ ngày 05/11/2023 đến ngày 07/11/2023.",
         ("Lễ khai mạc vào lúc 7 giờ 30 phút ngày 05/11/2023 tại Nhà thi đấu đa năng huyện.")),
     event("Hội thao công nhân viên chức năm 2023", "2023-11-05", "2023-11-07",
           ceremony=ceremony("2023-11-05", "07:30", "Nhà thi đấu đa năng huyện"))),
    ("opening-ceremony-phat-dong-hybrid",
     "Triển khai Chiến dịch Mùa hè xanh năm 2023",
     sec("I. THỜI GIAN", "Từ ngày 01/10/2023 đến ngày 30/10/2023.",
         ("Lễ phát động được tổ chức theo hình thức trực tiếp kết hợp trực tuyến vào lúc 8 giờ 00 ngày "
          "01/10/2023 tại Quảng trường trung tâm huyện.")),
     event("Chiến dịch Mùa hè xanh năm 2023", "2023-10-01", "2023-10-30",
           ceremony=ceremony("2023-10-01", "08:00", "Quảng trường trung tâm huyện", "hybrid"))),
    ("training-course",
     "Tổ chức lớp bồi dưỡng nghiệp vụ công tác văn thư, lưu trữ năm 2023",
     sec("I. THỜI GIAN, ĐỊA ĐIỂM", "- Thời gian: 03 ngày, từ ngày 18/10/2023 đến ngày 20/10/2023.",
         "- Địa điểm: Trung tâm Chính trị huyện."),
     event("lớp bồi dưỡng nghiệp vụ công tác văn thư, lưu trữ năm 2023", "2023-10-18", "2023-10-20")),
    ("ceremony-le-ky-niem",
     "Tổ chức Lễ kỷ niệm 70 năm Ngày thành lập huyện",
     sec("I. THỜI GIAN, ĐỊA ĐIỂM", "- Thời gian: 08 giờ 00, thứ Bảy, ngày 25/11/2023.",
         "- Địa điểm: Trung tâm Văn hóa - Thể thao huyện."),
     event("Lễ kỷ niệm 70 năm Ngày thành lập huyện", "2023-11-25", "2023-11-25")),
    ("festival-in-statement-of-preamble",
     "Tổ chức Lễ hội Hoa ban huyện Điện Biên Đông năm 2023",
     sec("I. THỜI GIAN, ĐỊA ĐIỂM", "1. Thời gian: 03 ngày, từ ngày 08/12/2023 đến ngày 10/12/2023.",
         ("2. Lễ khai mạc: 20 giờ 00 ngày 08/12/2023 tại Quảng trường trung tâm huyện, truyền hình trực tiếp trên "
          "Đài Phát thanh - Truyền hình tỉnh.")),
     event("Lễ hội Hoa ban huyện Điện Biên Đông năm 2023", "2023-12-08", "2023-12-10",
           ceremony=ceremony("2023-12-08", "20:00", "Quảng trường trung tâm huyện"))),
    ("ceremony-field-lines-online",
     "Tổ chức Hội nghị trực tuyến tổng kết công tác thi đua, khen thưởng năm 2023",
     sec("I. THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC", "1. Thời gian: 01 buổi, buổi sáng ngày 22/12/2023.",
         "2. Hình thức: trực tiếp kết hợp trực tuyến."),
     event("Hội nghị trực tuyến tổng kết công tác thi đua, khen thưởng năm 2023", "2023-12-22", "2023-12-22")),
    ("week-dash-range-weekday-brackets",
     "Tổ chức Tuần lễ Áo dài năm 2023",
     sec("I. THỜI GIAN", "Từ ngày 01/11/2023 (thứ Tư) đến ngày 07/11/2023 (thứ Ba)."),
     event("Tuần lễ Áo dài năm 2023", "2023-11-01", "2023-11-07")),
    ("contest-rounds-months",
     "Tổ chức Hội thi Tin học trẻ huyện năm 2023",
     sec("I. THỜI GIAN", "- Vòng sơ loại: từ ngày 15/10/2023 đến ngày 20/10/2023.",
         "- Vòng chung kết: ngày 04/11/2023."),
     event("Hội thi Tin học trẻ huyện năm 2023", "2023-10-15", "2023-10-20")),
]


# days derived from whole months: no span writes them (their evidence is the month: test_event's month rows)
MONTH_ROWS = {"dot-thi-dua-months"}


@pytest.mark.parametrize("row_id,title,section,expected", table(ROWS))
def test_event_phrasings(row_id, title, section, expected):
    text = directive(title=f"KẾ HOẠCH\n{title}", preamble=PREAMBLE, body=section + DUTIES)
    check_field(row_id, text, "event", expected, evidence=row_id not in MONTH_ROWS)
    check_field(row_id, text, "event.name", expected["name"])


CONCLUSION_HEADER = HEADER.replace("215/KH-PGDĐT", "318/TB-UBND")
# what organises no event: a meeting a conclusion reports on, a past event narrated, a deadline
NONE_ROWS = [
    ("conclusion-of-a-meeting",
     "THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân huyện tại cuộc họp giao ban tháng 9 năm 2023",
     ("Ngày 08/9/2023, Chủ tịch Ủy ban nhân dân huyện chủ trì cuộc họp giao ban. Sau khi nghe báo cáo, Chủ tịch "
      "Ủy ban nhân dân huyện kết luận như sau:"),
     sec("1. Giao Phòng Tài chính - Kế hoạch rà soát nguồn vốn, báo cáo trước ngày 30/9/2023.",
         "2. Giao Phòng Nội vụ tham mưu kiện toàn Ban Chỉ đạo.")),
    ("past-event-narrated",
     "BÁO CÁO\nKết quả tổ chức Ngày hội đọc sách năm 2023",
     "Thực hiện Kế hoạch số 120/KH-PGDĐT ngày 02/8/2023 của Phòng Giáo dục và Đào tạo, kết quả như sau:",
     sec("I. KẾT QUẢ", "Ngày hội đã diễn ra từ ngày 28/8/2023 đến ngày 01/9/2023 tại các trường, thu hút 5.000 "
         "học sinh tham gia.")),
    ("deadline-only",
     "CÔNG VĂN\nV/v rà soát hồ sơ đất đai",
     "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện đề nghị các xã thực hiện như sau:",
     sec("1. Rà soát hồ sơ đất đai trên địa bàn, hoàn thành trước ngày 30/10/2023.",
         "2. Báo cáo kết quả về Phòng Tài nguyên và Môi trường trước ngày 05/11/2023.")),
]


@pytest.mark.parametrize("row_id,title,preamble,section", table(NONE_ROWS))
def test_no_event_is_organised(row_id, title, preamble, section):
    header = CONCLUSION_HEADER if title.startswith("THÔNG BÁO") else HEADER
    text = directive(header=header, title=title, preamble=preamble, body=section)
    check_field(row_id, text, "event", event(None))
