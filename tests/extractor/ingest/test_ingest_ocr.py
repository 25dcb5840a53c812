"""OCR through Tesseract on small images (a few seconds in all): multi-page TIFF, EXIF rotation, a rendered
page with header, seal and signature, the per-page time limit."""

from __future__ import annotations

import io
import re
import unicodedata

import numpy as np
import pytest
from ingest_helpers import image_bytes, text_image
from PIL import Image
from rapidfuzz.distance import Levenshtein

from extractor.errors import OcrTimeoutError
from extractor.ingest import OcrOptions, load_bytes

pytestmark = pytest.mark.slow


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def _cer(reference: str, hypothesis: str) -> float:
    reference, hypothesis = _collapse(reference), _collapse(hypothesis)
    return Levenshtein.distance(reference, hypothesis) / len(reference)


def test_multi_page_tiff_reads_every_page_in_order():
    pages = [text_image(["Trang một: Kế hoạch số 15/KH-UBND"]), text_image(["Trang hai: Nơi nhận"])]
    buf = io.BytesIO()
    pages[0].save(buf, format="TIFF", save_all=True, append_images=pages[1:], compression="tiff_deflate",
                  dpi=(300, 300))
    progress = []
    source = load_bytes(buf.getvalue(), progress=lambda done, total: progress.append((done, total)))
    assert source.media_type == "image/tiff"
    assert [(p.number, p.method) for p in source.pages] == [(1, "ocr"), (2, "ocr")]
    assert _cer("Trang một: Kế hoạch số 15/KH-UBND", source.text[source.pages[0].start:source.pages[0].end]) < 0.05
    assert _cer("Trang hai: Nơi nhận", source.text[source.pages[1].start:source.pages[1].end]) < 0.05
    assert progress[-1] == (2, 2)
    for page in source.pages:
        assert 0.5 < page.ocr_confidence <= 1
        assert page.image_png.startswith(b"\x89PNG")
        for word in page.words:
            assert 0 <= word.confidence <= 1
            x0, y0, x1, y1 = word.bbox
            assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height


def test_exif_orientation_is_honoured():
    """A phone stores the picture sideways with EXIF Orientation=6; the reader must turn it upright."""
    upright = text_image(["Tuần lễ hưởng ứng học tập suốt đời", "năm 2021"])
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # what the sensor wrote
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    data = image_bytes(stored, "JPEG", quality=92, exif=exif.tobytes())
    # OSD fallback off: only the EXIF tag can put this page upright.
    source = load_bytes(data, ocr=OcrOptions(orientation=False))
    page = source.pages[0]
    assert (page.width, page.height) == upright.size
    assert _cer("Tuần lễ hưởng ứng học tập suốt đời năm 2021", source.text) < 0.05


