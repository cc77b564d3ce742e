// `pnpm db:migrate`: apply pending migrations to the configured database.
import { describeTarget } from '../config';
import { createDatabase } from '../client';
import { applyMigrations } from '../migrations';

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
