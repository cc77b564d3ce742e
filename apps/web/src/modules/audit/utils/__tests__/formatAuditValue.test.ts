import { describe, expect, it } from 'vitest';
import { formatAuditValue, type Translate } from '../formatAuditValue';

const catalog: Record<string, string> = {
  'measurementStatus.DRAFT': 'Draf',
  'audit.value.yes': 'Ya',
  'audit.value.no': 'Tidak',
};
const t: Translate = (key, options) => catalog[key] ?? options?.defaultValue ?? key;

describe('formatAuditValue', () => {
  it('writes numbers exactly as recorded, in id-ID', () => {
    expect(formatAuditValue({ kind: 'number', value: 12.5 }, t)).toBe('12,5');
    expect(formatAuditValue({ kind: 'number', value: 20 }, t)).toBe('20');
    expect(formatAuditValue({ kind: 'number', value: 1234567.125 }, t)).toBe('1.234.567,125');
  });

  it('follows the UI locale', () => {
    expect(formatAuditValue({ kind: 'number', value: 1234.5 }, t, 'en-GB')).toBe('1,234.5');
  });

  it('writes percentages and Rupiah', () => {
    expect(formatAuditValue({ kind: 'percent', value: 42.5 }, t)).toBe('42,5%');
    expect(formatAuditValue({ kind: 'rupiah', value: '12500000000' }, t)).toBe('Rp\u00a012.500.000.000');
  });

  it('translates coded values, falling back to the code', () => {
    expect(formatAuditValue({ kind: 'label', key: 'measurementStatus.DRAFT', raw: 'DRAFT' }, t)).toBe('Draf');
    expect(formatAuditValue({ kind: 'label', key: 'measurementStatus.ARCHIVED', raw: 'ARCHIVED' }, t)).toBe(
      'ARCHIVED',
    );
    expect(formatAuditValue({ kind: 'boolean', value: false }, t)).toBe('Tidak');
  });

  it('shows an empty value as a dash and text as it is', () => {
    expect(formatAuditValue({ kind: 'empty' }, t)).toBe('—');
    expect(formatAuditValue({ kind: 'text', value: 'Rekap puskesmas' }, t)).toBe('Rekap puskesmas');
  });
});
