"""Signer (extractor/rules/signer.py): the delegation line directly above the title, the title, the name.

Each row is a hand-written signature block (after a short Nơi nhận) of a small plan; the expected object
follows the guide (``authority`` KT./TM./TL./TUQ. … or null — where two stand, the one above the title;
``title`` the position; ``name`` the person). A new layout goes into ``BLOCKS``; a known gap via ``gap``.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table

NOI_NHAN = "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT.\n\n"


def signer(authority, title, name):
    return {"authority": authority, "title": title, "name": name}


BLOCKS = [
    # a copy whose title was lost (seal, scan): the name alone closes it; a short line of two words does not
    ("name-alone-after-the-list", NOI_NHAN + "Phạm Minh Châu", signer(None, None, "Phạm Minh Châu")),
    ("two-words-alone-are-no-name", NOI_NHAN + "Kính gửi", signer(None, None, None)),
    ("name-alone-after-seal-debris",
     "Nơi nhận:\n- Như trên;\n- Văn phòng UBNDTP: CVP,\nPCVP, Phòng KGVX;\n- Lưu: VT.\nc\nỆ\nb là\nF\nã\nLê Trung Chinh",
     signer(None, None, "Lê Trung Chinh")),
    ("tm-and-kt-takes-kt", NOI_NHAN + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Hồng",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hồng")),
    # the Party's layout: "T/M" a collective, no title line under it; its name may wrap
    ("party-tm-no-title", NOI_NHAN + "T/M BAN THƯỜNG VỤ\n\nNguyễn Văn Minh", signer("TM. BAN THƯỜNG VỤ", None, "Nguyễn Văn Minh")),
    ("party-tm-wrapped-no-title", NOI_NHAN + "T/M BỘ CHÍNH\nTRỊ\nTrần Văn Nam", signer("TM. BỘ CHÍNH TRỊ", None, "Trần Văn Nam")),
    ("party-tm-wrapped-ban-bi-thu", NOI_NHAN + "T/M BAN BÍ\nTHƯ\n\nLê Thị Hoa", signer("TM. BAN BÍ THƯ", None, "Lê Thị Hoa")),
    # a delegation line naming the head's unit, wrapped before the title
    ("kt-unit-name-wrapped",
     NOI_NHAN + "TL. BỘ TRƯỞNG\nKT. CỤC TRƯỞNG CỤC QUẢN LÝ VÀ PHÁT TRIỂN\nTHỊ TRƯỜNG TRONG NƯỚC\nPHÓ CỤC TRƯỞNG\nNguyễn Thị Lan",
     signer("KT. CỤC TRƯỞNG CỤC QUẢN LÝ VÀ PHÁT TRIỂN THỊ TRƯỜNG TRONG NƯỚC", "PHÓ CỤC TRƯỞNG", "Nguyễn Thị Lan")),
    ("kt-giam-doc-so-wrapped",
     NOI_NHAN + "KT. GIÁM ĐỐC SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG\nPHÓ GIÁM ĐỐC\n\nLê Văn Hùng",
     signer("KT. GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "PHÓ GIÁM ĐỐC", "Lê Văn Hùng")),
    # a bare title under the delegation: capitals between are a seal's, no part of it
    ("kt-bare-title-seal-between", NOI_NHAN + "KT. CHỦ TỊCH\nỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình")),
    ("tl", NOI_NHAN + "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\nLê Quang Vinh", signer("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Lê Quang Vinh")),
    ("tuq", NOI_NHAN + "TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nPhan Văn Lộc", signer("TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Phan Văn Lộc")),
    ("tm-ban-thuong-vu", NOI_NHAN + "TM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nĐinh Thị Lan", signer("TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Đinh Thị Lan")),
    ("tm-hoi-chu-tich", NOI_NHAN + "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nHà Thị Mai", signer("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Hà Thị Mai")),
    ("no-authority-da-ky", NOI_NHAN + "HIỆU TRƯỞNG\n\n(Đã ký)\n\nPhạm Thị Hoa", signer(None, "HIỆU TRƯỞNG", "Phạm Thị Hoa")),
    ("da-ky-without-brackets", NOI_NHAN + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐã ký\n\nNguyễn Thị Hồng",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hồng")),
    ("kt-with-slash", NOI_NHAN + "K/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Hồng", signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hồng")),
    ("name-in-capitals", NOI_NHAN + "GIÁM ĐỐC\n\nTRẦN VĂN BÌNH", signer(None, "GIÁM ĐỐC", "TRẦN VĂN BÌNH")),
    ("seal-text-between-title-and-name", NOI_NHAN + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nỦY BAN\nNHÂN DÂN\nHUYỆN\nNguyễn Thị Hồng",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hồng")),
    # a committee's head glued to the office the signer holds besides ("TRƯỞNG BAN PHÓ THỦ TƯỚNG", rh17_02): the
    # title is the position in the issuing committee
    ("committee-head-and-concurrent-office", NOI_NHAN + "TRƯỞNG BAN PHÓ THỦ TƯỚNG\n\nLê Văn Thành",
     signer(None, "TRƯỞNG BAN", "Lê Văn Thành")),
    ("committee-head-and-vice-chair", NOI_NHAN + "TRƯỞNG BAN PHÓ CHỦ TỊCH\n\nĐỗ Thị Hạnh",
     signer(None, "TRƯỞNG BAN", "Đỗ Thị Hạnh")),
    ("long-title", NOI_NHAN + "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\nVõ Minh Quân",
     signer("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Võ Minh Quân")),
    ("columns-beside-noi-nhan",
     ("Nơi nhận:                                 KT. CHỦ TỊCH\n- Như trên;                               PHÓ CHỦ TỊCH\n"
     "- UBND tỉnh (để báo cáo);\n- Lưu: VT.\n\n                                          Trần Văn Bình"),
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình")),
    ("columns-flattened-with-pipes",
     "Nơi nhận: | KT. CHỦ TỊCH\n- Như trên; | PHÓ CHỦ TỊCH\n- UBND tỉnh (để báo cáo);\n- Lưu: VT. |\n | Trần Văn Bình",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình")),
    ("truncated-no-signature", NOI_NHAN.rstrip(), signer(None, None, None)),
    ("seal-text-of-a-copy-is-not-the-title's-unit",
     NOI_NHAN + "HIỆU TRƯỞNG\nPHÒNG GD&ĐT PHÚ LẠC TRƯỜNG THCS TRẦN QUỐC TOẢN\n(Đã ký)\nNguyễn Thị Hồng Vân",
     signer(None, "HIỆU TRƯỞNG", "Nguyễn Thị Hồng Vân")),
    ("seal-words-in-title-case-above-the-name",
     NOI_NHAN + "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nPHÓ BÍ THƯ\nXio Tệ\nNguyễn Hữu Phước",
     signer("TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Hữu Phước")),
    ("seal-debris-is-no-name", NOI_NHAN + "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nHỆ CTU\nSANG đề\n(Đã ký và đóng dấu)\nChâu Văn Phước",
     signer("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Châu Văn Phước")),
    # OCR'd titles under a seal: the delegation line says who may sign (KT. X: the deputy of X).
    ("seal-damaged-deputy-title", NOI_NHAN + "KT. CHỦ TỊCH\nĐ:¡^ CHỦ TỊCH\nTrần Quang Huy",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quang Huy")),
    ("seal-damaged-thu-truong", NOI_NHAN + "KT. BỘ TRƯỞNG\n1i7ứ TRƯỞNG\nTrịnh Đức Khải",
     signer("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trịnh Đức Khải")),
    ("seal-damaged-standing-deputy", NOI_NHAN + "KT. CHỦ TỊCH\nPHỐ: -.:1U 7'CH THƯỜNG TRỰC\nPhan Văn Liêm",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Phan Văn Liêm")),
    ("seal-broke-the-title-into-fragments", NOI_NHAN + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nCHỦ\nn^ HA TT\nVõ Thị Hương",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Thị Hương")),
    ("seal-damaged-head-title", NOI_NHAN + "tuU TRƯỞNG\nTrần Thị Bích Ngọc",  # no KT.: a head, not Thứ trưởng
     signer(None, "HIỆU TRƯỞNG", "Trần Thị Bích Ngọc")),
    ("delegation-title-and-name-on-one-line", NOI_NHAN + "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hà Văn Lộc",
     signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hà Văn Lộc")),
    ("slash-delegation-of-a-long-head-on-one-line", NOI_NHAN + "K/T CHỦ TỊCH ỦY BAN NHÂN DÂN PHÓ CHỦ TỊCH Hà Văn Lộc",
     signer("KT. CHỦ TỊCH ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Hà Văn Lộc")),
    ("tm-and-kt-on-one-line", NOI_NHAN + "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hà Văn Lộc",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Văn Lộc")),
    ("tl-alone-then-head-title-and-name", NOI_NHAN + "TL.\nGIÁM ĐỐC CHÁNH VĂN PHÒNG Hà Văn Lộc",
     signer("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Hà Văn Lộc")),
    ("delegation-glued-to-its-head", NOI_NHAN + "KT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHà Văn Lộc",
     signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hà Văn Lộc")),
    ("signer-glued-after-luu-and-drafter", "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT (2b). Ngân GIÁM ĐỐC Hà Văn Lộc",
     signer(None, "GIÁM ĐỐC", "Hà Văn Lộc")),
    ("signature-column-mixed-into-noi-nhan",
     "Nơi nhận: GIÁM ĐỐC\nNhư trên; (Đã ký)\nUBND tỉnh (b/c); Hà Văn Lộc\nLưu: VT.", signer(None, "GIÁM ĐỐC", "Hà Văn Lộc")),
    ("no-noi-nhan-title-and-name-on-the-last-line", "Đề nghị các đơn vị thực hiện./.\nGIÁM ĐỐC Hà Văn Lộc",
     signer(None, "GIÁM ĐỐC", "Hà Văn Lộc")),
    ("police-rank-before-the-name", NOI_NHAN + "PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH\n\nTrung tá Ngô Văn Công",
     signer(None, "PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH", "Ngô Văn Công")),
    # the President's title runs over two lines: "CHỦ TỊCH" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ("president-title-over-two-lines-before-noi-nhan",
     ("CHỦ TỊCH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTrương Tấn Sang\n\nNơi nhận:\n- Văn phòng Chủ tịch nước;"
      "\n- Lưu: VT."), signer(None, "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Trương Tấn Sang")),
    ("president-title-over-two-lines-after-noi-nhan",
     NOI_NHAN + "CHỦ TỊCH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nVõ Văn Thưởng",
     signer(None, "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Võ Văn Thưởng")),
    ("president-title-on-one-line-before-noi-nhan",
     ("CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nLê Đức Anh\n\nNơi nhận:\n- Văn phòng Chủ tịch nước;"
      "\n- Lưu: VT."), signer(None, "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lê Đức Anh")),
    ("vice-president-signs-for-the-president", NOI_NHAN + "KT. CHỦ TỊCH NƯỚC\nPHÓ CHỦ TỊCH NƯỚC\n\nĐặng Thị Ngọc Thịnh",
     signer("KT. CHỦ TỊCH NƯỚC", "PHÓ CHỦ TỊCH NƯỚC", "Đặng Thị Ngọc Thịnh")),
    ("prime-minister-in-person-before-noi-nhan",
     "THỦ TƯỚNG\n\nPhạm Minh Chính\n\nNơi nhận:\n- Các Bộ, cơ quan ngang Bộ;\n- Lưu: VT.",
     signer(None, "THỦ TƯỚNG", "Phạm Minh Chính")),
    # a copy that lost "KT." (OCR, a crawl): the head's title stands above its deputy's — only KT. reads so
    ("kt-lost-director-above-deputy", NOI_NHAN + "GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Tám",
     signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Tám")),
    ("kt-lost-chairman-above-deputy", NOI_NHAN + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Thu",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Thu")),
    ("kt-lost-minister-above-vice-minister", NOI_NHAN + "BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn Phúc",
     signer("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn Phúc")),
    ("kt-lost-above-a-standing-deputy", NOI_NHAN + "CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\n\nĐào Văn Hải",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Đào Văn Hải")),
    ("deputy-general-director", NOI_NHAN + "KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC\n\nLương Thị Hạnh",
     signer("KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "Lương Thị Hạnh")),
    # an acting head signs under "Q. X" with no title line: the delegation and the name
    # degrees before the name are not part of it
    ("doctor-before-the-name", NOI_NHAN + "GIÁM ĐỐC\n(đã ký)\nBS. Nguyễn Văn An", signer(None, "GIÁM ĐỐC", "Nguyễn Văn An")),
    ("two-degrees-before-the-name", NOI_NHAN + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTS. BSCKII. Trần Thị Thu Hà",
     signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Thu Hà")),
    ("teacher-honour-glued", NOI_NHAN + "HIỆU TRƯỞNG\n\nNGƯT.Phạm Văn Sơn", signer(None, "HIỆU TRƯỞNG", "Phạm Văn Sơn")),
    ("acting-head-without-title", NOI_NHAN + "Q. GIÁM ĐỐC\n\nNguyễn Văn An", signer("Q. GIÁM ĐỐC", None, "Nguyễn Văn An")),
    ("tm-above-a-deputy-stays-tm", NOI_NHAN + "TM. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH\n\nLê Thị Thu",
     signer("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Lê Thị Thu")),
    # OCR of real scans: the delegation's dot read as a comma; a mark read before the title (seal rim, stroke).
    ("delegation-dot-read-as-a-comma", NOI_NHAN + "TM. CHÍNH PHỦ\nKT, THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHÒA\n«ố\nHồ Quốc Dũng",
     signer("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Hồ Quốc Dũng")),
    ("kt-over-the-head's-own-title-is-its-deputy", NOI_NHAN + "KT. GIÁM ĐỐC\nGIÁM ĐỐC\nGIÁO DỤ\nTrần Nguyễn Minh Thành",
     signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Nguyễn Minh Thành")),
    ("a-mark-before-the-title", NOI_NHAN + "= GIÁM ĐỐC\nF...\n2\nĐ\nLê Thị Bích Thuận",
     signer(None, "GIÁM ĐỐC", "Lê Thị Bích Thuận")),
    # a head of two offices: each has its deputy; the seal took the title's first letters, or its last ones
    ("seal-damaged-deputy-of-a-two-office-head",
     NOI_NHAN + "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nFHŠ CHỦ NHIỆM\nPhạm Mạnh Cường",
     signer("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Phạm Mạnh Cường")),
    ("deputy-of-a-two-office-head", NOI_NHAN + "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nPhạm Mạnh Cường",
     signer("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Phạm Mạnh Cường")),
    ("title-cut-at-the-seal", NOI_NHAN + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊC\nNguyễn Văn Hùng",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hùng")),
    ("title-cut-at-the-seal-without-delegation", NOI_NHAN + "GIÁM ĐỐ\nNguyễn Văn Hùng",
     signer(None, "GIÁM ĐỐC", "Nguyễn Văn Hùng")),
    # the seal left only the delegation line whole: the deputy under KT., no name
    ("seal-left-the-delegation-line-alone", NOI_NHAN + "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nHỦ NHIỆM\nLạn\nạnh Cường",
     signer("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", None)),
    ("seal-left-a-tm-line-alone", NOI_NHAN + "TM. ỦY BAN NHÂN DÂN\nHU TỊC\nạnh", signer("TM. ỦY BAN NHÂN DÂN", None, None)),
    # a black seal over the block: the head's title without its tones, the deputy's without its front, "KT." lost
    ("seal-took-the-kt-the-tones-and-the-deputy's-front", NOI_NHAN + "THU TƯƠNG\nTƯỜNG\nVăn Thăng",
     signer("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", None)),
    ("the-deputy's-front-under-the-seal", NOI_NHAN + "CHỦ TỊCH\nTỊCH\nTrần Văn Bình",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình")),
    ("seal-text-under-a-head-is-no-deputy", NOI_NHAN + "TRƯỞNG PHÒNG\nPHÒNG\nLAO ĐỘNG\nNguyễn Sĩ Khoa",
     signer(None, "TRƯỞNG PHÒNG", "Nguyễn Sĩ Khoa")),
    ("a-head-title-without-its-tones", NOI_NHAN + "GIAM ĐÓC\n\nNguyễn Văn Tám", signer(None, "GIÁM ĐỐC", "Nguyễn Văn Tám")),
    ("seal-text-in-capitals-is-no-name", NOI_NHAN + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nSƠ XÂY DỰNG CAO BẰNG",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", None)),
    ("a-form's-title-in-capitals-is-no-name", NOI_NHAN + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPHIẾU TRÌNH DUYỆT",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", None)),
    # a delegation line holding two offices, wrapped after its comma: the second is no title (and no lost "KT.")
    ("two-offices-wrapped-after-the-comma", NOI_NHAN + "KT. BỘ TRƯỞNG,\nCHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nHoàng Văn Lực",
     signer("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Hoàng Văn Lực")),
    ("two-offices-wrapped-in-a-crawl", NOI_NHAN + "|\nKT. BỘ TRƯỞNG,\nCHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nLò Thị Xuân\n|",
     signer("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Lò Thị Xuân")),
    # a unit's head whose title wrapped after the unit's word: the unit's name on the next line is in the title
    ("unit-name-wrapped-after-cục", NOI_NHAN + "TL. BỘ TRƯỞNG\nCỤC TRƯỞNG CỤC\nQUẢN LÝ THỊ TRƯỜNG\nĐỗ Thị Hạnh",
     signer("TL. BỘ TRƯỞNG", "CỤC TRƯỞNG CỤC QUẢN LÝ THỊ TRƯỜNG", "Đỗ Thị Hạnh")),
    ("unit-name-wrapped-after-vụ", NOI_NHAN + "TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ\nGIÁO DỤC THƯỜNG XUYÊN\nPhạm Văn Đông",
     signer("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ GIÁO DỤC THƯỜNG XUYÊN", "Phạm Văn Đông")),
    # Central Highlands names carry an apostrophe inside a syllable
    ("name-with-apostrophe", NOI_NHAN + "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\nĐinh Thị H'Rin",
     signer("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Đinh Thị H'Rin")),
    ("name-with-curly-apostrophe", NOI_NHAN + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nKsor H’Bơ",
     signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ksor H’Bơ")),
    # a Central Highlands name in capitals: its family name opens it as a Kinh one does
    ("highlands-name-in-capitals", NOI_NHAN + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nKSOR Y PHƠ",
     signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "KSOR Y PHƠ")),
    ("highlands-two-word-family-name-in-capitals", NOI_NHAN + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nRƠ MAH HLIM",
     signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "RƠ MAH HLIM")),
    ("signature-before-noi-nhan", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Hồng\n\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.", signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hồng"),),
]


@pytest.mark.parametrize("row_id,closing,expected", table(BLOCKS))
def test_signer(row_id, closing, expected):
    check_field(row_id, directive(closing=closing), "signer", expected)


def test_a_second_signers_deputy_beside_the_title_is_no_lost_kt():
    # two signers side by side (a joint text): the deputy in the second column is not the first one's lost "KT."
    closing = (NOI_NHAN + "TM. BAN THƯỜNG TRỰC        TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH        PHÓ CHỦ TỊCH\n"
               "\nLê Văn Hùng        Trần Thị Mai")
    check_field("joint-closing", directive(closing=closing), "signer.title", "CHỦ TỊCH")
    check_field("joint-closing", directive(closing=closing), "signer.name", "Lê Văn Hùng")


# A text run onto one line (a portal's <p> copy): the signature is glued after Nơi nhận at the end of that line.
ONE_LINE_CLOSINGS = [
    ("Nơi nhận: - Như trên; - Lưu: VT, ĐH&SĐH. KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG (Đã ký) GS.TS. Nguyễn Trung Việt",
     {"authority": "KT. HIỆU TRƯỞNG", "title": "PHÓ HIỆU TRƯỞNG", "name": "Nguyễn Trung Việt"}),
    ("Nơi nhận: - Các phòng; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Văn Hùng",
     {"authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Trần Văn Hùng"}),
    ("Nơi nhận: - Như trên; - Lưu: VT, VX. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Lê Văn Nam",
     {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Lê Văn Nam"}),
    # no delegation line: the head's title right after the body's "./." or the Lưu entry
    ("Nơi nhận: - Như trên; - Lưu: VT. GIÁM ĐỐC (Đã ký) Phạm Thị Hoa",
     {"authority": None, "title": "GIÁM ĐỐC", "name": "Phạm Thị Hoa"}),
    ("Các đơn vị chiểu quyết định thi hành./. BỘ TRƯỞNG (Đã ký) Nguyễn Văn Tạo",
     {"authority": None, "title": "BỘ TRƯỞNG", "name": "Nguyễn Văn Tạo"}),
    # a deputy signs only under KT.: with no delegation line, no value
    ("Nơi nhận: - Như trên; - Lưu: VT. PHÓ GIÁM ĐỐC Phạm Thị Hoa",
     {"authority": None, "title": None, "name": None}),
    # the title under KT. must be the head's deputy; a name that cannot be read gives nothing
    ("Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC CHÁNH VĂN PHÒNG Trần Văn Hùng",
     {"authority": None, "title": None, "name": None}),
    ("Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC đã ký",
     {"authority": None, "title": None, "name": None}),
]


@pytest.mark.parametrize(("closing", "signer"), ONE_LINE_CLOSINGS)
def test_signature_glued_at_the_end_of_a_one_line_text(closing, signer):
    text = " ".join(directive(closing=closing).split())
    assert "\n" not in text
    check_field("one-line-closing", text, "signer", signer)


# A crawl wraps the signer's name after its family name ("Bùi" / "Xuân Cường"): one name; a lone word that is no
# family name under the title is no part of it.
@pytest.mark.parametrize(("closing", "name"), [
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn\nThị Thu Hà", "Nguyễn Thị Thu Hà"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\nĐặng\nQuốc Khánh", "Đặng Quốc Khánh"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\nVõ\nMinh Tuấn", "Võ Minh Tuấn"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\nĐã\nLê Minh Tuấn", "Lê Minh Tuấn"),
])
def test_a_signer_name_wrapped_after_its_family_name_is_one_name(closing, name):
    check_field("wrapped-name", directive(closing=closing), "signer.name", name)


# A title that opens with the charge the signer holds ("PHỤ TRÁCH PHÒNG" where the office has no head) or with a
# commune military command's head ("CHỈ HUY TRƯỞNG"): a title of its own, beside the Nơi nhận column or after it.
@pytest.mark.parametrize(("closing", "expected"), [
    (("Nơi nhận:                              PHỤ TRÁCH PHÒNG\n- Như trên;\n- Sở Y tế (b/c);\n- Lưu: VT.\n"
     "                                       Đỗ Văn Hòa"), signer(None, "PHỤ TRÁCH PHÒNG", "Đỗ Văn Hòa")),
    (NOI_NHAN + "PHỤ TRÁCH TRƯỜNG\n\nVũ Thị Lan", signer(None, "PHỤ TRÁCH TRƯỜNG", "Vũ Thị Lan")),
    (NOI_NHAN + "CHỈ HUY TRƯỞNG\n\nHoàng Văn Sáu", signer(None, "CHỈ HUY TRƯỞNG", "Hoàng Văn Sáu")),
])
def test_a_title_of_charge_or_command_signs(closing, expected):
    check_field("title-of-charge", directive(closing=closing), "signer", expected)
