// Checks a kabupaten/kota before it is sent, with the API's rules: REGENCY or CITY, a code of
// upper-case letters, digits and hyphens (2–32), a name and a short name; the capital is optional.
import type { TenantKind } from '../../../gql/graphql';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { requiredMessage, TENANT_CODE_PATTERN } from './orgRules';

export const REGIONAL_TENANT_KINDS: readonly TenantKind[] = ['REGENCY', 'CITY'];

export interface TenantDraft {
  kind: TenantKind;
  code: string;
  name: string;
  shortName: string;
  capital: string;
}

/** A new tenant is checked whole; an edit leaves kind and code, which cannot change, alone. */
export function validateTenantDraft(draft: TenantDraft, { creating = true } = {}): FormMessage[] {
  const code = draft.code.trim();
  return [
    ...(!creating || REGIONAL_TENANT_KINDS.includes(draft.kind)
      ? []
      : [{ field: 'kind', key: 'org.errors.kind' }]),
    ...(!creating
      ? []
      : code === ''
        ? requiredMessage('code', code)
        : TENANT_CODE_PATTERN.test(code)
          ? []
          : [{ field: 'code', key: 'org.errors.tenantCode' }]),
    ...requiredMessage('name', draft.name),
    ...requiredMessage('shortName', draft.shortName),
  ];
}

/** What is sent: the draft trimmed, without an empty capital. */
export function tenantFieldsOf(draft: TenantDraft) {
  const capital = draft.capital.trim();
  return {
    kind: draft.kind,
    code: draft.code.trim(),
    name: draft.name.trim(),
    shortName: draft.shortName.trim(),
    capital: capital === '' ? null : capital,
  };
}
