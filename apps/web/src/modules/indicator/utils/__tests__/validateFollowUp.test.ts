import { describe, expect, it } from 'vitest';
import { validateFollowUp } from '../validateFollowUp';

describe('validateFollowUp', () => {
  it('needs a description and no due date in the past', () => {
    const fields = (description: string, dueDate = '') =>
      validateFollowUp({ description, dueDate }, '2026-11-29').map((e) => `${e.field}:${e.key}`);
    expect(fields('Koordinasi dengan puskesmas', '2026-12-05')).toEqual([]);
    expect(fields('  ')).toEqual(['description:indicator.followUps.errors.required']);
    expect(fields('x'.repeat(4001))).toEqual(['description:indicator.followUps.errors.tooLong']);
    expect(fields('Rapat', '2026-11-01')).toEqual(['dueDate:indicator.followUps.errors.past']);
  });
});
