// The filled Rencana workbook of the fictional Kabupaten Tambora Raya: the RPJMD 2025–2029 with
// six IKU reported by OPDs, and a Renstra per OPD with ten indicators `IK.01`–`IK.10` over the
// four perspectives, brought into the 2026 scorecards. Deterministic, like the other examples.
import { EXAMPLE_OPDS, type Opd } from './exampleKabupaten';
import { PLAN } from './planTemplate';

type Cell = string | null;

export const EXAMPLE_PLAN_YEAR = 2026;
const START = 2025;
const END = 2029;

interface IndicatorSpec {
  name: string;
  unit: string;
  polarity: 'Maksimal' | 'Minimal' | 'Stabil';
  aggregation: 'Jumlah' | 'Rata-rata' | 'Terakhir';
  frequency: 'Bulanan' | 'Triwulanan' | 'Semesteran' | 'Tahunan';
  formula: string;
  baseline: number;
  /** The target of each plan year, or a band "low - high". */
  targets: (string | number)[];
}

interface ObjectiveSpec {
  code: string;
  perspective: string;
  perspectiveWeight: number;
  name: string;
  indicators: IndicatorSpec[];
}

const rising = (from: number, step: number) =>
  Array.from({ length: 5 }, (_, i) => Number((from + step * i).toFixed(2)));

function renstraOf(opd: Opd, n: number): ObjectiveSpec[] {
  const s = opd.shortName;
  const scale = 40 + n * 7;
  return [
    {
      code: 'S1',
      perspective: 'Pemangku kepentingan',
      perspectiveWeight: 30,
      name: `Meningkatnya capaian urusan yang ditangani ${s}`,
      indicators: [
        {
          name: `Indeks kepuasan masyarakat terhadap layanan ${s}`,
          unit: 'indeks',
          polarity: 'Maksimal',
          aggregation: 'Terakhir',
          frequency: 'Semesteran',
          formula: 'Survei kepuasan masyarakat (PermenPANRB 14/2017)',
          baseline: 76.2,
          targets: rising(78, 1.5),
        },
        {
          name: `Capaian standar pelayanan minimal ${s}`,
          unit: '%',
          polarity: 'Maksimal',
          aggregation: 'Rata-rata',
          frequency: 'Triwulanan',
          formula: 'Jumlah indikator SPM tercapai / jumlah indikator SPM × 100',
          baseline: 82,
          targets: rising(85, 3),
        },
        {
          name: `Persentase sasaran Renstra ${s} yang tercapai`,
          unit: '%',
          polarity: 'Maksimal',
          aggregation: 'Terakhir',
          frequency: 'Tahunan',
          formula: 'Sasaran tercapai / seluruh sasaran × 100',
          baseline: 70,
          targets: rising(75, 5),
        },
      ],
    },
    {
      code: 'S2',
      perspective: 'Pelanggan',
      perspectiveWeight: 30,
      name: `Meningkatnya mutu dan kecepatan layanan ${s}`,
      indicators: [
        {
          name: `Jumlah layanan ${s} yang diselesaikan tepat waktu`,
          unit: 'layanan',
          polarity: 'Maksimal',
          aggregation: 'Jumlah',
          frequency: 'Bulanan',
          formula: 'Jumlah permohonan selesai dalam standar waktu',
          baseline: scale * 10,
          targets: rising(scale * 12, scale),
        },
        {
          name: `Jumlah pengaduan masyarakat atas layanan ${s}`,
          unit: 'pengaduan',
          polarity: 'Minimal',
          aggregation: 'Jumlah',
          frequency: 'Bulanan',
          formula: 'Pengaduan yang masuk lewat SP4N-LAPOR! dan loket',
          baseline: 150,
          targets: rising(144, -12),
        },
        {
          name: `Rata-rata waktu penyelesaian layanan ${s}`,
          unit: 'hari',
          polarity: 'Minimal',
          aggregation: 'Rata-rata',
          frequency: 'Bulanan',
          formula: 'Jumlah hari proses / jumlah layanan',
          baseline: 7,
          targets: rising(6.5, -0.5),
        },
      ],
    },
    {
      code: 'S3',
      perspective: 'Proses internal',
      perspectiveWeight: 20,
      name: `Meningkatnya akuntabilitas kinerja dan keuangan ${s}`,
      indicators: [
        {
          name: `Persentase realisasi anggaran ${s}`,
          unit: '%',
          polarity: 'Maksimal',
          aggregation: 'Terakhir',
          frequency: 'Bulanan',
          formula: 'Realisasi belanja / pagu × 100',
          baseline: 88,
          targets: rising(92, 1.5),
        },
        {
          name: `Nilai SAKIP ${s}`,
          unit: 'nilai',
          polarity: 'Maksimal',
          aggregation: 'Terakhir',
          frequency: 'Tahunan',
          formula: 'Nilai evaluasi AKIP oleh Inspektorat',
          baseline: 68,
          targets: rising(70, 2.5),
        },
      ],
    },
    {
      code: 'S4',
      perspective: 'Pembelajaran dan pertumbuhan',
      perspectiveWeight: 20,
      name: `Meningkatnya kapasitas aparatur ${s}`,
      indicators: [
        {
          name: `Persentase ASN ${s} yang mengikuti pengembangan kompetensi`,
          unit: '%',
          polarity: 'Maksimal',
          aggregation: 'Terakhir',
          frequency: 'Triwulanan',
          formula: 'ASN yang mengikuti minimal 20 JP / seluruh ASN × 100',
          baseline: 60,
          targets: rising(65, 5),
        },
        {
          name: `Rasio beban kerja pegawai ${s}`,
          unit: 'rasio',
          polarity: 'Stabil',
          aggregation: 'Rata-rata',
          frequency: 'Semesteran',
          formula: 'Beban kerja (jam) / jam kerja efektif',
          baseline: 1.2,
          targets: ['0,9 - 1,1', '0,9 - 1,1', '0,9 - 1,1', '0,9 - 1,1', '0,9 - 1,1'],
        },
      ],
    },
  ];
}

