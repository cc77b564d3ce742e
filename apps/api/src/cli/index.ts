// `pnpm cli <subcommand>`: the one command-line entry point an operator learns. Each subcommand
// is its own file, a thin shell over the same providers the API uses; every one has --help, says
// what it did, and exits non-zero when it did not.
import { Command } from 'commander';
import { auditCommand } from './audit';
import { backupCommand } from './backup';
import { importCommand } from './importWorkbook';
import { CliError } from './lib/fail';
import { migrateCommand } from './migrate';
import { rebuildScoresCommand } from './rebuildScores';
import { remindersCommand } from './reminders';
import { restoreCommand } from './restore';
import { setupCommand } from './setup';
import { templateCommand } from './template';

const program = new Command('ekinerja')
  .description('E-Kinerja BSC: operate an installation (database from DATABASE_URL, or PGlite in PGLITE_DIR)')
  .showHelpAfterError()
  .addCommand(setupCommand())
  .addCommand(migrateCommand())
  .addCommand(backupCommand())
  .addCommand(restoreCommand())
  .addCommand(rebuildScoresCommand())
  .addCommand(remindersCommand())
  .addCommand(auditCommand())
  .addCommand(templateCommand())
  .addCommand(importCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
