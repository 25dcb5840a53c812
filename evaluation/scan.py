"""Scan mode of the benchmark: the whole path file → OCR → extraction over rendered, degraded scans.

For every corpus document with a ``source.txt``, ``evaluation/make_scans.py`` (``scripts/make_scans.py``)
renders (once, cached in ``build/scans/<id>/``, deterministic) an A4 PDF in the Nghị định 30 layout and scans
of it. The *scan* mode feeds the degraded scan (``scan.pdf``: image-only, rotation, blur, noise, JPEG, 200–300 dpi) to
:func:`extractor.pipeline.extract_bytes` and scores the record like the text mode. Beside field F1 it
reports the *OCR character error rate*: Levenshtein distance between the OCR text and the printed source
text (Markdown removed, reading order of the page), both NFC with white space collapsed, divided by the
length of the reference; summed over pages (a micro average), per variant:

- ``scan`` — the degraded scans (the timed extraction run itself);
- ``clean`` — the 300 dpi lossless renders (``clean.tiff``);
- ``photo`` — the first page photographed (perspective, table around the page, uneven light);
- ``digital`` — the PDF with its text layer (must be CER 0), timed per page.

Entry points: :data:`SCAN_MODE` (a :class:`evaluation.runner.Mode`, registered as ``--mode scan``),
:func:`run_scan_mode` (the same from Python: returns the :class:`~evaluation.report.Report` of the text mode
plus the OCR figures) and :func:`ocr_figures` (OCR only, any language option; used by docs/ocr.md).
"""

from __future__ import annotations

import re
import statistics
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

from rapidfuzz.distance import Levenshtein

from evaluation.documents import CorpusDocument, discover
from evaluation.report import Report
from evaluation.runner import MODES, Mode, run_documents
from extractor.types import Extraction

ROOT = Path(__file__).resolve().parent.parent
SCAN_DIR = ROOT / "build" / "scans"
OCR_VARIANTS = ("clean", "photo", "digital")

__all__ = ["SCAN_MODE", "CerCount", "cer_counts", "ocr_figures", "render_ocr_figures", "run_scan_mode"]


def make_scans_module() -> ModuleType:
    """The scan generator (kept as a function for the callers that import it lazily: it loads reportlab)."""
    from evaluation import make_scans

    return make_scans


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def cer_counts(reference: str, hypothesis: str) -> tuple[int, int]:
    """(edit distance, reference length) after NFC and white-space collapsing."""
    reference, hypothesis = _collapse(reference), _collapse(hypothesis)
    return Levenshtein.distance(reference, hypothesis), len(reference)


@dataclass(slots=True)
class CerCount:
    """Edits and reference characters summed over pages, and the time per page of each document."""

    edits: int = 0
    chars: int = 0
    pages: int = 0
    seconds_per_page: list[float] = field(default_factory=list)
    documents: dict[str, float] = field(default_factory=dict)  # doc id → CER

    def add(self, doc_id: str, edits: int, chars: int, pages: int, seconds: float) -> None:
        self.edits += edits
        self.chars += chars
        self.pages += pages
        self.seconds_per_page.append(seconds / max(pages, 1))
        self.documents[doc_id] = edits / max(chars, 1)

    @property
    def cer(self) -> float | None:
        return self.edits / self.chars if self.chars else None

    def to_json(self) -> dict[str, Any]:
        return {
            "cer": self.cer, "edits": self.edits, "chars": self.chars, "pages": self.pages,
            "median_s_per_page": statistics.median(self.seconds_per_page) if self.seconds_per_page else None,
            "per_document": self.documents,
        }


# ---------------------------------------------------------------- the scan mode (file → OCR → extraction)

_SCAN_CER: dict[str, tuple[int, int, int]] = {}  # doc id → (edits, chars, pages) of the last run


def _scan_set(doc: CorpusDocument):
    source = doc.source("txt")
    assert source is not None  # the mode only accepts documents with source.txt
    return make_scans_module().make_scan_set(doc.doc_id, source.read_text(encoding="utf-8"), SCAN_DIR)


def _prepare(doc: CorpusDocument) -> tuple[Any, bytes]:
    scan_set = _scan_set(doc)
    return scan_set, scan_set.scan.read_bytes()


