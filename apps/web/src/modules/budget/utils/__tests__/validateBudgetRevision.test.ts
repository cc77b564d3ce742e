import { describe, expect, it } from 'vitest';
import { rupiahDigits, validateBudgetRevision } from '../validateBudgetRevision';

describe('validateBudgetRevision', () => {
  it('takes whole Rupiah with or without dots between thousands', () => {
    expect(rupiahDigits('1500000000')).toBe('1500000000');
    expect(rupiahDigits('1.500.000.000')).toBe('1500000000');
    expect(rupiahDigits('-5')).toBeNull();
    expect(rupiahDigits('1,5 M')).toBeNull();
  });

  it('names the field and the rule of each problem', () => {
    expect(validateBudgetRevision({ paguPerubahan: '', effectiveOn: '' }, 2026).map((e) => e.key)).toEqual([
      'budgetRevision.errors.paguRequired',
      'budgetRevision.errors.dateRequired',
    ]);
    expect(validateBudgetRevision({ paguPerubahan: '-5', effectiveOn: '2025-12-31' }, 2026)).toEqual([
      { field: 'paguPerubahan', key: 'budgetRevision.errors.paguFormat' },
      { field: 'effectiveOn', key: 'budgetRevision.errors.outsideBudgetYear', params: { year: 2026 } },
    ]);
    expect(
      validateBudgetRevision({ paguPerubahan: '1.250.000.000', effectiveOn: '2026-08-15' }, 2026),
    ).toEqual([]);
  });
});
