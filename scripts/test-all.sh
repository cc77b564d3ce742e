#!/usr/bin/env bash
# `pnpm test`: everything CI checks. Where a PostgreSQL server answers (TEST_DATABASE_URL, default
# the local server's "test"), the API's integration suite runs on it, a fresh database per file,
# and on PGlite only its engine checks; without one, all of it runs on PGlite. End-to-end tests
# always run on PGlite, the embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "lint"
pnpm lint
step "format"
pnpm format:check
step "typecheck"
pnpm typecheck
step "generated GraphQL types are current"
pnpm exec graphql-codegen --config codegen.ts --check --silent

pg_url="${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test}"
redis_url="${TEST_REDIS_URL:-redis://127.0.0.1:6379}"
postgres_up=false
if command -v pg_isready >/dev/null && pg_isready -q -d "$pg_url"; then postgres_up=true; fi

if [ "$postgres_up" = true ]; then
  # The API's integration suite runs whole on PostgreSQL below; on PGlite only the files that
  # check the embedded engine itself (apps/api/vitest.config.ts, `bothEngines`).
  step "unit and integration tests (PGlite, in-process bus; the API's engine checks)"
  PGLITE_PASS=engine pnpm -r --workspace-concurrency=1 --if-present test
else
  step "unit and integration tests (PGlite, in-process bus)"
  pnpm -r --workspace-concurrency=1 --if-present test
fi

step "end-to-end tests in Chromium (built web app, real API, fresh database)"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Chromium is missing: installing Debian's package"
    apt-get install -y --no-install-recommends chromium >/dev/null || { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; }
  else
    echo "Chromium is missing at $chromium: install Debian's 'chromium' package or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi
pnpm test:e2e

step "deployment test: nginx from deploy/ in front of two API instances (own PostgreSQL and Redis)"
# Uses the build the end-to-end step just made; starts its own servers on free ports.
if ! command -v nginx >/dev/null && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "nginx is missing: installing Debian's nginx-light"
  apt-get install -y --no-install-recommends nginx-light >/dev/null || { apt-get update >/dev/null && apt-get install -y --no-install-recommends nginx-light >/dev/null; }
fi
if command -v nginx >/dev/null && command -v redis-server >/dev/null && { [ -n "${PG_BINDIR:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }; then
  pnpm test:deploy
elif [ "${CI:-}" = "true" ]; then
  echo "The deployment test needs nginx, redis-server and PostgreSQL's server binaries; CI needs it" >&2
  exit 1
else
  echo "Skipped the deployment test: it needs Debian's nginx-light, redis-server and postgresql (CI runs it)." >&2
fi

if [ "$postgres_up" = true ]; then
  step "database tests on PostgreSQL, with the Redis event bus"
  DATABASE_URL="$pg_url" REDIS_URL="$redis_url" pnpm --filter @ekinerja/db --filter @ekinerja/api --workspace-concurrency=1 test
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL is not reachable at $pg_url; CI needs it" >&2
  exit 1
else
  echo "PostgreSQL is not reachable at $pg_url: skipped the PostgreSQL pass (CI runs it)." >&2
fi

step "all checks passed"
