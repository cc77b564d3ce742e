// `pnpm cli template <organisasi|pegawai|rencana|anggaran> <file>`: writes an empty onboarding workbook with its
// Petunjuk sheet, to fill in and import with `pnpm cli import`.
import { writeFile } from 'node:fs/promises';
import { Argument, Command } from 'commander';
import { TEMPLATES, type TemplateName } from '../modules/onboarding/lib/templates';
import { writeTemplate } from '../modules/onboarding/lib/workbook';
import { userPath } from './lib/userPath';

export const templateArgument = () =>
  new Argument(
    '<template>',
    'which workbook: organisasi (units), pegawai (positions and officials), rencana (RPJMD/Renstra with targets) or anggaran (budget)',
  ).choices(Object.keys(TEMPLATES));

export function templateCommand(): Command {
  return new Command('template')
    .description('write an empty onboarding workbook (XLSX) with a Petunjuk sheet explaining every column')
    .addArgument(templateArgument())
    .argument('<file>', 'where to write it, e.g. organisasi.xlsx')
    .action(async (template: TemplateName, file: string) => {
      const path = userPath(file);
      const def = TEMPLATES[template];
      await writeFile(path, await writeTemplate(def));
      console.log(
        `Wrote the ${def.sheet} template (${def.columns.length} columns, see its Petunjuk sheet) to ${path}.`,
      );
    });
}
