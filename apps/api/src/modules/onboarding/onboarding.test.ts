// Onboarding over the real server: an administrator downloads a template and imports a new
// kabupaten's workbooks (dry run, apply, re-import); anyone else is refused and nothing changes.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { PLAN } from './lib/planTemplate';
import { ORGANISATION, STAFF } from './lib/templates';
import { GUIDE_SHEET, writeTemplate } from './lib/workbook';

const TEMPLATE = `query($tenantId: ID!, $template: OnboardingTemplate!) {
  onboardingTemplate(tenantId: $tenantId, template: $template) { fileName contentBase64 } }`;
const IMPORT = `mutation($input: ImportWorkbookInput!) {
  importWorkbook(input: $input) {
    template created updated unchanged refused applied seq notInFile
    fileProblems { sheet row column rule value }
    rows { row key outcome problems { sheet row column rule value } } } }`;

interface Report {
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  applied: boolean;
  seq: string | null;
  notInFile: string[];
  fileProblems: unknown[];
  rows: { row: number; key: string; outcome: string; problems: { column: string; rule: string }[] }[];
}

let t: TestServer;
let admin: string;
let operator: string;
let tenantId: string;

const base64 = (content: Buffer) => content.toString('base64');

async function importAs(token: string, input: Record<string, unknown>) {
  return gql<{ importWorkbook: Report }>(t.base, IMPORT, { input: { tenantId, ...input } }, token);
}

async function state() {
  const id = tenantId.replace(/^Tenant:/, '');
  const [units, positions, officials, events] = await Promise.all([
    t.db.prisma.orgUnit.findMany({ where: { tenantId: id }, orderBy: { code: 'asc' } }),
    t.db.prisma.position.findMany({ where: { tenantId: id }, orderBy: { id: 'asc' } }),
    t.db.prisma.official.findMany({ where: { tenantId: id }, orderBy: { nip: 'asc' } }),
    t.db.prisma.changeEvent.count(),
  ]);
  return JSON.stringify({ units, positions, officials, events });
}

const ORGANISASI = await writeTemplate(ORGANISATION, [
  ['SETDA', null, 'Sekretariat Daerah', 'Setda', 'OPD', 'Sekretaris Daerah'],
  ['SETDA.PEM', 'SETDA', 'Bagian Pemerintahan', 'Bag. Pemerintahan', 'Bagian', 'Kepala Bagian Pemerintahan'],
]);
const PEGAWAI = await writeTemplate(STAFF, [
  ['197006061995031002', 'Drs. H. Muhammad Nasir, M.Si.', 'IV/c', 'Sekretaris Daerah', 'JPT', 'SETDA', null],
  [
    '198107072006042001',
    'Siti Aminah, S.IP.',
    'III/d',
    'Kepala Bagian Pemerintahan',
    'Administrator',
    'SETDA.PEM',
    '197006061995031002',
  ],
]);

