import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { groupByPerspective } from '../groupByPerspective';
import { parentObjectivesOf, parentOptionsOf } from '../parentObjectivesOf';
import { scorecardErrorOf } from '../scorecardErrorOf';
import { objectiveInUseItems, scorecardMessages } from '../scorecardMessages';
import { objectiveDraftOf, validateObjectiveDraft, validateObjectiveUpdate } from '../validateObjectiveDraft';
import { validatePerspectiveWeights } from '../validatePerspectiveWeights';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('validatePerspectiveWeights', () => {
  it('reads Indonesian decimals and accepts a total of 100', () => {
    const { errors, weights } = validatePerspectiveWeights([
      { perspective: 'STAKEHOLDER', weight: '33,3' },
      { perspective: 'CUSTOMER', weight: '33,3' },
      { perspective: 'INTERNAL_PROCESS', weight: '33,4' },
      { perspective: 'LEARNING_GROWTH', weight: '0' },
    ]);
    expect(errors).toEqual([]);
    expect(weights?.map((w) => w.weight)).toEqual([33.3, 33.3, 33.4, 0]);
  });
  it('refuses a total other than 100, negatives and non-numbers next to the field', () => {
    expect(
      validatePerspectiveWeights([
        { perspective: 'STAKEHOLDER', weight: '50' },
        { perspective: 'CUSTOMER', weight: '40' },
      ]).errors,
    ).toEqual([{ field: 'weights', key: 'scorecards.errors.sumTo100' }]);
    expect(
      validatePerspectiveWeights([
        { perspective: 'STAKEHOLDER', weight: '-1' },
        { perspective: 'CUSTOMER', weight: 'abc' },
      ]).errors.map((e) => `${e.field}:${e.key}`),
    ).toEqual([
      'weights.STAKEHOLDER:scorecards.errors.weightNegative',
      'weights.CUSTOMER:scorecards.errors.number',
    ]);
  });
});

describe('validateObjectiveDraft', () => {
  const draft = {
    perspective: 'CUSTOMER' as const,
    code: ' SS-9 ',
    name: 'Meningkatnya kepuasan',
    weight: '1,5',
    parentObjectiveId: '',
  };
  it('turns a filled form into the API input, without a parent unless one is chosen', () => {
    expect(validateObjectiveDraft(draft, 'Scorecard:1').input).toEqual({
      scorecardId: 'Scorecard:1',
      perspective: 'CUSTOMER',
      code: 'SS-9',
      name: 'Meningkatnya kepuasan',
      weight: 1.5,
      parentObjectiveId: null,
    });
    expect(
      validateObjectiveDraft({ ...draft, parentObjectiveId: 'Objective:7' }, 'Scorecard:1').input
        ?.parentObjectiveId,
    ).toBe('Objective:7');
  });
  it('turns an edited objective into the update input, perspective left out', () => {
    expect(
      validateObjectiveUpdate({ ...draft, parentObjectiveId: 'Objective:7' }, 'Objective:3').input,
    ).toEqual({
      objectiveId: 'Objective:3',
      code: 'SS-9',
      name: 'Meningkatnya kepuasan',
      weight: 1.5,
      parentObjectiveId: 'Objective:7',
    });
    expect(validateObjectiveUpdate({ ...draft, weight: '1001' }, 'Objective:3')).toEqual({
      errors: [{ field: 'weight', key: 'scorecards.errors.weightRange' }],
      input: null,
    });
  });
  it('prefills the edit form from the stored objective, weights with a decimal comma', () => {
    expect(
      objectiveDraftOf({
        perspective: 'STAKEHOLDER',
        code: 'SS-1',
        name: 'Meningkatnya derajat kesehatan',
        weight: 2.5,
        parent: { id: 'Objective:9' },
      }),
    ).toEqual({
      perspective: 'STAKEHOLDER',
      code: 'SS-1',
      name: 'Meningkatnya derajat kesehatan',
      weight: '2,5',
      parentObjectiveId: 'Objective:9',
    });
    expect(
      objectiveDraftOf({ perspective: 'CUSTOMER', code: 'A', name: 'B', weight: 1, parent: null })
        .parentObjectiveId,
    ).toBe('');
  });
  it('names each field that breaks a rule', () => {
    const { errors, input } = validateObjectiveDraft(
      { ...draft, code: '', name: 'x'.repeat(301), weight: '0' },
      'Scorecard:1',
    );
    expect(input).toBeNull();
    expect(errors.map((e) => `${e.field}:${e.key}`)).toEqual([
      'code:scorecards.errors.required',
      'name:scorecards.errors.tooLong',
      'weight:scorecards.errors.weightRange',
    ]);
  });
});

