// `pnpm cli import <organisasi|pegawai|rencana|anggaran> <file> --tenant <CODE> [--apply]`: checks an onboarding
// workbook against a tenant and lists every row's outcome; with --apply writes it all in one
// transaction, or nothing. Ends with the counts; exit 1 when anything is refused or the file
// cannot be read.
import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { createDatabase } from '@ekinerja/db';
import { pino } from 'pino';
import { createEventBus } from '../realtime/eventBus';
import { countsLine, type ImportResult } from '../modules/onboarding/lib/importOutcome';
import type { TemplateName } from '../modules/onboarding/lib/templates';
import { markProblems, type WorkbookProblem } from '../modules/onboarding/lib/workbook';
import { importWorkbook } from '../modules/onboarding/providers/onboardingImports';
import { fail } from './lib/fail';
import { userPath } from './lib/userPath';
import { templateArgument } from './template';

const describeProblem = (p: WorkbookProblem) =>
  `${p.sheet}${p.row > 0 ? ` row ${p.row}` : ''}${p.column ? `, column "${p.column}"` : ''}: ${p.rule}${
    p.value !== null ? ` (${p.value})` : ''
  }`;

function report(result: ImportResult, apply: boolean): void {
  for (const p of result.fileProblems) console.log(`refused   ${describeProblem(p)}`);
  for (const r of result.rows) {
    if (r.outcome === 'REFUSED')
      for (const p of r.problems) console.log(`refused   ${r.key}: ${describeProblem(p)}`);
    else if (r.outcome !== 'UNCHANGED')
      console.log(`${r.outcome.toLowerCase().padEnd(9)} ${r.key} (row ${r.row})`);
  }
  if (result.notInFile.length > 0)
    console.log(
      `not in file (kept): ${result.notInFile.slice(0, 20).join(', ')}${result.notInFile.length > 20 ? ` … and ${result.notInFile.length - 20} more` : ''}`,
    );
  const refused = result.fileProblems.length > 0 || result.counts.refused > 0;
  if (refused) console.log(apply ? 'Nothing was written.' : 'Dry run: nothing was written.');
  else if (!apply) console.log('Dry run: nothing was written. Add --apply to write these changes.');
  else console.log(result.seq ? `Applied in one transaction (change ${result.seq}).` : 'Nothing to change.');
  console.log(countsLine(result.counts));
}

export function importCommand(): Command {
  return new Command('import')
    .description('check an onboarding workbook against a tenant (dry run), or apply it with --apply')
    .addArgument(templateArgument())
    .argument('<file>', 'the filled workbook (XLSX)')
    .requiredOption('--tenant <CODE>', 'the tenant to import into, e.g. SUMBAWA')
    .option('--apply', 'write the changes (all rows or none); without it nothing is written', false)
    .option(
      '--marked <file>',
      'when anything is refused, write a copy of the workbook with the problem cells marked red',
    )
    .addHelpText(
      'after',
      '\nImport organisasi, then pegawai, rencana and anggaran. Rows are matched by unit code / NIP / indicator code / budget code: importing the same file\nagain changes nothing; rows missing from the file are listed and kept. Ends with one line\n"created <n>, updated <n>, unchanged <n>, refused <n>"; exit 1 when anything is refused.',
    )
    .action(
      async (
        template: TemplateName,
        file: string,
        options: { tenant: string; apply: boolean; marked?: string },
      ) => {
        const content = await readFile(userPath(file)).catch(() => fail(`cannot read ${file}`));
        const db = createDatabase({ poolSize: 2 });
        const logger = pino({ level: 'silent' });
        const bus = createEventBus(undefined, logger);
        try {
          const tenant = await db.prisma.tenant.findUnique({
            where: { code: options.tenant },
            select: { id: true },
          });
          if (!tenant) fail(`--tenant: no tenant with code ${options.tenant} (nothing changed)`);
          const result = await importWorkbook(
            { prisma: db.prisma, bus, logger, actor: null },
            template,
            tenant.id,
            content,
            options.apply,
          );
          const problems = [...result.fileProblems, ...result.rows.flatMap((r) => r.problems)];
          if (options.marked && problems.length > 0) {
            const marked = await markProblems(content, problems);
            if (marked) {
              await writeFile(userPath(options.marked), marked);
              console.log(
                `Wrote the workbook with ${problems.length} problem cells marked to ${options.marked}.`,
              );
            }
          }
          // The counts stay the last line.
          report(result, options.apply);
          process.exitCode = problems.length > 0 ? 1 : 0;
        } finally {
          await bus.close();
          await db.close();
        }
      },
    );
}
