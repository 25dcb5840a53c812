"""Slot scoring on small hand-made gold/prediction pairs.

Every expected count is worked out by hand in the comment above its assertion. Records are written as
partial JSON objects (a missing key is null / []); :func:`test_score_record_accepts_plan_records` checks
that a :class:`PlanRecord` scores the same.
"""

from __future__ import annotations

from typing import Any

import pytest
from rapidfuzz import fuzz

from evaluation.normalise import normalise
from evaluation.scoring import (
    FIELD_PATHS,
    FUZZY_THRESHOLD,
    PARENT_FIELDS,
    REPORTING_FIELDS,
    SCALAR_SLOTS,
    STRING_LISTS,
    Counts,
    DocumentScore,
    greedy_pairs,
    score_record,
)
from extractor.record import PlanRecord


def counts(score: DocumentScore, path: str) -> tuple[int, int, int]:
    c = score.counts[path]
    return c.tp, c.fp, c.fn


def nonzero(score: DocumentScore) -> dict[str, tuple[int, int, int]]:
    """Only the slots that counted something, so an assertion also proves nothing else was counted."""
    return {path: counts(score, path) for path in FIELD_PATHS if counts(score, path) != (0, 0, 0)}


def ratio(a: str, b: str) -> float:
    return fuzz.ratio(normalise(a), normalise(b))


# ---------------------------------------------------------------- the slot list


def test_field_paths_are_the_slots_of_section_3() -> None:
    tables = (
        [path for path, _ in SCALAR_SLOTS]
        + list(STRING_LISTS)
        + ["parent_directives"] + [f"parent_directives.{name}" for name, _ in PARENT_FIELDS]
        + ["assignments", "assignments.tasks"]
        + ["reporting"] + [f"reporting.{name}" for name, _ in REPORTING_FIELDS]
    )
    assert sorted(tables) == sorted(FIELD_PATHS)
    assert len(FIELD_PATHS) == len(set(FIELD_PATHS)) == 35
    # Not scored: reporting.content, reporting.deadline (a pairing key), warnings, assignments.agency (a key).
    for path in ("reporting.content", "reporting.deadline", "warnings", "assignments.agency"):
        assert path not in FIELD_PATHS


# ---------------------------------------------------------------- scalar slots


def test_scalar_match_is_true_positive_after_code_normalisation() -> None:
    # "477 / PGDĐT–VP" → code form "477/pgdđt-vp" == gold's: tp 1.
    score = score_record({"document": {"number": "477/PGDĐT-VP"}}, {"document": {"number": "477 / PGDĐT–VP"}})
    assert nonzero(score) == {"document.number": (1, 0, 0)}
    assert score.misses == []


def test_scalar_both_null_is_not_counted() -> None:
    score = score_record({"document": {"urgency": None}}, {"document": {"urgency": None}})
    assert counts(score, "document.urgency") == (0, 0, 0)
    assert score.total == Counts(0, 0, 0)
    assert score.all_right


def test_scalar_prediction_without_gold_is_false_positive() -> None:
    # Gold unmarked, predicted "khan": fp 1, fn 0.
    score = score_record({}, {"document": {"urgency": "khan"}})
    assert nonzero(score) == {"document.urgency": (0, 1, 0)}
    assert score.misses[0].kind == "fp"
    assert not score.all_right


def test_scalar_gold_without_prediction_is_false_negative() -> None:
    score = score_record({"document": {"place": "Bến Cát"}}, {})
    assert nonzero(score) == {"document.place": (0, 0, 1)}
    assert score.misses[0].kind == "fn"
    assert score.misses[0].gold_at == "/document/place"


def test_scalar_wrong_value_counts_as_false_positive_and_false_negative() -> None:
    # A date one day off is wrong (dates are exact even though the strings are 90 % alike): fp 1 + fn 1.
    assert ratio("2021-09-20", "2021-09-21") >= FUZZY_THRESHOLD
    score = score_record({"document": {"issue_date": "2021-09-20"}}, {"document": {"issue_date": "2021-09-21"}})
    assert nonzero(score) == {"document.issue_date": (0, 1, 1)}
    [miss] = score.misses
    assert (miss.kind, miss.gold, miss.predicted) == ("wrong", "2021-09-20", "2021-09-21")