def _run(given: tuple[Any, bytes]) -> Extraction:
    from extractor.pipeline import extract_bytes

    scan_set, data = given
    extraction = extract_bytes(data, filename=scan_set.scan.name)
    edits, chars = cer_counts(scan_set.text, extraction.text)
    _SCAN_CER[scan_set.doc_id] = (edits, chars, len(scan_set.pages))
    return extraction


SCAN_MODE = Mode(
    name="scan",
    description="degraded scans rendered from source.txt (evaluation/make_scans.py) through extractor.extract_bytes"
                " (OCR); also reports OCR CER",
    sources=("txt",),
    prepare=_prepare,
    run=_run,
)
MODES.setdefault(SCAN_MODE.name, SCAN_MODE)


def scan_cer(report: Report) -> CerCount:
    """OCR CER of the degraded scans read during a scan-mode run, with the extraction time per page."""
    count = CerCount()
    for result in report.documents:
        if result.doc_id in _SCAN_CER:
            edits, chars, pages = _SCAN_CER[result.doc_id]
            count.add(result.doc_id, edits, chars, pages, result.elapsed_ms / 1000)
    return count


# ---------------------------------------------------------------- OCR only: other variants, other languages


def ocr_figures(scan_sets: Iterable[Any], variants: Sequence[str] = OCR_VARIANTS, *,
                lang: str | None = None) -> dict[str, CerCount]:
    """CER and time per page of :func:`extractor.ingest.load_bytes` on each variant of each scan set."""
    from extractor.ingest import OcrOptions, load_bytes

    options = OcrOptions(lang=lang) if lang else OcrOptions()
    figures = {variant: CerCount() for variant in variants}
    for scan_set in scan_sets:
        for variant in variants:
            path = getattr(scan_set, variant)
            reference = scan_set.pages[0] if variant == "photo" else scan_set.text
            started = time.perf_counter()
            source = load_bytes(path.read_bytes(), ocr=options)
            elapsed = time.perf_counter() - started
            edits, chars = cer_counts(reference, source.text)
            figures[variant].add(scan_set.doc_id, edits, chars, len(source.pages), elapsed)
    return figures


def run_scan_mode(corpus_dir: Path, *, only: Sequence[str] | None = None,
                  variants: Sequence[str] = OCR_VARIANTS) -> tuple[Report, dict[str, Any]]:
    """The scan benchmark from Python.

    Returns:
        The :class:`Report` in the shape the text mode produces (field scores on the degraded scans,
        time per page), and the OCR figures ``{"scan": {...}, "clean": {...}, ...}`` (see
        :meth:`CerCount.to_json`).
    """
    found = discover(corpus_dir)
    documents = [doc for doc in found.documents if SCAN_MODE.accepts(doc) and (not only or doc.doc_id in only)]
    report = Report(corpus=str(corpus_dir), mode=SCAN_MODE.name, documents=run_documents(documents, SCAN_MODE))
    return report, ocr_section(documents, report, variants=variants)


def ocr_section(documents: Sequence[CorpusDocument], report: Report, *,
                variants: Sequence[str] = OCR_VARIANTS) -> dict[str, Any]:
    """The OCR figures of a scan-mode run: the degraded scans it read, plus the other variants."""
    figures = {"scan": scan_cer(report)}
    figures.update(ocr_figures([_scan_set(doc) for doc in documents], variants))
    return {name: count.to_json() for name, count in figures.items()}


def render_ocr_figures(section: dict[str, Any], out: TextIO) -> None:
    """One line per variant: CER, pages, median seconds per page."""
    out.write("OCR character error rate (NFC, white space collapsed) against the printed source text:\n")
    for name, figures in section.items():
        cer = "—" if figures["cer"] is None else f"{100 * figures['cer']:.2f} %"
        median = figures["median_s_per_page"]
        per_page = "—" if median is None else (f"{1000 * median:.0f} ms/page" if median < 1 else
                                               f"{median:.2f} s/page")
        out.write(f"  {name:<8} CER {cer:>8}  over {figures['pages']} pages ({figures['chars']} chars), "
                  f"median {per_page}\n")
