// The `bench` seed: a deterministic synthetic province at production scale (11 tenants, about
// 4.8 million rows) for load and latency benchmarks, bulk-inserted in one transaction.
import type { Pool, PoolClient } from 'pg';
import type { Aggregation, MeasurementStatus, Perspective, Polarity } from '../generated/prisma/enums';
import { SeededRandom } from './random';

export interface BenchCounts {
  tenants: number;
  tenantSettings: number;
  orgUnits: number;
  positions: number;
  officials: number;
  scorecards: number;
  scorecardPerspectives: number;
  objectives: number;
  indicators: number;
  targets: number;
  measurements: number;
  users: number;
  roleAssignments: number;
  indicatorOperators: number;
  elapsedMs: number;
}

/** Rows `ensureBenchPeople` inserted (0 for what was already there). */
export interface BenchPeopleCounts {
  users: number;
  roleAssignments: number;
  indicatorOperators: number;
}

const SEED = 0x52_2026;
const YEAR = 2026;
export const BENCH_PROVINCE_CODE = 'BENCH-52';
const REGENCY_COUNT = 10;
/** NTB has eight kabupaten and two kota; the bench mirrors that mix. */
const CITY_FROM = 9;
const OPDS_PER_TENANT = 40;
const SECTIONS_PER_DIVISION = 3;
const INDICATORS_PER_SCORECARD = 10;
/**
 * Rows per INSERT: large enough that per-statement overhead vanishes, small enough that one
 * statement's parameters stay a few megabytes.
 */
const BATCH_ROWS = 40_000;
/** Structural rows look as if set up at the start of the year (timestamps are UTC). */
const SET_UP_AT = `timestamp '${YEAR}-01-02 01:00:00'`;
const MINUTES_EPOCH = `timestamp '${YEAR}-01-01 00:00:00'`;

// ─── Names ─────────────────────────────────────────────────────────────────