def test_scalar_code_is_exact_not_fuzzy() -> None:
    # 477/pgdđt-vp vs 477/pgdđt-v: ratio 95.7, still wrong for a code: fp 1 + fn 1.
    assert ratio("477/PGDĐT-VP", "477/PGDĐT-V") > 95
    score = score_record({"document": {"number": "477/PGDĐT-VP"}}, {"document": {"number": "477/PGDĐT-V"}})
    assert nonzero(score) == {"document.number": (0, 1, 1)}


def test_scalar_enumeration_is_exact_after_case_fold() -> None:
    score = score_record({"event": {"opening_ceremony": {"mode": "online"}}},
                         {"event": {"opening_ceremony": {"mode": "ONLINE"}}})
    assert nonzero(score) == {"event.opening_ceremony.mode": (1, 0, 0)}


def test_scalar_tone_mark_placement_does_not_count() -> None:
    # Exact fields compare normalised forms, so "hoà"/"hòa" spellings are equal (here a place, fuzzy, 100).
    score = score_record({"document": {"place": "Thanh Hoá"}}, {"document": {"place": "thanh hóa"}})
    assert ratio("Thanh Hoá", "thanh hóa") == 100
    assert nonzero(score) == {"document.place": (1, 0, 0)}


# ---------------------------------------------------------------- the fuzzy threshold

GOLD_NAME = "Nguyễn Văn An Bình Minh"  # 23 characters
# fuzz.ratio of a prefix of length k of an n-character string is 2k / (n + k) · 100:
AT_THRESHOLD = GOLD_NAME[:17]  # 2·17 / (23 + 17) = 85.0 exactly
BELOW_THRESHOLD = GOLD_NAME[:16]  # 2·16 / (23 + 16) = 82.05


@pytest.mark.parametrize(
    "gold,predicted,expected_ratio,expected",
    [
        # exactly 85: "≥ 85" is a match → tp 1
        (GOLD_NAME, AT_THRESHOLD, 85.0, (1, 0, 0)),
        # 85.71 = 2·12/(16+12) on normalised "trưởng phòng" / "phó trưởng phòng": just above → tp 1
        ("Trưởng phòng", "Phó trưởng phòng", 85.714, (1, 0, 0)),
        # 82.05: below → a wrong value, fp 1 + fn 1
        (GOLD_NAME, BELOW_THRESHOLD, 82.051, (0, 1, 1)),
        # 84.06: the closest realistic miss, just below → fp 1 + fn 1
        ("Hiệu trưởng các trường Trung học cơ sở", "Hiệu trưởng các trường Tiểu học", 84.058, (0, 1, 1)),
    ],
)
def test_fuzzy_threshold(gold: str, predicted: str, expected_ratio: float, expected: tuple[int, int, int]) -> None:
    assert ratio(gold, predicted) == pytest.approx(expected_ratio, abs=0.001)
    score = score_record({"signer": {"name": gold}}, {"signer": {"name": predicted}})
    assert nonzero(score) == {"signer.name": expected}


# ---------------------------------------------------------------- list slots: pairing


def test_greedy_pairs_take_best_similarity_first() -> None:
    # Similarities: g0–p0 90, g0–p1 95, g1–p0 95, g1–p1 0. Best first: (g0, p1) and (g1, p0) at 95
    # (tie: lower gold index first); (g0, p0) at 90 is then blocked. In list order g0 would take p0.
    sims = {(0, 0): 90.0, (0, 1): 95.0, (1, 0): 95.0, (1, 1): 0.0}
    assert greedy_pairs(2, 2, lambda g, p: sims[g, p]) == [(0, 1), (1, 0)]
    # Below the threshold nothing pairs.
    assert greedy_pairs(1, 1, lambda g, p: 84.9) == []


def test_list_pairs_one_to_one_two_predictions_competing_for_one_gold_item() -> None:
    gold = {"addressees": ["Hiệu trưởng các trường Tiểu học"]}
    # p0 is 89.66 alike, p1 100 (after normalisation the trailing "." goes): both could pair; only one may.
    predicted = {"addressees": ["Hiệu trưởng các trường THCS", "Hiệu trưởng các trường Tiểu học."]}
    assert ratio(gold["addressees"][0], predicted["addressees"][0]) == pytest.approx(89.655, abs=0.001)
    score = score_record(gold, predicted)
    # p1 wins (best similarity): tp 1; p0 is left over: fp 1; no fn.
    assert nonzero(score) == {"addressees": (1, 1, 0)}
    [miss] = score.misses
    assert (miss.kind, miss.predicted_at) == ("fp", "/addressees/0")


