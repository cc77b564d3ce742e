// Smoke test of a running installation through its front door (nginx): /readyz, the web app's
// shell and a precompressed asset, sign-in, a GraphQL query, and a live subscription over a
// WebSocket (its first heartbeat). Run it from the installed app's folder, where `ws` and
// `graphql-ws` resolve (/opt/ekinerja/current, or /app in the container image):
//
//   cd /opt/ekinerja/current
//   EKINERJA_URL=https://kinerja.example.go.id EKINERJA_USERNAME=admin-ntb EKINERJA_PASSWORD=… \
//     node /path/to/deploy/smoke.mjs
//
// A certificate from a private CA: add NODE_EXTRA_CA_CERTS=/path/to/ca.pem. Prints one line per
// check; exits 1 at the first failure. The session it opens is closed again at the end.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const base = (process.env.EKINERJA_URL ?? 'https://localhost').replace(/\/$/, '');
const username = process.env.EKINERJA_USERNAME;
const password = process.env.EKINERJA_PASSWORD;
if (!username || !password) {
  console.error('set EKINERJA_USERNAME and EKINERJA_PASSWORD (and EKINERJA_URL)');
  process.exit(2);
}

async function check(name, run) {
  const started = performance.now();
  try {
    const detail = await run();
    const ms = Math.round(performance.now() - started);
    console.log(`ok    ${name}${detail ? `: ${detail}` : ''} (${ms} ms)`);
  } catch (error) {
    console.error(`FAIL  ${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

async function graphql(query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok || body.errors || !body.data)
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

await check('readiness', async () => {
  const res = await fetch(`${base}/readyz`);
  const body = await res.json();
  if (res.status !== 200 || body.status !== 'ready') throw new Error(`${res.status} ${JSON.stringify(body)}`);
  return `database ${body.database}, bus ${body.bus}`;
});

let script;
await check('web app shell', async () => {
  const res = await fetch(`${base}/wall`);
  const html = await res.text();
  if (res.status !== 200 || !html.includes('<div id="root">'))
    throw new Error(`${res.status}: not the app shell`);
  script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  if (!script) throw new Error('the shell names no script');
  return `${res.headers.get('content-security-policy') ? 'with' : 'WITHOUT'} a Content-Security-Policy`;
});

await check('precompressed script', async () => {
  const res = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
  await res.arrayBuffer();
  const encoding = res.headers.get('content-encoding');
  if (res.status !== 200 || !encoding) throw new Error(`${res.status}, content-encoding ${encoding}`);
  return `${script} as ${encoding}, ${res.headers.get('cache-control')}`;
});

let token;
await check('sign-in', async () => {
  const data = await graphql(
    'mutation SmokeLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: password },
  );
  token = data.login.token;
  return username;
});

let scopeId;
await check('GraphQL query', async () => {
  const data = await graphql(
    'query SmokeMe { me { username roles { role scope { __typename ... on Node { id } } } } }',
    {},
    token,
  );
  const role = data.me?.roles[0];
  if (!role) throw new Error(`${username} has no role`);
  scopeId = role.scope.id;
  return `${data.me.username} is ${role.role} of ${role.scope.__typename} ${scopeId}`;
});

await check('live subscription over WebSocket', async () => {
  const client = createClient({
    url: `${base.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  try {
    const first = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no message within 10 s')), 10_000);
      client.subscribe(
        {
          query: 'subscription SmokeLive($s: ID!) { scoreboardChanged(scopeId: $s) { kind seq } }',
          variables: { s: scopeId },
        },
        {
          next: (message) => {
            clearTimeout(timer);
            if (message.errors) reject(new Error(JSON.stringify(message.errors)));
            else resolve(message.data.scoreboardChanged);
          },
          error: (error) => {
            clearTimeout(timer);
            reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
          },
          complete: () => undefined,
        },
      );
    });
    return `${first.kind} at seq ${first.seq}`;
  } finally {
    await client.dispose();
  }
});

await check('sign-out', async () => {
  await graphql('mutation SmokeLogout { logout }', {}, token);
});
