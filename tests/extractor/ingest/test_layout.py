"""Line wraps from the page layout (extractor/ingest/layout.py: measure_line_wraps) and their use downstream.

A page is built from word boxes as a reader reports them (x in pixels, text block from x=300 to x=2200,
words 30 px high, spaces 15 px): each row below is (left x of the line, its words as (text, width)).
"""

from __future__ import annotations

from extractor.ingest.layout import DocumentBuilder, RawWord
from extractor.pipeline import extract_source

SPACE = 15


def _line(y: float, x: float, words: list[tuple[str, float]]) -> list[RawWord]:
    out = []
    for text, width in words:
        out.append(RawWord(text, x, y, x + width, y + 30))
        x += width + SPACE
    return out


def _filled(words: list[str], x0: float, x1: float) -> list[tuple[str, float]]:
    """Words spread so that the line runs from x0 to x1 (a justified line)."""
    width = (x1 - x0 - SPACE * (len(words) - 1)) / len(words)
    return [(w, width) for w in words]


def _page(rows: list[tuple[float, list[tuple[str, float]]]]):
    builder = DocumentBuilder("image/png")
    builder.add_page([_line(100 + 50 * i, x, words) for i, (x, words) in enumerate(rows)],
                     width=2480, height=3508, method="ocr")
    return builder.build()


BODY = [(300, _filled(["Nội", "dung", "khác", "của", "văn", "bản", "này."], 300, 2200))] * 6


def _breaks(source) -> dict[str, bool]:
    """Verdict per break, keyed by the text of the line above it."""
    out = {}
    for offset, wraps in source.line_wraps.items():
        line_start = source.text.rfind("\n", 0, offset) + 1
        out[source.text[line_start:offset]] = wraps
    return out


def test_a_line_that_leaves_no_room_for_the_next_word_wraps():
    source = _page([
        (420, _filled(["Lễ", "khai", "mạc", "tổ", "chức", "tại", "Nhà", "văn", "hóa", "tổ", "dân", "phố"], 420, 2200)),
        (300, [("6,", 40), ("phường", 150), ("Xuân", 110), ("Phú.", 100)]),
        # Ragged right: ends at 2050, but the next line's first word (160 px) would not have fitted.
        (300, _filled(["Các", "đơn", "vị", "gửi", "báo", "cáo", "về"], 300, 2050)),
        (300, [("Phòng", 160), ("Giáo", 110), ("dục.", 100)]),
        # Ends at 1500: the next line's first word would have fitted, so the writer broke the line.
        (300, _filled(["Thời", "gian", "thực", "hiện"], 300, 1500)),
        (300, [("Từ", 60), ("ngày", 100)]),
        *BODY,
    ])
    verdicts = _breaks(source)
    assert verdicts["Lễ khai mạc tổ chức tại Nhà văn hóa tổ dân phố"] is True
    assert verdicts["6, phường Xuân Phú."] is False
    assert verdicts["Các đơn vị gửi báo cáo về"] is True
    assert verdicts["Thời gian thực hiện"] is False


def test_a_short_line_ending_on_a_comma_goes_on_at_the_left_edge():
    # a hard break inside a clause (the writer's, or a copy's): the next line starts at the block's edge,
    # where no paragraph's indented first line does; indented, it is a new paragraph
    source = _page([
        (300, _filled(["Trung", "Quốc,", "Ấn", "Độ,", "Cộng", "hoà", "Liên", "bang", "Nga,"], 300, 1500)),
        (300, _filled(["Ban", "Tuyên", "giáo", "phối", "hợp", "chỉ", "đạo", "triển", "khai."], 300, 2200)),
        (300, _filled(["các", "đơn", "vị", "liên", "quan,"], 300, 1200)),
        (420, _filled(["Các", "Sở", "thực", "hiện."], 420, 1400)),
        *BODY,
    ])
    verdicts = _breaks(source)
    assert verdicts["Trung Quốc, Ấn Độ, Cộng hoà Liên bang Nga,"] is True
    assert verdicts["các đơn vị liên quan,"] is False


def test_a_centred_line_never_wraps_into_the_next():
    # The signer's block: lines centred in the right half, the first reaching the right edge.
    source = _page([*BODY, (1500, _filled(["KT.", "CHỦ", "TỊCH"], 1500, 2200)),
                    (1550, _filled(["PHÓ", "CHỦ", "TỊCH"], 1550, 2150))])
    assert _breaks(source)["KT. CHỦ TỊCH"] is False


def test_a_page_with_few_lines_gives_no_verdict():
    source = _page([(300, _filled(["Nơi", "nhận:"], 300, 600)), (300, [("-", 20), ("Như", 80), ("trên;", 100)])])
    assert source.line_wraps == {}


