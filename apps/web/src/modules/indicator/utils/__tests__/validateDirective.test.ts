import { describe, expect, it } from 'vitest';
import { validateDirective } from '../validateDirective';

const today = '2026-11-29';

describe('validateDirective', () => {
  it('accepts a directive with content and no due date', () => {
    expect(validateDirective({ content: 'Percepat verifikasi data.', dueDate: '' }, today)).toEqual([]);
  });

  it('requires content (whitespace does not count)', () => {
    expect(validateDirective({ content: '   ', dueDate: '' }, today)).toEqual([
      { field: 'content', key: 'directive.errors.contentRequired' },
    ]);
  });

  it('limits content to 4000 characters', () => {
    expect(validateDirective({ content: 'x'.repeat(4001), dueDate: '' }, today)).toEqual([
      { field: 'content', key: 'directive.errors.contentTooLong', params: { max: 4000 } },
    ]);
  });

  it('rejects impossible and past due dates', () => {
    expect(validateDirective({ content: 'a', dueDate: '2026-02-30' }, today)[0]?.key).toBe(
      'directive.errors.dueDateInvalid',
    );
    expect(validateDirective({ content: 'a', dueDate: '2026-11-28' }, today)[0]?.key).toBe(
      'directive.errors.dueDatePast',
    );
    expect(validateDirective({ content: 'a', dueDate: today }, today)).toEqual([]);
  });

  it('reports every field at once', () => {
    expect(validateDirective({ content: '', dueDate: 'besok' }, today).map((e) => e.field)).toEqual([
      'content',
      'dueDate',
    ]);
  });
});
