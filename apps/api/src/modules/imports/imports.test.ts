// Sheet imports over the real server: a file with good and bad rows is refused with every bad row
// listed and nothing written; the corrected file applies completely; CSV typed the Indonesian way
// (`;` separators, decimal commas) reads the same as XLSX; another OPD's rows get one refusal
// whatever is stored.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { compareStoredScores } from '../snapshots';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { freeSlots } from '../../testing/workflow';

const IMPORT = `mutation($input: ImportSheetInput!) {
  importSheet(input: $input) { kind rowCount applied seq problems { row column rule value } } }`;

interface Report {
  kind: string;
  rowCount: number;
  applied: boolean;
  seq: string | null;
  problems: { row: number; column: string | null; rule: string; value: string | null }[];
}

let t: TestServer;
let operator: string;
let admin: string;

async function xlsx(header: string[], rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');

async function importSheet(token: string, input: Record<string, unknown>): Promise<Report> {
  const res = await gql<{ importSheet: Report }>(t.base, IMPORT, { input }, token);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.importSheet;
}

async function writes() {
  const [measurements, targets, events] = await Promise.all([
    t.db.prisma.measurement.findMany({ orderBy: { id: 'asc' } }),
    t.db.prisma.target.findMany({ orderBy: { id: 'asc' } }),
    t.db.prisma.changeEvent.count(),
  ]);
  return JSON.stringify([measurements, targets, events]);
}

beforeAll(async () => {
  t = await startTestServer();
  [operator, admin] = await Promise.all([
    loginAs(t.base, 'operator-kesehatan'),
    loginAs(t.base, 'superadmin'),
  ]);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('importing realisations', () => {
  it('lists every bad row and writes nothing; the corrected file is applied completely', async () => {
    const [a, b, c] = await freeSlots(t.db.prisma, 3);
    const pupr = await t.db.prisma.indicator.findFirstOrThrow({
      where: { orgUnit: { name: { contains: 'Pekerjaan Umum' } } },
    });
    const header = ['ID indikator', 'Kode', 'Tahun', 'Bulan', 'Realisasi', 'Catatan'];
    const id = (slot: { indicatorId: string }) => toGlobalId('Indicator', slot.indicatorId);
    const bad = await xlsx(header, [
      [id(a!), 'A', DEMO_YEAR, a!.month, 71.5, 'dari laporan puskesmas'],
      [id(b!), 'B', DEMO_YEAR, 13, 'tujuh puluh', null],
      [toGlobalId('Indicator', pupr.id), 'P', DEMO_YEAR, 10, 50, null],
      [id(c!), 'C', DEMO_YEAR, c!.month, null, 'belum ada data'],
      [id(a!), 'A', DEMO_YEAR, a!.month, 72, null],
    ]);
    const before = await writes();
    for (const dryRun of [true, false]) {
      const report = await importSheet(operator, {
        kind: 'REALISATIONS',
        format: 'XLSX',
        contentBase64: bad,
        dryRun,
      });
      expect(report.applied).toBe(false);
      expect(report.rowCount).toBe(3);
      // Rows 2 and 6 are short of their target and give no written analysis.
      const noAnalysis = { column: 'faktor penghambat', rule: 'requiredBelowTarget', value: null };
      expect(report.problems).toEqual([
        { row: 2, ...noAnalysis },
        { row: 3, column: 'bulan', rule: 'range', value: '13' },
        { row: 3, column: 'realisasi', rule: 'number', value: 'tujuh puluh' },
        { row: 4, column: 'id indikator', rule: 'notAssigned', value: toGlobalId('Indicator', pupr.id) },
        { row: 6, column: 'bulan', rule: 'duplicate', value: '2' },
        { row: 6, ...noAnalysis },
      ]);
    }
    expect(await writes()).toBe(before);

    // The same rows corrected, as a CSV from an Indonesian Excel: `;` and decimal commas. Row 2 is
    // short of its target, so it needs its written analysis, and the dry run already says so.
    const header2 = 'ID indikator;Kode;Tahun;Bulan;Realisasi;Catatan';
    const withoutAnalysis = csv([
      header2,
      `${id(a!)};A;${DEMO_YEAR};${a!.month};71,5;dari laporan puskesmas`,
      `${id(b!)};B;${DEMO_YEAR};${b!.month};1.234,25;`,
    ]);
    for (const dryRun of [true, false]) {
      const refused = await importSheet(operator, {
        kind: 'REALISATIONS',
        format: 'CSV',
        contentBase64: withoutAnalysis,
        dryRun,
      });
      expect(refused.applied).toBe(false);
      expect(refused.problems).toEqual([
        { row: 2, column: 'faktor penghambat', rule: 'requiredBelowTarget', value: null },
      ]);
    }
    expect(await writes()).toBe(before);
    const analysisColumns =
      'Faktor penghambat;Faktor pendukung;Rencana tindak lanjut;Target waktu tindak lanjut';
    const badDate = csv([
      `${header2};${analysisColumns}`,
      `${id(a!)};A;${DEMO_YEAR};${a!.month};71,5;dari laporan puskesmas;Stok reagen habis;;Pengadaan reagen;31/02/${DEMO_YEAR}`,
    ]);
    const dateRefused = await importSheet(operator, {
      kind: 'REALISATIONS',
      format: 'CSV',
      contentBase64: badDate,
      dryRun: true,
    });
    expect(dateRefused.problems).toEqual([
      { row: 2, column: 'target waktu tindak lanjut', rule: 'invalid_format', value: `31/02/${DEMO_YEAR}` },
    ]);
    const good = csv([
      `${header2};${analysisColumns}`,
      `${id(a!)};A;${DEMO_YEAR};${a!.month};71,5;dari laporan puskesmas;Stok reagen habis;;Pengadaan reagen;31/12/${DEMO_YEAR}`,
      `${id(b!)};B;${DEMO_YEAR};${b!.month};1.234,25;;;;;`,
    ]);
    const dry = await importSheet(operator, {
      kind: 'REALISATIONS',
      format: 'CSV',
      contentBase64: good,
      dryRun: true,
    });
    expect(dry).toMatchObject({ applied: false, rowCount: 2, problems: [] });
    expect(await writes()).toBe(before);
    const applied = await importSheet(operator, {
      kind: 'REALISATIONS',
      format: 'CSV',
      contentBase64: good,
      dryRun: false,
    });
    expect(applied).toMatchObject({ applied: true, rowCount: 2, problems: [] });
    const stored = await t.db.prisma.measurement.findMany({
      where: { OR: [a!, b!].map((s) => ({ indicatorId: s.indicatorId, year: DEMO_YEAR, month: s.month })) },
      orderBy: { value: 'asc' },
    });
    expect(stored.map((m) => [m.value, m.status, m.note])).toEqual([
      [71.5, 'SUBMITTED', 'dari laporan puskesmas'],
      [1234.25, 'SUBMITTED', null],
    ]);
    const analysis = await t.db.prisma.performanceAnalysis.findUniqueOrThrow({
      where: { indicatorId_year_month: { indicatorId: a!.indicatorId, year: DEMO_YEAR, month: a!.month } },
    });
    expect(analysis).toMatchObject({ obstacles: 'Stok reagen habis', followUpPlan: 'Pengadaan reagen' });
    expect(analysis.followUpDue.toISOString().slice(0, 10)).toBe(`${DEMO_YEAR}-12-31`);
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);

    // The same file again changes nothing: its rows equal what is submitted.
    const again = await importSheet(operator, {
      kind: 'REALISATIONS',
      format: 'CSV',
      contentBase64: good,
      dryRun: false,
    });
    expect(again).toMatchObject({ applied: false, rowCount: 0, problems: [] });
  });

  it('refuses a file it cannot read, and a sheet without the needed columns', async () => {
    const unreadable = await gql(
      t.base,
      IMPORT,
      {
        input: {
          kind: 'REALISATIONS',
          format: 'XLSX',
          contentBase64: Buffer.from('bukan excel').toString('base64'),
          dryRun: true,
        },
      },
      operator,
    );
    expect(unreadable.errors?.[0]?.extensions).toMatchObject({ field: 'contentBase64', rule: 'unreadable' });
    const report = await importSheet(operator, {
      kind: 'REALISATIONS',
      format: 'CSV',
      contentBase64: csv(['Kode;Bulan', 'A;1']),
      dryRun: true,
    });
    expect(report.problems.map((p) => [p.row, p.column, p.rule])).toEqual([
      [1, 'id indikator', 'missingColumn'],
      [1, 'tahun', 'missingColumn'],
      [1, 'realisasi', 'missingColumn'],
    ]);
  });
});

describe('importing targets', () => {
  it('checks targets against the polarity and applies them all at once, scores equal to a rebuild', async () => {
    const indicator = await t.db.prisma.indicator.findFirstOrThrow({
      where: { polarity: 'MAXIMIZE', orgUnit: { name: 'Dinas Kesehatan' } },
      include: { targets: { where: { year: DEMO_YEAR }, orderBy: { month: 'asc' } } },
    });
    const id = toGlobalId('Indicator', indicator.id);
    const header = 'ID indikator;Tahun;Bulan;Target;Batas bawah;Batas atas';
    const before = await writes();
    const bad = await importSheet(admin, {
      kind: 'TARGETS',
      format: 'CSV',
      contentBase64: csv([header, `${id};${DEMO_YEAR};11;0;;`, `${id};${DEMO_YEAR};12;95,5;;`]),
      dryRun: false,
    });
    expect(bad).toMatchObject({ applied: false, problems: [{ row: 2, column: 'target', rule: 'positive' }] });
    const byOperator = await importSheet(operator, {
      kind: 'TARGETS',
      format: 'CSV',
      contentBase64: csv([header, `${id};${DEMO_YEAR};12;95,5;;`]),
      dryRun: false,
    });
    expect(byOperator.problems).toEqual([{ row: 2, column: 'id indikator', rule: 'forbidden', value: id }]);
    expect(await writes()).toBe(before);

    const good = await importSheet(admin, {
      kind: 'TARGETS',
      format: 'CSV',
      contentBase64: csv([header, `${id};${DEMO_YEAR};11;90;;`, `${id};${DEMO_YEAR};12;95,5;;`]),
      dryRun: false,
    });
    expect(good).toMatchObject({ applied: true, rowCount: 2, problems: [] });
    const targets = await t.db.prisma.target.findMany({
      where: { indicatorId: indicator.id, year: DEMO_YEAR },
      orderBy: { month: 'asc' },
    });
    // Months 11 and 12 changed; the others kept their targets.
    expect(targets.map((x) => x.value)).toEqual([
      ...indicator.targets.filter((x) => x.month < 11).map((x) => x.value),
      90,
      95.5,
    ]);
    expect(await compareStoredScores(t.db.prisma, { year: DEMO_YEAR })).toEqual([]);
  });
});

describe('importing another OPD’s rows', () => {
  // Authorisation comes before any comparison with stored data: a Dinas Kesehatan operator gets
  // the same refusal for a Dinas PUPR row whether it repeats the stored figure or not, in a dry run
  // and for real, so dry runs cannot be used to guess another OPD's values or targets.
  const PUPR = { orgUnit: { name: { contains: 'Pekerjaan Umum' } } };
  /** A stored figure as a CSV cell typed the Indonesian way (decimal comma). */
  const cell = (value: number) => String(value).replace('.', ',');

  async function expectOneAnswer(
    kind: 'REALISATIONS' | 'TARGETS',
    header: string,
    rowWith: (value: number) => string,
    stored: number,
    refusal: Report['problems'][number],
  ) {
    const before = await writes();
    for (const dryRun of [true, false]) {
      const answers = [];
      for (const value of [stored, stored + 7])
        answers.push(
          await importSheet(operator, {
            kind,
            format: 'CSV',
            contentBase64: csv([header, rowWith(value)]),
            dryRun,
          }),
        );
      expect(answers[0]).toEqual({ kind, rowCount: 1, applied: false, seq: null, problems: [refusal] });
      expect(answers[1]).toEqual(answers[0]);
    }
    expect(await writes()).toBe(before);
  }

  it('refuses a realisation row as notAssigned whatever value is stored', async () => {
    const stored = await t.db.prisma.measurement.findFirstOrThrow({
      where: { year: DEMO_YEAR, note: null, indicator: PUPR },
      orderBy: { month: 'asc' },
    });
    const id = toGlobalId('Indicator', stored.indicatorId);
    await expectOneAnswer(
      'REALISATIONS',
      'ID indikator;Tahun;Bulan;Realisasi;Catatan',
      (value) => `${id};${DEMO_YEAR};${stored.month};${cell(value)};`,
      stored.value,
      { row: 2, column: 'id indikator', rule: 'notAssigned', value: id },
    );
  });

  it('refuses a target row whatever target is stored', async () => {
    const stored = await t.db.prisma.target.findFirstOrThrow({
      where: { year: DEMO_YEAR, value: { not: null }, indicator: { polarity: 'MAXIMIZE', ...PUPR } },
      orderBy: { month: 'asc' },
    });
    const id = toGlobalId('Indicator', stored.indicatorId);
    await expectOneAnswer(
      'TARGETS',
      'ID indikator;Tahun;Bulan;Target;Batas bawah;Batas atas',
      (value) => `${id};${DEMO_YEAR};${stored.month};${cell(value)};;`,
      stored.value!,
      { row: 2, column: 'id indikator', rule: 'forbidden', value: id },
    );
  });
});