def test_a_wrapped_venue_that_goes_on_with_a_number_is_read_whole():
    # Without the layout, a line break before "6, phường" ends the venue (a number may start an item).
    source = _page([
        (1000, [("KẾ", 60), ("HOẠCH", 160)]),
        (700, _filled(["Tổ", "chức", "Tuần", "lễ", "ra", "quân", "làm", "sạch", "môi", "trường", "năm", "2023"], 700, 1900)),
        (420, _filled(["3.", "Lễ", "phát", "động:", "vào", "lúc", "7", "giờ", "00", "phút", "ngày", "29/4/2023", "tại",
                       "Nhà", "văn", "hóa", "tổ", "dân", "phố"], 420, 2200)),
        (300, [("6,", 40), ("phường", 150), ("Xuân", 110), ("Phú.", 100)]),
        *BODY,
    ])
    ceremony = extract_source(source).record.event.opening_ceremony
    assert (ceremony.date, ceremony.venue) == ("2023-04-29", "Nhà văn hóa tổ dân phố 6, phường Xuân Phú")


def test_a_paragraph_goes_on_over_a_page_break_past_the_page_number():
    builder = DocumentBuilder("image/png")
    first = [*BODY, *BODY, (300, _filled(["Tham", "mưu", "văn", "bản", "chỉ", "đạo;", "phối", "hợp", "với"], 300, 2200))]
    second = [(1230, [("2", 20)]),  # the page number, centred above the text
              (300, [("Hội", 80), ("Khuyến", 150), ("học", 90), ("tỉnh", 90), ("triển", 120), ("khai.", 110)]),
              *BODY]
    for rows in (first, second):
        builder.add_page([_line(100 + 50 * i, x, words) for i, (x, words) in enumerate(rows)],
                         width=2480, height=3508, method="ocr")
    source = builder.build()
    assert _breaks(source)["Tham mưu văn bản chỉ đạo; phối hợp với"] is True
    assert "chỉ đạo; phối hợp với Hội Khuyến học tỉnh triển khai." in extract_source(source).text


def test_words_read_twice_are_kept_once():
    # The ink under a seal read again in sparse mode comes back as a line of its own over the same words; the
    # closing's split would interleave it ("KT. KT. CHỦ CHỦ TỊCH TỊCH").
    from extractor.ingest.layout import drop_duplicate_words, split_closing_columns

    first = [RawWord("-", 400, 1226, 413, 1230, 0.93), RawWord("Như", 427, 1206, 505, 1239, 0.96),
             RawWord("KT.", 1593, 1206, 1680, 1244, 0.96), RawWord("CHỦ", 1698, 1195, 1815, 1246, 0.96),
             RawWord("TỊCH", 1832, 1206, 1967, 1255, 0.6)]
    again = [RawWord("KT.", 1593, 1207, 1679, 1245, 0.94), RawWord("CHỦ", 1699, 1200, 1815, 1245, 0.96),
             RawWord("TICH", 1833, 1207, 1968, 1256, 0.95)]
    noi_nhan = [RawWord("Nơi", 400, 1150, 470, 1190, 0.9), RawWord("nhận:", 480, 1150, 580, 1190, 0.9),
                RawWord("TM.", 1500, 1150, 1580, 1190, 0.9), RawWord("UBND", 1600, 1150, 1760, 1190, 0.9)]
    lines = drop_duplicate_words([noi_nhan, first, again])
    texts = [" ".join(w.text for w in line) for line in split_closing_columns(lines, 2480)]
    assert texts == ["Nơi nhận:", "- Như", "TM. UBND", "KT. CHỦ TICH"]  # the surer reading of each word, once


def test_a_word_whose_box_took_in_the_line_below_stays_on_its_line():
    # A slanted Nơi nhận list: "Như" boxed twice as tall as "Điều 3;" (a descender of the line below in its box),
    # its centre below the line's core. It went to a line of its own, after the entry: "- Điều 3;" / "Như".
    from extractor.ingest.layout import split_closing_columns

    noi_nhan = [RawWord("Nơi", 354, 2240, 431, 2275, 0.97), RawWord("nhận:", 445, 2239, 566, 2285, 0.97),
                RawWord("TM.", 1495, 2244, 1595, 2282, 0.97), RawWord("UBND", 1611, 2233, 1800, 2281, 0.97)]
    entry = [RawWord("-", 356, 2323, 368, 2327, 0.82), RawWord("Như", 384, 2303, 463, 2370, 0.95),
             RawWord("Điều", 475, 2302, 560, 2337, 0.87), RawWord("3;", 575, 2304, 606, 2341, 0.66),
             RawWord("KT.", 1620, 2316, 1708, 2353, 0.95), RawWord("CHỦ", 1726, 2306, 1842, 2353, 0.95),
             RawWord("TỊCH", 1858, 2316, 1995, 2363, 0.96)]
    below = [RawWord("-", 356, 2443, 368, 2447, 0.93), RawWord("TT", 381, 2425, 437, 2456, 0.97),
             RawWord("Tỉnh", 448, 2423, 533, 2456, 0.97), RawWord("ủy;", 547, 2423, 602, 2465, 0.97)]
    texts = [" ".join(w.text for w in line) for line in split_closing_columns([noi_nhan, entry, below], 2480)]
    assert texts == ["Nơi nhận:", "- Như Điều 3;", "- TT Tỉnh ủy;", "TM. UBND", "KT. CHỦ TỊCH"]


