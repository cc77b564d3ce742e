// The Anggaran workbook over the real server: an administrator downloads its template and checks
// a filled one against the demo province (a dry run writes nothing); an operator is refused.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { DEMO_YEAR, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { BUDGET } from './lib/budgetTemplate';
import { GUIDE_SHEET, writeTemplate } from './lib/workbook';

const TEMPLATE = `query($tenantId: ID!, $template: OnboardingTemplate!) {
  onboardingTemplate(tenantId: $tenantId, template: $template) { fileName contentBase64 } }`;
const IMPORT = `mutation($input: ImportWorkbookInput!) {
  importWorkbook(input: $input) { template created updated unchanged refused applied
    rows { key outcome problems { column rule } } } }`;

let t: TestServer;
let admin: string;
let operator: string;
let tenantId: string;
let unitCode: string;

beforeAll(async () => {
  t = await startTestServer();
  [admin, operator] = await Promise.all([
    loginAs(t.base, 'superadmin'),
    loginAs(t.base, 'operator-kesehatan'),
  ]);
  const dikes = await t.db.prisma.orgUnit.findFirstOrThrow({
    where: { kind: 'OPD', name: 'Dinas Kesehatan' },
  });
  tenantId = toGlobalId('Tenant', dikes.tenantId);
  unitCode = dikes.code;
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

it('gives an administrator the Anggaran template and checks a filled one without writing', async () => {
  const template = await gql<{ onboardingTemplate: { fileName: string; contentBase64: string } }>(
    t.base,
    TEMPLATE,
    { tenantId, template: 'ANGGARAN' },
    admin,
  );
  expect(template.errors).toBeUndefined();
  expect(template.data!.onboardingTemplate.fileName).toMatch(/^anggaran-.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(template.data!.onboardingTemplate.contentBase64, 'base64') as unknown as ArrayBuffer,
  );
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Anggaran', GUIDE_SHEET]);
  expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('Tahun');

  const row = (code: string, name: string, pagu: string | null) =>
    BUDGET.columns.map(
      (c) => ({ year: String(DEMO_YEAR), unitCode, code, name, pagu })[c.key as 'year'] ?? null,
    );
  const content = await writeTemplate(BUDGET, [
    row('9.99.01', 'Program Uji', null),
    row('9.99.01.2.01', 'Kegiatan Uji', null),
    row('9.99.01.2.01.0001', 'Sub-kegiatan Uji', '5000000'),
  ]);
  const programs = await t.db.prisma.program.count();
  const input = { tenantId, template: 'ANGGARAN', contentBase64: content.toString('base64') };
  const dry = await gql<{ importWorkbook: Record<string, unknown> }>(t.base, IMPORT, { input }, admin);
  expect(dry.errors).toBeUndefined();
  expect(dry.data!.importWorkbook).toMatchObject({
    template: 'ANGGARAN',
    created: 3,
    refused: 0,
    applied: false,
  });
  expect(await t.db.prisma.program.count()).toBe(programs);

  const refused = await gql(t.base, IMPORT, { input }, operator);
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
