// scoreboard(scopeId, year, month): authorised on the scope; children are filtered by the policy.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { periodInput } from '../../../../period';
import { readableScope } from '../../../org/providers/readableScope';
import { can } from '../../../policy/lib/policy';
import { scoreboardFigures } from '../../providers/scoreboardFigures';

export const scoreboard: NonNullable<QueryResolvers['scoreboard']> = async (_parent, args, ctx) => {
  const { year, month } = parseInput(periodInput, { year: args.year, month: args.month });
  const { scope, path } = await readableScope(ctx, args.scopeId);
  const figures = await scoreboardFigures(ctx.prisma, scope, year, month);
  // A viewer scoped to one unit of a tenant sees the tenant's score but only the units it may read.
  const visible = <T extends { node: { id: string } }>(rows: T[]) =>
    rows.filter((r) => can(ctx.viewer, 'read', [...path, r.node.id]));
  return {
    ...figures,
    scopeRef: scope,
    year,
    month,
    ranking: visible(figures.ranking),
    regencies: visible(figures.regencies),
  };
};