def test_words_whose_boxes_overlap_keep_their_reading_order():
    # A seal's rim widened the box of "TRƯỞNG," over "BỘ" to its left (a real scan's signer line read again):
    # ordered by their left edges they read "KT. TRƯỞNG, BỘ CHỦ NHIỆM"; by their centres, as printed.
    from extractor.ingest.layout import cluster_lines

    words = [RawWord("KT.", 1358, 2202, 1446, 2241, 0.97), RawWord("TRƯỞNG,", 1464, 2190, 1812, 2255, 0.96),
             RawWord("BỘ", 1485, 2187, 1544, 2258, 0.97), RawWord("CHỦ", 1830, 2190, 1950, 2241, 0.96),
             RawWord("NHIỆM", 1965, 2197, 2153, 2251, 0.96)]
    assert [w.text for w in cluster_lines(words)[0]] == ["KT.", "BỘ", "TRƯỞNG,", "CHỦ", "NHIỆM"]


def test_neighbouring_words_are_not_duplicates():
    from extractor.ingest.layout import drop_duplicate_words

    line = [RawWord("Số:", 200, 100, 260, 130, 0.9), RawWord("17", 258, 100, 300, 130, 0.5)]  # boxes touch
    below = [RawWord("V/v", 200, 126, 260, 156, 0.9)]  # a descender's reach into the line below
    assert drop_duplicate_words([line, below]) == [line, below]


def test_a_tighter_second_reading_of_a_word_is_kept_once():
    # A re-read of the seal area boxes the name tighter; the two readings differ in a tone mark or a cut ending.
    from extractor.ingest.layout import drop_duplicate_words

    first = [RawWord("Lễ", 1500, 2000, 1580, 2060, 0.5), RawWord("Thua", 1700, 2000, 1900, 2060, 0.4)]
    again = [RawWord("Lê", 1510, 2010, 1560, 2050, 0.9), RawWord("Thuận", 1705, 2008, 1830, 2052, 0.9)]
    lines = drop_duplicate_words([first, again])
    assert [w.text for line in lines for w in line] == ["Lê", "Thuận"]


def test_a_sure_speck_inside_a_word_does_not_replace_it():
    # An accent or a speck read as a word of its own lies inside a real word's box; it is no second reading of
    # that word, however sure Tesseract is of it (the OCR benchmark lost whole words this way).
    from extractor.ingest.layout import drop_duplicate_words

    line = [RawWord("Thành", 200, 100, 330, 140, 0.7), RawWord("phố", 340, 100, 420, 140, 0.8)]
    speck = [RawWord("'", 290, 96, 305, 110, 0.95)]
    assert drop_duplicate_words([line, speck]) == [line, speck]


def _lone(text: str, x: float, y: float, confidence: float = 0.4) -> list[RawWord]:
    return [RawWord(text, x, y, x + 24 * len(text), y + 45, confidence)]


def test_a_page_number_misread_as_letters_is_dropped_with_the_digits():
    from extractor.ingest.layout import drop_page_number

    body = [_line(300 + 60 * i, 300, [("Nội", 80), ("dung", 100)]) for i in range(5)]
    misread = _lone("F¿", 1228, 110)  # a "2" at the top centre, read as letters
    bottom = _lone("3", 1230, 3300)
    kept = drop_page_number([misread, *body, bottom], 2480, 3508)
    assert kept == body
    # a short word at the top that is no page number stays: off centre, more than two letters, or close to the text
    for line in (_lone("2", 300, 110), _lone("KHẨN", 1200, 110), _lone("2", 1228, 280)):
        assert drop_page_number([line, *body], 2480, 3508)[0] == line


def test_a_box_drawn_too_wide_over_its_neighbour_in_the_same_line_is_no_duplicate():
    from extractor.ingest.layout import drop_duplicate_words

    # Tesseract's box for "03/12/2025" runs over the "của" after it; both are words of the one reading.
    line = [RawWord("ngày", 1399, 1368, 1511, 1422, 0.97), RawWord("03/12/2025", 1533, 1368, 1897, 1432, 0.96),
            RawWord("của", 1819, 1351, 1907, 1438, 0.97)]
    assert drop_duplicate_words([line]) == [line]


def test_a_word_read_twice_within_one_line_is_kept_once():
    from extractor.ingest.layout import drop_duplicate_words

    line = [RawWord("Căn", 100, 100, 180, 140, 0.97), RawWord("Luật", 200, 100, 300, 140, 0.9),
            RawWord("Luật", 204, 101, 301, 141, 0.95), RawWord("số", 320, 100, 370, 140, 0.97)]
    assert [w.text for w in drop_duplicate_words([line])[0]] == ["Căn", "Luật", "số"]
