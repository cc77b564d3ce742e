// Writes examples/onboarding/organisasi.xlsx, pegawai.xlsx, rencana.xlsx and anggaran.xlsx, the filled workbooks of the
// fictional Kabupaten Tambora Raya: `pnpm --filter @ekinerja/api examples:onboarding`.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BUDGET } from '../src/modules/onboarding/lib/budgetTemplate';
import { exampleBudget, opdsOfKabupaten } from '../src/modules/onboarding/lib/exampleBudget';
import { exampleKabupaten } from '../src/modules/onboarding/lib/exampleKabupaten';
import { examplePlan } from '../src/modules/onboarding/lib/examplePlan';
import { PLAN } from '../src/modules/onboarding/lib/planTemplate';
import { ORGANISATION, STAFF } from '../src/modules/onboarding/lib/templates';
import { writeTemplate } from '../src/modules/onboarding/lib/workbook';

const folder = resolve(import.meta.dirname, '../../../examples/onboarding');
const { organisasi, pegawai } = exampleKabupaten();
await mkdir(folder, { recursive: true });
await writeFile(resolve(folder, 'organisasi.xlsx'), await writeTemplate(ORGANISATION, organisasi));
await writeFile(resolve(folder, 'pegawai.xlsx'), await writeTemplate(STAFF, pegawai));
const rencana = examplePlan();
await writeFile(resolve(folder, 'rencana.xlsx'), await writeTemplate(PLAN, rencana));
const anggaran = exampleBudget(opdsOfKabupaten({ organisasi, pegawai }));
await writeFile(resolve(folder, 'anggaran.xlsx'), await writeTemplate(BUDGET, anggaran));
console.log(
  `Wrote ${organisasi.length} units, ${pegawai.length} officials, ${rencana.length} indicators and ${anggaran.length} budget rows to ${folder}.`,
);
