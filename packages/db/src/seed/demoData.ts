// Builds the demo province (and optionally its kabupaten/kota) as plain rows, deterministic for
// a given seed and "now", so the insert step can write everything in one transaction.
import type { Prisma } from '../generated/prisma/client';
import type { Perspective } from '../generated/prisma/enums';
import {
  COMMON_OPD_INDICATORS,
  DEGREES,
  DIVISION_SECTIONS,
  FAMILY_NAMES,
  GENERIC_DIVISIONS,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  OPDS,
  PERSPECTIVE_WEIGHTS,
  PROVINCE,
  PROVINCE_OBJECTIVES,
  REGENCIES,
  REGENCY_OPDS,
  SECRETARIAT_SECTIONS,
  type IndicatorSpec,
  type OpdSpec,
} from './reference';
import { SeededRandom } from './random';
import { reportingMonths } from '@ekinerja/scoring';
import { sCurve, wita, witaDate } from './calendar';

export interface DemoRows {
  tenants: Prisma.TenantCreateManyInput[];
  tenantSettings: Prisma.TenantSettingsCreateManyInput[];
  orgUnits: Prisma.OrgUnitCreateManyInput[];
  positions: Prisma.PositionCreateManyInput[];
  officials: Prisma.OfficialCreateManyInput[];
  plans: Prisma.PlanCreateManyInput[];
  scorecards: Prisma.ScorecardCreateManyInput[];
  perspectives: Prisma.ScorecardPerspectiveCreateManyInput[];
  objectives: Prisma.ObjectiveCreateManyInput[];
  objectiveLinks: Prisma.ObjectiveLinkCreateManyInput[];
  indicators: Prisma.IndicatorCreateManyInput[];
  targets: Prisma.TargetCreateManyInput[];
  measurements: Prisma.MeasurementCreateManyInput[];
  programs: Prisma.ProgramCreateManyInput[];
  activities: Prisma.ActivityCreateManyInput[];
  subActivities: Prisma.SubActivityCreateManyInput[];
  budgetMonths: Prisma.BudgetMonthCreateManyInput[];
  issues: Prisma.IssueCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
}

export interface BuiltTenant {
  tenantId: string;
  code: string;
  /** OPD unit id by short name, for demo accounts. */
  opdIds: Map<string, string>;
  /** Indicator ids under each OPD (its own, its units' and officials'), for operator assignment. */
  indicatorsByOpd: Map<string, string[]>;
  subActivitiesByOpd: Map<string, string[]>;
  /** Official id of the head (JPT) and of the data operator of each OPD. */
  headOfficialByOpd: Map<string, string>;
  operatorOfficialByOpd: Map<string, string>;
  /** OPD units whose performance is poor in the demo, for issues and directives. */
  weakOpdIds: string[];
  /** Red indicators (id, name, OPD unit id), for issues and directives. */
  redIndicators: { id: string; name: string; opdId: string }[];
}

export function emptyRows(): DemoRows {
  return {
    tenants: [],
    tenantSettings: [],
    orgUnits: [],
    positions: [],
    officials: [],
    plans: [],
    scorecards: [],
    perspectives: [],
    objectives: [],
    objectiveLinks: [],
    indicators: [],
    targets: [],
    measurements: [],
    programs: [],
    activities: [],
    subActivities: [],
    budgetMonths: [],
    issues: [],
    followUps: [],
  };
}

