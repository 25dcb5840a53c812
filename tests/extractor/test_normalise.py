"""Stage normalise (extractor/normalise.py): clean text, and the origin map back to the raw text.

Rows are grouped by what they exercise. A new single-line case goes into the group it belongs to as
``(raw, expected clean text)``; a new noise-line case (page numbers, seal fragments, headings that must
stay) goes into ``NOISE_REMOVED`` or ``NOISE_KEPT`` — those run inside the body of a small directive,
because noise is only judged below the header. A known gap: ``pytest.param(..., marks=xfail(strict=True))``.
"""

from __future__ import annotations

import unicodedata

import pytest
from extractor_helpers import CORPUS_IDS, directive, evidence_problems, origin_problems, source_text

from extractor import extract_text
from extractor.normalise import normalise


def NFD(text: str) -> str:
    return unicodedata.normalize("NFD", text)


UNICODE = [
    (NFD("Kế hoạch tổ chức Tuần lễ"), "Kế hoạch tổ chức Tuần lễ"),
    (NFD("ỦY BAN NHÂN DÂN TỈNH"), "ỦY BAN NHÂN DÂN TỈNH"),
    ("PHÒNG GIÁO DỤC VÀ ÐÀO TẠO", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),  # Icelandic eth for Đ
    ("Ðoàn Thanh niên ðã phát động", "Đoàn Thanh niên đã phát động"),
    ("a\u200bb\u00adc\ufeffd", "abcd"),  # zero-width space, soft hyphen, BOM
]
TONES = [
    ("hoà nhập", "hòa nhập"),
    ("huyện Thuỷ Nguyên", "huyện Thủy Nguyên"),
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("khoẻ mạnh, xoá mù, thoả thuận, tuỳ theo", "khỏe mạnh, xóa mù, thỏa thuận, tùy theo"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("hoàn thành", "hoàn thành"),  # closed syllable: the mark stays on a
    ("quý IV", "quý IV"),  # qu- is a consonant: the mark stays on y
    ("quyết định, quỹ, khuya, tuổi, của", "quyết định, quỹ, khuya, tuổi, của"),
]
SPACES = [
    ("Số:\u00a0215/KH-UBND", "Số: 215/KH-UBND"),
    ("Kính gửi:\tcác trường", "Kính gửi:\tcác trường"),  # a tab stays: it separates header columns
    ("a\u2003b\u202fc", "a b c"),
    ("Dòng một.\r\nDòng hai.\r\n", "Dòng một.\nDòng hai.\n"),
    # a word processor's list exported as text: a tab after the list mark is the mark's space
    ("\t-\tTrưng bày sách theo chủ điểm.", "- Trưng bày sách theo chủ điểm."),
    ("2.\tCác trường Tiểu học:", "2. Các trường Tiểu học:"),
    ("\ta)\tPhòng Văn hóa và Thông tin", "a) Phòng Văn hóa và Thông tin"),
    ("1.\tSở Tài chính\tChủ trì\t30/6", "1.\tSở Tài chính\tChủ trì\t30/6"),  # a table row keeps its cells
    # a list exported line by line stays a list; a row whose trailing cells were empty keeps its one tab when a
    # line beside it is a table row (the scan's table reader and Word tables drop the empty cells at the end)
    ("-\tTrưng bày sách;\n-\tThi kể chuyện.", "- Trưng bày sách;\n- Thi kể chuyện."),
    ("STT\tNội dung\tChủ trì\n1.\tRà soát quy định\n\t\tBộ Tư pháp",
     "STT\tNội dung\tChủ trì\n1.\tRà soát quy định\n\t\tBộ Tư pháp"),
    ("a)\tXây dựng kế hoạch\n\tSở Nội vụ\t30/6", "a)\tXây dựng kế hoạch\n\tSở Nội vụ\t30/6"),
]
MARKDOWN = [
    ("**Đối với các trường:**", "Đối với các trường:"),
    ("__KẾ HOẠCH__", "KẾ HOẠCH"),
    ("xem *phụ lục* kèm theo", "xem phụ lục kèm theo"),
    ("hạn chót _thứ Sáu_ này", "hạn chót thứ Sáu này"),
    ("tại địa chỉ <https://x.y>", "tại địa chỉ https://x.y"),
    ("gửi [a](mailto:b)", "gửi a"),
    ("email [tonghop@pgd.edu.vn](mailto:tonghop@pgd.edu.vn).", "email tonghop@pgd.edu.vn."),
    ("## II. NỘI DUNG", "II. NỘI DUNG"),
    ("bản \\[Dự thảo\\] lần 2", "bản [Dự thảo] lần 2"),
    # html2text's escapes of what would start a markdown list: "1\." and "\+"
    ("2\\. Các trường Tiểu học:", "2. Các trường Tiểu học:"),
    ("\\+ Tổ chức cho học sinh đọc sách;", "+ Tổ chức cho học sinh đọc sách;"),
    ("tên_tệp_báo_cáo.xlsx", "tên_tệp_báo_cáo.xlsx"),  # underscores inside a word are not emphasis
    # an OCR's inline LaTeX (MinerU): the characters stay; a dollar amount without LaTeX commands is text
    ("- Sở Tài chính $( \\mathsf { t } / \\mathsf { h } )$ ;", "- Sở Tài chính (t/h) ;"),
    ("tại $\\mathrm { Đ } \\mathrm { i } \\acute { \\mathrm { e } } \\mathrm { u }$ 3", "tại Đieu 3"),
    ("giá 5$ đến 7$ một bản", "giá 5$ đến 7$ một bản"),
    # OCR's grave on "thi hành"; "thì" elsewhere is a word of its own
    ("Thì hành Nghị quyết số 15/NQ-HĐND; hướng dẫn thì hành các điều", "Thi hành Nghị quyết số 15/NQ-HĐND; hướng dẫn thi hành các điều"),
    ("nếu chưa xong thì hành động ngay", "nếu chưa xong thì hành động ngay"),
]
# Tesseract's slips inside e-mail addresses; an ø elsewhere is left alone.
OCR_ADDRESSES = [
    ("gửi qua email: tuanlehtsd@moet.gøov.vn.", "gửi qua email: tuanlehtsd@moet.gov.vn."),
    ("pød7@moet.edu.vn để tổng hợp", "pgd7@moet.edu.vn để tổng hợp"),
    ("qlvh.svhttdl@bacgiang.øov.vn.", "qlvh.svhttdl@bacgiang.gov.vn."),
    ("gdtx.kimlam(@®hatinh.edu.vn.", "gdtx.kimlam@hatinh.edu.vn."),
    ("vanphong.hkhdaklak(@gmail.com để", "vanphong.hkhdaklak@gmail.com để"),
    ("ông Søren Kierkegaard", "ông Søren Kierkegaard"),
    # "@" read as "(" before a mail provider; a capital with a tone mark between an address's ASCII letters
    ("thư điện tử: vanphong.huyendoanÌlucnam(gmail.com.", "thư điện tử: vanphong.huyendoanlucnam@gmail.com."),
    ("(gmail.com) và anÌlucnam", "(gmail.com) và anÌlucnam"),
]


@pytest.mark.parametrize(
    "raw,clean",
    [pytest.param(r, c, id=f"unicode-{i}") for i, (r, c) in enumerate(UNICODE)]
    + [pytest.param(r, c, id=f"tone-{i}") for i, (r, c) in enumerate(TONES)]
    + [pytest.param(r, c, id=f"space-{i}") for i, (r, c) in enumerate(SPACES)]
    + [pytest.param(r, c, id=f"markdown-{i}") for i, (r, c) in enumerate(MARKDOWN)]
    + [pytest.param(r, c, id=f"ocr-address-{i}") for i, (r, c) in enumerate(OCR_ADDRESSES)],
)
def test_normalise_line(raw, clean):
    norm = normalise(raw)
    assert norm.text == clean, f"[{raw!r}] expected {clean!r}, got {norm.text!r}"
    assert unicodedata.is_normalized("NFC", norm.text)
    assert origin_problems(raw, norm) == [], f"[{raw!r}]"


# ---------------------------------------------------------------- noise lines (inside a document body)

BODY_TOP = "I. MỤC ĐÍCH\n- Khơi dậy niềm say mê đọc sách trong học sinh, sinh viên."
BODY_BOTTOM = "- Tổ chức thi kể chuyện theo sách cho học sinh khối 4, khối 5."

NOISE_REMOVED = [
    ("page-dashes", "- 2 -"),
    ("page-bare", "7"),
    ("page-trang", "Trang 3/5"),
    ("page-fraction", "2/4"),
    ("seal-run", "X.H.C.M\nỦY BAN\nNHÂN DÂN\nHUYỆN"),
    ("seal-run-blank", "SỞ GIÁO DỤC\n\nVÀ ĐÀO TẠO\nQUẢNG NGÃI"),
    ("symbol-line", "* * *"),
]
NOISE_KEPT = [
    ("roman-heading", "II. NỘI DUNG"),
    ("roman-headings-run", "II. NỘI DUNG\nIII. THỜI GIAN"),
    ("authority", "KT. CHỦ TỊCH"),
    ("type-name", "KẾ HOẠCH"),
    ("one-short-caps-line", "LƯU Ý"),  # a single fragment is not a seal run
    ("caps-label", "GHI CHÚ:\nDANH SÁCH:"),  # lines ending in ":" introduce content
    ("prose-number", "Năm 2023 có 12 trường tham gia."),
]


def _between(clean: str, top: str, bottom: str) -> str:
    """What the clean text holds between two body lines (``KeyError``-like failure if either is gone)."""
    assert top in clean and bottom in clean, f"body lines lost:\n{clean}"
    return clean[clean.index(top) + len(top) : clean.index(bottom)]


@pytest.mark.parametrize("name,noise", NOISE_REMOVED, ids=[n for n, _ in NOISE_REMOVED])
def test_noise_line_between_body_lines_is_removed(name, noise):
    raw = directive(body=f"{BODY_TOP}\n{noise}\n{BODY_BOTTOM}")
    norm = normalise(raw)
    left = _between(norm.text, BODY_TOP, BODY_BOTTOM)
    assert left.strip() == "", f"[{name}] {noise!r} not removed: {left!r} left between the body lines"
    assert origin_problems(raw, norm) == []


@pytest.mark.parametrize("name,line", NOISE_KEPT, ids=[n for n, _ in NOISE_KEPT])
def test_genre_line_between_body_lines_is_kept(name, line):
    raw = directive(body=f"{BODY_TOP}\n{line}\n{BODY_BOTTOM}")
    clean = normalise(raw).text
    assert f"{BODY_TOP}\n{line}\n{BODY_BOTTOM}" in clean, f"[{name}] {line!r} was removed:\n{clean}"


@pytest.mark.parametrize("mark,item", [
    ("-", "Nghiêm túc thực hiện chế độ báo cáo định kỳ."),
    ("+", "Tổ chức tọa đàm về văn hóa đọc."),
    ("•", "Phối hợp với thư viện tỉnh trưng bày sách."),
])
def test_a_list_mark_alone_in_the_body_goes_on_its_items_line(mark, item):
    # a crawl put the item's text on the line after its mark: the mark is no noise, the line is one item
    clean = normalise(directive(body=f"{BODY_TOP}\n{mark}\n{item}\n{BODY_BOTTOM}")).text
    assert f"{BODY_TOP}\n{mark} {item}\n{BODY_BOTTOM}" in clean, clean


def test_seal_run_removed_but_heading_and_signer_kept():
    body = (
        f"{BODY_TOP}\nGIÁO DỤC\nVÀ ĐÀO TẠO\nSƠN TỊNH\n{BODY_BOTTOM}\n\n"
        "II. NỘI DUNG\n- Trưng bày sách theo chủ điểm.\n- 3 -\n- Giao lưu với tác giả."
    )
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTRẦN VĂN BÌNH"
    clean = normalise(directive(body=body, closing=closing)).text
    assert _between(clean, BODY_TOP, BODY_BOTTOM) == "\n"
    assert "\nII. NỘI DUNG\n- Trưng bày sách theo chủ điểm.\n- Giao lưu với tác giả." in clean
    assert clean.rstrip().endswith("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTRẦN VĂN BÌNH")


def test_header_zone_is_never_noise():
    clean = normalise(directive()).text
    assert clean.startswith("UBND HUYỆN SƠN TỊNH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 215/KH-PGDĐT\n")


@pytest.mark.parametrize("crawled", [
    # a letter crawled without its header: the table's cell borders stand alone around Kính gửi
    "|\nKính gửi:\n|\n- Sở Y tế;\n- Sở Tài chính.\n|\n\nThời gian qua, Ủy ban nhân dân tỉnh đã chỉ đạo.",
    "| |\nKính gửi: Các trường trung học phổ thông\n||\n\nThực hiện kế hoạch năm học, Sở đề nghị các trường.",
])
def test_crawled_cell_borders_above_the_body_are_dropped(crawled):
    clean = normalise(crawled).text
    assert not any(line.strip(" |") == "" and "|" in line for line in clean.splitlines())
    record = extract_text(crawled).record.to_json()
    assert record["document"]["subject"] is None
    assert "|" not in " ".join(record["addressees"])


def test_running_header_after_page_breaks_is_removed():
    running = "KH Ngày hội đọc sách - Phòng GDĐT Sơn Tịnh"
    middle = "- Trưng bày sách theo chủ điểm quê hương."
    body = f"{BODY_TOP}\n- 2 -\n{running}\n{middle}\nTrang 3\n{running}\n{BODY_BOTTOM}"
    clean = normalise(directive(body=body)).text
    assert f"{BODY_TOP}\n{middle}\n{BODY_BOTTOM}" in clean, clean
    assert running not in clean


@pytest.mark.parametrize("closing", [
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTRẦN VĂN BÌNH",
    pytest.param("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTRẦN VĂN BÌNH\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.", id="before-noi-nhan"),
], ids=["no-noi-nhan", "before-noi-nhan"])
def test_signature_without_noi_nhan_is_kept(closing):
    clean = normalise(directive(closing=closing)).text
    assert "PHÓ CHỦ TỊCH\nTRẦN VĂN BÌNH" in clean


@pytest.mark.parametrize("authority,title", [
    ("T/M ỦY\nBAN NHÂN DÂN", "CHỦ TỊCH"),
    ("TM BAN CHẤP\nHÀNH ĐOÀN", "BÍ THƯ"),
    ("KT GIÁM\nĐỐC", "PHÓ GIÁM ĐỐC"),
])
def test_a_delegation_without_its_dot_wrapped_over_lines_is_no_seal(authority, title):
    # a crawl keeps the closing in the body (no Nơi nhận) and wraps the delegation into short capital lines
    closing = f"{authority}\n{title}\nTrần Văn Bình"
    clean = normalise(directive(closing=closing)).text
    assert f"{authority}\n{title}" in clean, clean


@pytest.mark.parametrize("raw,entry", [
    ("Nơi nhận:\n- Như Điều 3;\n- Đảng ủy\nKTNN;\n- Lưu: VT.\n", "- Đảng ủy KTNN;"),
    ("Nơi nhận:\n- Như trên;\n- Công đoàn\nUBND TỈNH;\n- Lưu: VT, TCCB.\n", "- Công đoàn UBND TỈNH;"),
    ("Nơi nhận:\n- Sở Y tế,\n- Ban Giám đốc\nBVĐK;\n- Lưu: VT.\n", "- Ban Giám đốc BVĐK;"),
])
def test_a_list_entrys_abbreviation_wrapped_alone_goes_on_the_entry(raw, entry):
    assert entry in normalise(raw).text.split("\n"), normalise(raw).text


# ---------------------------------------------------------------- the origin map over the corpus


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_origin_invariant_over_corpus(doc_id):
    raw = source_text(doc_id)
    norm = normalise(raw)
    assert origin_problems(raw, norm) == [], f"[{doc_id}]"
    assert unicodedata.is_normalized("NFC", norm.text), f"[{doc_id}] clean text is not NFC"


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_encoding_variants_give_the_same_text(doc_id):
    """NFD, CRLF line ends and Ð for Đ (old fonts, OCR) change nothing after normalisation; origins stay true."""
    raw = source_text(doc_id)
    variant = NFD(raw).replace("\n", "\r\n").replace("Đ", "Ð")
    norm = normalise(variant)
    assert norm.text == normalise(raw).text, f"[{doc_id}]"
    assert origin_problems(variant, norm) == [], f"[{doc_id}]"


def test_source_span_maps_back_to_the_raw_words():
    raw = "**Số:**\u00a0215/KH-UBND\nKính gửi: Ủy ban nhân dân các xã"
    norm = normalise(raw)
    k = norm.text.index("215/KH-UBND")
    s, e = norm.source_span(k, k + len("215/KH-UBND"))
    assert raw[s:e] == "215/KH-UBND"
    k = norm.text.index("Ủy ban")
    s, e = norm.source_span(k, k + len("Ủy ban"))
    assert raw[s:e] == "Ủy ban"
    assert norm.clean_offset(raw.index("Kính")) == norm.text.index("Kính")


def test_origin_problems_sees_a_broken_map():
    """The checker itself can fail: a shifted map is reported."""
    from extractor.normalise import NormalisedText

    raw = "hoà bình"
    good = normalise(raw)
    shifted = NormalisedText(good.text, (*good.origin[1:-1], good.origin[-2], len(raw)), raw)
    assert origin_problems(raw, shifted)


EDGES = [
    # a word to fix at the text's start and end, the same word again, glued to "_" or to itself
    ("  hoà hợp, hoà\n\tkhoẻ hoàn toàn, hoàhoà", "hòa hợp, hòa khỏe hoàn toàn, hoàhoà"),
    ("# Hoà_Bình", "Hòa_Bình"),
    ("    Điều 1. thuỷ lợi", "Điều 1. thủy lợi"),  # indentation at the text's very start
    ("**khoẻ** và hoà*", "khỏe và hòa"),
    ("a hoà", "a hòa"),
]


@pytest.mark.parametrize(("raw", "clean"), EDGES)
def test_tone_fixes_and_markup_at_the_text_edges(raw, clean):
    """Each word is fixed where it stands, whole words only; markup and indentation at the very start go too."""
    norm = normalise(raw)
    assert norm.text == clean
    assert not origin_problems(raw, norm)


# ---------------------------------------------------------------- line breaks judged by the page layout

WRAPPED = [
    # (text with one break, verdict of the layout, joined?)
    ("a) Chủ trì tham mưu tổ chức Lễ khai mạc;\nchuẩn bị kịch bản và thành phần đại biểu.", True, True),
    ("a) Chủ trì tham mưu tổ chức Lễ khai mạc;\nchuẩn bị kịch bản và thành phần đại biểu.", False, False),
    ("a) Chủ trì tham mưu tổ chức Lễ khai mạc;\nchuẩn bị kịch bản và thành phần đại biểu.", None, False),
    ("3. Lễ phát động tại Nhà văn hóa tổ dân phố\n6, phường Xuân Phú.", True, True),
    ("3. Lễ phát động tại Nhà văn hóa tổ dân phố\n6, phường Xuân Phú.", None, False),
    ("Các đơn vị gửi báo cáo về Ủy ban nhân dân xã (qua Văn phòng\nHĐND và UBND) trước ngày 10/5/2024.", True, True),
    ("Thời gian tổ chức\nTừ ngày 01/10 đến ngày 07/10/2024.", False, False),
    ("Thời gian tổ chức\nTừ ngày 01/10 đến ngày 07/10/2024.", True, True),
    ("- Tuyên truyền trên cổng thông tin;\n- Treo băng rôn.", True, False),  # a list item is never a continuation
    ("gửi về Phòng Giáo dục và Đào tạo theo địa chỉ Email:\nvunv@bc.edu.vn trước ngày 11/10/2021.", True, True),
    ("gửi về Phòng Giáo dục và Đào tạo theo địa chỉ Email:\nvunv@bc.edu.vn trước ngày 11/10/2021.", None, False),
    ("Các đơn vị thực hiện như sau:\na) Tuyên truyền.", True, False),
    # a full line ending on "Số" goes on at its number, though "7, Đường" reads like an OCR'd heading "7."
    ("- Địa điểm: Hội trường Ủy ban nhân dân Quận 7 (Địa chỉ: Số\n7, Đường Tân Phú, Quận 7).", True, True),
    ("- Địa điểm: Hội trường Ủy ban nhân dân Quận 7 (Địa chỉ: Số\n7, Đường Tân Phú, Quận 7).", False, False),
]


@pytest.mark.parametrize(("raw", "wraps", "joined"), WRAPPED)
def test_layout_verdict_decides_line_breaks(raw, wraps, joined):
    line_wraps = {} if wraps is None else {raw.index("\n"): wraps}
    clean = normalise(raw, line_wraps).text
    assert ("\n" not in clean) is joined, clean


# A plain text wrapped at 80 columns (a PDF's text layer copied out), no layout verdict: the paragraph around
# the break is filler of the measure's width, then the line pair under test.
_FILLER = ("Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực\n"
           "hiện nghiêm túc, hiệu quả các nội dung của văn bản này theo đúng quy định hiện\n"
           "hành của pháp luật và báo cáo kết quả thực hiện về cơ quan thường trực.\n")
WRAPPED_PLAIN = [
    # a citation's number or a date carried to the next line
    (("Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số\n"
     "33/TTr-SLĐTBXH ngày 16 tháng 4 năm 2020."), True),
    (("Căn cứ Chỉ thị số 37-CT/TW của Ban Bí thư về xây dựng quan hệ lao động ngày\n"
     "03 tháng 9 năm 2019 và tình hình thực tế của địa phương trong thời gian tới."), True),
    # a numbered clause that fills the measure goes on; one that does not is a heading
    (("Điều 3. Bộ trưởng Bộ Nội vụ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà\n"
     "Nẵng và ông Nguyễn Văn A chịu trách nhiệm thi hành Quyết định này./."), True),
    ("3. Đề nghị Ủy ban Mặt trận Tổ quốc phường\nLồng ghép nội dung tuyên truyền trong sinh hoạt.", False),
    # an ellipsis that cuts a list short ends no sentence when the next line goes on in lower case
    (("tuyên truyền trên các nền tảng số (Zalo, Facebook, Youtube...), pano, áp phích...\n"
      "nhằm lan tỏa rộng rãi thông điệp phòng, chống dịch bệnh trong Nhân dân."), True),
    (("thống kê đầy đủ các hạng mục: nhà văn hóa, sân thể thao, đường giao thông…\n"
      "để làm căn cứ phân bổ kinh phí hỗ trợ năm 2027 theo quy định."), True),
    ("khắc phục hậu quả thiên tai, mưa lũ, sạt lở đất...\nb) Tổng hợp kết quả thực hiện.", False),
    # a full line that ends with ":" or ";" goes on when the next line is in lower case
    (("gửi báo cáo về Sở Xây dựng trước ngày 15/3/2027, trong đó nêu rõ từng công trình:\n"
      "tên, loại hình, quy mô, tổng vốn đầu tư và tiến độ thực hiện."), True),
    ("Các đơn vị báo cáo những nội dung sau:\nsố lượng đoàn viên tham gia.", False),
    # a number that opens a list item stays on its line
    (("Các đơn vị tổ chức thực hiện các nội dung sau đây trong năm học 2024 - 2025\n"
     "2. Tổ chức hội thi cấp trường."), False),
]


@pytest.mark.parametrize(("pair", "joined"), WRAPPED_PLAIN)
def test_plain_text_wrapped_at_a_measure_is_rejoined(pair, joined):
    clean = normalise(_FILLER + pair).text
    last = clean.split("\n")[-1]
    assert (pair.split("\n")[0] in last) is joined, clean


@pytest.mark.parametrize("wraps", [None, False, True])
def test_a_document_number_cut_at_its_code_hyphen_is_one_word_again(wraps):
    # the renderer or the typist broke "5969/QĐ-UBND" at its hyphen; a short line, whatever the layout says
    raw = "nguồn kinh phí đã giao tại Quyết định số 5969/QĐ-\nUBND ngày 28/11/2025 của UBND Thành phố."
    norm = normalise(raw, {} if wraps is None else {raw.index("\n"): wraps})
    assert "Quyết định số 5969/QĐ-UBND ngày 28/11/2025" in norm.text, norm.text
    assert origin_problems(raw, norm) == []


def test_a_markdown_hard_break_leaves_no_column_gap_when_joined():
    # an OCR's markdown ends lines with two spaces; the joined trích yếu must not read as two columns
    raw = "Số: 15/PGDĐT-TH\n\nV/v hướng dẫn tổ chức Hội thi  \ngiáo viên dạy giỏi cấp huyện  \n\nKính gửi: các trường"
    norm = normalise(raw)
    assert "V/v hướng dẫn tổ chức Hội thi giáo viên dạy giỏi cấp huyện" in norm.text, norm.text
    assert origin_problems(raw, norm) == []
    assert extract_text(raw).record.document.subject == "hướng dẫn tổ chức Hội thi giáo viên dạy giỏi cấp huyện"


@pytest.mark.parametrize("raw,heading", [
    ("7. Các sở, ban, ngành tỉnh,\nỦy ban nhân dân các xã, phường có trách nhiệm:\nXây dựng kế hoạch cụ thể.",
     "7. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường có trách nhiệm:"),
    ("b) Phòng Văn hóa - Thông tin, Trung tâm Văn hóa,\nThể thao và Truyền thanh huyện:\n- Tuyên truyền trên loa.",
     "b) Phòng Văn hóa - Thông tin, Trung tâm Văn hóa, Thể thao và Truyền thanh huyện:"),
    ("III. Công an huyện, Ban Chỉ huy Quân sự huyện,\nHạt Kiểm lâm\n- Phối hợp tuần tra.",
     "III. Công an huyện, Ban Chỉ huy Quân sự huyện, Hạt Kiểm lâm"),
])
def test_a_numbered_heading_cut_after_a_comma_goes_on_below(raw, heading):
    # a heading ends on no comma: its list of bodies goes on on the next line (a short line, no layout known)
    assert normalise(raw).text.split("\n")[0] == heading, normalise(raw).text


_WRAPPED_TWICE = ("Thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành Trung ương Đảng về tiếp\n"
                  "tục xây dựng, hoàn thiện tổ chức bộ máy của hệ thống chính trị trong thời gian tới, Ban chỉ đạo\n"
                  "{rest}\n"
                  "{next} về sắp xếp đơn vị hành chính các cấp và xây dựng mô hình\n"
                  "chính quyền địa phương hai cấp, yêu cầu các địa phương khẩn trương thực hiện các nội dung sau\n"
                  "đây trước ngày 15 tháng 12 năm 2025 để tổng hợp, báo cáo Thủ tướng Chính phủ xem xét, chỉ đạo.")


@pytest.mark.parametrize("rest,nxt", [("của", "Chính phủ"), ("yêu cầu", "Chủ tịch Ủy ban nhân dân các tỉnh"),
                                      ("tại cấp xã", "Khi vận hành chính quyền")])
def test_the_short_rest_of_a_line_wrapped_twice_goes_on(rest, nxt):
    # a text wrapped at a measure and wrapped again narrower leaves a line at the measure and a word or a few of its
    # rest: the rest goes on to the next line as the whole line would have, though that line opens in capitals
    text = normalise(_WRAPPED_TWICE.format(rest=rest, next=nxt)).text
    assert f"Ban chỉ đạo {rest} {nxt} về sắp xếp" in text, text


def test_a_long_heading_of_an_unwrapped_text_stays_a_heading():
    # portal copies put each paragraph on one line: a long heading there is no wrapped line
    text = ("Căn cứ " + "chức năng, nhiệm vụ được giao, các cơ quan tổ chức thực hiện " * 4 + "nghiêm túc.\n"
            "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường\n"
            "Lồng ghép nội dung hưởng ứng Ngày Pháp luật trong sinh hoạt chi hội, chi đoàn.")
    assert normalise(text).text.split("\n")[-1].startswith("Lồng ghép")


def test_the_offset_map_is_a_flat_array_not_a_python_int_per_character():
    # A tuple of Python ints cost ~36 bytes a character (2.3 GB for a 20 MB text); an array of C ints costs 4.
    norm = normalise("KẾ HOẠCH\r\nTổ chức **hội thi**\n" * 50)
    assert memoryview(norm.origin).itemsize <= 4
    assert len(norm.origin) == len(norm.text) + 1 and norm.origin[-1] == len(norm.raw)


def test_double_spaced_text_reads_as_single_spaced():
    # a converter that writes a blank line after every line: the blanks are separators, not paragraph breaks
    single = (_FILLER + "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/8/2022 của UBND tỉnh về tổ chức hội thi cấp\n"
              "tỉnh năm 2022 và tình hình thực tế của các đơn vị trong thời gian vừa qua,\n"
              "Sở Tư pháp đề nghị như sau:\n1. Phòng Tư pháp\n- Tổ chức hội thi.\n- Tuyên truyền.\n- Báo cáo kết quả.")
    double = single.replace("\n", "\n\n")
    assert normalise(double).text == normalise(single).text


def test_paragraphs_apart_by_a_blank_line_keep_their_breaks():
    text = "\n\n".join(["KẾ HOẠCH", "Tổ chức hội thi", "I. MỤC ĐÍCH", "1. Mục đích", "- Nâng cao nhận thức."])
    assert normalise(text).text.count("\n\n") == 4


@pytest.mark.parametrize("stamp", [
    "CÔNG VĂN ĐẾN\nĐẾN Số: 2345\nNgày: 06/6/2024\n",
    "ĐẾN\nSố: 2345\nNgày: 06/6/2024\nChuyển: P.KT\n",
    "CÔNG VĂN ĐẾN Số: 2345\n",
])
def test_incoming_stamp_in_a_text_layer_is_dropped(stamp):
    text = stamp + "UBND TỈNH NINH THUẬN\nSỞ XÂY DỰNG\nSố: 12/SXD-QLN"
    assert normalise(text).text == "UBND TỈNH NINH THUẬN\nSỞ XÂY DỰNG\nSố: 12/SXD-QLN"


@pytest.mark.parametrize("raw,item", [
    ("1.1. Trưởng Ban Chỉ đạo\n\n-\nPhân công, chỉ đạo các thành viên Ban Chỉ đạo.\n",
     "- Phân công, chỉ đạo các thành viên Ban Chỉ đạo."),
    ("b) Phòng Văn hóa - Thông tin\n+\nTổ chức tuyên truyền trên Cổng thông tin điện tử huyện.\n",
     "+ Tổ chức tuyên truyền trên Cổng thông tin điện tử huyện."),
    ("2. Các trường học\n•\nRà soát hồ sơ học sinh, gửi về Phòng trước ngày 15/10.\n",
     "• Rà soát hồ sơ học sinh, gửi về Phòng trước ngày 15/10."),
])
def test_a_list_marker_alone_on_its_line_joins_its_item(raw, item):
    # a web page's copy puts an item's dash on one line and its text on the next
    assert item in normalise(raw).text.split("\n"), normalise(raw).text


@pytest.mark.parametrize("raw,line", [
    # a web page wrapped each item after its first word
    ("- Phối hợp với các đơn vị:\n\n+ Sở\nXây dựng: hướng dẫn kiểm kê công trình giao thông.\n",
     "+ Sở Xây dựng: hướng dẫn kiểm kê công trình giao thông."),
    ("2. Các phòng chuyên môn\n- Phòng\nTài chính - Kế hoạch bố trí kinh phí thực hiện.\n",
     "- Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện."),
    # a bracket opened on a line closes on the next
    ("1.3. Các cơ quan chuyên môn (gồm các Sở: Y tế, Giáo dục và Đào tạo, Văn hóa,\nThể thao và Du lịch)\n",
     "1.3. Các cơ quan chuyên môn (gồm các Sở: Y tế, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch)"),
    ("b) Các đơn vị sự nghiệp (trường học, trạm y tế,\nNhà văn hóa các thôn)\n",
     "b) Các đơn vị sự nghiệp (trường học, trạm y tế, Nhà văn hóa các thôn)"),
])
def test_a_line_that_cannot_end_there_goes_on(raw, line):
    assert line in normalise(raw).text.split("\n"), normalise(raw).text


@pytest.mark.parametrize("raw,line", [
    # a date cut before its year: the year opens no numbered item
    ("Căn cứ Luật Giá số 16/2023/QH15 ngày 19 tháng 6 năm\n2023 của Quốc hội;\n",
     "Căn cứ Luật Giá số 16/2023/QH15 ngày 19 tháng 6 năm 2023 của Quốc hội;"),
    ("Căn cứ Công văn số 512/SYT-NVY ngày 02 tháng 10 năm\n2024 của Sở Y tế về tiêm chủng mở rộng;\n",
     "Căn cứ Công văn số 512/SYT-NVY ngày 02 tháng 10 năm 2024 của Sở Y tế về tiêm chủng mở rộng;"),
    ("- Thời gian: từ ngày 05 tháng 3 năm\n2025 đến hết tháng 5.\n", "- Thời gian: từ ngày 05 tháng 3 năm 2025 đến hết tháng 5."),
    # a period or a year cut after its word ("giai đoạn" / "2026-2030;", "đến cuối năm" / "2025;")
    ("Căn cứ Quyết định số 77/QĐ-BYT ngày 12/3/2025 của Bộ Y tế ban hành Chiến lược y tế giai đoạn\n2026-2030;\n",
     "Căn cứ Quyết định số 77/QĐ-BYT ngày 12/3/2025 của Bộ Y tế ban hành Chiến lược y tế giai đoạn 2026-2030;"),
    ("Căn cứ Chương trình công tác từ nay đến cuối năm\n2025;\n", "Căn cứ Chương trình công tác từ nay đến cuối năm 2025;"),
])
def test_a_date_cut_before_its_year_goes_on(raw, line):
    # a portal's copy wraps at a measure the cut line falls short of (the longer lines around it set it)
    measure = ("Căn cứ Nghị định số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 của Chính phủ về kinh\n"
               "doanh xăng dầu và các văn bản hướng dẫn thi hành có liên quan đến lĩnh vực này;\n\n")
    raw = measure * 3 + raw
    assert line in normalise(raw).text.split("\n"), normalise(raw).text


@pytest.mark.parametrize("raw,line", [
    # a number in capitals after "số": no heading of its own
    ("Căn cứ Luật Viễn thông số\n24/2023/QH15;\n\nCăn cứ Nghị định số 15/2020/NĐ-CP;\n",
     "Căn cứ Luật Viễn thông số 24/2023/QH15;"),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Luật số\n87/2025/QH15;\n",
     "Căn cứ Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;"),
    ("Theo đề nghị của Sở Nội vụ tại Tờ trình số\n45/TTr-SNV ngày 02/4/2025.\n",
     "Theo đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 02/4/2025."),
    # a label-like line after "của" / "bởi" goes on the name it completes
    ("Căn cứ Luật số 56/2024/QH15 về sửa đổi, bổ sung một số điều của\nLuật: Chứng khoán, Kế toán, Kiểm toán độc lập;\n",
     "Căn cứ Luật số 56/2024/QH15 về sửa đổi, bổ sung một số điều của Luật: Chứng khoán, Kế toán, Kiểm toán độc lập;"),
    ("Căn cứ Thông tư số 12/2024/TT-BYT được sửa đổi bởi\nThông tư: số 05/2025/TT-BYT;\n",
     "Căn cứ Thông tư số 12/2024/TT-BYT được sửa đổi bởi Thông tư: số 05/2025/TT-BYT;"),
])
def test_a_citation_cut_before_its_number_or_name_goes_on(raw, line):
    assert line in normalise(raw).text.split("\n"), normalise(raw).text


