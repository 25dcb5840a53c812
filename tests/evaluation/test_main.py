"""``python -m evaluation`` end to end over a tiny corpus written by the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.__main__ import main
from evaluation.documents import CorpusDocument
from evaluation.runner import MODES, TEXT_MODE, Mode
from evaluation.scoring import FIELD_PATHS
from extractor.record import PlanRecord
from extractor.types import Extraction

# Gold values the source text does not contain: no extractor can find them in it, so tp is 0 and F1 is 0
# whatever the extractor becomes (today it returns the empty record).
GOLD_A = {
    "document": {"kind": "cong_van", "number": "477/PGDĐT-VP", "issue_date": "2021-09-20", "place": "Bến Cát"},
    "issuer": {"name": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "parent": "UBND THỊ XÃ BẾN CÁT"},
    "assignments": [{"agency": "các xã, phường", "tasks": ["Đẩy mạnh tuyên truyền", "Báo cáo kết quả"]}],
}
GOLD_B = {
    "document": {"kind": "ke_hoach", "number": "489/KH-UBND"},
    "reporting": [{"deadline": "2021-10-11", "relation": "before", "recipient": "Phòng Giáo dục và Đào tạo"}],
}
UNRELATED_TEXT = "Lorem ipsum dolor sit amet.\n"


def write_document(corpus: Path, doc_id: str, gold: dict[str, Any] | None, sources: dict[str, str]) -> None:
    directory = corpus / doc_id
    directory.mkdir(parents=True)
    for name, text in sources.items():
        (directory / name).write_text(text, encoding="utf-8")
    if gold is not None:
        record = PlanRecord.model_validate(gold).to_json()
        (directory / "gold.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (directory / "meta.json").write_text(json.dumps({"id": doc_id, "hard": ["test"]}), encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    write_document(corpus, "doc_a", GOLD_A, {"source.txt": UNRELATED_TEXT})
    write_document(corpus, "doc_b", GOLD_B, {"source.txt": UNRELATED_TEXT})
    return corpus


def run(corpus: Path, tmp_path: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    out = tmp_path / "report.json"
    status = main(["--corpus", str(corpus), "--json", str(out), *extra])
    return status, json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}


def test_main_report_structure_and_zero_f1(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = run(corpus, tmp_path)
    assert status == 0
    assert report["documents"] == 2 and report["mode"] == "text"
    assert set(report) >= {"micro", "all_right", "fields", "timing", "per_document", "skipped", "errors"}
    assert list(report["fields"]) == list(FIELD_PATHS)
    for figures in report["fields"].values():
        assert set(figures) == {"tp", "fp", "fn", "support", "precision", "recall", "f1"}
        assert figures["support"] == figures["tp"] + figures["fn"]
    # Gold A states 4 document + 2 issuer values, 1 assignment, 2 tasks = 9; gold B 2 + 1 report + 2 = 5.
    assert report["micro"]["tp"] == 0
    assert report["micro"]["tp"] + report["micro"]["fn"] == 14
    assert report["micro"]["f1"] == 0.0
    assert report["micro"]["recall"] == 0.0
    assert report["all_right"] == {"documents": 0, "share": 0.0}
    assert report["fields"]["assignments.tasks"]["support"] == 2
    assert [doc["id"] for doc in report["per_document"]] == ["doc_a", "doc_b"]
    doc_a = report["per_document"][0]
    assert doc_a["meta"]["hard"] == ["test"] and doc_a["pages"] == 1 and doc_a["error"] is None
    assert {m["field"] for m in doc_a["misses"] if m["kind"] == "fn"} >= {"document.number", "assignments.tasks"}
    timing = report["timing"]
    assert timing["pages"] == 2
    assert set(timing["per_document_ms"]) == set(timing["per_page_ms"]) == {"median", "p95", "mean"}
    assert timing["per_document_ms"]["p95"] >= timing["per_document_ms"]["median"] >= 0
    printed = capsys.readouterr().out
    assert "micro F1 0.0 %" in printed and "document.number" in printed


def _perfect_mode(calls: list[str]) -> Mode:
    """A stand-in extractor that returns each document's gold record (and counts its calls)."""

    def run(doc: CorpusDocument) -> Extraction:
        calls.append(doc.doc_id)
        return Extraction(record=doc.gold)

    return Mode(name="text", description="gold", sources=("txt",), prepare=lambda doc: doc, run=run)


