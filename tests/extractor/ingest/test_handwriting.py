"""The handwritten header digits: recogniser accuracy on held-out digits, and locator + recogniser on
synthetic header lines (printed labels in a serif font, held-out handwritten digits pasted in the slot)."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractor.ingest.digits import normalise_glyph
from extractor.ingest.handwriting import ACCEPT_CONFIDENCE, UNREAD, read_digits, read_header_digits
from extractor.ingest.layout import RawWord

sklearn_datasets = pytest.importorskip("sklearn.datasets")
FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


@pytest.fixture(scope="module")
def held_out() -> tuple[np.ndarray, np.ndarray]:
    """The UCI digits the training script never saw (index % 5 == 0), as 32×32 ink images."""
    data = sklearn_datasets.load_digits()
    held = np.arange(len(data.images)) % 5 == 0
    images = [np.clip(cv2.resize(img / 16.0, (32, 32), interpolation=cv2.INTER_CUBIC), 0, 1)
              for img in data.images[held]]
    return np.stack(images).astype(np.float32), data.target[held]


def test_recogniser_accuracy_on_held_out_digits(held_out):
    images, labels = held_out
    predictions = [read_digits([img])[0] for img in images]
    accuracy = np.mean([p == str(y) for p, y in zip(predictions, labels, strict=True)])
    assert accuracy >= 0.95, accuracy


def test_glyph_normalisation_keeps_the_digit_centred_in_its_box():
    ink = np.zeros((60, 30), np.float32)
    ink[5:55, 12:18] = 1.0  # a tall thin "1"
    glyph = normalise_glyph(ink)
    rows, cols = np.nonzero(glyph > 0.2)
    assert glyph.shape == (20, 20)
    assert rows.max() - rows.min() + 1 >= 15  # scaled to the 16-px box by its height
    assert abs(cols.mean() - 9.5) <= 1.5


def _line(words: list[tuple[str, str]], digits: dict[str, np.ndarray]) -> tuple[np.ndarray, list[RawWord]]:
    """Render a header line: (text, kind) pieces, kind "printed" or a slot name whose pen ink is pasted.

    Returns the grey page strip and the word boxes a reader would report (the slot read as noise).
    """
    font = ImageFont.truetype(FONT, 40)
    page = Image.new("L", (2200, 120), 255)
    draw = ImageDraw.Draw(page)
    x, boxes = 40, []
    for text, kind in words:
        if kind == "printed":
            x0, y0, x1, y1 = draw.textbbox((x, 40), text, font=font)
            draw.text((x, 40), text, fill=20, font=font)
            boxes.append(RawWord(text, x0, y0, x1, y1, 0.95))
            x = x1 + 14
        else:
            pen = digits[kind]
            left = x
            for glyph in pen:  # the UCI digits are size-normalised squares: pasted as squares, pen-thick
                ink = cv2.resize(glyph, (44, 44), interpolation=cv2.INTER_LINEAR)
                ink = cv2.dilate(ink, np.ones((3, 3), np.uint8))
                region = np.asarray(page, np.float32)[34:78, x : x + 44]
                page.paste(Image.fromarray(np.minimum(region, 255 * (1 - ink)).astype(np.uint8)), (x, 34))
                x += 48
            boxes.append(RawWord("à$", left, 34, x, 78, 0.3))  # Tesseract's reading of pen digits
            x += 14
    return np.asarray(page), boxes


def _pick(held_out, digits: str, nth: int = 0) -> np.ndarray:
    images, labels = held_out
    return np.stack([images[np.flatnonzero(labels == int(d))[nth]] for d in digits])


@pytest.mark.parametrize(("number", "day", "nth"), [("84", "03", 0), ("17", "9", 1), ("290", "25", 2),
                                                    ("56", "16", 3)])
def test_locator_reads_pen_digits_on_a_synthetic_header_line(held_out, number, day, nth):
    digits = {"number": _pick(held_out, number, nth), "day": _pick(held_out, day, nth)}
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed"), ("Quảng", "printed"),
                         ("Ngãi,", "printed"), ("ngày", "printed"), ("", "day"), ("tháng", "printed"), ("02", "printed"), ("năm", "printed"),
                         ("2025", "printed")], digits)
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    by_field = {f.field: f for f in fields}
    assert set(by_field) == {"number", "day", "month"}
    assert by_field["month"].value == 2 and not by_field["month"].handwritten  # printed, kept from the reader
    for name, expected in (("number", number), ("day", day)):
        field = by_field[name]
        # Never a confident wrong value: read right, or left unread with a warning.
        if field.value is None:
            assert field.warning and "kiểm tra" in field.warning
        else:
            assert field.value == int(expected) and field.confidence >= ACCEPT_CONFIDENCE
            assert field.warning is None
    text = " ".join(w.text for w in lines[0])
    assert "à$" not in text
    assert text.startswith("Số: ")
    handwritten = [w for w in lines[0] if w.handwritten]
    assert len(handwritten) == 2


def test_most_synthetic_lines_are_read_and_few_wrong_ones_pass_the_threshold(held_out):
    right = wrong = total = 0
    for nth in range(10):
        for number in ("84", "17", "90", "365"):
            grey, words = _line([("Số:", "printed"), ("", "number"), ("/TB-UBND", "printed")],
                                {"number": _pick(held_out, number, nth)})
            _, fields = read_header_digits(grey, [words], second_reader=False)
            total += 1
            right += fields[0].value == int(number)
            wrong += fields[0].value not in (None, int(number))
    # Measured with the committed model and the recogniser alone: 33/40 right, 0 wrong, 7 left unread (17s
    # at 0.70–0.83: these blocky 8×8 UCI digits are a small share of its training, real writers' MNIST digits
    # a larger one); the model before read 38/40 but 1 wrong (a 5 as 9 at 0.997) and 77 % of MNIST.
    assert right / total >= 0.8, (right, total)
    assert wrong / total <= 0.05, (wrong, total)


def test_the_ocr_hook_puts_the_pen_digits_into_the_first_page_text(held_out):
    from extractor.ingest.ocr import OcrOptions, ocr_page

    grey, _ = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")],
                    {"number": _pick(held_out, "84")})
    rgb = cv2.cvtColor(np.pad(grey, ((100, 500), (100, 100)), constant_values=255), cv2.COLOR_GRAY2RGB)
    page = ocr_page(rgb, dpi=200, options=OcrOptions(keep_images=False, workers=1))
    field = next(f for f in page.handwritten if f.field == "number")
    text = " ".join(w.text for line in page.lines for w in line)
    token = "84" if field.value == 84 else UNREAD
    assert field.value in (84, None)
    assert f": {token} /Q" in text  # the reader's noise between "Số:" and the code replaced by the digits
    assert any(w.handwritten and w.text == token for line in page.lines for w in line)


def test_a_scribble_is_left_unread_with_a_vietnamese_warning():
    rng = np.random.default_rng(3)
    scribble = np.zeros((2, 32, 32), np.float32)
    for k in range(2):  # tangled strokes, not a digit
        for _ in range(6):
            p, q = rng.integers(2, 30, 2), rng.integers(2, 30, 2)
            cv2.line(scribble[k], (int(p[0]), int(p[1])), (int(q[0]), int(q[1])), 1.0, 2)
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")], {"number": scribble})
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    assert fields[0].value is None
    assert "số văn bản" in fields[0].warning
    assert [w.text for w in lines[0]] == ["Số:", UNREAD, "/QĐ-UBND"]


def test_an_implausible_day_is_not_output(held_out):
    grey, words = _line([("Huế,", "printed"), ("ngày", "printed"), ("", "day"), ("tháng", "printed"),
                         ("02", "printed"), ("năm", "printed")], {"day": _pick(held_out, "47")})
    _, fields = read_header_digits(grey, [words], second_reader=False)
    day = next(f for f in fields if f.field == "day")
    assert day.value is None and day.warning


def test_a_second_reader_that_disagrees_is_never_silent(held_out, monkeypatch):
    import extractor.ingest.handwriting as handwriting

    digits = {"number": _pick(held_out, "84")}
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")], digits)
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["34"] * len(boxes))
    # The recogniser sure: its reading is given, lowered in confidence, and the clerk is told both readings.
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("84", 0.97))
    lines, fields = read_header_digits(grey, [words])
    field = fields[0]
    assert field.value == 84 and field.second_opinion == "34" and field.confidence < handwriting.AGREE_CONFIDENCE
    assert "84" in field.warning and "34" in field.warning and "kiểm tra" in field.warning
    assert [w.text for w in lines[0]] == ["Số:", "84", "/QĐ-UBND"]
    # The recogniser unsure: left unread.
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("84", 0.5))
    lines, fields = read_header_digits(grey, [words])
    assert fields[0].value is None and "kiểm tra" in fields[0].warning
    assert [w.text for w in lines[0]] == ["Số:", UNREAD, "/QĐ-UBND"]
    monkeypatch.undo()
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["84"] * len(boxes))
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 84 and fields[0].confidence > 0.9


def test_a_fairly_sure_reading_the_second_reader_could_not_read_is_given_with_a_warning(held_out, monkeypatch):
    import extractor.ingest.handwriting as handwriting

    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")], {"number": _pick(held_out, "84")})
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: [None] * len(boxes))
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("84", 0.7))
    lines, fields = read_header_digits(grey, [words])
    field = fields[0]
    assert field.value == 84 and field.confidence < handwriting.AGREE_CONFIDENCE
    assert "84" in field.warning and "không đọc được" in field.warning and "kiểm tra" in field.warning
    assert [w.text for w in lines[0]] == ["Số:", "84", "/QĐ-UBND"]
    # Less sure than that: left unread, with the warning.
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("84", 0.5))
    lines, fields = read_header_digits(grey, [words])
    assert fields[0].value is None and "kiểm tra" in fields[0].warning
    # Without a second reader the recogniser alone must be sure.
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("84", 0.7))
    _, fields = read_header_digits(grey, [words], second_reader=False)
    assert fields[0].value is None


def test_a_citation_date_in_the_preamble_is_not_taken_for_the_header_date(held_out):
    grey, words = _line([("Căn", "printed"), ("cứ", "printed"), ("Luật", "printed"), ("ngày", "printed"),
                         ("", "day"), ("tháng", "printed"), ("6", "printed"), ("năm", "printed")],
                        {"day": _pick(held_out, "19")})
    _, fields = read_header_digits(grey, [words], second_reader=False)
    assert fields == []


def test_the_second_reader_reads_each_token_on_its_own():
    """One Tesseract run, each token its own page: one reading per token, in order, none merged."""
    from extractor.ingest.handwriting import second_opinion

    font = ImageFont.truetype(FONT, 56)
    page = Image.new("L", (900, 120), 255)
    draw = ImageDraw.Draw(page)
    boxes = []
    for x, text in ((40, "84"), (380, "16"), (700, "2025")):
        draw.text((x, 30), text, fill=0, font=font)
        boxes.append(tuple(float(v) for v in draw.textbbox((x, 30), text, font=font)))
    assert second_opinion(np.asarray(page), boxes) == ["84", "16", "2025"]


def _glue(words: list[RawWord], first: int, last: int, text: str) -> list[RawWord]:
    """Words first..last reported as one word, as Tesseract does when pen digits touch the labels."""
    group = words[first : last + 1]
    glued = RawWord(text, min(w.x0 for w in group), min(w.y0 for w in group), max(w.x1 for w in group),
                    max(w.y1 for w in group), 0.0)
    return [*words[:first], glued, *words[last + 1 :]]


@pytest.mark.parametrize("glued", ["ngày#Ê24háng", "4ÿtháng"])
def test_a_day_glued_to_its_labels_is_found_and_the_labels_are_kept(held_out, glued):
    grey, words = _line([("Hà", "printed"), ("Nội,", "printed"), ("ngày", "printed"), ("", "day"),
                         ("tháng", "printed"), ("4", "printed"), ("năm", "printed"), ("2026", "printed")],
                        {"day": _pick(held_out, "22")})
    # "ngày" + pen + "tháng" as one word, or the pen glued to "tháng" only.
    words = _glue(words, 2, 4, glued) if glued.startswith("ngày") else _glue(words, 3, 4, glued)
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    by_field = {f.field: f for f in fields}
    assert set(by_field) == {"day", "month"}
    assert by_field["day"].value in (22, None)
    assert by_field["day"].digits == "22"  # the label's letters cut off the pen token, not read as digits
    token = "22" if by_field["day"].value == 22 else UNREAD
    assert [w.text for w in lines[0]] == ["Hà", "Nội,", "ngày", token, "tháng", "4", "năm", "2026"]


def test_digits_glued_to_the_code_and_read_unsurely_are_kept_with_a_warning():
    grey = np.full((120, 1200), 255, np.uint8)
    label = RawWord("Số:", 40, 40, 100, 80, 0.95)
    for confidence, warned in ((0.6, True), (0.95, False)):
        code = RawWord("86/QĐ-UBND", 115, 40, 400, 80, confidence)
        lines, fields = read_header_digits(grey, [[label, code]], second_reader=False)
        assert [w.text for w in lines[0]] == ["Số:", "86/QĐ-UBND"]  # the reading stands
        if warned:
            assert fields[0].field == "number" and fields[0].value == 86
            assert "86" in fields[0].warning and "kiểm tra" in fields[0].warning
        else:
            assert fields == []


def test_a_month_glued_after_its_label_is_read_in_its_own_slot(held_out):
    grey, words = _line([("Hà", "printed"), ("Nội,", "printed"), ("ngày", "printed"), ("", "day"),
                         ("tháng", "printed"), ("", "month"), ("năm", "printed"), ("2026", "printed")],
                        {"day": _pick(held_out, "22"), "month": _pick(held_out, "4")})
    words = _glue(words, 4, 5, "tháng4")
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    by_field = {f.field: f for f in fields}
    assert set(by_field) == {"day", "month"}
    assert by_field["month"].digits == "4"  # the label's letters not read as digits
    texts = [w.text for w in lines[0]]
    assert texts[:3] == ["Hà", "Nội,", "ngày"] and texts[4] == "tháng" and texts[-2:] == ["năm", "2026"]
    assert len(texts) == 8


def _pen(points: list[tuple[float, float]], thickness: int, size: tuple[int, int] = (80, 60)) -> np.ndarray:
    """A pen stroke through ``points`` (x, y in units of 60 px), as ink (1.0) on a blank glyph."""
    ink = np.zeros(size, np.float32)
    cv2.polylines(ink, [(np.array(points) * 60 + [5, 10]).astype(np.int32)], False, 1.0, thickness, cv2.LINE_AA)
    return ink


@pytest.mark.parametrize(("start", "junction"), [((0.0, 0.9), 0.35), ((0.05, 0.75), 0.2), ((0.1, 1.0), 0.45),
                                                 ((-0.1, 0.95), 0.3)])
@pytest.mark.parametrize("thickness", [2, 4, 7])
def test_a_one_begun_at_the_baseline_is_read_surely_as_a_one(start, junction, thickness):
    """A 1 whose up-stroke is a long diagonal from the baseline meeting the stem part-way down (a "λ" once
    deslanted, as hs_01's 115 is written): the model before read some as *not a digit*, others at 0.05–0.7;
    the retrained one reads all at 0.88–1.00."""
    top, bottom = np.array([0.55, 0.0]), np.array([0.35, 1.0])
    meet = top + junction * (bottom - top)
    digits, confidence = read_digits([_pen([start, tuple(meet), tuple(top), tuple(bottom)], thickness)])
    assert digits == "1" and confidence >= 0.85, (digits, confidence)


def _number_line(pen: np.ndarray) -> tuple[np.ndarray, list[RawWord]]:
    """``Số: <pen> /UBND-SGDĐT`` with the pen ink pasted in the slot, as Tesseract would box it."""
    font = ImageFont.truetype(FONT, 40)
    page = np.full((120, 900), 255, np.uint8)
    image = Image.fromarray(page)
    draw = ImageDraw.Draw(image)
    label = draw.textbbox((40, 40), "Số:", font=font)
    draw.text((40, 40), "Số:", fill=20, font=font)
    x = label[2] + 20
    code = draw.textbbox((x + pen.shape[1] + 20, 40), "/UBND-SGDĐT", font=font)
    draw.text((x + pen.shape[1] + 20, 40), "/UBND-SGDĐT", fill=20, font=font)
    grey = np.asarray(image).copy()
    region = grey[34 : 34 + pen.shape[0], x : x + pen.shape[1]]
    grey[34 : 34 + pen.shape[0], x : x + pen.shape[1]] = np.minimum(region, (255 * (1 - pen)).astype(np.uint8))
    return grey, [RawWord("Số:", *label, 0.95), RawWord("#4", x, 34, x + pen.shape[1], 34 + pen.shape[0], 0.2),
                  RawWord("/UBND-SGDĐT", *code, 0.95)]


@pytest.mark.parametrize(("thickness", "gap"), [(7, 0), (7, 2), (9, 2)])
def test_felt_pen_digits_whose_strokes_overlap_are_cut_apart(thickness, gap):
    """A thick ``10`` whose 0 overlaps the 1's foot (hs_03's 5710): no single column parts them; before, the
    blob was read whole as one digit (``0``). A cut is the recogniser's own choice among many, so alone it is
    never taken as sure: the value waits for the second reader (off here)."""
    pen = np.zeros((48, 70), np.float32)
    cv2.polylines(pen, [np.array([(4, 16), (18, 3), (14, 45)], np.int32)], False, 1.0, thickness, cv2.LINE_AA)
    cv2.ellipse(pen, (32 + gap, 24), (13, 20), 0, 0, 360, 1.0, thickness, cv2.LINE_AA)
    grey, words = _number_line(pen)
    _, fields = read_header_digits(grey, [words], second_reader=False)
    assert fields[0].digits == "10"
    assert fields[0].value is None and "kiểm tra" in fields[0].warning


def test_the_second_reading_is_given_with_a_warning_when_the_recogniser_finds_it_likely(held_out, monkeypatch):
    """qn_33's thick 90: the recogniser 3 at 0.56 / 9 at 0.43 for its first digit, Tesseract 90. Both readers
    support 90: it is given, with a warning naming the recogniser's choice (before: left unread)."""
    import extractor.ingest.handwriting as handwriting

    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")],
                        {"number": _pick(held_out, "90")})
    probs = np.zeros((2, 11))
    probs[0, 3], probs[0, 9], probs[0, 10] = 0.56, 0.43, 0.01
    probs[1, 0] = 1.0
    monkeypatch.setattr(handwriting, "digit_probabilities", lambda glyphs: probs[: len(glyphs)])
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["90"] * len(boxes))
    lines, fields = read_header_digits(grey, [words])
    field = fields[0]
    assert field.value == 90 and field.confidence < ACCEPT_CONFIDENCE
    assert "90" in field.warning and "30" in field.warning and "kiểm tra" in field.warning
    assert [w.text for w in lines[0]] == ["Số:", "90", "/QĐ-UBND"]
    # A second reading the recogniser finds unlikely (a flagged 1 read 4 by Tesseract) is not taken.
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["98"] * len(boxes))
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value is None and "kiểm tra" in fields[0].warning


