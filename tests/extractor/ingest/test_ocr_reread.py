"""Doubtful OCR lines are read again at a larger letter size (extractor.ingest.ocr.reread_doubtful)."""

from __future__ import annotations

import cv2
import pytest
from ingest_helpers import FONT, rgb, text_image
from PIL import ImageFont

from extractor.ingest.layout import RawWord
from extractor.ingest.ocr import NUMBER_PATTERNS, OcrOptions, _engine, reread_doubtful, user_words_file

TEXT = "Căn cứ Luật số 112/2025/QH15 ngày 10 tháng 12 năm 2025;"
SIZE = 30


def _page_and_box() -> tuple:
    grey = cv2.cvtColor(rgb(text_image([TEXT], size=SIZE, width=1300)), cv2.COLOR_RGB2GRAY)
    x0, y0, x1, y1 = ImageFont.truetype(FONT, SIZE).getbbox(TEXT)
    return grey, (SIZE + x0, SIZE + y0, SIZE + x1, SIZE + y1)


def _line(text: str, box: tuple, confidence: float) -> list[RawWord]:
    """One word box per word, spread evenly over the line's box."""
    words = text.split()
    x0, y0, x1, y1 = box
    step = (x1 - x0) / len(words)
    return [RawWord(w, x0 + i * step, y0, x0 + (i + 1) * step - 4, y1, confidence) for i, w in enumerate(words)]


def test_a_doubtful_line_is_replaced_by_its_surer_larger_reading():
    grey, box = _page_and_box()
    misread = "Căn cứ Luật sô 112/2025QH15 ngày l0 tháng 12 năm 2025,"
    lines = reread_doubtful(grey, [_line(misread, box, 0.4)], OcrOptions(), None, 1)
    text = " ".join(w.text for w in lines[0])
    assert text != misread
    assert "Luật số 112/2025" in text and "ngày 10 tháng" in text and text.endswith(";")
    assert all((w.confidence or 0) > 0.4 for w in lines[0])
    assert lines[0][0].x0 == pytest.approx(box[0], abs=SIZE)  # boxes come back in the page's pixels


def test_a_sure_line_and_a_line_that_reads_as_another_are_kept():
    grey, box = _page_and_box()
    sure = _line("Căn cứ Luật sô 112/2025QH15 ngày 10 tháng 12 năm 2025,", box, 0.9)
    assert reread_doubtful(grey, [sure], OcrOptions(), None, 1) == [sure]
    other = _line("Điều 2. Quyết định này có hiệu lực thi hành", box, 0.4)
    assert reread_doubtful(grey, [other], OcrOptions(), None, 1) == [other]


def test_tesseract_gets_the_lexicon_as_user_words_and_the_number_shapes_as_patterns():
    words = user_words_file()
    with open(words, encoding="utf-8") as handle:
        listed = set(handle.read().split())
    assert {"nghị", "Nghị", "NGHỊ", "quyết"} <= listed
    with open(NUMBER_PATTERNS, encoding="utf-8") as handle:
        assert r"\d*/\d\d\d\d/\A*-\A*" in handle.read().split()
    engine = _engine("vie", 1)
    assert engine.GetVariableAsString("user_words_file") == words
    assert engine.GetVariableAsString("user_patterns_file") == str(NUMBER_PATTERNS)


def test_only_the_least_sure_lines_of_a_badly_read_page_are_read_again(monkeypatch):
    from extractor.ingest import ocr as ocr_mod

    grey, box = _page_and_box()
    lines = [_line(f"dòng đọc kém số {i}", box, 0.3 + i / 100) for i in range(12)]
    crops: list[int] = []
    monkeypatch.setattr(ocr_mod, "_tesseract_words", lambda canvas, *a: crops.append(canvas.shape[0]) or [])
    monkeypatch.setattr(ocr_mod, "text_scale", lambda grey: 1.0)
    monkeypatch.setattr(ocr_mod.cv2, "resize", lambda img, *a, **k: (crops.append(-1), img)[1])  # one per line
    reread_doubtful(grey, lines, OcrOptions(), None, 1)
    assert crops.count(-1) == ocr_mod.REREAD_MAX_LINES


def _words_of(text: str, parts: list[str], size: int) -> list[list[RawWord]]:
    """Word boxes of ``parts`` (pieces of ``text`` as Tesseract returned them, one line each), as text_image draws."""
    font = ImageFont.truetype(FONT, size)
    _, top, _, bottom = font.getbbox(text)
    lines, at = [], 0
    for part in parts:
        line = []
        for word in part.split():
            at = text.index(word, at)
            x0, x1 = font.getlength(text[:at]), font.getlength(text[: at + len(word)])
            line.append(RawWord(word, size + x0, size + top, size + x1, size + bottom, 0.95))
            at += len(word)
        lines.append(line)
    return lines


