"""OCR benchmark on real scans: ``python -m evaluation --ocr-benchmark DIR``.

DIR holds image-only PDFs and ``ground_truth.jsonl`` (one JSON object a line: ``doc_id`` — the PDF is
``DIR/<doc_id>.pdf`` — and ``text``, the reference text of page 1), the layout of the ``real`` configuration
of vn-ocr-documents-eval (a copy lives outside the repository, e.g. ``../shared/real/ocr-benchmark``).

Every PDF goes through the same path as an upload, :func:`extractor.ingest.load_bytes`, and the text scored
is what ingestion hands the pipeline (page 1 of ``SourceDocument.text``), before the extractor's
normalisation: that is where OCR and reading order are decided. The metric is the benchmark authors' own:
``Levenshtein(hyp, ref) / max(len(hyp), len(ref))`` after NFC and collapsing every run of white space to one
space, then the mean and median over documents. The references carry no layout, so line breaks do not count.

Time per page is wall time; CPU time per page adds this process and its (Tesseract) children, which is why
pages are read in this process (``workers=1``: the per-page work is the upload's, only not in parallel).
"""

from __future__ import annotations

import json
import re
import resource
import statistics
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

from rapidfuzz.distance import Levenshtein

GROUND_TRUTH = "ground_truth.jsonl"

# The benchmark authors' figures on the nine real pages (README of the benchmark copy): (system, mean, median).
PUBLISHED: tuple[tuple[str, float, float | None], ...] = (
    ("PaddleOCR PP-OCRv5 (mobile)", 0.2074, None),
    ("PaddleOCR fine-tuned for Vietnamese", 0.1508, None),
    ("VietOCR", 0.1433, 0.1224),
    ("Tesseract vie+eng (their PDF→DOCX pipeline)", 0.1262, None),
    ("Tesseract + 900 MB seq2seq corrector on GPU (their best)", 0.1142, 0.1065),
)


class BenchmarkError(ValueError):
    """The benchmark directory is missing, empty or malformed (the message says which file and why)."""


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def cer(hypothesis: str, reference: str) -> float:
    """The benchmark's CER: edit distance over the longer of the two, after NFC and white-space collapsing."""
    hyp, ref = collapse(hypothesis), collapse(reference)
    longest = max(len(hyp), len(ref))
    return Levenshtein.distance(hyp, ref) / longest if longest else 0.0


@dataclass(frozen=True, slots=True)
class Case:
    doc_id: str
    pdf: Path
    reference: str


@dataclass(frozen=True, slots=True)
class Result:
    doc_id: str
    cer: float
    pages: int
    seconds_per_page: float
    cpu_seconds_per_page: float
    hypothesis: str


def load_cases(directory: Path, only: Sequence[str] | None = None) -> list[Case]:
    """The benchmark's documents, in ground-truth order. Raises :class:`BenchmarkError`."""
    truth = directory / GROUND_TRUTH
    if not truth.is_file():
        raise BenchmarkError(f"{truth} does not exist (the benchmark directory needs {GROUND_TRUTH} beside its PDFs)")
    cases: list[Case] = []
    for number, line in enumerate(truth.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            doc_id, reference = str(entry["doc_id"]), str(entry["text"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise BenchmarkError(f"{truth}, line {number}: not an object with doc_id and text ({exc})") from None
        pdf = directory / f"{doc_id}.pdf"
        if not pdf.is_file():
            raise BenchmarkError(f"{truth}, line {number}: {pdf} does not exist")
        cases.append(Case(doc_id, pdf, reference))
    if only:
        unknown = sorted(set(only) - {case.doc_id for case in cases})
        if unknown:
            raise BenchmarkError(f"no document {', '.join(unknown)} in {truth}")
        cases = [case for case in cases if case.doc_id in set(only)]
    if not cases:
        raise BenchmarkError(f"{truth} lists no document")
    return cases


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_case(case: Case) -> Result:
    """One document through ingestion; the hypothesis is page 1's text as the pipeline receives it."""
    from extractor.ingest import OcrOptions, load_bytes

    data = case.pdf.read_bytes()
    wall, cpu = time.perf_counter(), _cpu_seconds()
    source = load_bytes(data, filename=case.pdf.name, ocr=OcrOptions(workers=1))
    wall, cpu = time.perf_counter() - wall, _cpu_seconds() - cpu
    page = source.pages[0]
    hypothesis = source.text[page.start : page.end]
    pages = len(source.pages)
    return Result(case.doc_id, cer(hypothesis, case.reference), pages, wall / pages, cpu / pages, hypothesis)


def run(directory: Path, only: Sequence[str] | None = None) -> list[Result]:
    return [run_case(case) for case in load_cases(directory, only)]


def summary(results: Sequence[Result]) -> dict[str, Any]:
    cers = [r.cer for r in results]
    return {
        "documents": len(results),
        "mean_cer": statistics.fmean(cers),
        "median_cer": statistics.median(cers),
        "median_s_per_page": statistics.median(r.seconds_per_page for r in results),
        "median_cpu_s_per_page": statistics.median(r.cpu_seconds_per_page for r in results),
        "per_document": [{k: v for k, v in asdict(r).items() if k != "hypothesis"} for r in results],
        "published": [{"system": s, "mean_cer": m, "median_cer": md} for s, m, md in PUBLISHED],
    }


def render(results: Sequence[Result], out: TextIO) -> None:
    data = summary(results)
    out.write(f"{'document':<30} {'CER':>7} {'s/page':>7} {'CPU s/page':>10}\n")
    for r in results:
        out.write(f"{r.doc_id:<30} {r.cer:>7.2%} {r.seconds_per_page:>7.2f} {r.cpu_seconds_per_page:>10.2f}\n")
    out.write(f"\n{'system':<58} {'mean CER':>9} {'median':>8}\n")
    out.write(f"{'docintel (this run)':<58} {data['mean_cer']:>9.2%} {data['median_cer']:>8.2%}\n")
    for system, mean, median in PUBLISHED:
        out.write(f"{system:<58} {mean:>9.2%} {median:>8.2%}\n" if median is not None
                  else f"{system:<58} {mean:>9.2%} {'':>8}\n")
    out.write(f"\nmedian {data['median_s_per_page']:.2f} s/page wall, {data['median_cpu_s_per_page']:.2f} s/page CPU "
              f"({len(results)} documents)\n")


def main(directory: Path, *, json_out: Path | None = None, only: Sequence[str] | None = None,
         out: TextIO, err: TextIO) -> int:
    """Run the benchmark and print the table (JSON to ``json_out``, '-' for stdout). Returns the exit status."""
    try:
        results = run(directory, only)
    except BenchmarkError as exc:
        err.write(f"evaluation: {exc}\n")
        return 2
    to_stdout = json_out is not None and str(json_out) == "-"
    render(results, err if to_stdout else out)
    if json_out is not None:
        data = summary(results)
        data["per_document"] = [{**row, "hypothesis": r.hypothesis}
                                for row, r in zip(data["per_document"], results, strict=True)]
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if to_stdout:
            out.write(text)
        else:
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(text, encoding="utf-8")
    return 0
