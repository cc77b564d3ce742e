// The PK version shapes the web app works with, from the generated operation types.
import type { AgreementFieldsFragment } from '../graphql/agreementFieldsFragment.generated';

export type AgreementData = AgreementFieldsFragment;
export type AgreementVersionData = AgreementFieldsFragment['current'];
export type AgreementStatusValue = AgreementFieldsFragment['status'];
