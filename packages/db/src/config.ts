// Where the database is: PostgreSQL when DATABASE_URL is set, else embedded PGlite in PGLITE_DIR.
import { dataPath } from './paths';

export type DatabaseTarget =
  { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string /* a folder, or memory:// */ };

export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  const dir = env.PGLITE_DIR?.trim() || '.data/pglite';
  return { kind: 'pglite', dataDir: dir.startsWith('memory://') ? dir : dataPath(dir) };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `PGlite (${target.dataDir})`;
  const url = new URL(target.url);
  return `PostgreSQL (${url.hostname}:${url.port || 5432}${url.pathname})`;
}