describe('scorecardErrorOf', () => {
  const fields = (f: string) => (f === 'toObjectiveId' ? 'link' : null);
  it('puts a refused cycle next to the link form', () => {
    expect(
      scorecardErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'toObjectiveId', rule: 'cycle' }), fields),
    ).toEqual({ field: 'link', key: 'scorecards.errors.cycle', params: { field: 'toObjectiveId' } });
  });
  it('falls back to the form for unknown fields, forbidden and network errors', () => {
    expect(
      scorecardErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'x', rule: 'odd' }), fields),
    ).toMatchObject({
      field: 'form',
      key: 'scorecards.errors.invalid',
    });
    expect(scorecardErrorOf(apiError({ code: 'FORBIDDEN' }), fields).key).toBe('scorecards.errors.forbidden');
    expect(scorecardErrorOf(new Error('offline'), fields).key).toBe('scorecards.errors.network');
  });
});

describe('groupByPerspective', () => {
  it('keeps the perspective order and leaves empty perspectives empty', () => {
    const groups = groupByPerspective(
      ['STAKEHOLDER', 'CUSTOMER'],
      [
        { id: 'a', perspective: 'CUSTOMER' as const },
        { id: 'b', perspective: 'CUSTOMER' as const },
      ],
    );
    expect(groups.map((g) => [g.perspective, g.objectives.map((o) => o.id)])).toEqual([
      ['STAKEHOLDER', []],
      ['CUSTOMER', ['a', 'b']],
    ]);
  });
});

describe('scorecardErrorOf for objective changes', () => {
  const fields = (f: string) => (['code', 'name', 'weight', 'parentObjectiveId'].includes(f) ? f : null);
  const refused = (field: string, rule: string, params: Record<string, unknown> = {}) =>
    scorecardErrorOf(apiError({ code: 'BAD_USER_INPUT', field, rule, params }), fields);

  it('puts each parent refusal next to the parent picker', () => {
    expect(refused('parentObjectiveId', 'notOwnerAbove')).toEqual({
      field: 'parentObjectiveId',
      key: 'scorecards.errors.notOwnerAbove',
      params: { field: 'parentObjectiveId' },
    });
    expect(refused('parentObjectiveId', 'notFound').key).toBe('scorecards.errors.parentNotFound');
    expect(refused('parentObjectiveId', 'self').key).toBe('scorecards.errors.parentSelf');
    expect(refused('parentObjectiveId', 'cycle').key).toBe('scorecards.errors.parentCycle');
  });

  it('names a used code and the length and weight limits on their fields', () => {
    expect(refused('code', 'unique')).toMatchObject({ field: 'code', key: 'scorecards.errors.unique' });
    expect(refused('name', 'too_big', { maximum: 300 })).toEqual({
      field: 'name',
      key: 'scorecards.errors.tooLong',
      params: { field: 'name', max: 300 },
    });
    expect(refused('code', 'too_small', { minimum: 1 })).toMatchObject({
      field: 'code',
      key: 'scorecards.errors.required',
    });
    expect(refused('weight', 'too_small', { minimum: 0 })).toMatchObject({
      field: 'weight',
      key: 'scorecards.errors.weightRange',
    });
  });

  it('keeps the counts of an objective still in use, and says when it is gone', () => {
    expect(refused('objectiveId', 'inUse', { indicators: 3 })).toEqual({
      field: 'form',
      key: 'scorecards.errors.objectiveInUse',
      params: { counts: { indicators: 3 } },
    });
    expect(refused('objectiveId', 'notFound')).toEqual({
      field: 'form',
      key: 'scorecards.errors.objectiveGone',
    });
    expect(scorecardErrorOf(apiError({ code: 'NOT_FOUND' }), fields).key).toBe('scorecards.errors.notFound');
  });
});

