"""PDF input: the text layer where a page has one, OCR where it has not, page by page.

pypdfium2 opens the file first (strict, fast, and it knows the page count without reading the pages), so
corrupt, truncated, encrypted and oversized files are refused before any page is read. Pages with a usable
text layer are read with pdfplumber (words and boxes in PDF points); the others (scanned pages, pages whose
fonts have no Unicode map) are rendered at 300 dpi and OCR'd in parallel.
"""

from __future__ import annotations

import io
import logging
import math
import re
import threading
import time
from collections.abc import Iterator
from typing import Final

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFException
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from extractor.errors import CorruptFileError, EmptyDocumentError, EncryptedFileError, TooLargeError
from extractor.ingest import ocr as ocr_mod
from extractor.ingest.layout import (
    DocumentBuilder,
    Line,
    RawWord,
    cluster_lines,
    split_closing_columns,
    split_header_columns,
)
from extractor.ingest.sniff import PDF
from extractor.limits import TEXT_TOO_LONG, Limits
from extractor.types import SourceDocument

RENDER_DPI: Final = 300
# A page scanned below this resolution (a web page's 50–100 dpi image in a PDF) is rendered at its own: pdfium's
# smoothing at 300 dpi left its letters blurred (synthetic 60 dpi page: CER 0.09 against 0.03), and OCR enlarges
# a low-resolution page itself (Lanczos, to 300 dpi letter size: extractor.ingest.ocr.enlargement).
LOW_SCAN_DPI: Final = 150
# A page needs at least this many letters or digits in its text layer to be read as text.
MIN_TEXT_CHARS: Final = 16
# More than this share of unmappable glyphs ("(cid:12)", U+FFFD, private use) and the layer is not trusted.
MAX_GARBAGE_SHARE: Final = 0.10
# A scanned page (an image covering most of it) often carries another program's OCR layer, and in Vietnamese
# those layers lose their diacritics ("CONG Hcok xA HQI"). Vietnamese prose has a diacritic in 0.79–0.91 of
# its words (every annotated text here); such layers have 0.10–0.30. Below the floor the page is OCR'd.
SCAN_COVER_SHARE: Final = 0.8
MIN_DIACRITIC_SHARE: Final = 0.5
MIN_WORDS_TO_JUDGE: Final = 20
# A scanned page's text layer whose words all lie in a box under this share of the page is a stamp on the scan.
STAMP_MAX_SHARE: Final = 0.25
_WORD = re.compile(r"[^\W\d_]+")

# pdfium is not thread-safe: the service's upload checks (in its request threads) go through this lock.
PDFIUM_LOCK = threading.Lock()

_log = logging.getLogger(__name__)
logging.getLogger("pdfminer").setLevel(logging.ERROR)  # pdfminer warns about every odd font


def _corrupt(where: str | None = None, *, reason: str | None = None) -> CorruptFileError:
    """``where``: a Vietnamese phrase for the sentence; ``reason``: the parser's own (English) words, kept
    apart in the problem's ``reason`` member for support."""
    return CorruptFileError(
        f"Tệp PDF bị hỏng, không đọc được{f' ({where})' if where else ''}. Hãy mở bằng trình xem PDF: nếu xem được "
        "thì in ra một tệp PDF mới và tải lên tệp đó, nếu không thì xin lại tệp từ nơi gửi.",
        detail={"reason": reason} if reason else None,
    )


def _encrypted() -> EncryptedFileError:
    return EncryptedFileError(
        "Tệp PDF có mật khẩu nên không đọc được các trang. Hãy mở bằng mật khẩu, lưu hoặc in ra một tệp PDF mới "
        "không có bảo vệ rồi tải lên tệp đó.",
    )


