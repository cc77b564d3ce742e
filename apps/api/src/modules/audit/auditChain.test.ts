// The tamper-evident audit trail, on PGlite and (with DATABASE_URL) PostgreSQL: 20 writers at once
// leave one chain that `pnpm cli audit verify` accepts; the database refuses UPDATE and DELETE on
// the change log for every role; a record whose stored values were altered (the trigger
// disabled by the database owner) makes it exit 1 naming that record; and a rewritten tail that
// keeps the links consistent is caught against the head `audit record-head` recorded.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createDatabase, databaseTargetFromEnv, type Database } from '@ekinerja/db';
import { loadConfig } from '../../config';
import { createContext } from '../../context';
import { LoginLimiter } from '../auth/lib/loginLimiter';
import { changeOf } from '../changes/providers/changeLog';
import { performLoggedWrite } from '../changes/providers/loggedWrite';
import { createEventBus } from '../../realtime/eventBus';
import { cliDatabase, runCli, type CliDatabase } from '../../testing/cliProcess';

let cli: CliDatabase;
let tenantId: string;
let tenantCode: string;

/** Opens the database the CLI uses; PGlite is one process's database, so close it before the CLI runs. */
async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = createDatabase({ target: databaseTargetFromEnv(cli.env), poolSize: 25 });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Changes a stored record as only the database owner can: with the append-only trigger off. */
async function asOwner(db: Database, statement: string) {
  await db.prisma.$transaction([
    db.prisma.$executeRawUnsafe('ALTER TABLE "ChangeEvent" DISABLE TRIGGER "ChangeEvent_no_update_delete"'),
    db.prisma.$executeRawUnsafe(statement),
    db.prisma.$executeRawUnsafe('ALTER TABLE "ChangeEvent" ENABLE TRIGGER "ChangeEvent_no_update_delete"'),
  ]);
}

const verify = () => runCli(['audit', 'verify'], { env: cli.env });

beforeAll(async () => {
  cli = await cliDatabase({ demo: true });
  await withDatabase(async (db) => {
    const tenant = await db.prisma.tenant.findFirstOrThrow({ where: { kind: 'PROVINCE' } });
    tenantId = tenant.id;
    tenantCode = tenant.code;
  });
}, 120_000);

afterAll(async () => {
  await cli?.dispose();
});