def test_list_best_match_wins_over_list_order() -> None:
    # One prediction, two gold items: 93.1 alike to g0, 100 to g1 → paired with g1; g0 is the fn.
    gold = {"distribution": ["Hiệu trưởng các trường Tiểu học", "Hiệu trưởng trường Tiểu học"]}
    predicted = {"distribution": ["Hiệu trưởng trường Tiểu học"]}
    assert ratio(gold["distribution"][0], predicted["distribution"][0]) == pytest.approx(93.1, abs=0.01)
    score = score_record(gold, predicted)
    assert nonzero(score) == {"distribution": (1, 0, 1)}
    assert score.misses[0].gold_at == "/distribution/0"


def test_list_empty_entries_are_not_counted() -> None:
    score = score_record({"addressees": ["", "UBND các xã"]}, {"addressees": ["UBND các xã", "  "]})
    assert nonzero(score) == {"addressees": (1, 0, 0)}


# ---------------------------------------------------------------- parent directives

PARENT = {
    "kind": "cong_van",
    "number": "1575/SGDĐT-GDTrHTX",
    "issue_date": "2021-09-09",
    "issuer": "Sở Giáo dục và Đào tạo Bình Dương",
    "subject": "tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2021",
}


def test_parent_paired_fuzzily_by_number_then_number_scored_exactly() -> None:
    # Numbers 1575/sgdđt-gdtrhtx vs 1575/sgdđt-gdtx: 90.9 ≥ 85 → the items pair (parent_directives tp 1);
    # the number itself is then compared exactly: wrong → fp 1 + fn 1. The other 4 sub-fields equal: tp.
    predicted_parent = {**PARENT, "number": "1575/SGDĐT-GDTX"}
    assert ratio(PARENT["number"], predicted_parent["number"]) == pytest.approx(90.909, abs=0.001)
    score = score_record({"parent_directives": [PARENT]}, {"parent_directives": [predicted_parent]})
    assert nonzero(score) == {
        "parent_directives": (1, 0, 0),
        "parent_directives.number": (0, 1, 1),
        "parent_directives.kind": (1, 0, 0),
        "parent_directives.issue_date": (1, 0, 0),
        "parent_directives.issuer": (1, 0, 0),
        "parent_directives.subject": (1, 0, 0),
    }


def test_parent_not_paired_costs_every_sub_field() -> None:
    # Numbers 1575/... vs 99/kh-ubnd are far apart → no pair: the list fp 1 + fn 1, and every non-null
    # sub-field once as fn (gold item: 5) and once as fp (predicted item: number, kind, issuer = 3).
    predicted_parent = {"number": "99/KH-UBND", "kind": "ke_hoach", "issuer": PARENT["issuer"]}
    assert ratio(PARENT["number"], "99/KH-UBND") < FUZZY_THRESHOLD
    score = score_record({"parent_directives": [PARENT]}, {"parent_directives": [predicted_parent]})
    assert nonzero(score) == {
        "parent_directives": (0, 1, 1),
        "parent_directives.number": (0, 1, 1),
        "parent_directives.kind": (0, 1, 1),
        "parent_directives.issue_date": (0, 0, 1),
        "parent_directives.issuer": (0, 1, 1),
        "parent_directives.subject": (0, 0, 1),
    }


def test_parent_without_gold_number_paired_by_issuer() -> None:
    # Gold number null → the key is the issuer: "ủy ban nhân dân thành phố hà nội" vs "... tp hà nội" 87.7
    # → pair (tp 1). Sub-fields: number gold null, predicted "12/KH-UBND" → fp 1; issuer 87.7 → tp 1;
    # subject equal → tp 1; kind and issue_date null on both sides → not counted.
    gold = {"number": None, "issuer": "Ủy ban nhân dân thành phố Hà Nội", "subject": "tổ chức Tuần lễ"}
    predicted = {"number": "12/KH-UBND", "issuer": "Ủy ban nhân dân TP Hà Nội", "subject": "Tổ chức Tuần lễ"}
    assert ratio(gold["issuer"], predicted["issuer"]) == pytest.approx(87.719, abs=0.001)
    score = score_record({"parent_directives": [gold]}, {"parent_directives": [predicted]})
    assert nonzero(score) == {
        "parent_directives": (1, 0, 0),
        "parent_directives.number": (0, 1, 0),
        "parent_directives.issuer": (1, 0, 0),
        "parent_directives.subject": (1, 0, 0),
    }


