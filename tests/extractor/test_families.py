"""The rule stage (extractor/rules/families.py): families in order, a failing one emptied alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_text
from extractor.record import PlanRecord
from extractor.rules import families

SEED = (Path(__file__).resolve().parents[2] / "corpus" / "seed_000" / "source.txt").read_text(encoding="utf-8")


def _boom(ctx):
    raise RuntimeError("bug")


@pytest.mark.parametrize("path", [p for p, _ in families.FAMILIES])
def test_a_failing_family_is_emptied_alone_with_the_record_shape(monkeypatch, path):
    whole = extract_text(SEED).record.to_json()
    monkeypatch.setattr(families, "FAMILIES", [(p, _boom if p == path else rule) for p, rule in families.FAMILIES])
    record = extract_text(SEED).record.to_json()
    assert any(f"'{path}' (RuntimeError)" in w for w in record["warnings"])
    empty = PlanRecord().to_json()
    *above, name = path.split(".")
    got, want, expected = record, whole, empty
    for part in above:  # down to the family's parent
        got, want, expected = got[part], want[part], expected[part]
    own = {p.rsplit(".", 1)[1] for p, _ in families.FAMILIES if p.startswith(f"{path}.")}  # families of their own
    if isinstance(got[name], dict):
        got, want, expected = ({k: v for k, v in d[name].items() if k not in own} for d in (got, want, expected))
        assert got == expected != want
    else:
        assert got[name] == expected[name] != want[name]
    independent = {"issuer", "addressees", "parent_directives", "distribution", "signer"} - {path.split(".")[0]}
    assert all(record[k] == whole[k] for k in independent)  # they read the segments only


def test_every_record_part_has_a_family():
    top = {p.split(".")[0] for p, _ in families.FAMILIES}
    assert top == set(PlanRecord.model_fields) - {"schema_version", "warnings"}
