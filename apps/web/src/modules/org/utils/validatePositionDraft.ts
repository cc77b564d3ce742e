// Checks a jabatan before it is sent (new or changed): a title and one of the four levels.
import type { PositionLevel } from '../../../gql/graphql';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { POSITION_LEVELS, requiredMessage } from './orgRules';

export interface PositionDraft {
  title: string;
  level: PositionLevel | '';
}

export function validatePositionDraft(draft: PositionDraft): FormMessage[] {
  return [
    ...requiredMessage('title', draft.title),
    ...(draft.level !== '' && POSITION_LEVELS.includes(draft.level)
      ? []
      : [{ field: 'level', key: 'org.errors.level' }]),
  ];
}
