// The Rencana template's columns: an RPJMD (the government's scorecard) or a Renstra (an OPD's),
// one row per indicator with its tujuan and sasaran repeated, the plan's yearly targets and the
// optional monthly targets of the year being brought in.
import type { Aggregation, Frequency, Perspective, Polarity } from '@ekinerja/db';
import { numberOf } from '../../imports/lib/importRows';
import { MONTH_NAMES, maxLength, unitCode } from './columnChecks';
import type { ColumnDef, TemplateDef } from './workbook';

/** Codes of tujuan, sasaran and indikator: letters, digits, `.`, `-`, `_`, `/`. */
const planCode = (text: string) => (/^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$/.test(text) ? null : 'planCode');
const year = (text: string) =>
  /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100 ? null : 'year';
const number = (text: string) => (numberOf(text) === null ? 'notNumber' : null);
const weight = (text: string) => {
  const n = numberOf(text);
  return n === null ? 'notNumber' : n < 0 || n > 100 ? 'weightRange' : null;
};
const oneOf = (choices: Record<string, unknown>) => (text: string) =>
  choices[text.trim().toLowerCase()] === undefined ? 'choice' : null;

export const PLAN_KINDS: Record<string, 'RPJMD' | 'RENSTRA'> = { rpjmd: 'RPJMD', renstra: 'RENSTRA' };

export const PERSPECTIVES: Record<string, Perspective> = {
  'pemangku kepentingan': 'STAKEHOLDER',
  pelanggan: 'CUSTOMER',
  'proses internal': 'INTERNAL_PROCESS',
  'pembelajaran dan pertumbuhan': 'LEARNING_GROWTH',
};

export const POLARITIES: Record<string, Polarity> = {
  maksimal: 'MAXIMIZE',
  minimal: 'MINIMIZE',
  stabil: 'STABILIZE',
};

export const AGGREGATIONS: Record<string, Aggregation> = {
  jumlah: 'SUM',
  'rata-rata': 'AVERAGE',
  terakhir: 'LAST',
  minimum: 'MIN',
  maksimum: 'MAX',
};

export const FREQUENCIES: Record<string, Frequency> = {
  bulanan: 'MONTHLY',
  triwulanan: 'QUARTERLY',
  semesteran: 'SEMESTER',
  tahunan: 'YEARLY',
};

/** A plan covers at most this many years (an RPJMD or Renstra is five). */
export const PLAN_YEARS = 5;

/** A target cell: a number, or for a STABILIZE indicator a band "low - high" (e.g. "90 - 110"). */
export function targetOfCell(text: string): number | { low: number; high: number } | null {
  const band = /^(.+?)\s*[-–]\s*(.+)$/.exec(text.trim());
  const whole = numberOf(text);
  if (whole !== null) return whole;
  if (!band) return null;
  const low = numberOf(band[1]!);
  const high = numberOf(band[2]!);
  return low === null || high === null ? null : { low, high };
}
const target = (text: string) => (targetOfCell(text) === null ? 'notNumber' : null);

