import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@ekinerja/db/testing';
import { loadConfig } from './config';
import { createServer } from './server';

describe('HTTP server', () => {
  let db: TestDatabase;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const webDist = mkdtempSync(join(tmpdir(), 'ekinerja-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>E-Kinerja BSC</title>');
    const config = { ...loadConfig({ NODE_ENV: 'test' }), webDist };
    server = createServer({ config, prisma: db.prisma, logger: pino({ level: 'silent' }) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.dispose();
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz when the database is reachable', async () => {
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ database: 'ok' });
  });

  it('serves the web app for client-side routes', async () => {
    const res = await fetch(`${base}/wall`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('E-Kinerja BSC');
  });
});

describe('configuration', () => {
  it('names the variable and the rule when a value is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('never seeds demo accounts in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoWhenEmpty).toBe(false);
    expect(loadConfig({}).seedDemoWhenEmpty).toBe(true);
  });
});
