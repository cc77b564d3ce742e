// `pnpm cli backup <file>`: the whole database into one file (PGlite: its data-directory dump;
// PostgreSQL: pg_dump's custom format, needing PostgreSQL's client tools).
import { Command } from 'commander';
import { backupDatabase, BackupRefused, databaseTargetFromEnv, describeTarget } from '@ekinerja/db';
import { fail } from './lib/fail';
import { userPath } from './lib/userPath';

export function backupCommand(): Command {
  return new Command('backup')
    .description('write the whole database to a backup file')
    .argument('<file>', 'where to write the backup')
    .addHelpText(
      'after',
      "\nPGlite: stop the server first (the embedded database belongs to one process).\nPostgreSQL: needs pg_dump of the server's version or newer; the servers may keep running.",
    )
    .action(async (file: string) => {
      const target = databaseTargetFromEnv();
      const path = userPath(file);
      const started = performance.now();
      const result = await backupDatabase(target, path).catch((error: unknown) => {
        if (error instanceof BackupRefused) fail(error.message);
        throw error;
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Backed up ${describeTarget(target)} to ${path} (${result.format}, ${(result.bytes / 1_048_576).toFixed(1)} MB) in ${seconds} s.`,
      );
    });
}
