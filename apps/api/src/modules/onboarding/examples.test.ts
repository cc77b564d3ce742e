// The committed example workbooks of the fictional Kabupaten Tambora Raya import, in order, into
// an empty tenant: 16 OPDs, 80 bidang/seksi, 320 officials and the plans with 166 indicators, in
// one change each, then the budget linked to those indicators, and all again without a change. The files are the generator's output (`examples:onboarding`).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestDatabase } from '@ekinerja/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emptyTenant } from '../../testing/emptyTenant';
import { exampleKabupaten } from './lib/exampleKabupaten';
import { examplePlan } from './lib/examplePlan';
import { PLAN } from './lib/planTemplate';
import { ORGANISATION, STAFF } from './lib/templates';
import { readWorkbook } from './lib/workbook';
import { importWorkbook } from './providers/onboardingImports';
import type { ImportContext } from './providers/runImport';

const folder = resolve(import.meta.dirname, '../../../../../examples/onboarding');
let db: TestDatabase;
let ctx: ImportContext;
let tenantId: string;
let statements = 0;

beforeAll(async () => {
  ({ db, ctx, tenantId } = await emptyTenant('TAMBORA', 'Tambora Raya', () => (statements += 1)));
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

it('the committed workbooks are what the generator writes', async () => {
  const { organisasi, pegawai } = exampleKabupaten();
  const units = await readWorkbook(ORGANISATION, await readFile(resolve(folder, 'organisasi.xlsx')));
  const staff = await readWorkbook(STAFF, await readFile(resolve(folder, 'pegawai.xlsx')));
  const plans = await readWorkbook(PLAN, await readFile(resolve(folder, 'rencana.xlsx')));
  expect([units.problems, staff.problems, plans.problems]).toEqual([[], [], []]);
  expect(units.rows.map((r) => Object.values(r.values))).toEqual(organisasi);
  expect(staff.rows.map((r) => Object.values(r.values))).toEqual(pegawai);
  expect(plans.rows.map((r) => Object.values(r.values))).toEqual(examplePlan());
});

it('imports the organisation, then the officials, into an empty kabupaten; again changes nothing', async () => {
  const organisasi = await readFile(resolve(folder, 'organisasi.xlsx'));
  const pegawai = await readFile(resolve(folder, 'pegawai.xlsx'));
  // A few set-based statements per import, however many rows: never one per row.
  statements = 0;
  const units = await importWorkbook(ctx, 'organisasi', tenantId, organisasi, true);
  console.log(`Organisasi apply of 96 rows: ${statements} SQL statements`);
  expect(statements).toBeGreaterThan(0);
  expect(statements).toBeLessThan(40);
  expect(units).toMatchObject({
    applied: true,
    counts: { created: 96, updated: 0, unchanged: 0, refused: 0 },
  });
  statements = 0;
  const staff = await importWorkbook(ctx, 'pegawai', tenantId, pegawai, true);
  console.log(`Pegawai apply of 320 rows: ${statements} SQL statements`);
  expect(statements).toBeGreaterThan(0);
  expect(statements).toBeLessThan(40);
  expect(staff).toMatchObject({
    applied: true,
    counts: { created: 320, updated: 0, unchanged: 0, refused: 0 },
  });

  const kinds = await db.prisma.orgUnit.groupBy({ by: ['kind'], where: { tenantId }, _count: true });
  expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count]))).toEqual({
    OPD: 16,
    DIVISION: 48,
    SECTION: 32,
  });
  expect(await db.prisma.official.count({ where: { tenantId, positionId: { not: null } } })).toBe(320);
  // Every official but the 16 heads of OPD sits under a supervisor's position.
  expect(await db.prisma.position.count({ where: { tenantId, parentPositionId: { not: null } } })).toBe(304);
  expect(await db.prisma.changeEvent.count({ where: { tenantId } })).toBe(2);

  const rencana = await readFile(resolve(folder, 'rencana.xlsx'));
  statements = 0;
  const plans = await importWorkbook(ctx, 'rencana', tenantId, rencana, true);
  console.log(`Rencana apply of 166 rows: ${statements} SQL statements`);
  expect(plans.rows.filter((r) => r.outcome === 'REFUSED')).toEqual([]);
  expect(plans).toMatchObject({
    applied: true,
    counts: { created: 166, updated: 0, unchanged: 0, refused: 0 },
  });
  expect(statements).toBeLessThan(80);
  // The RPJMD's scorecard and one per OPD, each with its four perspectives and scored afresh.
  expect(await db.prisma.scorecard.count({ where: { tenantId, year: 2026 } })).toBe(17);
  expect(await db.prisma.indicator.count({ where: { tenantId } })).toBe(166);
  expect(await db.prisma.planTarget.count({ where: { indicator: { tenantId } } })).toBe(166 * 5);
  expect(
    await db.prisma.scoreSnapshot.count({
      where: { tenantId, year: 2026, nodeKind: 'INDICATOR', month: 12 },
    }),
  ).toBe(166);
  expect(await db.prisma.changeEvent.count({ where: { tenantId } })).toBe(3);

  // The budget, linked to the indicators the plans just made.
  const anggaran = await readFile(resolve(folder, 'anggaran.xlsx'));
  const budget = await importWorkbook(ctx, 'anggaran', tenantId, anggaran, true);
  expect(budget.rows.filter((r) => r.outcome === 'REFUSED')).toEqual([]);
  expect(budget).toMatchObject({ applied: true, counts: { created: 176, refused: 0 } });
  expect(await db.prisma.subActivity.count({ where: { activity: { program: { tenantId } } } })).toBe(96);
  expect(await db.prisma.program.count({ where: { tenantId, outcomeIndicatorId: { not: null } } })).toBe(32);
  expect(await db.prisma.changeEvent.count({ where: { tenantId } })).toBe(4);

  expect((await importWorkbook(ctx, 'organisasi', tenantId, organisasi, true)).counts).toEqual({
    created: 0,
    updated: 0,
    unchanged: 96,
    refused: 0,
  });
  expect((await importWorkbook(ctx, 'pegawai', tenantId, pegawai, true)).counts).toEqual({
    created: 0,
    updated: 0,
    unchanged: 320,
    refused: 0,
  });
  expect((await importWorkbook(ctx, 'rencana', tenantId, rencana, true)).counts).toEqual({
    created: 0,
    updated: 0,
    unchanged: 166,
    refused: 0,
  });
  expect((await importWorkbook(ctx, 'anggaran', tenantId, anggaran, true)).counts).toEqual({
    created: 0,
    updated: 0,
    unchanged: 176,
    refused: 0,
  });
  expect(await db.prisma.changeEvent.count({ where: { tenantId } })).toBe(4);
});
