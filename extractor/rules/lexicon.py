"""Rule data: the word lists and patterns of ``extractor/rules/data/*.yaml``, loaded and checked once.

A *lexicon* is one YAML file of data beside the rule module that uses it. Keys ending in ``_pattern``
or ``_line`` hold regular expressions and ``*_patterns`` lists of them; every one is compiled at load
time so that a malformed pattern fails loudly with the file and key named, not at match time.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from extractor.errors import RuleDataError

DATA_DIR = Path(__file__).with_name("data")
_REGEX_KEYS = ("_pattern", "_line", "_like")


def _check(name: str, key: str, value: Any) -> None:
    if value is None or value == "" or value == []:
        raise RuleDataError(f"[{name}.yaml] key {key!r} is empty; give it a value or remove it.")
    if key.endswith(_REGEX_KEYS) or key.endswith("_patterns"):
        if isinstance(value, dict):
            named = [(f"{key}.{inner}", pattern) for inner, pattern in value.items()]
        else:
            named = [(key, pattern) for pattern in (value if isinstance(value, list) else [value])]
        for where, pattern in named:
            try:
                re.compile(pattern)
            except (re.error, TypeError) as exc:
                raise RuleDataError(f"[{name}.yaml] key {where!r}: bad regular expression {pattern!r}: {exc}") from exc


@cache
def load_data(name: str) -> dict[str, Any]:
    """Load ``data/<name>.yaml`` and check it (see module docstring)."""
    path = DATA_DIR / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuleDataError(f"Rule data file {path} is missing.") from None
    except yaml.YAMLError as exc:
        raise RuleDataError(f"[{name}.yaml] is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise RuleDataError(f"[{name}.yaml] must be a mapping of keys to data.")
    for key, value in data.items():
        _check(name, key, value)
    return data


def data_names() -> list[str]:
    return sorted(p.stem for p in DATA_DIR.glob("*.yaml"))


def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so that the longest wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
