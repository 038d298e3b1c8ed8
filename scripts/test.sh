#!/usr/bin/env bash
# Runs the whole test suite. Installs the Debian packages the tests use (LibreOffice, openpyxl,
# Chromium, xmllint) when they are missing — as root, or through sudo when it is available.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
npm run --silent lint        # type-check everything once (jest only transpiles)
npm run --silent build:cli
npx jest --ci "$@"