@pytest.mark.parametrize("raw,line", [
    # a body's head word cut from its name after "của" ("… của Bộ" / "Chính trị về …"), short of the measure
    ("Căn cứ Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ\nChính trị về phát triển kinh tế tư nhân;\n",
     "Căn cứ Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân;"),
    ("Thực hiện Kế hoạch số 14-KH/TU của Ban\nThường vụ Tỉnh ủy về chuyển đổi số;\n",
     "Thực hiện Kế hoạch số 14-KH/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi số;"),
    # any head of agencies.yaml, cut after any of its words
    ("Thực hiện Kế hoạch số 21/KH-TTYT của Trung\ntâm Y tế huyện về tiêm chủng;\n",
     "Thực hiện Kế hoạch số 21/KH-TTYT của Trung tâm Y tế huyện về tiêm chủng;"),
    ("Thực hiện Công văn số 88/CV-LĐLĐ của Liên đoàn\nLao động tỉnh về Tháng Công nhân;\n",
     "Thực hiện Công văn số 88/CV-LĐLĐ của Liên đoàn Lao động tỉnh về Tháng Công nhân;"),
    ("Thực hiện Kế hoạch số 09/KH-HĐND của Hội\nđồng nhân dân xã về tiếp xúc cử tri;\n",
     "Thực hiện Kế hoạch số 09/KH-HĐND của Hội đồng nhân dân xã về tiếp xúc cử tri;"),
])
def test_a_head_word_cut_from_its_name_goes_on(raw, line):
    measure = ("Căn cứ Nghị định số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 của Chính phủ về kinh doanh xăng dầu\n"
               "và các văn bản hướng dẫn thi hành có liên quan đến lĩnh vực kinh doanh xăng dầu này;\n\n")
    raw = measure * 3 + raw
    assert line in normalise(raw).text.split("\n"), normalise(raw).text


