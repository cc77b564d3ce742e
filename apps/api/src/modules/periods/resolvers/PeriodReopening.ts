// PeriodReopening: served as its mapper holds it; no field needs converting.
import type { PeriodReopeningResolvers } from '../../../generated/resolverTypes';

export const PeriodReopening: PeriodReopeningResolvers = {};