describe('the audit trail', () => {
  it('keeps one unbroken chain when 20 writers log at once, and says how far it verified', async () => {
    const { count, last } = await withDatabase(async (db) => {
      const admin = await db.prisma.user.findUniqueOrThrow({ where: { username: 'superadmin' } });
      const logger = pino({ level: 'silent' });
      const bus = createEventBus(undefined, logger);
      const services = {
        config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
        prisma: db.prisma,
        logger,
        loginLimiter: new LoginLimiter(),
        bus,
      };
      const ctx = createContext(services, {
        viewer: {
          kind: 'user',
          userId: admin.id,
          username: admin.username,
          displayName: admin.displayName,
          sessionId: 'audit-chain-test',
          grants: [{ role: 'SUPER_ADMIN', scopeId: tenantId }],
        },
        requestId: randomUUID(),
        ip: null,
        userAgent: 'audit-chain-test',
      });
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          performLoggedWrite(ctx, { operation: 'auditChainTest', input: i }, async () => ({
            id: tenantId,
            record: changeOf({ tenantId, scopeIds: [tenantId] }, 'Tenant', tenantId, {
              action: 'NOTED',
              before: null,
              after: { writer: i, note: `penulis ${i}` },
            }),
          })),
        ),
      );
      await bus.close();
      const [stats] = await db.prisma.$queryRaw<{ count: string; last: string }[]>`
        SELECT count(*)::text AS count, max(seq)::text AS last FROM "ChangeEvent"`;
      return stats!;
    });
    expect(Number(count)).toBeGreaterThanOrEqual(20);
    const result = await verify();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`verified ${count} records up to seq ${last}`);
    const oneTenant = await runCli(['audit', 'verify', '--tenant', tenantCode], { env: cli.env });
    expect(oneTenant.code).toBe(0);
    const unknown = await runCli(['audit', 'verify', '--tenant', 'TIDAK-ADA'], { env: cli.env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/--tenant: no tenant with code TIDAK-ADA/);
  });

  it('refuses a direct UPDATE or DELETE of a change-log record, for the owner and any other role', async () => {
    await withDatabase(async (db) => {
      const { prisma } = db;
      const [first] = await prisma.$queryRaw<
        { seq: string }[]
      >`SELECT min(seq)::text AS seq FROM "ChangeEvent"`;
      const seq = first!.seq;
      const before = await prisma.changeEvent.findUniqueOrThrow({ where: { seq: BigInt(seq) } });
      await expect(
        prisma.$executeRawUnsafe(`UPDATE "ChangeEvent" SET "action" = 'FORGED' WHERE seq = ${seq}`),
      ).rejects.toThrow(/append-only/);
      await expect(prisma.$executeRawUnsafe(`DELETE FROM "ChangeEvent" WHERE seq = ${seq}`)).rejects.toThrow(
        /append-only/,
      );
      // A role granted every privilege on the table is refused all the same.
      const role = `audit_writer_${randomUUID().slice(0, 8)}`;
      await prisma.$executeRawUnsafe(`CREATE ROLE ${role}`);
      await prisma.$executeRawUnsafe(`GRANT ALL ON "ChangeEvent" TO ${role}`);
      for (const statement of [
        `UPDATE "ChangeEvent" SET "after" = '{"value": 1}' WHERE seq = ${seq}`,
        `DELETE FROM "ChangeEvent" WHERE seq = ${seq}`,
      ])
        await expect(
          prisma.$transaction([
            prisma.$executeRawUnsafe(`SET LOCAL ROLE ${role}`),
            prisma.$executeRawUnsafe(statement),
          ]),
        ).rejects.toThrow(/append-only/);
      // Roles belong to the whole PostgreSQL cluster: leave none behind.
      await prisma.$executeRawUnsafe(`REVOKE ALL ON "ChangeEvent" FROM ${role}`);
      await prisma.$executeRawUnsafe(`DROP ROLE ${role}`);
      expect(await prisma.changeEvent.findUniqueOrThrow({ where: { seq: BigInt(seq) } })).toEqual(before);
    });
  });

  it('exits 1 naming the record whose stored values were altered', async () => {
    const { seq, after } = await withDatabase(async (db) => {
      const [middle] = await db.prisma.$queryRaw<{ seq: string; after: string | null }[]>`
        SELECT seq::text AS seq, "after"::text AS "after" FROM "ChangeEvent" ORDER BY seq OFFSET 5 LIMIT 1`;
      await asOwner(db, `UPDATE "ChangeEvent" SET "after" = '{"value": 999}' WHERE seq = ${middle!.seq}`);
      return middle!;
    });
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`record seq ${seq} (tenant ${tenantCode}) does not verify`);
    expect(result.stdout).toBe('');

    // Put back as it was, the chain verifies again.
    await withDatabase((db) =>
      asOwner(
        db,
        `UPDATE "ChangeEvent" SET "after" = ${after === null ? 'NULL' : `'${after.replaceAll("'", "''")}'::jsonb`} WHERE seq = ${seq}`,
      ),
    );
    expect((await verify()).code).toBe(0);
  });

  it('catches a rewritten tail against the recorded head', async () => {
    const recorded = await runCli(['audit', 'record-head'], { env: cli.env });
    expect(recorded.code).toBe(0);
    const last = await withDatabase(async (db) => {
      const [row] = await db.prisma.$queryRaw<
        { seq: string }[]
      >`SELECT max(seq)::text AS seq FROM "ChangeEvent"`;
      return row!.seq;
    });
    expect(recorded.stdout).toContain(`recorded the head of ${tenantCode} at seq ${last}`);

    // The last record rewritten with a hash that fits its new content: every link still holds.
    await withDatabase((db) =>
      asOwner(
        db,
        `UPDATE "ChangeEvent" SET "after" = '{"value": 1}', "hash" = "change_event_hash"(seq, "tenantId",
          "scopeIds", "entityType", "entityId", "action", "actorId", "before", '{"value": 1}'::jsonb,
          "payload", "createdAt", "prevHash") WHERE seq = ${last}`,
      ),
    );
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`record seq ${last} (tenant ${tenantCode}) does not verify`);
    expect(result.stderr).toContain('recorded head');
  });
});
