// Budget realisation mutations, one file per field.
import type { Resolvers } from '../../generated/resolvers';
import { toGlobalId } from '../../ids';
import { saveActivityProgress } from './resolvers/Mutation/saveActivityProgress';

export const activitiesResolvers: Resolvers = {
  Mutation: { saveActivityProgress },
  BudgetMonthState: {
    subActivityId: (m) => toGlobalId('SubActivity', m.subActivityId),
  },
};