def test_parent_with_gold_number_is_not_paired_by_issuer() -> None:
    # Gold has a number; the prediction has none but the same issuer: the key is the number, so no pair.
    score = score_record({"parent_directives": [PARENT]},
                         {"parent_directives": [{"issuer": PARENT["issuer"]}]})
    assert counts(score, "parent_directives") == (0, 1, 1)
    assert counts(score, "parent_directives.issuer") == (0, 1, 1)


# ---------------------------------------------------------------- assignments

XA = "các xã, phường, TTHTCĐ"
TRUONG = "các trường trong địa bàn thị xã"
T1 = "Đẩy mạnh các hoạt động thông tin, tuyên truyền"
T2 = "Khuyến khích các tổ chức thi đua"
T3 = "Tổ chức các hoạt động trải nghiệm"
T4 = "Hỗ trợ các trung tâm học tập cộng đồng"
EXTRA = "Báo cáo kết quả về Phòng Giáo dục và Đào tạo"


def test_unpaired_assignment_costs_all_its_tasks() -> None:
    gold = {"assignments": [{"agency": XA, "tasks": [T1, T2, T3]}, {"agency": TRUONG, "tasks": [T4]}]}
    predicted = {"assignments": [{"agency": TRUONG, "tasks": [T4, EXTRA]}]}
    score = score_record(gold, predicted)
    # assignments: TRUONG pairs (tp 1); XA is missed (fn 1).
    # tasks: in the pair T4 = T4 (tp 1), EXTRA spurious (fp 1); the missed XA costs T1, T2, T3 (fn 3).
    assert nonzero(score) == {"assignments": (1, 0, 1), "assignments.tasks": (1, 1, 3)}
    missed_tasks = [m.gold_at for m in score.misses if m.field == "assignments.tasks" and m.kind == "fn"]
    assert missed_tasks == ["/assignments/0/tasks/0", "/assignments/0/tasks/1", "/assignments/0/tasks/2"]


def test_spurious_assignment_costs_its_tasks_as_false_positives() -> None:
    # No gold assignment: the predicted block is fp 1 and each of its 2 tasks fp 1.
    score = score_record({}, {"assignments": [{"agency": XA, "tasks": [T1, T2]}]})
    assert nonzero(score) == {"assignments": (0, 1, 0), "assignments.tasks": (0, 2, 0)}


def test_assignment_agency_paired_fuzzily_is_not_a_sub_field() -> None:
    # "Hiệu trưởng các trường Tiểu học" vs "Hiệu trưởng trường Tiểu học": 93.1 → pair; the agency is the key
    # only, so the pair counts once (assignments tp 1) and the single task is tp 1.
    gold = {"assignments": [{"agency": "Hiệu trưởng các trường Tiểu học", "tasks": [T4]}]}
    predicted = {"assignments": [{"agency": "Hiệu trưởng trường Tiểu học", "tasks": [T4]}]}
    score = score_record(gold, predicted)
    assert nonzero(score) == {"assignments": (1, 0, 0), "assignments.tasks": (1, 0, 0)}


# ---------------------------------------------------------------- reporting

PHONG = "Phòng Giáo dục và Đào tạo"
UBND = "Ủy ban nhân dân huyện"


