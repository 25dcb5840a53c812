"""Header and closing fields written the genre's other ways (extractor/rules/issuer.py, identity.py, signer.py).

Not made by evaluation/variations.py: an issuer's name wrapped over two or three lines under its parent, a công văn's
``V/v`` (or ``Về việc``) subject wrapped over two lines, and the delegation line written ``TM.``, ``TM``, ``T/M``,
``T/M.``, ``T.M.``, ``K/T``, ``KT`` (Party and State closings). Gold by the contract (§2): the issuer is the last name
of the left column joined into one line, its parent the body above it; the subject the ``V/v`` lines joined without
``V/v``; the authority the delegation line (compared as free text, so ``T/M`` and ``TM.`` are one value).
"""

from __future__ import annotations

import pytest
from extractor_helpers import directive, record_of

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


@pytest.mark.parametrize(("left", "name", "parent"), [
    ("UBND TỈNH QUẢNG NGÃI\nSỞ GIÁO DỤC VÀ\nĐÀO TẠO", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "UBND TỈNH QUẢNG NGÃI"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN SƠN TỊNH", "ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH", None),
    ("UBND HUYỆN BA TƠ\nBAN CHỈ ĐẠO PHÒNG, CHỐNG\nDỊCH BỆNH TRUYỀN NHIỄM", "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM",
     "UBND HUYỆN BA TƠ"),
    ("UBND HUYỆN MINH LONG\nTRƯỜNG TRUNG HỌC CƠ SỞ\nLONG HIỆP", "TRƯỜNG TRUNG HỌC CƠ SỞ LONG HIỆP", "UBND HUYỆN MINH LONG"),
    ("TỈNH ỦY KON TUM\nBAN TUYÊN GIÁO", "BAN TUYÊN GIÁO", "TỈNH ỦY KON TUM"),
    ("UBND HUYỆN ĐỨC PHỔ\nPHÒNG GIÁO DỤC\nVÀ ĐÀO TẠO", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND HUYỆN ĐỨC PHỔ"),
    ("ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nĐẢNG ỦY KHỐI CƠ QUAN VÀ\nDOANH NGHIỆP TỈNH\n*", "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
     "ĐẢNG BỘ TỈNH BÌNH ĐỊNH"),
    ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nBAN CHỈ ĐẠO 389", "BAN CHỈ ĐẠO 389", "ỦY BAN NHÂN DÂN TỈNH GIA LAI"),
])
def test_an_issuer_wrapped_over_lines_is_one_name(left, name, parent):
    header = f"{left}\nSố: 21/KH-BTG\n\n{MOTTO}\nQuảng Ngãi, ngày 12 tháng 9 năm 2024"
    assert record_of(directive(header=header))["issuer"] == {"name": name, "parent": parent}


@pytest.mark.parametrize(("subject_lines", "subject"), [
    ("V/v tổ chức Hội thi giáo viên\ndạy giỏi cấp huyện năm học 2024-2025",
     "tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2024-2025"),
    ("V/v tăng cường công tác phòng,\nchống dịch bệnh mùa đông xuân", "tăng cường công tác phòng, chống dịch bệnh mùa đông xuân"),
    ("V/v: triển khai tiêm chủng", "triển khai tiêm chủng"),
    ("Về việc tổ chức Ngày hội\nđọc sách năm 2024", "tổ chức Ngày hội đọc sách năm 2024"),
    ("V/v hướng dẫn thực hiện nhiệm vụ\nnăm học 2024-2025 đối với\ngiáo dục trung học",
     "hướng dẫn thực hiện nhiệm vụ năm học 2024-2025 đối với giáo dục trung học"),
    ("V/v: tổ chức Ngày hội đọc sách\nnăm 2024 cho học sinh", "tổ chức Ngày hội đọc sách năm 2024 cho học sinh"),
])
def test_a_letters_subject_wrapped_over_two_lines_is_joined(subject_lines, subject):
    header = f"PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 215/PGDĐT\n{subject_lines}\n\n{MOTTO}\nSơn Tịnh, ngày 12 tháng 9 năm 2024"
    document = record_of(directive(header=header, title=""))["document"]
    assert (document["kind"], document["subject"]) == ("cong_van", subject)


@pytest.mark.parametrize(("block", "authority", "title"), [
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    ("T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    ("TM ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    ("T/M. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH", "TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"),
    ("T.M. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ", "TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
    ("K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("K.T. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", "TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
])
def test_a_delegation_line_written_any_way_is_read(block, authority, title):
    closing = f"Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\n{block}\n\nĐinh Thị Hoa"
    signer = record_of(directive(closing=closing))["signer"]
    assert signer == {"authority": authority, "title": title, "name": "Đinh Thị Hoa"}
