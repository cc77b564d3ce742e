// Who a Perjanjian Kinerja binds and to what: the official (first party), their direct
// supervisor — the holder of the nearest filled position above theirs — as the second party, or,
// for the head of an OPD (a position with nothing above it), the head of the region
// (`Tenant.headUserId`: the Gubernur in the demo, an account rather than an ASN); and the
// scorecard the official answers for: their own of the year, else, when they head their unit,
// the unit's.
import type { Official, OrgUnit, Position, Tenant } from '@ekinerja/db';
import { badInput } from '../../../errors';
import type { WriteContext } from '../../changes/providers/performWrite';
import type { AgreementPartyContent } from '../lib/agreementContent';

type Db = WriteContext['prisma'];

export interface SecondParty extends AgreementPartyContent {
  /** The account that signs as second party (the supervisor's, or the region head's). */
  userId: string | null;
}

export interface AgreementSubject {
  official: Official & { position: Position & { orgUnit: OrgUnit } };
  tenant: Tenant;
  unit: OrgUnit;
  year: number;
  scorecardId: string;
  firstParty: AgreementPartyContent;
  /** The account of the official, who signs as first party. */
  firstPartyUserId: string | null;
  secondParty: SecondParty;
}

const MAX_CHAIN = 12;

export async function agreementSubject(db: Db, officialId: string, year: number): Promise<AgreementSubject> {
  const official = await db.official.findUnique({
    where: { id: officialId },
    include: { position: { include: { orgUnit: true } }, user: { select: { id: true } } },
  });
  if (!official) throw badInput('officialId', 'notFound');
  const position = official.position;
  if (!position) throw badInput('officialId', 'noPosition');
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: official.tenantId } });
  const plans = await db.plan.findMany({
    where: { tenantId: tenant.id, kind: 'RPJMD', orgUnitId: null },
    orderBy: { startYear: 'asc' },
  });
  if (plans.length > 0 && !plans.some((p) => p.startYear <= year && year <= p.endYear)) {
    const plan = plans.at(-1)!;
    throw badInput('year', 'outsidePlan', { startYear: plan.startYear, endYear: plan.endYear });
  }
  const scorecardId = await answeredScorecard(db, { ...official, position }, year);
  if (!scorecardId) throw badInput('year', 'noScorecard', { year });
  const secondParty = await secondPartyOf(db, tenant, position);
  if (!secondParty) throw badInput('officialId', 'noSecondParty');
  return {
    official: { ...official, position },
    tenant,
    unit: position.orgUnit,
    year,
    scorecardId,
    firstParty: {
      officialId: official.id,
      name: official.name,
      nip: official.nip,
      position: position.title,
    },
    firstPartyUserId: official.user?.id ?? null,
    secondParty,
  };
}

/** The official's own scorecard of the year, else their unit's when they head it. */
async function answeredScorecard(
  db: Db,
  official: Official & { position: Position },
  year: number,
): Promise<string | null> {
  const own = await db.scorecard.findUnique({
    where: { ownerKey_year: { ownerKey: `OFFICIAL:${official.id}`, year } },
    select: { id: true },
  });
  if (own) return own.id;
  const parent = official.position.parentPositionId
    ? await db.position.findUnique({ where: { id: official.position.parentPositionId } })
    : null;
  if (parent && parent.orgUnitId === official.position.orgUnitId) return null;
  const unitCard = await db.scorecard.findUnique({
    where: { ownerKey_year: { ownerKey: `ORG_UNIT:${official.position.orgUnitId}`, year } },
    select: { id: true },
  });
  return unitCard?.id ?? null;
}

async function secondPartyOf(db: Db, tenant: Tenant, position: Position): Promise<SecondParty | null> {
  let parentId = position.parentPositionId;
  for (let i = 0; parentId && i < MAX_CHAIN; i++) {
    const parent = await db.position.findUnique({
      where: { id: parentId },
      include: { holder: { include: { user: { select: { id: true } } } } },
    });
    if (!parent) break;
    if (parent.holder)
      return {
        officialId: parent.holder.id,
        name: parent.holder.name,
        nip: parent.holder.nip,
        position: parent.title,
        userId: parent.holder.user?.id ?? null,
      };
    parentId = parent.parentPositionId;
  }
  if (!tenant.headUserId) return null;
  const head = await db.user.findUnique({ where: { id: tenant.headUserId } });
  if (!head) return null;
  return {
    officialId: null,
    name: head.displayName,
    nip: null,
    position: tenant.headTitle ?? head.displayName,
    userId: head.id,
  };
}
