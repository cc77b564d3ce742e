// A sub-activity's month as the entry form sees it after a save: its global id.
import type { BudgetMonthStateResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';

export const BudgetMonthState: BudgetMonthStateResolvers = {
  subActivityId: (m) => toGlobalId('SubActivity', m.subActivityId),
};
