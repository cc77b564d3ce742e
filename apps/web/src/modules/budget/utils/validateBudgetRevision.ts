// Checks an APBD-P revision before it is sent, with the API's rules: pagu perubahan in whole
// Rupiah (digits, dots between thousands allowed) and a date inside the budget year.
import type { FormMessage } from '../../../ui/form/FormMessage';

export interface BudgetRevisionDraft {
  paguPerubahan: string;
  effectiveOn: string;
}

/** Whole Rupiah as typed (1500000000 or 1.500.000.000) as decimal digits; null when it is not. */
export function rupiahDigits(text: string): string | null {
  const t = text.trim();
  if (/^\d{1,18}$/.test(t)) return t.replace(/^0+(?=\d)/, '');
  if (/^\d{1,3}(\.\d{3}){1,5}$/.test(t)) return t.replaceAll('.', '').replace(/^0+(?=\d)/, '');
  return null;
}

export function validateBudgetRevision(draft: BudgetRevisionDraft, year: number): FormMessage[] {
  const errors: FormMessage[] = [];
  if (!draft.paguPerubahan.trim())
    errors.push({ field: 'paguPerubahan', key: 'budgetRevision.errors.paguRequired' });
  else if (rupiahDigits(draft.paguPerubahan) === null)
    errors.push({ field: 'paguPerubahan', key: 'budgetRevision.errors.paguFormat' });
  if (!draft.effectiveOn) errors.push({ field: 'effectiveOn', key: 'budgetRevision.errors.dateRequired' });
  else if (!draft.effectiveOn.startsWith(`${year}-`))
    errors.push({ field: 'effectiveOn', key: 'budgetRevision.errors.outsideBudgetYear', params: { year } });
  return errors;
}
