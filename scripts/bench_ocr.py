#!/usr/bin/env python3
"""Ingestion benchmark: OCR seconds per page (pages in parallel), peak memory of a 20-page scan, digital PDF
milliseconds per page, and the OCR character error rate per Tesseract language option.

Uses the scan corpus of ``scripts/make_scans.py`` (generated on demand into build/scans/). Measures, not
tests: run it on an idle machine and quote the figures (docs/ocr.md). Usage::

    .venv/bin/python scripts/bench_ocr.py                 # speed, memory, digital PDFs
    .venv/bin/python scripts/bench_ocr.py --langs vie vie+eng Vietnamese --variants clean scan
    .venv/bin/python scripts/bench_ocr.py --json build/bench_ocr.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402 — after the sys.path line above, as the imports below

from evaluation.scan import cer_counts, make_scans_module, ocr_figures, render_ocr_figures  # noqa: E402
from extractor.ingest import OcrOptions, load_bytes  # noqa: E402


class PeakMemory:
    """Samples the memory of this process plus all its children (OCR workers, tesseract), every 50 ms.

    Summed as PSS (proportional set size): forked workers share the parent's libraries and pages, and a sum of
    RSS would count those once per process. ``peak_rss`` is the RSS sum, an upper bound, kept for reference.
    """

    def __init__(self, interval: float = 0.05):
        self.interval = interval
        self.peak = 0
        self.peak_rss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            pss = rss = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    info = process.memory_full_info()
                    pss, rss = pss + info.pss, rss + info.rss
                except psutil.Error:
                    pass
            self.peak, self.peak_rss = max(self.peak, pss), max(self.peak_rss, rss)
            time.sleep(self.interval)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def cpu_seconds() -> float:
    """CPU time of this process and its live children, including the children they reaped (tesseract)."""
    total = 0.0
    for process in [psutil.Process(), *psutil.Process().children()]:
        try:
            t = process.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
        except psutil.Error:
            pass
    return total


def twenty_page_scan(scan_sets, pages: int = 20) -> tuple[bytes, str]:
    """An image-only PDF of the first ``pages`` degraded pages of the corpus, and its reference text."""
    import pypdfium2 as pdfium

    ms = make_scans_module()
    jpegs, texts = [], []
    for scan_set in scan_sets:
        doc = pdfium.PdfDocument(scan_set.scan)
        for index in range(len(doc)):
            if len(jpegs) == pages:
                break
            image = doc[index].get_objects().__next__()  # the page's one image object: its JPEG as stored
            jpegs.append(image.get_data(decode_simple=True))
            texts.append(scan_set.pages[index])
        doc.close()
        if len(jpegs) == pages:
            break
    return ms.images_pdf(jpegs), "\n\n".join(texts)


def bench_speed_and_memory(scan_sets, pages: int) -> dict:
    data, reference = twenty_page_scan(scan_sets, pages)
    load_bytes(_warm_up_pdf(scan_sets))  # warm-up: imports, worker pool, Tesseract model
    load = os.getloadavg()[0]
    cpu_before = cpu_seconds()
    with PeakMemory() as memory:
        started = time.perf_counter()
        source = load_bytes(data)
        wall = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    edits, chars = cer_counts(reference, source.text)
    return {
        "pages": len(source.pages),
        "workers": OcrOptions().workers or len(os.sched_getaffinity(0)),
        "wall_s": wall,
        "s_per_page_parallel": wall / len(source.pages),
        # CPU time is what the work costs whatever else runs on the machine; on an idle machine the wall time
        # per page with N workers is about cpu / pages / N (the work is CPU-bound and the pages independent).
        "cpu_s_per_page": cpu / len(source.pages),
        "idle_estimate_s_per_page": cpu / len(source.pages) / (OcrOptions().workers or len(os.sched_getaffinity(0))),
        "peak_pss_mb": memory.peak / 2**20,
        "peak_rss_sum_mb": memory.peak_rss / 2**20,
        "load_average_before": load,
        "cer": edits / chars,
    }


def _warm_up_pdf(scan_sets) -> bytes:
    data, _ = twenty_page_scan(scan_sets, 2)
    return data


def bench_page_latency(scan_sets, pages: int) -> dict:
    """Per-page OCR time inside the workers (what one page costs), from the pages of the speed run."""
    import numpy as np
    import pypdfium2 as pdfium

    from extractor.ingest import ocr as ocr_mod

    times, tesseract = [], []
    seen = 0
    for scan_set in scan_sets:
        doc = pdfium.PdfDocument(scan_set.scan)
        for index in range(len(doc)):
            if seen == pages:
                break
            rgb = np.asarray(doc[index].render(scale=300 / 72).to_pil().convert("RGB"))
            started = time.perf_counter()
            result = ocr_mod.ocr_page(rgb, page_number=index + 1, first_page=index == 0, dpi=300)
            times.append(time.perf_counter() - started)
            tesseract.append(result.timings_ms.get("tesseract", 0) / 1000)
            seen += 1
        doc.close()
        if seen == pages:
            break
    return {"pages": len(times), "median_s": statistics.median(times), "max_s": max(times),
            "median_tesseract_s": statistics.median(tesseract)}


def bench_digital(scan_sets) -> dict:
    per_page, edits, chars = [], 0, 0
    for scan_set in scan_sets:
        data = scan_set.digital.read_bytes()
        load_bytes(data)  # warm caches (fonts) so the figure is the steady state
        started = time.perf_counter()
        source = load_bytes(data)
        per_page.append((time.perf_counter() - started) * 1000 / len(source.pages))
        e, c = cer_counts(scan_set.text, source.text)
        edits, chars = edits + e, chars + c
    return {"documents": len(per_page), "median_ms_per_page": statistics.median(per_page),
            "max_ms_per_page": max(per_page), "cer": edits / chars}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "scans")
    parser.add_argument("--pages", type=int, default=20, help="pages of the speed/memory run (default 20)")
    parser.add_argument("--langs", nargs="*", default=[], help="also compare OCR CER for these lang options")
    parser.add_argument("--variants", nargs="+", default=["clean", "scan", "photo"])
    parser.add_argument("--only", nargs="*", help="document ids for the language comparison")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    scan_sets = make_scans_module().ensure_scans(args.corpus, args.out)
    results: dict = {}
    if not args.skip_speed:
        results["digital_pdf"] = bench_digital(scan_sets)
        print(f"digital PDF: median {results['digital_pdf']['median_ms_per_page']:.0f} ms/page "
              f"(max {results['digital_pdf']['max_ms_per_page']:.0f}), CER {100 * results['digital_pdf']['cer']:.3f} %",
              flush=True)
        results["parallel"] = bench_speed_and_memory(scan_sets, args.pages)
        r = results["parallel"]
        print(f"{r['pages']}-page scan, {r['workers']} workers: {r['wall_s']:.1f} s wall = "
              f"{r['s_per_page_parallel']:.2f} s/page; peak memory {r['peak_pss_mb']:.0f} MB PSS "
              f"({r['peak_rss_sum_mb']:.0f} MB summed RSS; this process + workers + tesseract); "
              f"CER {100 * r['cer']:.2f} %; load average before {r['load_average_before']:.2f}", flush=True)
        print(f"CPU {r['cpu_s_per_page']:.2f} s per page → on an idle machine ≈ {r['idle_estimate_s_per_page']:.2f} "
              f"s/page with {r['workers']} workers", flush=True)
        results["latency"] = bench_page_latency(scan_sets, min(args.pages, 10))
        r = results["latency"]
        print(f"one page alone: median {r['median_s']:.2f} s (max {r['max_s']:.2f}), "
              f"of which Tesseract {r['median_tesseract_s']:.2f} s", flush=True)
    subset = [s for s in scan_sets if not args.only or s.doc_id in args.only]
    for lang in args.langs:
        figures = ocr_figures(subset, [v for v in args.variants if v != "digital"], lang=lang)
        results.setdefault("langs", {})[lang] = {name: count.to_json() for name, count in figures.items()}
        print(f"lang {lang}:")
        render_ocr_figures(results["langs"][lang], sys.stdout)
        sys.stdout.flush()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
