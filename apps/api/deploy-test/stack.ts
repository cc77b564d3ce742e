// The servers of the reference deployment, each started by the test on a free port in its scratch
// folder: a private PostgreSQL (Debian's binaries), the compiled API (`node dist/main.js`) and
// nginx with deploy/nginx/ekinerja.conf. The machine's own PostgreSQL and Redis are never touched.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { apiDir, scratchEnv, siteConfig } from './paths';
import { waitFor } from '../src/testing/processes';

const asRoot = process.getuid?.() === 0;

/** Children still running when the test process exits (a failure): stopped so nothing lingers. */
const cleanups = new Set<() => void>();
process.once('exit', () => {
  for (const cleanup of cleanups) cleanup();
});

/**
 * Every process the test starts leaves its pid in <scratch>/pids until it exits: the global
 * teardown, in vitest's main process, ends whatever a failed or killed test worker left running.
 */
function recordPid(name: string, child: ChildProcess): void {
  const dir = join(process.env[scratchEnv]!, 'pids');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${child.pid}`);
  writeFileSync(file, String(child.pid));
  child.once('exit', () => rmSync(file, { force: true }));
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** The last lines of a log file, for a failure message. */
export function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return `(no ${file})`;
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/** Debian's PostgreSQL server binaries: PG_BINDIR, or the newest /usr/lib/postgresql/<n>/bin. */
function postgresBinDir(): string {
  if (process.env.PG_BINDIR) return process.env.PG_BINDIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error('no PostgreSQL server binaries: install Debian\'s "postgresql" package');
  return join(root, versions[0], 'bin');
}

/**
 * A PostgreSQL cluster of its own in `dir`, on 127.0.0.1 only, trust authentication, durable once
 * seeded (fsync on: the outage scenario checks what survives an immediate shutdown). initdb and the
 * server refuse to run as root, so under root they run as the `postgres` system user.
 */
export class PrivatePostgres {
  private readonly bin = postgresBinDir();
  private readonly data: string;
  readonly log: string;

  constructor(
    private readonly dir: string,
    readonly port: number,
  ) {
    this.data = join(dir, 'data');
    this.log = join(dir, 'postgres.log');
  }

  get url(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/ekinerja`;
  }

  get adminUrl(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private run(tool: string, args: string[]): void {
    const command = join(this.bin, tool);
    const result = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`${tool} failed (exit ${result.status}): ${result.stderr}\n${tail(this.log)}`);
  }

  async init(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    if (asRoot) {
      const { uid, gid } = postgresUser();
      chownSync(this.dir, uid, gid);
    }
    this.run('initdb', [
      '-D',
      this.data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    cleanups.add(this.stopNow);
    // Seeding needs no crash safety: without fsync it is quicker. `durable()` restarts with it.
    await this.start(['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']);
    const pg = await import('pg');
    const admin = new pg.default.Client({ connectionString: this.adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE ekinerja');
    await admin.end();
  }

  /** A clean restart (its shutdown checkpoint writes everything) with the default, crash-safe settings. */
  async durable(): Promise<void> {
    this.run('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', this.data]);
    await this.start();
  }

  /** Starts the server and waits until it accepts connections. */
  async start(settings: string[] = []): Promise<void> {
    this.run('pg_ctl', [
      'start',
      '-w',
      '-D',
      this.data,
      '-l',
      this.log,
      '-o',
      [
        `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=60`,
        ...settings,
      ].join(' '),
    ]);
  }

  /** `pg_ctl stop -m immediate`: every backend dies at once, no checkpoint (recovery replays the WAL). */
  async stopImmediately(): Promise<void> {
    this.run('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', this.data]);
  }

  async stop(): Promise<void> {
    if (existsSync(join(this.data, 'postmaster.pid')))
      this.run('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', this.data]);
    cleanups.delete(this.stopNow);
  }

  private readonly stopNow = () => {
    if (existsSync(join(this.data, 'postmaster.pid')))
      try {
        this.run('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', this.data]);
      } catch {
        // Already gone.
      }
  };
}

