"""Rule data (extractor/rules/data/*.yaml) and its loader (extractor/vocabulary.py).

Every data file loads and is checked (regexes compile, no empty values); the enumerations the data maps to
are those of the record; and malformed data fails loudly with ``RuleDataError`` naming the file and the key.
The malformed cases run against a temporary data directory (``lexicon.DATA_DIR`` monkeypatched, the loader's
cache cleared before and after). A new malformed shape goes into ``MALFORMED``.
"""

from __future__ import annotations

import re
import typing

import pytest

from extractor import vocabulary as lexicon
from extractor.errors import DocintelError, RuleDataError
from extractor.record import CeremonyMode, DeadlineRelation, DocumentKind, Secrecy, Urgency

EXPECTED_FILES = {"agencies", "assignments", "document_types", "event", "normalise", "reporting"}


def test_data_names_are_the_yaml_files():
    names = lexicon.data_names()
    assert names == sorted(p.stem for p in lexicon.DATA_DIR.glob("*.yaml"))
    assert set(names) >= EXPECTED_FILES, names


@pytest.mark.parametrize("name", lexicon.data_names())
def test_every_data_file_loads(name):
    data = lexicon.load_data(name)
    assert isinstance(data, dict) and data, f"[{name}.yaml] empty"
    for key, value in data.items():
        assert value not in (None, "", []), f"[{name}.yaml] {key} is empty"
        if key.endswith(("_pattern", "_line", "_like")):
            re.compile(value)


def test_document_types_map_to_the_record_enumerations():
    data = lexicon.load_data("document_types")
    kinds = set(typing.get_args(DocumentKind))
    assert set(data["kinds"]) == kinds
    assert set(data["cited_names"]) <= kinds
    assert set(data["urgency"].values()) == set(typing.get_args(Urgency))
    assert set(data["secrecy"].values()) == set(typing.get_args(Secrecy))
    names = [n for spec in data["kinds"].values() for n in spec["names"]]
    assert len(names) == len(set(names)), "a type name maps to two kinds"
    assert all(n == n.upper() for n in names), "type names are written in capitals"


def test_event_modes_and_reporting_relations_are_the_record_enumerations():
    assert set(lexicon.load_data("event")["mode_patterns"]) == set(typing.get_args(CeremonyMode))
    assert set(lexicon.load_data("reporting")["relation_patterns"]) == set(typing.get_args(DeadlineRelation))
    for pattern in [*lexicon.load_data("event")["mode_patterns"].values(), *lexicon.load_data("reporting")["relation_patterns"].values(),
                    *lexicon.load_data("event")["ceremony_patterns"]]:
        re.compile(pattern)


def test_agency_words_are_unique_strings():
    heads = lexicon.load_data("agencies")["heads"]
    assert all(isinstance(h, str) and h.strip() == h and h for h in heads)
    assert len(heads) == len(set(heads)), sorted({h for h in heads if heads.count(h) > 1})


def test_alternation_prefers_the_longest_word():
    pattern = re.compile(lexicon.alternation(["Ban", "Ban Chỉ đạo", "Ban"]))
    assert pattern.match("Ban Chỉ đạo huyện").group(0) == "Ban Chỉ đạo"


# ---------------------------------------------------------------- malformed data


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "DATA_DIR", tmp_path)
    lexicon.load_data.cache_clear()
    yield tmp_path
    lexicon.load_data.cache_clear()


MALFORMED = [
    # (id, YAML text, key the message must name, what else it must say)
    ("bad-regex", "heads: [Sở, Phòng]\nrange_pattern: '(?P<a>\\d+'\n", "range_pattern", "bad regular expression"),
    ("bad-regex-in-list", "ceremony_patterns:\n  - 'khai mạc'\n  - '[phát động'\n", "ceremony_patterns",
     "bad regular expression"),
    ("bad-group-syntax", "venue_pattern: '(?P<v>tại)(?P<v>.+)'\n", "venue_pattern", "bad regular expression"),
    ("empty-string", "closing_line: ''\nheader_lines: 12\n", "closing_line", "is empty"),
    ("empty-list", "heads: []\n", "heads", "is empty"),
    ("null-value", "task_verbs:\n", "task_verbs", "is empty"),
]


@pytest.mark.parametrize("row_id,yaml_text,key,says", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_data_names_file_and_key(data_dir, row_id, yaml_text, key, says):
    (data_dir / "broken.yaml").write_text(yaml_text, encoding="utf-8")
    assert lexicon.data_names() == ["broken"]
    with pytest.raises(RuleDataError) as info:
        lexicon.load_data("broken")
    message = str(info.value)
    assert "broken.yaml" in message, f"[{row_id}] file not named: {message}"
    assert repr(key) in message, f"[{row_id}] key not named: {message}"
    assert says in message, f"[{row_id}] {message}"
    assert info.value.code == "rule_data_invalid"
    assert isinstance(info.value, DocintelError)


@pytest.mark.parametrize("yaml_text,says", [
    ("heads: [Sở\n", "not valid YAML"),
    ("- just\n- a list\n", "must be a mapping"),
], ids=["invalid-yaml", "not-a-mapping"])
def test_unreadable_data_names_the_file(data_dir, yaml_text, says):
    (data_dir / "broken.yaml").write_text(yaml_text, encoding="utf-8")
    with pytest.raises(RuleDataError, match=re.escape("[broken.yaml]")) as info:
        lexicon.load_data("broken")
    assert says in str(info.value)


def test_missing_data_file_names_the_path(data_dir):
    with pytest.raises(RuleDataError) as info:
        lexicon.load_data("absent")
    assert str(data_dir / "absent.yaml") in str(info.value)


def test_good_temporary_data_loads(data_dir):
    (data_dir / "fine.yaml").write_text("heads: [Sở, Phòng]\nrange_pattern: 'từ (?P<a>\\d+)'\n", encoding="utf-8")
    assert lexicon.load_data("fine") == {"heads": ["Sở", "Phòng"], "range_pattern": "từ (?P<a>\\d+)"}


def test_malformed_nested_regex_names_file_and_key(data_dir):
    (data_dir / "broken.yaml").write_text("mode_patterns:\n  online: '(trực tuyến'\n  in_person: 'trực tiếp'\n", encoding="utf-8")
    with pytest.raises(RuleDataError, match=r"broken\.yaml.*online|online.*broken\.yaml"):
        lexicon.load_data("broken")
