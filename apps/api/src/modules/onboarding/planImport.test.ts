// Importing the Rencana workbook: a dry run writes nothing; applying creates the RPJMD's and an
// OPD's scorecards with their sasaran, indicators, period targets from the yearly ones, the
// plan's later targets and operators, scored in the same transaction; re-importing changes
// nothing and an edited row updates only its indicator; every bad file or row is refused with the
// database unchanged.
import type { TestDatabase } from '@ekinerja/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTenant } from '../../testing/emptyTenant';
import { PLAN } from './lib/planTemplate';
import { ORGANISATION } from './lib/templates';
import { writeTemplate, type TemplateDef } from './lib/workbook';
import { planOrganisation } from './providers/organisationImport';
import { planPlans } from './providers/planImport';
import { runImport, type ImportContext } from './providers/runImport';

let db: TestDatabase;
let ctx: ImportContext;
let tenantId: string;

type Key = (typeof PLAN.columns)[number]['key'];
type Row = Partial<Record<Key, string | null>>;

const RENSTRA: Row = {
  planKind: 'Renstra',
  year: '2026',
  startYear: '2025',
  endYear: '2029',
  unitCode: 'DINKES',
  goalCode: 'T1',
  goal: 'Meningkatnya derajat kesehatan masyarakat',
  objectiveCode: 'S1',
  objective: 'Meningkatnya mutu layanan kesehatan',
  perspective: 'Pelanggan',
  perspectiveWeight: '100',
  objectiveWeight: '100',
  unit: '%',
  polarity: 'Maksimal',
  aggregation: 'Terakhir',
  frequency: 'Triwulanan',
  weight: '50',
};

const ROWS: Row[] = [
  {
    ...RENSTRA,
    code: 'IK.01',
    name: 'Cakupan imunisasi dasar lengkap',
    formula: 'Bayi diimunisasi lengkap / seluruh bayi × 100',
    baseline: '88,5',
    operators: 'operator.dinkes',
    target1: '90',
    target2: '92',
    target3: '94',
  },
  {
    ...RENSTRA,
    code: 'IK.02',
    name: 'Jumlah kunjungan rawat jalan puskesmas',
    unit: 'kunjungan',
    aggregation: 'Jumlah',
    frequency: 'Bulanan',
    target2: '1.200',
  },
  {
    planKind: 'RPJMD',
    year: '2026',
    startYear: '2025',
    endYear: '2029',
    goalCode: 'T1',
    goal: 'Masyarakat sehat dan sejahtera',
    objectiveCode: 'SM1',
    objective: 'Meningkatnya kualitas sumber daya manusia',
    perspective: 'Pemangku kepentingan',
    objectiveWeight: '100',
    code: 'IKU.01',
    name: 'Indeks Pembangunan Manusia',
    unit: 'indeks',
    polarity: 'Stabil',
    aggregation: 'Terakhir',
    frequency: 'Tahunan',
    weight: '100',
    reportingUnit: 'DINKES',
    target2: '68 - 72',
  },
];

const workbook = (rows: Row[], def: TemplateDef = PLAN) =>
  writeTemplate(
    def,
    rows.map((r) => def.columns.map((c) => r[c.key as Key] ?? null)),
  );
const importFile = async (content: Buffer, apply = false) =>
  runImport(ctx, 'rencana', planPlans, tenantId, content, apply);

