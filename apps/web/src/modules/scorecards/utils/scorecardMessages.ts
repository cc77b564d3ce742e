// Reads the scorecard forms' errors by field, as `fieldMessages` does; an objective's `inUse`
// refusal first has its counts put into words ("2 indikator dan 1 sasaran turunan").
import { inUseItemsOf } from '../../../ui/form/inUseItemsOf';
import { inUseMessages } from '../../../ui/form/inUseMessages';
import { OBJECTIVE_IN_USE_KEY } from './scorecardErrorOf';

/** What can still hang on an objective, in the order the message names them. */
const IN_USE_KINDS = ['indicators', 'childObjectives'] as const;

export const objectiveInUseItems = (counts: unknown) =>
  inUseItemsOf(counts, IN_USE_KINDS, 'scorecards.inUse');

export const scorecardMessages = inUseMessages(OBJECTIVE_IN_USE_KEY, objectiveInUseItems);
