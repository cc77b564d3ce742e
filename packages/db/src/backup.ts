// Whole-database backups and restores: PGlite as its data-directory dump (a gzipped tarball),
// PostgreSQL with pg_dump's custom format and pg_restore. A restore refuses to overwrite a
// database that holds data unless forced.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseTarget } from './config';
import { createDatabase } from './client';

export type BackupFormat = 'pglite-datadir' | 'pg-custom';

/** A backup or restore that cannot go ahead; nothing was changed. */
export class BackupRefused extends Error {}

export interface BackupResult {
  format: BackupFormat;
  bytes: number;
}

export async function backupDatabase(target: DatabaseTarget, file: string): Promise<BackupResult> {
  if (target.kind === 'pglite') {
    if (target.dataDir.startsWith('memory://'))
      throw new BackupRefused('an in-memory PGlite database has nothing on disk to back up');
    if (!existsSync(target.dataDir) || readdirSync(target.dataDir).length === 0)
      throw new BackupRefused(`no PGlite database in ${target.dataDir}`);
    // Opened on its own: run it while the server is stopped (PGlite is one process's database).
    const pglite = new PGlite(target.dataDir);
    try {
      // A dump asked for before the database has started never settles.
      await pglite.waitReady;
      const dump = await pglite.dumpDataDir('gzip');
      const bytes = Buffer.from(await dump.arrayBuffer());
      await writeFile(file, bytes);
      return { format: 'pglite-datadir', bytes: bytes.length };
    } finally {
      await pglite.close();
    }
  }
  await requireClientTool('pg_dump');
  const { url, env } = withoutPassword(target.url);
  await run(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`],
    env,
  );
  return { format: 'pg-custom', bytes: statSync(file).size };
}

export async function restoreDatabase(
  target: DatabaseTarget,
  file: string,
  options: { force?: boolean } = {},
): Promise<{ format: BackupFormat }> {
  if (!existsSync(file)) throw new BackupRefused(`no backup file at ${file}`);
  const format = await backupFormatOf(file);
  if (target.kind === 'pglite') {
    if (format !== 'pglite-datadir')
      throw new BackupRefused(
        'this is a PostgreSQL backup (pg_dump custom format): restore it into PostgreSQL (set DATABASE_URL)',
      );
    if (target.dataDir.startsWith('memory://'))
      throw new BackupRefused('restore into a PGlite folder, not memory://');
    if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
      if (await holdsData(target)) {
        if (!options.force)
          throw new BackupRefused(
            `the database in ${target.dataDir} holds data: add --force to replace it (stop the server first)`,
          );
      }
      rmSync(target.dataDir, { recursive: true, force: true });
    }
    const image = new Blob([await readFile(file)]);
    const pglite = new PGlite(target.dataDir, { loadDataDir: image });
    await pglite.waitReady;
    await pglite.close();
    return { format };
  }
  if (format !== 'pg-custom')
    throw new BackupRefused(
      'this is a PGlite backup (data-directory dump): restore it with PGLITE_DIR set and DATABASE_URL unset',
    );
  await requireClientTool('pg_restore');
  if ((await holdsData(target)) && !options.force)
    throw new BackupRefused(
      'the PostgreSQL database holds data: add --force to replace it (stop the servers first)',
    );
  const { url, env } = withoutPassword(target.url);
  await run(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${url}`,
      file,
    ],
    env,
  );
  return { format };
}

/** pg_dump's custom format starts with "PGDMP"; a PGlite dump is a gzipped (or plain) tarball. */
export async function backupFormatOf(file: string): Promise<BackupFormat> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head.toString('latin1') === 'PGDMP') return 'pg-custom';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite-datadir';
    throw new BackupRefused(
      `${file} is not an E-Kinerja backup (neither a pg_dump archive nor a PGlite dump)`,
    );
  } finally {
    await handle.close();
  }
}

/** Whether the database has anything worth keeping: a tenant or a user. An empty schema does not count. */
async function holdsData(target: DatabaseTarget): Promise<boolean> {
  const db = createDatabase({ target, poolSize: 1 });
  try {
    const rows = await db.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM information_schema.tables
      WHERE table_schema = 'public' AND table_name IN ('Tenant', 'User')`;
    if (Number(rows[0]?.n ?? 0) < 2) return false;
    return (await db.prisma.tenant.count()) + (await db.prisma.user.count()) > 0;
  } finally {
    await db.close();
  }
}

async function requireClientTool(tool: 'pg_dump' | 'pg_restore'): Promise<void> {
  try {
    await run(tool, ['--version']);
  } catch {
    throw new BackupRefused(
      `${tool} is not installed: install PostgreSQL's client tools (Debian: apt-get install postgresql-client), in a version at least the server's`,
    );
  }
}

/** The password travels in the environment, not in arguments that `ps` shows to every user. */
function withoutPassword(connectionString: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(connectionString);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolveRun() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}
