"""Kinds that organise nothing get no invented event, agency blocks or report-back (written fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extractor_helpers import record_of

FIXTURES = Path(__file__).parent / "genre_fixtures"

# fixture → (kind, agencies of its assignments, report-back deadlines)
EXPECTED = {
    "to_trinh": ("to_trinh", [], []),
    "bao_cao": ("bao_cao", [], []),
    "chi_thi": ("chi_thi", ["Sở Lao động - Thương binh và Xã hội", "Sở Giáo dục và Đào tạo",
                            "Ủy ban nhân dân các huyện, thị xã, thành phố"], ["2023-09-15"]),
    "thong_bao_khieu_nai": ("thong_bao", [], []),
    "qd_bo_nhiem": ("quyet_dinh", [("Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Giáo dục "
                                   "và Đào tạo và ông Đặng Văn Quang")], []),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_kind_that_organises_nothing(name):
    record = record_of((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))
    kind, agencies, deadlines = EXPECTED[name]
    assert record["document"]["kind"] == kind
    assert record["event"]["name"] is None and record["event"]["start_date"] is None
    assert [a["agency"] for a in record["assignments"]] == agencies
    assert [r["deadline"] for r in record["reporting"]] == deadlines


def test_a_complaints_demands_are_no_parents():
    record = record_of((FIXTURES / "thong_bao_khieu_nai.txt").read_text(encoding="utf-8"))
    assert record["parent_directives"] == []
