import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, countRows, hashToken, seedDemo, type DemoSeedResult } from './demo';

// A fixed "now" (29 Nov 2026, 10:00 WITA) so the months reported are known.
const NOW = new Date('2026-11-29T02:00:00Z');

describe('demo seed', () => {
  let db: TestDatabase;
  let first: DemoSeedResult;

  beforeAll(async () => {
    db = await createTestDatabase();
    first = await seedDemo(db.prisma, { includeRegencies: false, now: NOW, env: {} });
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('creates the province with its real OPDs, officials, indicators and realisations', async () => {
    expect(first.created).toEqual(['Provinsi Nusa Tenggara Barat']);
    expect(first.counts.tenants).toBe(1);
    expect(first.counts.opds).toBe(37);
    const opdNames = (
      await db.prisma.orgUnit.findMany({ where: { kind: 'OPD' }, select: { shortName: true } })
    ).map((u) => u.shortName);
    expect(opdNames).toEqual(expect.arrayContaining(['Dikes', 'PUPR', 'Bappeda', 'Dikbud', 'BPKAD']));
    expect(first.counts.indicators).toBeGreaterThan(1000);
    expect(first.counts.measurements).toBeGreaterThan(10_000);
  });

  it('reports months up to the current one, most verified, some submitted, some missing', async () => {
    const byStatus = await db.prisma.measurement.groupBy({ by: ['status'], _count: true });
    const count = (status: string) => byStatus.find((s) => s.status === status)?._count ?? 0;
    expect(count('VERIFIED')).toBeGreaterThan(count('SUBMITTED'));
    expect(count('SUBMITTED')).toBeGreaterThan(0);
    expect(count('DRAFT')).toBeGreaterThan(0);
    const months = await db.prisma.measurement.aggregate({ _max: { month: true }, _min: { month: true } });
    expect(months._min.month).toBe(1);
    expect(months._max.month).toBe(11);
    // Nothing is verified before it was submitted, and nothing in the future.
    const inconsistent = await db.prisma.measurement.count({
      where: { OR: [{ status: 'VERIFIED', verifiedAt: null }, { verifiedAt: { gt: NOW } }] },
    });
    expect(inconsistent).toBe(0);
  });

  it('gives every official a well-formed, unique NIP', async () => {
    const officials = await db.prisma.official.findMany({ select: { nip: true } });
    expect(officials.length).toBeGreaterThan(300);
    for (const { nip } of officials) {
      expect(nip).toMatch(/^(19[5-9]\d|200\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d)\d{4}(0[1-9]|1[0-2])[12]\d{3}$/);
    }
    expect(new Set(officials.map((o) => o.nip)).size).toBe(officials.length);
  });

  it('creates the demo accounts with their roles and the shared demo password', async () => {
    const users = await db.prisma.user.findMany({ include: { roles: { include: { orgUnit: true } } } });
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    const kadis = users.find((u) => u.username === 'kadis-kesehatan');
    expect(kadis?.roles.map((r) => [r.role, r.orgUnit?.shortName])).toEqual([['UNIT_HEAD', 'Dikes']]);
    expect(kadis?.officialId).not.toBeNull();
    const gubernur = users.find((u) => u.username === 'gubernur');
    expect(gubernur?.roles.map((r) => [r.role, r.orgUnitId])).toEqual([['LEADER', null]]);
    expect(await verify(gubernur!.passwordHash, DEMO_PASSWORD)).toBe(true);
    const operator = users.find((u) => u.username === 'operator-pupr');
    const assigned = await db.prisma.indicatorOperator.count({ where: { userId: operator!.id } });
    expect(assigned).toBeGreaterThan(20);
  });

  it('prints a wall-device token that matches the stored hash', async () => {
    const device = await db.prisma.wallDevice.findFirstOrThrow();
    expect(first.wallToken).toBeTruthy();
    expect(device.tokenHash).toBe(hashToken(first.wallToken!));
  });

  it('duplicates nothing when run again', async () => {
    const before = await countRows(db.prisma);
    const again = await seedDemo(db.prisma, { includeRegencies: false, now: NOW, env: {} });
    expect(again.created).toEqual([]);
    expect(again.skipped).toEqual(['Provinsi Nusa Tenggara Barat']);
    expect(await countRows(db.prisma)).toEqual(before);
    expect(await db.prisma.wallDevice.count()).toBe(1);
    expect(await db.prisma.issue.count()).toBeGreaterThan(0);
    expect(await db.prisma.directive.count()).toBeGreaterThan(0);
  });

  it('refuses demo accounts in production', async () => {
    await expect(
      seedDemo(db.prisma, { includeRegencies: false, now: NOW, env: { NODE_ENV: 'production' } }),
    ).rejects.toThrow(/production/);
  });
});
