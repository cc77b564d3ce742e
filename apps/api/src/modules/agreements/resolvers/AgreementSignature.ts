// AgreementSignature: served as its mapper holds it; no field needs converting.
import type { AgreementSignatureResolvers } from '../../../generated/resolverTypes';

export const AgreementSignature: AgreementSignatureResolvers = {};