def test_a_sure_reading_the_second_reader_could_not_read_is_never_silent(held_out, monkeypatch):
    """real_scan_03's italic 9 is read as a 3 at 1.00 by the recogniser; Tesseract reads nothing there. A
    reading only one reader gives is marked for the clerk, however sure (before: 1535 passed silently)."""
    import extractor.ingest.handwriting as handwriting

    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")],
                        {"number": _pick(held_out, "84")})
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: [None] * len(boxes))
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("84", 0.97))
    monkeypatch.setattr(handwriting, "third_reading", lambda glyphs: ("", 0.0))  # the third reader: no digit
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 84 and fields[0].warning and "kiểm tra" in fields[0].warning


def test_a_reading_given_with_a_warning_weighs_the_digits_among_themselves(held_out, monkeypatch):
    """hs_01's thin-pen month 4: *not a digit* at 0.59, 4 at 0.37, Tesseract reads nothing. The slot says the
    ink is a digit; among the digits it is a 4 at 0.9: given, with the warning (before: left unread)."""
    import extractor.ingest.handwriting as handwriting

    grey, words = _line([("Hà", "printed"), ("Nội,", "printed"), ("ngày", "printed"), ("29", "printed"),
                         ("tháng", "printed"), ("", "month"), ("năm", "printed"), ("2026", "printed")],
                        {"month": _pick(held_out, "4")})
    probs = np.zeros((1, 11))
    probs[0, 4], probs[0, 8], probs[0, 10] = 0.37, 0.04, 0.59
    monkeypatch.setattr(handwriting, "digit_probabilities", lambda glyphs: probs.repeat(len(glyphs), 0))
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: [None] * len(boxes))
    _, fields = read_header_digits(grey, [words])
    month = next(f for f in fields if f.field == "month")
    assert month.value == 4 and month.confidence < handwriting.AGREE_CONFIDENCE
    assert "tháng ban hành" in month.warning and "kiểm tra" in month.warning
    # Without the second reader's look the recogniser alone must be sure: left unread.
    _, fields = read_header_digits(grey, [words], second_reader=False)
    assert next(f for f in fields if f.field == "month").value is None


