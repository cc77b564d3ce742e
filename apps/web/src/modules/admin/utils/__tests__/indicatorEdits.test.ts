import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { indicatorErrorOf } from '../indicatorErrorOf';
import { indicatorInUseItems, indicatorMessages } from '../indicatorMessages';
import { changeRecomputes, indicatorDraftOf, validateIndicatorUpdate } from '../validateIndicatorDraft';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });
const refused = (field: string, rule: string, params: Record<string, unknown> = {}) =>
  indicatorErrorOf(apiError({ code: 'BAD_USER_INPUT', field, rule, params }), []);

const stored = {
  code: 'IKU-1',
  name: 'Angka kematian ibu',
  unit: 'per 100.000 KH',
  polarity: 'MINIMIZE' as const,
  minimizeFormula: 'RATIO_DIFF' as const,
  aggregation: 'LAST' as const,
  frequency: 'QUARTERLY' as const,
  weight: 1.5,
};

describe('indicatorDraftOf and validateIndicatorUpdate', () => {
  it('prefills the edit form and turns it back into the update input without targets', () => {
    const draft = indicatorDraftOf(stored, ['User:7']);
    expect(draft).toMatchObject({ code: 'IKU-1', weight: '1,5', operatorIds: ['User:7'] });
    const { errors, input } = validateIndicatorUpdate(
      { ...draft, name: ' Angka kematian bayi ' },
      'Indicator:3',
    );
    expect(errors).toEqual([]);
    expect(input).toEqual({
      indicatorId: 'Indicator:3',
      code: 'IKU-1',
      name: 'Angka kematian bayi',
      unit: 'per 100.000 KH',
      polarity: 'MINIMIZE',
      minimizeFormula: 'RATIO_DIFF',
      aggregation: 'LAST',
      frequency: 'QUARTERLY',
      weight: 1.5,
      operatorIds: ['User:7'],
    });
  });

  it('checks the definition only: an edit has no targets to fill', () => {
    const draft = indicatorDraftOf(stored, []);
    expect(validateIndicatorUpdate(draft, 'Indicator:3').errors).toEqual([]);
    expect(
      validateIndicatorUpdate({ ...draft, unit: '', weight: '0' }, 'Indicator:3').errors.map(
        (e) => `${e.field}:${e.key}`,
      ),
    ).toEqual(['unit:admin.errors.unitRequired', 'weight:admin.errors.weight']);
  });

  it('knows which changes make the API recompute the year', () => {
    const input = validateIndicatorUpdate(indicatorDraftOf(stored, []), 'Indicator:3').input!;
    expect(changeRecomputes(stored, { ...input, name: 'Lain', unit: '%', code: 'X' })).toBe(false);
    expect(changeRecomputes(stored, { ...input, weight: 2 })).toBe(true);
    expect(changeRecomputes(stored, { ...input, polarity: 'MAXIMIZE', minimizeFormula: null })).toBe(true);
    expect(
      changeRecomputes(
        { ...stored, polarity: 'MAXIMIZE' },
        { ...input, polarity: 'MAXIMIZE', minimizeFormula: null },
      ),
    ).toBe(false);
    expect(changeRecomputes(stored, { ...input, frequency: 'MONTHLY' })).toBe(true);
  });
});

describe('indicatorErrorOf for changes and deletions', () => {
  it('puts a polarity that no longer fits the targets next to the polarity', () => {
    expect(refused('polarity', 'targetsMismatch')).toEqual({
      field: 'polarity',
      key: 'admin.errors.targetsMismatch',
      params: { field: 'polarity' },
    });
  });

  it('puts operator refusals on the operator list', () => {
    expect(refused('operatorIds.1', 'notOperator')).toMatchObject({
      field: 'operatorIds',
      key: 'admin.errors.operator',
    });
    expect(refused('operatorIds.0', 'notOperatorInScope').key).toBe('admin.errors.operator');
    expect(refused('operatorIds.0', 'notFound').key).toBe('admin.errors.operatorNotFound');
  });

  it('names a used code and the limits of the identity fields', () => {
    expect(refused('code', 'unique').key).toBe('admin.errors.codeTaken');
    expect(refused('unit', 'too_big', { maximum: 40 })).toEqual({
      field: 'unit',
      key: 'admin.errors.tooLong',
      params: { field: 'unit', max: 40 },
    });
    expect(refused('name', 'too_small', { minimum: 1 }).key).toBe('admin.errors.nameRequired');
    expect(refused('weight', 'too_big', { maximum: 1000 }).key).toBe('admin.errors.weight');
  });

  it('keeps the counts of an indicator in use and says when it is gone', () => {
    expect(refused('indicatorId', 'inUse', { measurements: 4, programs: 1 })).toEqual({
      field: 'form',
      key: 'admin.errors.indicatorInUse',
      params: { counts: { measurements: 4, programs: 1 } },
    });
    expect(refused('indicatorId', 'notFound').key).toBe('admin.errors.indicatorGone');
    expect(indicatorErrorOf(apiError({ code: 'NOT_FOUND' }), []).key).toBe('admin.errors.indicatorGone');
    expect(indicatorErrorOf(apiError({ code: 'FORBIDDEN' }), []).key).toBe('admin.errors.forbidden');
  });
});

describe('indicatorMessages', () => {
  const t = (key: string, params?: Record<string, unknown>) =>
    `${key}${params ? JSON.stringify(params) : ''}`;
  it('words what an indicator already has, in a fixed order, zero counts left out', () => {
    expect(
      indicatorInUseItems({ childIndicators: 2, measurements: 3, issues: 0, activities: 1, other: 5 }),
    ).toEqual([
      { key: 'admin.inUse.measurements', count: 3 },
      { key: 'admin.inUse.activities', count: 1 },
      { key: 'admin.inUse.childIndicators', count: 2 },
    ]);
    const messageOf = indicatorMessages(
      [{ field: 'form', key: 'admin.errors.indicatorInUse', params: { counts: { issues: 1 } } }],
      t,
    );
    expect(messageOf('form')).toBe(
      'admin.errors.indicatorInUse{"items":["admin.inUse.issues{\\"count\\":1}"]}',
    );
  });
});