const OPD_NAMES: readonly (readonly [name: string, shortName: string])[] = [
  ['Sekretariat Daerah', 'Setda'],
  ['Sekretariat DPRD', 'Setwan'],
  ['Inspektorat', 'Inspektorat'],
  ['Badan Perencanaan Pembangunan Daerah', 'Bappeda'],
  ['Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD'],
  ['Badan Pendapatan Daerah', 'Bapenda'],
  ['Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM'],
  ['Badan Penanggulangan Bencana Daerah', 'BPBD'],
  ['Badan Kesatuan Bangsa dan Politik', 'Bakesbangpol'],
  ['Badan Riset dan Inovasi Daerah', 'BRIDA'],
  ['Dinas Pendidikan', 'Dikbud'],
  ['Dinas Kesehatan', 'Dinkes'],
  ['Dinas Pekerjaan Umum dan Penataan Ruang', 'PUPR'],
  ['Dinas Perumahan dan Permukiman', 'Perkim'],
  ['Satuan Polisi Pamong Praja', 'Satpol PP'],
  ['Dinas Sosial', 'Dinsos'],
  ['Dinas Tenaga Kerja dan Transmigrasi', 'Disnakertrans'],
  ['Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'DP3A'],
  ['Dinas Ketahanan Pangan', 'DKP'],
  ['Dinas Lingkungan Hidup', 'DLH'],
  ['Dinas Kependudukan dan Pencatatan Sipil', 'Dukcapil'],
  ['Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD'],
  ['Dinas Perhubungan', 'Dishub'],
  ['Dinas Komunikasi, Informatika dan Statistik', 'Diskominfotik'],
  ['Dinas Koperasi dan Usaha Kecil Menengah', 'Diskop UKM'],
  ['Dinas Penanaman Modal dan PTSP', 'DPMPTSP'],
  ['Dinas Pemuda dan Olahraga', 'Dispora'],
  ['Dinas Kebudayaan', 'Disbud'],
  ['Dinas Perpustakaan dan Kearsipan', 'Dispusip'],
  ['Dinas Kelautan dan Perikanan', 'DKP Kelautan'],
  ['Dinas Pariwisata', 'Dispar'],
  ['Dinas Pertanian dan Perkebunan', 'Distanbun'],
  ['Dinas Peternakan dan Kesehatan Hewan', 'Disnakkeswan'],
  ['Dinas Energi dan Sumber Daya Mineral', 'ESDM'],
  ['Dinas Perdagangan', 'Disdag'],
  ['Dinas Perindustrian', 'Disperin'],
  ['Dinas Kehutanan', 'Dishut'],
  ['Dinas Pemadam Kebakaran', 'Damkar'],
  ['Rumah Sakit Umum Daerah', 'RSUD'],
  ['Dinas Pengendalian Penduduk dan Keluarga Berencana', 'DP2KB'],
];

const DIVISIONS: readonly (readonly [name: string, sections: readonly string[]])[] = [
  [
    'Sekretariat',
    ['Subbagian Umum dan Kepegawaian', 'Subbagian Keuangan', 'Subbagian Program dan Pelaporan'],
  ],
  ['Bidang Perencanaan dan Program', ['Seksi Perencanaan', 'Seksi Data dan Informasi', 'Seksi Evaluasi']],
  ['Bidang Pelayanan', ['Seksi Pelayanan Umum', 'Seksi Pelayanan Khusus', 'Seksi Pengaduan']],
  ['Bidang Pembinaan dan Pengembangan', ['Seksi Pembinaan', 'Seksi Pengembangan', 'Seksi Kemitraan']],
  ['Bidang Pengawasan dan Pengendalian', ['Seksi Pengawasan', 'Seksi Pengendalian', 'Seksi Penegakan']],
];

const NAME_HEADS = ['A', 'Ba', 'Da', 'Dwi', 'Fa', 'Ga', 'Ha', 'I', 'Ju', 'Ka', 'La', 'Ma', 'Na', 'Pu', 'Ra'];
const NAME_TAILS = ['di', 'ni', 'ra', 'sa', 'ti', 'wan', 'yah', 'na', 'to', 'ri', 'lia', 'man', 'dra', 'fi'];
const FAMILY_HEADS = ['Har', 'Ku', 'Lem', 'Mu', 'Nur', 'Prat', 'Sud', 'Suk', 'Wi', 'Ya', 'Sep', 'Jun'];
const FAMILY_TAILS = ['jadi', 'ono', 'ati', 'ama', 'yadi', 'sono', 'ardi', 'anto', 'wati', 'haeni'];
const DEGREES = ['S.E.', 'S.H.', 'S.Sos.', 'S.T.', 'S.Pd.', 'M.Si.', 'M.M.', 'M.Pd.'];

const PERSPECTIVES: readonly (readonly [perspective: Perspective, weight: number, objective: string])[] = [
  ['STAKEHOLDER', 30, 'Meningkatnya kualitas hasil pembangunan'],
  ['CUSTOMER', 20, 'Meningkatnya kepuasan masyarakat atas layanan'],
  ['INTERNAL_PROCESS', 30, 'Meningkatnya efektivitas proses layanan'],
  ['LEARNING_GROWTH', 20, 'Meningkatnya kapasitas aparatur dan tata kelola'],
];
/** Indicators per objective, in perspective order; heavier perspectives get more. */
const INDICATOR_SPREAD = [3, 2, 3, 2];

interface IndicatorTemplate {
  name: string;
  unit: string;
  aggregation: Aggregation;
  /** Range of the monthly target level (a per-month quantity for SUM). */
  level: readonly [number, number];
  integral?: boolean;
}

const MAXIMIZE_TEMPLATES: readonly IndicatorTemplate[] = [
  { name: 'Persentase capaian output kegiatan', unit: '%', aggregation: 'AVERAGE', level: [70, 95] },
  { name: 'Indeks kepuasan masyarakat', unit: 'indeks', aggregation: 'AVERAGE', level: [75, 90] },
  {
    name: 'Jumlah layanan yang diselesaikan',
    unit: 'layanan',
    aggregation: 'SUM',
    level: [20, 200],
    integral: true,
  },
  {
    name: 'Jumlah dokumen yang ditetapkan',
    unit: 'dokumen',
    aggregation: 'SUM',
    level: [1, 10],
    integral: true,
  },
  { name: 'Persentase ASN yang mengikuti pelatihan', unit: '%', aggregation: 'AVERAGE', level: [10, 40] },
  {
    name: 'Jumlah inovasi yang diterapkan',
    unit: 'inovasi',
    aggregation: 'SUM',
    level: [1, 5],
    integral: true,
  },
  { name: 'Persentase realisasi anggaran', unit: '%', aggregation: 'LAST', level: [60, 95] },
];
const MINIMIZE_TEMPLATES: readonly IndicatorTemplate[] = [
  { name: 'Rata-rata waktu penyelesaian layanan', unit: 'hari', aggregation: 'AVERAGE', level: [2, 14] },
  {
    name: 'Jumlah pengaduan yang belum ditindaklanjuti',
    unit: 'pengaduan',
    aggregation: 'SUM',
    level: [1, 20],
    integral: true,
  },
  {
    name: 'Persentase temuan audit yang belum ditindaklanjuti',
    unit: '%',
    aggregation: 'LAST',
    level: [5, 20],
  },
];
const STABILIZE_TEMPLATES: readonly IndicatorTemplate[] = [
  {
    name: 'Rasio belanja pegawai terhadap total belanja',
    unit: '%',
    aggregation: 'AVERAGE',
    level: [25, 35],
  },
  { name: 'Tingkat keterisian jabatan', unit: '%', aggregation: 'AVERAGE', level: [80, 95] },
];

// ─── Bulk insertion ────────────────────────────────────────────────────────

type Value = string | number | null;

interface TableSpec {
  table: string;
  /** Columns sent for every row, with their PostgreSQL type. */
  columns: readonly (readonly [name: string, type: string])[];
  /** Stored columns computed in SQL, from the sent ones (as `r."name"`) or constant. */
  computed?: readonly (readonly [name: string, sql: string])[];
  /** Sent columns that only feed `computed`. */
  helpers?: readonly string[];
}

const quoteIdent = (name: string) => `"${name}"`;

function arrayLiteral(values: readonly Value[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    parts[i] =
      v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  }
  return `{${parts.join(',')}}`;
}

/** Rows of one table, buffered column by column and sent as one `INSERT … SELECT FROM unnest(…)`. */
class BulkTable {
  readonly sql: string;
  private buffer: Value[][];
  inserted = 0;

  constructor(readonly spec: TableSpec) {
    const helpers = new Set(spec.helpers ?? []);
    const stored = spec.columns.map(([name]) => name).filter((name) => !helpers.has(name));
    const computed = spec.computed ?? [];
    const target = [...stored, ...computed.map(([name]) => name)].map(quoteIdent).join(', ');
    const select = [...stored.map((name) => `r.${quoteIdent(name)}`), ...computed.map(([, sql]) => sql)].join(
      ', ',
    );
    const params = spec.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    const alias = spec.columns.map(([name]) => quoteIdent(name)).join(', ');
    this.sql = `INSERT INTO ${quoteIdent(spec.table)} (${target}) SELECT ${select} FROM unnest(${params}) AS r(${alias})`;
    this.buffer = spec.columns.map(() => []);
  }

  get size(): number {
    return this.buffer[0]!.length;
  }

  add(...row: Value[]): void {
    for (let i = 0; i < row.length; i++) this.buffer[i]!.push(row[i]!);
  }

  /** Hands the buffered rows over as query parameters and starts a new buffer. */
  take(): string[] {
    const params = this.buffer.map(arrayLiteral);
    this.buffer = this.spec.columns.map(() => []);
    return params;
  }
}

/**
 * Sends batches in foreign-key order on one connection. The next batch is generated while
 * PostgreSQL inserts the previous one, which keeps both cores busy.
 */
class BulkWriter {
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: PoolClient,
    /** Parents before children, so every batch only references rows already sent. */
    readonly tables: readonly BulkTable[],
  ) {}

  /** Sends every table up to the last one holding a full batch. */
  async flushFull(): Promise<void> {
    let last = -1;
    this.tables.forEach((table, i) => {
      if (table.size >= BATCH_ROWS) last = i;
    });
    for (let i = 0; i <= last; i++) await this.send(this.tables[i]!);
  }

  async flushAll(): Promise<void> {
    for (const table of this.tables) await this.send(table);
    await this.inFlight;
  }

  private async send(table: BulkTable): Promise<void> {
    if (table.size === 0) return;
    const params = table.take();
    await this.inFlight;
    const query = this.client.query(table.sql, params).then((result) => {
      table.inserted += result.rowCount ?? 0;
    });
    // Awaited before the next batch; until then a failure must not count as unhandled.
    query.catch(() => {});
    this.inFlight = query;
  }
}

