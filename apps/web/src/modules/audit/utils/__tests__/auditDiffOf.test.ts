import { describe, expect, it } from 'vitest';
import { auditDiffOf } from '../auditDiffOf';
import { formatAuditValue } from '../formatAuditValue';

describe('auditDiffOf', () => {
  it('lists only the fields of a measurement that changed, without the version counter', () => {
    const before = { value: 12.5, status: 'DRAFT', version: 1, note: null };
    const after = { value: 20, status: 'DRAFT', version: 2, note: null };
    expect(auditDiffOf('Measurement', before, after)).toEqual([
      { field: 'value', before: { kind: 'number', value: 12.5 }, after: { kind: 'number', value: 20 } },
    ]);
  });

  it('reads a status as a catalog label', () => {
    const rows = auditDiffOf(
      'Measurement',
      { value: 20, status: 'SUBMITTED', version: 3, note: 'x' },
      { value: 20, status: 'VERIFIED', version: 4, note: 'x' },
    );
    expect(rows).toEqual([
      {
        field: 'status',
        before: { kind: 'label', key: 'measurementStatus.SUBMITTED', raw: 'SUBMITTED' },
        after: { kind: 'label', key: 'measurementStatus.VERIFIED', raw: 'VERIFIED' },
      },
    ]);
  });

  it('shows a new entity as its fields going from empty to their values, skipping empty ones', () => {
    const rows = auditDiffOf('Measurement', null, { value: 12.5, status: 'DRAFT', version: 1, note: null });
    expect(rows).toEqual([
      { field: 'value', before: { kind: 'empty' }, after: { kind: 'number', value: 12.5 } },
      {
        field: 'status',
        before: { kind: 'empty' },
        after: { kind: 'label', key: 'measurementStatus.DRAFT', raw: 'DRAFT' },
      },
    ]);
  });

  it('treats a cleared note as a change to empty, and blank text as empty', () => {
    expect(auditDiffOf('Measurement', { value: 1, note: 'lama' }, { value: 1, note: null })).toEqual([
      { field: 'note', before: { kind: 'text', value: 'lama' }, after: { kind: 'empty' } },
    ]);
    expect(auditDiffOf('Measurement', { value: 1, note: '' }, { value: 1, note: '  ' })).toEqual([]);
  });

  it('reads budget progress as Rupiah and a percentage', () => {
    const rows = auditDiffOf(
      'SubActivity',
      { realisedSpend: '1500000', realisedPhysical: 40, note: null, version: 1 },
      { realisedSpend: '12500000000', realisedPhysical: 42.5, note: null, version: 2 },
    );
    expect(rows).toEqual([
      {
        field: 'realisedSpend',
        before: { kind: 'rupiah', value: '1500000' },
        after: { kind: 'rupiah', value: '12500000000' },
      },
      {
        field: 'realisedPhysical',
        before: { kind: 'percent', value: 40 },
        after: { kind: 'percent', value: 42.5 },
      },
    ]);
  });

  it('shows a period lock by its lock state and reason, not its unchanged year and month', () => {
    const rows = auditDiffOf(
      'PeriodLock',
      { year: 2026, month: 3, locked: false },
      { year: 2026, month: 3, locked: true, reason: 'Tutup buku' },
    );
    expect(rows).toEqual([
      {
        field: 'locked',
        before: { kind: 'label', key: 'audit.value.locked.false', raw: 'false' },
        after: { kind: 'label', key: 'audit.value.locked.true', raw: 'true' },
      },
      { field: 'reason', before: { kind: 'empty' }, after: { kind: 'text', value: 'Tutup buku' } },
    ]);
  });

  it('shows an added follow-up even when the issue status stays', () => {
    expect(
      auditDiffOf(
        'Issue',
        { status: 'IN_PROGRESS' },
        { status: 'IN_PROGRESS', followUp: 'Rapat koordinasi' },
      ),
    ).toEqual([
      { field: 'followUp', before: { kind: 'empty' }, after: { kind: 'text', value: 'Rapat koordinasi' } },
    ]);
  });

  it('describes fields it does not know by their JSON type, after the known ones', () => {
    const rows = auditDiffOf(
      'Directive',
      { status: 'OPEN', zeta: 1, alpha: { a: 1 } },
      { status: 'DONE', zeta: 2, alpha: { a: 1 }, flag: true },
    );
    expect(rows.map((r) => r.field)).toEqual(['status', 'flag', 'zeta']);
    expect(rows[1]).toEqual({
      field: 'flag',
      before: { kind: 'empty' },
      after: { kind: 'boolean', value: true },
    });
    expect(auditDiffOf('Unknown', { list: [1] }, { list: [1, 2] })).toEqual([
      { field: 'list', before: { kind: 'json', value: '[1]' }, after: { kind: 'json', value: '[1,2]' } },
    ]);
  });

  it('copes with snapshots that are not objects', () => {
    expect(auditDiffOf('Measurement', 'x', [1, 2])).toEqual([]);
  });
});

describe('indicator targets', () => {
  it('lists monthly targets by month in the locale, not as JSON', () => {
    const before = { year: 2026, targets: [{ month: 1, value: 50, low: null, high: null }] };
    const after = {
      year: 2026,
      targets: [
        { month: 1, value: 25.5, low: null, high: null },
        { month: 2, value: null, low: 2, high: 4 },
      ],
    };
    const [row] = auditDiffOf('Indicator', before, after);
    expect(row?.field).toBe('targets');
    const t = (key: string, options?: { defaultValue?: string }) => options?.defaultValue ?? key;
    expect(formatAuditValue(row!.before, t, 'id-ID')).toBe('Jan 50');
    expect(formatAuditValue(row!.after, t, 'id-ID')).toBe('Jan 25,5 · Feb 2–4');
  });
});