const PERSPECTIVES: Perspective[] = ['STAKEHOLDER', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH'];

interface TenantSpec {
  code: string;
  name: string;
  shortName: string;
  kind: 'PROVINCE' | 'REGENCY' | 'CITY';
  capital: string;
  parentId: string | null;
  opds: OpdSpec[];
}

interface ScorecardHandle {
  id: string;
  perspectiveIds: Record<Perspective, string>;
}

/** Generates the rows of one tenant; `now` fixes the reporting period. */
export class DemoBuilder {
  readonly rows = emptyRows();
  private rng: SeededRandom;
  private readonly year: number;
  /** Last month whose reporting deadline has started (the month before the current one). */
  private readonly lastClosedMonth: number;
  private readonly currentMonth: number;
  private readonly usedNips = new Set<string>();
  private nipSequence = 1;
  /** Province indicator ids by IKU code, to cascade OPD indicators from. */
  private readonly provinceIndicators = new Map<string, string>();
  private readonly provinceObjectives = new Map<string, string>();

  constructor(
    private readonly seed: number,
    private readonly now: Date,
  ) {
    this.rng = new SeededRandom(seed);
    const local = wita(now);
    this.year = local.year;
    this.currentMonth = local.month;
    this.lastClosedMonth = local.month - 1;
  }

  get reportingYear(): number {
    return this.year;
  }

  province(): BuiltTenant {
    return this.tenant(
      { ...PROVINCE, kind: 'PROVINCE', parentId: null, opds: OPDS },
      PROVINCE_OBJECTIVES.map((o) => o.code),
    );
  }

  regencies(provinceId: string, skipCodes: Set<string>): BuiltTenant[] {
    return REGENCIES.filter((r) => !skipCodes.has(r.code)).map((r) =>
      this.tenant({ ...r, parentId: provinceId, opds: REGENCY_OPDS }, ['S1', 'S2', 'C1', 'P1']),
    );
  }

  private tenant(spec: TenantSpec, objectiveCodes: string[]): BuiltTenant {
    // One stream per tenant: a tenant's rows (and ids) do not depend on which others are built
    // in the same run, so seeding the regencies later cannot collide with the province.
    this.rng = new SeededRandom(this.seed ^ (Number(spec.code) * 7919));
    const tenantId = this.rng.uuid();
    const isProvince = spec.kind === 'PROVINCE';
    this.rows.tenants.push({
      id: tenantId,
      code: spec.code,
      name: spec.name,
      shortName: spec.shortName,
      kind: spec.kind,
      parentId: spec.parentId,
      capital: spec.capital,
    });
    this.rows.tenantSettings.push({ tenantId });
    const planId = this.rng.uuid();
    this.rows.plans.push({
      id: planId,
      tenantId,
      kind: 'RPJMD',
      name: `RPJMD ${spec.shortName} 2025–2029`,
      startYear: 2025,
      endYear: 2029,
      vision: isProvince
        ? 'NTB Gemilang: Membangun NTB yang Gemilang'
        : `${spec.shortName} yang Maju, Sejahtera dan Berdaya Saing`,
      missions: [
        'Mewujudkan masyarakat yang aman dan berkah',
        'Mewujudkan daerah yang tangguh dan mantap infrastrukturnya',
        'Mewujudkan birokrasi yang bersih dan melayani',
        'Mewujudkan masyarakat yang sehat dan cerdas',
        'Mewujudkan masyarakat yang sejahtera dan mandiri',
        'Mewujudkan lingkungan yang asri dan lestari',
      ],
    });

    // The tenant's own scorecard: the RPJMD IKU.
    const tenantPerf = isProvince ? 0.97 : this.rng.float(0.82, 1.05);
    const card = this.scorecard(
      tenantId,
      planId,
      { ownerKind: 'TENANT', ownerKey: `TENANT:${tenantId}` },
      `IKU ${spec.shortName} ${this.year}`,
    );
    const localObjectives = new Map<string, string>();
    PROVINCE_OBJECTIVES.filter((o) => objectiveCodes.includes(o.code)).forEach((objective, index) => {
      const objectiveId = this.objective(
        tenantId,
        card,
        objective.perspective,
        objective.code,
        objective.name,
        objective.weight,
        index,
        null,
      );
      localObjectives.set(objective.code, objectiveId);
      if (isProvince) this.provinceObjectives.set(objective.code, objectiveId);
      objective.indicators.forEach((ind, i) => {
        const id = this.indicator(tenantId, objectiveId, null, null, ind.code, ind, i, tenantPerf, null);
        if (isProvince) this.provinceIndicators.set(ind.code, id);
      });
    });
    // Strategy map: growth drives process, process drives service, service drives outcomes.
    const link = (from: string, to: string) => {
      const fromId = localObjectives.get(from);
      const toId = localObjectives.get(to);
      if (fromId && toId)
        this.rows.objectiveLinks.push({ id: this.rng.uuid(), fromObjectiveId: fromId, toObjectiveId: toId });
    };
    link('L1', 'P1');
    link('P1', 'C1');
    link('C1', 'S1');
    link('C1', 'S2');

    const built: BuiltTenant = {
      tenantId,
      code: spec.code,
      opdIds: new Map(),
      indicatorsByOpd: new Map(),
      subActivitiesByOpd: new Map(),
      headOfficialByOpd: new Map(),
      operatorOfficialByOpd: new Map(),
      weakOpdIds: [],
      redIndicators: [],
    };

    // A few OPDs lag behind, so the demo has red on the wall.
    const weakShortNames = new Set(
      isProvince ? ['PUPR', 'Perkim', 'Dishub', 'ESDM'] : [this.rng.pick(spec.opds).shortName],
    );
    spec.opds.forEach((opd, index) => {
      const performance = weakShortNames.has(opd.shortName)
        ? this.rng.float(0.68, 0.8)
        : this.rng.float(0.9, 1.1);
      this.opd(tenantId, spec, opd, index, performance, built);
    });
    return built;
  }

  private opd(
    tenantId: string,
    tenant: TenantSpec,
    opd: OpdSpec,
    index: number,
    performance: number,
    built: BuiltTenant,
  ) {
    const opdId = this.rng.uuid();
    const indicatorIds: string[] = [];
    const red = { built, opdId };
    built.opdIds.set(opd.shortName, opdId);
    built.indicatorsByOpd.set(opd.shortName, indicatorIds);
    if (performance < 0.85) built.weakOpdIds.push(opdId);
    const opdAncestors = [tenantId, opdId];
    this.rows.orgUnits.push({
      id: opdId,
      tenantId,
      parentId: null,
      kind: 'OPD',
      code: opd.code,
      name: opd.name,
      shortName: opd.shortName,
      sortOrder: index,
      ancestorIds: opdAncestors,
    });
    const head = this.staff(tenantId, opdId, `Kepala ${opd.name}`, 'JPT', null);
    built.headOfficialByOpd.set(opd.shortName, head.officialId);
    // The Perjanjian Kinerja is drafted and signed in the app now, not seeded; the id it drew
    // stays drawn so every later value of the demo stays as it was.
    this.rng.uuid();

    // OPD scorecard: its outcome objective plus the common customer/process/growth ones.
    const card = this.scorecard(
      tenantId,
      null,
      { ownerKind: 'ORG_UNIT', ownerKey: `ORG_UNIT:${opdId}`, orgUnitId: opdId },
      `Kinerja ${opd.shortName} ${this.year}`,
    );
    const outcomeName = opd.objective ?? `Meningkatnya kinerja penyelenggaraan urusan ${opd.shortName}`;
    const parentObjective =
      opd.cascadesFrom && tenant.kind === 'PROVINCE'
        ? (this.provinceObjectives.get(opd.cascadesFrom) ?? null)
        : null;
    const outcomeId = this.objective(
      tenantId,
      card,
      'STAKEHOLDER',
      'SS-1',
      outcomeName,
      2,
      0,
      parentObjective,
    );
    const outcomeIndicators: IndicatorSpec[] = opd.indicators ?? [
      {
        name: `Persentase capaian sasaran program ${opd.shortName}`,
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 100,
      },
    ];
    outcomeIndicators.forEach((spec, i) => {
      const parent =
        spec.cascadesFrom && tenant.kind === 'PROVINCE'
          ? (this.provinceIndicators.get(spec.cascadesFrom) ?? null)
          : null;
      indicatorIds.push(
        this.indicator(
          tenantId,
          outcomeId,
          opdId,
          head.officialId,
          `IKU-${i + 1}`,
          spec,
          i,
          performance,
          parent,
          red,
        ),
      );
    });
    const commonObjectiveIds: string[] = [outcomeId];
    COMMON_OPD_INDICATORS.forEach((group, g) => {
      const objectiveId = this.objective(
        tenantId,
        card,
        group.perspective,
        `SS-${g + 2}`,
        group.objective,
        1,
        g + 1,
        null,
      );
      commonObjectiveIds.push(objectiveId);
      group.indicators.forEach((spec, i) => {
        const parent =
          spec.cascadesFrom && tenant.kind === 'PROVINCE'
            ? (this.provinceIndicators.get(spec.cascadesFrom) ?? null)
            : null;
        indicatorIds.push(
          this.indicator(
            tenantId,
            objectiveId,
            opdId,
            head.officialId,
            `IK-${g + 2}.${i + 1}`,
            spec,
            i,
            performance,
            parent,
            red,
          ),
        );
      });
    });
    // Growth → process → customer → outcome.
    for (let i = commonObjectiveIds.length - 1; i > 0; i--) {
      this.rows.objectiveLinks.push({
        id: this.rng.uuid(),
        fromObjectiveId: commonObjectiveIds[i] as string,
        toObjectiveId: commonObjectiveIds[i - 1] as string,
      });
    }

    // Sekretariat and bidang, each with two seksi/subbagian.
    const divisions = ['Sekretariat', ...(opd.divisions ?? GENERIC_DIVISIONS)];
    let operatorOfficial: string | undefined;
    divisions.forEach((divisionName, d) => {
      const divisionId = this.rng.uuid();
      const divisionAncestors = [...opdAncestors, divisionId];
      this.rows.orgUnits.push({
        id: divisionId,
        tenantId,
        parentId: opdId,
        kind: 'DIVISION',
        code: `${opd.code}.${d + 1}`,
        name: divisionName,
        shortName: divisionName.replace(/^Bidang /, ''),
        sortOrder: d,
        ancestorIds: divisionAncestors,
      });
      const divisionHead = this.staff(
        tenantId,
        divisionId,
        d === 0 ? 'Sekretaris' : `Kepala ${divisionName}`,
        'ADMINISTRATOR',
        head.positionId,
      );
      const divPerf = performance * this.rng.float(0.95, 1.05);
      const divCard = this.scorecard(
        tenantId,
        null,
        { ownerKind: 'ORG_UNIT', ownerKey: `ORG_UNIT:${divisionId}`, orgUnitId: divisionId },
        `Kinerja ${divisionName} ${this.year}`,
      );
      const divOutcome = this.objective(
        tenantId,
        divCard,
        'STAKEHOLDER',
        'SS-1',
        `Tercapainya sasaran ${divisionName}`,
        2,
        0,
        outcomeId,
      );
      const divProcess = this.objective(
        tenantId,
        divCard,
        'INTERNAL_PROCESS',
        'SS-2',
        `Terlaksananya kegiatan ${divisionName} sesuai rencana`,
        1,
        1,
        commonObjectiveIds[2] ?? null,
      );
      const divGrowth = this.objective(
        tenantId,
        divCard,
        'LEARNING_GROWTH',
        'SS-3',
        `Tertibnya pelaporan kinerja ${divisionName}`,
        1,
        2,
        null,
      );
      this.rows.objectiveLinks.push({
        id: this.rng.uuid(),
        fromObjectiveId: divGrowth,
        toObjectiveId: divProcess,
      });
      this.rows.objectiveLinks.push({
        id: this.rng.uuid(),
        fromObjectiveId: divProcess,
        toObjectiveId: divOutcome,
      });
      indicatorIds.push(
        this.indicator(
          tenantId,
          divOutcome,
          divisionId,
          divisionHead.officialId,
          'IK-1',
          {
            name: `Persentase capaian output ${divisionName}`,
            unit: '%',
            polarity: 'MAXIMIZE',
            aggregation: 'LAST',
            frequency: 'QUARTERLY',
            target: 100,
          },
          0,
          divPerf,
          null,
          red,
        ),
        this.indicator(
          tenantId,
          divProcess,
          divisionId,
          divisionHead.officialId,
          'IK-2',
          {
            name: `Persentase realisasi fisik kegiatan ${divisionName}`,
            unit: '%',
            polarity: 'MAXIMIZE',
            aggregation: 'LAST',
            frequency: 'MONTHLY',
            target: 100,
          },
          0,
          divPerf,
          null,
          red,
        ),
        this.indicator(
          tenantId,
          divGrowth,
          divisionId,
          divisionHead.officialId,
          'IK-3',
          {
            name: 'Persentase laporan kinerja bulanan tepat waktu',
            unit: '%',
            polarity: 'MAXIMIZE',
            aggregation: 'AVERAGE',
            frequency: 'MONTHLY',
            target: 100,
          },
          0,
          divPerf,
          null,
          red,
        ),
      );

      const sectionNames = d === 0 ? SECRETARIAT_SECTIONS : DIVISION_SECTIONS;
      sectionNames.forEach((sectionName, s) => {
        const sectionId = this.rng.uuid();
        const sectionAncestors = [...divisionAncestors, sectionId];
        const fullName = d === 0 ? sectionName : `${sectionName} ${divisionName.replace(/^Bidang /, '')}`;
        this.rows.orgUnits.push({
          id: sectionId,
          tenantId,
          parentId: divisionId,
          kind: 'SECTION',
          code: `${opd.code}.${d + 1}.${s + 1}`,
          name: fullName,
          shortName: sectionName.replace(/^(Seksi|Subbagian) /, ''),
          sortOrder: s,
          ancestorIds: sectionAncestors,
        });
        const sectionHead = this.staff(
          tenantId,
          sectionId,
          `Kepala ${fullName}`,
          'SUPERVISOR',
          divisionHead.positionId,
        );
        if (d === 0 && s === 0) {
          operatorOfficial = this.staff(
            tenantId,
            sectionId,
            'Analis Kinerja',
            'STAFF',
            sectionHead.positionId,
          ).officialId;
        }
        const secPerf = divPerf * this.rng.float(0.95, 1.05);
        const secCard = this.scorecard(
          tenantId,
          null,
          { ownerKind: 'ORG_UNIT', ownerKey: `ORG_UNIT:${sectionId}`, orgUnitId: sectionId },
          `Kinerja ${fullName} ${this.year}`,
        );
        const secProcess = this.objective(
          tenantId,
          secCard,
          'INTERNAL_PROCESS',
          'SS-1',
          `Terlaksananya sub-kegiatan ${fullName}`,
          1,
          0,
          divProcess,
        );
        const secService = this.objective(
          tenantId,
          secCard,
          'CUSTOMER',
          'SS-2',
          `Terselesaikannya layanan ${fullName} sesuai SOP`,
          1,
          1,
          divOutcome,
        );
        this.rows.objectiveLinks.push({
          id: this.rng.uuid(),
          fromObjectiveId: secProcess,
          toObjectiveId: secService,
        });
        const secPhysical = this.indicator(
          tenantId,
          secProcess,
          sectionId,
          sectionHead.officialId,
          'IK-1',
          {
            name: 'Persentase realisasi fisik sub-kegiatan',
            unit: '%',
            polarity: 'MAXIMIZE',
            aggregation: 'LAST',
            frequency: 'MONTHLY',
            target: 100,
          },
          0,
          secPerf,
          null,
          red,
        );
        const secSop = this.indicator(
          tenantId,
          secService,
          sectionId,
          sectionHead.officialId,
          'IK-2',
          {
            name: 'Persentase layanan diselesaikan sesuai SOP',
            unit: '%',
            polarity: 'MAXIMIZE',
            aggregation: 'AVERAGE',
            frequency: 'MONTHLY',
            target: 90,
          },
          0,
          secPerf,
          null,
          red,
        );
        indicatorIds.push(secPhysical, secSop);

        // The section head's individual scorecard cascades from the section's.
        const offCard = this.scorecard(
          tenantId,
          null,
          {
            ownerKind: 'OFFICIAL',
            ownerKey: `OFFICIAL:${sectionHead.officialId}`,
            orgUnitId: sectionId,
            officialId: sectionHead.officialId,
          },
          `Sasaran Kinerja Pegawai ${this.year}`,
        );
        const offProcess = this.objective(
          tenantId,
          offCard,
          'INTERNAL_PROCESS',
          'SKP-1',
          'Terlaksananya rencana hasil kerja sesuai target',
          1,
          0,
          secProcess,
        );
        const offService = this.objective(
          tenantId,
          offCard,
          'CUSTOMER',
          'SKP-2',
          'Terlayaninya pengguna layanan unit kerja',
          1,
          1,
          secService,
        );
        const offPerf = secPerf * this.rng.float(0.96, 1.04);
        indicatorIds.push(
          this.indicator(
            tenantId,
            offProcess,
            sectionId,
            sectionHead.officialId,
            'RHK-1',
            {
              name: 'Persentase rencana hasil kerja yang tercapai',
              unit: '%',
              polarity: 'MAXIMIZE',
              aggregation: 'LAST',
              frequency: 'MONTHLY',
              target: 100,
            },
            0,
            offPerf,
            secPhysical,
            red,
          ),
          this.indicator(
            tenantId,
            offService,
            sectionId,
            sectionHead.officialId,
            'RHK-2',
            {
              name: 'Jumlah layanan yang diselesaikan',
              unit: 'layanan',
              polarity: 'MAXIMIZE',
              aggregation: 'SUM',
              frequency: 'MONTHLY',
              target: 240,
            },
            0,
            offPerf,
            secSop,
            red,
          ),
        );
      });
    });
    if (operatorOfficial) built.operatorOfficialByOpd.set(opd.shortName, operatorOfficial);
    built.subActivitiesByOpd.set(
      opd.shortName,
      this.budget(tenantId, opd, opdId, head.officialId, performance),
    );
  }

  private scorecard(
    tenantId: string,
    planId: string | null,
    owner: Pick<Prisma.ScorecardCreateManyInput, 'ownerKind' | 'ownerKey' | 'orgUnitId' | 'officialId'>,
    name: string,
  ): ScorecardHandle {
    const id = this.rng.uuid();
    this.rows.scorecards.push({ id, tenantId, planId, year: this.year, name, ...owner });
    const perspectiveIds = {} as Record<Perspective, string>;
    for (const perspective of PERSPECTIVES) {
      const perspectiveId = this.rng.uuid();
      perspectiveIds[perspective] = perspectiveId;
      this.rows.perspectives.push({
        id: perspectiveId,
        scorecardId: id,
        perspective,
        weight: PERSPECTIVE_WEIGHTS[perspective],
      });
    }
    return { id, perspectiveIds };
  }

  private objective(
    tenantId: string,
    card: ScorecardHandle,
    perspective: Perspective,
    code: string,
    name: string,
    weight: number,
    sortOrder: number,
    parentObjectiveId: string | null,
  ): string {
    const id = this.rng.uuid();
    this.rows.objectives.push({
      id,
      tenantId,
      scorecardId: card.id,
      perspectiveId: card.perspectiveIds[perspective],
      parentObjectiveId,
      code,
      name,
      weight,
      sortOrder,
    });
    return id;
  }

  private indicator(
    tenantId: string,
    objectiveId: string,
    orgUnitId: string | null,
    picOfficialId: string | null,
    code: string,
    spec: IndicatorSpec,
    sortOrder: number,
    performance: number,
    parentIndicatorId: string | null,
    red?: { built: BuiltTenant; opdId: string },
  ): string {
    const id = this.rng.uuid();
    this.rows.indicators.push({
      id,
      tenantId,
      objectiveId,
      orgUnitId,
      picOfficialId,
      parentIndicatorId,
      code,
      name: spec.name,
      unit: spec.unit,
      polarity: spec.polarity,
      aggregation: spec.aggregation,
      frequency: spec.frequency,
      weight: spec.weight ?? 1,
      sortOrder,
    });
    const months = reportingMonths(spec.frequency);
    const cumulative =
      spec.aggregation === 'LAST' &&
      spec.unit === '%' &&
      /realisasi fisik|penyerapan|rencana hasil kerja/i.test(spec.name);
    const indicatorPerf = performance * this.rng.float(0.94, 1.06);
    let lastAchievementRatio = 1;
    for (const month of months) {
      const target = this.targetFor(spec, month, months.length, cumulative);
      this.rows.targets.push({ id: this.rng.uuid(), indicatorId: id, year: this.year, ...target });
      if (month > this.currentMonth) continue;
      const value = this.realisationFor(spec, target, indicatorPerf * this.rng.float(0.96, 1.04));
      lastAchievementRatio = target.value ? value / target.value : 1;
      this.measurement(tenantId, id, month, value);
    }
    const firstDue = months[0] ?? 12;
    if (red && spec.polarity !== 'STABILIZE' && firstDue <= this.lastClosedMonth) {
      const isRed = spec.polarity === 'MAXIMIZE' ? lastAchievementRatio < 0.8 : lastAchievementRatio > 1.2;
      if (isRed) red.built.redIndicators.push({ id, name: spec.name, opdId: red.opdId });
    }
    return id;
  }

  private targetFor(
    spec: IndicatorSpec,
    month: number,
    dueCount: number,
    cumulative: boolean,
  ): { month: number; value?: number; low?: number; high?: number } {
    if (Array.isArray(spec.target)) return { month, low: spec.target[0], high: spec.target[1] };
    if (spec.aggregation === 'SUM')
      return { month, value: round(spec.target / dueCount, spec.target / dueCount >= 100 ? 0 : 2) };
    if (cumulative) return { month, value: round(spec.target * sCurve(month), 2) };
    return { month, value: spec.target };
  }

  private realisationFor(
    spec: IndicatorSpec,
    target: { value?: number; low?: number; high?: number },
    performance: number,
  ): number {
    if (spec.polarity === 'STABILIZE') {
      const low = target.low ?? 0;
      const high = target.high ?? 0;
      const middle = (low + high) / 2;
      // Good performers stay inside the band; weak ones drift above it.
      return round(
        performance >= 0.9
          ? middle + (high - middle) * this.rng.float(-0.9, 0.9)
          : high + middle * (1 - performance) * 0.8,
        2,
      );
    }
    const t = target.value ?? 0;
    const value = spec.polarity === 'MAXIMIZE' ? t * performance : t * Math.max(0, 2 - performance);
    const decimals = Math.abs(t) >= 1000 ? 0 : 2;
    return round(spec.unit === '%' ? Math.min(value, 100) : value, decimals);
  }

  private measurement(tenantId: string, indicatorId: string, month: number, value: number) {
    const r = this.rng.next();
    const isLastClosed = month === this.lastClosedMonth;
    const isCurrent = month === this.currentMonth;
    if (isCurrent && r > 0.2) return; // most of this month is not entered yet
    if (isLastClosed && r > 0.88) return; // some reports are missing, hence late
    const status = isCurrent
      ? 'DRAFT'
      : isLastClosed
        ? r < 0.58
          ? 'VERIFIED'
          : r < 0.78
            ? 'SUBMITTED'
            : 'DRAFT'
        : r < 0.97
          ? 'VERIFIED'
          : 'SUBMITTED';
    // Reports are due on the 10th of the next month (WITA); most arrive on time.
    const late = this.rng.chance(0.12);
    const nextMonth = month === 12 ? { y: this.year + 1, m: 1 } : { y: this.year, m: month + 1 };
    const day = late ? this.rng.int(11, 20) : this.rng.int(3, 9);
    const clamp = (d: Date) =>
      d > this.now ? new Date(this.now.getTime() - this.rng.int(1, 48) * 3_600_000) : d;
    const enteredAt = clamp(
      isCurrent
        ? witaDate(this.year, month, Math.max(1, wita(this.now).day - 1), 9)
        : witaDate(nextMonth.y, nextMonth.m, Math.max(1, day - 2), this.rng.int(8, 15)),
    );
    const submittedAt =
      status === 'DRAFT' ? null : clamp(new Date(enteredAt.getTime() + this.rng.int(1, 20) * 3_600_000));
    const verifiedAt =
      status === 'VERIFIED' && submittedAt
        ? clamp(witaDate(nextMonth.y, nextMonth.m, day, this.rng.int(9, 16)))
        : null;
    this.rows.measurements.push({
      id: this.rng.uuid(),
      tenantId,
      indicatorId,
      year: this.year,
      month,
      value,
      status,
      version: 1,
      enteredAt,
      submittedAt,
      verifiedAt: verifiedAt && submittedAt && verifiedAt < submittedAt ? submittedAt : verifiedAt,
    });
  }

  private staff(
    tenantId: string,
    orgUnitId: string,
    title: string,
    level: 'JPT' | 'ADMINISTRATOR' | 'SUPERVISOR' | 'STAFF',
    parentPositionId: string | null,
  ) {
    const positionId = this.rng.uuid();
    const officialId = this.rng.uuid();
    this.rows.positions.push({ id: positionId, tenantId, orgUnitId, title, level, parentPositionId });
    const female = this.rng.chance(0.45);
    const given = this.rng.pick(female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
    const middle = this.rng.pick(female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
    const family = this.rng.pick(FAMILY_NAMES);
    const degree =
      level === 'STAFF'
        ? this.rng.pick(DEGREES.slice(0, 8))
        : `${this.rng.pick(DEGREES.slice(0, 8))}, ${this.rng.pick(DEGREES.slice(8))}`;
    const name = `${given}${middle !== given ? ` ${middle}` : ''} ${family}, ${degree}`;
    this.rows.officials.push({ id: officialId, tenantId, nip: this.nip(level, female), name, positionId });
    return { positionId, officialId, name };
  }

  /** NIP: birth date (8), appointment year-month (6), sex (1), sequence (3). */
  private nip(level: string, female: boolean): string {
    for (;;) {
      const age =
        level === 'JPT'
          ? this.rng.int(48, 58)
          : level === 'STAFF'
            ? this.rng.int(26, 40)
            : this.rng.int(36, 54);
      const birthYear = this.year - age;
      const birth = `${birthYear}${pad(this.rng.int(1, 12))}${pad(this.rng.int(1, 28))}`;
      const appointed = `${birthYear + this.rng.int(23, 28)}${pad(this.rng.int(1, 12))}`;
      const nip = `${birth}${appointed}${female ? 2 : 1}${String(this.nipSequence++ % 1000).padStart(3, '0')}`;
      if (!this.usedNips.has(nip)) {
        this.usedNips.add(nip);
        return nip;
      }
    }
  }

  /** Two programs of two kegiatan of two sub-kegiatan each, with monthly plans and realisation. */
  private budget(
    tenantId: string,
    opd: OpdSpec,
    opdId: string,
    picOfficialId: string,
    performance: number,
  ): string[] {
    const ids: string[] = [];
    const programs = [
      {
        name: 'Program Penunjang Urusan Pemerintahan Daerah Provinsi',
        share: 0.25,
        activities: ['Administrasi Keuangan Perangkat Daerah', 'Administrasi Umum Perangkat Daerah'],
      },
      {
        name: opd.program ?? `Program Peningkatan Kinerja Urusan ${opd.shortName}`,
        share: 0.75,
        activities: ['Penyelenggaraan Layanan Urusan', 'Pembinaan dan Pengawasan Urusan'],
      },
    ];
    const spendFactor = Math.min(1.05, performance * this.rng.float(0.9, 1.05));
    programs.forEach((program, p) => {
      const programId = this.rng.uuid();
      this.rows.programs.push({
        id: programId,
        tenantId,
        orgUnitId: opdId,
        year: this.year,
        code: `${opd.code}.${p + 1}`,
        name: program.name,
        picOfficialId,
      });
      program.activities.forEach((activityName, a) => {
        const activityId = this.rng.uuid();
        this.rows.activities.push({
          id: activityId,
          programId,
          code: `${opd.code}.${p + 1}.${a + 1}`,
          name: activityName,
          picOfficialId,
        });
        for (let s = 0; s < 2; s++) {
          const subId = this.rng.uuid();
          ids.push(subId);
          const pagu =
            Math.round((opd.budget * program.share * this.rng.float(0.35, 0.65)) / 2 / 1_000_000) * 1_000_000;
          this.rows.subActivities.push({
            id: subId,
            activityId,
            orgUnitId: opdId,
            code: `${opd.code}.${p + 1}.${a + 1}.${s + 1}`,
            name: `${s === 0 ? 'Penyediaan' : 'Pelaksanaan'} ${activityName}`,
            pagu: BigInt(pagu),
            picOfficialId,
          });
          let plannedSoFar = 0;
          for (let month = 1; month <= 12; month++) {
            const cumulativePlan = month === 12 ? pagu : Math.round((pagu * sCurve(month)) / 1000) * 1000;
            const plannedSpend = cumulativePlan - plannedSoFar;
            plannedSoFar = cumulativePlan;
            const plannedPhysical = round(Math.min(100, 100 * sCurve(month) * 1.05), 2);
            const reported = month <= this.lastClosedMonth;
            this.rows.budgetMonths.push({
              id: this.rng.uuid(),
              subActivityId: subId,
              month,
              plannedSpend: BigInt(plannedSpend),
              plannedPhysical,
              realisedSpend: reported
                ? BigInt(Math.round((plannedSpend * spendFactor * this.rng.float(0.9, 1.1)) / 1000) * 1000)
                : null,
              realisedPhysical: reported
                ? round(
                    Math.min(100, plannedPhysical * Math.min(1.05, performance * this.rng.float(0.95, 1.05))),
                    2,
                  )
                : null,
            });
          }
        }
      });
    });
    return ids;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export { REGENCIES };
