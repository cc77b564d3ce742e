// `pnpm cli migrate`: applies pending migrations to the configured database (the server also does
// on start; run it first to upgrade with the servers stopped, or to check what an upgrade applies).
import { Command } from 'commander';
import { applyMigrations, createDatabase, describeTarget } from '@ekinerja/db';

export function migrateCommand(): Command {
  return new Command('migrate').description('apply pending database migrations').action(async () => {
    const db = createDatabase({ poolSize: 2 });
    try {
      const applied = await applyMigrations(db.adapterFactory);
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s) to ${describeTarget(db.target)}: ${applied.join(', ')}`
          : `${describeTarget(db.target)} is up to date.`,
      );
    } finally {
      await db.close();
    }
  });
}
