// Checks an org unit before it is sent (new or changed), with the API's rules: a code of
// upper-case letters, digits, dots and hyphens (1–32), a name and a short name.
import type { FormMessage } from '../../../ui/form/FormMessage';
import { requiredMessage, UNIT_CODE_PATTERN } from './orgRules';

export interface UnitDraft {
  code: string;
  name: string;
  shortName: string;
}

export function validateUnitDraft(draft: UnitDraft): FormMessage[] {
  const code = draft.code.trim();
  return [
    ...(code === ''
      ? requiredMessage('code', code)
      : UNIT_CODE_PATTERN.test(code)
        ? []
        : [{ field: 'code', key: 'org.errors.unitCode' }]),
    ...requiredMessage('name', draft.name),
    ...requiredMessage('shortName', draft.shortName),
  ];
}

/** What is sent: the draft trimmed. */
export function unitFieldsOf(draft: UnitDraft): UnitDraft {
  return { code: draft.code.trim(), name: draft.name.trim(), shortName: draft.shortName.trim() };
}
