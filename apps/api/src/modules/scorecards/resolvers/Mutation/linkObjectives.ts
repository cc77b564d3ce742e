// linkObjectives: a cause–effect link on the strategy map (a cycle is refused).
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseObjectiveLink } from '../../lib/parseObjectiveLink';
import { changeLink } from '../../providers/scorecardPayloads';

export const linkObjectives: NonNullable<MutationResolvers['linkObjectives']> = (_parent, { input }, ctx) =>
  changeLink(ctx, 'link', parseObjectiveLink(input));
