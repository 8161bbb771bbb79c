#!/usr/bin/env bash
# `npm test`: the whole suite, on a fresh machine with only Node and npm.
#   1. static checks (types, lint with the layer rules)
#   2. unit tests beside the pure code
#   3. integration tests through createCaller on a real database
#      (in-memory PGlite; PostgreSQL instead when DATABASE_URL is set)
#   4. browser tests: Debian's Chromium against `next build` + `npm start`
set -euo pipefail
cd "$(dirname "$0")/.."
# Not under test-results/: Playwright empties that folder when it starts.
summary=test-reports
rm -rf "$summary" && mkdir -p "$summary"

bash scripts/ensure-chromium.sh
echo "== types and lint"
npx tsc --noEmit
npx eslint . --max-warnings 0
echo "== unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$summary/unit.json"
echo "== integration tests (${DATABASE_URL:+PostgreSQL}${DATABASE_URL:-embedded PGlite, in memory})"
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$summary/integration.json"
echo "== browser tests"
npx next build
PLAYWRIGHT_JSON_OUTPUT_NAME="$summary/e2e.json" npx playwright test --reporter=list,json
node scripts/test-summary.mjs
