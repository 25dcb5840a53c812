# Two commands on a fresh machine: `make run` (the service) and `make test`.
# Both first run the idempotent set-up (apt packages + .venv).
PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test evaluate lint

setup:
	@bash scripts/setup.sh

run: setup
	$(PY) -m service

test: setup
	$(PY) -m pytest

evaluate: setup
	$(PY) -m evaluation

lint: setup
	.venv/bin/ruff check extractor service evaluation tests scripts
