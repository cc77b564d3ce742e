import { describe, expect, it } from 'vitest';
import { reportBudgetTableOf } from '../reportBudgetTableOf';
import { reportPdfLayoutOf } from '../reportPdfLayoutOf';
import { sampleReport, t } from './fixtures';

describe('reportBudgetTableOf', () => {
  it('shows pagu murni, pagu perubahan with its date, and serapan at the quarter end, in id-ID', () => {
    const table = reportBudgetTableOf(sampleReport().budget, t);
    expect(table.rows).toEqual([
      [
        '1.02.02.2.01.0001 · Pengelolaan Pelayanan Kesehatan Ibu Hamil',
        'Rp\u00a01.200.000.000',
        'Rp\u00a01.500.000.000\nreport.budget.from {"date":"20 Agu 2026"}',
        'Rp\u00a0900.000.000',
        '60,00%',
      ],
    ]);
  });

  it('leaves pagu perubahan empty for a line never revised, and the PDF carries the same table', () => {
    const [line] = sampleReport().budget;
    const table = reportBudgetTableOf([{ ...line!, paguPerubahan: null, paguPerubahanBerlaku: null }], t);
    expect(table.rows[0]![2]).toBe('—');
    const layout = reportPdfLayoutOf(sampleReport(), t, { generatedAt: new Date('2026-11-29T02:05:00Z') });
    expect(layout.budget).toEqual(reportBudgetTableOf(sampleReport().budget, t));
  });
});