describe('scorecardMessages', () => {
  const t = (key: string, params?: Record<string, unknown>) =>
    `${key}${params ? JSON.stringify(params) : ''}`;
  it('words the kinds still hanging on an objective, zero counts left out', () => {
    expect(objectiveInUseItems({ childObjectives: 1, indicators: 2 })).toEqual([
      { key: 'scorecards.inUse.indicators', count: 2 },
      { key: 'scorecards.inUse.childObjectives', count: 1 },
    ]);
    expect(objectiveInUseItems({ indicators: 0 })).toEqual([]);
    expect(objectiveInUseItems(undefined)).toEqual([]);
    const messageOf = scorecardMessages(
      [{ field: 'form', key: 'scorecards.errors.objectiveInUse', params: { counts: { indicators: 2 } } }],
      t,
    );
    expect(messageOf('form')).toBe(
      'scorecards.errors.objectiveInUse{"items":["scorecards.inUse.indicators{\\"count\\":2}"]}',
    );
    expect(messageOf('code')).toBeNull();
  });
});

describe('parentObjectivesOf', () => {
  const card = (name: string, codes: string[]) => ({
    name,
    scorecard: {
      objectives: codes.map((code) => ({
        id: `Objective:${code}`,
        code,
        name: `Sasaran ${code}`,
        perspective: 'STAKEHOLDER' as const,
      })),
    },
  });
  it("offers an OPD its tenant's objectives and a bidang its OPD's", () => {
    const province = card('Provinsi NTB', ['P-1', 'P-2']);
    expect(
      parentObjectivesOf({ __typename: 'OrgUnit', parent: null, tenant: province })?.objectives.map(
        (o) => o.code,
      ),
    ).toEqual(['P-1', 'P-2']);
    expect(
      parentObjectivesOf({
        __typename: 'OrgUnit',
        parent: card('Dinas Kesehatan', ['SS-1']),
        tenant: province,
      })?.ownerName,
    ).toBe('Dinas Kesehatan');
  });
  it("offers an official their unit's, a kabupaten the province's, a province nothing", () => {
    expect(
      parentObjectivesOf({ __typename: 'Official', orgUnit: card('Bidang P2P', ['B-1']) })?.ownerName,
    ).toBe('Bidang P2P');
    expect(
      parentObjectivesOf({ __typename: 'Tenant', parent: card('Provinsi NTB', []) })?.objectives,
    ).toEqual([]);
    expect(parentObjectivesOf({ __typename: 'Tenant', parent: null })).toBeNull();
    expect(parentObjectivesOf({ __typename: 'Tenant', parent: { name: 'X', scorecard: null } })).toBeNull();
    expect(parentObjectivesOf(null)).toBeNull();
  });
  it('keeps the current parent among the options when it is not listed', () => {
    const parents = {
      ownerName: 'Provinsi NTB',
      objectives: card('Provinsi NTB', ['P-1']).scorecard.objectives,
    };
    expect(parentOptionsOf(parents, { id: 'Objective:P-1', code: 'P-1', name: 'Sasaran P-1' })).toEqual([
      { id: 'Objective:P-1', label: 'P-1 · Sasaran P-1' },
    ]);
    expect(parentOptionsOf(null, { id: 'Objective:Z', code: 'Z', name: 'Lama' })).toEqual([
      { id: 'Objective:Z', label: 'Z · Lama' },
    ]);
    expect(parentOptionsOf(parents, null)).toHaveLength(1);
  });
});