def test_a_numbered_year_after_a_date_stays_its_own_line():
    raw = "Số liệu tính đến tháng 12 năm\n2024. Kết quả thực hiện\n"
    assert "2024. Kết quả thực hiện" in normalise(raw).text.split("\n")


@pytest.mark.parametrize("title", [
    "KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ TÌNH HÌNH, KẾT\nQUẢ HOẠT ĐỘNG NĂM 2025",
    "NGHỊ QUYẾT\nVỀ PHÁT TRIỂN\nKINH TẾ TƯ NHÂN\nĐẾN NĂM 2030",
])
def test_a_title_in_short_capital_lines_under_its_type_name_is_no_seal(title):
    """A crawl wraps a title in capitals into short lines: under its type name they are the title, not a seal's
    fragments (a run of short capital lines between body lines)."""
    lead = "\n".join(f"Dòng {k} của trang thông tin pháp luật có nội dung dài." for k in range(16))
    raw = f"{lead}\n{title}\nTại phiên họp ngày 28/11/2025, Ban Thường vụ đã nghe báo cáo và kết luận như sau:\n"
    kept = normalise(raw).text.split("\n")
    assert all(line in kept for line in title.split("\n")), kept


@pytest.mark.parametrize(("top", "bottom"), [
    ("Trang chủ > Tin tức > Văn bản điều hành\nNgày đăng: 03/03/2024 | Lượt xem: 86\n\n", "\n\nTải về\n© 2024 Sở Giáo dục"),
    ("Trang chủ / Văn bản\nNgày cập nhật: 11/9/2023 15:02\nIn trang | Chia sẻ\n", (
        "\nFile đính kèm: kh215.pdf\nVăn bản liên quan\nBản quyền thuộc Phòng Giáo dục và Đào tạo.")),
])
@pytest.mark.parametrize("header", [None, ""])
def test_a_portal_pages_chrome_around_the_letter_goes(top, bottom, header):
    # a letter copied with the page around it: the post date is no issue date, the last line is no signer's name
    letter = directive(closing="Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTrần Thị Chiễm",
                       **({} if header is None else {"header": header}))
    plain = extract_text(letter).record.model_dump(mode="json")
    paged = extract_text(top + letter + bottom).record.model_dump(mode="json")
    assert {k: paged[k] for k in ("document", "signer", "distribution")} == {
        k: plain[k] for k in ("document", "signer", "distribution")}