def test_reporting_equal_deadline_pairs_before_recipient() -> None:
    # Round 1 pairs equal deadlines whatever the recipient: g0 (10-11) with p1 (10-11), g1 (10-20) with
    # p0 (10-20) — although p0's recipient is g0's. Recipients are then compared as sub-fields.
    gold = {"reporting": [
        {"deadline": "2021-10-11", "relation": "before", "reporters": "các trường", "recipient": PHONG,
         "email": "vunv@bc.sgdbinhduong.edu.vn", "content": "kết quả"},
        {"deadline": "2021-10-20", "relation": "on", "recipient": UBND},
    ]}
    predicted = {"reporting": [
        {"deadline": "2021-10-20", "relation": "on", "recipient": PHONG},
        {"deadline": "2021-10-11", "relation": "before", "recipient": "Phòng GDĐT", "content": "khác hẳn"},
    ]}
    assert ratio(PHONG, "Phòng GDĐT") < FUZZY_THRESHOLD
    score = score_record(gold, predicted)
    # reporting tp 2; relation tp 2 (before=before, on=on); reporters g0 only → fn 1;
    # recipient: PHONG vs "Phòng GDĐT" (57) wrong, UBND vs PHONG wrong → fp 2 + fn 2; email g0 only → fn 1;
    # content is not scored.
    assert nonzero(score) == {
        "reporting": (2, 0, 0),
        "reporting.relation": (2, 0, 0),
        "reporting.reporters": (0, 0, 1),
        "reporting.recipient": (0, 2, 2),
        "reporting.email": (0, 0, 1),
    }
    wrong = sorted((m.gold_at, m.predicted_at) for m in score.misses if m.field == "reporting.recipient")
    assert wrong == [("/reporting/0/recipient", "/reporting/1/recipient"),
                     ("/reporting/1/recipient", "/reporting/0/recipient")]


def test_reporting_equal_deadlines_prefer_best_recipient() -> None:
    # All four share the deadline; among them the best recipient similarity goes first: g0–p1 (PHONG,
    # 100) and g1–p0 (UBND, 100) rather than list order g0–p0. Recipients then all match: tp 2.
    gold = {"reporting": [{"deadline": "2021-10-11", "recipient": PHONG},
                          {"deadline": "2021-10-11", "recipient": UBND}]}
    predicted = {"reporting": [{"deadline": "2021-10-11", "recipient": UBND},
                               {"deadline": "2021-10-11", "recipient": PHONG}]}
    score = score_record(gold, predicted)
    assert nonzero(score) == {"reporting": (2, 0, 0), "reporting.recipient": (2, 0, 0)}


def test_reporting_different_deadline_paired_by_recipient() -> None:
    # Round 2: deadlines differ (10-11 vs 10-12) but the recipients match (100 ≥ 85) → pair. The deadline
    # is a key, not a scored sub-field: relation and recipient tp 1 each, nothing else counted.
    gold = {"reporting": [{"deadline": "2021-10-11", "relation": "before", "recipient": PHONG}]}
    predicted = {"reporting": [{"deadline": "2021-10-12", "relation": "before", "recipient": PHONG.upper()}]}
    score = score_record(gold, predicted)
    assert nonzero(score) == {"reporting": (1, 0, 0), "reporting.relation": (1, 0, 0),
                              "reporting.recipient": (1, 0, 0)}


def test_reporting_unpaired_when_deadline_differs_and_recipient_below_threshold() -> None:
    # Different deadlines and recipients 21.7 alike → no pair: reporting fp 1 + fn 1; each side's
    # non-null sub-fields (relation, recipient) fn for gold and fp for the prediction.
    assert ratio(PHONG, UBND) < FUZZY_THRESHOLD
    gold = {"reporting": [{"deadline": "2021-10-11", "relation": "before", "recipient": PHONG}]}
    predicted = {"reporting": [{"deadline": "2021-10-25", "relation": "by", "recipient": UBND}]}
    score = score_record(gold, predicted)
    assert nonzero(score) == {"reporting": (0, 1, 1), "reporting.relation": (0, 1, 1),
                              "reporting.recipient": (0, 1, 1)}


def test_reporting_null_deadlines_are_not_equal() -> None:
    # Both deadlines null is no "equal deadline"; the recipients are 21.7 alike → no pair.
    score = score_record({"reporting": [{"recipient": PHONG}]}, {"reporting": [{"recipient": UBND}]})
    assert counts(score, "reporting") == (0, 1, 1)


# ---------------------------------------------------------------- whole records


def test_empty_prediction_misses_every_stated_gold_value() -> None:
    gold = {
        "document": {"kind": "ke_hoach", "number": "489/KH-UBND", "subject": "Tổ chức Tuần lễ"},
        "addressees": ["UBND các xã"],
        "assignments": [{"agency": XA, "tasks": [T1, T2]}],
        "signer": {"name": "Nguyễn Phú Hải"},
    }
    score = score_record(gold, PlanRecord())
    # 3 document fields + 1 addressee + 1 assignment + 2 tasks + 1 signer name = 8 fn, nothing else.
    assert score.total == Counts(0, 0, 8)
    assert score.total.f1 == 0.0
    assert score.total.precision is None  # nothing predicted: undefined, not 0


