#!/usr/bin/env bash
# Runs the whole test suite. Installs the Debian packages the tests use (LibreOffice, openpyxl,
# Chromium, xmllint) when they are missing — as root, or through sudo when it is available.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
npm run --silent lint        # type-check everything once (jest only transpiles)
npm run --silent build:cli
results=$(mktemp)
status=0
# test/corpus reads ../shared/corpus: a CI-only check run by .ci/run on its own.
npx jest --ci --json --outputFile="$results" --testPathIgnorePatterns "/test/corpus/" "$@" || status=$?
# One plain closing line for tools that read it: "Tests: N passed, N failed".
node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)' "$results" || true
rm -f "$results"
exit $status
