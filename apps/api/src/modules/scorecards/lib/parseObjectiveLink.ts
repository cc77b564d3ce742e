// A cause–effect link as linking and unlinking take it: both objectives' ids and the retry key.
import { parseInput } from '../../../errors';
import { idOf } from '../../../ids';
import { linkInput } from './scorecardInputs';

export function parseObjectiveLink(input: { fromObjectiveId: string; toObjectiveId: string }) {
  const fromObjectiveId = idOf('Objective', input.fromObjectiveId, 'fromObjectiveId');
  const toObjectiveId = idOf('Objective', input.toObjectiveId, 'toObjectiveId');
  const { clientMutationId } = parseInput(linkInput, input);
  return { fromObjectiveId, toObjectiveId, clientMutationId };
}
