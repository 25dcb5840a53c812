"""Running the extractor over corpus documents, one *mode* at a time.

A *mode* says what the extractor is given for a document and how it is called:

- ``text``: the UTF-8 text of ``source.txt``, through :func:`extractor.extract_text`;
- ``file``: the document's own file — a real scan or photo (``source.pdf``, ``source.jpg``, …) — through
  :func:`extractor.extract_bytes`, as an upload reaches it: the measure for real scans.

A mode has two steps so that only extraction is timed: ``prepare`` reads the input from the corpus
(untimed), ``run`` turns it into an :class:`~extractor.types.Extraction` (timed). Documents without a
source file the mode reads are skipped, not failed.

To add a mode (e.g. ``scan``, OCR over scanned pages, in ``evaluation/scan.py``): define a :class:`Mode`
there and add it to :data:`MODES`; ``python -m evaluation --mode NAME`` offers every key of :data:`MODES`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from evaluation.documents import CorpusDocument
from evaluation.report import REGISTER_VALUES, DocumentResult
from evaluation.scoring import score_record
from extractor import warm_up as warm_up_extractor
from extractor.confidence import LOW_CONFIDENCE
from extractor.record import PlanRecord
from extractor.types import Extraction

__all__ = ["FILE_MODE", "MODES", "TEXT_MODE", "Mode", "run_documents"]


@dataclass(frozen=True, slots=True)
class Mode:
    """How the benchmark feeds one document to the extractor."""

    name: str
    description: str
    sources: tuple[str, ...]  # source.* suffixes the mode reads, most preferred first
    prepare: Callable[[CorpusDocument], Any]  # untimed: read the input
    run: Callable[[Any], Extraction]  # timed: extract from the input

    def accepts(self, doc: CorpusDocument) -> bool:
        """Whether the document has a source file this mode reads."""
        return doc.source(*self.sources) is not None


def _read_text(doc: CorpusDocument) -> str:
    from extractor.ingest.text import decode_text  # the product's own decoding: BOMs, UTF-16

    path = doc.source(*TEXT_MODE.sources)
    assert path is not None  # run_documents only prepares documents the mode accepts
    return decode_text(path.read_bytes())


def _extract_text(text: str) -> Extraction:
    # extractor.pipeline rather than the package root: the same function, and it does not depend on how
    # the package was installed (an editable install made before extractor/__init__.py existed maps
    # ``extractor`` as a namespace package without the root's re-exports).
    from extractor.pipeline import extract_text

    return extract_text(text)


TEXT_MODE = Mode(
    name="text",
    description="source.txt through extractor.extract_text",
    sources=("txt",),
    prepare=_read_text,
    run=_extract_text,
)


def _read_file(doc: CorpusDocument) -> tuple[bytes, str]:
    path = doc.source(*FILE_MODE.sources)
    assert path is not None
    return path.read_bytes(), path.name


def _extract_file(given: tuple[bytes, str]) -> Extraction:
    from extractor.pipeline import extract_bytes

    data, filename = given
    return extract_bytes(data, filename=filename)


FILE_MODE = Mode(
    name="file",
    description="the document's own scan or photo (source.pdf|png|jpg|jpeg|tif|tiff) through extractor.extract_bytes",
    sources=("pdf", "png", "jpg", "jpeg", "tif", "tiff"),
    prepare=_read_file,
    run=_extract_file,
)

MODES: dict[str, Mode] = {TEXT_MODE.name: TEXT_MODE, FILE_MODE.name: FILE_MODE}


def _describe(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    return f"{type(exc).__name__}{f' [{code}]' if isinstance(code, str) else ''}: {exc}"


def run_documents(documents: Sequence[CorpusDocument], mode: Mode, *, warm_up: bool = True) -> list[DocumentResult]:
    """Extract and score every document (all must be accepted by ``mode``).

    The extractor runs once on the first document before any timing, so that one-off costs (imports,
    rule data, compiled patterns, OCR models) do not land on the first document's time. A document on
    which the extractor raises is scored as an empty prediction and carries the error.
    """
    if warm_up and documents:
        warm_up_extractor()
        # A failure here is reported by the timed run of the same document below.
        with contextlib.suppress(Exception):
            mode.run(mode.prepare(documents[0]))
    results = []
    for doc in documents:
        error: str | None = None
        extraction: Extraction | None = None
        elapsed_ms = 0.0
        try:
            given = mode.prepare(doc)
        except Exception as exc:  # noqa: BLE001 — one unreadable document must not stop the benchmark
            error = _describe(exc)
        else:
            started = time.perf_counter()
            try:
                extraction = mode.run(given)
            except Exception as exc:  # noqa: BLE001 — nor one the extractor fails on
                error = _describe(exc)
            elapsed_ms = (time.perf_counter() - started) * 1000
        record = extraction.record if extraction is not None else PlanRecord()
        pages = len(extraction.pages) if extraction is not None and extraction.pages else 1
        results.append(DocumentResult(
            doc_id=doc.doc_id,
            score=score_record(doc.gold, record),
            elapsed_ms=elapsed_ms,
            pages=pages,
            meta=doc.meta,
            error=error,
            flagged=_flagged(extraction),
        ))
    return results


def _flagged(extraction: Extraction | None) -> frozenset[str]:
    """The register values whose evidence is below the review page's confidence flag."""
    if extraction is None:
        return frozenset()
    pointers = {path: "/" + path.replace(".", "/") for path in REGISTER_VALUES}
    return frozenset(path for path, pointer in pointers.items()
                     if (evidence := extraction.evidence.get(pointer)) is not None
                     and evidence.confidence < LOW_CONFIDENCE)
