import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { applyMigrations, pendingSchemaChanges } from './index';

/** The records below test the table's own rules, not the audit chain the API writes. */
const OUTSIDE_ANY_CHAIN = 'not chained: written directly by this test';

describe('migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('match schema.prisma exactly (no drift)', async () => {
    // A non-empty result is the SQL a developer forgot to put in a migration:
    // run `pnpm db:migration <name>` and commit the new folder.
    expect(await pendingSchemaChanges()).toBe('');
  });

  it('apply once: a second run applies nothing', async () => {
    expect(await applyMigrations(db.adapterFactory)).toEqual([]);
    const rows = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations"`;
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
  });

  describe('the database enforces fixed rules', () => {
    let tenantId: string;
    let indicatorId: string;

    beforeAll(async () => {
      const tenant = await db.prisma.tenant.create({
        data: {
          code: 'T-1',
          name: 'Provinsi Uji',
          shortName: 'Uji',
          kind: 'PROVINCE',
          settings: { create: {} },
        },
      });
      tenantId = tenant.id;
      const card = await db.prisma.scorecard.create({
        data: { tenantId, ownerKind: 'TENANT', ownerKey: `TENANT:${tenantId}`, year: 2026, name: 'IKU' },
      });
      const perspective = await db.prisma.scorecardPerspective.create({
        data: { scorecardId: card.id, perspective: 'STAKEHOLDER', weight: 30 },
      });
      const objective = await db.prisma.objective.create({
        data: {
          tenantId,
          scorecardId: card.id,
          perspectiveId: perspective.id,
          code: 'S1',
          name: 'Sasaran',
          weight: 1,
        },
      });
      const indicator = await db.prisma.indicator.create({
        data: {
          tenantId,
          objectiveId: objective.id,
          code: 'IKU-1',
          name: 'Indikator',
          unit: '%',
          polarity: 'MAXIMIZE',
          aggregation: 'LAST',
          frequency: 'MONTHLY',
          weight: 1,
        },
      });
      indicatorId = indicator.id;
    });

    it('refuses a month outside 1–12', async () => {
      await expect(
        db.prisma.measurement.create({ data: { tenantId, indicatorId, year: 2026, month: 13, value: 1 } }),
      ).rejects.toThrow(/Measurement_month_range/);
      await expect(
        db.prisma.target.create({ data: { indicatorId, year: 2026, month: 0, value: 1 } }),
      ).rejects.toThrow(/Target_month_range/);
    });

    it('refuses a band whose low is above its high', async () => {
      await expect(
        db.prisma.target.create({ data: { indicatorId, year: 2026, month: 1, low: 5, high: 2 } }),
      ).rejects.toThrow(/Target_band_order/);
    });

    it('refuses negative money and physical progress outside 0–100 %', async () => {
      const unit = await db.prisma.orgUnit.create({
        data: {
          tenantId,
          kind: 'OPD',
          code: 'OPD-1',
          name: 'Dinas Uji',
          shortName: 'Uji',
          ancestorIds: [tenantId],
        },
      });
      const program = await db.prisma.program.create({
        data: { tenantId, orgUnitId: unit.id, year: 2026, code: 'P1', name: 'Program' },
      });
      const activity = await db.prisma.activity.create({
        data: { programId: program.id, code: 'K1', name: 'Kegiatan' },
      });
      await expect(
        db.prisma.subActivity.create({
          data: { activityId: activity.id, orgUnitId: unit.id, code: 'S1', name: 'Sub', pagu: -1n },
        }),
      ).rejects.toThrow(/SubActivity_pagu_nonneg/);
      const sub = await db.prisma.subActivity.create({
        data: { activityId: activity.id, orgUnitId: unit.id, code: 'S1', name: 'Sub', pagu: 1_000_000n },
      });
      await expect(
        db.prisma.budgetMonth.create({ data: { subActivityId: sub.id, month: 1, plannedPhysical: 101 } }),
      ).rejects.toThrow(/BudgetMonth_physical_pct/);
      await expect(
        db.prisma.budgetMonth.create({ data: { subActivityId: sub.id, month: 1, realisedSpend: -5n } }),
      ).rejects.toThrow(/BudgetMonth_spend_nonneg/);
    });

    it('refuses a NIP that is not 18 digits', async () => {
      await expect(
        db.prisma.official.create({ data: { tenantId, nip: '19800101200501100X', name: 'Nama Fiktif' } }),
      ).rejects.toThrow(/Official_nip_format/);
    });

    it('refuses tenant settings the scoring engine cannot use', async () => {
      await expect(
        db.prisma.tenantSettings.update({ where: { tenantId }, data: { bandYellowMin: 110 } }),
      ).rejects.toThrow(/TenantSettings_rules/);
    });

    it('keeps the change log append-only: UPDATE and DELETE are refused', async () => {
      const event = await db.prisma.changeEvent.create({
        data: {
          tenantId,
          scopeIds: [tenantId],
          entityType: 'Indicator',
          entityId: indicatorId,
          action: 'CREATE',
          hash: OUTSIDE_ANY_CHAIN,
        },
      });
      await expect(
        db.prisma.changeEvent.update({ where: { seq: event.seq }, data: { action: 'FORGED' } }),
      ).rejects.toThrow(/append-only/);
      await expect(db.prisma.changeEvent.delete({ where: { seq: event.seq } })).rejects.toThrow(
        /append-only/,
      );
      await expect(db.prisma.$executeRawUnsafe('TRUNCATE "ChangeEvent"')).rejects.toThrow(/append-only/);
      const stored = await db.prisma.changeEvent.findUniqueOrThrow({ where: { seq: event.seq } });
      expect(stored.action).toBe('CREATE');
    });

    it('keeps recorded audit heads append-only too', async () => {
      const head = await db.prisma.auditHead.create({ data: { tenantId, seq: 1n, hash: OUTSIDE_ANY_CHAIN } });
      await expect(
        db.prisma.auditHead.update({ where: { id: head.id }, data: { hash: 'forged' } }),
      ).rejects.toThrow(/append-only/);
      await expect(db.prisma.auditHead.delete({ where: { id: head.id } })).rejects.toThrow(/append-only/);
      await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditHead"')).rejects.toThrow(/append-only/);
      expect((await db.prisma.auditHead.findUniqueOrThrow({ where: { id: head.id } })).hash).toBe(
        OUTSIDE_ANY_CHAIN,
      );
    });

    it('numbers change events with a growing sequence', async () => {
      const a = await db.prisma.changeEvent.create({
        data: {
          tenantId,
          scopeIds: [tenantId],
          entityType: 'Indicator',
          entityId: indicatorId,
          action: 'UPDATE',
          hash: OUTSIDE_ANY_CHAIN,
        },
      });
      const b = await db.prisma.changeEvent.create({
        data: {
          tenantId,
          scopeIds: [tenantId],
          entityType: 'Indicator',
          entityId: indicatorId,
          action: 'UPDATE',
          hash: OUTSIDE_ANY_CHAIN,
        },
      });
      expect(b.seq).toBeGreaterThan(a.seq);
    });
  });
});
