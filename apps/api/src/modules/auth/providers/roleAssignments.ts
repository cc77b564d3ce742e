// A user's role assignments in the order they were granted, each with its scope node.
import type { GraphQLContext } from '../../../context';
import { scopeNode } from '../../org/providers/orgLoaders';

export async function roleAssignmentsOf(ctx: Pick<GraphQLContext, 'prisma'>, userId: string) {
  const roles = await ctx.prisma.roleAssignment.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return Promise.all(
    roles.map(async (r) => ({
      id: r.id,
      role: r.role,
      createdAt: r.createdAt,
      scope: await scopeNode(
        ctx,
        r.orgUnitId ? { type: 'OrgUnit', id: r.orgUnitId } : { type: 'Tenant', id: r.tenantId },
      ),
    })),
  );
}
