// Submitted values waiting for verification under the scopes where the viewer may verify, oldest
// first, each with its indicator, that month's target and its tenant's scoring settings.
import type { Frequency, PrismaClient } from '@ekinerja/db';
import { periodWindow } from '@ekinerja/scoring';
import { WITH_FILE_DESCRIPTION } from '../../evidenceFiles/providers/evidenceRows';
import {
  calendarFromRow,
  scoringSettingsFromRow,
  WITH_CALENDAR,
  type StoredSettings,
} from '../../settings/lib/scoringSettings';
import type { VerificationItemMapper } from '../schema.mappers';

export async function submittedValues(
  prisma: PrismaClient,
  verifyScopes: string[],
  within: string | null,
  take: number,
): Promise<VerificationItemMapper[]> {
  // Province-wide verifiers (tenant scope) see their tenant's and child tenants' units.
  const rows = await prisma.measurement.findMany({
    where: {
      status: 'SUBMITTED',
      indicator: {
        AND: [
          {
            OR: [
              { orgUnit: { ancestorIds: { hasSome: verifyScopes } } },
              { tenantId: { in: verifyScopes } },
              { tenant: { parentId: { in: verifyScopes } } },
            ],
          },
          within ? { OR: [{ orgUnit: { ancestorIds: { has: within } } }, { tenantId: within }] } : {},
        ],
      },
    },
    orderBy: [{ submittedAt: 'asc' }],
    take,
    include: {
      indicator: {
        select: {
          id: true,
          code: true,
          name: true,
          unit: true,
          polarity: true,
          minimizeFormula: true,
          frequency: true,
          orgUnitId: true,
          tenantId: true,
          targets: true,
        },
      },
      submittedBy: { select: { displayName: true } },
      evidence: { include: WITH_FILE_DESCRIPTION, orderBy: { addedAt: 'asc' } },
    },
  });
  const settingsRows = await prisma.tenantSettings.findMany({
    where: { tenantId: { in: [...new Set(rows.map((r) => r.tenantId))] } },
    include: WITH_CALENDAR,
  });
  const settings = new Map(settingsRows.map((s) => [s.tenantId, scoringSettingsFromRow(s)]));
  const stored = new Map(settingsRows.map((s) => [s.tenantId, s]));
  return rows.map((row) => ({
    ...row,
    settings: settings.get(row.tenantId) ?? scoringSettingsFromRow(null),
    deadline: deadlineOf(stored.get(row.tenantId) ?? null, row.indicator.frequency, row.year, row.month),
    indicator: {
      ...row.indicator,
      targets: row.indicator.targets.filter((t) => t.year === row.year && t.month === row.month),
    },
  }));
}

function deadlineOf(row: StoredSettings | null, frequency: Frequency, year: number, month: number): Date {
  return periodWindow(year, month, calendarFromRow(row)[frequency], row?.timeZone).dueAt;
}