function postgresUser(): { uid: number; gid: number } {
  const result = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error('running as root needs the "postgres" system user (Debian\'s postgresql package)');
  return { uid: Number(result.stdout.trim()), gid: Number(group.stdout.trim()) };
}

/** A Redis server that keeps nothing on disk; `stop()` kills it (SIGKILL), `start()` brings it back on the same port. */
export class PrivateRedis {
  private child: ChildProcess | undefined;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    this.child = child;
    recordPid('redis', child);
    const kill = () => child.kill('SIGKILL');
    cleanups.add(kill);
    child.once('exit', () => cleanups.delete(kill));
    await waitFor(
      () =>
        new Promise((ok) =>
          spawn('redis-cli', ['-p', String(this.port), 'ping'], { stdio: 'ignore' }).on('exit', (code) =>
            ok(code === 0),
          ),
        ),
      `redis on port ${this.port}`,
      30_000,
    );
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child) return;
    child.kill('SIGKILL');
    await exited(child);
  }
}

export interface ApiOptions {
  name: string;
  port: number;
  logDir: string;
  env: Record<string, string>;
}

/** `node --enable-source-maps dist/main.js` as the systemd unit runs it, with its log in a file. */
export class ApiInstance {
  private child: ChildProcess | undefined;
  readonly log: string;

  constructor(private readonly options: ApiOptions) {
    this.log = join(options.logDir, `${options.name}.log`);
  }

  get name(): string {
    return this.options.name;
  }

  get port(): number {
    return this.options.port;
  }

  get base(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const out = openSync(this.log, 'a');
    const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
      cwd: apiDir,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        ...this.options.env,
        HOST: '127.0.0.1',
        PORT: String(this.options.port),
      },
    });
    closeSync(out);
    this.child = child;
    recordPid(this.name, child);
    const kill = () => child.kill('SIGKILL');
    cleanups.add(kill);
    child.once('exit', () => cleanups.delete(kill));
    await waitFor(
      async () => {
        if (!this.running) throw new Error(`${this.name} exited while starting:\n${tail(this.log)}`);
        return (await fetch(`${this.base}/readyz`)).ok;
      },
      `${this.name} on port ${this.port}`,
      90_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${tail(this.log)}`);
    });
  }

  /** `kill -9`: no drain, no goodbye to its sockets. */
  async kill(): Promise<void> {
    const child = this.child!;
    child.kill('SIGKILL');
    await exited(child);
  }

  /** SIGTERM, as systemd stops it; resolves with the exit code. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child || !this.running) return child?.exitCode ?? null;
    child.kill('SIGTERM');
    return exited(child);
  }

  async readyStatus(): Promise<number> {
    return (await fetch(`${this.base}/readyz`, { signal: AbortSignal.timeout(2_000) })).status;
  }

  /** One sample from /metrics (Prometheus text format), e.g. `ekinerja_live_sockets`. */
  async metric(name: string): Promise<number> {
    const res = await fetch(`${this.base}/metrics`, {
      headers: { authorization: `Bearer ${this.options.env.METRICS_TOKEN}` },
    });
    if (!res.ok) throw new Error(`/metrics of ${this.name}: ${res.status}`);
    const line = (await res.text()).split('\n').find((l) => l.startsWith(`${name} `));
    if (!line) throw new Error(`/metrics of ${this.name} has no ${name}`);
    return Number(line.slice(name.length + 1));
  }
}

export interface SiteOptions {
  upstreamPorts: number[];
  httpPort: number;
  httpsPort: number;
  certificate: string;
  key: string;
  logDir: string;
}

/**
 * deploy/nginx/ekinerja.conf as installed, with only the machine-specific parts replaced: the
 * upstream ports, the listen addresses (loopback, free ports, no IPv6), the certificate and the
 * log folder. A replacement that no longer matches fails loudly: the test must run the real file.
 */
export function renderSite(source: string, options: SiteOptions): string {
  let text = source;
  const replace = (pattern: RegExp, replacement: string | ((match: string) => string), expected: number) => {
    const found = text.match(
      new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
    );
    if ((found?.length ?? 0) !== expected)
      throw new Error(
        `deploy/nginx/ekinerja.conf: expected ${expected} × ${pattern}, found ${found?.length ?? 0}`,
      );
    text =
      typeof replacement === 'string'
        ? text.replace(pattern, replacement)
        : text.replace(pattern, replacement);
  };
  let upstream = 0;
  replace(
    /^(\s*server )127\.0\.0\.1:\d+( .*;)$/gm,
    (line) => line.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${options.upstreamPorts[upstream++]}`),
    options.upstreamPorts.length,
  );
  replace(/^\s*listen \[::\]:80;\n/gm, '', 1);
  replace(/^\s*listen \[::\]:443 ssl http2;\n/gm, '', 1);
  replace(/listen 80;/g, `listen 127.0.0.1:${options.httpPort};`, 1);
  replace(/listen 443 ssl http2;/g, `listen 127.0.0.1:${options.httpsPort} ssl http2;`, 1);
  replace(/\/etc\/ssl\/ekinerja\/fullchain\.pem/g, options.certificate, 1);
  replace(/\/etc\/ssl\/ekinerja\/privkey\.pem/g, options.key, 1);
  replace(/\/var\/log\/nginx\//g, `${options.logDir}/`, 4);
  return text;
}