def open_pdf(data: bytes, limits: Limits) -> pdfium.PdfDocument:
    """Open a PDF with both of its readers' structure checks, before any page content is read.

    pdfium (strict, and it knows the page count from the page tree) must open the file and load every page,
    whose text-layer glyphs are counted against ``limits.max_chars`` (pdfplumber's work grows with them);
    pdfminer, which reads the text layers, must then find the same pages. A file one of them cannot walk (a
    cross-reference table overwritten, a page tree whose ``/Kids`` contains itself) is corrupt, here rather
    than halfway through reading. The caller closes the returned document (hold ``PDFIUM_LOCK`` across).

    Raises:
        CorruptFileError, EncryptedFileError, TooLargeError (``too_many_pages``), EmptyDocumentError.
    """
    if b"%%EOF" not in data[-1024:]:
        raise CorruptFileError(
            f"Tệp PDF bị cắt cụt: thiếu dấu kết thúc %%EOF mà mọi tệp PDF hoàn chỉnh đều có (tệp có {len(data):,} "
            "byte). Có lẽ việc tải lên hoặc tải về bị ngắt giữa chừng: hãy lấy lại tệp rồi tải lên lại.",
        )
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise _encrypted() from None
        raise _corrupt(reason=f"pdfium: {exc}") from None
    try:
        count = len(doc)
        if count == 0:
            raise EmptyDocumentError("Tệp PDF không có trang nào. Hãy tải lên chính văn bản.")
        limits.check_pages(count)
        chars = 0
        for index in range(count):
            try:
                page = doc[index]
                textpage = page.get_textpage()
                chars += textpage.count_chars()  # pdfplumber's work grows with the glyphs of the text layers
                textpage.close()
                page.close()
            except pdfium.PdfiumError as exc:
                raise _corrupt(f"trang {index + 1}", reason=str(exc)) from None
            if chars > limits.max_chars:
                raise TooLargeError(
                    f"Lớp chữ của tệp PDF có hơn {limits.max_chars:,} ký tự (đến trang {index + 1}), vượt xa một văn "
                    "bản chỉ đạo. Hãy kiểm tra đúng tệp chưa, hoặc tách văn bản và tải lên từng phần.",
                    code=TEXT_TOO_LONG, detail={"chars": chars, "limit_chars": limits.max_chars, "page": index + 1},
                )
        miner_pages = _pdfminer_pages(data)
        if miner_pages != count:
            raise _corrupt(f"cây trang không nhất quán: {count} trang theo pdfium, {miner_pages} theo pdfminer")
    except BaseException:
        doc.close()
        raise
    return doc


