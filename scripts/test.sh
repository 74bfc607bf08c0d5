#!/bin/sh
# All the tests, in the order that fails fastest: types, lint, unit and integration tests (on the
# embedded database, and on PostgreSQL too when TEST_DATABASE_URL is set), process tests, load and fault tests, browser
# tests, then the scan of every log the run wrote.
set -e
cd "$(dirname "$0")/.."
sh scripts/system-deps.sh
rm -rf test-results/logs
echo "== types"; npx tsc -p .
echo "== lint"; npx eslint . && npx prettier --check . > /dev/null
if [ -n "${TEST_DATABASE_URL:-}" ]; then echo "== database tests also run on PostgreSQL at ${TEST_DATABASE_URL}"; fi
echo "== unit and integration tests"
node --import tsx --test --test-concurrency=2 $(find src test -name '*.test.ts' -not -path 'test/e2e/*' -not -path 'test/process/*' -not -path 'test/load/*' -not -path 'test/logs/*' | sort)
echo "== process tests"
node --import tsx --test --test-concurrency=1 $(find test/process -name '*.test.ts' | sort)
echo "== load and fault tests"
node --import tsx --test --test-concurrency=1 $(find test/load -name '*.test.ts' | sort)
echo "== browser tests"
node --import tsx --test --test-concurrency=1 $(find test/e2e -name '*.test.ts' | sort)
echo "== logs"
node --import tsx --test test/logs/*.test.ts
