// node: any object by its global id; null when it does not exist or the viewer may not see it.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { fromGlobalId } from '../../../../ids';
import { resolveDrilldownNode } from '../../../drilldown/providers/drilldownNode';
import { readableIssue } from '../../../issues/providers/issueReads';
import { readablePosition } from '../../../orgAdmin/providers/staffReads';
import { orgLoaders } from '../../providers/orgLoaders';
import { visibleTenant, visibleUnit } from '../../providers/visibleNodes';

export const node: NonNullable<QueryResolvers['node']> = async (_parent, args, ctx) => {
  const { type, id } = fromGlobalId(args.id);
  if (type === 'Tenant') return visibleTenant(ctx, await orgLoaders(ctx).tenant.load(id));
  if (type === 'OrgUnit') return visibleUnit(ctx, await orgLoaders(ctx).unit.load(id));
  if (type === 'Issue') return readableIssue(ctx, id);
  if (type === 'Position') return readablePosition(ctx, id);
  return resolveDrilldownNode(ctx, type, id);
};