/** The RPJMD's IKU: the government's own scorecard, each reported by the OPD that holds the data. */
const RPJMD: (ObjectiveSpec & { reporting: string[] })[] = [
  {
    code: 'SM1',
    perspective: 'Pemangku kepentingan',
    perspectiveWeight: 40,
    name: 'Meningkatnya kualitas sumber daya manusia',
    reporting: ['BAPPEDA', 'DINKES', 'DIKBUD'],
    indicators: [
      {
        name: 'Indeks Pembangunan Manusia',
        unit: 'indeks',
        polarity: 'Maksimal',
        aggregation: 'Terakhir',
        frequency: 'Tahunan',
        formula: 'Metode BPS',
        baseline: 68.4,
        targets: rising(69, 0.6),
      },
      {
        name: 'Angka harapan hidup',
        unit: 'tahun',
        polarity: 'Maksimal',
        aggregation: 'Terakhir',
        frequency: 'Tahunan',
        formula: 'Metode BPS',
        baseline: 67.1,
        targets: rising(67.4, 0.3),
      },
      {
        name: 'Rata-rata lama sekolah',
        unit: 'tahun',
        polarity: 'Maksimal',
        aggregation: 'Terakhir',
        frequency: 'Tahunan',
        formula: 'Metode BPS',
        baseline: 7.4,
        targets: rising(7.6, 0.2),
      },
    ],
  },
  {
    code: 'SM2',
    perspective: 'Pelanggan',
    perspectiveWeight: 30,
    name: 'Meningkatnya kesejahteraan masyarakat',
    reporting: ['BAPPEDA', 'BAPPEDA'],
    indicators: [
      {
        name: 'Persentase penduduk miskin',
        unit: '%',
        polarity: 'Minimal',
        aggregation: 'Terakhir',
        frequency: 'Tahunan',
        formula: 'Metode BPS (Susenas Maret)',
        baseline: 14.2,
        targets: rising(13.6, -0.6),
      },
      {
        name: 'Tingkat pengangguran terbuka',
        unit: '%',
        polarity: 'Minimal',
        aggregation: 'Terakhir',
        frequency: 'Semesteran',
        formula: 'Metode BPS (Sakernas)',
        baseline: 3.9,
        targets: rising(3.8, -0.2),
      },
    ],
  },
  {
    code: 'SM3',
    perspective: 'Proses internal',
    perspectiveWeight: 30,
    name: 'Meningkatnya tata kelola pemerintahan yang akuntabel',
    reporting: ['INSPEKTORAT'],
    indicators: [
      {
        name: 'Nilai SAKIP pemerintah daerah',
        unit: 'nilai',
        polarity: 'Maksimal',
        aggregation: 'Terakhir',
        frequency: 'Tahunan',
        formula: 'Nilai evaluasi AKIP oleh KemenPANRB',
        baseline: 62,
        targets: rising(65, 2.5),
      },
    ],
  },
];

const text = (n: number | string) => (typeof n === 'number' ? String(n).replace('.', ',') : n);

/** The example Rencana rows, in the template's column order. */
export function examplePlan(): Cell[][] {
  const rows: Cell[][] = [];
  const keys = PLAN.columns.map((c) => c.key);
  const add = (values: Partial<Record<(typeof keys)[number], Cell>>) =>
    rows.push(keys.map((k) => values[k] ?? null));
  const common = { year: String(EXAMPLE_PLAN_YEAR), startYear: String(START), endYear: String(END) };
  const addObjectives = (
    planKind: string,
    unitCode: string | null,
    goal: [string, string],
    objectives: ObjectiveSpec[],
    code: (i: number) => string,
    reporting: (o: number, i: number) => string | null,
  ) => {
    let i = 0;
    objectives.forEach((o, oi) =>
      o.indicators.forEach((ind, ii) => {
        i += 1;
        add({
          ...common,
          planKind,
          unitCode,
          goalCode: goal[0],
          goal: goal[1],
          objectiveCode: o.code,
          objective: o.name,
          perspective: o.perspective,
          perspectiveWeight: String(o.perspectiveWeight),
          objectiveWeight: '100',
          code: code(i),
          name: ind.name,
          formula: ind.formula,
          unit: ind.unit,
          polarity: ind.polarity,
          aggregation: ind.aggregation,
          frequency: ind.frequency,
          weight: String(Math.round(100 / o.indicators.length)),
          baseline: text(ind.baseline),
          reportingUnit: reporting(oi, ii),
          ...Object.fromEntries(ind.targets.map((t, k) => [`target${k + 1}`, text(t)])),
        });
      }),
    );
  };
  addObjectives(
    'RPJMD',
    null,
    ['T1', 'Terwujudnya masyarakat Tambora Raya yang sehat, cerdas dan sejahtera'],
    RPJMD,
    (i) => `IKU.${String(i).padStart(2, '0')}`,
    (o, i) => RPJMD[o]!.reporting[i]!,
  );
  EXAMPLE_OPDS.forEach((opd, n) =>
    addObjectives(
      'Renstra',
      opd.code,
      ['T1', `Meningkatnya kinerja penyelenggaraan urusan ${opd.name}`],
      renstraOf(opd, n),
      (i) => `IK.${String(i).padStart(2, '0')}`,
      () => null,
    ),
  );
  return rows;
}