def test_score_record_accepts_plan_records() -> None:
    gold_json = {
        "document": {"kind": "cong_van", "number": "477/PGDĐT-VP", "issue_date": "2021-09-20"},
        "parent_directives": [PARENT],
        "reporting": [{"deadline": "2021-10-11", "relation": "before", "recipient": PHONG}],
    }
    gold = PlanRecord.model_validate(gold_json)
    predicted = PlanRecord.model_validate({**gold_json, "document": {"kind": "cong_van"}})
    as_models = score_record(gold, predicted)
    as_json = score_record(gold_json, {**gold_json, "document": {"kind": "cong_van"}})
    assert nonzero(as_models) == nonzero(as_json)
    # kind tp; number and issue_date missing → fn 2; parent tp 1 + 5 sub-fields; reporting tp 1 + 2 sub-fields.
    assert as_models.total == Counts(tp=1 + 1 + 5 + 1 + 2, fp=0, fn=2)


def test_gold_against_itself_is_all_right() -> None:
    gold: dict[str, Any] = {
        "document": {"kind": "cong_van", "number": "477/PGDĐT-VP", "subject": "tổ chức Tuần lễ"},
        "addressees": ["UBND các xã", "Hiệu trưởng các trường Tiểu học"],
        "parent_directives": [PARENT, {**PARENT, "number": None, "issuer": "UBND thị xã Bến Cát"}],
        "assignments": [{"agency": XA, "tasks": [T1, T2]}, {"agency": TRUONG, "tasks": [T3]}],
        "reporting": [{"deadline": "2021-10-11", "relation": "before", "recipient": PHONG}],
    }
    score = score_record(gold, gold)
    assert score.all_right
    assert score.total.fp == score.total.fn == 0
    assert score.total.f1 == 1.0


def test_parent_directives_without_number_or_issuer_pair_by_subject():
    # Laws are cited by name and date only (spec §3: `subject` is the key where number and issuer are both null).
    # Gold: two laws. Prediction: the two laws in the other order (one with a wrong date), a law that is not in
    # the gold, and a numbered citation that has no gold partner.
    law = {"kind": "khac", "number": None, "issuer": None}
    gold = {"parent_directives": [
        law | {"subject": "Luật Tổ chức chính quyền địa phương", "issue_date": "2015-06-19"},
        law | {"subject": "Luật Giáo dục", "issue_date": "2019-06-14"},
    ]}
    predicted = {"parent_directives": [
        law | {"subject": "Luật Giáo dục", "issue_date": "2019-06-15"},
        law | {"subject": "Luật Tổ chức chính quyền địa phương", "issue_date": "2015-06-19"},
        law | {"subject": "Luật Thư viện", "issue_date": None},
        {"kind": "cong_van", "number": "12/UBND-VX", "issue_date": None, "issuer": None, "subject": None},
    ]}
    counts = score_record(gold, predicted).counts
    # list: the two laws pair by name across the order (tp 2); Luật Thư viện and the numbered citation do not
    assert (counts["parent_directives"].tp, counts["parent_directives"].fp, counts["parent_directives"].fn) == (2, 2, 0)
    assert (counts["parent_directives.subject"].tp, counts["parent_directives.subject"].fp) == (2, 1)
    # issue_date: 1 tp, the wrong date is fp + fn
    d = counts["parent_directives.issue_date"]
    assert (d.tp, d.fp, d.fn) == (1, 1, 1)


def test_unnamed_citations_do_not_pair_by_an_empty_key():
    # Neither number, issuer nor subject on either side: there is no key to pair by (the old rule paired them
    # because fuzz.ratio("", "") == 100).
    bare = {"kind": "khac", "number": None, "issuer": None, "subject": None, "issue_date": "2019-06-14"}
    counts = score_record({"parent_directives": [bare]}, {"parent_directives": [bare]}).counts
    assert (counts["parent_directives"].tp, counts["parent_directives"].fp, counts["parent_directives"].fn) == (0, 1, 1)