function createTables() {
  const uuid = 'uuid';
  const text = 'text';
  const int = 'int4';
  const float = 'float8';
  const setUp = [
    ['createdAt', SET_UP_AT],
    ['updatedAt', SET_UP_AT],
  ] as const;
  return {
    tenant: new BulkTable({
      table: 'Tenant',
      columns: [
        ['id', uuid],
        ['code', text],
        ['name', text],
        ['shortName', text],
        ['kind', '"TenantKind"'],
        ['parentId', uuid],
      ],
      computed: setUp,
    }),
    tenantSettings: new BulkTable({
      table: 'TenantSettings',
      columns: [['tenantId', uuid]],
      computed: [['updatedAt', SET_UP_AT]],
    }),
    orgUnit: new BulkTable({
      table: 'OrgUnit',
      columns: [
        ['id', uuid],
        ['tenantId', uuid],
        ['parentId', uuid],
        ['kind', '"OrgUnitKind"'],
        ['code', text],
        ['name', text],
        ['shortName', text],
        ['sortOrder', int],
        // unnest flattens multidimensional arrays, so each path travels as one string.
        ['ancestorPath', text],
      ],
      computed: [['ancestorIds', `string_to_array(r."ancestorPath", ',')`], ...setUp],
      helpers: ['ancestorPath'],
    }),
    position: new BulkTable({
      table: 'Position',
      columns: [
        ['id', uuid],
        ['tenantId', uuid],
        ['orgUnitId', uuid],
        ['title', text],
        ['level', '"PositionLevel"'],
        ['parentPositionId', uuid],
      ],
    }),
    official: new BulkTable({
      table: 'Official',
      columns: [
        ['id', uuid],
        ['tenantId', uuid],
        ['nip', text],
        ['name', text],
        ['positionId', uuid],
      ],
      computed: setUp,
    }),
    scorecard: new BulkTable({
      table: 'Scorecard',
      columns: [
        ['id', uuid],
        ['tenantId', uuid],
        ['ownerKind', '"ScorecardOwnerKind"'],
        ['ownerKey', text],
        ['orgUnitId', uuid],
        ['officialId', uuid],
        ['name', text],
      ],
      computed: [['year', String(YEAR)], ...setUp],
    }),
    perspective: new BulkTable({
      table: 'ScorecardPerspective',
      columns: [
        ['id', uuid],
        ['scorecardId', uuid],
        ['perspective', '"Perspective"'],
        ['weight', float],
      ],
    }),
    objective: new BulkTable({
      table: 'Objective',
      columns: [
        ['id', uuid],
        ['tenantId', uuid],
        ['scorecardId', uuid],
        ['perspectiveId', uuid],
        ['code', text],
        ['name', text],
        ['sortOrder', int],
      ],
      computed: [['weight', '1'], ...setUp],
    }),
    indicator: new BulkTable({
      table: 'Indicator',
      columns: [
        ['id', uuid],
        ['tenantId', uuid],
        ['objectiveId', uuid],
        ['orgUnitId', uuid],
        ['picOfficialId', uuid],
        ['code', text],
        ['name', text],
        ['unit', text],
        ['polarity', '"Polarity"'],
        ['aggregation', '"Aggregation"'],
        ['weight', float],
        ['sortOrder', int],
      ],
      computed: [['frequency', `'MONTHLY'`], ...setUp],
    }),
    target: new BulkTable({
      table: 'Target',
      columns: [
        ['id', uuid],
        ['indicatorId', uuid],
        ['month', int],
        ['value', float],
        ['low', float],
        ['high', float],
      ],
      computed: [['year', String(YEAR)]],
    }),
    measurement: new BulkTable({
      table: 'Measurement',
      columns: [
        ['id', uuid],
        ['tenantId', uuid],
        ['indicatorId', uuid],
        ['month', int],
        ['value', float],
        ['status', '"MeasurementStatus"'],
        // Minutes since the start of the year: a quarter of the bytes of timestamp text.
        ['enteredMinute', int],
        ['submittedMinute', int],
        ['verifiedMinute', int],
      ],
      computed: [
        ['year', String(YEAR)],
        ['version', '1'],
        ['enteredAt', `${MINUTES_EPOCH} + r."enteredMinute" * interval '1 minute'`],
        ['submittedAt', `${MINUTES_EPOCH} + r."submittedMinute" * interval '1 minute'`],
        ['verifiedAt', `${MINUTES_EPOCH} + r."verifiedMinute" * interval '1 minute'`],
        [
          'updatedAt',
          `${MINUTES_EPOCH} + coalesce(r."verifiedMinute", r."submittedMinute", r."enteredMinute") * interval '1 minute'`,
        ],
      ],
      helpers: ['enteredMinute', 'submittedMinute', 'verifiedMinute'],
    }),
  };
}

