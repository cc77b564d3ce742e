// A measurement save waiting to reach the API. It is kept in the browser until the API answers,
// and every retry carries the same clientMutationId, so the API applies it exactly once.
import type { SaveMeasurementInput } from '../../../gql/graphql';

export interface PendingSave {
  /** Which task it belongs to: `indicatorId@year-month`. */
  taskKey: string;
  /** The save as first sent, clientMutationId included. */
  input: SaveMeasurementInput & { clientMutationId: string };
  /** Set when the operator chose "save and submit": the submit step's own clientMutationId. */
  submitMutationId: string | null;
  attempts: number;
  /** ISO instant of the last failed attempt (null before the first). */
  failedAt: string | null;
}

/** How the API answered a save: applied, or refused with its error (not retried). */
export type SaveOutcome =
  { kind: 'applied'; status: string; version: number; at: string } | { kind: 'refused'; error: unknown };

export interface OutboxState {
  pending: readonly PendingSave[];
  /** Task keys whose save is on the wire right now. */
  sending: ReadonlySet<string>;
  /** The latest answer per task, for the form to show. */
  outcomes: ReadonlyMap<string, SaveOutcome>;
}

export function taskKeyOf(indicatorId: string, year: number, month: number): string {
  return `${indicatorId}@${year}-${month}`;
}
