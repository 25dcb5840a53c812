"""The job processor: one stored upload in, the extraction and the page images out.

It runs inside a worker (a child process by default, see :mod:`service.runner`), so it receives plain data
(:class:`ProcessTask`) and returns plain JSON-able data; it touches no database. Page images are written
here, at processing time, to ``DATA_DIR/pages/<sha256>/<n>.png`` for the review page.

The processor is an extension point (``DOCINTEL_PROCESSOR=module:function``): any callable with the
signature of :func:`process_document` can replace it.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor import ingest
from extractor.ingest.ocr import OcrOptions
from extractor.limits import Limits
from extractor.pipeline import extract_source
from extractor.types import SourceDocument
from service.storage import atomic_write

Progress = Callable[[int, int], None]
Processor = Callable[["ProcessTask", Progress], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class ProcessTask:
    """What a worker needs to process one document (all plain values: it crosses a process boundary)."""

    job_id: int
    document_id: str
    sha256: str
    file_path: str
    pages_dir: str
    filename: str | None  # the client's name, passed to ingestion as a hint only; never a path
    limits: Limits
    page_timeout_s: float


def page_entries(source: SourceDocument, pages_dir: Path | None) -> list[dict[str, Any]]:
    """The page list kept with a document; writes each page image under ``pages_dir`` when given."""
    entries = []
    for page in source.pages:
        has_image = bool(page.image_png) and pages_dir is not None
        if has_image:
            atomic_write(pages_dir / f"{int(page.number)}.png", page.image_png)
        entries.append({
            "number": page.number, "start": page.start, "end": page.end, "method": page.method,
            "width": page.width, "height": page.height, "ocr_confidence": page.ocr_confidence,
            "has_image": has_image,
        })
    return entries


def process_source(source: SourceDocument, *, limits: Limits, pages_dir: Path | None) -> dict[str, Any]:
    """Extract from an ingested document; the result shape of :func:`process_document`."""
    limits.check_pages(len(source.pages))
    pages = page_entries(source, pages_dir)
    extraction = extract_source(source)
    return {"extraction": extraction.model_dump(mode="json"), "pages": pages, "media_type": source.media_type}


def read_source(data: bytes, *, filename: str | None, progress: Progress | None, limits: Limits,
                page_timeout_s: float) -> SourceDocument:
    """Ingest ``data`` with the service's OCR settings.

    One OCR process per job (``workers=1``): the service already runs one job per core, so page-level
    parallelism inside a job would only oversubscribe the cores (and a worker process may not fork).
    """
    options = OcrOptions(workers=1, page_timeout_s=page_timeout_s)
    return ingest.load_bytes(data, filename=filename, progress=progress, limits=limits, ocr=options)


def process_document(task: ProcessTask, progress: Progress) -> dict[str, Any]:
    """Read the stored file, ingest it (OCR where needed), store page images, extract the record."""
    started = time.perf_counter()
    data = Path(task.file_path).read_bytes()
    source = read_source(data, filename=task.filename, progress=progress, limits=task.limits,
                         page_timeout_s=task.page_timeout_s)
    result = process_source(source, limits=task.limits, pages_dir=Path(task.pages_dir))
    result["extraction"]["timings_ms"]["worker_total"] = (time.perf_counter() - started) * 1000
    return result


def load_processor(path: str) -> Processor:
    """Import ``"package.module:function"``."""
    module_name, _, attr = path.partition(":")
    return getattr(importlib.import_module(module_name), attr)


@dataclass(frozen=True, slots=True)
class BytesTask:
    """A synchronous extraction (POST /v1/extract): the bytes themselves, nothing stored."""

    data: bytes
    filename: str | None
    limits: Limits
    page_timeout_s: float


def extract_bytes_task(task: BytesTask, progress: Progress) -> dict[str, Any]:
    """Ingest and extract ``task.data`` without storing anything; the result shape of :func:`process_document`."""
    source = read_source(task.data, filename=task.filename, progress=progress, limits=task.limits,
                         page_timeout_s=task.page_timeout_s)
    return process_source(source, limits=task.limits, pages_dir=None)
