// Org administration's reads: each written row as the mutation answers with it, readable positions
// and the officials of a tenant who hold no position yet.
import type { GraphQLContext } from '../../../context';
import { readableOnly, scopeOf } from '../../drilldown/providers/access';
import { readableUnit, tagged } from '../../drilldown/providers/drilldownObjects';

type Ctx = Pick<GraphQLContext, 'prisma'>;

export const tenantRow = async (ctx: Ctx, id: string) =>
  tagged.tenant(await ctx.prisma.tenant.findUniqueOrThrow({ where: { id } }));

export const unitRow = async (ctx: Ctx, id: string) =>
  tagged.unit(await ctx.prisma.orgUnit.findUniqueOrThrow({ where: { id } }));

export const positionRow = async (ctx: Ctx, id: string) => ({
  ...(await ctx.prisma.position.findUniqueOrThrow({ where: { id } })),
  __typename: 'Position' as const,
});

export const officialRow = async (ctx: Ctx, id: string) =>
  tagged.official(
    await ctx.prisma.official.findUniqueOrThrow({ where: { id }, include: { position: true } }),
  );

export const scorecardRow = async (ctx: Ctx, id: string) =>
  tagged.scorecard(await ctx.prisma.scorecard.findUniqueOrThrow({ where: { id } }));

/** A position is readable where its unit is. */
export async function readablePosition(ctx: GraphQLContext, id: string) {
  const position = await ctx.prisma.position.findUnique({ where: { id } });
  if (!position || !(await readableUnit(ctx, position.orgUnitId))) return null;
  return { ...position, __typename: 'Position' as const };
}

/** A tenant's officials without a position, by name, as far as the viewer may read them. */
export async function unplacedOfficials(ctx: GraphQLContext, tenantId: string) {
  const rows = await ctx.prisma.official.findMany({
    where: { tenantId, positionId: null },
    include: { position: true },
    orderBy: [{ name: 'asc' }, { nip: 'asc' }],
  });
  return (await readableOnly(ctx, rows, scopeOf.official)).map(tagged.official);
}
