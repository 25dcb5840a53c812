"""Bad input to ``extract_text``: nothing escapes, the record is valid and as full as the text allows, and the
warnings say what is missing (issue 3, "Bad input").

Every case goes through :func:`_check`: no exception, a record that validates against the model, evidence
that is true (``extractor_helpers.evidence_problems``). A new kind of bad input goes into ``CASES`` with the
warnings it must carry (substrings), or gets its own test when it needs more.
"""

from __future__ import annotations

import random

import pytest
from extractor_helpers import BODY, CLOSING, HEADER, PREAMBLE, TITLE, directive, evidence_problems

from extractor import extract_text
from extractor.record import PlanRecord

NO_TEXT = "không có nội dung chữ"
NOT_VIETNAMESE = "không giống tiếng Việt"
NO_NUMBER = "số, ký hiệu"
NO_DATE = "ngày ban hành"
NO_ISSUER = "cơ quan ban hành"

ENGLISH = (
    "MEMORANDUM\nThe committee will meet on Monday to discuss the annual budget.\n"
    "All departments must submit their reports by Friday, 27 October 2023.\nThank you for your cooperation.\n"
)


def _garbage(size: int = 65536, seed: int = 20231012) -> str:
    rnd = random.Random(seed)
    return bytes(rnd.randrange(256) for _ in range(size)).decode("latin-1")


def _check(name: str, text: str):
    extraction = extract_text(text)  # must not raise
    record = PlanRecord.model_validate(extraction.record.to_json())
    assert record.to_json() == extraction.record.to_json(), f"[{name}] record does not round-trip"
    problems = evidence_problems(extraction)
    assert not problems, f"[{name}] evidence: " + "; ".join(problems)
    return extraction


CASES = [
    # (name, text, warnings that must be there)
    ("empty", "", [NO_TEXT]),
    ("whitespace-only", "  \n\t \n\u00a0\n", [NO_TEXT]),
    ("english-prose", ENGLISH, [NOT_VIETNAMESE, NO_NUMBER, NO_DATE, NO_ISSUER]),
    ("binary-garbage-latin-1", _garbage(), [NO_NUMBER, NO_DATE]),
    ("no-header", directive(header=""), [NO_NUMBER, NO_DATE]),
    ("header-without-number", directive(header=HEADER.replace("Số: 215/KH-PGDĐT", "Số:      /KH-PGDĐT")), [NO_NUMBER]),
]


@pytest.mark.parametrize("name,text,must_warn", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gives_a_valid_record_and_says_what_is_missing(name, text, must_warn):
    record = _check(name, text).record
    for phrase in must_warn:
        assert any(phrase in w for w in record.warnings), f"[{name}] no warning about {phrase!r}: {record.warnings}"


@pytest.mark.parametrize("text", ["", "   \n\n"], ids=["empty", "blank"])
def test_empty_text_gives_the_empty_record(text):
    extraction = _check("empty", text)
    expected = PlanRecord().to_json() | {"warnings": extraction.record.warnings}
    assert extraction.record.to_json() == expected
    assert extraction.evidence == {}
    assert len(extraction.record.warnings) == 1


def test_english_prose_yields_no_values():
    record = _check("english", ENGLISH).record.to_json()
    assert record["document"]["number"] is None and record["issuer"]["name"] is None
    assert record["assignments"] == [] and record["parent_directives"] == [] and record["distribution"] == []


def test_no_header_keeps_what_the_body_says():
    record = _check("no-header", directive(header="")).record
    assert record.document.kind == "ke_hoach"
    assert record.document.subject == "Tổ chức Ngày hội đọc sách năm 2023"
    assert record.issuer.name == "Phòng Giáo dục và Đào tạo huyện Sơn Tịnh"  # from the opening statement
    assert (record.event.start_date, record.event.end_date) == ("2023-10-16", "2023-10-20")
    assert record.signer.name == "Lê Văn Tâm"
    assert not any(NO_ISSUER in w for w in record.warnings)


def test_header_only_keeps_the_header():
    record = _check("header-only", f"{HEADER}\n\n{TITLE}\n").record
    assert (record.document.number, record.document.issue_date, record.document.place) == (
        "215/KH-PGDĐT", "2023-09-12", "Sơn Tịnh")
    assert record.issuer.name == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    assert record.event.name == "Ngày hội đọc sách năm 2023"
    assert record.assignments == [] and record.reporting == [] and record.signer.name is None


def test_header_only_is_warned():
    record = _check("header-only", f"{HEADER}\n\n{TITLE}\n").record
    assert record.warnings, "no warning for a document that is only a header"


def test_binary_garbage_is_warned_as_not_vietnamese():
    record = _check("garbage", _garbage()).record
    assert any(NOT_VIETNAMESE in w for w in record.warnings), record.warnings


@pytest.mark.parametrize("seed", [0, 20231012])
def test_binary_garbage_yields_no_values(seed):
    from extractor_helpers import leaf_pointers

    record = _check("garbage", _garbage(seed=seed)).record.to_json()
    assert leaf_pointers(record) == {}


def test_impossible_issue_date_does_not_raise():
    text = directive(header=HEADER.replace("ngày 12 tháng 9 năm 2023", "ngày 31 tháng 02 năm 2023"))
    record = _check("impossible-date", text).record
    assert record.document.issue_date is None
    assert record.document.place == "Sơn Tịnh"
    assert any(NO_DATE in w for w in record.warnings)


def test_five_megabyte_text():
    line = "- Tổ chức cho học sinh giới thiệu cuốn sách yêu thích, trưng bày sách theo chủ điểm quê hương.\n"
    filler = line * (5_000_000 // len(line.encode("utf-8")) + 1)
    text = f"{HEADER}\n\n{TITLE}\n\n{PREAMBLE}\n\n{BODY}\n\n{filler}\n\n{CLOSING}"
    assert len(text.encode("utf-8")) >= 5_000_000
    extraction = _check("5MB", text)
    record = extraction.record
    assert record.document.number == "215/KH-PGDĐT"
    assert record.issuer.name == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    assert (record.event.start_date, record.event.end_date) == ("2023-10-16", "2023-10-20")
    assert record.signer.name == "Lê Văn Tâm"
    assert len(extraction.text) <= len(text)


@pytest.mark.parametrize("text", [
    "\x00\x01\x02\x03",
    "Số:\nKính gửi:\nNơi nhận:\n",
    "KẾ HOẠCH\n" * 50,
    "ngày 12 tháng 9 năm 2023 " * 200,
    "\u0301\u0300\u0303",  # combining marks with no base
    "Ð" * 1000,
    "|" * 500 + "\n" + "   |   " * 100,
    "I.\n1.\na)\n-\n+\nĐiều 1.\n",
], ids=["controls", "labels-only", "type-name-repeated", "dates-repeated", "lone-combining-marks", "eths",
        "pipes", "bare-markers"])
def test_odd_text_does_not_raise(text):
    _check("odd", text)
