// Turns an audit entry's before/after snapshots into the fields that changed, each with its old
// and new value described for display. The snapshots are the change log's (see the API writers):
//   Measurement  { indicatorId, year, month, value, status, version, note }
//   SubActivity  { realisedSpend (Rupiah digits), realisedPhysical (cumulative %), note, version }
//   Issue        { title, severity, status } / { status } / { status, followUp }
//   Directive    { content, status } / { status }
//   PeriodLock   { year, month, locked, reason }
// The version counter changes with every write and says nothing to a reader, so it is left out;
// a period lock's year and month name the period (see auditPeriodOf), they do not change.
import type { AuditDiffRow } from '../types/AuditDiffRow';
import type { AuditValue } from '../types/AuditValue';

type FieldKind = 'number' | 'rupiah' | 'percent' | 'text' | 'targets' | { labels: string };

/** Known fields per entity type, in reading order; other fields follow alphabetically. */
const FIELDS: Readonly<Record<string, readonly (readonly [string, FieldKind])[]>> = {
  Measurement: [
    ['value', 'number'],
    ['status', { labels: 'measurementStatus' }],
    ['note', 'text'],
  ],
  SubActivity: [
    ['realisedSpend', 'rupiah'],
    ['realisedPhysical', 'percent'],
    ['note', 'text'],
  ],
  Issue: [
    ['title', 'text'],
    ['severity', { labels: 'issueSeverity' }],
    ['status', { labels: 'issueStatus' }],
    ['followUp', 'text'],
  ],
  Directive: [
    ['content', 'text'],
    ['status', { labels: 'directiveStatus' }],
  ],
  PeriodLock: [
    ['locked', { labels: 'audit.value.locked' }],
    ['reason', 'text'],
  ],
  Indicator: [
    ['code', 'text'],
    ['name', 'text'],
    ['weight', 'number'],
    ['targets', 'targets'],
  ],
};

const HIDDEN: Readonly<Record<string, readonly string[]>> = {
  PeriodLock: ['version', 'year', 'month'],
  Measurement: ['version', 'indicatorId', 'year', 'month'],
  Indicator: ['objectiveId', 'year', 'operatorIds'],
};
const ALWAYS_HIDDEN = ['version'];

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function isEmpty(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function numberOf(raw: unknown): number | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
  return null;
}

function guessed(raw: unknown): AuditValue {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { kind: 'number', value: raw };
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  if (typeof raw === 'string') return { kind: 'text', value: raw };
  return { kind: 'json', value: JSON.stringify(raw) };
}

function valueOf(raw: unknown, kind: FieldKind | undefined): AuditValue {
  if (isEmpty(raw)) return { kind: 'empty' };
  if (kind === 'number' || kind === 'percent') {
    const value = numberOf(raw);
    if (value !== null) return { kind, value };
  } else if (kind === 'rupiah') {
    const digits = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw;
    if (typeof digits === 'string' && /^-?\d+$/.test(digits.trim()))
      return { kind: 'rupiah', value: digits.trim() };
  } else if (kind === 'targets') {
    if (Array.isArray(raw))
      return {
        kind: 'targets',
        items: raw.map(
          (t: { month: number; value?: number | null; low?: number | null; high?: number | null }) => ({
            month: t.month,
            value: t.value ?? null,
            low: t.low ?? null,
            high: t.high ?? null,
          }),
        ),
      };
  } else if (kind === 'text') {
    if (typeof raw === 'string') return { kind: 'text', value: raw };
  } else if (kind) {
    if (typeof raw === 'string' || typeof raw === 'boolean' || typeof raw === 'number')
      return { kind: 'label', key: `${kind.labels}.${String(raw)}`, raw: String(raw) };
  }
  return guessed(raw);
}

export function auditDiffOf(entityType: string, before: unknown, after: unknown): AuditDiffRow[] {
  const old = asRecord(before);
  const next = asRecord(after);
  const known = FIELDS[entityType] ?? [];
  const kinds = new Map<string, FieldKind>(known);
  const hidden = new Set(HIDDEN[entityType] ?? ALWAYS_HIDDEN);
  const others = [...new Set([...Object.keys(old), ...Object.keys(next)])]
    .filter((field) => !kinds.has(field))
    .sort();
  const fields = [...known.map(([field]) => field), ...others].filter((field) => !hidden.has(field));
  return fields
    .filter((field) => !sameValue(old[field], next[field]))
    .map((field) => ({
      field,
      before: valueOf(old[field], kinds.get(field)),
      after: valueOf(next[field], kinds.get(field)),
    }));
}