def test_a_line_a_mark_broke_is_read_again_whole():
    # Tesseract's layout cut the line around a seal's rim: "TRƯ" unread between two confident pieces
    text = "KT. BỘ TRƯỞNG, CHỦ NHIỆM"
    grey = cv2.cvtColor(rgb(text_image([text], size=SIZE, width=900)), cv2.COLOR_RGB2GRAY)
    pieces = _words_of(text, ["KT. BỘ", "ỞNG, CHỦ NHIỆM"], SIZE)
    lines = reread_doubtful(grey, pieces, OcrOptions(), None, 1)
    assert [" ".join(w.text for w in line) for line in lines] == [text]


def test_a_whole_line_with_paper_beside_it_is_not_read_again(monkeypatch):
    from extractor.ingest import ocr as ocr_mod

    text = "KT. BỘ TRƯỞNG, CHỦ NHIỆM"
    grey = cv2.cvtColor(rgb(text_image([text], size=SIZE, width=900)), cv2.COLOR_RGB2GRAY)
    whole = _words_of(text, [text], SIZE)
    assert ocr_mod.broken_lines(grey, whole) == []
    monkeypatch.setattr(ocr_mod, "_tesseract_words", lambda *a: pytest.fail("read again"))
    assert reread_doubtful(grey, whole, OcrOptions(), None, 1) == whole


def test_a_garbled_run_of_a_line_read_across_two_columns_is_read_again_alone():
    # The closing read as one line: "- Như trên;" came out as garbage beside the signer's well-read title.
    text = "- Như trên;" + " " * 40 + "PHÓ CHỦ NHIỆM"
    grey = cv2.cvtColor(rgb(text_image([text], size=SIZE, width=1400)), cv2.COLOR_RGB2GRAY)
    [words] = _words_of(text, [" ".join(text.split())], SIZE)
    garbled = [RawWord(t, w.x0, w.y0, w.x1, w.y1, 0.1) for t, w in zip(["thờ", "g", "hiệp"], words[:3], strict=True)]
    lines = reread_doubtful(grey, [garbled + words[3:]], OcrOptions(), None, 1)
    assert [" ".join(w.text for w in line) for line in lines] == ["- Như trên; PHÓ CHỦ NHIỆM"]
    assert all(a is b for a, b in zip(lines[0][3:], words[3:], strict=True))  # the sure run is kept as read


def _entry_beside_title() -> tuple:
    """The closing read as one line: a Nơi nhận entry beside the signer's title, the entry read as one wide "c"."""
    text = "- Bộ LĐTBXH (b/c);" + " " * 40 + "PHÓ CHỦ TỊCH"
    grey = cv2.cvtColor(rgb(text_image([text], size=SIZE, width=1400)), cv2.COLOR_RGB2GRAY)
    [words] = _words_of(text, [" ".join(text.split())], SIZE)
    entry, title = words[:4], words[4:]
    wide = RawWord("c", entry[0].x0, entry[0].y0, entry[-1].x1, entry[-1].y1, 0.34)
    return grey, wide, title


def test_an_entry_read_as_one_wide_letter_is_read_again():
    # One letter in a box as wide as a phrase is no reading, however short its text.
    grey, wide, title = _entry_beside_title()
    lines = reread_doubtful(grey, [[wide, *title]], OcrOptions(), None, 1)
    assert " ".join(w.text for w in lines[0]).startswith("- Bộ LĐTBXH")
    assert all(a is b for a, b in zip(lines[0][-3:], title, strict=True))


def test_of_an_unread_runs_new_reading_only_the_sure_words_are_kept(monkeypatch):
    # A degraded scan's "(b/c)" read "(/€)" at 0.32: the entry's words at 0.92 replace the unread run, without it
    # (its mean, 0.68, is under the 0.9 a garbled run's new reading needs as a whole).
    from extractor.ingest import ocr as ocr_mod

    read = ocr_mod._tesseract_words

    def degraded(*args):
        return [[RawWord("(/€);" if w.text.startswith("(") else w.text, w.x0, w.y0, w.x1, w.y1,
                         0.32 if w.text.startswith("(") else 0.92) for w in line] for line in read(*args)]

    monkeypatch.setattr(ocr_mod, "_tesseract_words", degraded)
    grey, wide, title = _entry_beside_title()
    lines = reread_doubtful(grey, [[wide, *title]], OcrOptions(), None, 1)
    assert " ".join(w.text for w in lines[0]) == "- Bộ LĐTBXH PHÓ CHỦ TỊCH"
