// Importing the Pegawai workbook after the Organisasi one: officials are placed in their positions
// (made when missing) under their supervisors' positions; re-importing changes nothing, an edited
// row updates only that official; bad rows are refused with the database unchanged.
import type { TestDatabase } from '@ekinerja/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTenant } from '../../testing/emptyTenant';
import { ORGANISATION, STAFF } from './lib/templates';
import { writeTemplate } from './lib/workbook';
import { planOrganisation } from './providers/organisationImport';
import { runImport, type ImportContext } from './providers/runImport';
import { planStaff } from './providers/staffImport';

let db: TestDatabase;
let ctx: ImportContext;
let tenantId: string;

type Row = [
  nip: string,
  name: string,
  golongan: string | null,
  title: string,
  level: string | null,
  unit: string,
  supervisor: string | null,
];

const KADIS = '197204151998031004';
const KABID = '198003222005012003';
const STAF = '199512012020121001';
const STAFF_ROWS: Row[] = [
  [KADIS, 'dr. H. Lalu Ahmad Zaini, M.Kes.', 'IV/c', 'Kepala Dinas Kesehatan', 'JPT', 'DINKES', null],
  [
    KABID,
    'Baiq Sri Wahyuni, S.K.M.',
    'IV/a',
    'Kepala Bidang Pelayanan Kesehatan',
    'Administrator',
    'DINKES.YANKES',
    KADIS,
  ],
  [STAF, 'Muhammad Rizki, A.Md.Kes.', 'II/c', 'Pengelola Data Kesehatan', null, 'DINKES.YANKES', KABID],
];

const importStaff = async (rows: Row[], apply = false) =>
  runImport(ctx, 'pegawai', planStaff, tenantId, await writeTemplate(STAFF, rows), apply);

async function state() {
  const [positions, officials, events] = await Promise.all([
    db.prisma.position.findMany({ where: { tenantId }, orderBy: { id: 'asc' } }),
    db.prisma.official.findMany({ orderBy: { nip: 'asc' } }),
    db.prisma.changeEvent.count(),
  ]);
  return JSON.stringify({ positions, officials, events });
}

beforeAll(async () => {
  ({ db, ctx, tenantId } = await emptyTenant('DOMPU', 'Dompu'));
  const units = await writeTemplate(ORGANISATION, [
    ['DINKES', null, 'Dinas Kesehatan', 'Dinkes', 'OPD', 'Kepala Dinas Kesehatan'],
    ['DINKES.YANKES', 'DINKES', 'Bidang Pelayanan Kesehatan', null, 'Bidang', null],
  ]);
  const organisation = await runImport(ctx, 'organisasi', planOrganisation, tenantId, units, true);
  expect(organisation.applied).toBe(true);
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

describe('importing the Pegawai workbook', () => {
  it('places officials in their positions under their supervisors, once', async () => {
    const dry = await importStaff(STAFF_ROWS);
    expect(dry.counts).toEqual({ created: 3, updated: 0, unchanged: 0, refused: 0 });
    expect(await db.prisma.official.count()).toBe(0);

    const result = await importStaff(STAFF_ROWS, true);
    expect(result).toMatchObject({ applied: true, counts: { created: 3 } });
    const officials = await db.prisma.official.findMany({ include: { position: true } });
    const byNip = new Map(officials.map((o) => [o.nip, o]));
    // The head position the Organisasi import made is the one the kepala dinas takes.
    const kadis = byNip.get(KADIS)!;
    expect([kadis.position?.title, kadis.position?.level, kadis.golongan]).toEqual([
      'Kepala Dinas Kesehatan',
      'JPT',
      'IV/c',
    ]);
    expect(await db.prisma.position.count({ where: { tenantId } })).toBe(3);
    expect(byNip.get(KABID)!.position?.parentPositionId).toBe(kadis.positionId);
    expect(byNip.get(STAF)!.position).toMatchObject({
      level: 'STAFF',
      parentPositionId: byNip.get(KABID)!.positionId,
    });

    const before = await state();
    const again = await importStaff(STAFF_ROWS, true);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 3, refused: 0 });
    expect(await state()).toBe(before);
  });

  it('updates only the edited official and lists officials missing from the file', async () => {
    const edited = STAFF_ROWS.slice(0, 2).map((row): Row =>
      row[0] === KABID ? ([row[0], 'Baiq Sri Wahyuni, S.K.M., M.P.H.', 'IV/b', ...row.slice(3)] as Row) : row,
    );
    const result = await importStaff(edited, true);
    expect(result.counts).toEqual({ created: 0, updated: 1, unchanged: 1, refused: 0 });
    expect(result.notInFile).toEqual([STAF]);
    const kabid = await db.prisma.official.findUniqueOrThrow({ where: { nip: KABID } });
    expect([kabid.name, kabid.golongan]).toEqual(['Baiq Sri Wahyuni, S.K.M., M.P.H.', 'IV/b']);
    expect(await db.prisma.official.count({ where: { nip: STAF } })).toBe(1);
  });
});

describe('bad Pegawai input leaves the database unchanged', () => {
  it('an invalid NIP, a duplicate NIP, an unknown unit, a taken position, an unknown supervisor, a cycle', async () => {
    const before = await state();
    const result = await importStaff(
      [
        ['198502302010011002', 'Tanggal lahir 30 Februari', null, 'Staf A', null, 'DINKES', null],
        ['198503122010011009', 'Satu', null, 'Staf B', null, 'DINKES', null],
        ['198503122010011009', 'Satu lagi', null, 'Staf C', null, 'DINKES', null],
        ['198503122010011010', 'Unit tidak ada', null, 'Staf D', null, 'DINSOS', null],
        [
          '198503122010011011',
          'Jabatan terisi',
          null,
          'Pengelola Data Kesehatan',
          null,
          'DINKES.YANKES',
          null,
        ],
        ['198503122010011012', 'Atasan tidak ada', null, 'Staf E', null, 'DINKES', '198001012005011001'],
        ['198503122010011013', 'Saling atasan 1', null, 'Staf F', null, 'DINKES', '198503122010011014'],
        ['198503122010011014', 'Saling atasan 2', null, 'Staf G', null, 'DINKES', '198503122010011013'],
      ],
      true,
    );
    expect(result.applied).toBe(false);
    expect(result.rows.flatMap((r) => r.problems.map((p) => [p.row, p.column, p.rule]))).toEqual([
      [2, 'NIP', 'birthDate'],
      [4, 'NIP', 'duplicate'],
      [5, 'Kode unit', 'notFound'],
      [6, 'Jabatan', 'held'],
      [7, 'NIP atasan', 'notFound'],
      [8, 'NIP atasan', 'cycle'],
      [9, 'NIP atasan', 'cycle'],
    ]);
    expect(result.counts).toEqual({ created: 1, updated: 0, unchanged: 0, refused: 7 });
    expect(await state()).toBe(before);
  });
});
