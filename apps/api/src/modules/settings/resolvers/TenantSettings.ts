// A tenant's settings: its global id, its reporting calendar and the months closed in a year.
import { FREQUENCIES } from '@ekinerja/scoring';
import type { TenantSettingsResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { calendarFromRow } from '../lib/scoringSettings';
import { lockedMonthsOf } from '../providers/tenantSettings';

export const TenantSettings: TenantSettingsResolvers = {
  tenantId: (s) => toGlobalId('Tenant', s.tenantId),
  reportingCalendar: (s) => {
    const calendar = calendarFromRow(s);
    return FREQUENCIES.map((frequency) => ({ frequency, ...calendar[frequency] }));
  },
  lockedMonths: (s, args, ctx) => lockedMonthsOf(ctx.prisma, s.tenantId, args.year),
};
