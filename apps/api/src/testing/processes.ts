// Real API processes and a private Redis server on free ports, for the multi-instance test and
// the live-update benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const apiRoot = resolve(import.meta.dirname, '../..');

/** Children still running; killed if this process exits first (a failed test or benchmark). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

export async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Signals the child and resolves with its exit code (null when a signal ended it). */
function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => {
    child.once('exit', (code) => done(code));
    child.kill(signal);
  });
}

/** A Redis server that keeps nothing on disk; `stop()` kills it, `start()` brings it back on the same port. */
export class PrivateRedis {
  private child: ChildProcess | undefined;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = track(
      spawn(
        'redis-server',
        ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      ),
    );
    await waitFor(
      () =>
        new Promise((ok) => {
          const probe = spawn('redis-cli', ['-p', String(this.port), 'ping'], { stdio: 'ignore' });
          probe.on('exit', (code) => ok(code === 0));
        }),
      `redis on port ${this.port}`,
    );
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child) await stopProcess(child, 'SIGKILL');
  }
}

export interface ApiProcess {
  base: string;
  wsUrl: string;
  pid: number;
  /** CPU seconds (user + system) the process has used so far. */
  cpuSeconds(): number;
  /** SIGTERM, as a supervisor stops it; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** `src/main.ts` in its own Node process on a migrated, seeded database; resolves once /readyz is ok. */
export async function startApiProcess(env: Record<string, string | undefined>): Promise<ApiProcess> {
  const port = await freePort();
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        // Not 'test': the process runs as deployed (libraries change behaviour under 'test').
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        SIMULATE: '0',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        ...env,
      },
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/readyz`)).ok, `API on port ${port}`);
  return {
    base,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    cpuSeconds() {
      // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 1/100 s.
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    stop: () => stopProcess(child, 'SIGTERM'),
  };
}