def test_a_chrome_word_inside_the_letter_stays():
    text = "UBND TỈNH X\nSố: 1/KH-UBND\nTải về mẫu đăng ký tại Cổng thông tin.\nLưu: VT."
    assert normalise(text).text == text


# ---------------------------------------------------------------- a code's T read as I

MISREAD_T = [
    ("Căn cứ Tờ trình số 87/TIr-PGDĐT ngày 05/3/2024 của Phòng", "Căn cứ Tờ trình số 87/TTr-PGDĐT ngày 05/3/2024 của Phòng"),
    ("Thực hiện Chương trình số 01-CIr/ĐTN của Ban Thường vụ", "Thực hiện Chương trình số 01-CTr/ĐTN của Ban Thường vụ"),
    ("Căn cứ Tờ trình số 5/ITr-UBND;", "Căn cứ Tờ trình số 5/TTr-UBND;"),
    # the document's own number is left to the check against its type name, which tells the clerk
    ("Số: 18/TIr-UBND", "Số: 18/TIr-UBND"),
    # no number before it: a word, not a code
    ("TIr-x và THIr", "TIr-x và THIr"),
]


@pytest.mark.parametrize(("raw", "clean"), MISREAD_T)
def test_a_cited_codes_t_read_as_i_is_mended(raw, clean):
    norm = normalise(raw)
    assert norm.text == clean
    assert list(norm.origin) == list(range(len(raw) + 1))  # a letter for a letter: the evidence stays in place


