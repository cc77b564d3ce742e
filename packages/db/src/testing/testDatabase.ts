// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
// the PostgreSQL server named by DATABASE_URL (dropped afterwards), so files never share state.
// Files that all need the same filled database start from an image of it, built once per run.
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, type Database } from '../client';
import type { DatabaseTarget } from '../config';
import type { PrismaClient } from '../generated/prisma/client';
import { applyMigrations } from '../migrations';

export interface TestDatabase extends Database {
  /** Connection URL of the fresh PostgreSQL database, or null on PGlite. */
  url: string | null;
  /** Closes the client and drops the database. */
  dispose(): Promise<void>;
}

/**
 * A filled database to copy: a PGlite data-directory tarball on disk, or a template database on
 * the PostgreSQL server. Plain data, so a test runner can hand it from its setup to test files.
 */
export type TestDatabaseImage = { kind: 'pglite'; file: string } | { kind: 'postgres'; template: string };

export interface TestDatabaseOptions {
  /** Apply the migrations (default true); ignored when starting from an image. */
  migrate?: boolean;
  onQuery?: (sql: string) => void;
  /** Times every statement, as the server does for its metrics. */
  observeQuery?: (sql: string, seconds: number) => void;
  /** Start as a copy of this image instead of an empty database. */
  image?: TestDatabaseImage;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  const { image } = options;
  if (image && image.kind !== (serverUrl ? 'postgres' : 'pglite')) {
    throw new Error(
      `a ${image.kind} image cannot start a ${serverUrl ? 'PostgreSQL' : 'PGlite'} test database`,
    );
  }
  let target: DatabaseTarget = { kind: 'pglite', dataDir: 'memory://' };
  let drop = async () => {};
  let url: string | null = null;
  if (serverUrl) {
    const name = uniqueName('ekinerja_test');
    const template = image?.kind === 'postgres' ? ` TEMPLATE "${image.template}"` : '';
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"${template}`);
    url = databaseUrl(serverUrl, name);
    target = { kind: 'postgres', url };
    drop = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const db = createDatabase({
    target,
    poolSize: 5,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
    ...(options.observeQuery ? { observeQuery: options.observeQuery } : {}),
    ...(image?.kind === 'pglite' ? { pgliteImage: new Blob([await readFile(image.file)]) } : {}),
  });
  if (!image && (options.migrate ?? true)) await applyMigrations(db.adapterFactory);
  return {
    ...db,
    url,
    async dispose() {
      await db.close();
      await drop();
    },
  };
}

/**
 * Migrates a new database, lets `fill` write into it and keeps it as an image for
 * `createTestDatabase({ image })`; `dispose` removes the image.
 */
export async function buildTestDatabaseImage(
  fill: (prisma: PrismaClient) => Promise<void>,
): Promise<{ image: TestDatabaseImage; dispose(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (serverUrl) {
    const template = uniqueName('ekinerja_image');
    await adminQuery(serverUrl, `CREATE DATABASE "${template}"`);
    const db = createDatabase({ target: { kind: 'postgres', url: databaseUrl(serverUrl, template) } });
    const dropTemplate = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    try {
      await applyMigrations(db.adapterFactory);
      await fill(db.prisma);
    } catch (error) {
      await db.close();
      await dropTemplate();
      throw error;
    }
    // A template can only be copied while nobody is connected to it.
    await db.close();
    return { image: { kind: 'postgres', template }, dispose: dropTemplate };
  }
  const db = createDatabase({ target: { kind: 'pglite', dataDir: 'memory://' } });
  try {
    await applyMigrations(db.adapterFactory);
    await fill(db.prisma);
    const file = join(tmpdir(), `${uniqueName('ekinerja-image')}.tar`);
    await writeFile(file, Buffer.from(await (await db.dumpPgliteImage()).arrayBuffer()));
    return { image: { kind: 'pglite', file }, dispose: () => rm(file, { force: true }) };
  } finally {
    await db.close();
  }
}

function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
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
