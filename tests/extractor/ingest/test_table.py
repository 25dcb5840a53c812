"""Ruled tables on a scanned page (extractor/ingest/table.py): the grid from the page's rules, words into cells.

The pages are drawn here: white paper, black rules 3 px wide, as a 300 dpi scan of a landscape table would show
them; the words are boxes as Tesseract reports them, read across the columns line by line (the order that mixed a
row's task with its agency before).
"""

from __future__ import annotations

import cv2
import numpy as np

from extractor.ingest.layout import DocumentBuilder, RawWord
from extractor.ingest.table import find_grid, table_lines

W, H = 2400, 1600
COLUMNS = [100, 300, 1300, 1900, 2300]  # STT | task | lead | deadline
ROWS = [200, 300, 700, 1100, 1500]  # title row, then three rows


def _page(merged_first_cell: bool = True) -> np.ndarray:
    page = np.full((H, W), 255, np.uint8)
    for x in COLUMNS:
        cv2.line(page, (x, ROWS[0]), (x, ROWS[-1]), 0, 3)
    for y in ROWS:
        cv2.line(page, (COLUMNS[0], y), (COLUMNS[-1], y), 0, 3)
    if merged_first_cell:  # the STT cell of rows 2 and 3 is one cell: no rule between them in the first column
        cv2.line(page, (COLUMNS[0] + 3, ROWS[3]), (COLUMNS[1] - 3, ROWS[3]), 255, 5)
    cv2.putText(page, "3", (1200, 120), cv2.FONT_HERSHEY_SIMPLEX, 2, 0, 4)  # the page number above the table
    return page


def _words(y: int, *cells: tuple[int, str]) -> list[RawWord]:
    """One physical line of words across the table: (x of the first word, text) per cell."""
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(RawWord(word, x, y, x + 24 * len(word), y + 40, 0.9))
            x += 24 * len(word) + 16
    return out


def _text(lines) -> str:
    builder = DocumentBuilder("image/png")
    builder.add_page(lines, width=W, height=H, method="ocr")
    return builder.build().text


LINES = [
    [RawWord("3", 1200, 80, 1240, 130, 0.9)],
    _words(230, (120, "STT"), (320, "Nhiệm vụ"), (1320, "Cơ quan chủ trì"), (1920, "Thời hạn")),
    _words(330, (120, "1."), (320, "Rà soát quy chế"), (1320, "Sở Tư pháp"), (1920, "6/2027"))
    + [RawWord("|", 1290, 330, 1302, 370, 0.4)],  # the rule read as a bar
    _words(390, (320, "phối hợp liên ngành"), (1320, "Đề nghị Tòa án")),
    _words(730, (120, "2."), (320, "Ban hành quy trình"), (1320, "Bộ Công an"), (1920, "12/2027")),
    _words(1130, (320, "Tổ chức tập huấn"), (1320, "Ngân hàng"), (1920, "Năm 2026"))
    + [RawWord("Nhà", 1560, 1105, 1630, 1145, 0.9)],  # an accented capital's box stands higher than its line
    _words(1190, (1320, "nước Việt Nam")),
]


def test_a_ruled_table_is_read_row_by_row_with_its_cells_apart():
    grid = find_grid(_page())
    assert grid is not None
    assert [round(x / 10) for x in grid.columns] == [10, 30, 130, 190, 230]
    assert _text(table_lines(LINES, grid)).split("\n") == [
        "3",
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn",
        "1.\tRà soát quy chế phối hợp liên ngành\tSở Tư pháp Đề nghị Tòa án\t6/2027",
        "2.\tBan hành quy trình\tBộ Công an\t12/2027",
        "\tTổ chức tập huấn\tNgân hàng Nhà nước Việt Nam\tNăm 2026",  # the merged STT cell is given in its first row only
    ]


def test_a_page_without_a_grid_keeps_its_lines():
    page = np.full((H, W), 255, np.uint8)
    cv2.line(page, (900, 300), (1500, 300), 0, 3)  # the rule under a header's issuer
    cv2.rectangle(page, (200, 600), (1000, 900), 0, 3)  # a framed stamp: one cell, no table
    assert find_grid(page) is None


def test_a_row_parts_where_a_blank_band_crosses_it_and_each_part_has_its_own_lead():
    lines = [
        _words(230, (120, "STT"), (320, "Nhiệm vụ"), (1320, "Cơ quan chủ trì"), (1920, "Thời hạn")),
        # row 1: two items with no rule between them, each beside its lead body
        _words(330, (120, "1."), (320, "Thiết lập cơ chế phối hợp giữa:"), (1920, "Liên tục")),
        _words(390, (320, "- Bộ Công an và Viện kiểm sát"), (1320, "Bộ Công an")),
        _words(560, (320, "- Bộ Công an và Bộ Tài chính"), (1320, "Bộ Tài chính")),
        # row 2: the lead body centred in the row's height, below a blank band: one row still
        _words(730, (120, "2."), (320, "Ban hành quy trình")),
        _words(900, (1320, "Bộ Công an"), (1920, "12/2027")),
    ]
    assert _text(table_lines(lines, find_grid(_page()))).split("\n")[1:] == [
        "1.\tThiết lập cơ chế phối hợp giữa: - Bộ Công an và Viện kiểm sát\tBộ Công an\tLiên tục",
        "\t- Bộ Công an và Bộ Tài chính\tBộ Tài chính",
        "2.\tBan hành quy trình\tBộ Công an\t12/2027",
    ]