def test_cut_digits_the_second_reader_could_not_read_are_left_unread(monkeypatch):
    """A reading made of cut pieces is never taken on the recogniser's word alone, not even with a warning:
    real_scan_03's touching italic 1595 was cut and read 1635 at 0.91 while Tesseract read nothing there."""
    import extractor.ingest.handwriting as handwriting

    pen = np.zeros((48, 70), np.float32)
    cv2.polylines(pen, [np.array([(4, 16), (18, 3), (14, 45)], np.int32)], False, 1.0, 7, cv2.LINE_AA)
    cv2.ellipse(pen, (32, 24), (13, 20), 0, 0, 360, 1.0, 7, cv2.LINE_AA)
    grey, words = _number_line(pen)
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: [None] * len(boxes))
    lines, fields = read_header_digits(grey, [words])
    assert fields[0].digits == "10" and fields[0].value is None and "nhập tay" in fields[0].warning
    assert [w.text for w in lines[0]] == ["Số:", UNREAD, "/UBND-SGDĐT"]
    # Read alike by the second reader, the cut reading stands.
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["10"] * len(boxes))
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 10 and fields[0].warning is None


@pytest.mark.parametrize("label", ["số:", "Só:"])
def test_a_number_label_read_misspelt_is_put_back_as_printed(held_out, label):
    # Tesseract reads the printed "Số:" as "số:" at times (the bench_handwriting pages, 4 of 40): with the pen
    # digits read, the line must still say "Số:", or the number rule finds no number at all.
    grey, words = _line([(label, "printed"), ("", "number"), ("/QĐ-UBND", "printed")],
                        {"number": _pick(held_out, "84")})
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    assert [f.field for f in fields] == ["number"]
    text = " ".join(w.text for w in lines[0])
    assert text.startswith("Số: ")
    assert label not in text



