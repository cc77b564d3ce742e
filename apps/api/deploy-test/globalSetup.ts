// Before the deployment test: the compiled app (built once if missing), a scratch folder, and a
// TLS certificate for 127.0.0.1 that the test's clients trust (NODE_EXTRA_CA_CERTS is read when a
// Node process starts, so it is set here, before vitest forks the test worker).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiDir, repoRoot, scratchEnv } from './paths';

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Ends what a failed or killed test worker left running: only processes whose pid it recorded. */
function endLeftovers(scratch: string): void {
  const pids = join(scratch, 'pids');
  if (existsSync(pids))
    for (const file of readdirSync(pids)) {
      const pid = Number(readFileSync(join(pids, file), 'utf8'));
      try {
        process.kill(pid, 'SIGKILL');
        console.log(`ended ${file}, left running by the deployment test`);
      } catch {
        // Already gone.
      }
    }
  const data = join(scratch, 'postgres/data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    try {
      // SIGQUIT is PostgreSQL's immediate shutdown: the postmaster ends its backends too.
      process.kill(pid, 'SIGQUIT');
      console.log('ended the private PostgreSQL, left running by the deployment test');
    } catch {
      // Already gone.
    }
  }
}

export default function setup(): () => void {
  if (!existsSync(join(apiDir, 'dist/main.js')) || !existsSync(join(apiDir, 'dist/web/index.html'))) {
    console.log('apps/api/dist is missing: running `pnpm build` first');
    run('pnpm', ['build'], repoRoot);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'ekinerja-deploy-test-'));
  // PostgreSQL runs as its own user when the test runs as root, and nginx's workers as nobody.
  chmodSync(scratch, 0o755);
  const tls = join(scratch, 'tls');
  mkdirSync(tls);
  run(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      join(tls, 'privkey.pem'),
      '-out',
      join(tls, 'fullchain.pem'),
    ],
    scratch,
  );
  process.env[scratchEnv] = scratch;
  process.env.NODE_EXTRA_CA_CERTS = join(tls, 'fullchain.pem');
  return () => {
    endLeftovers(scratch);
    if (process.env.DEPLOY_TEST_KEEP === '1') console.log(`deployment test files kept in ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  };
}
