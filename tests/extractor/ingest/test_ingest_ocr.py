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
    assert "page 1" in exc_info.value.message and "limit" in exc_info.value.message