def test_the_number_slot_is_found_by_the_code_form_when_its_slash_was_lost(held_out):
    # A pen digit touching the code's "/" makes Tesseract read "/CT-UBND" as ",cT-UBND" (bench_handwriting,
    # seed 8): with no "/XX" word on the line, the slot must still end where the code begins.
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/CT-UBND", "printed")],
                        {"number": _pick(held_out, "84")})
    words = [replace(w, text=",cT-UBND") if w.text == "/CT-UBND" else w for w in words]
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    assert [f.field for f in fields] == ["number"]
    assert fields[0].digits == "84"
    # The code re-made with its slash: the number rule reads "Số: 84 /CT-UBND".
    assert [w.text for w in lines[0]][0] == "Số:" and lines[0][-1].text == "/CT-UBND"


@pytest.mark.parametrize(("first", "glued", "code"), [(0, "Số3Z/QĐ-UBND", "/QĐ-UBND"),
                                                      (1, "88Ø/TB-UBND", "/TB-UBND"),
                                                      (0, "Số:ZZ/TTr-UBND", "/TTr-UBND")])
def test_pen_digits_read_into_one_word_with_the_code_are_cut_out_by_the_code_width(held_out, first, glued, code):
    # Tesseract reads the pen digits into the code's word, at times with the label too (bench_handwriting, seed 8:
    # 3 of 40 numbers had no slot): the code's share of the word is its letters' width in the font.
    grey, words = _line([("Số:", "printed"), ("", "number"), (code, "printed")], {"number": _pick(held_out, "84")})
    lines, fields = read_header_digits(grey, [_glue(words, first, 2, glued)], second_reader=False)
    assert [f.field for f in fields] == ["number"]
    assert fields[0].digits == "84"
    assert [w.text for w in lines[0]] == ["Số:", fields[0].value and "84" or UNREAD, code]


