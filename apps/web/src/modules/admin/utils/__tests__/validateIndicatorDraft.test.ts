import { describe, expect, it } from 'vitest';
import { emptyTargets, type IndicatorDraft } from '../../types/IndicatorDraft';
import { validateIndicatorDraft } from '../validateIndicatorDraft';
import { monthField, validateTargets } from '../validateTargets';

function draft(change: Partial<IndicatorDraft> = {}): IndicatorDraft {
  const targets = emptyTargets();
  targets[0] = { value: '50', low: '', high: '' };
  targets[5] = { value: '62,5', low: '', high: '' };
  return {
    code: 'IKU-9',
    name: 'Persentase desa ODF',
    unit: '%',
    polarity: 'MAXIMIZE',
    minimizeFormula: 'RATIO_DIFF',
    aggregation: 'LAST',
    frequency: 'MONTHLY',
    weight: '1,5',
    targets,
    operatorIds: [],
    ...change,
  };
}

const fields = (d: IndicatorDraft) =>
  validateIndicatorDraft(d, 'Objective:1').errors.map((e) => `${e.field}:${e.key}`);

describe('validateIndicatorDraft', () => {
  it('turns a filled form into the API input, months without a target left out', () => {
    const { input } = validateIndicatorDraft(draft(), 'Objective:1');
    expect(input).toMatchObject({
      code: 'IKU-9',
      weight: 1.5,
      targets: [
        { month: 1, value: 50 },
        { month: 6, value: 62.5 },
      ],
    });
  });

  it('names the field and the rule for each bad input', () => {
    expect(fields(draft({ code: ' ', weight: '0' }))).toEqual([
      'code:admin.errors.codeRequired',
      'weight:admin.errors.weight',
    ]);
    expect(fields(draft({ targets: emptyTargets() }))).toEqual(['targets:admin.errors.targetsRequired']);
    const bad = emptyTargets();
    bad[2] = { value: '0', low: '', high: '' };
    bad[3] = { value: 'lima', low: '', high: '' };
    expect(fields(draft({ targets: bad }))).toEqual([
      'targets.m3.value:admin.errors.targetPositive',
      'targets.m4.value:admin.errors.number',
    ]);
  });

  it('needs both edges of a STABILIZE band, low not above high', () => {
    const cells = emptyTargets();
    cells[0] = { value: '', low: '2', high: '' };
    cells[1] = { value: '', low: '5', high: '4' };
    cells[2] = { value: '', low: '2', high: '4' };
    const { errors, targets } = validateTargets('STABILIZE', cells);
    expect(errors.map((e) => `${e.field}:${e.key}`)).toEqual([
      'targets.m1.high:admin.errors.highRequired',
      'targets.m2.high:admin.errors.highBelowLow',
    ]);
    expect(targets).toEqual([{ month: 3, low: 2, high: 4 }]);
  });

  it("maps the API's list index to the month the form shows", () => {
    expect(monthField('targets.1.value', [{ month: 4 }, { month: 9 }])).toBe('targets.m9.value');
    expect(monthField('code', [])).toBe('code');
  });
});