def _pdfminer_pages(data: bytes) -> int:
    """Pages pdfminer finds by walking the page tree (no content is parsed)."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        return sum(1 for _ in PDFPage.create_pages(document))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise _encrypted() from None
    except (PDFException, PSException, KeyError, ValueError, TypeError, AttributeError, AssertionError,
            RecursionError, IndexError, OverflowError, ZeroDivisionError) as exc:
        raise _corrupt(reason=f"pdfminer: {type(exc).__name__}: {exc}") from None


def _usable(words: list[dict], *, scanned_page: bool = False) -> bool:
    text = "".join(w["text"] for w in words)
    letters = sum(ch.isalnum() for ch in text)
    if letters < MIN_TEXT_CHARS:
        return False
    garbage = text.count("(cid:") * 6 + sum(
        1 for ch in text if ch == "\ufffd" or 0xE000 <= ord(ch) <= 0xF8FF)
    if garbage > MAX_GARBAGE_SHARE * len(text):
        return False
    return not (scanned_page and _lost_diacritics(" ".join(w["text"] for w in words)))


def _lost_diacritics(text: str) -> bool:
    """Whether a text layer reads like Vietnamese stripped of its diacritics (see MIN_DIACRITIC_SHARE)."""
    tokens = _WORD.findall(text)
    if len(tokens) < MIN_WORDS_TO_JUDGE:
        return False
    marked = sum(1 for token in tokens if any(ord(ch) > 127 for ch in token))
    return marked < MIN_DIACRITIC_SHARE * len(tokens)


def _stamp_only(words: list[dict], width: float, height: float) -> bool:
    """A scanned page whose text layer holds only a small box of text: the e-signature a portal stamps on the
    scan ("Ký bởi: … Thời gian ký: …"), not the page's text. Taken as the page, it hid the whole scanned page
    (its header with it) from OCR."""
    x0, x1 = min(w["x0"] for w in words), max(w["x1"] for w in words)
    top, bottom = min(w["top"] for w in words), max(w["bottom"] for w in words)
    return (x1 - x0) * (bottom - top) < STAMP_MAX_SHARE * width * height


def _is_scanned_page(page: pdfplumber.page.Page) -> bool:
    area = float(page.width) * float(page.height) or 1.0
    return any((image["x1"] - image["x0"]) * (image["bottom"] - image["top"]) >= SCAN_COVER_SHARE * area
               for image in page.images)


def _page_lines(words: list[dict], width: float, height: float, first: bool) -> list[Line]:
    raw = [RawWord(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])) for w in words]
    lines = split_closing_columns(cluster_lines(raw), width)
    return split_header_columns(lines, width, height) if first else lines


def scan_dpi(page: pdfium.PdfPage) -> float | None:
    """Resolution of the image covering the page (a scan), None when no image covers it."""
    width, height = page.get_size()
    best = None
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) < SCAN_COVER_SHARE * width * height:
            continue
        dpi = max(image.get_px_size()) / (max(right - left, top - bottom) / 72)
        best = dpi if best is None else max(best, dpi)
    return best


def _render(doc: pdfium.PdfDocument, index: int, max_pixels: int) -> tuple[np.ndarray, int]:
    """The page as an RGB image and its resolution: 300 dpi, or a low-resolution scan's own (see
    :data:`LOW_SCAN_DPI`)."""
    try:
        page = doc[index]
    except pdfium.PdfiumError as exc:
        raise _corrupt(f"trang {index + 1}", reason=str(exc)) from None
    try:
        width, height = page.get_size()
        dpi = scan_dpi(page)
        dpi = round(dpi) if dpi and dpi < LOW_SCAN_DPI else RENDER_DPI
        scale = dpi / 72
        if width * height * scale * scale > max_pixels:  # a poster-sized page: render it smaller
            scale = math.sqrt(max_pixels / (width * height))
        bitmap = page.render(scale=scale)
        return np.asarray(bitmap.to_pil().convert("RGB")), dpi
    except pdfium.PdfiumError as exc:
        raise _corrupt(f"trang {index + 1} không dựng được thành ảnh", reason=str(exc)) from None
    finally:
        page.close()


def read_pdf(data: bytes, *, limits: Limits, ocr_options: ocr_mod.OcrOptions,
             progress: ocr_mod.Progress | None = None) -> SourceDocument:
    """Read a PDF: text layer per page where usable, OCR for the rest.

    Raises:
        CorruptFileError, EncryptedFileError, TooLargeError, EmptyDocumentError, OcrError.
    """
    started = time.perf_counter()
    doc = open_pdf(data, limits)
    max_pixels = limits.max_pixels
    try:
        count = len(doc)
        digital: dict[int, tuple[list[Line], float, float]] = {}
        done = 0
        try:
            with pdfplumber.open(io.BytesIO(data)) as plumber:
                for index, page in enumerate(plumber.pages):
                    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
                    scanned_page = _is_scanned_page(page)
                    if _usable(words, scanned_page=scanned_page) and not (
                            scanned_page and _stamp_only(words, float(page.width), float(page.height))):
                        digital[index] = (_page_lines(words, page.width, page.height, index == 0),
                                          float(page.width), float(page.height))
                        done += 1
                        if progress:
                            progress(done, count)
                    page.close()  # pdfplumber caches layout objects per page
        except (PDFPasswordIncorrect, PDFEncryptionError):
            raise _encrypted() from None
        except (PDFException, PSException, PdfminerException, KeyError, ValueError, TypeError, AttributeError,
                AssertionError, RecursionError, IndexError, OverflowError, ZeroDivisionError) as exc:
            # pdfminer is more lenient than pdfium about structure but chokes on some broken objects.
            raise _corrupt(reason=f"pdfminer: {type(exc).__name__}: {exc}") from None
        text_ms = (time.perf_counter() - started) * 1000
        scanned = [index for index in range(count) if index not in digital]

        ocr_started = time.perf_counter()
        ocr_results: dict[int, ocr_mod.OcrPage] = {}
        if scanned:

            def jobs() -> Iterator[ocr_mod.PageJob]:
                for index in scanned:
                    rgb, dpi = _render(doc, index, max_pixels)
                    yield ocr_mod.PageJob(rgb, index + 1, index == 0, dpi)

            def tick() -> None:
                nonlocal done
                done += 1
                if progress:
                    progress(done, count)

            for index, result in zip(scanned, ocr_mod.ocr_pages(jobs(), count=len(scanned), options=ocr_options,
                                                                 on_page=tick), strict=True):
                ocr_results[index] = result
    finally:
        doc.close()

    builder = DocumentBuilder(PDF)
    for index in range(count):
        if index in digital:
            lines, width, height = digital[index]
            builder.add_page(lines, width=width, height=height, method="pdf-text")
        else:
            result = ocr_results[index]
            builder.add_page(result.lines, width=result.width, height=result.height, method="ocr",
                             ocr_confidence=result.confidence, image_png=result.image_png,
                             handwritten=result.handwritten)
    source = builder.build({"pdf_text": text_ms, "ocr": (time.perf_counter() - ocr_started) * 1000})
    if not source.text.strip():
        raise EmptyDocumentError(
            f"Tệp PDF có {count} trang nhưng không có chữ: các trang trắng, hoặc quá mờ để đọc. Hãy kiểm tra bản "
            "quét (úp đúng mặt giấy? nắp máy quét đóng?) rồi tải lên lại.",
            detail={"pages": count},
        )
    return source
