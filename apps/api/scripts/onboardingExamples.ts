// Writes examples/onboarding/organisasi.xlsx and pegawai.xlsx, the filled workbooks of the
// fictional Kabupaten Tambora Raya: `pnpm --filter @ekinerja/api examples:onboarding`.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exampleKabupaten } from '../src/modules/onboarding/lib/exampleKabupaten';
import { ORGANISATION, STAFF } from '../src/modules/onboarding/lib/templates';
import { writeTemplate } from '../src/modules/onboarding/lib/workbook';

const folder = resolve(import.meta.dirname, '../../../examples/onboarding');
const { organisasi, pegawai } = exampleKabupaten();
await mkdir(folder, { recursive: true });
await writeFile(resolve(folder, 'organisasi.xlsx'), await writeTemplate(ORGANISATION, organisasi));
await writeFile(resolve(folder, 'pegawai.xlsx'), await writeTemplate(STAFF, pegawai));
console.log(`Wrote ${organisasi.length} units and ${pegawai.length} officials to ${folder}.`);