type Tables = ReturnType<typeof createTables>;

// ─── Generation ────────────────────────────────────────────────────────────

/** Minutes from 1 January to the first day of the month after each month (index = month). */
const REPORTING_MONTH_START = Array.from(
  { length: 13 },
  (_, month) => (Date.UTC(YEAR, month, 1) - Date.UTC(YEAR, 0, 1)) / 60_000,
);

const round2 = (n: number) => Math.round(n * 100) / 100;

type UnitKind = 'OPD' | 'DIVISION' | 'SECTION';
const HEAD_LEVEL = { OPD: 'JPT', DIVISION: 'ADMINISTRATOR', SECTION: 'SUPERVISOR' } as const;

interface UnitInput {
  kind: UnitKind;
  code: string;
  name: string;
  shortName: string;
  title: string;
  sortOrder: number;
  parent: PlacedUnit | null;
}

interface PlacedUnit {
  id: string;
  ancestorPath: string;
  headPositionId: string;
}

class BenchGenerator {
  private readonly rng = new SeededRandom(SEED);
  private readonly nips = new Set<string>();

  constructor(private readonly t: Tables) {}

  tenant(code: string, name: string, shortName: string, kind: string, parentId: string | null): string {
    const id = this.rng.uuid();
    this.t.tenant.add(id, code, name, shortName, kind, parentId);
    this.t.tenantSettings.add(id);
    return id;
  }

