// Importing the Organisasi workbook into an empty kabupaten: a dry run writes nothing, applying
// creates the tree with its head positions in one change, re-importing changes nothing, an edited
// row updates only that unit; every bad file or row is refused with the database unchanged.
import type { TestDatabase } from '@ekinerja/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTenant } from '../../testing/emptyTenant';
import { problemsOf, refusedImport } from '../../testing/importChecks';
import { ORGANISATION } from './lib/templates';
import { writeTemplate } from './lib/workbook';
import { planOrganisation } from './providers/organisationImport';
import { runImport, type ImportContext } from './providers/runImport';

let db: TestDatabase;
let ctx: ImportContext;
let tenantId: string;

const HEADERS = ORGANISATION.columns.map((c) => c.header);
type Row = [
  code: string,
  parent: string | null,
  name: string,
  short: string | null,
  kind: string,
  head: string | null,
];

const TREE: Row[] = [
  ['DINKES', null, 'Dinas Kesehatan', 'Dinkes', 'OPD', 'Kepala Dinas Kesehatan'],
  [
    'DINKES.YANKES',
    'DINKES',
    'Bidang Pelayanan Kesehatan',
    null,
    'Bidang',
    'Kepala Bidang Pelayanan Kesehatan',
  ],
  ['DINKES.YANKES.RUJ', 'DINKES.YANKES', 'Seksi Pelayanan Rujukan', null, 'Seksi', null],
  ['BAPPEDA', null, 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'opd', 'Kepala Bappeda'],
];

const workbook = (rows: Row[]) => writeTemplate(ORGANISATION, rows);

const importFile = async (content: Buffer, apply = false) =>
  runImport(ctx, 'organisasi', planOrganisation, tenantId, content, apply);

/** Everything an import can write, to compare before and after. */
async function state() {
  const [units, positions, stats, events] = await Promise.all([
    db.prisma.orgUnit.findMany({ where: { tenantId }, orderBy: { code: 'asc' } }),
    db.prisma.position.findMany({ where: { tenantId }, orderBy: { title: 'asc' } }),
    db.prisma.scopeMonthStats.count({ where: { tenantId } }),
    db.prisma.changeEvent.count(),
  ]);
  return JSON.stringify({ units, positions, stats, events });
}

beforeAll(async () => {
  ({ db, ctx, tenantId } = await emptyTenant('SUMBAWA', 'Sumbawa'));
  // The tenant has figures for 2026: every new unit gets its zero rows for that year.
  await db.prisma.scopeMonthStats.createMany({
    data: Array.from({ length: 12 }, (_, k) => ({ scopeId: tenantId, tenantId, year: 2026, month: k + 1 })),
  });
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

describe('importing the Organisasi workbook', () => {
  it('lists what a dry run would create and writes nothing', async () => {
    const before = await state();
    const result = await importFile(await workbook(TREE));
    expect(result.applied).toBe(false);
    expect(result.counts).toEqual({ created: 4, updated: 0, unchanged: 0, refused: 0 });
    expect(result.rows.map((r) => [r.row, r.key, r.outcome])).toEqual([
      [2, 'DINKES', 'CREATED'],
      [3, 'DINKES.YANKES', 'CREATED'],
      [4, 'DINKES.YANKES.RUJ', 'CREATED'],
      [5, 'BAPPEDA', 'CREATED'],
    ]);
    expect(await state()).toBe(before);
  });

  it('applies the tree with head positions and zero figures in one change; re-importing changes nothing', async () => {
    const events = await db.prisma.changeEvent.count();
    const result = await importFile(await workbook(TREE), true);
    expect(result).toMatchObject({ applied: true, counts: { created: 4, refused: 0 } });
    expect(result.seq).not.toBeNull();
    expect(await db.prisma.changeEvent.count()).toBe(events + 1);
    const units = await db.prisma.orgUnit.findMany({ where: { tenantId }, include: { positions: true } });
    const byCode = new Map(units.map((u) => [u.code, u]));
    const seksi = byCode.get('DINKES.YANKES.RUJ')!;
    expect(seksi.kind).toBe('SECTION');
    expect(seksi.ancestorIds).toEqual([
      tenantId,
      byCode.get('DINKES')!.id,
      byCode.get('DINKES.YANKES')!.id,
      seksi.id,
    ]);
    expect(seksi.shortName).toBe('Seksi Pelayanan Rujukan');
    expect(byCode.get('DINKES')!.positions.map((p) => [p.title, p.level])).toEqual([
      ['Kepala Dinas Kesehatan', 'JPT'],
    ]);
    expect(byCode.get('DINKES.YANKES')!.positions[0]?.level).toBe('ADMINISTRATOR');
    expect(await db.prisma.scopeMonthStats.count({ where: { scopeId: seksi.id } })).toBe(12);

    const before = await state();
    const again = await importFile(await workbook(TREE), true);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 4, refused: 0 });
    expect(again.seq).toBeNull();
    expect(await state()).toBe(before);
  });

  it('updates only the edited row, and lists units missing from the file without removing them', async () => {
    const edited = TREE.filter(([code]) => code !== 'BAPPEDA').map((row): Row =>
      row[0] === 'DINKES.YANKES'
        ? ([...row.slice(0, 2), 'Bidang Pelayanan dan SDK', ...row.slice(3)] as Row)
        : row,
    );
    const result = await importFile(await workbook(edited), true);
    expect(result.counts).toEqual({ created: 0, updated: 1, unchanged: 2, refused: 0 });
    expect(result.rows.find((r) => r.outcome === 'UPDATED')?.key).toBe('DINKES.YANKES');
    expect(result.notInFile).toEqual(['BAPPEDA']);
    expect(await db.prisma.orgUnit.count({ where: { tenantId, code: 'BAPPEDA' } })).toBe(1);
    const unit = await db.prisma.orgUnit.findFirstOrThrow({ where: { tenantId, code: 'DINKES.YANKES' } });
    expect(unit.name).toBe('Bidang Pelayanan dan SDK');
  });

  it('renames the head position when the row names another', async () => {
    const renamed = TREE.map((row): Row =>
      row[0] === 'BAPPEDA' ? ([...row.slice(0, 5), 'Kepala Badan Perencanaan'] as Row) : row,
    );
    const result = await importFile(await workbook(renamed), true);
    expect(result.counts).toMatchObject({ updated: 2, refused: 0 });
    const titles = await db.prisma.position.findMany({
      where: { orgUnit: { tenantId, code: 'BAPPEDA' } },
      select: { title: true },
    });
    expect(titles).toEqual([{ title: 'Kepala Badan Perencanaan' }]);
  });
});

