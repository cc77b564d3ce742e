// A role on a scope node; the mapper holds it as the schema does.
import type { RoleAssignmentResolvers } from '../../../generated/resolverTypes';

export const RoleAssignment: RoleAssignmentResolvers = {};