def test_typed_digits_glued_to_the_label_and_the_code_are_left_to_tesseract():
    words = [RawWord("Số:157/QĐ-UBND", 40, 40, 400, 80, 0.9)]
    lines, fields = read_header_digits(np.full((120, 600), 255, np.uint8), [words], second_reader=False)
    assert fields == [] and lines == [words]


@pytest.mark.parametrize("number", ["41-KH/ĐTN", "156-KH/TĐTN-PTTN"])
def test_a_number_typed_in_the_partys_form_is_left_to_tesseract(number):
    # "Số: 41-KH/ĐTN": the type code before the slash is printed, not pen digits read into the code's word (the
    # recogniser read "411511" from "41-KH" and left the number unread).
    grey, words = _line([("Số:", "printed"), (number, "printed")], {})
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    assert fields == [] and lines == [words]


def test_typed_digits_set_apart_from_the_code_with_its_slash_stay_as_read(monkeypatch):
    # "Số: 08/ TB-SGDĐT": Tesseract read "08/" surely; the recogniser read the slash as a 1 ("081").
    from extractor.ingest import handwriting

    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["08"] * len(boxes))
    grey, words = _line([("Số:", "printed"), ("08/", "printed"), ("TB-SGDĐT", "printed")], {})
    words = [replace(w, y0=34, y1=78) for w in words]  # boxed to the line's height, as Tesseract does
    lines, fields = read_header_digits(grey, [words])
    assert [(f.field, f.digits, f.warning) for f in fields] == [("number", "08", None)]


def test_a_day_label_whose_y_the_pen_took_still_opens_the_day_slot(held_out):
    grey, words = _line([("Hà", "printed"), ("Nội,", "printed"), ("ngày", "printed"), ("", "day"),
                         ("tháng", "printed"), ("4", "printed"), ("năm", "printed"), ("2026", "printed")],
                        {"day": _pick(held_out, "24")})
    words = [replace(w, text="ngà", x1=w.x1 - 10) if w.text == "ngày" else w for w in words]
    _, fields = read_header_digits(grey, [words], second_reader=False)
    assert {f.field: f.digits for f in fields}.get("day") == "24"


@pytest.mark.parametrize("label", ["Số:", "số:Š"])
def test_a_pen_digit_inside_the_codes_box_is_not_lost_at_the_slot_edge(held_out, label):
    # Tesseract boxed the 7 of a pen "37" written against the code with "/QĐ-UBND" and read only the code
    # (bench_handwriting seed 9: both readers then read "3", output silent): the code's box is wider than its
    # letters by a digit, so the slot ends where the letters begin.
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")],
                        {"number": _pick(held_out, "37")})
    pen, code = words[1], words[2]
    last_digit_x0 = pen.x1 - 48  # each pasted digit is 48 px apart
    words = [replace(words[0], text=label, x1=words[0].x1 + (30 if label != "Số:" else 0)),
             replace(pen, x1=last_digit_x0 - 2), replace(code, x0=last_digit_x0)]
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    assert [f.field for f in fields] == ["number"]
    assert fields[0].digits == "37"
    assert lines[0][0].text == "Số:" and lines[0][-1].text == "/QĐ-UBND"
    assert lines[0][-1].x0 > fields[0].bbox[2] - 5  # the code re-made at its letters, after the digits


@pytest.mark.parametrize("opening", [(300, 360), (250, 330), (200, 300)])
def test_a_nine_whose_foot_is_a_bowl_is_never_silent(monkeypatch, opening):
    # An open 0 (its loop not closed at the top right) that both readers took for a 9 (bench_handwriting seed 9:
    # "330" output as 339 without a warning). A 9's foot is its tail, one stroke; this foot is a bowl.
    from extractor.ingest import handwriting

    pen = np.zeros((50, 40), np.float32)
    cv2.ellipse(pen, (20, 25), (13, 20), 0, opening[1] - 360, opening[0], 1.0, 4, cv2.LINE_AA)
    grey, words = _number_line(pen)
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("9" * len(glyphs), 0.97))
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["9"] * len(boxes))
    monkeypatch.setattr(handwriting, "third_reading", lambda glyphs: ("9" * len(glyphs), 0.95))  # all three agree
    _, fields = read_header_digits(grey, [words])
    assert fields[0].digits == "9"
    assert fields[0].warning and "có thể là 0" in fields[0].warning
    assert fields[0].confidence < 0.5


def test_a_nine_with_its_tail_stays_a_silent_agreed_reading(monkeypatch):
    from extractor.ingest import handwriting

    pen = np.zeros((56, 40), np.float32)
    cv2.ellipse(pen, (20, 16), (12, 12), 0, 0, 360, 1.0, 4, cv2.LINE_AA)
    cv2.line(pen, (32, 16), (26, 52), 1.0, 4, cv2.LINE_AA)
    grey, words = _number_line(pen)
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("9" * len(glyphs), 0.97))
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["9"] * len(boxes))
    monkeypatch.setattr(handwriting, "third_reading", lambda glyphs: ("9" * len(glyphs), 0.95))  # all three agree
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 9 and fields[0].warning is None


def test_the_third_reader_reads_held_out_digits(held_out):
    from extractor.ingest.handwriting import third_reading

    images, labels = held_out
    accuracy = np.mean([third_reading([img])[0] == str(y) for img, y in zip(images, labels, strict=True)])
    assert accuracy >= 0.93, accuracy


