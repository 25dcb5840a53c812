"""The plan-record model (extractor/record.py) against the contract, ../shared/spec/plan-record.md §1–2.

The key sets below are copied from the contract's example, not read from the model, so that a renamed or
dropped field fails here. New malformed values go into ``REJECTED`` (path, value, what the message must
say); new string fields into ``TEXT_PATHS``.
"""

from __future__ import annotations

import itertools
import json
import unicodedata
from typing import Any

import pytest
from extractor_helpers import GOLD_IDS, ROOT, gold_json
from pydantic import ValidationError
from typer.testing import CliRunner

from extractor.cli import app
from extractor.record import PlanRecord, plan_record_json_schema

# ---------------------------------------------------------------- the contract's keys (spec §1)

TOP = {"schema_version", "document", "issuer", "addressees", "parent_directives", "event", "assignments",
       "reporting", "distribution", "signer", "warnings"}
DOCUMENT = {"kind", "number", "issue_date", "place", "subject", "urgency", "secrecy"}
ISSUER = {"name", "parent"}
PARENT = {"kind", "number", "issue_date", "issuer", "subject"}
EVENT = {"name", "theme", "start_date", "end_date", "opening_ceremony"}
CEREMONY = {"date", "time", "venue", "mode"}
ASSIGNMENT = {"agency", "tasks"}
REPORTING = {"deadline", "relation", "reporters", "recipient", "email", "content"}
SIGNER = {"authority", "title", "name"}
STRING_LISTS = ("addressees", "distribution", "warnings")


def missing_keys(record: dict[str, Any]) -> list[str]:
    """Every contract key absent from ``record``, as a path (``/event/opening_ceremony/mode``)."""
    out: list[str] = []

    def need(obj: Any, keys: set[str], at: str) -> None:
        if not isinstance(obj, dict):
            out.append(f"{at} (not an object)")
            return
        out.extend(f"{at}/{k}" for k in sorted(keys - obj.keys()))

    need(record, TOP, "")
    need(record.get("document"), DOCUMENT, "/document")
    need(record.get("issuer"), ISSUER, "/issuer")
    need(record.get("signer"), SIGNER, "/signer")
    event = record.get("event")
    need(event, EVENT, "/event")
    if isinstance(event, dict):
        need(event.get("opening_ceremony"), CEREMONY, "/event/opening_ceremony")
    for name, keys in (("parent_directives", PARENT), ("assignments", ASSIGNMENT), ("reporting", REPORTING)):
        items = record.get(name)
        if not isinstance(items, list):
            out.append(f"/{name} (not a list)")
            continue
        for i, item in enumerate(items):
            need(item, keys, f"/{name}/{i}")
            if name == "assignments" and isinstance(item, dict) and not isinstance(item.get("tasks"), list):
                out.append(f"/{name}/{i}/tasks (not a list)")
    for name in STRING_LISTS:
        if not isinstance(record.get(name), list):
            out.append(f"/{name} (not a list)")
    return out


def test_missing_keys_helper_sees_a_gap():
    record = PlanRecord().to_json()
    del record["event"]["opening_ceremony"]["mode"]
    record["reporting"] = [{"deadline": "2024-10-10"}]
    assert missing_keys(record) == [
        "/event/opening_ceremony/mode",
        "/reporting/0/content", "/reporting/0/email", "/reporting/0/recipient", "/reporting/0/relation",
        "/reporting/0/reporters",
    ]


def test_empty_record_has_every_key_null_or_empty():
    record = PlanRecord().to_json()
    assert missing_keys(record) == []
    assert record["schema_version"] == "1.0"
    assert all(v is None for v in record["document"].values())
    assert all(v is None for v in record["event"]["opening_ceremony"].values())
    assert all(record[k] == [] for k in ("addressees", "parent_directives", "assignments", "reporting",
                                         "distribution", "warnings"))


# ---------------------------------------------------------------- the corpus' gold records


@pytest.mark.parametrize("doc_id", GOLD_IDS)
def test_gold_validates_and_round_trips(doc_id):
    gold = gold_json(doc_id)
    record = PlanRecord.model_validate(gold)
    # already in the model's canonical form: NFC, stripped, nothing coerced
    assert record.to_json() == gold, f"[{doc_id}] gold.json changes when passed through the model"


