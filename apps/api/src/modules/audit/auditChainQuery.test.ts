// The audit page's chain line over the real server: `auditChain` verifies the tenant's chain when
// asked (up to the newest record), names a record altered behind the application's back, and is
// for those who may audit the whole tenant only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { enterAndSubmit, freeSlots } from '../../testing/workflow';

const CHAIN = `query($t: ID!) { auditChain(tenantId: $t) {
  verified records verifiedSeq verifiedAt brokenSeq problem } }`;

interface Chain {
  verified: boolean;
  records: number;
  verifiedSeq: string | null;
  verifiedAt: string;
  brokenSeq: string | null;
  problem: string | null;
}

let t: TestServer;
let admin: string;
let tenantId: string;

async function chain(token = admin) {
  return gql<{ auditChain: Chain }>(t.base, CHAIN, { t: tenantId }, token);
}

async function lastSeq(): Promise<string> {
  const [row] = await t.db.prisma.$queryRaw<
    { seq: string }[]
  >`SELECT max(seq)::text AS seq FROM "ChangeEvent"`;
  return row!.seq;
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await loginAs(t.base, 'superadmin');
  const province = await t.db.prisma.tenant.findFirstOrThrow({ where: { kind: 'PROVINCE' } });
  tenantId = toGlobalId('Tenant', province.id);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('auditChain', () => {
  it('verifies the chain up to the newest record, for the tenant administrator only', async () => {
    const operator = await loginAs(t.base, 'operator-kesehatan');
    const [a, b] = await freeSlots(t.db.prisma, 2);
    await enterAndSubmit(t.base, operator, a!, 64);
    await enterAndSubmit(t.base, operator, b!, 65);
    const before = Date.now();
    const res = await chain();
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditChain).toMatchObject({
      verified: true,
      records: await t.db.prisma.changeEvent.count(),
      verifiedSeq: await lastSeq(),
      brokenSeq: null,
      problem: null,
    });
    expect(Date.parse(res.data!.auditChain.verifiedAt)).toBeGreaterThanOrEqual(before - 1000);

    const head = await chain(await loginAs(t.base, 'kadis-kesehatan'));
    expect(head.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names the first record whose stored values were altered', async () => {
    const [second] = await t.db.prisma.$queryRaw<{ seq: string }[]>`
      SELECT seq::text AS seq FROM "ChangeEvent" ORDER BY seq OFFSET 1 LIMIT 1`;
    await t.db.prisma.$transaction([
      t.db.prisma.$executeRawUnsafe(
        'ALTER TABLE "ChangeEvent" DISABLE TRIGGER "ChangeEvent_no_update_delete"',
      ),
      t.db.prisma.$executeRawUnsafe(
        `UPDATE "ChangeEvent" SET "action" = 'FORGED' WHERE seq = ${second!.seq}`,
      ),
      t.db.prisma.$executeRawUnsafe(
        'ALTER TABLE "ChangeEvent" ENABLE TRIGGER "ChangeEvent_no_update_delete"',
      ),
    ]);
    const res = await chain();
    expect(res.data!.auditChain).toMatchObject({
      verified: false,
      records: 1,
      brokenSeq: second!.seq,
      problem: 'HASH',
    });
  });
});