@pytest.mark.parametrize(("third", "silent"), [(("84", 0.9), True), (("34", 0.9), False), (("84", 0.2), False)])
def test_a_reading_tesseract_could_not_read_is_silent_only_when_the_third_reader_agrees(held_out, monkeypatch,
                                                                                       third, silent):
    # Tesseract reads nothing on half of the clean pen tokens (bench_handwriting): a sure recogniser was then
    # always given with a warning. A third reader of another kind that reads the same makes it silent.
    from extractor.ingest import handwriting

    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")],
                        {"number": _pick(held_out, "84")})
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("84", 0.97))
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: [None] * len(boxes))
    monkeypatch.setattr(handwriting, "third_reading", lambda glyphs: third)
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 84
    assert (fields[0].warning is None) is silent


def test_an_agreed_reading_the_third_reader_disputes_is_never_silent(held_out, monkeypatch):
    from extractor.ingest import handwriting

    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")],
                        {"number": _pick(held_out, "84")})
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("84", 0.97))
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["84"] * len(boxes))
    monkeypatch.setattr(handwriting, "third_reading", lambda glyphs: ("34", 0.95))
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 84 and "có thể là 34" in fields[0].warning
    monkeypatch.setattr(handwriting, "third_reading", lambda glyphs: ("84", 0.95))
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 84 and fields[0].warning is None


def test_the_second_and_third_readers_agreeing_against_the_recogniser_give_their_reading(held_out, monkeypatch):
    from extractor.ingest import handwriting

    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")],
                        {"number": _pick(held_out, "84")})
    monkeypatch.setattr(handwriting, "read_digits", lambda glyphs: ("34", 0.97))
    monkeypatch.setattr(handwriting, "reading_probability", lambda glyphs, digits: 0.01)
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["84"] * len(boxes))
    monkeypatch.setattr(handwriting, "third_reading", lambda glyphs: ("84", 0.8))
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 84 and "có thể là 34" in fields[0].warning



def test_a_misread_narrower_code_does_not_move_the_slot_edge(held_out):
    # "/TTr-UBND" printed, read "/TI-UBND" (bench_handwriting seed 10): its letters are narrower than the print, so
    # measured by them the box would seem to hold a pen digit and the slot would take in the code's T ("1" → "15").
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/TTr-UBND", "printed")],
                        {"number": _pick(held_out, "4")})
    words = [replace(w, text="/TI-UBND") if w.text == "/TTr-UBND" else w for w in words]
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    assert [f.field for f in fields] == ["number"]
    assert fields[0].digits == "4"
    assert lines[0][-1].text == "/TI-UBND" and lines[0][-1].x0 == words[-1].x0


@pytest.mark.parametrize("thickness", [3, 5])
def test_a_leaning_one_as_wide_as_two_digits_is_read_as_one_digit(thickness):
    """A 1 written at a strong lean is wider than tall, the width of two touching digits; cut, its halves read
    as two 1s (bench_handwriting seed 9: ``11`` read ``111``, ``16`` read ``1169``). Upright, it is one stroke."""
    pen = _pen([(0.05, 0.95), (0.95, 0.05)], thickness, size=(80, 80))
    grey, words = _number_line(pen)
    _, fields = read_header_digits(grey, [words], second_reader=False)
    assert fields[0].digits == "1", fields[0].digits


@pytest.mark.parametrize(("axes", "angle"), [((24, 16), -20)])
def test_a_wide_single_digit_is_not_cut_in_two(axes, angle):
    """A round 0 wider than tall is as wide as two touching digits; the recogniser reads it whole as a digit,
    so it is not cut (bench seeds 8 and 9: a wide 0 read ``13``, a 6 ``16``, a 2 ``12``)."""
    pen = np.zeros((60, 80), np.float32)
    cv2.ellipse(pen, (40, 30), axes, angle, 0, 360, 1.0, 3, cv2.LINE_AA)
    grey, words = _number_line(pen)
    _, fields = read_header_digits(grey, [words], second_reader=False)
    assert fields[0].digits == "0", fields[0].digits


@pytest.mark.parametrize("case", ["place-glued", "no-comma", "month-glued-to-nam", "all-three-glued"])
def test_the_date_slots_are_found_when_tesseract_glued_or_dropped_the_labels_punctuation(held_out, case):
    """bench_handwriting seeds 8 and 9, day slots missed: ``Định,ngày`` (the place's comma, no space), the
    comma lost (``Hà Tĩnh ngày``, on the line that also holds ``Số:``), the month read into the year's label
    (``Ø'7năm``), and the month's label, the month and ``năm`` as one word (``tháng⁄Zñăm``)."""
    month_in_pen = case in ("month-glued-to-nam", "all-three-glued")
    pieces = [("Số:", "printed"), ("1", "printed"), ("/QĐ-UBND", "printed"), ("Hà", "printed"),
              ("Nội" if case == "no-comma" else "Nội,", "printed"), ("ngày", "printed"), ("", "day"),
              ("tháng", "printed"), ("", "month") if month_in_pen else ("4", "printed"), ("năm", "printed"),
              ("2026", "printed")]
    grey, words = _line(pieces, {"day": _pick(held_out, "22"), "month": _pick(held_out, "7")})
    if case == "place-glued":
        words = _glue(words, 4, 5, "Nội,ngày")
    elif case == "month-glued-to-nam":
        words = _glue(words, 8, 9, "Ø'7năm")
    elif case == "all-three-glued":
        words = _glue(words, 7, 9, "tháng⁄Zñăm")
    _, fields = read_header_digits(grey, [words], second_reader=False)
    by_field = {f.field: f for f in fields}
    assert by_field["day"].digits == "22", by_field
    if month_in_pen:
        assert by_field["month"].digits == "7", by_field["month"]


def test_the_number_slot_is_found_when_label_digits_and_code_are_one_lowercase_word(held_out):
    """``søz2.⁄/CT-UBND`` (seed 9): the label read ``sø`` and glued to the pen digits and the code."""
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/CT-UBND", "printed")],
                        {"number": _pick(held_out, "84")})
    lines, fields = read_header_digits(grey, [_glue(words, 0, 2, "søz2.⁄/CT-UBND")], second_reader=False)
    assert [f.field for f in fields] == ["number"] and fields[0].digits == "84"
    assert lines[0][0].text == "Số:" and lines[0][-1].text == "/CT-UBND"


