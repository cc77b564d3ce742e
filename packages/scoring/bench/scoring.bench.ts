// Scoring engine at provincial scale: a full rebuild of every snapshot against one incremental update.
import {
  type Aggregation,
  type IndicatorYear,
  type PathEntry,
  type ScoreNode,
  type Snapshot,
  applyLeafChange,
  buildFullSnapshots,
  snapshotsEqual,
  yearToDate,
} from '../src/index';

// NTB: the province and its 10 kabupaten/kota, 40 OPDs each, every OPD with 4 bidang of 4 seksi.
const TENANTS = 11;
const OPDS_PER_TENANT = 40;
const DIVISIONS_PER_OPD = 4;
const SECTIONS_PER_DIVISION = 4;
const PERSPECTIVES = 4;
const INDICATORS_PER_SCORECARD = 10;
const MONTH = 12;
const FULL_RUNS = 5;
const INCREMENTAL_RUNS = 1000;
const SEED = 20261129;

/** mulberry32: small, fast and the same sequence on every machine. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const round2 = (value: number) => Math.round(value * 100) / 100;

const nodes: ScoreNode[] = [];
const indicators = new Map<string, IndicatorYear>();
let measurements = 0;

function syntheticIndicator(): IndicatorYear {
  const aggregation: Aggregation = pick(['SUM', 'SUM', 'AVERAGE', 'AVERAGE', 'LAST']);
  const polarityDraw = random();
  const realisations: (number | null)[] = [null];
  const base = 20 + random() * 200;
  if (polarityDraw < 0.1) {
    const targets = [
      null,
      ...Array.from({ length: 12 }, () => ({ low: round2(base * 0.9), high: round2(base * 1.1) })),
    ];
    for (let m = 1; m <= 12; m++)
      realisations.push(random() < 0.05 ? null : round2(base * (0.7 + random() * 0.6)));
    measurements += 12;
    return { polarity: 'STABILIZE', aggregation, frequency: 'MONTHLY', targets, realisations };
  }
  const targets = [null, ...Array.from({ length: 12 }, () => round2(base))];
  for (let m = 1; m <= 12; m++)
    realisations.push(random() < 0.05 ? null : round2(base * (0.6 + random() * 0.7)));
  measurements += 12;
  return polarityDraw < 0.3
    ? { polarity: 'MINIMIZE', aggregation, frequency: 'MONTHLY', targets, realisations }
    : { polarity: 'MAXIMIZE', aggregation, frequency: 'MONTHLY', targets, realisations };
}

/** A scorecard of 4 perspectives with 2–3 objectives each, and 10 indicators spread over them. */
function addScorecard(ownerId: string): void {
  const scorecardId = `${ownerId}/sc`;
  nodes.push({ id: scorecardId, parentId: ownerId, kind: 'SCORECARD', weight: 1 });
  const objectiveIds: string[] = [];
  for (let p = 0; p < PERSPECTIVES; p++) {
    const perspectiveId = `${scorecardId}/p${p}`;
    nodes.push({ id: perspectiveId, parentId: scorecardId, kind: 'PERSPECTIVE', weight: pick([20, 25, 30]) });
    const objectives = random() < 0.5 ? 2 : 3;
    for (let o = 0; o < objectives; o++) {
      const objectiveId = `${perspectiveId}/o${o}`;
      nodes.push({ id: objectiveId, parentId: perspectiveId, kind: 'OBJECTIVE', weight: pick([1, 2, 3]) });
      objectiveIds.push(objectiveId);
    }
  }
  // One indicator for each objective first, so none is left empty, then the rest at random.
  for (let i = 0; i < INDICATORS_PER_SCORECARD; i++) {
    const objectiveId = i < objectiveIds.length ? objectiveIds[i]! : pick(objectiveIds);
    const indicatorId = `${scorecardId}/i${i}`;
    nodes.push({ id: indicatorId, parentId: objectiveId, kind: 'INDICATOR', weight: pick([1, 1, 2, 3]) });
    indicators.set(indicatorId, syntheticIndicator());
  }
}

function addUnit(id: string, parentId: string, depth: number): void {
  nodes.push({ id, parentId, kind: 'ORG_UNIT', weight: 1 });
  addScorecard(id);
  // The unit head's own scorecard, as in the bench seed: an official is a root of its own.
  const headId = `${id}/head`;
  nodes.push({ id: headId, parentId: null, kind: 'OFFICIAL', weight: 1 });
  addScorecard(headId);
  if (depth === 0) for (let d = 0; d < DIVISIONS_PER_OPD; d++) addUnit(`${id}/d${d}`, id, 1);
  if (depth === 1) for (let s = 0; s < SECTIONS_PER_DIVISION; s++) addUnit(`${id}/s${s}`, id, 2);
}

const provinceId = 't0';
for (let t = 0; t < TENANTS; t++) {
  const tenantId = `t${t}`;
  nodes.push({ id: tenantId, parentId: t === 0 ? null : provinceId, kind: 'TENANT', weight: 1 });
  for (let o = 0; o < OPDS_PER_TENANT; o++) addUnit(`${tenantId}/opd${o}`, tenantId, 0);
}

const nodeById = new Map(nodes.map((node) => [node.id, node]));
const indicatorIds = [...indicators.keys()];
const units = TENANTS * OPDS_PER_TENANT * (1 + DIVISIONS_PER_OPD * (1 + SECTIONS_PER_DIVISION));

