// The onboarding templates' columns: Organisasi (the unit tree with each unit's head position)
// and Pegawai (positions and the officials who hold them), with the rules each cell must meet.
import type { OrgUnitKind, PositionLevel } from '@ekinerja/db';
import { nipProblem } from '../../orgAdmin/lib/orgInputs';
import { maxLength, unitCode } from './columnChecks';
import { BUDGET } from './budgetTemplate';
import { PLAN } from './planTemplate';
import type { TemplateDef } from './workbook';

/** Unit kinds as the sheet writes them (any case). */
export const UNIT_KINDS: Record<string, OrgUnitKind> = {
  opd: 'OPD',
  bidang: 'DIVISION',
  bagian: 'DIVISION',
  seksi: 'SECTION',
  subbagian: 'SECTION',
};

/** Kabupaten/kota rows of a province's sheet: governments of their own under the province. */
export const REGION_KINDS: Record<string, 'REGENCY' | 'CITY'> = { kabupaten: 'REGENCY', kota: 'CITY' };

/** The level of a unit's head: kepala OPD (eselon II), kepala bidang (III), kepala seksi (IV). */
export const HEAD_LEVEL: Record<OrgUnitKind, PositionLevel> = {
  OPD: 'JPT',
  DIVISION: 'ADMINISTRATOR',
  SECTION: 'SUPERVISOR',
};

type OrganisationKey = 'code' | 'parentCode' | 'name' | 'shortName' | 'kind' | 'head';

export const ORGANISATION: TemplateDef<OrganisationKey> = {
  sheet: 'Organisasi',
  columns: [
    {
      key: 'code',
      header: 'Kode unit',
      required: true,
      rule: 'Huruf besar, angka, titik atau tanda hubung; paling banyak 32 karakter; unik',
      description: 'Kode unit yang tetap: baris dicocokkan dengan kode ini saat impor ulang.',
      example: 'DINKES',
      check: unitCode,
    },
    {
      key: 'parentCode',
      header: 'Kode induk',
      required: false,
      rule: 'Kode unit lain di berkas ini atau yang sudah ada; kosong untuk OPD',
      description: 'Unit di atasnya: OPD untuk bidang/bagian, bidang untuk seksi/subbagian.',
      example: '',
      check: unitCode,
    },
    {
      key: 'name',
      header: 'Nama unit',
      required: true,
      rule: 'Paling banyak 200 karakter',
      description: 'Nama lengkap unit.',
      example: 'Dinas Kesehatan',
      check: maxLength(200),
    },
    {
      key: 'shortName',
      header: 'Nama singkat',
      required: false,
      rule: 'Paling banyak 60 karakter; kosong: nama unit',
      description: 'Nama pendek untuk layar dan peringkat.',
      example: 'Dinkes',
      check: maxLength(60),
    },
    {
      key: 'kind',
      header: 'Jenis',
      required: true,
      rule: 'OPD, Bidang, Bagian, Seksi atau Subbagian; Kabupaten atau Kota hanya untuk pemerintah provinsi',
      description:
        'OPD di bawah pemda, bidang/bagian di bawah OPD, seksi/subbagian di bawah bidang. Kabupaten/kota (tanpa kode induk) menjadi pemda sendiri di bawah provinsi; OPD-nya diimpor ke pemda itu.',
      example: 'OPD',
      check: (text) => (UNIT_KINDS[text.toLowerCase()] || REGION_KINDS[text.toLowerCase()] ? null : 'kind'),
    },
    {
      key: 'head',
      header: 'Jabatan kepala',
      required: false,
      rule: 'Paling banyak 200 karakter',
      description:
        'Nama jabatan kepala unit (eselon II untuk OPD, III untuk bidang, IV untuk seksi); dibuat bila belum ada.',
      example: 'Kepala Dinas Kesehatan',
      check: maxLength(200),
    },
  ],
};

/** Position levels as the sheet writes them (any case). */
export const POSITION_LEVELS: Record<string, PositionLevel> = {
  jpt: 'JPT',
  administrator: 'ADMINISTRATOR',
  pengawas: 'SUPERVISOR',
  pelaksana: 'STAFF',
  fungsional: 'STAFF',
};

/** PNS golongan/ruang: I/a–I/d, II/a–II/d, III/a–III/d, IV/a–IV/e. */
export const GOLONGAN = /^(I\/[a-d]|II\/[a-d]|III\/[a-d]|IV\/[a-e])$/;

const nipRule = (text: string) => (/^\d{18}$/.test(text) ? nipProblem(text) : 'nipDigits');

type StaffKey = 'nip' | 'name' | 'golongan' | 'position' | 'level' | 'unitCode' | 'supervisorNip';

export const STAFF: TemplateDef<StaffKey> = {
  sheet: 'Pegawai',
  columns: [
    {
      key: 'nip',
      header: 'NIP',
      required: true,
      rule: '18 angka: tanggal lahir (yyyymmdd), TMT (yyyymm), jenis kelamin 1/2, nomor urut 3 angka',
      description: 'Nomor Induk Pegawai; baris dicocokkan dengan NIP saat impor ulang.',
      example: '198503122010011002',
      check: nipRule,
    },
    {
      key: 'name',
      header: 'Nama',
      required: true,
      rule: 'Paling banyak 200 karakter',
      description: 'Nama lengkap dengan gelar.',
      example: 'dr. Baiq Nurul Aini, M.Kes.',
      check: maxLength(200),
    },
    {
      key: 'golongan',
      header: 'Golongan',
      required: false,
      rule: 'I/a–I/d, II/a–II/d, III/a–III/d atau IV/a–IV/e',
      description: 'Golongan/ruang PNS.',
      example: 'IV/b',
      check: (text) => (GOLONGAN.test(text) ? null : 'golongan'),
    },
    {
      key: 'position',
      header: 'Jabatan',
      required: true,
      rule: 'Paling banyak 200 karakter; satu pejabat per jabatan di satu unit',
      description: 'Nama jabatan di unitnya; dibuat bila belum ada.',
      example: 'Kepala Dinas Kesehatan',
      check: maxLength(200),
    },
    {
      key: 'level',
      header: 'Jenis jabatan',
      required: false,
      rule: 'JPT, Administrator, Pengawas, Pelaksana atau Fungsional; kosong: Pelaksana',
      description: 'Eselon II (JPT), III (Administrator), IV (Pengawas), atau staf.',
      example: 'JPT',
      check: (text) => (POSITION_LEVELS[text.toLowerCase()] ? null : 'level'),
    },
    {
      key: 'unitCode',
      header: 'Kode unit',
      required: true,
      rule: 'Kode unit yang sudah ada (impor Organisasi lebih dulu)',
      description: 'Unit tempat jabatan itu berada.',
      example: 'DINKES',
      check: unitCode,
    },
    {
      key: 'supervisorNip',
      header: 'NIP atasan',
      required: false,
      rule: 'NIP pegawai lain di berkas ini atau yang sudah ada',
      description: 'Atasan langsung: jabatannya menjadi induk jabatan ini.',
      example: '',
      check: (text) => (/^\d{18}$/.test(text) ? null : 'nipDigits'),
    },
  ],
};

export const TEMPLATES = {
  organisasi: ORGANISATION,
  pegawai: STAFF,
  rencana: PLAN,
  anggaran: BUDGET,
} as const;
export type TemplateName = keyof typeof TEMPLATES;
