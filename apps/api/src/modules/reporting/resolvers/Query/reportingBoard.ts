// reportingBoard: who has not reported in a scope's period, limited to the rows the viewer may read.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { nowOf } from '../../../../context';
import { parseInput } from '../../../../errors';
import { periodInput } from '../../../../period';
import { isReadable, scopeNode } from '../../../org/providers/orgLoaders';
import { readableScope } from '../../../org/providers/readableScope';
import { reportingBoard as board } from '../../providers/reportingBoard';

export const reportingBoard: NonNullable<QueryResolvers['reportingBoard']> = async (_parent, args, ctx) => {
  const { year, month } = parseInput(periodInput, args);
  const { scope } = await readableScope(ctx, args.scopeId);
  const rows = await board(ctx.prisma, scope, year, month, nowOf(ctx));
  const nodes = await Promise.all(rows.map((row) => scopeNode(ctx, row.ref)));
  const readable = await Promise.all(nodes.map((node) => isReadable(ctx, node)));
  // The scope's own units in their order, then its kabupaten/kota by code.
  const order = (i: number) => {
    const node = nodes[i]!;
    return node.__typename === 'OrgUnit' ? [0, node.sortOrder, node.code] : [1, 0, node.code];
  };
  const kept = rows
    .map((row, i) => ({ row, i }))
    .filter(({ i }) => readable[i])
    .sort((a, b) => {
      const [ka, sa, ca] = order(a.i);
      const [kb, sb, cb] = order(b.i);
      return Number(ka) - Number(kb) || Number(sa) - Number(sb) || String(ca).localeCompare(String(cb));
    });
  return { year, month, rows: kept.map(({ row }) => row) };
};
