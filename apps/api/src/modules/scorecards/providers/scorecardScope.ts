// Where a scorecard sits: the policy's scope path of its owner and the scopes whose figures it
// feeds. Shared by every write on a scorecard's objectives and indicators.
import type { WriteContext } from '../../changes/providers/performWrite';

export interface ScorecardScope {
  scorecardId: string;
  tenantId: string;
  year: number;
  ownerKind: 'TENANT' | 'ORG_UNIT' | 'OFFICIAL';
  /** The owning unit (an official's: their position's unit; null on a tenant's scorecard). */
  orgUnitId: string | null;
  /** Parent tenant, tenant and the unit's ancestors: what `authorize` checks. */
  scopeIds: string[];
  statsScopeIds: string[];
}

export async function scorecardScope(
  db: WriteContext['prisma'],
  scorecardId: string,
): Promise<ScorecardScope | null> {
  const card = await db.scorecard.findUnique({
    where: { id: scorecardId },
    select: {
      tenantId: true,
      year: true,
      ownerKind: true,
      orgUnit: { select: { id: true, ancestorIds: true } },
      official: {
        select: { position: { select: { orgUnit: { select: { id: true, ancestorIds: true } } } } },
      },
      tenant: { select: { parentId: true } },
    },
  });
  if (!card) return null;
  const unit = card.orgUnit ?? card.official?.position?.orgUnit ?? null;
  const statsScopeIds = unit?.ancestorIds ?? [card.tenantId];
  return {
    scorecardId,
    tenantId: card.tenantId,
    year: card.year,
    ownerKind: card.ownerKind,
    orgUnitId: unit?.id ?? null,
    scopeIds: card.tenant.parentId ? [card.tenant.parentId, ...statsScopeIds] : statsScopeIds,
    statsScopeIds,
  };
}
