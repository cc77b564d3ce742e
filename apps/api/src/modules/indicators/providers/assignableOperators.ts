// Who may be made an operator of an objective's indicators: users holding OPERATOR on the
// objective's scope or any scope its figures feed, by display name.
import type { PrismaClient, User } from '@ekinerja/db';
import type { ObjectiveScope } from './indicatorAdmin';

export function assignableOperators(prisma: PrismaClient, scope: ObjectiveScope): Promise<User[]> {
  return prisma.user.findMany({
    where: {
      roles: {
        some: {
          role: 'OPERATOR',
          OR: [{ orgUnitId: { in: scope.statsScopeIds } }, { orgUnitId: null, tenantId: scope.tenantId }],
        },
      },
    },
    orderBy: { displayName: 'asc' },
  });
}
