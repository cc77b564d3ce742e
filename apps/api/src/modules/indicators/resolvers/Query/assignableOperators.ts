// assignableOperators: the users an administrator may make operators of an objective's indicators.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { badInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { assignableOperators as operatorsFor } from '../../providers/assignableOperators';
import { objectiveScope } from '../../providers/indicatorAdmin';

export const assignableOperators: NonNullable<QueryResolvers['assignableOperators']> = async (
  _parent,
  { objectiveId },
  ctx,
) => {
  const scope = await objectiveScope(ctx.prisma, idOf('Objective', objectiveId, 'objectiveId'));
  if (!scope) throw badInput('objectiveId', 'notFound');
  ctx.authorize('administer', scope.scopeIds, `Objective:${scope.objectiveId}`);
  return operatorsFor(ctx.prisma, scope);
};