# A portal's page converted to markdown keeps the header and the closing as one table row whose cells break their
# lines with <br>: the page's lines come back side by side, so the closing's Nơi nhận entries and the signer are read
# (and the header still is), with evidence on the raw words.
_BR_HEADER = ("| | |\n|---|---|\n| **ỦY BAN NHÂN DÂN**<br>**XÃ TÂN PHÚ**<br>Số: 41/KH-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
              "VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>*Tân Phú, ngày 03 tháng 3 năm 2026* |\n\n"
              "# KẾ HOẠCH\n\n**Tổ chức Ngày hội văn hóa các dân tộc năm 2026**\n\n")
_BR_BODY = ("I. MỤC ĐÍCH\n\n- Giữ gìn bản sắc văn hóa.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Văn hóa - Xã hội xã\n\n"
            "- Chủ trì tổ chức Ngày hội.\n\n")


@pytest.mark.parametrize("closing,distribution,title,name", [
    ("| ***Nơi nhận:***<br>- Thường trực Đảng ủy;<br>- Các thôn;<br>- Lưu: VT. | **CHỦ TỊCH**<br><br><br>**Lê Văn Hòa** |",
     ["Thường trực Đảng ủy", "Các thôn"], "CHỦ TỊCH", "Lê Văn Hòa"),
    (("| **Nơi nhận:**<br/>- UBND huyện (b/c);<br/>- Các trường học;<br/>- Trạm Y tế xã;<br/>- Lưu: VP. | "
      "**TM. ỦY BAN NHÂN DÂN**<br/>**KT. CHỦ TỊCH**<br/>**PHÓ CHỦ TỊCH**<br/><br/>**Trần Thị Mai** |"),
     ["UBND huyện", "Các trường học", "Trạm Y tế xã"], "PHÓ CHỦ TỊCH", "Trần Thị Mai"),
    ("| | |\n|---|---|\n| *Nơi nhận:*<br>- Các chi hội;<br>- Lưu: VT. | **TRƯỞNG BAN**<br><br>**Nguyễn Văn An** |",
     ["Các chi hội"], "TRƯỞNG BAN", "Nguyễn Văn An"),
])
def test_a_markdown_rows_cells_broken_with_br_read_line_by_line(closing, distribution, title, name):
    raw = _BR_HEADER + _BR_BODY + closing + "\n"
    norm = normalise(raw)
    assert all(a <= b for a, b in zip(norm.origin, norm.origin[1:], strict=False))  # offsets stay in order
    extraction = extract_text(raw)
    record = extraction.record.to_json()
    assert record["document"]["number"] == "41/KH-UBND"
    assert record["document"]["issue_date"] == "2026-03-03"
    assert [d for d in record["distribution"]] == distribution
    assert (record["signer"]["title"], record["signer"]["name"]) == (title, name)
    assert all(not b["agency"].startswith(("Thường trực", "UBND huyện", "Như trên")) for b in record["assignments"])
    bad = [p for p in evidence_problems(extraction) if p.startswith(("/distribution", "/signer", "/document"))]
    assert not bad, bad


