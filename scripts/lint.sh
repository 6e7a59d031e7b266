#!/usr/bin/env bash
# The static checks alone (what scripts/check.sh runs before the tests): ruff, then mypy.
set -euo pipefail
cd "$(dirname "$0")/.."
py=python3; [ -x .venv/bin/python ] && py=.venv/bin/python
"$py" -m ruff check .
"$py" -m mypy
