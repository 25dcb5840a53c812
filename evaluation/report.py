"""The benchmark report: slot scores summed over the corpus, timings, and the misses of each document.

Terms:

*micro* figures
    Computed from tp, fp and fn summed over every slot of every document (the headline F1), as opposed
    to an average of per-field figures. Precision is tp/(tp+fp), recall tp/(tp+fn), F1 2·tp/(2·tp+fp+fn);
    a figure whose denominator is 0 is undefined and reported as ``null`` (``—`` in the table).
*support*
    The number of gold values of a field: tp + fn.
*all right*
    A document with no false positive and no false negative in any slot.
*p95*
    The nearest-rank 95th percentile: the smallest value that at least 95 % of the values do not exceed.
*origin*
    ``real`` for documents nobody on the project wrote (``meta.json`` origin ``seed`` or ``real``),
    ``written`` for the rest. The two are always reported on separate lines: figures on documents we
    wrote say little about the directives clerks receive.

The report renders as a rich table on a terminal and as plain text otherwise (a pipe, a CI log), and as a
JSON object (:meth:`Report.to_json`) for programs.
"""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import dataclass, field
from typing import Any, TextIO

from evaluation.scoring import FIELD_PATHS, Counts, DocumentScore, Miss

__all__ = ["DocumentResult", "Report", "origin_group", "percentile", "render"]

JSON_FORMAT = "docintel-evaluation/1"  # bump when the JSON shape changes


# The header fields a clerk registers a document by (issue 12's "header fields"), and the two values a register
# cannot do without: reported on their own line so that the body's many tasks do not hide them.
HEADER_FIELDS: tuple[str, ...] = (
    "document.kind", "document.number", "document.issue_date", "document.place", "document.subject",
    "issuer.name", "issuer.parent", "addressees", "distribution", "signer.authority", "signer.title", "signer.name",
)
REGISTER_VALUES: tuple[str, ...] = ("document.number", "document.issue_date")


