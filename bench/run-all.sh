#!/usr/bin/env bash
# `npm run bench`: the numbers issue #6 asks for, in one run (about 20 minutes on 2 cores):
#   1. bench:load   — req/s and p50/p95/p99 at 50 connections next to a bare-handler baseline, embedded and PostgreSQL
#   2. bench:scale  — board read, my queue, claim search and similar claims on 10,000 articles / 1,000,000 claims,
#                     with their query plans (fills PostgreSQL the first time: several minutes)
#   3. fault:pg-restart and fault:app-kill — PostgreSQL restarted and the app SIGKILLed under writes; 0 lost writes
# Needs PostgreSQL on 127.0.0.1:5432 (see README). Run on a quiet machine: the benchmarks share its cores.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== build (the benchmarks drive next start)"
npx next build > /dev/null
echo "== load"
npx tsx bench/load.ts
echo "== scale"
npx tsx bench/scale.ts
echo "== faults: PostgreSQL stopped and restarted during writes"
npx tsx bench/faults/pg-restart.ts
echo "== faults: the app killed with SIGKILL during writes"
npx tsx bench/faults/app-kill.ts