/** nginx in the foreground with the rendered site, its pid, logs and temp files in `dir`. */
export class Nginx {
  private child: ChildProcess | undefined;
  readonly errorLog: string;

  constructor(
    private readonly dir: string,
    private readonly site: SiteOptions,
  ) {
    this.errorLog = join(dir, 'error.log');
  }

  async start(): Promise<void> {
    const temp = join(this.dir, 'temp');
    mkdirSync(temp, { recursive: true });
    writeFileSync(join(this.dir, 'ekinerja.conf'), renderSite(readFileSync(siteConfig, 'utf8'), this.site));
    writeFileSync(
      join(this.dir, 'nginx.conf'),
      [
        // Under root the workers drop to nobody, as Debian's own nginx drops to www-data.
        asRoot ? 'user nobody nogroup;' : '',
        'worker_processes 1;',
        `pid ${this.dir}/nginx.pid;`,
        `error_log ${this.errorLog} warn;`,
        'events { worker_connections 1024; }',
        'http {',
        `  client_body_temp_path ${temp}/body;`,
        `  proxy_temp_path ${temp}/proxy;`,
        `  fastcgi_temp_path ${temp}/fastcgi;`,
        `  uwsgi_temp_path ${temp}/uwsgi;`,
        `  scgi_temp_path ${temp}/scgi;`,
        `  access_log ${this.dir}/access.log;`,
        `  include ${this.dir}/ekinerja.conf;`,
        '}',
        '',
      ].join('\n'),
    );
    const args = ['-p', this.dir, '-c', join(this.dir, 'nginx.conf'), '-e', this.errorLog];
    const check = spawnSync('nginx', [...args, '-t'], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx -t failed: ${check.stderr}`);
    const child = spawn('nginx', [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => process.stderr.write(`[nginx] ${chunk}`));
    this.child = child;
    recordPid('nginx', child);
    const kill = () => child.kill('SIGKILL');
    cleanups.add(kill);
    child.once('exit', () => cleanups.delete(kill));
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`nginx exited:\n${tail(this.errorLog)}`);
        return (await fetch(`${this.base}/healthz`)).ok;
      },
      'nginx',
      30_000,
    );
  }

  get base(): string {
    return `https://127.0.0.1:${this.site.httpsPort}`;
  }

  get wsUrl(): string {
    return `wss://127.0.0.1:${this.site.httpsPort}/graphql`;
  }

  get plainBase(): string {
    return `http://127.0.0.1:${this.site.httpPort}`;
  }

  /** SIGQUIT: nginx's graceful shutdown. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGQUIT');
    await exited(child);
  }
}
