// What the server counts and times, in the Prometheus text format (`/metrics`, with METRICS_TOKEN).
// One registry per process: counters and histograms are process-wide, and the gauges read the live
// hubs and socket registries of the servers this process runs (one in production).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlOperationDuration = new Histogram({
  name: 'ekinerja_graphql_operation_duration_seconds',
  help: 'GraphQL operations over HTTP, from request to response, by operation name and result',
  labelNames: ['operation', 'result'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'ekinerja_graphql_errors_total',
  help: 'Errors in GraphQL responses (HTTP and WebSocket), by code',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

export const liveDelivery = new Histogram({
  name: 'ekinerja_live_delivery_seconds',
  help: 'From the commit of a change to its frame written to a subscriber socket',
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const dbQueryDuration = new Histogram({
  name: 'ekinerja_db_query_duration_seconds',
  help: 'SQL statements sent to the database, by statement kind',
  labelNames: ['statement'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [metricsRegistry],
});

export const eventBusLag = new Histogram({
  name: 'ekinerja_event_bus_lag_seconds',
  help: 'From publishing a change on Redis to its arrival at this instance',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [metricsRegistry],
});

export const snapshotUpdate = new Histogram({
  name: 'ekinerja_snapshot_update_seconds',
  help: "Recomputing and storing the score snapshots on a changed value's path, per write",
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [metricsRegistry],
});

/** What the socket gauges read when Prometheus scrapes: each running server adds itself. */
export interface LiveSources {
  sockets(): number;
  subscriptions(): Map<string, number>;
}
const liveSources = new Set<LiveSources>();

export function watchLive(source: LiveSources): () => void {
  liveSources.add(source);
  return () => liveSources.delete(source);
}

new Gauge({
  name: 'ekinerja_live_sockets',
  help: 'Open WebSocket connections (walls, dashboards)',
  registers: [metricsRegistry],
  collect() {
    let n = 0;
    for (const source of liveSources) n += source.sockets();
    this.set(n);
  },
});

new Gauge({
  name: 'ekinerja_live_subscriptions',
  help: 'Active live subscriptions, by kind (scoreboard, activity)',
  labelNames: ['kind'] as const,
  registers: [metricsRegistry],
  collect() {
    const totals = new Map<string, number>([
      ['scoreboard', 0],
      ['activity', 0],
    ]);
    for (const source of liveSources)
      for (const [kind, n] of source.subscriptions()) totals.set(kind, (totals.get(kind) ?? 0) + n);
    for (const [kind, n] of totals) this.set({ kind }, n);
  },
});

/** The database client's hook for `ekinerja_db_query_duration_seconds`. */
export function observeDbQuery(sql: string, seconds: number): void {
  dbQueryDuration.observe({ statement: statementKind(sql) }, seconds);
}

/** SELECT, INSERT, UPDATE, DELETE, or other (BEGIN, COMMIT, locks, …). */
export function statementKind(sql: string): string {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  return word === 'SELECT' || word === 'INSERT' || word === 'UPDATE' || word === 'DELETE' || word === 'WITH'
    ? word
    : 'OTHER';
}