  /** One org unit with its head, the head's official, and the two scorecards with their data. */
  unit(tenantId: string, input: UnitInput): PlacedUnit {
    const { rng, t } = this;
    const id = rng.uuid();
    const ancestorPath = `${input.parent?.ancestorPath ?? tenantId},${id}`;
    t.orgUnit.add(
      id,
      tenantId,
      input.parent?.id ?? null,
      input.kind,
      input.code,
      input.name,
      input.shortName,
      input.sortOrder,
      ancestorPath,
    );

    const positionId = rng.uuid();
    t.position.add(
      positionId,
      tenantId,
      id,
      input.title,
      HEAD_LEVEL[input.kind],
      input.parent?.headPositionId ?? null,
    );

    const officialId = rng.uuid();
    const officialName = this.personName();
    t.official.add(officialId, tenantId, this.nip(), officialName, positionId);

    this.scorecard(
      tenantId,
      id,
      officialId,
      'ORG_UNIT',
      `ORG_UNIT:${id}`,
      null,
      `Kartu Kinerja ${input.name}`,
    );
    // The unit stays on the head's own scorecard too, so scope checks on it need no join.
    this.scorecard(
      tenantId,
      id,
      officialId,
      'OFFICIAL',
      `OFFICIAL:${officialId}`,
      officialId,
      `Kartu Kinerja ${officialName}`,
    );
    return { id, ancestorPath, headPositionId: positionId };
  }

  private scorecard(
    tenantId: string,
    orgUnitId: string,
    picOfficialId: string,
    ownerKind: 'ORG_UNIT' | 'OFFICIAL',
    ownerKey: string,
    officialId: string | null,
    name: string,
  ): void {
    const { rng, t } = this;
    const scorecardId = rng.uuid();
    t.scorecard.add(scorecardId, tenantId, ownerKind, ownerKey, orgUnitId, officialId, `${name} ${YEAR}`);
    let sortOrder = 0;
    PERSPECTIVES.forEach(([perspective, weight, objectiveName], p) => {
      const perspectiveId = rng.uuid();
      t.perspective.add(perspectiveId, scorecardId, perspective, weight);
      const objectiveId = rng.uuid();
      t.objective.add(objectiveId, tenantId, scorecardId, perspectiveId, `SS-${p + 1}`, objectiveName, p);
      for (let k = 0; k < INDICATOR_SPREAD[p]!; k++) {
        this.indicator(tenantId, objectiveId, orgUnitId, picOfficialId, sortOrder++);
      }
    });
    if (sortOrder !== INDICATORS_PER_SCORECARD) throw new Error('indicator spread does not add up');
  }