@pytest.mark.parametrize("doc_id", GOLD_IDS)
def test_gold_lists_every_key(doc_id):
    assert missing_keys(gold_json(doc_id)) == [], f"[{doc_id}] gold.json leaves out keys"


# ---------------------------------------------------------------- malformed values are rejected

REJECTED = [
    # (path, value, text the message must contain)
    ("document.issue_date", "2021-13-45", "không phải là một ngày có thật"),
    ("document.issue_date", "2021-02-30", "không phải là một ngày có thật"),
    ("document.issue_date", "20/09/2021", "YYYY-MM-DD"),
    ("event.start_date", "2021-10-1", "YYYY-MM-DD"),
    ("event.opening_ceremony.date", "2021-13-45", "không phải là một ngày có thật"),
    ("event.opening_ceremony.time", "25:00", "HH:MM"),
    ("event.opening_ceremony.time", "9:00", "HH:MM"),
    ("event.opening_ceremony.time", "14h00", "HH:MM"),
    ("event.opening_ceremony.time", "12:60", "HH:MM"),
    ("document.kind", "nghi_quyet", "cong_van"),
    ("document.urgency", "rat_khan", "hoa_toc"),
    ("document.secrecy", "bi_mat", "tuyet_mat"),
    ("event.opening_ceremony.mode", "offline", "in_person"),
    ("reporting.0.relation", "after", "before"),
    ("reporting.0.deadline", "2021-13-45", "không phải là một ngày có thật"),
    ("parent_directives.0.kind", "van_ban", "cong_van"),
    ("parent_directives.0.issue_date", "2021-00-10", "không phải là một ngày có thật"),
    ("reporting.0.email", "not-an-email", "không phải là địa chỉ thư điện tử"),
    ("reporting.0.email", "van thu@ubnd.gov.vn", "không phải là địa chỉ thư điện tử"),
    ("reporting.0.email", "vanthu@localhost", "không phải là địa chỉ thư điện tử"),
    # unknown keys are refused, at every level: a typo must not be stored beside a null
    ("isue_date", "2021-09-20", "Extra inputs"),
    ("document.isue_date", "2021-09-20", "Extra inputs"),
    ("event.opening_ceremony.note", "có truyền hình trực tiếp", "Extra inputs"),
    ("assignments.0.priority", 1, "Extra inputs"),
    ("reporting.0.bogus", "x", "Extra inputs"),
]


