// The server as it runs in production: the web app's files precompressed and cached for good
// (the shell revalidated), /metrics behind its token, and the published demo password refused.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, gql, loginAs, startTestServer, type TestServer } from '../testing/testServer';
import { createLogger } from './logger';

const METRICS_TOKEN = 'scrape-token-for-tests-0123456789';
const ASSET = 'assets/index-Ab3dE5fG.js';
const SCRIPT = `console.log(${JSON.stringify('kinerja '.repeat(400))});`;

let t: TestServer;
let webDist: string;

beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'ekinerja-web-'));
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(
    join(webDist, 'index.html'),
    `<!doctype html><script type="module" src="/${ASSET}"></script>`,
  );
  writeFileSync(join(webDist, ASSET), SCRIPT);
  writeFileSync(join(webDist, `${ASSET}.br`), brotliCompressSync(SCRIPT));
  writeFileSync(join(webDist, `${ASSET}.gz`), gzipSync(SCRIPT));
  t = await startTestServer({ config: { env: 'production', webDist, metricsToken: METRICS_TOKEN } });
});
afterAll(async () => {
  await t.stop();
  rmSync(webDist, { recursive: true, force: true });
});

describe('static assets', () => {
  it('sends a hashed asset as Brotli when the browser takes it, cached as immutable', async () => {
    const res = await fetch(`${t.base}/${ASSET}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toBe(SCRIPT);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gz = await fetch(`${t.base}/${ASSET}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(SCRIPT);
    const plain = await fetch(`${t.base}/${ASSET}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('revalidates the app shell on every load, with an ETag, for every client-side route', async () => {
    for (const path of ['/', '/wall', '/dashboard/some-unit']) {
      const res = await fetch(`${t.base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(res.headers.get('etag'), path).toBeTruthy();
      expect(await res.text()).toContain(ASSET);
    }
    // fetch() adds `Cache-Control: no-cache` to a conditional request; a browser revalidating does not.
    const etag = (await fetch(`${t.base}/`)).headers.get('etag')!;
    const status = await new Promise<number | undefined>((done, reject) =>
      get(`${t.base}/`, { headers: { 'if-none-match': etag } }, (res) => {
        res.resume();
        done(res.statusCode);
      }).once('error', reject),
    );
    expect(status).toBe(304);
  });
});

describe('/metrics', () => {
  it('answers 401 without the token or with a wrong one', async () => {
    expect((await fetch(`${t.base}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${t.base}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('gives the named series in the Prometheus format to the scraper', async () => {
    const token = await loginAs(t.base, 'kadis-kesehatan').catch(() => null);
    // In production the demo password is refused, so the operations below are anonymous ones.
    expect(token).toBeNull();
    await gql(t.base, 'query Tenants { tenants { code } }');
    await gql(t.base, 'query Broken { nosuchfield }');
    const res = await fetch(`${t.base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    for (const series of [
      'ekinerja_graphql_operation_duration_seconds_bucket{',
      'ekinerja_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}',
      'ekinerja_live_sockets ',
      'ekinerja_live_subscriptions{kind="scoreboard"}',
      'ekinerja_live_delivery_seconds_count',
      'ekinerja_db_query_duration_seconds_count',
      'ekinerja_event_bus_lag_seconds_count',
      'ekinerja_snapshot_update_seconds_count',
      'process_cpu_user_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ])
      expect(text, series).toContain(series);
    expect(text).toMatch(
      /ekinerja_graphql_operation_duration_seconds_count\{operation="Tenants",result="ok"\} [1-9]/,
    );
    expect(text).toMatch(
      /ekinerja_graphql_operation_duration_seconds_count\{operation="Broken",result="error"\} [1-9]/,
    );
  });
});

describe('sign-in in production', () => {
  it('refuses the published demo password for every demo account', async () => {
    for (const username of ['superadmin', 'gubernur', 'operator-kesehatan']) {
      const res = await gql(
        t.base,
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        {
          u: username,
          p: DEMO_PASSWORD,
        },
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'password',
        rule: 'credentials',
      });
    }
  });
});

describe('request logs', () => {
  it('log one line per request with its operation and user, and never a password, token or session', async () => {
    const lines: string[] = [];
    const logged = await startTestServer({
      config: { env: 'development' },
      logger: createLogger('info', { write: (line: string) => void lines.push(line) }),
    });
    try {
      const token = await loginAs(logged.base, 'kadis-kesehatan');
      const me = await gql<{ me: { id: string } }>(logged.base, 'query WhoAmI { me { id } }', {}, token);
      await fetch(`${logged.base}/wall?device=${logged.wallToken}`);
      const text = lines.join('');
      for (const secret of [DEMO_PASSWORD, token, logged.wallToken]) expect(text).not.toContain(secret);
      const sessions = await logged.db.prisma.session.findMany({ select: { id: true } });
      for (const { id } of sessions) expect(text).not.toContain(id);
      const requests = lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((l) => l.responseTime);
      const whoAmI = requests.find((l) => l.operation === 'WhoAmI');
      expect(whoAmI).toMatchObject({ userId: me.data!.me.id.replace('User:', '') });
      expect(typeof (whoAmI!.req as { id: unknown }).id).toBe('string');
      expect(text).toContain('device=[redacted]');
    } finally {
      await logged.stop();
    }
  });
});
