// PerformanceAgreement: served as its mapper holds it; no field needs converting.
import type { PerformanceAgreementResolvers } from '../../../generated/resolverTypes';

export const PerformanceAgreement: PerformanceAgreementResolvers = {};
