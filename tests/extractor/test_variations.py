"""Each rule family keeps its values when a document is written another way the genre allows.

Two levels: a small written directive varied one way at a time (bullets, numbering, headings, header and closing
layouts, dates, wrapping, spacing) must give the same record head and agency blocks; and the real annotated
documents, varied by :mod:`evaluation.variations`, must score as well as unvaried (a guard against rules that key
on one way of writing).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extractor_helpers import CLOSING, HEADER, directive, get, record_of

from evaluation.documents import discover
from evaluation.variations import VARIATIONS, map_strings, run, vary

ROOT = Path(__file__).resolve().parents[2]

# ---------------------------------------------------------------- a written directive, varied

BASE = directive()
KEYS = ("document", "issuer", "event", "assignments", "reporting", "signer", "distribution")


def _head(text: str) -> dict:
    record = record_of(text)
    return {k: record[k] for k in KEYS}


@pytest.mark.parametrize("variation", [pytest.param(v, id=v.name) for v in VARIATIONS])
def test_written_directive_keeps_its_record_under_each_variation(variation):
    varied = variation.text(BASE)
    expected = _head(BASE)
    if variation.gold is not None:  # the rewrite changed words the record quotes: compare with it applied
        expected = map_strings(expected, variation.gold)
    assert _head(varied) == expected


def test_header_rewrites_keep_the_two_columns_apart():
    rewrite = {v.name: v.text for v in VARIATIONS}
    table = rewrite["header md table"](BASE).split("\n")
    assert table[0].startswith("| UBND HUYỆN SƠN TỊNH PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA") and table[1] == "|---|---|"
    assert table[2] == "| Số: 215/KH-PGDĐT | Sơn Tịnh, ngày 12 tháng 9 năm 2023 |"
    interleaved = rewrite["header interleaved"](BASE).split("\n")
    assert interleaved[:4] == ["UBND HUYỆN SƠN TỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                               "Độc lập - Tự do - Hạnh phúc"]
    assert rewrite["header right first"](BASE).startswith("CỘNG HÒA")


def test_indented_closing_keeps_its_signer():
    # an indented text layer: "TL." alone on its line, the title indented under it
    closing = CLOSING.replace("KT. TRƯỞNG PHÒNG", "TL.\n    TRƯỞNG PHÒNG").replace("PHÓ TRƯỞNG PHÒNG", "    CHÁNH VĂN PHÒNG")
    signer = record_of(directive(closing=closing))["signer"]
    assert signer == {"authority": "TL. TRƯỞNG PHÒNG", "title": "CHÁNH VĂN PHÒNG", "name": "Lê Văn Tâm"}


# ---------------------------------------------------------------- the real annotated documents, varied

REAL = [d for s in ("corpus", "heldout-real", "heldout-real2") for d in discover(ROOT / s).documents
        if d.meta.get("origin") == "real" and d.source("txt") is not None]
# Rewrites whose residual drop is known (wrapped 80: the attached programme of one QĐ and two agency blocks split
# by a wrap; Nơi nhận A; B: an entry of real_05 holds a ";" of its own, and rh_02's signer is glued to its last
# entry; UBND → Ủy ban nhân dân: real_04's heading "17. Ủy ban nhân dân các phường: Ba Đình, …" is cut at its colon
# (block 18 "Ủy ban nhân dân các xã, phường" is now its own and right; the cut name 17 pairs with no gold block and its
# tasks count as misses); the others a few values of one document each): the guard is that they get no worse.
# The rest must not drop at all.
TOLERANCE = {"bullet –": 0.02, "bullet •": 0.002, "bullet *": 0.002, "headings no colon": 0.005,
             "header one line": 0.004, "wrapped 80": 0.055, "blank lines": 0.004, "Nơi nhận A; B": 0.005,
             "UBND → Ủy ban nhân dân": 0.011}


@pytest.fixture(scope="module")
def real_results():
    return {result.name: result for result in run(REAL)}


DEV_REAL = [d for s in ("corpus", "heldout-real", "heldout-real2", "heldout-real3", "heldout-real4", "heldout-real5",
                        "heldout-real6") for d in discover(ROOT / s).documents
            if d.meta.get("origin") == "real" and d.source("txt") is not None]


@pytest.mark.parametrize("variation", [pytest.param(v, id=v.name) for v in VARIATIONS])
def test_each_variation_rewrites_some_real_document(variation):
    # a rewrite that matches no real text of the dev sets would guard nothing
    assert any(vary(doc, variation) is not None for doc in DEV_REAL)


@pytest.mark.parametrize("variation", [pytest.param(v, id=v.name) for v in VARIATIONS])
def test_real_documents_score_as_well_varied(variation, real_results):
    result = real_results[variation.name]
    base, varied = result.base.f1 or 1.0, result.varied.f1 or 1.0
    assert varied >= base - TOLERANCE.get(variation.name, 0.0) - 1e-9, result.drops


# ---------------------------------------------------------------- one written directive, phrased the genre's ways

_PRIMARY = "1. Các trường Tiểu học\n- Trưng bày sách theo chủ điểm quê hương.\n- Tổ chức cho học sinh giới thiệu cuốn sách yêu thích."
_WHEN = "Ngày hội diễn ra từ ngày 16/10/2023 đến ngày 20/10/2023."
_DUE = "trước ngày 27/10/2023"
PHRASINGS = [
    # (id, text replaced in the written directive, replacement, record path, expected value)
    *[(f"heading-{k}", "1. Các trường Tiểu học", new, "assignments.0.tasks", [
        "Trưng bày sách theo chủ điểm quê hương.", "Tổ chức cho học sinh giới thiệu cuốn sách yêu thích."])
      for k, new in [("colon", "1. Các trường Tiểu học:"), ("giao", "1. Giao các trường Tiểu học:"),
                     ("de-nghi", "1. Đề nghị các trường Tiểu học:"), ("doi-voi", "1. Đối với các trường Tiểu học:"),
                     ("co-trach-nhiem", "1. Các trường Tiểu học có trách nhiệm:"), ("bold", "**1. Các trường Tiểu học**"),
                     ("unnumbered", "Các trường Tiểu học:"), ("bullet", "- Các trường Tiểu học:"),
                     ("letter", "a) Các trường Tiểu học:"), ("letter-dot", "a. Các trường Tiểu học:"),
                     ("bullet-responsible", "- Các trường Tiểu học có trách nhiệm:")]],
    ("sentence-giao", _PRIMARY, "1. Giao các trường Tiểu học chủ trì trưng bày sách theo chủ điểm quê hương.",
     "assignments.0.agency", "các trường Tiểu học"),
    ("sentence-responsible", _PRIMARY, "1. Các trường Tiểu học có trách nhiệm trưng bày sách theo chủ điểm quê hương.",
     "assignments.0.agency", "Các trường Tiểu học"),
    ("inline-colon", _PRIMARY, "1. Các trường Tiểu học: Trưng bày sách theo chủ điểm quê hương.",
     "assignments.0.tasks", ["Trưng bày sách theo chủ điểm quê hương."]),
    *[(f"due-{k}", _DUE, new, "reporting.0", {"deadline": "2023-10-27", "relation": rel})
      for k, new, rel in [("cham-nhat", "chậm nhất ngày 27/10/2023", "by"), ("han-chot", "hạn chót ngày 27/10/2023", "by"),
                          ("han-cuoi", "hạn cuối ngày 27/10/2023", "by"), ("clock", "trước 17 giờ, ngày 27/10/2023", "before"),
                          ("clock-h", "trước 17h00 ngày 27/10/2023", "before"),
                          ("words", "trước ngày 27 tháng 10 năm 2023", "before"), ("no-year", "trước ngày 27/10", "before"),
                          ("dashes", "trước ngày 27-10-2023", "before"), ("dots", "trước ngày 27.10.2023", "before")]],
    *[(f"event-{k}", _WHEN, new, "event", {"start_date": a, "end_date": b})
      for k, new, a, b in [
          ("one-day", "Ngày hội diễn ra vào ngày 16/10/2023.", "2023-10-16", "2023-10-16"),
          ("time-label", "Thời gian: ngày 16/10/2023.", "2023-10-16", "2023-10-16"),
          ("weekday", "Ngày hội được tổ chức vào sáng Thứ Hai, ngày 16/10/2023.", "2023-10-16", "2023-10-16"),
          ("range-day-only", "Ngày hội diễn ra từ ngày 16 đến ngày 20/10/2023.", "2023-10-16", "2023-10-20"),
          ("range-dash", "Từ ngày 16/10/2023 - 20/10/2023.", "2023-10-16", "2023-10-20"),
          ("range-words", "Ngày hội diễn ra từ ngày 16 tháng 10 đến ngày 20 tháng 10 năm 2023.", "2023-10-16",
           "2023-10-20"),
          ("range-no-year", "Ngày hội diễn ra từ ngày 16/10 đến ngày 20/10.", "2023-10-16", "2023-10-20")]],
]


@pytest.mark.parametrize(("old", "new", "path", "expected"), [pytest.param(*p[1:], id=p[0]) for p in PHRASINGS])
def test_phrasing_keeps_the_family_values(old, new, path, expected):
    assert old in BASE
    value = get(record_of(BASE.replace(old, new)), path)
    if isinstance(expected, dict):
        value = {k: value[k] for k in expected}
    assert value == expected


def test_glued_closing_keeps_a_title_with_a_dash():
    closing = CLOSING.replace("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nLê Văn Tâm",
                              "TL. GIÁM ĐỐC TRƯỞNG PHÒNG ĐÀO TẠO - HƯỚNG NGHIỆP Lê Thị Hồng Nhung")
    signer = record_of(directive(closing=closing))["signer"]
    assert signer == {"authority": "TL. GIÁM ĐỐC", "title": "TRƯỞNG PHÒNG ĐÀO TẠO - HƯỚNG NGHIỆP",
                      "name": "Lê Thị Hồng Nhung"}


HEADER_PHRASINGS = [
    # (id, zone, replacement of the written directive's zone, record path, expected)
    ("title-glued-to-type", "title", "KẾ HOẠCH Tổ chức Ngày hội đọc sách năm 2023", "document.subject",
     "Tổ chức Ngày hội đọc sách năm 2023"),
    ("title-bold", "title", "**KẾ HOẠCH**\n**Tổ chức Ngày hội đọc sách năm 2023**", "document.subject",
     "Tổ chức Ngày hội đọc sách năm 2023"),
    ("title-two-lines", "title", "KẾ HOẠCH\nTổ chức Ngày hội đọc sách\nnăm 2023", "document.subject",
     "Tổ chức Ngày hội đọc sách năm 2023"),
    ("place-date-dashes", "header", HEADER.replace("ngày 12 tháng 9 năm 2023", "ngày 12-9-2023"),
     "document.issue_date", "2023-09-12"),
    ("number-without-colon", "header", HEADER.replace("Số: 215/KH-PGDĐT", "Số 215/KH-PGDĐT"), "document.number",
     "215/KH-PGDĐT"),
    ("place-of-several-words", "header", HEADER.replace("Sơn Tịnh, ngày", "Thành phố Hồ Chí Minh, ngày"),
     "document.place", "Thành phố Hồ Chí Minh"),
]


@pytest.mark.parametrize(("zone", "new", "path", "expected"), [pytest.param(*p[1:], id=p[0]) for p in HEADER_PHRASINGS])
def test_header_phrasing_keeps_the_record_head(zone, new, path, expected):
    assert get(record_of(directive(**{zone: new})), path) == expected
