import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../types/AuditEntry';
import { appendAuditPage } from '../appendAuditPage';
import { auditErrorKey } from '../auditErrorKey';

function entry(seq: number, action = 'UPDATED'): AuditEntry {
  return {
    seq: String(seq),
    at: '2026-03-01T02:00:00.000Z',
    actor: 'Operator Dinas Kesehatan',
    entityType: 'Measurement',
    entityId: `Measurement:${seq}`,
    action,
    before: null,
    after: null,
  };
}

function page(seqs: number[], endCursor: string | null, hasNextPage: boolean) {
  return {
    edges: seqs.map((seq) => ({ cursor: String(seq), node: entry(seq) })),
    pageInfo: { hasNextPage, endCursor },
  };
}

describe('appendAuditPage', () => {
  it('adds the older page below and takes its page info', () => {
    const merged = appendAuditPage(page([9, 8], '8', true), page([7, 6], '6', false));
    expect(merged.edges.map((e) => e.node.seq)).toEqual(['9', '8', '7', '6']);
    expect(merged.pageInfo).toEqual({ hasNextPage: false, endCursor: '6' });
  });

  it('does not repeat an entry already shown', () => {
    const merged = appendAuditPage(page([9, 8], '8', true), page([8, 7], '7', true));
    expect(merged.edges.map((e) => e.node.seq)).toEqual(['9', '8', '7']);
  });
});

describe('auditErrorKey', () => {
  const refusal = (code: string) =>
    new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code } }] });

  it('explains a scope the viewer may not read', () => {
    expect(auditErrorKey(refusal('FORBIDDEN'))).toBe('audit.errors.forbidden');
    expect(auditErrorKey(refusal('NOT_FOUND'))).toBe('audit.errors.forbidden');
  });

  it('explains a refused filter, and falls back to the common message', () => {
    expect(auditErrorKey(refusal('BAD_USER_INPUT'))).toBe('audit.errors.badFilter');
    expect(auditErrorKey(new Error('network'))).toBe('common.loadFailed');
  });
});
