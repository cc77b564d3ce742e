// The Anggaran template's columns: programs, kegiatan and sub-kegiatan of a budget year with their
// Permendagri 90/2019 codes, owning unit, pagu murni and the APBD-P revision, linked indicators
// and PIC, and the monthly plan (rencana keuangan in Rupiah, rencana fisik as cumulative %).
import { MONTH_NAMES, maxLength } from './columnChecks';
import type { ColumnDef, TemplateDef } from './workbook';

/** The level of a budget row follows from its code's shape. */
export type BudgetLevel = 'PROGRAM' | 'ACTIVITY' | 'SUB_ACTIVITY';

const NOMENCLATURE: [RegExp, BudgetLevel][] = [
  [/^\d\.\d{2}\.\d{2}$/, 'PROGRAM'],
  [/^\d\.\d{2}\.\d{2}\.\d\.\d{2}$/, 'ACTIVITY'],
  [/^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/, 'SUB_ACTIVITY'],
];

/** Program `1.02.02`, kegiatan `1.02.02.2.01`, sub-kegiatan `1.02.02.2.01.0001`; null for neither. */
export function budgetLevelOf(code: string): BudgetLevel | null {
  return NOMENCLATURE.find(([shape]) => shape.test(code))?.[1] ?? null;
}

/** The parent's code: a kegiatan's program (its first three parts), a sub-kegiatan's kegiatan (its first five). */
export function parentCodeOf(code: string): string | null {
  const level = budgetLevelOf(code);
  if (level === null || level === 'PROGRAM') return null;
  return code
    .split('.')
    .slice(0, level === 'ACTIVITY' ? 3 : 5)
    .join('.');
}

/** Whole Rupiah as typed: digits, or digits grouped by dots (1.500.000); null for anything else. */
export function parseRupiah(text: string): bigint | null {
  const t = text.trim();
  if (/^\d{1,18}$/.test(t)) return BigInt(t);
  if (/^\d{1,3}(\.\d{3}){1,5}$/.test(t)) return BigInt(t.replaceAll('.', ''));
  return null;
}

const rupiahRule = (text: string) => {
  if (parseRupiah(text) !== null) return null;
  return /^-\s*\d/.test(text.trim()) ? 'nonNegative' : 'notNumber';
};

/** A percentage as typed, with a decimal point or comma; null when it is not a number. */
export function parsePercent(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

const percentRule = (text: string) => {
  const value = parsePercent(text);
  if (value === null) return 'notNumber';
  return value < 0 || value > 100 ? 'range' : null;
};

export const MONTH_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
type Month = (typeof MONTH_NUMBERS)[number];

export type BudgetKey =
  | 'year'
  | 'unitCode'
  | 'code'
  | 'name'
  | 'pagu'
  | 'paguRevised'
  | 'revisedOn'
  | 'indicatorCode'
  | 'picNip'
  | `spend${Month}`
  | `physical${Month}`;

const spendColumns: ColumnDef<BudgetKey>[] = MONTH_NUMBERS.map((m) => ({
  key: `spend${m}`,
  header: `Keuangan ${MONTH_NAMES[m - 1]}`,
  required: false,
  rule: 'Rupiah bulat ≥ 0; hanya sub-kegiatan; kosong: 0',
  description: `Rencana keuangan (belanja) bulan ${MONTH_NAMES[m - 1]}, bukan kumulatif.`,
  example: m === 1 ? '0' : '25000000',
  check: rupiahRule,
}));

const physicalColumns: ColumnDef<BudgetKey>[] = MONTH_NUMBERS.map((m) => ({
  key: `physical${m}`,
  header: `Fisik ${MONTH_NAMES[m - 1]}`,
  required: false,
  rule: '0–100, tidak turun dari bulan sebelumnya; hanya sub-kegiatan; kosong: 0',
  description: `Rencana fisik kumulatif (%) pada akhir bulan ${MONTH_NAMES[m - 1]}.`,
  example: String(Math.round((m * 100) / 12)),
  check: percentRule,
}));

export const BUDGET: TemplateDef<BudgetKey> = {
  sheet: 'Anggaran',
  columns: [
    {
      key: 'year',
      header: 'Tahun',
      required: true,
      rule: 'Tahun anggaran, 4 angka (2000–2100)',
      description: 'Tahun anggaran (APBD) program, kegiatan atau sub-kegiatan ini.',
      example: '2026',
      check: (text) => (/^\d{4}$/.test(text) && +text >= 2000 && +text <= 2100 ? null : 'year'),
    },
    {
      key: 'unitCode',
      header: 'Kode unit',
      required: true,
      rule: 'Kode unit yang sudah ada (impor Organisasi lebih dulu)',
      description:
        'OPD atau unit pemilik. Induk kegiatan/sub-kegiatan dicari di unit ini atau unit di atasnya.',
      example: 'DINKES',
      check: maxLength(32),
    },
    {
      key: 'code',
      header: 'Kode',
      required: true,
      rule: 'Kode Permendagri 90/2019: program 1.02.02, kegiatan 1.02.02.2.01, sub-kegiatan 1.02.02.2.01.0001',
      description:
        'Bentuk kode menentukan tingkatnya; induknya adalah kode tanpa bagian terakhir (di berkas ini atau yang sudah ada).',
      example: '1.02.02.2.01.0001',
      check: (text) => (budgetLevelOf(text) ? null : 'nomenclature'),
    },
    {
      key: 'name',
      header: 'Nama',
      required: true,
      rule: 'Paling banyak 500 karakter',
      description: 'Nama program, kegiatan atau sub-kegiatan.',
      example: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      check: maxLength(500),
    },
    {
      key: 'pagu',
      header: 'Pagu murni',
      required: false,
      rule: 'Rupiah bulat ≥ 0 (angka, boleh bertitik ribuan); wajib untuk sub-kegiatan, kosong untuk program/kegiatan',
      description: 'Pagu APBD murni sub-kegiatan.',
      example: '350000000',
      check: rupiahRule,
    },
    {
      key: 'paguRevised',
      header: 'Pagu perubahan',
      required: false,
      rule: 'Rupiah bulat ≥ 0; hanya sub-kegiatan; diisi bersama Tanggal perubahan',
      description: 'Pagu APBD-P; berlaku untuk bulan yang memuat tanggal perubahan dan sesudahnya.',
      example: '',
      check: rupiahRule,
    },
    {
      key: 'revisedOn',
      header: 'Tanggal perubahan',
      required: false,
      rule: 'Tanggal (yyyy-mm-dd) di tahun anggaran; wajib bila Pagu perubahan diisi',
      description: 'Tanggal APBD-P berlaku.',
      example: '',
      check: (text) =>
        /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)
          ? null
          : 'date',
    },
    {
      key: 'indicatorCode',
      header: 'Kode indikator',
      required: false,
      rule: 'Kode indikator unit ini di kartu kinerja tahun itu; hanya program/kegiatan',
      description: 'Program: indikator outcome; kegiatan: indikator output.',
      example: 'IK.01',
      check: maxLength(64),
    },
    {
      key: 'picNip',
      header: 'NIP PIC',
      required: false,
      rule: '18 angka; pegawai yang sudah ada (impor Pegawai lebih dulu)',
      description: 'Pejabat penanggung jawab.',
      example: '',
      check: (text) => (/^\d{18}$/.test(text) ? null : 'nipDigits'),
    },
    ...spendColumns,
    ...physicalColumns,
  ],
};
