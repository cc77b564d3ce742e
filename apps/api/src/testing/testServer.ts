// Starts the real API over a fresh copy of the seeded demo database on a free port, for integration tests.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import type { TestDatabase } from '@ekinerja/db/testing';
import { loadConfig, type Config } from '../config';
import { LoginLimiter, type LoginLimiterOptions } from '../modules/auth/lib/loginLimiter';
import { createEventBus, type EventBus } from '../realtime/eventBus';
import type { AppServices } from '../context';
import { createAppServer, type AppServer } from '../server';
import { createDemoDatabase, DEMO_PASSWORD } from './demoDatabase';

export { DEMO_NOW, DEMO_PASSWORD, DEMO_YEAR } from './demoDatabase';

export interface TestServer {
  db: TestDatabase;
  server: AppServer;
  base: string;
  wsUrl: string;
  wallToken: string;
  /** Every SQL statement sent since the last `sql.length = 0` (to count queries). */
  sql: string[];
  bus: EventBus;
  /** The services the server runs on, for driving providers directly. */
  services: AppServices;
  stop(): Promise<void>;
}

export async function startTestServer(
  options: {
    config?: Partial<Config>;
    limits?: LoginLimiterOptions;
    logger?: Logger;
    clock?: () => Date;
  } = {},
): Promise<TestServer> {
  const sql: string[] = [];
  const { db, wallToken } = await createDemoDatabase((statement) => sql.push(statement));
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...options.config };
  // CI's PostgreSQL pass sets REDIS_URL, so the same tests run through the Redis bus, each server
  // on its own channel: test files that run at once share the Redis but never each other's events.
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const bus = createEventBus(process.env.REDIS_URL, logger, `ekinerja:test:${randomUUID()}`);
  await bus.ready();
  const services: AppServices = {
    config,
    prisma: db.prisma,
    logger,
    loginLimiter: new LoginLimiter(options.limits),
    bus,
    clock: options.clock,
  };
  const server = await createAppServer(services);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    db,
    server,
    base: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    wallToken,
    sql,
    bus,
    services,
    async stop() {
      await server.stop();
      await bus.close();
      await db.dispose();
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  headers: Headers;
}

/** POSTs one GraphQL operation as JSON, with an optional bearer token. */
export async function gql<T = Record<string, unknown>>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const send = () =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  // A pooled keep-alive socket the server closed while idle is reset before the request is read:
  // nothing was processed, so sending it once more on a fresh socket is safe.
  const res = await send().catch((error: { cause?: { code?: string } }) => {
    if (error.cause?.code === 'ECONNRESET') return send();
    throw error;
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: res.status, ...body, headers: res.headers };
}

export async function loginAs(base: string, username: string): Promise<string> {
  const res = await gql<{ login: { token: string } }>(
    base,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: DEMO_PASSWORD },
  );
  if (!res.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}
