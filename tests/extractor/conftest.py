"""Fixtures of the extractor tests.

This directory goes on ``sys.path`` so that the test modules here and under ``rules/`` import the shared
helpers (``extractor_helpers``: the corpus, a small synthetic directive, the evidence check) by name; the
suite runs with ``--import-mode=importlib``, which puts no test directory on the path by itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