/** Everything a Rencana import can write, to compare before and after. */
async function state() {
  const where = { tenantId };
  const [plans, goals, cards, objectives, indicators, targets, planTargets, operators, snapshots, events] =
    await Promise.all([
      db.prisma.plan.findMany({ where, orderBy: { name: 'asc' } }),
      db.prisma.planGoal.findMany({ where: { plan: where }, orderBy: { code: 'asc' } }),
      db.prisma.scorecard.findMany({ where, orderBy: { ownerKey: 'asc' }, include: { perspectives: true } }),
      db.prisma.objective.findMany({ where, orderBy: { code: 'asc' } }),
      db.prisma.indicator.findMany({ where, orderBy: { code: 'asc' } }),
      db.prisma.target.findMany({
        where: { indicator: where },
        orderBy: [{ indicatorId: 'asc' }, { month: 'asc' }],
      }),
      db.prisma.planTarget.findMany({
        where: { indicator: where },
        orderBy: [{ indicatorId: 'asc' }, { year: 'asc' }],
      }),
      db.prisma.indicatorOperator.findMany({ where: { indicator: where } }),
      db.prisma.scoreSnapshot.count({ where }),
      db.prisma.changeEvent.count(),
    ]);
  return JSON.stringify({
    plans,
    goals,
    cards,
    objectives,
    indicators,
    targets,
    planTargets,
    operators,
    snapshots,
    events,
  });
}

beforeAll(async () => {
  ({ db, ctx, tenantId } = await emptyTenant('SUMBAWA', 'Sumbawa'));
  const units = await writeTemplate(ORGANISATION, [
    ['DINKES', null, 'Dinas Kesehatan', 'Dinkes', 'OPD', 'Kepala Dinas Kesehatan'],
    ['DINKES.YANKES', 'DINKES', 'Bidang Pelayanan Kesehatan', null, 'Bidang', null],
  ]);
  expect((await runImport(ctx, 'organisasi', planOrganisation, tenantId, units, true)).applied).toBe(true);
  await db.prisma.user.create({
    data: { username: 'operator.dinkes', displayName: 'Operator Dinkes', passwordHash: 'x', tenantId },
  });
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

describe('importing the Rencana workbook', () => {
  it('lists what a dry run would create and writes nothing', async () => {
    const before = await state();
    const result = await importFile(await workbook(ROWS));
    expect(result.rows.flatMap((r) => r.problems)).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.key, r.outcome])).toEqual([
      [2, 'DINKES/IK.01', 'CREATED'],
      [3, 'DINKES/IK.02', 'CREATED'],
      [4, '-/IKU.01', 'CREATED'],
    ]);
    expect(result.applied).toBe(false);
    expect(await state()).toBe(before);
  });

  it('creates the scorecards, sasaran and indicators with their targets, scored; again changes nothing', async () => {
    const result = await importFile(await workbook(ROWS), true);
    expect(result).toMatchObject({
      applied: true,
      counts: { created: 3, updated: 0, unchanged: 0, refused: 0 },
    });
    const dinkes = await db.prisma.orgUnit.findFirstOrThrow({ where: { tenantId, code: 'DINKES' } });
    const cards = await db.prisma.scorecard.findMany({
      where: { tenantId, year: 2026 },
      include: { perspectives: true, plan: true },
      orderBy: { ownerKind: 'asc' },
    });
    expect(cards.map((c) => [c.ownerKey, c.plan?.kind, c.plan?.startYear, c.plan?.endYear])).toEqual([
      [`TENANT:${tenantId}`, 'RPJMD', 2025, 2029],
      [`ORG_UNIT:${dinkes.id}`, 'RENSTRA', 2025, 2029],
    ]);
    // The Renstra gives its perspective weights; the RPJMD's new scorecard weighs all four alike.
    const weights = (i: number) =>
      Object.fromEntries(cards[i]!.perspectives.map((p) => [p.perspective, p.weight]));
    expect(weights(0)).toEqual({ STAKEHOLDER: 25, CUSTOMER: 25, INTERNAL_PROCESS: 25, LEARNING_GROWTH: 25 });
    expect(weights(1)).toEqual({ STAKEHOLDER: 0, CUSTOMER: 100, INTERNAL_PROCESS: 0, LEARNING_GROWTH: 0 });
    const indicators = await db.prisma.indicator.findMany({
      where: { tenantId },
      orderBy: { code: 'asc' },
      include: {
        targets: { orderBy: { month: 'asc' } },
        planTargets: { orderBy: { year: 'asc' } },
        operators: true,
        objective: { include: { goal: true } },
      },
    });
    const [ik1, ik2, iku] = indicators;
    expect(ik1).toMatchObject({ formula: 'Bayi diimunisasi lengkap / seluruh bayi × 100', baseline: 88.5 });
    expect(ik1!.objective.goal?.name).toBe('Meningkatnya derajat kesehatan masyarakat');
    // A LAST indicator carries the yearly target into each quarter; a SUM one splits it.
    expect(ik1!.targets.map((t) => [t.month, t.value])).toEqual([
      [3, 92],
      [6, 92],
      [9, 92],
      [12, 92],
    ]);
    expect(ik1!.planTargets.map((t) => [t.year, t.value])).toEqual([
      [2025, 90],
      [2026, 92],
      [2027, 94],
    ]);
    expect(ik1!.operators).toHaveLength(1);
    expect(ik2!.targets).toHaveLength(12);
    expect(ik2!.targets.reduce((s, t) => s + t.value!, 0)).toBeCloseTo(1200, 6);
    expect(iku).toMatchObject({ orgUnitId: dinkes.id, polarity: 'STABILIZE' });
    expect(iku!.targets.map((t) => [t.month, t.low, t.high])).toEqual([[12, 68, 72]]);
    expect(
      await db.prisma.scoreSnapshot.count({ where: { tenantId, nodeKind: 'INDICATOR', year: 2026 } }),
    ).toBe(3 * 12);

    const before = await state();
    const again = await importFile(await workbook(ROWS), true);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 3, refused: 0 });
    expect(await state()).toBe(before);
  });

  it('updates only the edited row', async () => {
    const untouched = await db.prisma.target.findMany({
      where: { indicator: { tenantId, code: { in: ['IK.02', 'IKU.01'] } } },
      orderBy: { id: 'asc' },
    });
    const edited = ROWS.map((r) =>
      r.code === 'IK.01' ? { ...r, target2: '93', name: 'Cakupan imunisasi dasar' } : r,
    );
    const result = await importFile(await workbook(edited), true);
    expect(result.rows.map((r) => r.outcome)).toEqual(['UPDATED', 'UNCHANGED', 'UNCHANGED']);
    const ik1 = await db.prisma.indicator.findFirstOrThrow({
      where: { tenantId, code: 'IK.01' },
      include: { targets: true },
    });
    expect(ik1.name).toBe('Cakupan imunisasi dasar');
    expect(ik1.targets.map((t) => t.value)).toEqual([93, 93, 93, 93]);
    expect(
      await db.prisma.target.findMany({
        where: { indicator: { tenantId, code: { in: ['IK.02', 'IKU.01'] } } },
        orderBy: { id: 'asc' },
      }),
    ).toEqual(untouched);
  });

  it('lists the indicators of the filled scorecards that the file leaves out, and keeps them', async () => {
    const result = await importFile(await workbook(ROWS.filter((r) => r.code !== 'IK.02')));
    expect(result.notInFile).toEqual(['DINKES/IK.02']);
  });
});

