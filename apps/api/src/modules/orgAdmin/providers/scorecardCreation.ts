// A new scorecard for a tenant, an org unit or an official: its four perspectives and the NO_DATA
// snapshots a full rebuild would store for the owner, the scorecard and each perspective.
import type { Perspective } from '@ekinerja/db';
import { badInput } from '../../../errors';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { subjectScope } from '../../org/providers/subjectScope';
import { perspectiveWeightsProblem, type PerspectiveWeight } from '../../scorecards/lib/scorecardInputs';
import { noDataChanges, storeSnapshotChanges } from '../../snapshots/providers/incrementalScores';
import { lockTenantForScoring } from '../../snapshots/providers/scoreTreeStore';

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

export async function createScorecard(ctx: WriteContext, owner: ScorecardOwner, fields: ScorecardFields) {
  const scope = await subjectScope(ctx.prisma, TYPE_OF[owner.kind], owner.id);
  if (!scope) throw badInput('ownerId', 'notFound');
  ctx.authorize('administer', scope.scopeIds, `${TYPE_OF[owner.kind]}:${owner.id}`);
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
        record: {
          tenantId: scope.tenantId,
          scopeIds: scope.scopeIds,
          entityType: 'Scorecard',
          entityId: scorecard.id,
          action: 'CREATED',
          before: null,
          after: {
            name: input.name,
            year: input.year,
            ownerKey,
            weights: input.weights.map((w) => ({ ...w })),
          },
          payload: null,
        },
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