def _set(record: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    parts = path.split(".")
    obj: Any = record
    for part, nxt in itertools.pairwise(parts):
        if part.isdigit():
            obj = obj[int(part)]
        else:
            if nxt.isdigit() and not obj.get(part):
                obj[part] = [{}]
            obj = obj.setdefault(part, {})
    obj[parts[-1]] = value
    return record


@pytest.mark.parametrize("path,value,says", REJECTED, ids=[f"{p}={v}" for p, v, _ in REJECTED])
def test_malformed_value_is_rejected_naming_the_field(path, value, says):
    record = _set(PlanRecord().to_json(), path, value)
    with pytest.raises(ValidationError) as info:
        PlanRecord.model_validate(record)
    errors = info.value.errors()
    assert len(errors) == 1, errors
    assert ".".join(str(p) for p in errors[0]["loc"]) == path
    message = str(info.value)
    assert path in message, f"message does not name {path}: {message}"
    assert says in message, f"message for {path}={value!r} does not say {says!r}: {message}"


@pytest.mark.parametrize("path,value", [
    ("document.issue_date", "2024-02-29"),
    ("event.opening_ceremony.time", "00:00"),
    ("event.opening_ceremony.time", "23:59"),
    ("document.kind", "khac"),
    ("document.urgency", "thuong_khan"),
    ("event.opening_ceremony.mode", "hybrid"),
    ("reporting.0.relation", "by"),
    ("reporting.0.email", "vunv@bc.sgdbinhduong.edu.vn"),
    ("reporting.0.email", "van.thu+kh@ubnd-hoaian.gov.vn"),
])
def test_well_formed_value_is_accepted(path, value):
    record = PlanRecord.model_validate(_set(PlanRecord().to_json(), path, value)).to_json()
    assert _get(record, path) == value


def _get(record: Any, path: str) -> Any:
    for part in path.split("."):
        record = record[int(part)] if part.isdigit() else record[part]
    return record


# ---------------------------------------------------------------- NFC and white space


TEXT_PATHS = [
    "document.number", "document.place", "document.subject", "issuer.name", "issuer.parent",
    "parent_directives.0.number", "parent_directives.0.issuer", "parent_directives.0.subject",
    "event.name", "event.theme", "event.opening_ceremony.venue", "assignments.0.agency",
    "reporting.0.reporters", "reporting.0.recipient", "reporting.0.content", "signer.authority",
    "signer.title", "signer.name",
]
NFC_VALUE = "Phòng Giáo dục và Đào tạo huyện Hoài Ân"


@pytest.mark.parametrize("path", TEXT_PATHS)
def test_strings_are_made_nfc(path):
    nfd = unicodedata.normalize("NFD", NFC_VALUE)
    assert nfd != NFC_VALUE
    out = PlanRecord.model_validate(_set(PlanRecord().to_json(), path, nfd)).to_json()
    assert _get(out, path) == NFC_VALUE


@pytest.mark.parametrize("name", ["addressees", "distribution"])
def test_string_list_items_are_made_nfc(name):
    nfd = unicodedata.normalize("NFD", NFC_VALUE)
    out = PlanRecord.model_validate({name: [nfd, "UBND xã"]}).to_json()
    assert out[name] == [NFC_VALUE, "UBND xã"]


@pytest.mark.parametrize("path", [*TEXT_PATHS, "reporting.0.email"])
def test_white_space_runs_and_line_breaks_become_one_space(path):
    value = "vanthu@ubnd.gov.vn" if path.endswith("email") else "Tuần lễ\nhưởng ứng\r\n  học tập\tsuốt đời"
    out = PlanRecord.model_validate(_set(PlanRecord().to_json(), path, f"  {value}\n")).to_json()
    assert _get(out, path) == " ".join(value.split())


def test_white_space_is_collapsed_in_list_items_and_tasks():
    out = PlanRecord.model_validate({
        "addressees": ["Hiệu trưởng\ncác trường"], "distribution": ["Như  trên"],
        "assignments": [{"agency": "Đoàn xã", "tasks": ["Tuyên truyền\r\ntrên loa"]}],
    }).to_json()
    assert out["addressees"] == ["Hiệu trưởng các trường"] and out["distribution"] == ["Như trên"]
    assert out["assignments"][0]["tasks"] == ["Tuyên truyền trên loa"]


def test_task_strings_are_made_nfc():
    nfd = unicodedata.normalize("NFD", "Tuyên truyền trên loa phát thanh")
    out = PlanRecord.model_validate({"assignments": [{"agency": "Đoàn xã", "tasks": [nfd]}]}).to_json()
    assert out["assignments"][0]["tasks"] == ["Tuyên truyền trên loa phát thanh"]


# ---------------------------------------------------------------- the committed JSON Schema

SCHEMA_FILE = ROOT / "docs" / "plan-record.schema.json"


def test_committed_schema_equals_the_model():
    assert SCHEMA_FILE.is_file(), f"{SCHEMA_FILE} is missing: write it with `docintel schema > {SCHEMA_FILE}`"
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == plan_record_json_schema(), (
        "docs/plan-record.schema.json differs from the model: regenerate it with `docintel schema`"
    )


def test_schema_states_the_contract_enumerations():
    schema = plan_record_json_schema()
    defs = schema["$defs"]

    def enum_of(model: str, field: str) -> set[str]:
        prop = defs[model]["properties"][field]
        options = prop.get("anyOf", [prop])
        return {v for o in options for v in o.get("enum", [])}

    assert set(schema["properties"]) == TOP
    assert enum_of("DocumentInfo", "kind") == {"cong_van", "ke_hoach", "quyet_dinh", "thong_bao", "bao_cao",
                                               "chi_thi", "huong_dan", "to_trinh", "khac"}
    assert enum_of("OpeningCeremony", "mode") == {"online", "in_person", "hybrid"}
    assert enum_of("Reporting", "relation") == {"before", "on", "by"}
    assert enum_of("DocumentInfo", "urgency") == {"hoa_toc", "thuong_khan", "khan"}
    assert enum_of("DocumentInfo", "secrecy") == {"tuyet_mat", "toi_mat", "mat"}


def test_cli_schema_prints_the_committed_schema():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == plan_record_json_schema()
    assert result.stdout == SCHEMA_FILE.read_text(encoding="utf-8")