  private indicator(
    tenantId: string,
    objectiveId: string,
    orgUnitId: string,
    picOfficialId: string,
    sortOrder: number,
  ): void {
    const { rng, t } = this;
    const roll = rng.next();
    const polarity: Polarity = roll < 0.75 ? 'MAXIMIZE' : roll < 0.92 ? 'MINIMIZE' : 'STABILIZE';
    const template = rng.pick(
      polarity === 'MAXIMIZE'
        ? MAXIMIZE_TEMPLATES
        : polarity === 'MINIMIZE'
          ? MINIMIZE_TEMPLATES
          : STABILIZE_TEMPLATES,
    );
    const id = rng.uuid();
    const code = `IK-${String(sortOrder + 1).padStart(2, '0')}`;
    t.indicator.add(
      id,
      tenantId,
      objectiveId,
      orgUnitId,
      picOfficialId,
      code,
      template.name,
      template.unit,
      polarity,
      template.aggregation,
      rng.int(1, 3),
      sortOrder,
    );

    const [lo, hi] = template.level;
    const level = rng.float(lo, hi);
    const halfBand = (hi - lo) / 4;
    const shape = (n: number) => (template.integral ? Math.max(1, Math.round(n)) : round2(n));
    for (let month = 1; month <= 12; month++) {
      // Targets climb a little through the year, as plans usually do.
      const planned = level * (0.94 + month * 0.01);
      let reference: number;
      if (polarity === 'STABILIZE') {
        const low = round2(planned - halfBand);
        const high = round2(planned + halfBand);
        t.target.add(rng.uuid(), id, month, null, low, high);
        reference = (low + high) / 2;
      } else {
        reference = shape(planned);
        t.target.add(rng.uuid(), id, month, reference, null, null);
      }
      this.measurement(tenantId, id, month, shape(reference * rng.float(0.7, 1.3)));
    }
  }

  private measurement(tenantId: string, indicatorId: string, month: number, value: number): void {
    const { rng, t } = this;
    const id = rng.uuid();
    const roll = rng.next();
    const status: MeasurementStatus = roll < 0.92 ? 'VERIFIED' : roll < 0.97 ? 'SUBMITTED' : 'DRAFT';
    // Entered in the first days of the following month, during office hours in WITA (UTC+8).
    const entered = REPORTING_MONTH_START[month]! + rng.int(0, 7) * 1440 + rng.int(0, 479);
    const submitted = status === 'DRAFT' ? null : entered + rng.int(5, 600);
    const verified = status === 'VERIFIED' && submitted !== null ? submitted + rng.int(60, 4320) : null;
    t.measurement.add(id, tenantId, indicatorId, month, value, status, entered, submitted, verified);
  }

  private personName(): string {
    const { rng } = this;
    const given = rng.pick(NAME_HEADS) + rng.pick(NAME_TAILS);
    const family = rng.pick(FAMILY_HEADS) + rng.pick(FAMILY_TAILS);
    return rng.chance(0.7) ? `${given} ${family}, ${rng.pick(DEGREES)}` : `${given} ${family}`;
  }

