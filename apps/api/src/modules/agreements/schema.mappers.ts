// Internal models behind the agreements module's GraphQL types (used by codegen).
export type {
  AgreementSignatureView as AgreementSignatureMapper,
  AgreementVersionView as AgreementVersionMapper,
  AgreementView as PerformanceAgreementMapper,
} from './providers/agreementReads';
export type { UnsignedAgreementView as UnsignedAgreementMapper } from './providers/unsignedAgreements';
export type { OfficialAgreementView as OfficialAgreementMapper } from './providers/officialAgreement';
