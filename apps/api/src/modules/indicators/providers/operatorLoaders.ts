// Per-request lookups behind `Indicator.operators`: the operators of every indicator in a response
// in one query, and each objective's scope (for the permission check) once, however many of its
// indicators the response lists.
import DataLoader from 'dataloader';
import type { User } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { groupedBy, perRequest } from '../../../requestLoaders';
import { objectiveScope, type ObjectiveScope } from './indicatorAdmin';

export interface OperatorLoaders {
  objectiveScope: DataLoader<string, ObjectiveScope | null>;
  /** By indicator id, ordered by display name. */
  operators: DataLoader<string, User[]>;
}

function createOperatorLoaders(prisma: GraphQLContext['prisma']): OperatorLoaders {
  return {
    objectiveScope: new DataLoader((ids) => Promise.all(ids.map((id) => objectiveScope(prisma, id)))),
    operators: new DataLoader(async (ids) => {
      const rows = await prisma.indicatorOperator.findMany({
        where: { indicatorId: { in: [...ids] } },
        include: { user: true },
        orderBy: { user: { displayName: 'asc' } },
      });
      return groupedBy(ids, rows, (row) => row.indicatorId).map((group) => group.map((row) => row.user));
    }),
  };
}

export const operatorLoaders = perRequest(createOperatorLoaders);