def test_main_perfect_extractor_scores_one_and_warms_up_once(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setitem(MODES, "text", _perfect_mode(calls))
    status, report = run(corpus, tmp_path)
    assert status == 0
    assert report["micro"] == {"tp": 14, "fp": 0, "fn": 0, "support": 14, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report["all_right"] == {"documents": 2, "share": 1.0}
    # One untimed warm-up run on the first document, then one run per document.
    assert calls == ["doc_a", "doc_a", "doc_b"]


def test_main_only_selects_documents(corpus: Path, tmp_path: Path) -> None:
    status, report = run(corpus, tmp_path, "--only", "doc_b")
    assert status == 0
    assert [doc["id"] for doc in report["per_document"]] == ["doc_b"]
    assert report["micro"]["fn"] == 5


def test_main_unknown_only_id_is_a_usage_error(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = run(corpus, tmp_path, "--only", "doc_z")
    assert status == 2 and report == {}
    assert "doc_z" in capsys.readouterr().err


def test_main_empty_corpus_exits_2_with_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--corpus", str(empty)]) == 2
    assert "không có văn bản nào để chấm" in capsys.readouterr().err


def test_main_missing_corpus_exits_2(tmp_path: Path) -> None:
    assert main(["--corpus", str(tmp_path / "nowhere")]) == 2


def test_main_skips_incomplete_documents(corpus: Path, tmp_path: Path) -> None:
    write_document(corpus, "doc_c_no_gold", None, {"source.txt": UNRELATED_TEXT})
    write_document(corpus, "doc_d_pdf_only", GOLD_B, {"source.pdf": "%PDF-1.4 not really"})
    status, report = run(corpus, tmp_path)
    assert status == 0
    assert report["documents"] == 2
    assert {s["id"] for s in report["skipped"]} == {"doc_c_no_gold", "doc_d_pdf_only"}


def test_main_invalid_gold_is_reported_and_fails(corpus: Path, tmp_path: Path) -> None:
    write_document(corpus, "doc_e_bad", None, {"source.txt": UNRELATED_TEXT})
    (corpus / "doc_e_bad" / "gold.json").write_text('{"document": {"issue_date": "20/09/2021"}}', encoding="utf-8")
    status, report = run(corpus, tmp_path)
    assert status == 1
    assert report["documents"] == 2
    [skipped] = [s for s in report["skipped"] if s["id"] == "doc_e_bad"]
    assert "document/issue_date" in skipped["reason"]


def test_main_extractor_failure_scores_empty_prediction(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(text: str) -> Extraction:
        raise RuntimeError("boom")

    monkeypatch.setitem(MODES, "text", Mode("text", "fails", ("txt",), TEXT_MODE.prepare, failing))
    status, report = run(corpus, tmp_path)
    assert status == 1
    assert [e["id"] for e in report["errors"]] == ["doc_a", "doc_b"]
    assert "RuntimeError: boom" in report["errors"][0]["error"]
    assert report["micro"]["fn"] == 14 and report["micro"]["tp"] == 0


def test_main_help_returns_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "--corpus" in capsys.readouterr().out


def test_file_mode_reads_the_documents_own_scan_and_skips_text_only_ones(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    corpus = tmp_path / "corpus"
    write_document(corpus, "doc_text", GOLD_A, {"source.txt": UNRELATED_TEXT})
    write_document(corpus, "doc_pdf", GOLD_B, {})
    pdf = canvas.Canvas(str(corpus / "doc_pdf" / "source.pdf"))
    pdf.drawString(72, 720, UNRELATED_TEXT.strip())
    pdf.save()
    status, report = run(corpus, tmp_path, "--mode", "file")
    assert status == 0 and report["mode"] == "file"
    assert [doc["id"] for doc in report["per_document"]] == ["doc_pdf"]
    assert not report["errors"]
    assert [s["id"] for s in report["skipped"]] == ["doc_text"]
    assert report["micro"]["tp"] == 0 and report["micro"]["fn"] > 0
