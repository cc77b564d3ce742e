// UnsignedAgreement: served as its mapper holds it; no field needs converting.
import type { UnsignedAgreementResolvers } from '../../../generated/resolverTypes';

export const UnsignedAgreement: UnsignedAgreementResolvers = {};
