// `pnpm db:seed [demo|ntb|bench]`: applies pending migrations, then seeds (idempotently).
import pg from 'pg';
import { createDatabase } from '../client';
import { describeTarget } from '../config';
import { applyMigrations } from '../migrations';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSeedRefused, seedDemo } from '../seed/demo';

const kinds = ['demo', 'ntb', 'bench'] as const;
type SeedKind = (typeof kinds)[number];
const kind = (process.argv[2] ?? 'demo') as SeedKind;
if (!kinds.includes(kind)) {
  console.error(`usage: pnpm db:seed [${kinds.join('|')}]`);
  process.exit(2);
}

const db = createDatabase({ poolSize: 4 });
try {
  const applied = await applyMigrations(db.adapterFactory);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  console.log(`Seeding "${kind}" into ${describeTarget(db.target)} …`);
  const started = performance.now();
  if (kind === 'bench') {
    if (db.target.kind !== 'postgres') {
      throw new DemoSeedRefused(
        'the bench seed writes about 4.5 million rows: set DATABASE_URL to a PostgreSQL database',
      );
    }
    const { seedBench } = await import('../seed/bench');
    const pool = new pg.Pool({ connectionString: db.target.url, max: 2 });
    try {
      const counts = await seedBench(pool, (line) => console.log(line));
      console.table(counts);
    } finally {
      await pool.end();
    }
  } else {
    const result = await seedDemo(db.prisma, { includeRegencies: kind === 'ntb' });
    if (result.created.length) console.log(`Created: ${result.created.join(', ')}`);
    if (result.skipped.length) console.log(`Already present, left as is: ${result.skipped.join(', ')}`);
    console.table(result.counts);
    console.log(
      `Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`,
    );
    if (result.wallToken) console.log(`Wall device token (province): ${result.wallToken}`);
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  if (error instanceof DemoSeedRefused) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await db.close();
}