def test_a_wide_blob_read_whole_unsurely_is_never_silent_even_when_both_readers_agree(monkeypatch):
    """A blob as wide as two digits, not cut because the recogniser reads it as one digit, is its own choice:
    with the recogniser under its sure threshold, the second reader's agreeing is not enough for silence (a 9
    with a flick, 30 × 26 px, that both took for a 7 — bench seed 8, wrong and silent once such blobs were no
    longer cut)."""
    import extractor.ingest.handwriting as handwriting

    pen = np.zeros((60, 110), np.float32)
    cv2.line(pen, (14, 52), (14, 8), 1.0, 3, cv2.LINE_AA)  # a 1
    cv2.ellipse(pen, (70, 30), (24, 16), -20, 0, 360, 1.0, 3, cv2.LINE_AA)  # a round 0, wider than tall
    grey, words = _number_line(pen)
    digits, confidence = read_digits(handwriting._ink(grey, None, words, handwriting._slots([words], grey)[0]).glyphs)
    assert digits == "10" and 0.5 <= confidence < ACCEPT_CONFIDENCE  # the premise: agreed, but not sure alone
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["10"] * len(boxes))
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 10
    assert fields[0].warning is not None and "cũng có thể là" in fields[0].warning


def test_a_date_label_read_with_a_stray_mark_is_put_back_as_printed(held_out):
    """``tháng.`` beside a pen 2 (seed 9): day and month were read right, but the date rule did not know the
    label, and the record's date was null."""
    grey, words = _line([("Hà", "printed"), ("Nội,", "printed"), ("ngày", "printed"), ("", "day"),
                         ("tháng", "printed"), ("", "month"), ("năm", "printed"), ("2026", "printed")],
                        {"day": _pick(held_out, "13"), "month": _pick(held_out, "7")})
    words = [replace(w, text="tháng.") if w.text == "tháng" else w for w in words]
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    assert {f.field for f in fields} == {"day", "month"}
    assert "tháng." not in [w.text for w in lines[0]] and "tháng" in [w.text for w in lines[0]]


def test_touching_digits_read_whole_are_cut_as_the_second_readers_longer_reading_asks(monkeypatch):
    """A 150 dpi "84" whose digits touch was read whole as a 4 while the second reader read 84 (scan_variations,
    qn_27): the ink is cut into the second reader's count and its reading given when the recogniser finds it
    likely, with a warning (before: the one-digit reading, wrong)."""
    import extractor.ingest.handwriting as handwriting

    pen = np.zeros((48, 70), np.float32)
    cv2.polylines(pen, [np.array([(4, 16), (18, 3), (14, 45)], np.int32)], False, 1.0, 7, cv2.LINE_AA)
    cv2.ellipse(pen, (32, 24), (13, 20), 0, 0, 360, 1.0, 7, cv2.LINE_AA)
    grey, words = _number_line(pen)
    monkeypatch.setattr(handwriting, "_segment", lambda glyph, height: [glyph])  # taken for one digit
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["10"] * len(boxes))
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 10 and "kiểm tra" in fields[0].warning


def test_a_token_the_second_reader_read_as_nothing_is_read_again_binarised(monkeypatch):
    """Tesseract's digits reader read nothing of soft 150 dpi pen tokens that it reads once binarised."""
    import extractor.ingest.handwriting as handwriting
    from extractor.ingest.handwriting import second_opinion

    def pages(crops):
        return [["89"] if set(np.unique(c)) <= {0, 255} else None for c in crops]

    assert pages([np.array([[0, 255]], np.uint8), np.array([[3, 255]], np.uint8)]) == [["89"], None]

    monkeypatch.setattr(handwriting, "_digits_pages", pages)
    grey = np.full((100, 300), 255, np.uint8)
    cv2.putText(grey, "89", (20, 70), cv2.FONT_HERSHEY_SIMPLEX, 1.8, 120, 4, cv2.LINE_AA)
    assert second_opinion(grey, [(15, 20, 120, 80)]) == ["89"]


def test_the_codes_slash_places_the_slot_edge_when_its_letters_were_misread(held_out):
    """Typed "157/QĐ-UBND" read "I57/QĐĐ-UBND" (scan_variations, qn_34 re-encoded): measured by the misread letters
    the code began left of the 7, and both readers read 15. The printed "/" shows where the code begins."""
    grey, words = _line([("Số:", "printed"), ("157/QĐ-UBND", "printed")], {})
    words = [replace(words[1], text="I57/QĐĐ-UBND", confidence=0.28), words[0]][::-1]
    _, fields = read_header_digits(grey, [words], second_reader=False)
    assert [f.field for f in fields] == ["number"]
    assert fields[0].digits == "157"


def _header_page(held_out, number: str, day: str) -> tuple[np.ndarray, list[list[RawWord]], list[list[RawWord]]]:
    """A page-1 header (issuer, motto, ``Số: <pen> /QĐ-UBND`` beside ``Quảng Ngãi, ngày <pen> tháng 02 năm 2025``):
    the grey page, the word boxes of its number line's words and those of every other line."""
    font = ImageFont.truetype(FONT, 40)
    page = Image.new("L", (2200, 1000), 255)
    draw = ImageDraw.Draw(page)
    pens = {"number": _pick(held_out, number), "day": _pick(held_out, day)}

    def line(pieces: list[str], x: int, y: int) -> list[RawWord]:
        words = []
        for text in pieces:
            if text in pens:
                for glyph in pens[text]:
                    ink = cv2.dilate(cv2.resize(glyph, (44, 44), interpolation=cv2.INTER_LINEAR),
                                     np.ones((3, 3), np.uint8))
                    region = np.asarray(page, np.float32)[y - 6 : y + 38, x : x + 44]
                    page.paste(Image.fromarray(np.minimum(region, 255 * (1 - ink)).astype(np.uint8)), (x, y - 6))
                    x += 48
                x += 14
                continue
            box = draw.textbbox((x, y), text, font=font)
            draw.text((x, y), text, fill=20, font=font)
            words.append(RawWord(text, *box, 0.95))
            x = box[2] + 14
        return words

    others = [line(["UỶ", "BAN", "NHÂN", "DÂN"], 150, 100), line(["TỈNH", "QUẢNG", "NGÃI"], 170, 160),
              line(["CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM"], 1100, 100),
              line(["Quảng", "Ngãi,", "ngày", "day", "tháng", "02", "năm", "2025"], 1250, 290),
              line(["QUYẾT", "ĐỊNH"], 950, 520)]
    others[3] = [w for w in others[3] if w.text != "day"]
    number_line = line(["Số:", "number", "/QĐ-UBND"], 200, 290)
    return np.asarray(page), [number_line], others