  /** Birth date, appointment month, sex and a sequence that makes the number unique. */
  private nip(): string {
    const { rng } = this;
    const birthYear = rng.int(1965, 1995);
    const birth = `${birthYear}${pad2(rng.int(1, 12))}${pad2(rng.int(1, 28))}`;
    const appointed = `${Math.min(birthYear + rng.int(20, 32), YEAR - 1)}${pad2(rng.int(1, 12))}`;
    const prefix = `${birth}${appointed}${rng.int(1, 2)}`;
    for (let sequence = rng.int(1, 999), tries = 0; tries < 999; tries++, sequence = (sequence % 999) + 1) {
      const nip = `${prefix}${String(sequence).padStart(3, '0')}`;
      if (!this.nips.has(nip)) {
        this.nips.add(nip);
        return nip;
      }
    }
    throw new Error(`no free NIP sequence for ${prefix}`);
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

// ─── People ────────────────────────────────────────────────────────────────

/** Reserved example domain (RFC 2606): no reminder mail can reach anyone. */
export const BENCH_MAIL_DOMAIN = 'bench.example';

/** The bench tenants: the province and the tenants under it. */
const BENCH_TENANTS = `
  SELECT t.id, t.code FROM "Tenant" t LEFT JOIN "Tenant" parent ON parent.id = t."parentId"
  WHERE t.code = $1 OR parent.code = $1`;

/** A bench person's id, derived from the unit and the role so every run computes the same one. */
const personId = (unit: string, role: 'operator' | 'head') => `md5('bench-${role}:' || ${unit}::text)::uuid`;

/**
 * Per unit of the bench tenants, the people a reminder run and the reporting board need: an
 * operator (OPERATOR on the unit, operator of the unit's indicators) and a head (UNIT_HEAD on the
 * unit, user of the unit's head official). They cannot log in (password hash '!'). Inserts only
 * what is missing, a few statements over the seeded rows whatever the number of units.
 */
async function insertBenchPeople(client: PoolClient): Promise<BenchPeopleCounts> {
  const users = await client.query(
    `WITH bench AS (${BENCH_TENANTS})
    INSERT INTO "User" (id, username, "displayName", "passwordHash", email, "tenantId", "officialId",
      "passwordChangedAt", "createdAt", "updatedAt")
    SELECT person.id, person.username, person."displayName", '!',
      person.username || '@${BENCH_MAIL_DOMAIN}', u."tenantId", person."officialId",
      ${SET_UP_AT}, ${SET_UP_AT}, ${SET_UP_AT}
    FROM bench
    JOIN "OrgUnit" u ON u."tenantId" = bench.id
    -- The seed gives each unit one position, its head's.
    LEFT JOIN LATERAL (
      SELECT o.id, o.name FROM "Position" p JOIN "Official" o ON o."positionId" = p.id
      WHERE p."orgUnitId" = u.id ORDER BY p.id LIMIT 1
    ) head ON true
    CROSS JOIN LATERAL (VALUES
      (${personId('u.id', 'operator')}, lower(bench.code) || '-' || u.code || '-operator',
        'Operator ' || u."shortName" || ' ' || u.code, NULL::uuid),
      (${personId('u.id', 'head')}, lower(bench.code) || '-' || u.code || '-head',
        coalesce(head.name, 'Kepala ' || u."shortName" || ' ' || u.code), head.id)
    ) AS person(id, username, "displayName", "officialId")
    ON CONFLICT DO NOTHING`,
    [BENCH_PROVINCE_CODE],
  );
  const roles = await client.query(
    `WITH bench AS (${BENCH_TENANTS})
    INSERT INTO "RoleAssignment" (id, "userId", role, "tenantId", "orgUnitId", "createdAt")
    SELECT md5('bench-role:' || us.id::text)::uuid, us.id, person.role::"Role", u."tenantId", u.id, ${SET_UP_AT}
    FROM bench
    JOIN "OrgUnit" u ON u."tenantId" = bench.id
    CROSS JOIN LATERAL (VALUES (${personId('u.id', 'operator')}, 'OPERATOR'), (${personId('u.id', 'head')}, 'UNIT_HEAD'))
      AS person(id, role)
    JOIN "User" us ON us.id = person.id
    ON CONFLICT DO NOTHING`,
    [BENCH_PROVINCE_CODE],
  );
  const operators = await client.query(
    `WITH bench AS (${BENCH_TENANTS})
    INSERT INTO "IndicatorOperator" ("indicatorId", "userId")
    SELECT i.id, us.id
    FROM bench
    JOIN "Indicator" i ON i."tenantId" = bench.id
    JOIN "User" us ON us.id = ${personId('i."orgUnitId"', 'operator')}
    ON CONFLICT DO NOTHING`,
    [BENCH_PROVINCE_CODE],
  );
  return {
    users: users.rowCount ?? 0,
    roleAssignments: roles.rowCount ?? 0,
    indicatorOperators: operators.rowCount ?? 0,
  };
}

/**
 * Adds the bench people to a database that holds the bench data (also one seeded before they
 * were part of the seed); inserts nothing when they are all there.
 */
export async function ensureBenchPeople(pool: Pool): Promise<BenchPeopleCounts> {
  return inSeedTransaction(pool, insertBenchPeople);
}

/**
 * Runs `work` in one transaction holding the bench seed's lock: two concurrent runs would
 * otherwise both see the rows missing and both insert them. All or nothing.
 */
async function inSeedTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('ekinerja.seed.bench'))`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

// ─── Entry point ───────────────────────────────────────────────────────────

/**
 * Inserts the bench data set unless it is already there (then nothing changes). All or
 * nothing: a failure leaves the database as it was.
 */
export async function seedBench(pool: Pool, log: (line: string) => void): Promise<BenchCounts> {
  const started = performance.now();
  const tables = createTables();
  const outcome = await inSeedTransaction(pool, async (client) => {
    const existing = await client.query('SELECT 1 FROM "Tenant" WHERE code = $1', [BENCH_PROVINCE_CODE]);
    // A database seeded before the people were part of the seed gets them now.
    if (existing.rowCount) return { seeded: false, people: await insertBenchPeople(client) };

    const writer = new BulkWriter(client, Object.values(tables));
    const generate = new BenchGenerator(tables);
    const provinceId = generate.tenant(BENCH_PROVINCE_CODE, 'Bench Provinsi', 'Bench 52', 'PROVINCE', null);
    const tenantIds = [provinceId];
    for (let r = 1; r <= REGENCY_COUNT; r++) {
      const city = r >= CITY_FROM;
      const name = `Bench ${city ? 'Kota' : 'Kabupaten'} ${pad2(r)}`;
      tenantIds.push(
        generate.tenant(
          `BENCH-52${pad2(r)}`,
          name,
          `Bench 52${pad2(r)}`,
          city ? 'CITY' : 'REGENCY',
          provinceId,
        ),
      );
    }

    for (const [index, tenantId] of tenantIds.entries()) {
      for (let o = 0; o < OPDS_PER_TENANT; o++) {
        const [opdName, opdShortName] = OPD_NAMES[o % OPD_NAMES.length]!;
        const opdCode = pad2(o + 1);
        const opd = generate.unit(tenantId, {
          kind: 'OPD',
          code: opdCode,
          name: opdName,
          shortName: opdShortName,
          title: `Kepala ${opdName}`,
          sortOrder: o,
          parent: null,
        });
        for (const [d, [divisionName, sectionNames]] of DIVISIONS.entries()) {
          const division = generate.unit(tenantId, {
            kind: 'DIVISION',
            code: `${opdCode}.${d + 1}`,
            name: divisionName,
            shortName: divisionName,
            title: d === 0 ? 'Sekretaris' : `Kepala ${divisionName}`,
            sortOrder: d,
            parent: opd,
          });
          for (let s = 0; s < SECTIONS_PER_DIVISION; s++) {
            const sectionName = sectionNames[s]!;
            generate.unit(tenantId, {
              kind: 'SECTION',
              code: `${opdCode}.${d + 1}.${s + 1}`,
              name: sectionName,
              shortName: sectionName,
              title: `Kepala ${sectionName}`,
              sortOrder: s,
              parent: division,
            });
          }
        }
        await writer.flushFull();
      }
      const elapsed = ((performance.now() - started) / 1000).toFixed(1);
      log(`Bench tenant ${index + 1}/${tenantIds.length} generated (${elapsed}s)`);
    }
    await writer.flushAll();
    return { seeded: true, people: await insertBenchPeople(client) };
  });
  const { people } = outcome;
  const counts = countsOf(tables, started, people);
  if (outcome.seeded) log(`Bench seed committed in ${(counts.elapsedMs / 1000).toFixed(1)}s`);
  else
    log(
      people.users + people.roleAssignments + people.indicatorOperators
        ? `Bench data already present (tenant ${BENCH_PROVINCE_CODE}); added its missing people.`
        : `Bench data already present (tenant ${BENCH_PROVINCE_CODE}); nothing inserted.`,
    );
  return counts;
}

function countsOf(
  t: Tables,
  started: number,
  people: BenchPeopleCounts = { users: 0, roleAssignments: 0, indicatorOperators: 0 },
): BenchCounts {
  return {
    tenants: t.tenant.inserted,
    tenantSettings: t.tenantSettings.inserted,
    orgUnits: t.orgUnit.inserted,
    positions: t.position.inserted,
    officials: t.official.inserted,
    scorecards: t.scorecard.inserted,
    scorecardPerspectives: t.perspective.inserted,
    objectives: t.objective.inserted,
    indicators: t.indicator.inserted,
    targets: t.target.inserted,
    measurements: t.measurement.inserted,
    ...people,
    elapsedMs: Math.round(performance.now() - started),
  };
}
