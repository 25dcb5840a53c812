"""``python -m evaluation``: the benchmark over an annotated corpus (also ``docintel evaluate``).

Runs the extractor over every document of a directory in the corpus layout (see
:mod:`evaluation.documents`), scores each predicted record against its gold record with the rules of
plan-record.md section 3 (:mod:`evaluation.scoring`) and prints the report (:mod:`evaluation.report`).

Exit status: 0 when every document was scored; 1 when a gold or meta file is malformed or the extractor
failed on a document (the report still prints); 2 on a usage error or when there is nothing to score.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evaluation.documents import discover
from evaluation.report import Report, render
from evaluation.runner import MODES, run_documents
from evaluation.scan import SCAN_MODE  # registers --mode scan (OCR over rendered scans)

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation",
        description="Score the extractor against the annotated corpus (plan-record.md, section 3).",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, metavar="DIR",
                        help="a directory in the corpus layout: DIR/<doc_id>/{source.*, gold.json, meta.json} "
                             "(default: the repository's corpus/)")
    parser.add_argument("--json", type=Path, metavar="OUT",
                        help="also write the report as JSON to OUT ('-': JSON on stdout, the table on stderr)")
    parser.add_argument("--only", nargs="+", action="extend", metavar="ID",
                        help="score only these document ids")
    parser.add_argument("--mode", choices=sorted(MODES), default="text",
                        help="; ".join(f"{mode.name}: {mode.description}" for mode in MODES.values()))
    parser.add_argument("--misses", type=int, default=10, metavar="N",
                        help="misses shown per document in the table (all are in the JSON; default 10)")
    parser.add_argument("--ocr-benchmark", type=Path, metavar="DIR",
                        help="instead: OCR character error rate on real scans, DIR = image-only PDFs and "
                             "ground_truth.jsonl (evaluation/ocr_benchmark.py; --json and --only apply)")
    return parser


def _error(message: str) -> int:
    sys.stderr.write(f"evaluation: {message}\n")
    return 2


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; ``argv`` defaults to the command line. Returns the exit status."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has already explained
        return exc.code if isinstance(exc.code, int) else 2
    if args.ocr_benchmark is not None:
        from evaluation import ocr_benchmark

        return ocr_benchmark.main(args.ocr_benchmark, json_out=args.json, only=args.only, out=sys.stdout,
                                  err=sys.stderr)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        return _error(f"không có thư mục kho văn bản {corpus}; hãy kiểm tra lại đường dẫn --corpus")
    mode = MODES[args.mode]

    found = discover(corpus)
    documents = found.documents
    skipped = list(found.skipped)
    if args.only:
        known = {doc.doc_id for doc in documents} | {doc_id for doc_id, _ in found.skipped + found.invalid}
        unknown = [doc_id for doc_id in args.only if doc_id not in known]
        if unknown:
            return _error(f"không có văn bản {', '.join(unknown)} trong {corpus}; hãy kiểm tra lại --only")
        wanted = set(args.only)
        documents = [doc for doc in documents if doc.doc_id in wanted]
        skipped = [(doc_id, why) for doc_id, why in skipped if doc_id in wanted]
        found.invalid = [(doc_id, why) for doc_id, why in found.invalid if doc_id in wanted]
    skipped += [(doc.doc_id, f"no source the {mode.name} mode reads (source.{'|'.join(mode.sources)})")
                for doc in documents if not mode.accepts(doc)]
    documents = [doc for doc in documents if mode.accepts(doc)]
    for doc_id, why in found.invalid:
        sys.stderr.write(f"evaluation: {doc_id}: {why}\n")
    if not documents:
        reasons = "".join(f"\n  {doc_id}: {why}" for doc_id, why in skipped + found.invalid)
        return _error(
            f"không có văn bản nào để chấm trong {corpus} (cần {corpus}/<doc_id>/gold.json đặt cạnh source.*)"
            + reasons
        )

    report = Report(
        corpus=str(corpus),
        mode=mode.name,
        documents=run_documents(documents, mode),
        skipped=skipped + [(doc_id, f"invalid: {why}") for doc_id, why in found.invalid],
    )
    data = report.to_json()
    if mode is SCAN_MODE:  # OCR character error rate beside the field scores
        from evaluation.scan import ocr_section, render_ocr_figures

        data["ocr"] = ocr_section(documents, report)
    if args.json is not None and str(args.json) == "-":
        render(report, sys.stderr, max_misses=args.misses)
        if "ocr" in data:
            render_ocr_figures(data["ocr"], sys.stderr)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        render(report, sys.stdout, max_misses=args.misses)
        if "ocr" in data:
            render_ocr_figures(data["ocr"], sys.stdout)
        if args.json is not None:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 1 if found.invalid or data["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