@pytest.fixture(scope="module")
def scanned_page(make_scans):
    """A half page in the Nghị định 30 layout with a seal and signature over the signer, scanned (degraded)."""
    text = (
        "ỦY BAN NHÂN DÂN\nQUẬN 7\nSố: 4595/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nQuận 7, ngày 01 tháng 10 năm 2021\n\nKẾ HOẠCH\n"
        "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2021\n\n"
        "Ủy ban nhân dân Quận 7 ban hành Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2021.\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
    )
    layout = make_scans.split_layout(make_scans.strip_markdown(text))
    rendered = make_scans.render(layout, size=13.0, rng=np.random.default_rng(3))
    page = make_scans.rasterise(rendered.pdf)[0][: 3508 // 2]  # the upper half holds everything
    jpeg, _ = make_scans.degrade(page, np.random.default_rng(5))
    return jpeg, "\n".join(rendered.pages[0])


def test_ocr_scanned_page_with_header_and_seal(scanned_page):
    jpeg, reference = scanned_page
    source = load_bytes(jpeg)
    assert _cer(reference, source.text) <= 0.03
    lines = source.text.split("\n")
    # Header columns in reading order: the issuer column first, then the motto column.
    assert lines.index("ỦY BAN NHÂN DÂN") < lines.index("Số: 4595/KH-UBND") < \
        next(i for i, line in enumerate(lines) if line.startswith("CỘNG HÒA"))
    # The seal's own letters ("ỦY BAN NHÂN DÂN QUẬN 7" around the rim) do not enter the text.
    assert source.text.count("QUẬN 7") == 1
    assert source.pages[0].ocr_confidence > 0.8


def test_ocr_time_limit_raises_typed_error():
    data = image_bytes(text_image(["Số: 15/KH-UBND"] * 10), "PNG")
    with pytest.raises(OcrTimeoutError) as exc_info:
        load_bytes(data, ocr=OcrOptions(page_timeout_s=0.01))
    assert exc_info.value.code == "ocr_timeout"
    assert "trang 1" in exc_info.value.message and "giới hạn" in exc_info.value.message


PHOTO_LINES = [
    "Ủy ban nhân dân Quận 7 ban hành Kế hoạch tổ chức",
    "Tuần lễ hưởng ứng học tập suốt đời năm 2021.",
    "Các phòng, ban, đơn vị triển khai thực hiện",
    "và báo cáo kết quả trước ngày 15 tháng 10 năm 2021.",
    "Giao Phòng Giáo dục và Đào tạo theo dõi, tổng hợp.",
] * 3


def _photographed(page: Image.Image) -> bytes:
    """The page photographed at an angle: a strong perspective (the top edge 20 % narrower than the bottom,
    one side lower) onto a dark table, uneven light, JPEG."""
    import cv2

    rgb = np.asarray(page.convert("RGB"))
    h, w = rgb.shape[:2]
    out_w, out_h = int(w * 1.5), int(h * 1.5)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = np.array([[0.35 * w, 0.22 * h], [1.22 * w, 0.12 * h], [1.38 * w, 1.30 * h], [0.16 * w, 1.38 * h]],
                   np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(rgb, matrix, (out_w, out_h), flags=cv2.INTER_CUBIC,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(70, 55, 40))
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    light = 0.8 + 0.2 * (1 - xx / out_w)
    photo = np.clip(warped * light[..., None], 0, 255).astype(np.uint8)
    return image_bytes(Image.fromarray(photo), "JPEG", quality=85)


def test_photographed_page_is_cut_out_and_its_perspective_undone():
    page = text_image(PHOTO_LINES, size=40, width=1300)
    reference = "\n".join(PHOTO_LINES)
    photo = _photographed(page)
    # Deskew off: a rotation alone cannot level lines that converge, only the page's perspective can.
    source = load_bytes(photo, ocr=OcrOptions(orientation=False, deskew=False))
    assert _cer(reference, source.text) <= 0.03
    # The page found is the page: its size back to the original's within a few per cent.
    width, height = source.pages[0].width, source.pages[0].height
    assert abs(width / height - page.width / page.height) < 0.05 * page.width / page.height
    # Each text line runs level again: its first and last words sit at the same height. Without the
    # correction the same lines climb across the photo (so the test measures the step, not Tesseract).
    assert _max_slant(source) < 0.3
    assert _max_slant(load_bytes(photo, ocr=OcrOptions(orientation=False, deskew=False, find_page=False))) > 1.0


def _max_slant(source) -> float:
    """Largest height difference, in word heights, between the first and last word of a text line."""
    slants = []
    for line in source.text.split("\n"):
        start = source.text.index(line)
        words = [w for w in source.pages[0].words if start <= w.start < start + len(line)]
        if len(words) >= 5:
            first, last = words[0].bbox, words[-1].bbox
            height = first[3] - first[1]
            slants.append(abs((first[1] + first[3]) / 2 - (last[1] + last[3]) / 2) / height)
    assert slants
    return max(slants)


def test_ink_the_page_reading_skipped_is_read_again():
    # Tesseract's page layout takes a black seal with the signer's name around it for a picture and reads
    # nothing there: such inky areas without words are read again in sparse-text mode.
    from ingest_helpers import rgb

    from extractor.ingest import ocr as ocr_mod
    from extractor.ingest.layout import RawWord

    grey = rgb(text_image(["PHÓ CHỦ TỊCH", "", "Nguyễn Văn An"], size=48, width=900))[..., 0].copy()
    title = [RawWord("PHÓ", 48, 48, 160, 100, 0.9), RawWord("CHỦ", 175, 48, 290, 100, 0.9),
             RawWord("TỊCH", 305, 48, 430, 100, 0.9)]
    assert len(ocr_mod.unread_regions(grey, [title])) == 1  # the name, not the title
    lines = ocr_mod.read_unread(grey, [title], ocr_mod.OcrOptions(), 300, 1)
    assert [" ".join(w.text for w in line) for line in lines] == ["PHÓ CHỦ TỊCH", "Nguyễn Văn An"]
    name = lines[1]
    assert name[0].y0 > 150 and name[0].x0 < 100  # boxes in the page's pixels


def test_words_the_page_reading_has_are_not_added_twice_by_the_re_read(monkeypatch):
    # The unread area's box takes in the signer's title the page's reading has: the re-read must not add it
    # again (the two copies interleave: "KT. KT. CHỦ CHỦ TỊCH TỊCH"); the surer of the two readings stays.
    from ingest_helpers import rgb

    from extractor.ingest import ocr as ocr_mod
    from extractor.ingest.layout import RawWord

    grey = rgb(text_image(["PHÓ CHỦ TỊCH", "", "Nguyễn Văn An"], size=48, width=900))[..., 0].copy()
    title = [RawWord("P1IÓ", 48, 48, 160, 100, 0.5), RawWord("CHỦ", 175, 48, 290, 100, 0.9),
             RawWord("TỊCH", 305, 48, 430, 100, 0.9)]
    monkeypatch.setattr(ocr_mod, "unread_regions", lambda grey, lines: [(0, 0, 900, grey.shape[0])])
    lines = ocr_mod.read_unread(grey, [title], ocr_mod.OcrOptions(), 300, 1)
    texts = [" ".join(w.text for w in line) for line in lines]
    assert texts == ["PHÓ CHỦ TỊCH", "Nguyễn Văn An"]


def test_missing_tesseract_language_data_is_a_typed_vietnamese_error(monkeypatch, tmp_path):
    from extractor.errors import OcrError
    from extractor.ingest import ocr as ocr_mod

    monkeypatch.setattr(ocr_mod, "TESSDATA_DIRS", (str(tmp_path),))
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    with pytest.raises(OcrError) as exc_info:
        ocr_mod._engine("vie+xyz", 3)
    assert "tesseract-ocr-vie" in exc_info.value.message and "'vie+xyz'" in exc_info.value.message


def test_the_engine_is_loaded_once_per_process_and_language():
    from extractor.ingest import ocr as ocr_mod

    first = ocr_mod._engine("vie", 1)
    assert ocr_mod._engine("vie", 1) is first


def test_leptonica_messages_are_silenced_once_tesseract_runs_in_process(monkeypatch):
    """In-process Leptonica would print 'Error in boxClipToRectangle' lines to stderr at page edges."""
    import ctypes
    import ctypes.util
    import threading

    from extractor.ingest import ocr as ocr_mod

    leptonica = ctypes.CDLL(ctypes.util.find_library("lept") or "liblept.so.5")
    monkeypatch.setattr(ocr_mod, "_ENGINES", threading.local())  # as in a freshly forked worker
    leptonica.setMsgSeverity(3)  # Leptonica's default, L_SEVERITY_INFO
    ocr_mod._engine("vie", 1)
    assert leptonica.setMsgSeverity(3) == ocr_mod._LEPTONICA_QUIET  # the level the engine set


@pytest.mark.parametrize("turn", [Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270])
def test_page_lying_on_its_side_is_turned_upright(turn):
    """A page scanned sideways, no EXIF tag: Tesseract turns its lines and reads them at high confidence, so the
    low-confidence orientation check never fired and every box stayed in the lying page's frame."""
    lines = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 1234/QĐ-UBND ngày 15 tháng 3 năm 2024",
             "Về việc triển khai thực hiện kế hoạch phòng chống thiên tai",
             "Các sở, ban, ngành và Ủy ban nhân dân các huyện thực hiện"]
    upright = text_image(lines, width=1500)
    source = load_bytes(image_bytes(upright.transpose(turn), "PNG"))
    page = source.pages[0]
    assert (page.width, page.height) == upright.size
    assert _cer(" ".join(lines), source.text) < 0.05
    long_words = [w for w in page.words if w.end - w.start >= 4]
    assert long_words and all(w.bbox[2] - w.bbox[0] > w.bbox[3] - w.bbox[1] for w in long_words)
