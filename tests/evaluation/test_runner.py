"""The runner: what it records beside each document's score."""

from __future__ import annotations

from pathlib import Path

from evaluation.documents import CorpusDocument
from evaluation.runner import Mode, run_documents
from extractor.record import PlanRecord
from extractor.types import Evidence, Extraction


def _mode(confidences: dict[str, float]) -> Mode:
    record = PlanRecord.model_validate({"document": {"number": "7/KH-UBND", "issue_date": "2025-03-09"}})
    evidence = {pointer: Evidence(start=0, end=1, confidence=c) for pointer, c in confidences.items()}
    return Mode(name="fake", description="a fixed extraction", sources=("txt",),
                prepare=lambda doc: None, run=lambda given: Extraction(record=record, evidence=evidence))


def test_a_register_value_under_the_review_flag_is_recorded_as_flagged(tmp_path: Path) -> None:
    gold = PlanRecord.model_validate({"document": {"number": "1/KH-UBND"}})
    doc = CorpusDocument(doc_id="d", directory=tmp_path, gold=gold, sources={})
    [result] = run_documents([doc], _mode({"/document/number": 0.2, "/document/issue_date": 0.95}), warm_up=False)
    assert result.flagged == frozenset({"document.number"})
    [result] = run_documents([doc], _mode({"/document/number": 0.9}), warm_up=False)
    assert result.flagged == frozenset()
