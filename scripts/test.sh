#!/usr/bin/env bash
# Runs every check CI runs: formatting, lint, translations, and the whole test suite
# (UI tests offscreen). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff format --check .
.venv/bin/ruff check .
.venv/bin/python scripts/i18n.py check
.venv/bin/python -m pytest -q "$@"
