// Which officials of a scope have no signed Perjanjian Kinerja for a year: no PK yet, a draft,
// or signed by one party only. Officials count when they answer for a scorecard of the year
// (their own, or their unit's when they head it). A fixed number of queries per scope.
import type { Scope } from '../../org/providers/readableScope';
import type { GraphQLContext } from '../../../context';
import { toGlobalId } from '../../../ids';

export interface UnsignedAgreementView {
  officialId: string;
  officialName: string;
  nip: string;
  positionTitle: string;
  unitId: string;
  unitName: string;
  /** DRAFT or SIGNED_FIRST; null when the official has no PK for the year. */
  status: 'DRAFT' | 'SIGNED_FIRST' | null;
  agreementId: string | null;
}

export async function unsignedAgreements(
  db: GraphQLContext['prisma'],
  scope: Scope,
  year: number,
): Promise<UnsignedAgreementView[]> {
  const units = await db.orgUnit.findMany({
    where: scope.type === 'Tenant' ? { tenantId: scope.row.id } : { ancestorIds: { has: scope.row.id } },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
  });
  const unitIds = units.map((u) => u.id);
  const positions = await db.position.findMany({
    where: { orgUnitId: { in: unitIds }, holder: { isNot: null } },
    include: { holder: true, parentPosition: { select: { orgUnitId: true } } },
    orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }],
  });
  const holderIds = positions.flatMap((p) => (p.holder ? [p.holder.id] : []));
  const cards = await db.scorecard.findMany({
    where: {
      year,
      OR: [
        { ownerKind: 'ORG_UNIT', orgUnitId: { in: unitIds } },
        { ownerKind: 'OFFICIAL', officialId: { in: holderIds } },
      ],
    },
    select: { ownerKey: true },
  });
  const owners = new Set(cards.map((c) => c.ownerKey));
  const bound = positions.filter((p) => {
    if (!p.holder) return false;
    if (owners.has(`OFFICIAL:${p.holder.id}`)) return true;
    const headsUnit = !p.parentPosition || p.parentPosition.orgUnitId !== p.orgUnitId;
    return headsUnit && owners.has(`ORG_UNIT:${p.orgUnitId}`);
  });
  const agreements = await db.performanceAgreement.findMany({
    where: { year, officialId: { in: bound.map((p) => p.holder!.id) } },
    include: { versions: { orderBy: { version: 'desc' }, take: 1, select: { status: true } } },
  });
  const agreementOf = new Map(agreements.map((a) => [a.officialId, a]));
  const unitOrder = new Map(units.map((u, i) => [u.id, { index: i, unit: u }]));
  return bound
    .flatMap((p) => {
      const holder = p.holder!;
      const agreement = agreementOf.get(holder.id);
      const status = agreement?.versions[0]?.status ?? null;
      if (status === 'SIGNED' || status === 'SUPERSEDED') return [];
      const unit = unitOrder.get(p.orgUnitId)!;
      return [
        {
          order: unit.index,
          view: {
            officialId: toGlobalId('Official', holder.id),
            officialName: holder.name,
            nip: holder.nip,
            positionTitle: p.title,
            unitId: toGlobalId('OrgUnit', p.orgUnitId),
            unitName: unit.unit.name,
            status,
            agreementId: agreement ? toGlobalId('PerformanceAgreement', agreement.id) : null,
          },
        },
      ];
    })
    .sort((a, b) => a.order - b.order)
    .map((r) => r.view);
}
