// The filled onboarding workbooks of a fictional kabupaten (Kabupaten Tambora Raya): 16 OPDs,
// 48 bidang/bagian, 32 seksi and 320 officials with valid NIPs, every name made up. Deterministic,
// so the committed example files only change when this does.
import { nipProblem } from '../../orgAdmin/lib/orgInputs';

type Cell = string | null;

export interface Opd {
  code: string;
  name: string;
  shortName: string;
  head: string;
  /** Bagian for the Sekretariat Daerah, bidang elsewhere. */
  divisions: string[];
}

export const EXAMPLE_OPDS: readonly Opd[] = [
  {
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    shortName: 'Setda',
    head: 'Sekretaris Daerah',
    divisions: ['Bagian Pemerintahan', 'Bagian Perekonomian', 'Bagian Umum'],
  },
  {
    code: 'SETWAN',
    name: 'Sekretariat DPRD',
    shortName: 'Setwan',
    head: 'Sekretaris DPRD',
    divisions: ['Bagian Persidangan', 'Bagian Keuangan', 'Bagian Umum'],
  },
  {
    code: 'INSPEKTORAT',
    name: 'Inspektorat Daerah',
    shortName: 'Inspektorat',
    head: 'Inspektur',
    divisions: ['Sekretariat', 'Inspektur Pembantu Wilayah I', 'Inspektur Pembantu Wilayah II'],
  },
  {
    code: 'BAPPEDA',
    name: 'Badan Perencanaan Pembangunan Daerah',
    shortName: 'Bappeda',
    head: 'Kepala Bappeda',
    divisions: ['Sekretariat', 'Bidang Perencanaan Ekonomi', 'Bidang Perencanaan Sosial Budaya'],
  },
  {
    code: 'BPKAD',
    name: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    shortName: 'BPKAD',
    head: 'Kepala BPKAD',
    divisions: ['Sekretariat', 'Bidang Anggaran', 'Bidang Aset'],
  },
  {
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan SDM',
    shortName: 'BKPSDM',
    head: 'Kepala BKPSDM',
    divisions: ['Sekretariat', 'Bidang Mutasi', 'Bidang Pengembangan Kompetensi'],
  },
  {
    code: 'DIKBUD',
    name: 'Dinas Pendidikan dan Kebudayaan',
    shortName: 'Dikbud',
    head: 'Kepala Dinas Pendidikan dan Kebudayaan',
    divisions: ['Sekretariat', 'Bidang Pembinaan SD', 'Bidang Pembinaan SMP'],
  },
  {
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    shortName: 'Dinkes',
    head: 'Kepala Dinas Kesehatan',
    divisions: ['Sekretariat', 'Bidang Kesehatan Masyarakat', 'Bidang Pelayanan Kesehatan'],
  },
  {
    code: 'PUPR',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'PUPR',
    head: 'Kepala Dinas PUPR',
    divisions: ['Sekretariat', 'Bidang Bina Marga', 'Bidang Sumber Daya Air'],
  },
  {
    code: 'DINSOS',
    name: 'Dinas Sosial',
    shortName: 'Dinsos',
    head: 'Kepala Dinas Sosial',
    divisions: ['Sekretariat', 'Bidang Rehabilitasi Sosial', 'Bidang Perlindungan Sosial'],
  },
  {
    code: 'DISTAN',
    name: 'Dinas Pertanian',
    shortName: 'Distan',
    head: 'Kepala Dinas Pertanian',
    divisions: ['Sekretariat', 'Bidang Tanaman Pangan', 'Bidang Peternakan'],
  },
  {
    code: 'DISHUB',
    name: 'Dinas Perhubungan',
    shortName: 'Dishub',
    head: 'Kepala Dinas Perhubungan',
    divisions: ['Sekretariat', 'Bidang Lalu Lintas', 'Bidang Angkutan'],
  },
  {
    code: 'DLH',
    name: 'Dinas Lingkungan Hidup',
    shortName: 'DLH',
    head: 'Kepala Dinas Lingkungan Hidup',
    divisions: ['Sekretariat', 'Bidang Pengelolaan Sampah', 'Bidang Pengendalian Pencemaran'],
  },
  {
    code: 'DUKCAPIL',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    shortName: 'Dukcapil',
    head: 'Kepala Dinas Dukcapil',
    divisions: ['Sekretariat', 'Bidang Pelayanan Pendaftaran Penduduk', 'Bidang Pencatatan Sipil'],
  },
  {
    code: 'DISPAR',
    name: 'Dinas Pariwisata',
    shortName: 'Dispar',
    head: 'Kepala Dinas Pariwisata',
    divisions: ['Sekretariat', 'Bidang Destinasi', 'Bidang Pemasaran'],
  },
  {
    code: 'DISKOMINFO',
    name: 'Dinas Komunikasi dan Informatika',
    shortName: 'Diskominfo',
    head: 'Kepala Dinas Kominfo',
    divisions: ['Sekretariat', 'Bidang Aplikasi Informatika', 'Bidang Statistik dan Persandian'],
  },
];

