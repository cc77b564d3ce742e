// `pnpm cli restore <file> [--force]`: a backup back into the configured database; refuses to
// replace a database that holds data unless --force is given.
import { Command } from 'commander';
import { BackupRefused, databaseTargetFromEnv, describeTarget, restoreDatabase } from '@ekinerja/db';
import { fail } from './lib/fail';
import { userPath } from './lib/userPath';

export function restoreCommand(): Command {
  return new Command('restore')
    .description('restore a backup file into the configured database')
    .argument('<file>', 'a file written by `pnpm cli backup`')
    .option('--force', 'replace a database that holds data (stop every server first)', false)
    .addHelpText(
      'after',
      '\nAfterwards, `pnpm cli rebuild-scores --check` confirms the stored scores equal a rebuild.',
    )
    .action(async (file: string, options: { force: boolean }) => {
      const target = databaseTargetFromEnv();
      const path = userPath(file);
      const started = performance.now();
      const result = await restoreDatabase(target, path, { force: options.force }).catch((error: unknown) => {
        if (error instanceof BackupRefused) fail(`${error.message} (nothing changed)`);
        throw error;
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Restored ${path} (${result.format}) into ${describeTarget(target)} in ${seconds} s.`);
    });
}