def percentile(values: list[float], q: float) -> float | None:
    """The nearest-rank ``q``-th percentile (0 < q ≤ 100) of ``values``; ``None`` for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def _summary(values: list[float]) -> dict[str, float | None]:
    return {
        "median": statistics.median(values) if values else None,
        "p95": percentile(values, 95),
        "mean": statistics.fmean(values) if values else None,
    }


def _figures(counts: Counts) -> dict[str, Any]:
    return {
        "tp": counts.tp, "fp": counts.fp, "fn": counts.fn, "support": counts.support,
        "precision": counts.precision, "recall": counts.recall, "f1": counts.f1,
    }


def _miss_json(miss: Miss) -> dict[str, Any]:
    return {
        "field": miss.field, "kind": miss.kind, "gold": miss.gold, "predicted": miss.predicted,
        "gold_at": miss.gold_at, "predicted_at": miss.predicted_at,
    }


REAL_ORIGINS = frozenset({"seed", "real"})  # documents nobody on the project wrote


def origin_group(meta: dict[str, Any]) -> str:
    """``real`` or ``written``: the line of the report a document is counted on (see *origin*)."""
    return "real" if meta.get("origin") in REAL_ORIGINS else "written"


@dataclass(slots=True)
class DocumentResult:
    """One document's score, with the time the extractor took and the document's metadata."""

    doc_id: str
    score: DocumentScore
    elapsed_ms: float
    pages: int = 1
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None  # the extractor failed; the document was scored as an empty prediction
    flagged: frozenset[str] = frozenset()  # field paths whose value the clerk is told to check (low confidence)


@dataclass(slots=True)
class Report:
    """The results of one benchmark run."""

    corpus: str
    mode: str
    documents: list[DocumentResult]
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, reason) not scored at all

    def field_counts(self) -> dict[str, Counts]:
        """Counts per field path, summed over the documents."""
        totals = {path: Counts() for path in FIELD_PATHS}
        for doc in self.documents:
            for path, counts in doc.score.counts.items():
                totals[path] = totals[path] + counts
        return totals

    def total(self) -> Counts:
        """Counts summed over every slot of every document: the micro figures."""
        return sum(self.field_counts().values(), Counts())

    def all_right(self) -> int:
        """Documents whose every slot is right."""
        return sum(doc.score.all_right for doc in self.documents)

    def header(self) -> Counts:
        """Counts summed over :data:`HEADER_FIELDS`."""
        counts = self.field_counts()
        return sum((counts[path] for path in HEADER_FIELDS), Counts())

    def register_values(self) -> dict[str, dict[str, int]]:
        """Per value of :data:`REGISTER_VALUES`: documents whose page states it, read right, output wrong, and
        output wrong without being flagged for the clerk (the issues forbid those: a wrong number in the register)."""
        out = {}
        for path in REGISTER_VALUES:
            wrong = [doc for doc in self.documents if doc.score.counts.get(path, Counts()).fp > 0]
            slots = [doc.score.counts.get(path, Counts()) for doc in self.documents]
            out[path] = {"stated": sum(c.support > 0 for c in slots), "right": sum(c.tp > 0 for c in slots),
                         "wrong": len(wrong), "silent": sum(path not in doc.flagged for doc in wrong)}
        return out

    def by_origin(self) -> dict[str, Report]:
        """The same run split into ``real`` and ``written`` documents (only the groups that occur)."""
        groups: dict[str, list[DocumentResult]] = {}
        for doc in self.documents:
            groups.setdefault(origin_group(doc.meta), []).append(doc)
        return {name: Report(self.corpus, self.mode, docs) for name, docs in sorted(groups.items())}

    def _headline(self) -> dict[str, Any]:
        n = len(self.documents)
        return {
            "documents": n,
            "micro": _figures(self.total()),
            "all_right": {"documents": self.all_right(), "share": self.all_right() / n if n else None},
        }

    def to_json(self) -> dict[str, Any]:
        """The report as a JSON object (see the module docstring for the terms)."""
        n = len(self.documents)
        per_doc_ms = [doc.elapsed_ms for doc in self.documents]
        per_page_ms = [doc.elapsed_ms / max(doc.pages, 1) for doc in self.documents]
        return {
            "format": JSON_FORMAT,
            "corpus": self.corpus,
            "mode": self.mode,
            "documents": n,
            "skipped": [{"id": doc_id, "reason": reason} for doc_id, reason in self.skipped],
            "errors": [{"id": doc.doc_id, "error": doc.error} for doc in self.documents if doc.error],
            "micro": _figures(self.total()),
            "all_right": {"documents": self.all_right(), "share": self.all_right() / n if n else None},
            "header": _figures(self.header()),
            "register_values": self.register_values(),
            "fields": {path: _figures(counts) for path, counts in self.field_counts().items()},
            "by_origin": {
                name: {
                    **group._headline(),
                    "fields": {path: _figures(counts) for path, counts in group.field_counts().items()},
                }
                for name, group in self.by_origin().items()
            },
            "timing": {
                "pages": sum(doc.pages for doc in self.documents),
                "per_document_ms": _summary(per_doc_ms),
                "per_page_ms": _summary(per_page_ms),
            },
            "per_document": [
                {
                    "id": doc.doc_id,
                    "meta": doc.meta,
                    "all_right": doc.score.all_right,
                    **_figures(doc.score.total),
                    "elapsed_ms": doc.elapsed_ms,
                    "pages": doc.pages,
                    "error": doc.error,
                    "misses": [_miss_json(miss) for miss in doc.score.misses],
                }
                for doc in self.documents
            ],
        }


# ---------------------------------------------------------------- rendering


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _pct_unit(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _brief(value: Any, width: int = 70) -> str:
    if value is None:
        return "∅"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def _field_header(data: dict[str, Any]) -> list[str]:
    header = ["field", "tp", "fp", "fn", "support", "P %", "R %", "F1 %"]
    if len(data["by_origin"]) > 1:  # one F1 column per origin, so real and written are never blended
        header += [f"F1 {name} %" for name in data["by_origin"]]
    return header


def _field_rows(data: dict[str, Any]) -> list[list[str]]:
    groups = list(data["by_origin"].values()) if len(data["by_origin"]) > 1 else []
    return [
        [path, str(f["tp"]), str(f["fp"]), str(f["fn"]), str(f["support"]),
         _pct(f["precision"]), _pct(f["recall"]), _pct(f["f1"])]
        + [_pct(group["fields"][path]["f1"]) for group in groups]
        for path, f in data["fields"].items()
    ]


def _micro_line(micro: dict[str, Any]) -> str:
    return (
        f"micro F1 {_pct_unit(micro['f1'])}  (P {_pct_unit(micro['precision'])}, "
        f"R {_pct_unit(micro['recall'])}; tp {micro['tp']}, fp {micro['fp']}, fn {micro['fn']})"
    )


def _register_line(data: dict[str, Any]) -> str:
    number, date = (data["register_values"][path] for path in REGISTER_VALUES)
    return (
        f"header fields: {_micro_line(data['header'])} · number right {number['right']}/{number['stated']}, "
        f"date right {date['right']}/{date['stated']}, output wrong {number['wrong'] + date['wrong']} "
        f"(silent {number['silent'] + date['silent']})"
    )


def _summary_lines(data: dict[str, Any]) -> list[str]:
    micro, timing = data["micro"], data["timing"]
    right = data["all_right"]
    lines = [
        f"corpus {data['corpus']} · mode {data['mode']} · {data['documents']} documents, {timing['pages']} pages",
        _micro_line(micro),
        f"documents with every slot right: {right['documents']}/{data['documents']} ({_pct_unit(right['share'])})",
        _register_line(data),
    ]
    lines += [
        f"  {name} documents ({group['documents']}): {_micro_line(group['micro'])}; every slot right "
        f"{group['all_right']['documents']}/{group['documents']}"
        for name, group in data["by_origin"].items()
    ]
    lines += [
        (
            f"time per document: median {_ms(timing['per_document_ms']['median'])} ms, "
            f"p95 {_ms(timing['per_document_ms']['p95'])} ms · per page: median "
            f"{_ms(timing['per_page_ms']['median'])} ms, p95 {_ms(timing['per_page_ms']['p95'])} ms"
        ),
    ]
    lines += [f"skipped {s['id']}: {s['reason']}" for s in data["skipped"]]
    lines += [f"extractor failed on {e['id']}: {e['error']}" for e in data["errors"]]
    return lines


def _miss_lines(doc: dict[str, Any], max_misses: int) -> list[str]:
    lines = [f"{m['kind']:<5} {m['field']}: gold {_brief(m['gold'])} · predicted {_brief(m['predicted'])}"
             for m in doc["misses"][:max_misses]]
    if len(doc["misses"]) > max_misses:
        lines.append(f"… and {len(doc['misses']) - max_misses} more (see --json)")
    return lines


def _render_plain(data: dict[str, Any], out: TextIO, max_misses: int) -> None:
    header = _field_header(data)
    rows = [header, *_field_rows(data)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        out.write("  ".join(cells) + "\n")
    out.write("\n")
    for doc in data["per_document"]:
        if doc["all_right"] or max_misses <= 0:
            continue
        out.write(f"{doc['id']}  (tp {doc['tp']}, fp {doc['fp']}, fn {doc['fn']})\n")
        out.writelines(f"  {line}\n" for line in _miss_lines(doc, max_misses))
    out.write("\n".join(_summary_lines(data)) + "\n")


def _render_rich(data: dict[str, Any], out: TextIO, max_misses: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out)
    table = Table(title="Slot scores per field", title_justify="left")
    header = _field_header(data)
    table.add_column(header[0], no_wrap=True, min_width=max(map(len, FIELD_PATHS)))
    for name in header[1:]:
        table.add_column(name, justify="right", no_wrap=True)
    for row in _field_rows(data):
        table.add_row(*row)
    console.print(table)
    for doc in data["per_document"]:
        if doc["all_right"] or max_misses <= 0:
            continue
        console.print(f"[bold]{doc['id']}[/]  (tp {doc['tp']}, fp {doc['fp']}, fn {doc['fn']})", highlight=False)
        for line in _miss_lines(doc, max_misses):
            console.print(f"  {line}", markup=False, highlight=False)
    summary = _summary_lines(data)
    console.print(summary[0], markup=False, highlight=False)
    console.print(f"[bold]{summary[1]}[/]", highlight=False)
    for line in summary[2:]:
        console.print(line, markup=False, highlight=False)


def render(report: Report, out: TextIO, *, max_misses: int = 10, rich: bool | None = None) -> None:
    """Write the report for a reader: per-field table, misses per document, then the headline.

    Args:
        report: The report.
        out: Where to write.
        max_misses: Misses shown per document (all are in the JSON); 0 shows none.
        rich: A rich table (default: when ``out`` is a terminal) rather than plain text.
    """
    data = report.to_json()
    if rich is None:
        rich = hasattr(out, "isatty") and out.isatty()
    (_render_rich if rich else _render_plain)(data, out, max_misses)