function leafAchievements(): Map<string, number | null> {
  const leaves = new Map<string, number | null>();
  for (const [id, indicator] of indicators) leaves.set(id, yearToDate(indicator, MONTH).raw);
  return leaves;
}

function pathOf(store: ReadonlyMap<string, Snapshot>, leafId: string): PathEntry[] {
  const path: PathEntry[] = [];
  for (let node = nodeById.get(leafId); node !== undefined;) {
    path.push({ snapshot: store.get(node.id)!, weight: node.weight });
    node = node.parentId === null ? undefined : nodeById.get(node.parentId);
  }
  return path;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// (a) Full rebuild: every indicator's year-to-date achievement from its months, then every snapshot.
let store = new Map<string, Snapshot>();
const fullRuns: number[] = [];
const achievementRuns: number[] = [];
const treeRuns: number[] = [];
for (let run = 0; run <= FULL_RUNS; run++) {
  const start = process.hrtime.bigint();
  const leaves = leafAchievements();
  const afterLeaves = process.hrtime.bigint();
  store = buildFullSnapshots(nodes, leaves);
  const end = process.hrtime.bigint();
  // Run 0 warms up the JIT and is not counted.
  if (run === 0) continue;
  fullRuns.push(Number(end - start));
  achievementRuns.push(Number(afterLeaves - start));
  treeRuns.push(Number(end - afterLeaves));
}

// (b) Incremental: one measurement changes; recompute that indicator and apply it along its path.
const incrementalRuns: number[] = [];
const incrementalAchievementRuns: number[] = [];
const incrementalPathRuns: number[] = [];
let changedSnapshots = 0;
let pathLength = 0;
for (let run = -100; run < INCREMENTAL_RUNS; run++) {
  const leafId = pick(indicatorIds);
  const indicator = indicators.get(leafId)!;
  const month = 1 + Math.floor(random() * 12);
  const realisations = indicator.realisations as (number | null)[];
  realisations[month] = random() < 0.1 ? null : round2((realisations[month] ?? 100) * (0.8 + random() * 0.4));

  const start = process.hrtime.bigint();
  const achievement = yearToDate(indicator, MONTH).raw;
  const afterAchievement = process.hrtime.bigint();
  const path = pathOf(store, leafId);
  const changed = applyLeafChange(path, leafId, achievement);
  for (const snapshot of changed) store.set(snapshot.nodeId, snapshot);
  const end = process.hrtime.bigint();
  // The first 100 updates warm up the JIT and are not counted.
  if (run < 0) continue;
  incrementalRuns.push(Number(end - start));
  incrementalAchievementRuns.push(Number(afterAchievement - start));
  incrementalPathRuns.push(Number(end - afterAchievement));
  changedSnapshots += changed.length;
  pathLength += path.length;
}

// The stored snapshots after all those updates must still equal a rebuild.
const rebuilt = buildFullSnapshots(nodes, leafAchievements());
let mismatches = 0;
for (const [id, snapshot] of rebuilt) if (!snapshotsEqual(store.get(id)!, snapshot)) mismatches++;

const fullMs = median(fullRuns) / 1e6;
const incrementalUs = median(incrementalRuns) / 1e3;
const ratio = median(fullRuns) / median(incrementalRuns);
const format = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

console.log(
  `Scale: ${TENANTS} tenants × ${OPDS_PER_TENANT} OPDs × ${units / (TENANTS * OPDS_PER_TENANT)} units = ${format(units)} units;`,
);
console.log(
  `${format(indicators.size)} indicators × 12 months = ${format(measurements)} realisations (and as many monthly targets); ${format(nodes.length)} tree nodes.`,
);
console.log(`Heap used: ${format(process.memoryUsage().heapUsed / 2 ** 20)} MiB. Node ${process.version}.`);
console.log('');
console.log('| operation | median | runs |');
console.log('| --- | ---: | ---: |');
console.log(
  `| full rebuild (YTD achievement of every indicator + all snapshots) | ${format(fullMs, 1)} ms | ${FULL_RUNS} |`,
);
console.log(
  `| … of which YTD achievements | ${format(median(achievementRuns) / 1e6, 1)} ms | ${FULL_RUNS} |`,
);
console.log(`| … of which \`buildFullSnapshots\` | ${format(median(treeRuns) / 1e6, 1)} ms | ${FULL_RUNS} |`);
console.log(
  `| incremental update (1 indicator's YTD + \`applyLeafChange\` on its path) | ${format(incrementalUs, 1)} µs | ${format(INCREMENTAL_RUNS)} |`,
);
console.log(
  `| … of which the indicator's YTD achievement | ${format(median(incrementalAchievementRuns) / 1e3, 1)} µs | ${format(INCREMENTAL_RUNS)} |`,
);
console.log(
  `| … of which path read + \`applyLeafChange\` + store | ${format(median(incrementalPathRuns) / 1e3, 1)} µs | ${format(INCREMENTAL_RUNS)} |`,
);
console.log(`| full / incremental | ${format(ratio)}× | |`);
console.log('');
console.log(
  `Average path length ${format(pathLength / INCREMENTAL_RUNS, 1)} nodes, ${format(changedSnapshots / INCREMENTAL_RUNS, 1)} snapshots written per update; ` +
    `after ${format(INCREMENTAL_RUNS + 100)} updates, ${mismatches} of ${format(rebuilt.size)} stored snapshots differ from a rebuild.`,
);

if (ratio < 1000 || mismatches > 0) {
  console.error('FAILED: the incremental update must be ≥ 1,000× cheaper and agree with a rebuild.');
  process.exitCode = 1;
}
