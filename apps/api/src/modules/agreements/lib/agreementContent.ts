// What a Perjanjian Kinerja commits to, as plain data: the parties, the indicators with their
// yearly targets, the programs with their pagu, and the A3 text; and the SHA-256 of its canonical
// JSON that each signature records.
import { createHash } from 'node:crypto';
import { stableJson } from '../../changes/lib/stableJson';

export interface AgreementPartyContent {
  officialId: string | null;
  name: string;
  nip: string | null;
  position: string;
}

export interface AgreementIndicatorContent {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  polarity: string;
  /** The year's target: one value, or a band for STABILIZE. */
  target: number | null;
  low: number | null;
  high: number | null;
}

export interface AgreementObjectiveContent {
  code: string;
  name: string;
  indicators: AgreementIndicatorContent[];
}

export interface AgreementBudgetContent {
  kind: 'PROGRAM' | 'ACTIVITY';
  code: string;
  name: string;
  /** Integer Rupiah as decimal text. */
  pagu: string;
}

export interface AgreementContent {
  year: number;
  tenantName: string;
  unitName: string;
  firstParty: AgreementPartyContent;
  secondParty: AgreementPartyContent;
  objectives: AgreementObjectiveContent[];
  budget: AgreementBudgetContent[];
}

export interface AgreementText {
  attitude: string;
  attention: string;
  action: string;
}

export interface MonthTarget {
  month: number;
  value: number | null;
  low: number | null;
  high: number | null;
}

/**
 * The year's target of an indicator from its monthly targets, as its aggregation reads the year:
 * SUM adds the months, AVERAGE averages them, LAST/MIN/MAX take the last month's (the year-end
 * commitment). A STABILIZE band is the last month's band.
 */
export function yearTarget(
  aggregation: string,
  targets: readonly MonthTarget[],
): { target: number | null; low: number | null; high: number | null } {
  const sorted = [...targets].sort((a, b) => a.month - b.month);
  const last = sorted.at(-1);
  if (!last) return { target: null, low: null, high: null };
  if (last.low !== null || last.high !== null) return { target: null, low: last.low, high: last.high };
  const values = sorted.flatMap((t) => (t.value === null ? [] : [t.value]));
  if (values.length === 0) return { target: null, low: null, high: null };
  const sum = values.reduce((a, b) => a + b, 0);
  if (aggregation === 'SUM') return { target: round(sum), low: null, high: null };
  if (aggregation === 'AVERAGE') return { target: round(sum / values.length), low: null, high: null };
  return { target: last.value, low: null, high: null };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** SHA-256 (hex) of what is signed: the version, its reason, the content and the A3 text. */
export function agreementHash(
  version: { version: number; reason: string | null },
  content: AgreementContent,
  text: AgreementText,
): string {
  const signed = {
    version: version.version,
    reason: version.reason,
    content,
    text: { attitude: text.attitude, attention: text.attention, action: text.action },
  };
  return createHash('sha256').update(stableJson(signed)).digest('hex');
}
