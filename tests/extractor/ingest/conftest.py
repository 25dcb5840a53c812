"""Fixtures for the ingestion tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# The suite runs with --import-mode=importlib, which puts no test directory on sys.path: make the helpers
# module beside this file importable by the test modules.
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def make_scans():
    """scripts/make_scans.py as a module (scripts/ is not a package)."""
    name = "make_scans"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "make_scans.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]
