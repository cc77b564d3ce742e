// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
// the PostgreSQL server named by DATABASE_URL (dropped afterwards), so files never share state.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type Database } from '../client';
import type { DatabaseTarget } from '../config';
import { applyMigrations } from '../migrations';

export interface TestDatabase extends Database {
  /** Connection URL of the fresh PostgreSQL database, or null on PGlite. */
  url: string | null;
  /** Closes the client and drops the database. */
  dispose(): Promise<void>;
}

export async function createTestDatabase(
  options: { migrate?: boolean; onQuery?: (sql: string) => void } = {},
): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  let target: DatabaseTarget = { kind: 'pglite', dataDir: 'memory://' };
  let drop = async () => {};
  let url: string | null = null;
  if (serverUrl) {
    const name = `ekinerja_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const dbUrl = new URL(serverUrl);
    dbUrl.pathname = `/${name}`;
    url = dbUrl.toString();
    target = { kind: 'postgres', url };
    drop = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const db = createDatabase({
    target,
    poolSize: 5,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  if (options.migrate ?? true) await applyMigrations(db.adapterFactory);
  return {
    ...db,
    url,
    async dispose() {
      await db.close();
      await drop();
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
