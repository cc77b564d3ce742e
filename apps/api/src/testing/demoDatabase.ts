// The demo province as integration tests see it: seeded as of DEMO_NOW and scored, built once per
// test run (demoDatabase.setup.ts) and copied for each test file.
import { seedDemo, type PrismaClient } from '@ekinerja/db';
import { createTestDatabase, type TestDatabase, type TestDatabaseImage } from '@ekinerja/db/testing';
import { inject } from 'vitest';
import { rebuildScores } from '../modules/snapshots';
import { observeDbQuery } from '../observability/metrics';

/** The demo data as of 29 Nov 2026, 10:00 WITA: January–October reported, November in progress. */
export const DEMO_NOW = new Date('2026-11-29T02:00:00Z');
export const DEMO_YEAR = 2026;
export const DEMO_PASSWORD = 'demo-ntb-gemilang';

export interface DemoImage {
  image: TestDatabaseImage;
  /** The seeded wall device's link token (only its hash is stored). */
  wallToken: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoImage: DemoImage;
  }
}

/** Seeds the demo province without the kabupaten/kota and scores its year, as every file expects. */
export async function fillDemo(prisma: PrismaClient): Promise<string> {
  const seeded = await seedDemo(prisma, { includeRegencies: false, now: DEMO_NOW, env: {} });
  await rebuildScores(prisma, { year: DEMO_YEAR });
  return seeded.wallToken ?? '';
}

/** A fresh copy of the seeded, scored demo database for this test file. */
export async function createDemoDatabase(
  onQuery?: (sql: string) => void,
): Promise<{ db: TestDatabase; wallToken: string }> {
  const { image, wallToken } = inject('demoImage');
  const db = await createTestDatabase({
    image,
    ...(onQuery ? { onQuery } : {}),
    // Timed like the server's, so /metrics has its database series in tests too.
    observeQuery: observeDbQuery,
  });
  return { db, wallToken };
}
