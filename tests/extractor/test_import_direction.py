"""Imports point one way: the vocabulary ← normalise ← segment ← rules ← pipeline; the extractor never imports
the benchmark, and nothing loads a script by its path (shared code lives in a package)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize(("module", "forbidden"), [
    ("extractor/normalise.py", ("extractor.rules", "extractor.segment", "extractor.pipeline")),
    ("extractor/vocabulary.py", ("extractor.rules", "extractor.segment", "extractor.normalise")),
    ("extractor/segment.py", ("extractor.rules", "extractor.pipeline")),
])
def test_a_stage_imports_no_later_stage(module, forbidden):
    bad = {m for m in _imports(ROOT / module) if m.startswith(forbidden)}
    assert not bad, f"{module} imports {bad}"


def test_the_extractor_never_imports_the_benchmark():
    bad = {str(p.relative_to(ROOT)): m for p in (ROOT / "extractor").rglob("*.py") for m in _imports(p)
           if m.split(".")[0] in ("evaluation", "scripts", "service")}
    assert not bad


def test_no_code_loads_a_script_by_its_path():
    files = [*ROOT.joinpath("evaluation").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py"),
             *ROOT.joinpath("scripts").glob("*.py"), *ROOT.joinpath("service").rglob("*.py")]
    loaders = [str(p.relative_to(ROOT)) for p in files
               if "spec_from_file_location" in p.read_text(encoding="utf-8") and p.name != Path(__file__).name]
    assert not loaders
