// Per-request batched lookups of the drill-down: one query per kind of row and level of the tree,
// however many objects a response holds.
import DataLoader from 'dataloader';
import type {
  Activity,
  BudgetMonth,
  Indicator,
  Measurement,
  Objective,
  ObjectiveLink,
  Perspective,
  PrismaClient,
  Program,
  Scorecard,
  ScorecardPerspective,
  SubActivity,
  Target,
} from '@ekinerja/db';
import type { ScoringSettings } from '@ekinerja/scoring';
import { groupedBy, perRequest } from '../../../requestLoaders';
import { WITH_FILE_DESCRIPTION, type EvidenceWithFile } from '../../evidenceFiles/providers/evidenceRows';
import { scoringSettingsFromRow, WITH_CALENDAR } from '../../settings/lib/scoringSettings';
import type { RevisionMapper } from '../../measurements/schema.mappers';
import type { OfficialMapper } from '../../orgAdmin/schema.mappers';
import type { ObjectiveMapper } from '../../scorecards/schema.mappers';

export interface IndicatorYearRows {
  targets: Target[];
  /** Every status: the month rows show them all, the achievements keep only VERIFIED. */
  measurements: Measurement[];
}

export interface DrilldownLoaders {
  settings: DataLoader<string, ScoringSettings>;
  /** Stored score by `nodeId|year|month`; null when there is no snapshot or no data. */
  snapshotScore: DataLoader<string, number | null>;
  official: DataLoader<string, OfficialMapper | null>;
  officialsByUnit: DataLoader<string, OfficialMapper[]>;
  scorecard: DataLoader<string, Scorecard | null>;
  /** By `ownerKey|year`, ownerKey as stored ("ORG_UNIT:<id>" …). */
  scorecardByOwner: DataLoader<string, Scorecard | null>;
  perspectivesByScorecard: DataLoader<string, ScorecardPerspective[]>;
  objective: DataLoader<string, ObjectiveMapper | null>;
  objectivesByScorecard: DataLoader<string, ObjectiveMapper[]>;
  linksByScorecard: DataLoader<string, ObjectiveLink[]>;
  indicator: DataLoader<string, Indicator | null>;
  indicatorsByObjective: DataLoader<string, Indicator[]>;
  indicatorChildren: DataLoader<string, Indicator[]>;
  /** By `indicatorId|year`. */
  indicatorYear: DataLoader<string, IndicatorYearRows>;
  evidenceByMeasurement: DataLoader<string, EvidenceWithFile[]>;
  evidenceByBudgetMonth: DataLoader<string, EvidenceWithFile[]>;
  revisionsByMeasurement: DataLoader<string, RevisionMapper[]>;
  /** By `orgUnitId|year`. */
  programsByUnit: DataLoader<string, Program[]>;
  program: DataLoader<string, Program | null>;
  activitiesByProgram: DataLoader<string, Activity[]>;
  subActivitiesByActivity: DataLoader<string, SubActivityOfYear[]>;
  subActivity: DataLoader<string, SubActivityOfYear | null>;
  budgetMonthsBySubActivity: DataLoader<string, BudgetMonth[]>;
}

/** A sub-activity with its program's budget year (which pagu is in force depends on it). */
export type SubActivityOfYear = SubActivity & { year: number };

const WITH_YEAR = { activity: { select: { program: { select: { year: true } } } } } as const;

function withYear({
  activity,
  ...sub
}: SubActivity & { activity: { program: { year: number } } }): SubActivityOfYear {
  return { ...sub, year: activity.program.year };
}

