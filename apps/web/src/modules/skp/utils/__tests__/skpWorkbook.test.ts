// Builds the SKP workbook and reads it back with exceljs, as Excel or e-Kinerja's importer would.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SkpPlanFieldsFragment } from '../../graphql/skpPlanFieldsFragment.generated';
import { buildSkpWorkbook } from '../skpWorkbook';

// Inside this unit test only: the catalog key stands in for its words (the summary sheet's word is short).
const t = (key: string) => (key === 'skp.export.summarySheet' ? 'Rekap' : key);

function plan(overrides: Partial<SkpPlanFieldsFragment>): SkpPlanFieldsFragment {
  return {
    id: 'SkpPlan:1',
    year: 2026,
    status: 'DRAFT',
    nip: '198001012005011001',
    officialName: 'Baiq Nurul Aini',
    golongan: 'IV/a',
    positionTitle: 'Kepala Bidang P2P',
    unitName: 'Dinas Kesehatan',
    unitId: 'OrgUnit:1',
    viewerCanRate: false,
    results: [
      {
        id: 'RencanaHasilKerja:1',
        text: '=HYPERLINK("http://x")',
        parentId: null,
        parentText: 'Cakupan imunisasi',
        indicators: [
          { id: 'i1', text: 'Imunisasi dasar', target: '95', unit: '%' },
          { id: 'i2', text: '+ posyandu aktif', target: '40', unit: 'unit' },
        ],
      },
    ],
    evaluations: [
      {
        id: 'SkpEvaluation:1',
        period: 'Q1',
        hasilKerja: 'ABOVE',
        perilakuKerja: 'MEETS',
        predicate: 'BAIK',
        feedback: '@catatan',
        ratedBy: 'Kepala Dinas',
        ratedAt: '2026-04-02T02:00:00Z',
        behaviours: [{ aspect: 'AKUNTABEL', rating: 'MEETS', feedback: null }],
        realisations: [
          {
            rhkId: 'RencanaHasilKerja:1',
            realisation: '92 %',
            evidenceUrl: 'https://dikes.example.go.id/q1.pdf',
            evidenceText: null,
          },
        ],
      },
    ],
    ...overrides,
  };
}

async function readBack(blob: Blob): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet) => {
  const found: unknown[] = [];
  sheet.eachRow((row) => row.eachCell((c) => found.push(c.value)));
  return found;
};

describe('buildSkpWorkbook', () => {
  it('writes one summary sheet per unit and one sheet per official named by NIP', async () => {
    const plans = [
      plan({}),
      plan({
        id: 'SkpPlan:2',
        nip: '198502022010012002',
        officialName: 'Lalu Ahmad',
        unitName: 'Dinas PUPR',
      }),
    ];
    const workbook = await readBack(await buildSkpWorkbook(plans, { period: 'Q1', t }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Rekap Dinas Kesehatan',
      'Rekap Dinas PUPR',
      '198001012005011001',
      '198502022010012002',
    ]);
  });

  it("holds the official's identity, RHK, targets, realisation, ratings and predikat", async () => {
    const workbook = await readBack(await buildSkpWorkbook([plan({})], { period: 'Q1', t }));
    const sheet = workbook.getWorksheet('198001012005011001')!;
    const cells = values(sheet);
    expect(cells).toContain('198001012005011001');
    expect(cells).toContain('IV/a');
    expect(cells).toContain('95 %');
    expect(cells).toContain('92 %');
    expect(cells).toContain('Cakupan imunisasi');
    expect(cells).toContain('skp.rating.ABOVE');
    expect(cells).toContain('skp.predicate.BAIK');
    expect(cells).toContain('skp.aspect.AKUNTABEL');
    // The NIP stays text: 18 digits as a number would lose its last digits.
    const nipCell = sheet.getColumn(3).values.find((v) => v === '198001012005011001');
    expect(typeof nipCell).toBe('string');
    const summary = workbook.worksheets[0]!;
    expect(values(summary)).toEqual(expect.arrayContaining(['198001012005011001', 'skp.predicate.BAIK']));
  });

  it('escapes text that a spreadsheet would read as a formula', async () => {
    const workbook = await readBack(await buildSkpWorkbook([plan({})], { period: 'Q1', t }));
    const cells = values(workbook.getWorksheet('198001012005011001')!);
    expect(cells).toContain('\'=HYPERLINK("http://x")');
    expect(cells).toContain("'+ posyandu aktif");
    expect(cells).toContain("'@catatan");
    workbook.worksheets.forEach((sheet) =>
      sheet.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined())),
    );
  });

  it('leaves the ratings empty for a period not rated yet, and gives an empty workbook one sheet', async () => {
    const workbook = await readBack(await buildSkpWorkbook([plan({})], { period: 'Q2', t }));
    expect(values(workbook.getWorksheet('198001012005011001')!)).not.toContain('skp.predicate.BAIK');
    const empty = await readBack(await buildSkpWorkbook([], { period: 'Q1', t }));
    expect(empty.worksheets).toHaveLength(1);
  });

  it('names two units that cut to the same name apart', async () => {
    const long = 'Badan Perencanaan Pembangunan Daerah Provinsi';
    const workbook = await readBack(
      await buildSkpWorkbook(
        [
          plan({ unitName: `${long} A` }),
          plan({ id: 'SkpPlan:2', nip: '198502022010012002', unitName: `${long} B` }),
        ],
        { period: 'Q1', t },
      ),
    );
    const names = workbook.worksheets.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[1]).toMatch(/\(2\)$/);
  });
});
