// Checks a new official (ASN) before it is sent: a well-formed NIP, a name, and an email address
// when one is given. The position and the phone number are optional.
import type { FormMessage } from '../../../ui/form/FormMessage';
import { EMAIL_PATTERN, requiredMessage } from './orgRules';
import { normalizeNip, validateNip } from './validateNip';

export interface OfficialDraft {
  nip: string;
  name: string;
  /** A vacant position of the unit, or '' for none. */
  positionId: string;
  email: string;
  phone: string;
}

export function validateOfficialDraft(draft: OfficialDraft): FormMessage[] {
  const email = draft.email.trim();
  return [
    ...validateNip(draft.nip),
    ...requiredMessage('name', draft.name),
    ...(email === '' || EMAIL_PATTERN.test(email) ? [] : [{ field: 'email', key: 'org.errors.email' }]),
  ];
}

/** What is sent: trimmed, the NIP without spaces, empty optional fields left out as null. */
export function officialFieldsOf(draft: OfficialDraft) {
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    nip: normalizeNip(draft.nip),
    name: draft.name.trim(),
    positionId: draft.positionId || null,
    email: optional(draft.email),
    phone: optional(draft.phone),
  };
}
