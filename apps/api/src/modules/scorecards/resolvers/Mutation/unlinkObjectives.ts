// unlinkObjectives: removes a cause–effect link from the strategy map.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseObjectiveLink } from '../../lib/parseObjectiveLink';
import { changeLink } from '../../providers/scorecardPayloads';

export const unlinkObjectives: NonNullable<MutationResolvers['unlinkObjectives']> = (
  _parent,
  { input },
  ctx,
) => changeLink(ctx, 'unlink', parseObjectiveLink(input));
