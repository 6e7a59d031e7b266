#!/usr/bin/env bash
# Installs everything the checks need, then runs them all: ruff, mypy, pytest (browser tests
# included). Exits non-zero on any failure, including "no tests collected". CI runs this.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then  # Debian's Chromium, for the browser tests
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
npm ci --silent --no-audit --no-fund  # Neo4j's Cypher parser, to lint the Neo4j store

bash scripts/lint.sh
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
    echo "check: pytest collected no tests" >&2
fi
exit "$status"