/** A workbook whose cell at the data row and column is a formula. */
async function withFormula(rows: Row[], row: number, key: Key, formula: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbook(rows)) as never);
  const column = PLAN.columns.findIndex((c) => c.key === key) + 1;
  book.getWorksheet(PLAN.sheet)!.getRow(row).getCell(column).value = { formula, result: 2 };
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('refusing a bad Rencana workbook with the database unchanged', () => {
  const fresh = (code: string, extra: Row): Row => ({
    ...ROWS[0]!,
    code,
    name: `Indikator ${code}`,
    ...extra,
  });
  const cases: [string, () => Promise<Buffer>, { column: string | null; rule: string }][] = [
    [
      'a file that is not XLSX',
      async () => Buffer.from('Jenis rencana;Tahun\nRenstra;2026\n'),
      { column: null, rule: 'notXlsx' },
    ],
    [
      'a missing required column',
      () => workbook(ROWS, { ...PLAN, columns: PLAN.columns.filter((c) => c.key !== 'code') }),
      { column: 'Kode indikator', rule: 'missingColumn' },
    ],
    [
      'a target that is not a number',
      () => workbook([fresh('IK.09', { target2: 'sembilan puluh' })]),
      { column: 'Target tahun ke-2', rule: 'notNumber' },
    ],
    [
      'a formula in a target',
      () => withFormula([fresh('IK.09', {})], 2, 'target2', '1+1'),
      { column: 'Target tahun ke-2', rule: 'notNumber' },
    ],
    [
      'perspective weights that do not add up to 100',
      () => workbook([fresh('IK.09', { perspectiveWeight: '60' })]),
      { column: 'Bobot perspektif', rule: 'sumTo100' },
    ],
    [
      'an indicator code twice in one scorecard',
      () => workbook([fresh('IK.09', {}), fresh('IK.09', {})]),
      { column: 'Kode indikator', rule: 'duplicate' },
    ],
    [
      'an OPD code that does not exist',
      () => workbook([fresh('IK.09', { unitCode: 'DISHUB' })]),
      { column: 'Kode unit', rule: 'notFound' },
    ],
    [
      'a Renstra of a bidang',
      () => workbook([fresh('IK.09', { unitCode: 'DINKES.YANKES' })]),
      { column: 'Kode unit', rule: 'notOpd' },
    ],
    [
      'a year outside the plan',
      () => workbook([fresh('IK.09', { year: '2031' })]),
      { column: 'Tahun', rule: 'outsidePlan' },
    ],
    [
      'a plan of more than five years',
      () => workbook([fresh('IK.09', { endYear: '2032' })]),
      { column: 'Tahun akhir', rule: 'planYears' },
    ],
    [
      'a Stabil indicator with one number',
      () => workbook([fresh('IK.09', { polarity: 'Stabil' })]),
      { column: 'Target tahun ke-2', rule: 'band' },
    ],
    [
      'a monthly target in a month that closes no quarter',
      () => workbook([fresh('IK.09', { month2: '10' })]),
      { column: 'Target Feb', rule: 'notDue' },
    ],
    [
      'no target for the year',
      () => workbook([fresh('IK.09', { target2: null })]),
      { column: 'Target tahun ke-2', rule: 'required' },
    ],
    [
      'a sasaran worded two ways',
      () => workbook([fresh('IK.09', {}), fresh('IK.10', { objective: 'Lain' })]),
      { column: 'Sasaran', rule: 'inconsistent' },
    ],
    [
      'an operator who does not exist',
      () => workbook([fresh('IK.09', { operators: 'operator.dinkes, siapa' })]),
      { column: 'Operator', rule: 'notFound' },
    ],
    [
      'an unknown polarity',
      () => workbook([fresh('IK.09', { polarity: 'Naik' })]),
      { column: 'Polaritas', rule: 'choice' },
    ],
  ];
  it.each(cases)('%s', async (_, file, problem) => {
    const before = await state();
    const result = await importFile(await file(), true);
    expect(result.applied).toBe(false);
    const problems = [...result.fileProblems, ...result.rows.flatMap((r) => r.problems)];
    expect(problems).toContainEqual(expect.objectContaining(problem));
    expect(await state()).toBe(before);
  });

  it('keeps a text cell starting with =, +, - or @ as text, never evaluated', async () => {
    const rows = [
      fresh('IK.20', { name: '=1+1' }),
      fresh('IK.21', { name: '+62 pelanggan', formula: '@SUM(A1)' }),
      fresh('IK.22', { name: '-', formula: '-R/T' }),
    ];
    const result = await importFile(await withFormula(rows, 2, 'formula', 'A1*2'), true);
    expect(result.counts).toMatchObject({ created: 3, refused: 0 });
    const stored = await db.prisma.indicator.findMany({
      where: { tenantId, code: { in: ['IK.20', 'IK.21', 'IK.22'] } },
      orderBy: { code: 'asc' },
      select: { name: true, formula: true },
    });
    expect(stored).toEqual([
      { name: '=1+1', formula: '=A1*2' },
      { name: '+62 pelanggan', formula: '@SUM(A1)' },
      { name: '-', formula: '-R/T' },
    ]);
  });
});
