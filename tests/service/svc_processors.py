"""Job processors for the service tests, plugged in through ``Settings.processor`` (``DOCINTEL_PROCESSOR``).

They stand in for ingestion so that the service's own behaviour (page images, progress, time limits,
crashes, restarts) is tested independently of OCR: the uploaded text is split into pages at form feeds
(``\\f``) and each page gets a small rendered PNG, as a scanned page would.
"""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

from PIL import Image, ImageDraw

from extractor.errors import OcrError
from extractor.types import Page, SourceDocument
from service.processing import ProcessTask, process_source

PAGE_DELAY_ENV = "DOCINTEL_TEST_PAGE_DELAY_S"
# While the file this names exists, a job holds before its last page: a test that kills the server then
# knows every job it saw processing was still processing when it died.
GATE_ENV = "DOCINTEL_TEST_GATE_FILE"


def _png(number: int) -> bytes:
    image = Image.new("RGB", (200, 280), "white")
    ImageDraw.Draw(image).text((20, 20), f"page {number}", fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _paged(task: ProcessTask, progress, delay_s: float = 0.0) -> dict:
    text = Path(task.file_path).read_bytes().decode("utf-8")
    parts = text.split("\f")
    pages, start = [], 0
    gate = os.environ.get(GATE_ENV)
    for number, part in enumerate(parts, 1):
        time.sleep(delay_s)
        while gate and number == len(parts) and Path(gate).exists():
            time.sleep(0.05)
        end = start + len(part)
        pages.append(Page(number=number, start=start, end=end, width=200, height=280, method="ocr",
                          ocr_confidence=0.9, image_png=_png(number)))
        start = end + 1
        progress(number, len(parts))
    source = SourceDocument(text=text, pages=pages, media_type="image/tiff")
    return process_source(source, limits=task.limits, pages_dir=Path(task.pages_dir))


def paged_with_images(task: ProcessTask, progress) -> dict:
    return _paged(task, progress)


def slow(task: ProcessTask, progress) -> dict:
    return _paged(task, progress, float(os.environ.get(PAGE_DELAY_ENV, "0.5")))


def hang(task: ProcessTask, progress) -> dict:
    time.sleep(3600)
    raise AssertionError("unreachable")


def crash(task: ProcessTask, progress) -> dict:
    os._exit(3)


def ocr_fails(task: ProcessTask, progress) -> dict:
    raise OcrError("tesseract failed on page 1", code="ocr_failed", detail={"page": 1})


_held: list[bytes] = []


def hog(task, progress) -> dict:
    """Keeps ``task`` MB for the life of the process, as a pipeline that never returns its memory would."""
    _held.append(b"\x01" * (int(task) * 2**20))
    return {"held_mb": sum(len(b) for b in _held) // 2**20}
