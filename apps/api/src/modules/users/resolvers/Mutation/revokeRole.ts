// revokeRole: takes a role away (never the last administrator's).
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { revokeRoleInput } from '../../lib/userInputs';
import { revokeRole as revoke, userRow } from '../../providers/userAdmin';

export const revokeRole: NonNullable<MutationResolvers['revokeRole']> = async (_parent, { input }, ctx) => {
  const roleAssignmentId = idOf('RoleAssignment', input.roleAssignmentId, 'roleAssignmentId');
  const fields = parseInput(revokeRoleInput, input);
  return userRow(ctx.prisma, await revoke(ctx, { ...fields, roleAssignmentId }));
};
