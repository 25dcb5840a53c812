#!/usr/bin/env python3
"""Render the scan corpus (the generator lives in ``evaluation/make_scans.py``; see its docstring)::

    .venv/bin/python scripts/make_scans.py              # all documents, cached
    .venv/bin/python scripts/make_scans.py --force 001  # regenerate one
"""

import sys

from evaluation.make_scans import main

if __name__ == "__main__":
    sys.exit(main())
