#!/bin/sh
# Stand-in for Prisma's native schema engine, which this project never downloads: it migrates
# with @prisma/schema-engine-wasm (see packages/db/src/migrations). `prisma generate` only
# checks that this file exists.
echo "this project migrates with the WASM schema engine: use pnpm db:migrate / pnpm db:migration" >&2
exit 1
