// The scorecard of the year of a tenant, an org unit or an official. A new one gets its four
// perspectives and the NO_DATA snapshots a full rebuild would store for the owner, the scorecard
// and each perspective; deleting one that has no objectives yet takes exactly those away again.
import type { Perspective } from '@ekinerja/db';
import { badInput } from '../../../errors';
import { refuseIfInUse } from '../../changes/lib/writeInputs';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { subjectScope, type SubjectScope } from '../../org/providers/subjectScope';
import { perspectiveWeightsProblem, type PerspectiveWeight } from '../../scorecards/lib/scorecardInputs';
import { noDataChanges, storeSnapshotChanges } from '../../snapshots/providers/incrementalScores';
import { lockTenantForScoring } from '../../snapshots/providers/scoreTreeStore';
import { changeOf } from '../../changes/providers/changeLog';

export type ScorecardOwner = { kind: 'TENANT' | 'ORG_UNIT' | 'OFFICIAL'; id: string };

const PERSPECTIVES: readonly Perspective[] = [
  'STAKEHOLDER',
  'CUSTOMER',
  'INTERNAL_PROCESS',
  'LEARNING_GROWTH',
];
const TYPE_OF = { TENANT: 'Tenant', ORG_UNIT: 'OrgUnit', OFFICIAL: 'Official' } as const;

export interface ScorecardFields {
  year: number;
  name: string;
  weights: PerspectiveWeight[];
  clientMutationId?: string | null;
}

/** The owner's scope, once the viewer is allowed to administer it; `field` names a missing owner. */
async function administeredOwnerScope(ctx: WriteContext, owner: ScorecardOwner, field: string, what: string) {
  const scope = await subjectScope(ctx.prisma, TYPE_OF[owner.kind], owner.id);
  if (!scope) throw badInput(field, 'notFound');
  ctx.authorize('administer', scope.scopeIds, what);
  return scope;
}

/** The change-log record of a created or deleted scorecard, with its weights as the image. */
function scorecardRecord(
  scope: SubjectScope,
  scorecardId: string,
  change: { action: 'CREATED' | 'DELETED'; image: ScorecardImage },
) {
  return changeOf(scope, 'Scorecard', scorecardId, {
    action: change.action,
    before: change.action === 'DELETED' ? change.image : null,
    after: change.action === 'CREATED' ? change.image : null,
  });
}

// A type alias, not an interface: the change log stores it as JSON.
type ScorecardImage = {
  name: string;
  year: number;
  ownerKey: string;
  weights: { perspective: string; weight: number }[];
};

export async function createScorecard(ctx: WriteContext, owner: ScorecardOwner, fields: ScorecardFields) {
  const scope = await administeredOwnerScope(ctx, owner, 'ownerId', `${TYPE_OF[owner.kind]}:${owner.id}`);
  const official =
    owner.kind === 'OFFICIAL'
      ? await ctx.prisma.official.findUniqueOrThrow({ where: { id: owner.id }, select: { positionId: true } })
      : null;
  // An individual scorecard cascades from the unit of the official's position.
  if (official && !official.positionId) throw badInput('ownerId', 'noPosition');
  const problem = perspectiveWeightsProblem(
    PERSPECTIVES.map((perspective) => ({ perspective, weight: 0 })),
    fields.weights,
  );
  if (problem) throw badInput(problem.field, problem.rule);
  if (fields.weights.length !== PERSPECTIVES.length) throw badInput('weights', 'incomplete');
  const { clientMutationId, ...input } = fields;
  const ownerKey = `${owner.kind}:${owner.id}`;
  return performLoggedWrite(
    ctx,
    { operation: 'createScorecard', clientMutationId, input: { ...input, ownerKey } },
    async (tx) => {
      await lockTenantForScoring(tx, scope.tenantId);
      const existing = await tx.scorecard.findUnique({
        where: { ownerKey_year: { ownerKey, year: input.year } },
        select: { id: true },
      });
      if (existing) throw badInput('ownerId', 'unique');
      const weightOf = new Map(input.weights.map((w) => [w.perspective, w.weight]));
      const scorecard = await tx.scorecard.create({
        data: {
          tenantId: scope.tenantId,
          ownerKind: owner.kind,
          ownerKey,
          orgUnitId: owner.kind === 'ORG_UNIT' ? owner.id : null,
          officialId: owner.kind === 'OFFICIAL' ? owner.id : null,
          year: input.year,
          name: input.name,
          perspectives: {
            create: PERSPECTIVES.map((perspective) => ({
              perspective,
              weight: weightOf.get(perspective) ?? 0,
            })),
          },
        },
        include: { perspectives: { select: { id: true } } },
      });
      return {
        id: scorecard.id,
        record: scorecardRecord(scope, scorecard.id, {
          action: 'CREATED',
          image: {
            name: input.name,
            year: input.year,
            ownerKey,
            weights: input.weights.map((w) => ({ ...w })),
          },
        }),
        afterLog: (tx, seq) =>
          storeSnapshotChanges(
            tx,
            scope.tenantId,
            input.year,
            [
              ...noDataChanges(owner.id, owner.kind, null),
              ...noDataChanges(scorecard.id, 'SCORECARD', owner.id),
              ...scorecard.perspectives.flatMap((p) => noDataChanges(p.id, 'PERSPECTIVE', scorecard.id)),
            ],
            seq,
          ),
      };
    },
  );
}

/** Deletes a scorecard that has no objectives, with its perspectives and their snapshots. */
export async function deleteScorecard(
  ctx: WriteContext,
  scorecardId: string,
  clientMutationId?: string | null,
) {
  const card = await ctx.prisma.scorecard.findUnique({
    where: { id: scorecardId },
    select: { ownerKind: true, orgUnitId: true, officialId: true, tenantId: true },
  });
  if (!card) throw badInput('scorecardId', 'notFound');
  const ownerId = card.orgUnitId ?? card.officialId ?? card.tenantId;
  const scope = await administeredOwnerScope(
    ctx,
    { kind: card.ownerKind, id: ownerId },
    'scorecardId',
    `Scorecard:${scorecardId}`,
  );
  return performLoggedWrite(
    ctx,
    { operation: 'deleteScorecard', clientMutationId, input: { scorecardId } },
    async (tx) => {
      await lockTenantForScoring(tx, scope.tenantId);
      const scorecard = await tx.scorecard.findUnique({
        where: { id: scorecardId },
        include: {
          perspectives: { select: { id: true, perspective: true, weight: true } },
          _count: { select: { objectives: true } },
        },
      });
      if (!scorecard) throw badInput('scorecardId', 'notFound');
      refuseIfInUse('scorecardId', scorecard._count);
      // The owner is scored only through this scorecard (one per owner and year).
      const nodeIds = [ownerId, scorecard.id, ...scorecard.perspectives.map((p) => p.id)];
      await tx.scoreSnapshot.deleteMany({ where: { nodeId: { in: nodeIds }, year: scorecard.year } });
      await tx.scorecard.delete({ where: { id: scorecard.id } });
      return {
        id: scorecard.id,
        record: scorecardRecord(scope, scorecard.id, {
          action: 'DELETED',
          image: {
            name: scorecard.name,
            year: scorecard.year,
            ownerKey: scorecard.ownerKey,
            weights: scorecard.perspectives.map((p) => ({ perspective: p.perspective, weight: p.weight })),
          },
        }),
      };
    },
  );
}
