// tenants: the tenants the viewer may see (a province before its kabupaten/kota).
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { scopesFor } from '../../../policy/lib/policy';
import { tenantsForScopes } from '../../providers/orgReads';

export const tenants: NonNullable<QueryResolvers['tenants']> = async (_parent, _args, ctx) =>
  (await tenantsForScopes(ctx.prisma, scopesFor(ctx.viewer, 'read'))).map((t) => ({
    ...t,
    __typename: 'Tenant' as const,
  }));
