"""Fixtures for the ingestion tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# The suite runs with --import-mode=importlib, which puts no test directory on sys.path: make the helpers
# module beside this file importable by the test modules.
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def make_scans():
    """The scan generator (evaluation/make_scans.py)."""
    from evaluation import make_scans

    return make_scans
