// Turns the API's refusal of an APBD-P revision into a message on the field it names
// (`extensions.field` and `rule`) or on the form; the catalog says it in words.
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FormMessage } from '../../../ui/form/FormMessage';

const BUDGET_REVISION_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'budgetRevision.errors.network',
    NOT_FOUND: { field: 'form', key: 'budgetRevision.errors.gone', reload: true },
    FORBIDDEN: 'budgetRevision.errors.forbidden',
    UNAUTHENTICATED: 'budgetRevision.errors.session',
    unknown: 'budgetRevision.errors.unknown',
  },
  fields: {
    paguPerubahan: { '*': 'budgetRevision.errors.paguFormat' },
    effectiveOn: {
      outsideBudgetYear: 'budgetRevision.errors.outsideBudgetYearApi',
      '*': 'budgetRevision.errors.dateFormat',
    },
  },
  invalid: 'budgetRevision.errors.invalid',
};

export function budgetRevisionErrorOf(error: unknown): FormMessage {
  return apiMessageOf(apiErrorOf(error), BUDGET_REVISION_MESSAGES);
}
