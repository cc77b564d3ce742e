// Importing the Anggaran workbook into a kabupaten with its units, officials and scorecards:
// programs, kegiatan and sub-kegiatan are created with their plan and APBD-P revision, the scope
// figures follow; re-importing changes nothing, an edited row updates only itself and keeps the
// realised values; every bad file or row is refused with the database unchanged.
import type { TestDatabase } from '@ekinerja/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTenant } from '../../testing/emptyTenant';
import { problemsOf, refusedImport } from '../../testing/importChecks';
import { BUDGET } from './lib/budgetTemplate';
import { writeTemplate } from './lib/workbook';
import { planBudget } from './providers/budgetImport';
import { runImport, type ImportContext } from './providers/runImport';

let db: TestDatabase;
let ctx: ImportContext;
let tenantId: string;
let dinkesId: string;
let bidangId: string;
let statements = 0;

const YEAR = 2026;
const HEADERS = BUDGET.columns.map((c) => c.header);
const PIC = '198503122010011002';

type Cells = Partial<Record<string, string | null>>;

/** A row by header; the columns it does not name stay empty. */
const row = (cells: Cells): (string | null)[] => HEADERS.map((h) => cells[h] ?? null);

const plan = (spend: number[], physical: number[]): Cells =>
  Object.fromEntries([
    ...spend.map((v, k) => [BUDGET.columns.find((c) => c.key === `spend${k + 1}`)!.header, String(v)]),
    ...physical.map((v, k) => [BUDGET.columns.find((c) => c.key === `physical${k + 1}`)!.header, String(v)]),
  ]);

const even = (total: number) => Array.from({ length: 12 }, () => total / 12);
const rising = Array.from({ length: 12 }, (_, k) => Math.round(((k + 1) * 100) / 12));

const base = (code: string, name: string, extra: Cells = {}): Cells => ({
  Tahun: String(YEAR),
  'Kode unit': 'DINKES',
  Kode: code,
  Nama: name,
  ...extra,
});

const FILE: Cells[] = [
  base('1.02.02', 'Program Pemenuhan Upaya Kesehatan', { 'Kode indikator': 'IK.01', 'NIP PIC': PIC }),
  base('1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', { 'Kode indikator': 'IK.02' }),
  base('1.02.02.2.01.0001', 'Pembangunan Puskesmas', {
    'Pagu murni': '1200000000',
    ...plan(even(1_200_000_000), rising),
  }),
  base('1.02.02.2.01.0002', 'Pengembangan Rumah Sakit', {
    'Kode unit': 'DINKES.01',
    'Pagu murni': '600000000',
    'Pagu perubahan': '900000000',
    'Tanggal perubahan': `${YEAR}-08-15`,
    ...plan(even(840_000_000), rising),
  }),
];

const workbook = (rows: Cells[]) => writeTemplate(BUDGET, rows.map(row));
const importFile = async (content: Buffer, apply = false) =>
  runImport(ctx, 'anggaran', planBudget, tenantId, content, apply);

/** Everything an import can write, to compare before and after. */
async function state() {
  const [programs, activities, subs, months, stats, events] = await Promise.all([
    db.prisma.program.findMany({ orderBy: { code: 'asc' } }),
    db.prisma.activity.findMany({ orderBy: { code: 'asc' } }),
    db.prisma.subActivity.findMany({ orderBy: { code: 'asc' } }),
    db.prisma.budgetMonth.findMany({ orderBy: [{ subActivityId: 'asc' }, { month: 'asc' }] }),
    db.prisma.scopeMonthStats.findMany({ orderBy: [{ scopeId: 'asc' }, { year: 'asc' }, { month: 'asc' }] }),
    db.prisma.changeEvent.count(),
  ]);
  return JSON.stringify({ programs, activities, subs, months, stats, events }, (_k, v: unknown) =>
    typeof v === 'bigint' ? v.toString() : v,
  );
}

async function indicator(objectiveId: string, code: string, orgUnitId: string) {
  await db.prisma.indicator.create({
    data: {
      tenantId,
      objectiveId,
      orgUnitId,
      code,
      name: `Indikator ${code}`,
      unit: '%',
      polarity: 'MAXIMIZE',
      aggregation: 'LAST',
      frequency: 'QUARTERLY',
      weight: 1,
    },
  });
}

