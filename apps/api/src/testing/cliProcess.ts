// Runs `pnpm cli <subcommand>` in its own process, compiled as an operator runs it (built once per
// test run by cliBundle.setup.ts), against a database on disk (a PGlite folder or a PostgreSQL
// database), with input on stdin.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createTestDatabase } from '@ekinerja/db/testing';
import { inject } from 'vitest';
import type { DemoImage } from './demoDatabase';

const apiDir = resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A database the CLI process can open: its environment, and how to remove it afterwards. */
export interface CliDatabase {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** An empty database (no schema yet), or a copy of the seeded, scored demo province. */
export async function cliDatabase(options: { demo?: boolean } = {}): Promise<CliDatabase> {
  if (process.env.DATABASE_URL) {
    const db = await createTestDatabase({
      migrate: false,
      ...(options.demo ? { image: inject('demoImage').image } : {}),
    });
    await db.close();
    return { env: { DATABASE_URL: db.url! }, dispose: () => db.dispose() };
  }
  const folder = mkdtempSync(join(tmpdir(), 'ekinerja-cli-'));
  const dataDir = join(folder, 'pglite');
  if (options.demo) {
    const { image } = inject('demoImage') as DemoImage;
    if (image.kind !== 'pglite') throw new Error('expected a PGlite demo image');
    const { readFile } = await import('node:fs/promises');
    const pglite = new PGlite(dataDir, { loadDataDir: new Blob([await readFile(image.file)]) });
    await pglite.waitReady;
    await pglite.close();
  }
  return {
    env: { PGLITE_DIR: dataDir, TEST_FOLDER: folder },
    dispose: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

export function runCli(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string } = {},
): Promise<CliResult> {
  return new Promise((done, reject) => {
    const {
      DATABASE_URL: _url,
      PGLITE_DIR: _dir,
      EKINERJA_ADMIN_PASSWORD: _password,
      ...inherited
    } = process.env;
    const cli = join(inject('cliBundle'), 'cli.js');
    const child = spawn(process.execPath, ['--enable-source-maps', cli, ...args], {
      cwd: apiDir,
      env: { ...inherited, NODE_ENV: 'production', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