const FIRST = [
  'Lalu',
  'Baiq',
  'Muhammad',
  'Siti',
  'Ahmad',
  'Nurul',
  'I Made',
  'Ni Luh',
  'Abdul',
  'Dewi',
  'Hendra',
  'Sri',
  'Rizal',
  'Fitri',
  'Agus',
  'Rina',
  'Yusuf',
  'Wahyu',
  'Ratna',
  'Zainal',
];
const LAST = [
  'Hidayat',
  'Wulandari',
  'Saputra',
  'Rahmawati',
  'Kurniawan',
  'Lestari',
  'Hakim',
  'Maharani',
  'Syamsudin',
  'Pratiwi',
  'Arifin',
  'Anggraini',
  'Jayadi',
  'Susanti',
  'Ramdhani',
  'Handayani',
  'Firmansyah',
];
const DEGREES = ['S.E.', 'S.Sos.', 'S.T.', 'S.Kom.', 'S.H.', 'S.Pd.', 'A.Md.', 'S.IP.'];
const FEMALE = new Set(['Baiq', 'Siti', 'Nurul', 'Ni Luh', 'Dewi', 'Sri', 'Fitri', 'Rina', 'Ratna']);

/** The example workbooks' data rows, in the templates' column order. */
export function exampleKabupaten(): { organisasi: Cell[][]; pegawai: Cell[][] } {
  const organisasi: Cell[][] = [];
  const pegawai: Cell[][] = [];
  let n = 0;
  const nips = new Set<string>();
  const person = (level: 'JPT' | 'ADMINISTRATOR' | 'SUPERVISOR' | 'STAFF') => {
    n += 1;
    const first = FIRST[n % FIRST.length]!;
    const name = `${first} ${LAST[(n * 7) % LAST.length]}, ${DEGREES[n % DEGREES.length]}${level === 'JPT' || level === 'ADMINISTRATOR' ? ' M.Si.' : ''}`;
    const birthYear = { JPT: 1966, ADMINISTRATOR: 1972, SUPERVISOR: 1978, STAFF: 1985 }[level] + (n % 9);
    const birth = `${birthYear}${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}`;
    const tmt = `${birthYear + 24 + (n % 5)}${String(((n * 5) % 12) + 1).padStart(2, '0')}`;
    let sequence = n % 1000;
    let nip = '';
    do {
      sequence = (sequence + 1) % 1000;
      nip = `${birth}${tmt}${FEMALE.has(first) ? '2' : '1'}${String(sequence).padStart(3, '0')}`;
    } while (nips.has(nip));
    if (nipProblem(nip)) throw new Error(`generated an invalid NIP ${nip}`);
    nips.add(nip);
    const golongan = {
      JPT: 'IV/c',
      ADMINISTRATOR: 'IV/a',
      SUPERVISOR: 'III/d',
      STAFF: ['II/c', 'III/a', 'III/b', 'III/c'][n % 4]!,
    }[level];
    return { nip, name, golongan };
  };
  const levelName = {
    JPT: 'JPT',
    ADMINISTRATOR: 'Administrator',
    SUPERVISOR: 'Pengawas',
    STAFF: 'Pelaksana',
  } as const;
  const official = (
    level: keyof typeof levelName,
    title: string,
    unitCode: string,
    supervisor: string | null,
  ): string => {
    const p = person(level);
    pegawai.push([p.nip, p.name, p.golongan, title, levelName[level], unitCode, supervisor]);
    return p.nip;
  };

  for (const opd of EXAMPLE_OPDS) {
    organisasi.push([opd.code, null, opd.name, opd.shortName, 'OPD', opd.head]);
    const kepala = official('JPT', opd.head, opd.code, null);
    opd.divisions.forEach((division, d) => {
      const code = `${opd.code}.${String(d + 1).padStart(2, '0')}`;
      const isBagian = division.startsWith('Bagian');
      const head = division === 'Sekretariat' ? `Sekretaris ${opd.shortName}` : `Kepala ${division}`;
      organisasi.push([
        code,
        opd.code,
        `${division} ${opd.shortName}`,
        division.slice(0, 60),
        isBagian ? 'Bagian' : 'Bidang',
        head,
      ]);
      const kabid = official('ADMINISTRATOR', head, code, kepala);
      if (d === 1) {
        for (const [s, topic] of ['Perencanaan', 'Evaluasi dan Pelaporan'].entries()) {
          const seksiCode = `${code}.${String(s + 1).padStart(2, '0')}`;
          const seksi = `${isBagian ? 'Subbagian' : 'Seksi'} ${topic}`;
          organisasi.push([
            seksiCode,
            code,
            `${seksi} ${division}`,
            seksi,
            isBagian ? 'Subbagian' : 'Seksi',
            `Kepala ${seksi}`,
          ]);
          const kasi = official('SUPERVISOR', `Kepala ${seksi}`, seksiCode, kabid);
          official('STAFF', `Pengelola ${topic}`, seksiCode, kasi);
        }
      }
      for (const [k, task] of [
        'Analis Kebijakan',
        'Pengelola Data',
        'Penyusun Program',
        'Pengadministrasi Umum',
      ].entries())
        official('STAFF', `${task} ${k + 1}`, code, kabid);
    });
  }
  return { organisasi, pegawai };
}
