"""Segmentation (extractor/segment.py): a trích yếu in capitals hard-wrapped before a word that is also a citation cue
("… CHO NHỮNG NĂM TIẾP" / "THEO", "… VIỆC TỔ CHỨC" / "THỰC HIỆN …") goes on; it does not end the title, so the
addressees' label under it ("THỦ TƯỚNG CHÍNH PHỦ điện:", "Kính gửi:") is still read with its wrapped entries.
Every name, number and date here is invented.
"""

from __future__ import annotations

import pytest
from extractor_helpers import record_of

HEADER = """\
THỦ TƯỚNG CHÍNH PHỦ
Số: 318/CĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 12 năm 2026"""

CLOSING = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nLê Văn Minh"

WRAPS = [
    ("theo-after-tiep",
     "CÔNG ĐIỆN\nVỀ TẬP TRUNG PHỤC HỒI SẢN XUẤT SAU LŨ, TẠO ĐÀ CHO NHỮNG THÁNG TIẾP\nTHEO",
     "THỦ TƯỚNG CHÍNH PHỦ điện:",
     "VỀ TẬP TRUNG PHỤC HỒI SẢN XUẤT SAU LŨ, TẠO ĐÀ CHO NHỮNG THÁNG TIẾP THEO"),
    ("thuc-hien-after-to-chuc",
     "CÔNG ĐIỆN\nVỀ TĂNG CƯỜNG KIỂM TRA VIỆC TỔ CHỨC\nTHỰC HIỆN CHÍNH SÁCH HỖ TRỢ NHÀ Ở",
     "THỦ TƯỚNG CHÍNH PHỦ điện:",
     "VỀ TĂNG CƯỜNG KIỂM TRA VIỆC TỔ CHỨC THỰC HIỆN CHÍNH SÁCH HỖ TRỢ NHÀ Ở"),
    ("theo-doi-after-kinh-gui",
     "CÔNG ĐIỆN\nVỀ CHỦ ĐỘNG ỨNG PHÓ VÀ\nTHEO DÕI SÁT DIỄN BIẾN CỦA BÃO",
     "Kính gửi:",
     "VỀ CHỦ ĐỘNG ỨNG PHÓ VÀ THEO DÕI SÁT DIỄN BIẾN CỦA BÃO"),
]


@pytest.mark.parametrize(("row_id", "title", "label", "subject"), WRAPS, ids=[w[0] for w in WRAPS])
def test_a_capital_title_wrapped_before_a_cue_word(row_id, title, label, subject):
    text = "\n\n".join([HEADER, title + "\n" + label + "\n- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc\n"
                        "Chính phủ;\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
                        "Để bảo đảm an toàn cho Nhân dân, Thủ tướng Chính phủ yêu cầu:\n"
                        "1. Các bộ, ngành theo dõi sát tình hình.", CLOSING])
    record = record_of(text)
    assert record["document"]["subject"].upper().removeprefix("VỀ ") == subject.removeprefix("VỀ "), row_id
    assert record["addressees"] == ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                                    "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], row_id
