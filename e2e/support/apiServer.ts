// The real API (which also serves the built web app) in its own process, on a free port, over a
// fresh PGlite database in a temporary folder; it can be stopped and started again on the same
// port and data, as when a server restarts under an open wall screen.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export class ApiServer {
  private child: ChildProcess | undefined;
  /** The demo wall device's token, printed by the first start (the seed issues it). */
  wallToken = '';

  private constructor(
    readonly port: number,
    private readonly dataDir: string,
  ) {}

  static async create(): Promise<ApiServer> {
    const server = new ApiServer(await freePort(), mkdtempSync(join(tmpdir(), 'ekinerja-e2e-')));
    await server.start();
    return server;
  }

  get baseURL(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    // The compiled server, as production runs it (`pnpm build` made it, with the web app beside it).
    const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
      cwd: join(repoRoot, 'apps/api'),
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        PGLITE_DIR: this.dataDir,
        // Tests make every change themselves; a simulator would move the figures under them.
        SIMULATE: '0',
        // The reminder job runs often enough for a test to watch a missed deadline reach the bell.
        REMINDER_INTERVAL_SECONDS: '5',
        LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
      },
    });
    this.child = child;
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const token = /\/wall\?device=([A-Za-z0-9_-]+)/.exec(output)?.[1];
      if (token) this.wallToken = token;
    });
    // Seeding and scoring the demo takes well under a minute on a quiet machine; a busy one, far more.
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output}`);
      const ready = await fetch(`${this.baseURL}/readyz`).then(
        (res) => res.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    // Never leave a half-started server behind: a failed fixture gets no dispose() call.
    child.kill('SIGKILL');
    this.child = undefined;
    throw new Error(`the API did not become ready:\n${output}`);
  }

  /** SIGTERM, as a supervisor stops it; waits until it has exited. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