@pytest.mark.parametrize("dropped", ["number", "day"])
def test_a_number_or_date_line_tesseract_dropped_whole_is_found_and_read(held_out, dropped):
    """Tesseract's page reading dropped the whole ``Số:`` line, or the place-date line (a pen number over it): the
    header's unread ink in that column, read again alone as one line, gives the labels (``Số:`` and the code,
    ``ngày``/``tháng``/``năm``) and the pen digits between them."""
    from extractor.ingest.ocr import SINGLE_LINE_PSM, OcrOptions, _read

    grey, number_line, others = _header_page(held_out, "84", "16")
    date_line = others[3]
    given = others if dropped == "number" else [*others[:3], others[4], number_line[0]]
    options = replace(OcrOptions(), psm=SINGLE_LINE_PSM)
    lines, fields = read_header_digits(grey, given, second_reader=False,
                                       reread=lambda crop: _read(crop, options, None, 1))
    by_field = {f.field: f for f in fields}
    assert by_field[dropped].digits == {"number": "84", "day": "16"}[dropped]
    if dropped == "number":
        found = next(line for line in lines if line and line[0].text == "Số:")
        assert found[-1].text.startswith("/QĐ")
    else:
        found = next(line for line in lines if line and line[0].text == "Quảng")
        assert [w.text for w in found if not w.handwritten] == [w.text for w in date_line]
    # Without the line read again, that value has no slot (as before).
    _, fields = read_header_digits(grey, given, second_reader=False)
    assert dropped not in {f.field for f in fields}


def test_pen_digits_on_a_one_bit_scan_are_found(held_out):
    """A 1-bit scan (a fax-mode office scanner: 0 and 255 only): the slot's ink was looked for below Otsu's
    threshold, which on such a page is 0 itself, so no slot had ink and the number and day had no reading."""
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed"), ("Hà", "printed"),
                         ("Nội,", "printed"), ("ngày", "printed"), ("", "day"), ("tháng", "printed"),
                         ("4", "printed"), ("năm", "printed"), ("2026", "printed")],
                        {"number": _pick(held_out, "84"), "day": _pick(held_out, "16")})
    bilevel = np.where(grey < 128, 0, 255).astype(np.uint8)
    _, fields = read_header_digits(bilevel, [words], second_reader=False)
    by_field = {f.field: f.digits for f in fields}
    assert by_field.get("number") == "84" and by_field.get("day") == "16"


def test_the_next_lines_letters_under_the_slot_are_not_read_as_digits(held_out):
    """Tesseract boxed the number down over the ``V/v`` line under it (scan_variations bilevel, hs_02): the letters
    below the line's band were taken into the slot and read as digits (six glyphs for 84)."""
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")],
                        {"number": _pick(held_out, "84")})
    page = Image.fromarray(np.vstack([grey, np.full((60, grey.shape[1]), 255, np.uint8)]))
    pen = words[1]
    ImageDraw.Draw(page).text((pen.x0 - 30, 88), "V/v khẩn", fill=20, font=ImageFont.truetype(FONT, 36))
    words[1] = replace(pen, y1=130)
    _, fields = read_header_digits(np.asarray(page), [words], second_reader=False)
    assert [f.digits for f in fields] == ["84"]


def test_a_piece_too_many_is_dropped_as_the_second_readers_shorter_reading_asks(held_out, monkeypatch):
    """The recogniser read one glyph more than the second reader (a label's remnant before a pen 84, bench seed 9's
    "622" for 62): the reading without the end piece, or with two cut pieces put together, is weighed; likely, it
    is given with a warning (before: the longer reading, or nothing)."""
    import extractor.ingest.handwriting as handwriting

    remnant = np.zeros((32, 32), np.float32)  # a short curved stroke, the printed label's last mark
    cv2.ellipse(remnant, (8, 20), (8, 8), 0, -60, 60, 1.0, 3)
    pen = np.concatenate([remnant[None], _pick(held_out, "84")])
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")], {"number": pen})
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["84"] * len(boxes))
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value == 84 and "kiểm tra" in fields[0].warning
    # A full-height end glyph (a pen 1 Tesseract dropped: "16" read "6") is never dropped so.
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/QĐ-UBND", "printed")],
                        {"number": _pick(held_out, "16")})
    monkeypatch.setattr(handwriting, "second_opinion", lambda grey, boxes: ["6"] * len(boxes))
    _, fields = read_header_digits(grey, [words])
    assert fields[0].value != 6


@pytest.mark.parametrize("label", ["số:", "số:#"])
def test_pen_digits_inside_a_glued_labels_box_are_read_when_the_code_took_one_too(held_out, label):
    """Tesseract boxed the first pen digits with the label (``số:#``) and the last with the code (``?/BC-UBND``):
    the slot began at the label's box and both readers read ``07`` for 407, sure and silent (bench seed 12)."""
    grey, words = _line([("Số:", "printed"), ("", "number"), ("/BC-UBND", "printed")],
                        {"number": _pick(held_out, "407")})
    so, pen, code = words
    words = [replace(so, text=label, x1=pen.x0 + 44), replace(code, text="?/BC-UBND", x0=pen.x1 - 50)]
    lines, fields = read_header_digits(grey, [words], second_reader=False)
    assert [f.field for f in fields] == ["number"]
    assert fields[0].digits == "407"
    assert lines[0][0].text == "Số:" and lines[0][-1].text == "/BC-UBND"
