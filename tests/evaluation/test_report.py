"""Report arithmetic and rendering."""

from __future__ import annotations

import io

import pytest

from evaluation.report import DocumentResult, Report, percentile, render
from evaluation.scoring import score_record


@pytest.mark.parametrize(
    "values,q,expected",
    [
        ([], 95, None),
        ([5.0], 95, 5.0),
        ([20.0, 10.0], 95, 20.0),  # rank ceil(0.95·2) = 2
        ([float(v) for v in range(1, 21)], 95, 19.0),  # rank ceil(0.95·20) = 19
        ([float(v) for v in range(1, 21)], 50, 10.0),  # rank 10
    ],
)
def test_percentile_nearest_rank(values: list[float], q: float, expected: float | None) -> None:
    assert percentile(values, q) == expected


def _report() -> Report:
    right = DocumentResult("right", score_record({"document": {"kind": "cong_van"}}, {"document": {"kind": "cong_van"}}),
                           elapsed_ms=4.0, pages=2)
    wrong = DocumentResult("wrong", score_record({"document": {"number": "1/KH"}}, {"document": {"number": "2/KH"}}),
                           elapsed_ms=10.0, pages=1)
    return Report(corpus="c", mode="text", documents=[right, wrong])


def test_report_micro_per_field_and_timing() -> None:
    data = _report().to_json()
    # kind tp 1; number wrong → fp 1 + fn 1. Micro: P 1/2, R 1/2, F1 2/(2+1+1).
    assert data["micro"] == {"tp": 1, "fp": 1, "fn": 1, "support": 2, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert data["fields"]["document.number"]["f1"] == 0.0
    assert data["fields"]["document.urgency"]["f1"] is None  # no gold, no prediction: undefined
    assert data["all_right"] == {"documents": 1, "share": 0.5}
    # per document 4 and 10 ms; per page 4/2 = 2 and 10/1 = 10 ms.
    assert data["timing"]["per_document_ms"] == {"median": 7.0, "p95": 10.0, "mean": 7.0}
    assert data["timing"]["per_page_ms"] == {"median": 6.0, "p95": 10.0, "mean": 6.0}
    [miss] = data["per_document"][1]["misses"]
    assert miss == {"field": "document.number", "kind": "wrong", "gold": "1/KH", "predicted": "2/KH",
                    "gold_at": "/document/number", "predicted_at": "/document/number"}


def test_header_fields_and_register_values_get_their_own_line() -> None:
    report = _report()
    data = report.to_json()
    # the header holds kind (tp) and the wrong number (fp + fn); the body has nothing here.
    assert data["header"]["tp"] == 1 and data["header"]["fp"] == 1 and data["header"]["fn"] == 1
    assert data["register_values"]["document.number"] == {"stated": 1, "right": 0, "wrong": 1, "silent": 1}
    assert data["register_values"]["document.issue_date"] == {"stated": 0, "right": 0, "wrong": 0, "silent": 0}
    out = io.StringIO()
    render(report, out, rich=False)
    assert "header fields: micro F1 50.0 %" in out.getvalue()
    assert "number right 0/1, date right 0/0, output wrong 1 (silent 1)" in out.getvalue()


def test_a_wrong_number_flagged_for_the_clerk_is_not_silent() -> None:
    flagged = DocumentResult("flagged", score_record({"document": {"number": "1/KH"}}, {"document": {"number": "7/KH"}}),
                             elapsed_ms=1.0, flagged=frozenset({"document.number"}))
    silent = DocumentResult("silent", score_record({"document": {"issue_date": "2025-01-02"}},
                                                   {"document": {"issue_date": "2025-01-03"}}),
                            elapsed_ms=1.0, flagged=frozenset({"document.number"}))  # the date is not flagged
    values = Report(corpus="c", mode="file", documents=[flagged, silent]).register_values()
    assert values["document.number"]["wrong"] == 1 and values["document.number"]["silent"] == 0
    assert values["document.issue_date"]["wrong"] == 1 and values["document.issue_date"]["silent"] == 1


@pytest.mark.parametrize("rich", [False, True])
def test_render_lists_fields_misses_and_headline(rich: bool) -> None:
    out = io.StringIO()
    render(_report(), out, rich=rich)
    text = out.getvalue()
    assert "document.opening" not in text
    assert "event.opening_ceremony.venue" in text  # the longest path is never cut
    assert "micro F1 50.0 %" in text
    assert "wrong document.number: gold 1/KH · predicted 2/KH" in text
    assert ("┃" in text) is rich


@pytest.mark.parametrize("rich", [False, True])
def test_real_and_written_documents_are_reported_on_separate_lines(rich: bool) -> None:
    report = _report()
    report.documents[0].meta = {"origin": "written"}
    report.documents[1].meta = {"origin": "real"}
    data = report.to_json()
    assert set(data["by_origin"]) == {"real", "written"}
    assert data["by_origin"]["written"]["micro"]["f1"] == 1.0
    assert data["by_origin"]["real"]["micro"]["f1"] == 0.0
    assert data["by_origin"]["real"]["fields"]["document.number"]["fn"] == 1
    out = io.StringIO()
    render(report, out, rich=rich)
    text = out.getvalue()
    assert "real documents (1): micro F1 0.0 %" in text
    assert "written documents (1): micro F1 100.0 %" in text
    if not rich:  # rich wraps the column headers to the console width
        assert "F1 real %" in text and "F1 written %" in text


def test_seeds_count_as_real_documents() -> None:
    report = _report()
    for doc in report.documents:
        doc.meta = {"origin": "seed"}
    assert list(report.to_json()["by_origin"]) == ["real"]