beforeAll(async () => {
  ({ db, ctx, tenantId } = await emptyTenant('SUMBAWA', 'Sumbawa', () => (statements += 1)));
  const dinkes = await db.prisma.orgUnit.create({
    data: {
      tenantId,
      kind: 'OPD',
      code: 'DINKES',
      name: 'Dinas Kesehatan',
      shortName: 'Dinkes',
      ancestorIds: [],
    },
  });
  dinkesId = dinkes.id;
  await db.prisma.orgUnit.update({ where: { id: dinkesId }, data: { ancestorIds: [tenantId, dinkesId] } });
  const bidang = await db.prisma.orgUnit.create({
    data: {
      tenantId,
      parentId: dinkesId,
      kind: 'DIVISION',
      code: 'DINKES.01',
      name: 'Bidang Pelayanan Kesehatan',
      shortName: 'Yankes',
      ancestorIds: [],
    },
  });
  bidangId = bidang.id;
  await db.prisma.orgUnit.update({
    where: { id: bidangId },
    data: { ancestorIds: [tenantId, dinkesId, bidangId] },
  });
  await db.prisma.official.create({ data: { tenantId, nip: PIC, name: 'dr. Baiq Nurul Aini' } });
  const card = await db.prisma.scorecard.create({
    data: {
      tenantId,
      ownerKind: 'ORG_UNIT',
      ownerKey: `ORG_UNIT:${dinkesId}`,
      orgUnitId: dinkesId,
      year: YEAR,
      name: `Kinerja Dinkes ${YEAR}`,
      perspectives: { create: [{ perspective: 'STAKEHOLDER', weight: 1 }] },
    },
    include: { perspectives: true },
  });
  const objective = (code: string) =>
    db.prisma.objective.create({
      data: {
        tenantId,
        scorecardId: card.id,
        perspectiveId: card.perspectives[0]!.id,
        code,
        name: code,
        weight: 1,
      },
    });
  const [first, second] = await Promise.all([objective('SS.01'), objective('SS.02')]);
  await indicator(first.id, 'IK.01', dinkesId);
  await indicator(first.id, 'IK.02', dinkesId);
  // The same code under two objectives: a row naming it cannot tell which is meant.
  await indicator(first.id, 'IK.09', dinkesId);
  await indicator(second.id, 'IK.09', dinkesId);
  // The tenant has figures for the year: the import keeps them equal to a rebuild.
  await db.prisma.scopeMonthStats.createMany({
    data: [tenantId, dinkesId, bidangId].flatMap((scopeId) =>
      Array.from({ length: 12 }, (_, k) => ({ scopeId, tenantId, year: YEAR, month: k + 1 })),
    ),
  });
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

const stats = (scopeId: string, month: number) =>
  db.prisma.scopeMonthStats.findUniqueOrThrow({
    where: { scopeId_year_month: { scopeId, year: YEAR, month } },
  });

describe('importing the Anggaran workbook', () => {
  it('lists what a dry run would create and writes nothing', async () => {
    const before = await state();
    const result = await importFile(await workbook(FILE));
    expect(result.fileProblems).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.key, r.outcome, r.problems])).toEqual([
      [2, '2026 DINKES 1.02.02', 'CREATED', []],
      [3, '2026 DINKES 1.02.02.2.01', 'CREATED', []],
      [4, '2026 DINKES 1.02.02.2.01.0001', 'CREATED', []],
      [5, '2026 DINKES.01 1.02.02.2.01.0002', 'CREATED', []],
    ]);
    expect(await state()).toBe(before);
  });

  it('creates the tree with indicators, PIC, plan and APBD-P in one change, and the scope figures follow', async () => {
    const result = await importFile(await workbook(FILE), true);
    expect(result).toMatchObject({ applied: true, counts: { created: 4, refused: 0 } });
    const program = await db.prisma.program.findFirstOrThrow({
      include: { outcomeIndicator: true, pic: true, activities: { include: { outputIndicator: true } } },
    });
    expect([program.orgUnitId, program.year, program.outcomeIndicator?.code, program.pic?.nip]).toEqual([
      dinkesId,
      YEAR,
      'IK.01',
      PIC,
    ]);
    expect(program.activities.map((a) => [a.code, a.outputIndicator?.code])).toEqual([
      ['1.02.02.2.01', 'IK.02'],
    ]);
    const rs = await db.prisma.subActivity.findFirstOrThrow({
      where: { code: '1.02.02.2.01.0002' },
      include: { months: { orderBy: { month: 'asc' } } },
    });
    expect([rs.orgUnitId, rs.pagu, rs.paguRevised, rs.paguRevisedOn?.toISOString().slice(0, 10)]).toEqual([
      bidangId,
      600_000_000n,
      900_000_000n,
      `${YEAR}-08-15`,
    ]);
    expect(rs.months.map((m) => [m.month, m.plannedSpend, m.plannedPhysical])[11]).toEqual([
      12,
      70_000_000n,
      100,
    ]);
    // July divides by pagu murni of both lines, August on by pagu perubahan of the revised one.
    expect((await stats(dinkesId, 7)).pagu).toBe(1_800_000_000n);
    expect((await stats(dinkesId, 8)).pagu).toBe(2_100_000_000n);
    expect((await stats(bidangId, 12)).pagu).toBe(900_000_000n);
    expect((await stats(tenantId, 12)).plannedSpend).toBe(2_040_000_000n);

    const before = await state();
    const again = await importFile(await workbook(FILE), true);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 4, refused: 0 });
    expect(again.seq).toBeNull();
    expect(await state()).toBe(before);
  });

  it('updates only the edited row, keeps realised values and lists rows missing from the file', async () => {
    const puskesmas = await db.prisma.subActivity.findFirstOrThrow({ where: { code: '1.02.02.2.01.0001' } });
    await db.prisma.budgetMonth.update({
      where: { subActivityId_month: { subActivityId: puskesmas.id, month: 3 } },
      data: { realisedSpend: 95_000_000n, realisedPhysical: 20 },
    });
    const edited = FILE.filter((r) => r.Kode !== '1.02.02.2.01.0002').map((r) =>
      r.Kode === '1.02.02.2.01.0001'
        ? {
            ...r,
            'Pagu perubahan': '1500000000',
            'Tanggal perubahan': `${YEAR}-09-01`,
            'Keuangan Mar': '150000000',
          }
        : r,
    );
    const result = await importFile(await workbook(edited), true);
    expect(result.counts).toEqual({ created: 0, updated: 1, unchanged: 2, refused: 0 });
    expect(result.rows.find((r) => r.outcome === 'UPDATED')?.key).toBe('2026 DINKES 1.02.02.2.01.0001');
    expect(result.notInFile).toEqual(['2026 DINKES.01 1.02.02.2.01.0002']);
    const march = await db.prisma.budgetMonth.findUniqueOrThrow({
      where: { subActivityId_month: { subActivityId: puskesmas.id, month: 3 } },
    });
    expect([march.plannedSpend, march.realisedSpend, march.realisedPhysical]).toEqual([
      150_000_000n,
      95_000_000n,
      20,
    ]);
    expect(await db.prisma.subActivity.count({ where: { code: '1.02.02.2.01.0002' } })).toBe(1);
    expect((await stats(dinkesId, 8)).pagu).toBe(2_100_000_000n);
    expect((await stats(dinkesId, 9)).pagu).toBe(2_400_000_000n);
    expect((await stats(dinkesId, 3)).realisedSpend).toBe(95_000_000n);
  });
});