beforeAll(async () => {
  t = await startTestServer();
  [admin, operator] = await Promise.all([
    loginAs(t.base, 'superadmin'),
    loginAs(t.base, 'operator-kesehatan'),
  ]);
  const province = await t.db.prisma.tenant.findFirstOrThrow({ where: { kind: 'PROVINCE' } });
  const created = await gql<{ createTenant: { id: string } }>(
    t.base,
    `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`,
    {
      input: {
        parentTenantId: toGlobalId('Tenant', province.id),
        kind: 'REGENCY',
        code: 'SUMBAWA-BARAT',
        name: 'Pemerintah Kabupaten Sumbawa Barat',
        shortName: 'Kab. Sumbawa Barat',
      },
    },
    admin,
  );
  tenantId = created.data!.createTenant.id;
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('onboarding through the API', () => {
  it('gives an administrator the template with its Petunjuk sheet', async () => {
    const res = await gql<{ onboardingTemplate: { fileName: string; contentBase64: string } }>(
      t.base,
      TEMPLATE,
      { tenantId, template: 'PEGAWAI' },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.onboardingTemplate.fileName).toBe('pegawai-sumbawa-barat.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(res.data!.onboardingTemplate.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Pegawai', GUIDE_SHEET]);
  });

  it('imports the organisation then the officials: dry run, apply, and a re-import that changes nothing', async () => {
    const dry = await importAs(admin, { template: 'ORGANISASI', contentBase64: base64(ORGANISASI) });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importWorkbook).toMatchObject({ created: 2, refused: 0, applied: false, seq: null });

    const apply = {
      template: 'ORGANISASI',
      contentBase64: base64(ORGANISASI),
      dryRun: false,
      clientMutationId: 'onb-1',
    };
    const applied = await importAs(admin, apply);
    expect(applied.data!.importWorkbook).toMatchObject({ created: 2, applied: true });
    // A retry of the same request (a lost answer) gets the first answer; nothing is applied twice.
    const events = await t.db.prisma.changeEvent.count();
    const retried = await importAs(admin, apply);
    expect(retried.data!.importWorkbook).toMatchObject({
      created: 2,
      applied: true,
      seq: applied.data!.importWorkbook.seq,
    });
    expect(await t.db.prisma.changeEvent.count()).toBe(events);
    const event = await t.db.prisma.changeEvent.findFirstOrThrow({
      where: { seq: BigInt(applied.data!.importWorkbook.seq!) },
      include: { actor: { select: { username: true } } },
    });
    expect([event.action, event.entityType, event.actor?.username]).toEqual([
      'IMPORTED',
      'Tenant',
      'superadmin',
    ]);

    const staff = await importAs(admin, {
      template: 'PEGAWAI',
      contentBase64: base64(PEGAWAI),
      dryRun: false,
    });
    expect(staff.data!.importWorkbook).toMatchObject({ created: 2, refused: 0, applied: true });

    const before = await state();
    const again = await importAs(admin, {
      template: 'PEGAWAI',
      contentBase64: base64(PEGAWAI),
      dryRun: false,
    });
    expect(again.data!.importWorkbook).toMatchObject({ created: 0, updated: 0, unchanged: 2, seq: null });
    expect(await state()).toBe(before);
  });

  it('checks a Rencana workbook, returns it with the bad cell marked, then applies the corrected one', async () => {
    const row = (target: string) =>
      PLAN.columns.map(
        (c) =>
          ({
            planKind: 'Renstra',
            year: '2026',
            startYear: '2025',
            endYear: '2029',
            unitCode: 'SETDA',
            goalCode: 'T1',
            goal: 'Tata kelola pemerintahan yang baik',
            objectiveCode: 'S1',
            objective: 'Meningkatnya akuntabilitas kinerja',
            perspective: 'Proses internal',
            objectiveWeight: '100',
            code: 'IK.01',
            name: 'Nilai SAKIP Sekretariat Daerah',
            unit: 'nilai',
            polarity: 'Maksimal',
            aggregation: 'Terakhir',
            frequency: 'Tahunan',
            weight: '100',
            target2: target,
          })[c.key as string] ?? null,
      );
    const before = await state();
    const bad = await gql<{ importWorkbook: Report & { markedWorkbook: { contentBase64: string } | null } }>(
      t.base,
      IMPORT.replace('notInFile', 'notInFile markedWorkbook { fileName contentBase64 }'),
      {
        input: {
          tenantId,
          template: 'RENCANA',
          contentBase64: base64(await writeTemplate(PLAN, [row('tinggi')])),
        },
      },
      admin,
    );
    expect(bad.errors).toBeUndefined();
    expect(bad.data!.importWorkbook.rows[0]!.problems).toEqual([
      expect.objectContaining({ column: 'Target tahun ke-2', rule: 'notNumber' }),
    ]);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load(
      Buffer.from(bad.data!.importWorkbook.markedWorkbook!.contentBase64, 'base64') as never,
    );
    const cell = marked
      .getWorksheet('Rencana')!
      .getRow(2)
      .getCell(PLAN.columns.findIndex((c) => c.key === 'target2') + 1);
    expect(JSON.stringify(cell.note)).toContain('Target tahun ke-2: notNumber');
    expect(await state()).toBe(before);

    const good = await importAs(admin, {
      template: 'RENCANA',
      contentBase64: base64(await writeTemplate(PLAN, [row('75')])),
      dryRun: false,
    });
    expect(good.data!.importWorkbook).toMatchObject({ template: 'RENCANA', created: 1, applied: true });
  });

  it('refuses an operator and a file that is not a workbook, writing nothing', async () => {
    const before = await state();
    const template = await gql(t.base, TEMPLATE, { tenantId, template: 'ORGANISASI' }, operator);
    expect(template.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forbidden = await importAs(operator, {
      template: 'ORGANISASI',
      contentBase64: base64(ORGANISASI),
      dryRun: false,
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notXlsx = await importAs(admin, {
      template: 'PEGAWAI',
      contentBase64: base64(Buffer.from('NIP;Nama\n')),
      dryRun: false,
    });
    expect(notXlsx.data!.importWorkbook).toMatchObject({
      applied: false,
      fileProblems: [{ sheet: 'Pegawai', row: 0, column: null, rule: 'notXlsx', value: null }],
    });
    expect(await state()).toBe(before);
  });

  it('creates a kabupaten under the province from a Kabupaten row, with the province clock and zero figures', async () => {
    const province = await t.db.prisma.tenant.findFirstOrThrow({ where: { kind: 'PROVINCE' } });
    const file = await writeTemplate(ORGANISATION, [
      [
        'LOMBOK-SELATAN',
        null,
        'Pemerintah Kabupaten Lombok Selatan',
        'Kab. Lombok Selatan',
        'Kabupaten',
        null,
      ],
    ]);
    const input = {
      tenantId: toGlobalId('Tenant', province.id),
      template: 'ORGANISASI',
      contentBase64: base64(file),
    };
    const dry = await gql<{ importWorkbook: Report }>(t.base, IMPORT, { input }, admin);
    expect(dry.data!.importWorkbook).toMatchObject({ created: 1, refused: 0, applied: false });
    // Everything the province already has is listed and kept: its OPDs and kabupaten/kota.
    expect(dry.data!.importWorkbook.notInFile).toContain('SUMBAWA-BARAT');
    const applied = await gql<{ importWorkbook: Report }>(
      t.base,
      IMPORT,
      { input: { ...input, dryRun: false } },
      admin,
    );
    expect(applied.data!.importWorkbook).toMatchObject({ created: 1, applied: true });
    const created = await t.db.prisma.tenant.findUniqueOrThrow({
      where: { code: 'LOMBOK-SELATAN' },
      include: { settings: true },
    });
    expect([created.kind, created.parentId, created.settings?.timeZone]).toEqual([
      'REGENCY',
      province.id,
      'Asia/Makassar',
    ]);
    const years = await t.db.prisma.scopeMonthStats.findMany({
      where: { tenantId: province.id },
      distinct: ['year'],
      select: { year: true },
    });
    expect(await t.db.prisma.scopeMonthStats.count({ where: { scopeId: created.id } })).toBe(
      12 * years.length,
    );
  });
});
