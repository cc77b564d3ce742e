// The example Anggaran workbook: at least 80 sub-kegiatan over the 16 OPDs, every cell as the
// template's checks want it, every plan adding up to the pagu in force in December, and the
// committed file is what the generator writes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { paguInForce } from '@ekinerja/scoring';
import { expect, it } from 'vitest';
import { BUDGET, budgetLevelOf, MONTH_NUMBERS } from './budgetTemplate';
import { exampleBudget, opdsOfKabupaten } from './exampleBudget';
import { exampleKabupaten } from './exampleKabupaten';
import { readWorkbook, writeTemplate } from './workbook';

const opds = opdsOfKabupaten(exampleKabupaten());

it('writes programs, kegiatan and at least 80 sub-kegiatan for the 16 OPDs, plans adding up to the pagu', async () => {
  const rows = exampleBudget(opds);
  const read = await readWorkbook(BUDGET, await writeTemplate(BUDGET, rows));
  expect(read.problems).toEqual([]);
  const subs = read.rows.filter((r) => budgetLevelOf(r.values.code!) === 'SUB_ACTIVITY');
  expect(opds).toHaveLength(16);
  expect(subs.length).toBeGreaterThanOrEqual(80);
  expect(new Set(subs.map((r) => r.values.unitCode)).size).toBe(16);
  expect(subs.filter((r) => r.values.paguRevised !== null).length).toBeGreaterThan(10);
  for (const { values: v } of subs) {
    const december = paguInForce(
      {
        murni: BigInt(v.pagu!),
        revised: v.paguRevised ? BigInt(v.paguRevised) : null,
        revisedOn: v.revisedOn,
      },
      2026,
      12,
    );
    expect(MONTH_NUMBERS.reduce((sum, m) => sum + BigInt(v[`spend${m}`]!), 0n)).toBe(december);
    expect(v.physical12).toBe('100');
  }
  const programs = read.rows.filter((r) => budgetLevelOf(r.values.code!) === 'PROGRAM');
  expect(new Set(programs.map((r) => r.values.indicatorCode))).toEqual(new Set(['IK.01', 'IK.02']));
  expect(programs.every((r) => /^\d{18}$/.test(r.values.picNip ?? ''))).toBe(true);
});

it('the committed anggaran.xlsx is what the generator writes', async () => {
  const folder = resolve(import.meta.dirname, '../../../../../../examples/onboarding');
  const read = await readWorkbook(BUDGET, await readFile(resolve(folder, 'anggaran.xlsx')));
  expect(read.rows.map((r) => Object.values(r.values))).toEqual(
    exampleBudget(opds).map((row) => row.map((cell) => cell ?? null)),
  );
});
