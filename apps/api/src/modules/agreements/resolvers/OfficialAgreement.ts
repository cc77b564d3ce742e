// OfficialAgreement: served as its mapper holds it; no field needs converting.
import type { OfficialAgreementResolvers } from '../../../generated/resolverTypes';

export const OfficialAgreement: OfficialAgreementResolvers = {};