describe('set-based writes', () => {
  /** A program with one kegiatan and `count` sub-kegiatan, each with a full monthly plan. */
  const program = (code: string, count: number): Cells[] => [
    base(code, `Program ${code}`),
    base(`${code}.2.01`, `Kegiatan ${code}`),
    ...Array.from({ length: count }, (_, k) =>
      base(`${code}.2.01.${String(k + 1).padStart(4, '0')}`, `Sub-kegiatan ${k + 1}`, {
        'Pagu murni': '120000000',
        ...plan(even(120_000_000), rising),
      }),
    ),
  ];
  const applyCounting = async (rows: Cells[]) => {
    const content = await workbook(rows);
    statements = 0;
    const result = await importFile(content, true);
    expect(result.counts.refused).toBe(0);
    return statements;
  };

  it('plans and writes ten times the rows in the same number of statements', async () => {
    const few = await applyCounting(program('1.02.05', 3));
    const many = await applyCounting(program('1.02.06', 30));
    expect(many).toBe(few);
  });
});

describe('bad Anggaran input leaves the database unchanged', () => {
  const refused = refusedImport(importFile, state);

  it('a file that is not a workbook', async () => {
    const csv = await refused(Buffer.from('Tahun;Kode unit;Kode;Nama\n2026;DINKES;1.02.02;Program\n'));
    expect(csv.fileProblems).toEqual([
      { sheet: 'Anggaran', row: 0, column: null, rule: 'notXlsx', value: null },
    ]);
  });

  it('a missing required column', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Anggaran');
    sheet.addRow(HEADERS.filter((h) => h !== 'Kode'));
    sheet.addRow([String(YEAR), 'DINKES', 'Program Tanpa Kode']);
    const result = await refused(Buffer.from(await book.xlsx.writeBuffer()));
    expect(result.fileProblems).toEqual([
      { sheet: 'Anggaran', row: 1, column: 'Kode', rule: 'missingColumn', value: null },
    ]);
  });

  it('a code outside the nomenclature, an unknown parent, a duplicate, and an unknown or ambiguous indicator', async () => {
    const result = await refused(
      await workbook([
        base('1.02.03', 'Program Baru', { 'Kode indikator': 'IK.77' }),
        base('1.2.03.2.01', 'Kode tidak baku'),
        base('1.02.04.2.01', 'Kegiatan tanpa program'),
        base('1.02.04.2.01.0001', 'Sub-kegiatan tanpa kegiatan', { 'Pagu murni': '1000' }),
        base('1.02.03', 'Program Baru (lagi)'),
        base('1.02.05', 'Program Lain', { 'Kode indikator': 'IK.09' }),
      ]),
    );
    expect(problemsOf(result)).toEqual([
      [2, 'Kode indikator', 'notFound'],
      [3, 'Kode', 'nomenclature'],
      [4, 'Kode', 'notFound'],
      [5, 'Kode', 'notFound'],
      [6, 'Kode', 'duplicate'],
      [7, 'Kode indikator', 'ambiguous'],
    ]);
  });

  it('a pagu that is not a number, negative or a formula, a missing date, a decreasing or over-pagu plan', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Anggaran');
    sheet.addRow(HEADERS);
    const sub = (code: string, cells: Cells) =>
      row(base(`1.02.02.2.01.${code}`, `Sub-kegiatan ${code}`, { 'Pagu murni': '1000', ...cells }));
    sheet.addRow(sub('0101', { 'Pagu murni': 'satu juta' }));
    sheet.addRow(sub('0102', { 'Pagu murni': '-5000' }));
    const formula = sub('0103', {});
    formula[HEADERS.indexOf('Pagu murni')] = null;
    sheet.addRow(formula).getCell(HEADERS.indexOf('Pagu murni') + 1).value = { formula: '1+1', result: 2 };
    sheet.addRow(sub('0104', { 'Pagu murni': '=1+1' }));
    sheet.addRow(sub('0105', { 'Pagu perubahan': '2000' }));
    sheet.addRow(sub('0106', { 'Pagu perubahan': '2000', 'Tanggal perubahan': `${YEAR + 1}-01-10` }));
    sheet.addRow(sub('0107', { 'Fisik Jan': '40', 'Fisik Feb': '30' }));
    sheet.addRow(sub('0108', { 'Keuangan Jan': '600', 'Keuangan Feb': '600' }));
    sheet.addRow(row(base('1.02.02.2.02', 'Kegiatan berpagu', { 'Pagu murni': '1000' })));
    sheet.addRow(sub('0109', { 'Pagu murni': null }));
    const result = await refused(Buffer.from(await book.xlsx.writeBuffer()));
    expect(problemsOf(result)).toEqual([
      [2, 'Pagu murni', 'notNumber'],
      [3, 'Pagu murni', 'nonNegative'],
      [4, 'Pagu murni', 'notNumber'],
      [5, 'Pagu murni', 'notNumber'],
      [6, 'Tanggal perubahan', 'required'],
      [7, 'Tanggal perubahan', 'outsideBudgetYear'],
      [8, 'Fisik Feb', 'decreasing'],
      [9, 'Pagu murni', 'planAbovePagu'],
      [10, 'Pagu murni', 'subActivityOnly'],
      [11, 'Pagu murni', 'required'],
    ]);
  });

  it('a plan over pagu perubahan, when the revision is in force in December', async () => {
    const result = await refused(
      await workbook([
        base('1.02.02.2.01.0201', 'Revisi turun', {
          'Pagu murni': '1200',
          'Pagu perubahan': '1000',
          'Tanggal perubahan': `${YEAR}-10-01`,
          ...plan(even(1200), rising),
        }),
      ]),
    );
    expect(problemsOf(result)).toEqual([[2, 'Pagu perubahan', 'planAbovePagu']]);
  });
});