describe('bad Organisasi input leaves the database unchanged', () => {
  const refused = refusedImport(importFile, state);

  it('a file that is not a workbook, or a damaged one', async () => {
    const csv = await refused(Buffer.from('Kode unit;Nama unit;Jenis\nDINSOS;Dinas Sosial;OPD\n'));
    expect(csv.fileProblems).toEqual([
      { sheet: 'Organisasi', row: 0, column: null, rule: 'notXlsx', value: null },
    ]);
    const damaged = await refused((await workbook(TREE)).subarray(0, 1000));
    expect(damaged.fileProblems[0]?.rule).toBe('notXlsx');
  });

  it('a missing required column', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Organisasi');
    sheet.addRow(HEADERS.filter((h) => h !== 'Nama unit'));
    sheet.addRow(['DINSOS', null, 'Dinsos', 'OPD', null]);
    const result = await refused(Buffer.from(await book.xlsx.writeBuffer()));
    expect(result.fileProblems).toEqual([
      { sheet: 'Organisasi', row: 1, column: 'Nama unit', rule: 'missingColumn', value: null },
    ]);
  });

  it('a duplicate code, a parent that does not exist, a kind its parent cannot hold, a move to another parent', async () => {
    const result = await refused(
      await workbook([
        ['DINSOS', null, 'Dinas Sosial', null, 'OPD', null],
        ['DINSOS', null, 'Dinas Sosial (lagi)', null, 'OPD', null],
        ['DINSOS.X', 'DINPAR', 'Bidang Pariwisata', null, 'Bidang', null],
        ['DINSOS.Y', 'DINSOS', 'Seksi langsung di OPD', null, 'Seksi', null],
        ['BAPPEDA', 'DINSOS', 'Bappeda di bawah Dinsos', null, 'Bidang', null],
      ]),
    );
    expect(result.counts).toEqual({ created: 1, updated: 0, unchanged: 0, refused: 4 });
    expect(problemsOf(result)).toEqual([
      [3, 'Kode unit', 'duplicate'],
      [4, 'Kode induk', 'notFound'],
      [5, 'Jenis', 'kindUnderParent'],
      [6, 'Kode induk', 'cannotMove'],
    ]);
  });

  it('a kabupaten row in a tenant that is not a province, and a unit placed under it', async () => {
    const result = await refused(
      await workbook([
        ['KAB-X', null, 'Kabupaten X', null, 'Kabupaten', null],
        ['KAB-X.DINAS', 'KAB-X', 'Dinas di Kabupaten X', null, 'OPD', null],
      ]),
    );
    expect(problemsOf(result)).toEqual([
      [2, 'Jenis', 'regionOutsideProvince'],
      [3, 'Jenis', 'kindUnderParent'],
    ]);
  });

  it('a cycle in parents', async () => {
    const result = await refused(
      await workbook([
        ['A', 'C', 'Unit A', null, 'Bidang', null],
        ['B', 'A', 'Unit B', null, 'Bidang', null],
        ['C', 'B', 'Unit C', null, 'Bidang', null],
        ['D', 'D', 'Unit D', null, 'Bidang', null],
      ]),
    );
    expect(problemsOf(result)).toEqual([
      [2, 'Kode induk', 'cycle'],
      [3, 'Kode induk', 'cycle'],
      [4, 'Kode induk', 'cycle'],
      [5, 'Kode induk', 'cycle'],
    ]);
  });

  it('a formula or a text starting with = is kept as text and stored as typed', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Organisasi');
    sheet.addRow(HEADERS);
    sheet.addRow(['DISKOMINFO', null, { formula: '1+1', result: 2 }, '=cmd|calc', 'OPD', '@Kepala']);
    const result = await importFile(Buffer.from(await book.xlsx.writeBuffer()), true);
    expect(result.counts).toMatchObject({ created: 1, refused: 0 });
    const unit = await db.prisma.orgUnit.findFirstOrThrow({
      where: { tenantId, code: 'DISKOMINFO' },
      include: { positions: true },
    });
    expect([unit.name, unit.shortName, unit.positions[0]?.title]).toEqual(['=1+1', '=cmd|calc', '@Kepala']);
  });
});