const LEVEL_ORDER = ['JPT', 'ADMINISTRATOR', 'SUPERVISOR', 'STAFF'];
const PERSPECTIVE_ORDER = ['STAKEHOLDER', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH'];

const OBJECTIVE_INCLUDE = {
  scorecard: {
    select: { id: true, tenantId: true, year: true, ownerKind: true, orgUnitId: true, officialId: true },
  },
  perspective: { select: { perspective: true } },
} as const;

function objectiveRow({
  perspective,
  ...row
}: Objective & {
  scorecard: ObjectiveMapper['scorecard'];
  perspective: { perspective: Perspective };
}): ObjectiveMapper {
  return { ...row, perspectiveKind: perspective.perspective };
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Splits composite keys `a|b|…` and groups them by everything after the first part. */
function byTail(keys: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [head, ...tail] = key.split('|');
    const group = tail.join('|');
    const list = groups.get(group);
    if (list) list.push(head as string);
    else groups.set(group, [head as string]);
  }
  return groups;
}

function createDrilldownLoaders(prisma: PrismaClient): DrilldownLoaders {
  return {
    settings: new DataLoader(async (tenantIds) => {
      const rows = await prisma.tenantSettings.findMany({
        where: { tenantId: { in: [...tenantIds] } },
        include: WITH_CALENDAR,
      });
      const map = new Map(rows.map((r) => [r.tenantId, r]));
      return tenantIds.map((id) => scoringSettingsFromRow(map.get(id) ?? null));
    }),
    snapshotScore: new DataLoader(async (keys) => {
      const found = new Map<string, number | null>();
      await Promise.all(
        [...byTail(keys)].map(async ([period, nodeIds]) => {
          const [year, month] = period.split('|').map(Number);
          const rows = await prisma.scoreSnapshot.findMany({
            where: { nodeId: { in: nodeIds }, year, month },
            select: { nodeId: true, score: true },
          });
          for (const r of rows) found.set(`${r.nodeId}|${period}`, r.score);
        }),
      );
      return keys.map((k) => found.get(k) ?? null);
    }),
    official: new DataLoader(async (ids) =>
      byId(
        ids,
        await prisma.official.findMany({ where: { id: { in: [...ids] } }, include: { position: true } }),
      ),
    ),
    officialsByUnit: new DataLoader(async (unitIds) => {
      const rows = await prisma.official.findMany({
        where: { position: { orgUnitId: { in: [...unitIds] } } },
        include: { position: true },
      });
      rows.sort(
        (a, b) =>
          LEVEL_ORDER.indexOf(a.position?.level ?? 'STAFF') -
            LEVEL_ORDER.indexOf(b.position?.level ?? 'STAFF') || a.name.localeCompare(b.name, 'id'),
      );
      return groupedBy(unitIds, rows, (r) => r.position?.orgUnitId ?? '');
    }),
    scorecard: new DataLoader(async (ids) =>
      byId(ids, await prisma.scorecard.findMany({ where: { id: { in: [...ids] } } })),
    ),
    scorecardByOwner: new DataLoader(async (keys) => {
      const found = new Map<string, Scorecard>();
      await Promise.all(
        [...byTail(keys)].map(async ([year, ownerKeys]) => {
          const rows = await prisma.scorecard.findMany({
            where: { ownerKey: { in: ownerKeys }, year: Number(year) },
          });
          for (const r of rows) found.set(`${r.ownerKey}|${r.year}`, r);
        }),
      );
      return keys.map((k) => found.get(k) ?? null);
    }),
    perspectivesByScorecard: new DataLoader(async (ids) => {
      const rows = await prisma.scorecardPerspective.findMany({ where: { scorecardId: { in: [...ids] } } });
      rows.sort(
        (a, b) => PERSPECTIVE_ORDER.indexOf(a.perspective) - PERSPECTIVE_ORDER.indexOf(b.perspective),
      );
      return groupedBy(ids, rows, (r) => r.scorecardId);
    }),
    objective: new DataLoader(async (ids) =>
      byId(
        ids,
        (
          await prisma.objective.findMany({ where: { id: { in: [...ids] } }, include: OBJECTIVE_INCLUDE })
        ).map(objectiveRow),
      ),
    ),
    objectivesByScorecard: new DataLoader(async (ids) => {
      const rows = (
        await prisma.objective.findMany({
          where: { scorecardId: { in: [...ids] } },
          include: OBJECTIVE_INCLUDE,
          orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        })
      ).map(objectiveRow);
      rows.sort(
        (a, b) => PERSPECTIVE_ORDER.indexOf(a.perspectiveKind) - PERSPECTIVE_ORDER.indexOf(b.perspectiveKind),
      );
      return groupedBy(ids, rows, (r) => r.scorecardId);
    }),
    linksByScorecard: new DataLoader(async (ids) => {
      const rows = await prisma.objectiveLink.findMany({
        where: { from: { scorecardId: { in: [...ids] } } },
        include: { from: { select: { scorecardId: true } }, to: { select: { scorecardId: true } } },
        orderBy: { id: 'asc' },
      });
      // An arrow into another owner's scorecard is not part of this strategy map.
      const inside = rows.filter((r) => r.from.scorecardId === r.to.scorecardId);
      return groupedBy(ids, inside, (r) => r.from.scorecardId).map((group) =>
        group.map(({ from: _from, to: _to, ...link }) => link),
      );
    }),
    indicator: new DataLoader(async (ids) =>
      byId(ids, await prisma.indicator.findMany({ where: { id: { in: [...ids] } } })),
    ),
    indicatorsByObjective: new DataLoader(async (ids) => {
      const rows = await prisma.indicator.findMany({
        where: { objectiveId: { in: [...ids] } },
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      });
      return groupedBy(ids, rows, (r) => r.objectiveId);
    }),
    indicatorChildren: new DataLoader(async (ids) => {
      const rows = await prisma.indicator.findMany({
        where: { parentIndicatorId: { in: [...ids] } },
        orderBy: [{ code: 'asc' }, { id: 'asc' }],
      });
      return groupedBy(ids, rows, (r) => r.parentIndicatorId ?? '');
    }),
    indicatorYear: new DataLoader(async (keys) => {
      const found = new Map<string, IndicatorYearRows>();
      await Promise.all(
        [...byTail(keys)].map(async ([year, indicatorIds]) => {
          const where = { indicatorId: { in: indicatorIds }, year: Number(year) };
          const [targets, measurements] = await Promise.all([
            prisma.target.findMany({ where, orderBy: { month: 'asc' } }),
            prisma.measurement.findMany({ where, orderBy: { month: 'asc' } }),
          ]);
          const targetGroups = groupedBy(indicatorIds, targets, (t) => t.indicatorId);
          const measurementGroups = groupedBy(indicatorIds, measurements, (m) => m.indicatorId);
          indicatorIds.forEach((id, i) =>
            found.set(`${id}|${year}`, {
              targets: targetGroups[i] ?? [],
              measurements: measurementGroups[i] ?? [],
            }),
          );
        }),
      );
      return keys.map((k) => found.get(k) ?? { targets: [], measurements: [] });
    }),
    evidenceByMeasurement: new DataLoader(async (ids) => {
      const rows = await prisma.evidence.findMany({
        where: { measurementId: { in: [...ids] } },
        include: WITH_FILE_DESCRIPTION,
        orderBy: { addedAt: 'asc' },
      });
      return groupedBy(ids, rows, (r) => r.measurementId ?? '');
    }),
    evidenceByBudgetMonth: new DataLoader(async (ids) => {
      const rows = await prisma.evidence.findMany({
        where: { budgetMonthId: { in: [...ids] } },
        include: WITH_FILE_DESCRIPTION,
        orderBy: { addedAt: 'asc' },
      });
      return groupedBy(ids, rows, (r) => r.budgetMonthId ?? '');
    }),
    revisionsByMeasurement: new DataLoader(async (ids) => {
      const rows = await prisma.measurementRevision.findMany({
        where: { measurementId: { in: [...ids] } },
        include: { changedBy: { select: { displayName: true } } },
        orderBy: { version: 'desc' },
      });
      return groupedBy(ids, rows, (r) => r.measurementId);
    }),
    programsByUnit: new DataLoader(async (keys) => {
      const found = new Map<string, Program[]>();
      await Promise.all(
        [...byTail(keys)].map(async ([year, unitIds]) => {
          const rows = await prisma.program.findMany({
            where: { orgUnitId: { in: unitIds }, year: Number(year) },
            orderBy: { code: 'asc' },
          });
          const groups = groupedBy(unitIds, rows, (r) => r.orgUnitId);
          unitIds.forEach((id, i) => found.set(`${id}|${year}`, groups[i] ?? []));
        }),
      );
      return keys.map((k) => found.get(k) ?? []);
    }),
    program: new DataLoader(async (ids) =>
      byId(ids, await prisma.program.findMany({ where: { id: { in: [...ids] } } })),
    ),
    activitiesByProgram: new DataLoader(async (ids) => {
      const rows = await prisma.activity.findMany({
        where: { programId: { in: [...ids] } },
        orderBy: { code: 'asc' },
      });
      return groupedBy(ids, rows, (r) => r.programId);
    }),
    subActivitiesByActivity: new DataLoader(async (ids) => {
      const rows = await prisma.subActivity.findMany({
        where: { activityId: { in: [...ids] } },
        orderBy: { code: 'asc' },
        include: WITH_YEAR,
      });
      return groupedBy(ids, rows.map(withYear), (r) => r.activityId);
    }),
    subActivity: new DataLoader(async (ids) =>
      byId(
        ids,
        (await prisma.subActivity.findMany({ where: { id: { in: [...ids] } }, include: WITH_YEAR })).map(
          withYear,
        ),
      ),
    ),
    budgetMonthsBySubActivity: new DataLoader(async (ids) => {
      const rows = await prisma.budgetMonth.findMany({
        where: { subActivityId: { in: [...ids] } },
        orderBy: { month: 'asc' },
      });
      return groupedBy(ids, rows, (r) => r.subActivityId);
    }),
  };
}

export const drilldownLoaders = perRequest(createDrilldownLoaders);
