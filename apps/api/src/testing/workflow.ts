// The measurement workflow and live subscriptions as a client drives them, shared by the
// integration tests and the live-update benchmark.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { PrismaClient } from '@ekinerja/db';
import { toGlobalId } from '../ids';
import { DEMO_YEAR, gql } from './testServer';

export const SAVE = `mutation($input: SaveMeasurementInput!) {
  saveMeasurement(input: $input) { seq measurement { id value status version } } }`;
export const SUBMIT = `mutation($input: MeasurementStepInput!) {
  submitMeasurement(input: $input) { seq measurement { id status version } } }`;
export const VERIFY = `mutation($input: MeasurementStepInput!) {
  verifyMeasurement(input: $input) { seq measurement { id status version } } }`;
export const DELTAS = `subscription($scopeId: ID!, $month: Int) {
  scoreboardChanged(scopeId: $scopeId, year: ${DEMO_YEAR}, month: $month) {
    kind seq changes { nodeId role score { value band } rank } rankingOrder } }`;

export interface WorkflowPayload {
  seq: string;
  measurement: { id: string; value: number; status: string; version: number };
}

export interface Delta {
  kind: string;
  seq: string;
  changes: {
    nodeId: string;
    role: string;
    score: { value: number | null; band: string };
    rank: number | null;
  }[];
}

export interface Slot {
  indicatorId: string;
  month: number;
}

/**
 * Indicator-months assigned to the demo Dikes operator that have a target and no value yet, in
 * month order; `onScorecardOf` keeps those of one unit's own scorecard.
 */
export async function freeSlots(
  prisma: PrismaClient,
  count: number,
  onScorecardOf?: string,
): Promise<Slot[]> {
  const operatorUser = await prisma.user.findUniqueOrThrow({ where: { username: 'operator-kesehatan' } });
  const rows = await prisma.$queryRaw<Slot[]>`
    SELECT t."indicatorId", t.month FROM "Target" t
    JOIN "IndicatorOperator" o ON o."indicatorId" = t."indicatorId" AND o."userId" = ${operatorUser.id}::uuid
    JOIN "Indicator" i ON i.id = t."indicatorId"
    JOIN "Objective" ob ON ob.id = i."objectiveId"
    JOIN "Scorecard" sc ON sc.id = ob."scorecardId"
    LEFT JOIN "Measurement" m ON m."indicatorId" = t."indicatorId" AND m.year = t.year AND m.month = t.month
    WHERE t.year = ${DEMO_YEAR} AND m.id IS NULL AND t.value IS NOT NULL
      AND (${onScorecardOf ?? null}::uuid IS NULL OR sc."orgUnitId" = ${onScorecardOf ?? null}::uuid)
    ORDER BY t.month, t."indicatorId"`;
  const seen = new Set<string>();
  const slots = rows.filter((row) => {
    const key = `${row.indicatorId}/${row.month}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // `Infinity` asks for every free slot.
  if (Number.isFinite(count) && slots.length < count)
    throw new Error(`only ${slots.length} free slots, ${count} wanted`);
  return slots.slice(0, count);
}

/**
 * The written analysis an operator gives with a value short of its target. Tests' values are often
 * far below target, so saves carry it unless `{ analysis: null }` is passed.
 */
export const ANALYSIS = {
  obstacles: 'Laporan puskesmas terlambat masuk',
  supportingFactors: null,
  followUpPlan: 'Pendampingan pelaporan oleh bidang',
  followUpDue: `${DEMO_YEAR}-12-31`,
};

export function saveMeasurement(base: string, token: string, slot: Slot, value: number, extra = {}) {
  return gql<{ saveMeasurement: WorkflowPayload }>(
    base,
    SAVE,
    {
      input: {
        indicatorId: toGlobalId('Indicator', slot.indicatorId),
        year: DEMO_YEAR,
        month: slot.month,
        value,
        analysis: ANALYSIS,
        ...extra,
      },
    },
    token,
  );
}

/** Saves and submits a value as the operator; returns the measurement's id (version 2). */
export async function enterAndSubmit(
  base: string,
  operator: string,
  slot: Slot,
  value: number,
): Promise<string> {
  const saved = await saveMeasurement(base, operator, slot, value);
  if (!saved.data) throw new Error(`save failed: ${JSON.stringify(saved.errors)}`);
  const id = saved.data.saveMeasurement.measurement.id;
  const submitted = await gql(base, SUBMIT, { input: { measurementId: id, expectedVersion: 1 } }, operator);
  if (submitted.errors) throw new Error(`submit failed: ${JSON.stringify(submitted.errors)}`);
  return id;
}

/** Verifies a submitted measurement as the head; returns the payload with its sequence. */
export async function verify(base: string, head: string, measurementId: string): Promise<WorkflowPayload> {
  const verified = await gql<{ verifyMeasurement: WorkflowPayload }>(
    base,
    VERIFY,
    { input: { measurementId, expectedVersion: 2 } },
    head,
  );
  if (!verified.data) throw new Error(`verify failed: ${JSON.stringify(verified.errors)}`);
  return verified.data.verifyMeasurement;
}

/** A graphql-ws client signed in with a bearer token that does not reconnect by itself. */
export function liveClient(wsUrl: string, token: string): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
  });
}

/** Collects a subscription's messages; `next(predicate)` waits for the first that matches. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const received: T[] = [];
  const errors: unknown[] = [];
  const waiters: { match: (m: T) => boolean; resolve: (m: T) => void }[] = [];
  client.subscribe<T>(
    { query, variables },
    {
      next: ({ data, errors: e }) => {
        if (e) errors.push(e);
        if (!data) return;
        const message = Object.values(data)[0] as T;
        received.push(message);
        for (const w of [...waiters])
          if (w.match(message)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(message);
          }
      },
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    next: (match: (m: T) => boolean) =>
      new Promise<T>((resolve) => {
        const found = received.find(match);
        if (found) resolve(found);
        else waiters.push({ match, resolve });
      }),
  };
}
