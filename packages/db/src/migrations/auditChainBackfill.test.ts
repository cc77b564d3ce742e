// The audit-chain migration on a database that already holds history: the records written before
// it get their hashes in sequence order, chained per tenant, with nothing they recorded changed.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../paths';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { readMigrationsList } from './migrationsFolder';
import { applyMigrations } from './index';

const CHAIN_MIGRATION = /_audit_chain$/;

let db: TestDatabase;
let earlier: string;

beforeAll(async () => {
  // The migrations as they were before the audit chain.
  earlier = mkdtempSync(join(tmpdir(), 'ekinerja-migrations-'));
  const list = await readMigrationsList(migrationsDir);
  const names = list.migrationDirectories.map((m) => m.path);
  const chainAt = names.findIndex((name) => CHAIN_MIGRATION.test(name));
  expect(chainAt).toBeGreaterThan(0);
  cpSync(join(migrationsDir, 'migration_lock.toml'), join(earlier, 'migration_lock.toml'));
  for (const name of names.slice(0, chainAt))
    cpSync(join(migrationsDir, name), join(earlier, name), { recursive: true });
  db = await createTestDatabase({ migrate: false });
  await applyMigrations(db.adapterFactory, earlier);
});

afterAll(async () => {
  await db?.dispose();
  rmSync(earlier, { recursive: true, force: true });
});

describe('the audit-chain migration', () => {
  it('hashes the existing records, each tenant in sequence order, changing nothing they recorded', async () => {
    const { prisma } = db;
    const tenants: string[] = [];
    for (const code of ['T-A', 'T-B']) {
      const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(
        `INSERT INTO "Tenant" (id, code, name, "shortName", kind, "updatedAt")
         VALUES (gen_random_uuid(), '${code}', 'Provinsi ${code}', '${code}', 'PROVINCE', now()) RETURNING id::text`,
      );
      tenants.push(rows[0]!.id);
    }
    // Interleaved history of two tenants, written as the application wrote it before hashes.
    for (let i = 0; i < 6; i++) {
      const tenant = tenants[i % 3 === 0 ? 1 : 0]!;
      await prisma.$executeRawUnsafe(
        `INSERT INTO "ChangeEvent" ("tenantId", "scopeIds", "entityType", "entityId", "action", "after")
         VALUES ('${tenant}', ARRAY['${tenant}'], 'Tenant', '${tenant}', 'UPDATED', '{"step": ${i}, "nilai": 1.50}')`,
      );
    }
    const before = await prisma.$queryRawUnsafe<unknown[]>(
      `SELECT seq::text, "tenantId"::text, "after"::text, "createdAt"::text FROM "ChangeEvent" ORDER BY seq`,
    );

    expect((await applyMigrations(db.adapterFactory)).some((name) => CHAIN_MIGRATION.test(name))).toBe(true);

    expect(
      await prisma.$queryRawUnsafe<unknown[]>(
        `SELECT seq::text, "tenantId"::text, "after"::text, "createdAt"::text FROM "ChangeEvent" ORDER BY seq`,
      ),
    ).toEqual(before);
    const rows = await prisma.$queryRawUnsafe<
      { tenantId: string; hash: string; prevHash: string | null; previous: string | null; computed: string }[]
    >(
      `SELECT "tenantId"::text AS "tenantId", "hash", "prevHash",
         lag("hash") OVER (PARTITION BY "tenantId" ORDER BY seq) AS "previous",
         "change_event_hash"(seq, "tenantId", "scopeIds", "entityType", "entityId", "action", "actorId",
           "before", "after", "payload", "createdAt", "prevHash") AS "computed"
       FROM "ChangeEvent" ORDER BY seq`,
    );
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.computed).toBe(row.hash);
      expect(row.prevHash).toBe(row.previous);
    }
    // Each tenant's chain starts once.
    expect(
      rows
        .filter((r) => r.prevHash === null)
        .map((r) => r.tenantId)
        .sort(),
    ).toEqual([...tenants].sort());
  });
});
