#!/usr/bin/env bash
# Idempotent set-up: system packages the pipeline needs, then .venv with the project and its dev extra.
# Safe to run again; each step checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."

# tesseract-ocr-script-viet: the "Vietnamese" script model, 1.6 MB, compared with "vie" in docs/ocr.md
# libtesseract-dev, libleptonica-dev, g++, pkg-config: tesserocr is built against this Tesseract (see below)
APT_PACKAGES=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-script-viet fonts-liberation2 chromium
              libtesseract-dev libleptonica-dev g++ pkg-config)
# libreoffice-writer-nogui: converts Word 97–2003 (.doc) uploads to .docx offline (extractor/ingest/legacy.py)
APT_PACKAGES+=(libreoffice-writer-nogui)
# redis-server, postgresql: the servers the QUEUE=celery tests start on free ports (never as system services)
APT_PACKAGES+=(redis-server postgresql)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PY" -m venv .venv
fi
# Reinstall only when pyproject.toml changed since the last successful install.
stamp=.venv/.docintel-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing the project and its dev extra into .venv"
  .venv/bin/pip install -q --upgrade pip >/dev/null
  # tesserocr from source, against the system's Tesseract: its binary wheel bundles another Tesseract version,
  # which reads these pages differently (docs/ocr.md: benchmark CER 7.04 % against 6.90 %).
  .venv/bin/pip install -q --no-binary tesserocr -e ".[dev]"
  touch "$stamp"
fi
