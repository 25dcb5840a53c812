"""The extraction pipeline: ingest → normalise → segment → extract → validate.

Each stage is a plain function from one typed object to the next (see ``extractor/types.py``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from extractor import ingest
from extractor.record import PlanRecord
from extractor.types import Extraction, PageSummary, SourceDocument

Progress = Callable[[int, int], None]  # (pages done, pages total)


def extract_source(source: SourceDocument) -> Extraction:
    """Run normalise → segment → extract → validate over an ingested document."""
    started = time.perf_counter()
    record = PlanRecord()  # TODO(issue 3): the rule stages fill this
    timings = dict(source.timings_ms)
    timings["extract"] = (time.perf_counter() - started) * 1000
    return Extraction(
        record=record,
        evidence={},
        text=source.text,
        pages=[
            PageSummary(number=p.number, start=p.start, end=p.end, method=p.method, width=p.width,
                        height=p.height, ocr_confidence=p.ocr_confidence)
            for p in source.pages
        ],
        timings_ms=timings,
    )


def extract_text(text: str) -> Extraction:
    """Extract the plan record from a directive's text."""
    return extract_source(SourceDocument.from_text(text))


def extract_bytes(data: bytes, *, filename: str | None = None, progress: Progress | None = None) -> Extraction:
    """Extract from file content of any supported type (detected by content)."""
    return extract_source(ingest.load_bytes(data, filename=filename, progress=progress))


def extract_file(path: str | Path, *, progress: Progress | None = None) -> Extraction:
    path = Path(path)
    return extract_bytes(path.read_bytes(), filename=path.name, progress=progress)
