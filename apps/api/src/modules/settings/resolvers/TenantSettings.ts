// A tenant's settings: its global id and the months closed in a year.
import type { TenantSettingsResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { lockedMonthsOf } from '../providers/tenantSettings';

export const TenantSettings: TenantSettingsResolvers = {
  tenantId: (s) => toGlobalId('Tenant', s.tenantId),
  lockedMonths: (s, args, ctx) => lockedMonthsOf(ctx.prisma, s.tenantId, args.year),
};
