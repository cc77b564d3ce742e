// A tenant's stored settings, as the API shows them and as the scoring engine reads them.
import type { Prisma, PrismaClient } from '@ekinerja/db';
import type { ScoringSettings } from '@ekinerja/scoring';
import { scoringSettingsFromRow, WITH_CALENDAR, type StoredSettings } from '../lib/scoringSettings';

type Db = PrismaClient | Prisma.TransactionClient;

export function storedTenantSettings(db: Db, tenantId: string): Promise<StoredSettings | null> {
  return db.tenantSettings.findUnique({ where: { tenantId }, include: WITH_CALENDAR });
}

/** The engine's settings for a tenant (its defaults when nothing is stored yet). */
export async function scoringSettingsOf(db: Db, tenantId: string): Promise<ScoringSettings> {
  return scoringSettingsFromRow(await storedTenantSettings(db, tenantId));
}

/** The tenant's closed months of a year, in order. */
export async function lockedMonthsOf(db: Db, tenantId: string, year: number): Promise<number[]> {
  const locks = await db.periodLock.findMany({ where: { tenantId, year }, orderBy: { month: 'asc' } });
  return locks.map((l) => l.month);
}

/** The tenant a settings write names (its parent decides who may administer it). */
export function settingsTenant(db: Db, tenantId: string) {
  return db.tenant.findUnique({ where: { id: tenantId }, select: { id: true, parentId: true } });
}