# A PDF text layer splitting words by stray spaces: a line with two lone fragments or more has its split words
# joined where the joined form is a syllable of the word list (or capitals of an abbreviation); other lines stay.
@pytest.mark.parametrize(("raw", "clean"), [
    ("N am Đ ịnh, ngày 14 tháng 3 năm 2019", "Nam Định, ngày 14 tháng 3 năm 2019"),
    ("ỦY B AN NHÂN D Â N T Ỉ NH", "ỦY BAN NHÂN DÂN TỈNH"),
    ("- S ở Gi á o d ụ c và Đ à o tạ o ;", "- Sở Giáo dục và Đào tạo ;"),
    ("- V P U B : C á c P V P ;", "- VPUB : Các PVP ;"),
    ("Số: 57/KH - U B ND", "Số: 57/KH - UBND"),
    ("- Hội Cự u Th a nh n i ên T P ;", "- Hội Cựu Thanh niên TP ;"),
])
def test_words_split_by_stray_spaces_are_joined(raw, clean):
    assert normalise(raw).text == clean


@pytest.mark.parametrize("line", [
    "Thực hiện điểm b khoản 2 Điều 5 của Nguyễn Văn A và Trần Thị B tại TP HCM.",
    "Phân loại A B theo hạng, ông Lê Văn C làm chủ nhiệm",
    "Ủy ban nhân dân Thành phố Hồ Chí Minh",
])
def test_lines_without_split_words_are_left_alone(line):
    assert normalise(line).text == line


def test_joined_words_keep_their_source_offsets():
    raw = "Kính gửi: S ở T à i c h í nh t ỉ nh"
    norm = normalise(raw)
    assert norm.text == "Kính gửi: Sở Tài chính tỉnh"
    at = norm.text.index("Tài")
    assert raw[slice(*norm.source_span(at, at + len("Tài chính")))] == "T à i c h í nh"


@pytest.mark.parametrize("noise", ["2", "- 3 -", "Trang 4"])
def test_double_spaced_text_with_noise_lines_reads_as_single_spaced(noise):
    # the page numbers a converter left between the lines go too; the blank lines around them are still separators
    items = "\n".join(f"- Tổ chức hoạt động số {k} tại các đơn vị.\n{noise}" for k in range(1, 6))
    single = (_FILLER + "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/8/2022 của UBND tỉnh về tổ chức hội thi cấp\n"
              "tỉnh năm 2022 và tình hình thực tế của các đơn vị trong thời gian vừa qua,\n"
              "Sở Tư pháp đề nghị như sau:\n1. Phòng Tư pháp\n" + items + "\n- Báo cáo kết quả.")
    double = single.replace("\n", "\n\n")
    assert normalise(double).text == normalise(single).text
