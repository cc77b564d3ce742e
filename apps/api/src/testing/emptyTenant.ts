// A fresh, migrated database with one empty kabupaten in it, and the context an import runs in
// (no signed-in user: what `pnpm cli import` uses).
import { createTestDatabase, type TestDatabase } from '@ekinerja/db/testing';
import { pino } from 'pino';
import type { ImportContext } from '../modules/onboarding/providers/runImport';
import { createEventBus } from '../realtime/eventBus';

export async function emptyTenant(
  code: string,
  name: string,
  /** Sees every SQL statement (to count them). */
  onQuery?: (sql: string) => void,
): Promise<{ db: TestDatabase; ctx: ImportContext; tenantId: string }> {
  const db = await createTestDatabase({ onQuery });
  const logger = pino({ level: 'silent' });
  const ctx = { prisma: db.prisma, bus: createEventBus(undefined, logger), logger, actor: null };
  const tenant = await db.prisma.tenant.create({
    data: {
      code,
      name: `Pemerintah Kabupaten ${name}`,
      shortName: `Kab. ${name}`,
      kind: 'REGENCY',
      settings: { create: { timeZone: 'Asia/Makassar' } },
    },
  });
  return { db, ctx, tenantId: tenant.id };
}
