"""Whole documents written in shapes the development sets lack (district, commune, school and Youth Union issuers, a
letter to one agency, a plan with a table of activities): see shape_fixtures/README.md. Every field of the header,
parent, event, distribution and signer families is checked against the contract's reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from extractor_helpers import evidence_problems, run

FIXTURES = Path(__file__).parent / "shape_fixtures"


def cite(kind, number, issue_date, issuer, subject):
    return {"kind": kind, "number": number, "issue_date": issue_date, "issuer": issuer, "subject": subject}


def ceremony(date=None, time=None, venue=None, mode=None):
    return {"date": date, "time": time, "venue": venue, "mode": mode}


EXPECTED = {
    "doan_ke_hoach": {
        "document": {"kind": "ke_hoach", "number": "08-KH/ĐTN", "issue_date": "2024-03-01", "place": "Ea Kpam",
                     "subject": "Tổ chức Hội thi “Thanh niên với văn hóa giao thông” năm 2024", "urgency": None,
                     "secrecy": None},
        "issuer": {"name": "BCH ĐOÀN XÃ EA KPAM", "parent": "HUYỆN ĐOÀN CƯ M'GAR"},
        "addressees": [],
        "parent_directives": [
            cite("khac", None, None, None, "Điều lệ Đoàn TNCS Hồ Chí Minh"),
            cite("khac", None, None, "Ban Chấp hành Đoàn xã",
                 "Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024"),
            cite("ke_hoach", "12-KH/HĐTN", "2024-02-20", "Ban Thường vụ Huyện đoàn Cư M'gar",
                 "tổ chức các hoạt động Tháng Thanh niên năm 2024"),
        ],
        "event": {"name": "Hội thi Thanh niên với văn hóa giao thông năm 2024", "theme": None,
                  "start_date": "2024-03-23", "end_date": "2024-03-24",
                  "opening_ceremony": ceremony("2024-03-23", "07:30", "Hội trường UBND xã")},
        "distribution": ["BTV Huyện đoàn", "Đảng ủy xã", "Các chi đoàn"],
        "signer": {"authority": "TM. BAN CHẤP HÀNH ĐOÀN XÃ", "title": "BÍ THƯ", "name": "H'Yâm Niê"},
    },
    "xa_cong_van": {
        "document": {"kind": "cong_van", "number": "87/UBND-VP", "issue_date": "2024-06-12", "place": "Tân Hưng",
                     "subject": "đề nghị hỗ trợ kinh phí sửa chữa đường giao thông nông thôn", "urgency": "hoa_toc",
                     "secrecy": None},
        "issuer": {"name": "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG", "parent": None},
        "addressees": ["Phòng Tài chính - Kế hoạch huyện Cái Bè"],
        "parent_directives": [cite("quyet_dinh", "1520/QĐ-UBND", "2024-05-15", "Ủy ban nhân dân huyện Cái Bè",
                                   "phân bổ kinh phí sự nghiệp giao thông năm 2024")],
        "event": {"name": None, "theme": None, "start_date": None, "end_date": None, "opening_ceremony": ceremony()},
        "distribution": ["UBND huyện"],
        "signer": {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Lê Thị Mai"},
        "assignments": [{"agency": "Phòng Tài chính - Kế hoạch huyện",
                         "tasks": ["Xem xét, thẩm định dự toán sửa chữa tuyến đường liên ấp 3 - ấp 4",
                                   "Tham mưu Ủy ban nhân dân huyện bố trí kinh phí hỗ trợ trong năm 2024."]}],
    },
    "truong_ke_hoach": {
        "document": {"kind": "ke_hoach", "number": "45/KH-THCSPBC", "issue_date": "2023-09-15", "place": "Krông Năng",
                     "subject": "TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TRƯỜNG NĂM HỌC 2023 - 2024", "urgency": None,
                     "secrecy": None},
        "issuer": {"name": "TRƯỜNG THCS PHAN BỘI CHÂU", "parent": "PHÒNG GD&ĐT HUYỆN KRÔNG NĂNG"},
        "addressees": [],
        "parent_directives": [
            cite("ke_hoach", None, None, None, "Kế hoạch giáo dục nhà trường năm học 2023 - 2024"),
            cite("cong_van", "512/PGDĐT-THCS", "2023-09-08", "Phòng Giáo dục và Đào tạo",
                 "hướng dẫn nhiệm vụ năm học 2023 - 2024"),
        ],
        "event": {"name": "Hội thi giáo viên dạy giỏi cấp trường năm học 2023 - 2024", "theme": None,
                  "start_date": "2023-10-16", "end_date": "2023-10-30",
                  "opening_ceremony": ceremony("2023-10-16", "07:00", "Hội trường nhà trường")},
        "distribution": ["Phòng GD&ĐT", "Các tổ chuyên môn"],
        "signer": {"authority": "KT. HIỆU TRƯỞNG", "title": "PHÓ HIỆU TRƯỞNG", "name": "Đinh Thị H'Rin"},
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_written_probe_in_a_hidden_set_shape(name):
    extraction = run((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))
    record = extraction.record.to_json()
    for family, expected in EXPECTED[name].items():
        assert record[family] == expected, f"[{name}] {family}: {record[family]!r}"
    assert not evidence_problems(extraction), name