export type YearTargetKey = `target${1 | 2 | 3 | 4 | 5}`;
export type MonthTargetKey = `month${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;

type PlanKey =
  | 'planKind'
  | 'year'
  | 'startYear'
  | 'endYear'
  | 'unitCode'
  | 'goalCode'
  | 'goal'
  | 'objectiveCode'
  | 'objective'
  | 'perspective'
  | 'perspectiveWeight'
  | 'objectiveWeight'
  | 'code'
  | 'name'
  | 'formula'
  | 'unit'
  | 'polarity'
  | 'aggregation'
  | 'frequency'
  | 'weight'
  | 'baseline'
  | 'reportingUnit'
  | 'operators'
  | YearTargetKey
  | MonthTargetKey;

const column = (c: ColumnDef<PlanKey>) => c;

export const PLAN: TemplateDef<PlanKey> = {
  sheet: 'Rencana',
  columns: [
    column({
      key: 'planKind',
      header: 'Jenis rencana',
      required: true,
      rule: 'RPJMD (kartu kinerja pemda) atau Renstra (kartu kinerja OPD)',
      description:
        'RPJMD mengisi kartu kinerja pemerintah daerah; Renstra mengisi kartu kinerja OPD di Kode unit.',
      example: 'Renstra',
      check: oneOf(PLAN_KINDS),
    }),
    column({
      key: 'year',
      header: 'Tahun',
      required: true,
      rule: 'Tahun 4 angka, di antara Tahun awal dan Tahun akhir',
      description: 'Tahun kartu kinerja yang diisi: indikator dan target tahun ini dibuat atau diperbarui.',
      example: '2026',
      check: year,
    }),
    column({
      key: 'startYear',
      header: 'Tahun awal',
      required: true,
      rule: 'Tahun 4 angka',
      description: 'Tahun pertama periode rencana.',
      example: '2025',
      check: year,
    }),
    column({
      key: 'endYear',
      header: 'Tahun akhir',
      required: true,
      rule: `Tahun 4 angka; paling lama ${PLAN_YEARS} tahun sejak Tahun awal`,
      description: 'Tahun terakhir periode rencana.',
      example: '2029',
      check: year,
    }),
    column({
      key: 'unitCode',
      header: 'Kode unit',
      required: false,
      rule: 'Kosong untuk RPJMD; kode OPD yang sudah ada untuk Renstra',
      description: 'OPD pemilik Renstra (impor Organisasi lebih dulu).',
      example: 'DINKES',
      check: unitCode,
    }),
    column({
      key: 'goalCode',
      header: 'Kode tujuan',
      required: true,
      rule: 'Huruf, angka, titik, garis miring atau tanda hubung; paling banyak 32 karakter',
      description:
        'Tujuan rencana yang dilayani sasaran ini; baris-baris satu tujuan memakai kode yang sama.',
      example: 'T1',
      check: planCode,
    }),
    column({
      key: 'goal',
      header: 'Tujuan',
      required: true,
      rule: 'Paling banyak 500 karakter; sama di setiap baris tujuan yang sama',
      description: 'Rumusan tujuan.',
      example: 'Meningkatkan derajat kesehatan masyarakat',
      check: maxLength(500),
    }),
    column({
      key: 'objectiveCode',
      header: 'Kode sasaran',
      required: true,
      rule: 'Seperti Kode tujuan; unik di satu kartu kinerja',
      description: 'Sasaran strategis; baris-baris satu sasaran memakai kode yang sama.',
      example: 'S1.1',
      check: planCode,
    }),
    column({
      key: 'objective',
      header: 'Sasaran',
      required: true,
      rule: 'Paling banyak 500 karakter; sama di setiap baris sasaran yang sama',
      description: 'Rumusan sasaran strategis.',
      example: 'Meningkatnya akses dan mutu layanan kesehatan',
      check: maxLength(500),
    }),
    column({
      key: 'perspective',
      header: 'Perspektif',
      required: true,
      rule: 'Pemangku kepentingan, Pelanggan, Proses internal, atau Pembelajaran dan pertumbuhan',
      description: 'Perspektif Balanced Scorecard sasaran ini.',
      example: 'Pelanggan',
      check: oneOf(PERSPECTIVES),
    }),
    column({
      key: 'perspectiveWeight',
      header: 'Bobot perspektif',
      required: false,
      rule: 'Angka 0–100; keempat perspektif satu kartu kinerja berjumlah 100; kosong: bobot yang ada (kartu baru: 25 masing-masing)',
      description: 'Bobot perspektif dalam nilai kinerja (NKO); sama di setiap baris perspektif yang sama.',
      example: '30',
      check: weight,
    }),
    column({
      key: 'objectiveWeight',
      header: 'Bobot sasaran',
      required: true,
      rule: 'Angka 0–100; sama di setiap baris sasaran yang sama',
      description: 'Bobot sasaran di dalam perspektifnya.',
      example: '50',
      check: weight,
    }),
    column({
      key: 'code',
      header: 'Kode indikator',
      required: true,
      rule: 'Seperti Kode tujuan; unik di satu kartu kinerja',
      description: 'Baris dicocokkan dengan kode ini (dan kartu kinerjanya) saat impor ulang.',
      example: 'IK.01',
      check: planCode,
    }),
    column({
      key: 'name',
      header: 'Indikator',
      required: true,
      rule: 'Paling banyak 500 karakter',
      description: 'Nama indikator kinerja.',
      example: 'Angka kematian ibu',
      check: maxLength(500),
    }),
    column({
      key: 'formula',
      header: 'Formula',
      required: false,
      rule: 'Teks, paling banyak 1000 karakter; tidak pernah dihitung',
      description: 'Cara menghitung realisasi, seperti tertulis di rencana.',
      example: 'Jumlah kematian ibu / jumlah kelahiran hidup × 100.000',
      check: maxLength(1000),
    }),
    column({
      key: 'unit',
      header: 'Satuan',
      required: true,
      rule: 'Paling banyak 40 karakter',
      description: 'Satuan ukur realisasi dan target.',
      example: 'per 100.000 KH',
      check: maxLength(40),
    }),
    column({
      key: 'polarity',
      header: 'Polaritas',
      required: true,
      rule: 'Maksimal (makin tinggi makin baik), Minimal (makin rendah makin baik) atau Stabil (dalam rentang)',
      description: 'Arah yang baik; target indikator Stabil ditulis sebagai rentang "90 - 110".',
      example: 'Minimal',
      check: oneOf(POLARITIES),
    }),
    column({
      key: 'aggregation',
      header: 'Agregasi',
      required: true,
      rule: 'Jumlah, Rata-rata, Terakhir, Minimum atau Maksimum',
      description:
        'Cara menggabungkan periode: target tahunan indikator Jumlah dibagi rata ke periodenya, yang lain berlaku untuk setiap periode.',
      example: 'Terakhir',
      check: oneOf(AGGREGATIONS),
    }),
    column({
      key: 'frequency',
      header: 'Frekuensi',
      required: true,
      rule: 'Bulanan, Triwulanan, Semesteran atau Tahunan',
      description: 'Seberapa sering realisasi dilaporkan.',
      example: 'Triwulanan',
      check: oneOf(FREQUENCIES),
    }),
    column({
      key: 'weight',
      header: 'Bobot indikator',
      required: true,
      rule: 'Angka 0–100',
      description: 'Bobot indikator di dalam sasarannya.',
      example: '50',
      check: weight,
    }),
    column({
      key: 'baseline',
      header: 'Baseline',
      required: false,
      rule: 'Angka (tanpa pemisah ribuan atau dengan titik ribuan dan koma desimal)',
      description: 'Kondisi awal sebelum periode rencana.',
      example: '98,5',
      check: number,
    }),
    column({
      key: 'reportingUnit',
      header: 'Unit pelapor',
      required: false,
      rule: 'Kode unit yang sudah ada; kosong: Kode unit (RPJMD: tingkat pemda)',
      description: 'Unit yang melaporkan realisasinya (pemilik indikator).',
      example: 'DINKES',
      check: unitCode,
    }),
    column({
      key: 'operators',
      header: 'Operator',
      required: false,
      rule: 'Nama pengguna yang sudah ada, dipisah koma; kosong: operator yang ada tetap',
      description: 'Pengguna yang boleh mengisi realisasinya.',
      example: 'operator.dinkes',
      check: maxLength(1000),
    }),
    ...Array.from({ length: PLAN_YEARS }, (_, i) =>
      column({
        key: `target${i + 1}` as YearTargetKey,
        header: `Target tahun ke-${i + 1}`,
        required: false,
        rule: 'Angka, atau rentang "rendah - tinggi" untuk indikator Stabil',
        description: `Target tahunan tahun ke-${i + 1} periode rencana (Tahun awal + ${i}). Target Tahun wajib diisi kecuali target bulanan diisi.`,
        example: ['190', '180', '170', '160', '150'][i]!,
        check: target,
      }),
    ),
    ...MONTH_NAMES.map((name, i) =>
      column({
        key: `month${i + 1}` as MonthTargetKey,
        header: `Target ${name}`,
        required: false,
        rule: 'Angka atau rentang; hanya di bulan akhir periode frekuensinya; bila satu diisi, semua bulan periodenya diisi',
        description: `Target periode yang berakhir bulan ${name} pada Tahun; menggantikan pembagian target tahunan.`,
        example: '',
        check: target,
      }),
    ),
  ],
};
