// Reference data for the NTB demo: real institutions and places, plausible indicator levels.
// People are generated elsewhere and are always fictional.
import type { Aggregation, Frequency, Perspective, Polarity } from '../generated/prisma/enums';

export const PROVINCE = {
  code: '52',
  name: 'Provinsi Nusa Tenggara Barat',
  shortName: 'NTB',
  capital: 'Mataram',
};

export const REGENCIES: {
  code: string;
  name: string;
  shortName: string;
  kind: 'REGENCY' | 'CITY';
  capital: string;
}[] = [
  {
    code: '5201',
    name: 'Kabupaten Lombok Barat',
    shortName: 'Lombok Barat',
    kind: 'REGENCY',
    capital: 'Gerung',
  },
  {
    code: '5202',
    name: 'Kabupaten Lombok Tengah',
    shortName: 'Lombok Tengah',
    kind: 'REGENCY',
    capital: 'Praya',
  },
  {
    code: '5203',
    name: 'Kabupaten Lombok Timur',
    shortName: 'Lombok Timur',
    kind: 'REGENCY',
    capital: 'Selong',
  },
  {
    code: '5204',
    name: 'Kabupaten Sumbawa',
    shortName: 'Sumbawa',
    kind: 'REGENCY',
    capital: 'Sumbawa Besar',
  },
  { code: '5205', name: 'Kabupaten Dompu', shortName: 'Dompu', kind: 'REGENCY', capital: 'Dompu' },
  { code: '5206', name: 'Kabupaten Bima', shortName: 'Bima', kind: 'REGENCY', capital: 'Woha' },
  {
    code: '5207',
    name: 'Kabupaten Sumbawa Barat',
    shortName: 'Sumbawa Barat',
    kind: 'REGENCY',
    capital: 'Taliwang',
  },
  {
    code: '5208',
    name: 'Kabupaten Lombok Utara',
    shortName: 'Lombok Utara',
    kind: 'REGENCY',
    capital: 'Tanjung',
  },
  { code: '5271', name: 'Kota Mataram', shortName: 'Mataram', kind: 'CITY', capital: 'Mataram' },
  { code: '5272', name: 'Kota Bima', shortName: 'Kota Bima', kind: 'CITY', capital: 'Bima' },
];

export interface IndicatorSpec {
  name: string;
  unit: string;
  polarity: Polarity;
  aggregation: Aggregation;
  frequency: Frequency;
  /** Annual target for SUM indicators, the level otherwise; [low, high] for STABILIZE. */
  target: number | [number, number];
  weight?: number;
  /** Code of the province indicator this one contributes to. */
  cascadesFrom?: string;
}

export interface OpdSpec {
  code: string;
  name: string;
  shortName: string;
  /** Annual budget (pagu) in Rupiah. */
  budget: number;
  /** Divisions (bidang/bagian); the Sekretariat is added to every OPD. */
  divisions?: string[];
  /** The OPD's own outcome objective and its indicators (STAKEHOLDER perspective). */
  objective?: string;
  indicators?: IndicatorSpec[];
  program?: string;
  /** Province objective (by code) this OPD's outcome objective cascades from. */
  cascadesFrom?: string;
}

const T = 1_000_000_000; // one miliar Rupiah

export const PROVINCE_OBJECTIVES: {
  code: string;
  name: string;
  perspective: Perspective;
  weight: number;
  indicators: (IndicatorSpec & { code: string })[];
}[] = [
  {
    code: 'S1',
    name: 'Meningkatnya kesejahteraan dan kemandirian masyarakat',
    perspective: 'STAKEHOLDER',
    weight: 2,
    indicators: [
      {
        code: 'IKU-01',
        name: 'Persentase penduduk miskin',
        unit: '%',
        polarity: 'MINIMIZE',
        aggregation: 'LAST',
        frequency: 'SEMESTER',
        target: 13.2,
      },
      {
        code: 'IKU-02',
        name: 'Pertumbuhan ekonomi tanpa tambang',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 5.2,
      },
      {
        code: 'IKU-03',
        name: 'Tingkat pengangguran terbuka',
        unit: '%',
        polarity: 'MINIMIZE',
        aggregation: 'LAST',
        frequency: 'SEMESTER',
        target: 2.9,
      },
      {
        code: 'IKU-04',
        name: 'Inflasi',
        unit: '%',
        polarity: 'STABILIZE',
        aggregation: 'LAST',
        frequency: 'MONTHLY',
        target: [2, 4],
      },
    ],
  },
  {
    code: 'S2',
    name: 'Meningkatnya kualitas sumber daya manusia',
    perspective: 'STAKEHOLDER',
    weight: 2,
    indicators: [
      {
        code: 'IKU-05',
        name: 'Indeks Pembangunan Manusia',
        unit: 'indeks',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'YEARLY',
        target: 72.9,
      },
      {
        code: 'IKU-06',
        name: 'Angka kematian ibu',
        unit: 'per 100.000 kelahiran hidup',
        polarity: 'MINIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 105,
      },
      {
        code: 'IKU-07',
        name: 'Prevalensi stunting',
        unit: '%',
        polarity: 'MINIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 22,
      },
      {
        code: 'IKU-08',
        name: 'Rata-rata lama sekolah',
        unit: 'tahun',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'YEARLY',
        target: 7.9,
      },
    ],
  },
  {
    code: 'C1',
    name: 'Meningkatnya kualitas pelayanan publik dan infrastruktur',
    perspective: 'CUSTOMER',
    weight: 1,
    indicators: [
      {
        code: 'IKU-09',
        name: 'Indeks kepuasan masyarakat',
        unit: 'indeks',
        polarity: 'MAXIMIZE',
        aggregation: 'AVERAGE',
        frequency: 'QUARTERLY',
        target: 82,
      },
      {
        code: 'IKU-10',
        name: 'Persentase jalan provinsi dalam kondisi mantap',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 78,
      },
      {
        code: 'IKU-11',
        name: 'Jumlah kunjungan wisatawan',
        unit: 'orang',
        polarity: 'MAXIMIZE',
        aggregation: 'SUM',
        frequency: 'MONTHLY',
        target: 2_400_000,
      },
    ],
  },
  {
    code: 'P1',
    name: 'Meningkatnya efektivitas tata kelola pemerintahan',
    perspective: 'INTERNAL_PROCESS',
    weight: 1,
    indicators: [
      {
        code: 'IKU-12',
        name: 'Realisasi pendapatan asli daerah',
        unit: 'Rp miliar',
        polarity: 'MAXIMIZE',
        aggregation: 'SUM',
        frequency: 'MONTHLY',
        target: 3_100,
      },
      {
        code: 'IKU-13',
        name: 'Persentase penyerapan anggaran daerah',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'MONTHLY',
        target: 95,
      },
    ],
  },
  {
    code: 'L1',
    name: 'Meningkatnya kapasitas aparatur dan reformasi birokrasi',
    perspective: 'LEARNING_GROWTH',
    weight: 1,
    indicators: [
      {
        code: 'IKU-14',
        name: 'Nilai SAKIP Pemerintah Provinsi',
        unit: 'nilai',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'YEARLY',
        target: 78,
      },
      {
        code: 'IKU-15',
        name: 'Indeks Reformasi Birokrasi',
        unit: 'indeks',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'YEARLY',
        target: 75,
      },
    ],
  },
];

export const PERSPECTIVE_WEIGHTS: Record<Perspective, number> = {
  STAKEHOLDER: 30,
  CUSTOMER: 20,
  INTERNAL_PROCESS: 30,
  LEARNING_GROWTH: 20,
};

// The OPDs of Pemprov NTB (shared/data reference). Sector indicators for the larger ones;
// the rest use the common set built in demo.ts.
export const OPDS: OpdSpec[] = [
  { code: '4.02.01', name: 'Sekretariat DPRD', shortName: 'Setwan', budget: 180 * T },
  {
    code: '6.01.01',
    name: 'Inspektorat',
    shortName: 'Inspektorat',
    budget: 32 * T,
    divisions: ['Inspektur Pembantu Wilayah I', 'Inspektur Pembantu Wilayah II', 'Inspektur Pembantu Khusus'],
  },
  {
    code: '5.01.01',
    name: 'Badan Perencanaan Pembangunan Daerah',
    shortName: 'Bappeda',
    budget: 48 * T,
    cascadesFrom: 'P1',
    divisions: [
      'Bidang Perencanaan Ekonomi dan SDA',
      'Bidang Perencanaan Sosial Budaya',
      'Bidang Pengendalian dan Evaluasi',
    ],
    objective: 'Meningkatnya kualitas perencanaan pembangunan daerah',
    indicators: [
      {
        name: 'Persentase keselarasan program RKPD dengan RPJMD',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'SEMESTER',
        target: 95,
      },
      {
        name: 'Nilai evaluasi kinerja pembangunan daerah',
        unit: 'nilai',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'YEARLY',
        target: 80,
      },
    ],
  },
  {
    code: '5.02.01',
    name: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    shortName: 'BPKAD',
    budget: 260 * T,
    divisions: ['Bidang Anggaran', 'Bidang Perbendaharaan', 'Bidang Aset'],
    objective: 'Meningkatnya akuntabilitas pengelolaan keuangan daerah',
    indicators: [
      {
        name: 'Persentase penyerapan anggaran daerah',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'MONTHLY',
        target: 95,
        cascadesFrom: 'IKU-13',
      },
    ],
  },
  {
    code: '5.02.02',
    name: 'Badan Pendapatan Daerah',
    shortName: 'Bapenda',
    budget: 120 * T,
    cascadesFrom: 'P1',
    divisions: [
      'Bidang Pajak Daerah',
      'Bidang Retribusi dan Pendapatan Lain',
      'Bidang Pengendalian dan Evaluasi Pendapatan',
    ],
    objective: 'Meningkatnya pendapatan asli daerah',
    indicators: [
      {
        name: 'Realisasi pendapatan asli daerah',
        unit: 'Rp miliar',
        polarity: 'MAXIMIZE',
        aggregation: 'SUM',
        frequency: 'MONTHLY',
        target: 3_100,
        cascadesFrom: 'IKU-12',
      },
    ],
  },
  {
    code: '5.03.01',
    name: 'Badan Kepegawaian Daerah',
    shortName: 'BKD',
    budget: 40 * T,
    cascadesFrom: 'L1',
    divisions: [
      'Bidang Pengadaan dan Informasi',
      'Bidang Mutasi dan Promosi',
      'Bidang Pengembangan Aparatur',
    ],
    objective: 'Meningkatnya profesionalitas ASN',
    indicators: [
      {
        name: 'Indeks profesionalitas ASN',
        unit: 'indeks',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'YEARLY',
        target: 76,
      },
    ],
  },
  { code: '5.04.01', name: 'Badan Pengembangan Sumber Daya Manusia', shortName: 'BPSDM', budget: 36 * T },
  {
    code: '1.05.02',
    name: 'Badan Penanggulangan Bencana Daerah',
    shortName: 'BPBD',
    budget: 28 * T,
    divisions: [
      'Bidang Pencegahan dan Kesiapsiagaan',
      'Bidang Kedaruratan dan Logistik',
      'Bidang Rehabilitasi dan Rekonstruksi',
    ],
    objective: 'Menurunnya risiko bencana daerah',
    indicators: [
      {
        name: 'Indeks risiko bencana',
        unit: 'indeks',
        polarity: 'MINIMIZE',
        aggregation: 'LAST',
        frequency: 'YEARLY',
        target: 128,
      },
    ],
  },
  {
    code: '8.01.01',
    name: 'Badan Kesatuan Bangsa dan Politik Dalam Negeri',
    shortName: 'Bakesbangpoldagri',
    budget: 22 * T,
  },
  { code: '5.05.01', name: 'Badan Riset dan Inovasi Daerah', shortName: 'BRIDA', budget: 18 * T },
  {
    code: '1.01.01',
    name: 'Dinas Pendidikan dan Kebudayaan',
    shortName: 'Dikbud',
    budget: 1_250 * T,
    cascadesFrom: 'S2',
    divisions: ['Bidang Pembinaan SMA', 'Bidang Pembinaan SMK', 'Bidang Pendidikan Khusus dan Kebudayaan'],
    objective: 'Meningkatnya akses dan mutu pendidikan menengah',
    program: 'Program Pengelolaan Pendidikan',
    indicators: [
      {
        name: 'Angka partisipasi kasar SMA/SMK',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'SEMESTER',
        target: 96,
      },
      {
        name: 'Rata-rata lama sekolah',
        unit: 'tahun',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'YEARLY',
        target: 7.9,
        cascadesFrom: 'IKU-08',
      },
      {
        name: 'Persentase sekolah terakreditasi minimal B',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'SEMESTER',
        target: 88,
      },
    ],
  },
  {
    code: '1.02.01',
    name: 'Dinas Kesehatan',
    shortName: 'Dikes',
    budget: 420 * T,
    cascadesFrom: 'S2',
    divisions: [
      'Bidang Kesehatan Masyarakat',
      'Bidang Pencegahan dan Pengendalian Penyakit',
      'Bidang Pelayanan dan Sumber Daya Kesehatan',
    ],
    objective: 'Meningkatnya derajat kesehatan masyarakat',
    program: 'Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat',
    indicators: [
      {
        name: 'Angka kematian ibu',
        unit: 'per 100.000 kelahiran hidup',
        polarity: 'MINIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 105,
        cascadesFrom: 'IKU-06',
      },
      {
        name: 'Prevalensi stunting pada balita',
        unit: '%',
        polarity: 'MINIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 22,
        cascadesFrom: 'IKU-07',
      },
      {
        name: 'Cakupan imunisasi dasar lengkap',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'MONTHLY',
        target: 95,
      },
      {
        name: 'Persentase penduduk dengan jaminan kesehatan',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'MONTHLY',
        target: 98,
      },
    ],
  },
  {
    code: '1.03.01',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'PUPR',
    budget: 610 * T,
    cascadesFrom: 'C1',
    divisions: ['Bidang Bina Marga', 'Bidang Sumber Daya Air', 'Bidang Cipta Karya dan Penataan Ruang'],
    objective: 'Meningkatnya kualitas infrastruktur jalan dan sumber daya air',
    program: 'Program Penyelenggaraan Jalan',
    indicators: [
      {
        name: 'Persentase jalan provinsi dalam kondisi mantap',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 78,
        cascadesFrom: 'IKU-10',
      },
      {
        name: 'Persentase daerah irigasi kewenangan provinsi dalam kondisi baik',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 72,
      },
      {
        name: 'Panjang jalan provinsi yang ditingkatkan',
        unit: 'km',
        polarity: 'MAXIMIZE',
        aggregation: 'SUM',
        frequency: 'MONTHLY',
        target: 64,
      },
    ],
  },
  { code: '1.04.01', name: 'Dinas Perumahan dan Permukiman', shortName: 'Perkim', budget: 95 * T },
  { code: '1.05.01', name: 'Satuan Polisi Pamong Praja', shortName: 'Satpol PP', budget: 30 * T },
  {
    code: '1.06.01',
    name: 'Dinas Sosial',
    shortName: 'Dinsos',
    budget: 85 * T,
    cascadesFrom: 'S1',
    objective: 'Meningkatnya perlindungan dan jaminan sosial',
    indicators: [
      {
        name: 'Persentase PMKS yang tertangani',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 70,
      },
    ],
  },
  {
    code: '2.07.01',
    name: 'Dinas Tenaga Kerja dan Transmigrasi',
    shortName: 'Disnakertrans',
    budget: 55 * T,
    cascadesFrom: 'S1',
    objective: 'Meningkatnya kesempatan kerja',
    indicators: [
      {
        name: 'Tingkat pengangguran terbuka',
        unit: '%',
        polarity: 'MINIMIZE',
        aggregation: 'LAST',
        frequency: 'SEMESTER',
        target: 2.9,
        cascadesFrom: 'IKU-03',
      },
      {
        name: 'Jumlah tenaga kerja yang ditempatkan',
        unit: 'orang',
        polarity: 'MAXIMIZE',
        aggregation: 'SUM',
        frequency: 'MONTHLY',
        target: 18_000,
      },
    ],
  },
  {
    code: '2.08.01',
    name: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
    shortName: 'DP3AP2KB',
    budget: 34 * T,
  },
  { code: '2.09.01', name: 'Dinas Ketahanan Pangan', shortName: 'DKP Pangan', budget: 30 * T },
  {
    code: '2.11.01',
    name: 'Dinas Lingkungan Hidup dan Kehutanan',
    shortName: 'DLHK',
    budget: 110 * T,
    objective: 'Meningkatnya kualitas lingkungan hidup',
    indicators: [
      {
        name: 'Indeks kualitas lingkungan hidup',
        unit: 'indeks',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'SEMESTER',
        target: 71,
      },
    ],
  },
  {
    code: '2.13.01',
    name: 'Dinas Pemberdayaan Masyarakat, Pemerintahan Desa, Kependudukan dan Catatan Sipil',
    shortName: 'DPMPD-Dukcapil',
    budget: 38 * T,
  },
  { code: '2.15.01', name: 'Dinas Perhubungan', shortName: 'Dishub', budget: 72 * T },
  {
    code: '2.16.01',
    name: 'Dinas Komunikasi, Informatika dan Statistik',
    shortName: 'Diskominfotik',
    budget: 45 * T,
  },
  {
    code: '2.17.01',
    name: 'Dinas Koperasi, Usaha Kecil dan Menengah',
    shortName: 'Diskop UKM',
    budget: 28 * T,
  },
  {
    code: '2.18.01',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    budget: 26 * T,
    objective: 'Meningkatnya realisasi investasi',
    indicators: [
      {
        name: 'Realisasi investasi',
        unit: 'Rp miliar',
        polarity: 'MAXIMIZE',
        aggregation: 'SUM',
        frequency: 'QUARTERLY',
        target: 28_000,
      },
    ],
  },
  { code: '2.19.01', name: 'Dinas Pemuda dan Olahraga', shortName: 'Dispora', budget: 40 * T },
  { code: '2.23.01', name: 'Dinas Perpustakaan dan Kearsipan', shortName: 'Dispusarda', budget: 20 * T },
  { code: '3.25.01', name: 'Dinas Kelautan dan Perikanan', shortName: 'DKP', budget: 60 * T },
  {
    code: '3.27.01',
    name: 'Dinas Pertanian dan Perkebunan',
    shortName: 'Distanbun',
    budget: 115 * T,
    cascadesFrom: 'S1',
    objective: 'Meningkatnya produksi dan produktivitas pertanian',
    indicators: [
      {
        name: 'Produksi padi',
        unit: 'ton GKG',
        polarity: 'MAXIMIZE',
        aggregation: 'SUM',
        frequency: 'MONTHLY',
        target: 1_550_000,
      },
    ],
  },
  {
    code: '3.27.02',
    name: 'Dinas Peternakan dan Kesehatan Hewan',
    shortName: 'Disnakkeswan',
    budget: 58 * T,
  },
  {
    code: '3.26.01',
    name: 'Dinas Pariwisata',
    shortName: 'Dispar',
    budget: 52 * T,
    cascadesFrom: 'C1',
    objective: 'Meningkatnya daya tarik pariwisata daerah',
    indicators: [
      {
        name: 'Jumlah kunjungan wisatawan',
        unit: 'orang',
        polarity: 'MAXIMIZE',
        aggregation: 'SUM',
        frequency: 'MONTHLY',
        target: 2_400_000,
        cascadesFrom: 'IKU-11',
      },
    ],
  },
  { code: '3.28.01', name: 'Dinas Energi dan Sumber Daya Mineral', shortName: 'ESDM', budget: 35 * T },
  {
    code: '3.30.01',
    name: 'Dinas Perdagangan',
    shortName: 'Disdag',
    budget: 33 * T,
    objective: 'Terkendalinya harga dan meningkatnya perdagangan',
    indicators: [
      {
        name: 'Inflasi',
        unit: '%',
        polarity: 'STABILIZE',
        aggregation: 'LAST',
        frequency: 'MONTHLY',
        target: [2, 4],
        cascadesFrom: 'IKU-04',
      },
    ],
  },
  { code: '3.31.01', name: 'Dinas Perindustrian', shortName: 'Disperin', budget: 31 * T },
  {
    code: '1.02.02',
    name: 'Rumah Sakit Umum Daerah Provinsi NTB',
    shortName: 'RSUDP',
    budget: 380 * T,
    objective: 'Meningkatnya mutu pelayanan rumah sakit',
    indicators: [
      {
        name: 'Bed occupancy rate',
        unit: '%',
        polarity: 'STABILIZE',
        aggregation: 'AVERAGE',
        frequency: 'MONTHLY',
        target: [60, 85],
      },
      {
        name: 'Angka kematian pasien ≥ 48 jam (NDR)',
        unit: 'per mil',
        polarity: 'MINIMIZE',
        aggregation: 'AVERAGE',
        frequency: 'MONTHLY',
        target: 25,
      },
    ],
  },
  { code: '1.02.03', name: 'Rumah Sakit Jiwa Mutiara Sukma', shortName: 'RSJ', budget: 90 * T },
  { code: '1.02.04', name: 'Rumah Sakit Mata NTB', shortName: 'RS Mata', budget: 45 * T },
];

/** A smaller OPD set for each kabupaten/kota (names follow common regency nomenclature). */
export const REGENCY_OPDS: OpdSpec[] = [
  {
    code: 'R.01',
    name: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
    shortName: 'Bapperida',
    budget: 12 * T,
  },
  { code: 'R.02', name: 'Badan Keuangan dan Aset Daerah', shortName: 'BKAD', budget: 40 * T },
  { code: 'R.03', name: 'Inspektorat', shortName: 'Inspektorat', budget: 8 * T },
  {
    code: 'R.04',
    name: 'Dinas Pendidikan',
    shortName: 'Disdik',
    budget: 420 * T,
    objective: 'Meningkatnya mutu pendidikan dasar',
    indicators: [
      {
        name: 'Angka partisipasi murni SD/SMP',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'SEMESTER',
        target: 94,
      },
    ],
  },
  {
    code: 'R.05',
    name: 'Dinas Kesehatan',
    shortName: 'Dikes',
    budget: 160 * T,
    objective: 'Meningkatnya derajat kesehatan masyarakat',
    indicators: [
      {
        name: 'Prevalensi stunting pada balita',
        unit: '%',
        polarity: 'MINIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 20,
      },
      {
        name: 'Cakupan imunisasi dasar lengkap',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'MONTHLY',
        target: 95,
      },
    ],
  },
  {
    code: 'R.06',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'PUPR',
    budget: 210 * T,
    objective: 'Meningkatnya kualitas jalan kabupaten/kota',
    indicators: [
      {
        name: 'Persentase jalan kabupaten/kota dalam kondisi mantap',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 70,
      },
    ],
  },
  { code: 'R.07', name: 'Dinas Sosial', shortName: 'Dinsos', budget: 18 * T },
  {
    code: 'R.08',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    budget: 9 * T,
  },
];

/** Indicators every OPD has, by perspective (the customer and internal-process views). */
export const COMMON_OPD_INDICATORS: {
  perspective: Perspective;
  objective: string;
  indicators: IndicatorSpec[];
}[] = [
  {
    perspective: 'CUSTOMER',
    objective: 'Meningkatnya kepuasan penerima layanan',
    indicators: [
      {
        name: 'Indeks kepuasan masyarakat',
        unit: 'indeks',
        polarity: 'MAXIMIZE',
        aggregation: 'AVERAGE',
        frequency: 'QUARTERLY',
        target: 82,
        cascadesFrom: 'IKU-09',
      },
    ],
  },
  {
    perspective: 'INTERNAL_PROCESS',
    objective: 'Meningkatnya efektivitas pelaksanaan program dan anggaran',
    indicators: [
      {
        name: 'Persentase realisasi fisik kegiatan',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'MONTHLY',
        target: 100,
        weight: 2,
      },
      {
        name: 'Persentase penyerapan anggaran',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'MONTHLY',
        target: 95,
        weight: 2,
      },
    ],
  },
  {
    perspective: 'LEARNING_GROWTH',
    objective: 'Meningkatnya kapasitas aparatur dan akuntabilitas kinerja',
    indicators: [
      {
        name: 'Persentase ASN yang mengikuti pengembangan kompetensi',
        unit: '%',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'QUARTERLY',
        target: 80,
      },
      {
        name: 'Nilai evaluasi SAKIP perangkat daerah',
        unit: 'nilai',
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'YEARLY',
        target: 75,
      },
    ],
  },
];

export const GENERIC_DIVISIONS = ['Bidang Perencanaan dan Program', 'Bidang Pelayanan dan Pengembangan'];

export const SECRETARIAT_SECTIONS = ['Subbagian Perencanaan dan Keuangan', 'Subbagian Umum dan Kepegawaian'];
export const DIVISION_SECTIONS = ['Seksi Perencanaan dan Pelaksanaan', 'Seksi Monitoring dan Evaluasi'];

// Fictional names in the styles common in NTB (Sasak, Samawa, Mbojo and national names).
export const GIVEN_NAMES_MALE = [
  'Lalu',
  'Muhammad',
  'Ahmad',
  'Abdul',
  'Rizal',
  'Fathurrahman',
  'Suhaimi',
  'Zulkifli',
  'Hendra',
  'Agus',
  'Wayan',
  'Gede',
  'Syamsul',
  'Irfan',
  'Yusuf',
  'Taufik',
];
export const GIVEN_NAMES_FEMALE = [
  'Baiq',
  'Siti',
  'Nurul',
  'Dewi',
  'Rahmawati',
  'Hajar',
  'Ayu',
  'Made',
  'Fitri',
  'Laila',
  'Sri',
  'Wulan',
  'Nining',
  'Yuliana',
  'Marlina',
  'Zahra',
];
export const FAMILY_NAMES = [
  'Hidayat',
  'Saputra',
  'Hamdani',
  'Maulana',
  'Fauzi',
  'Rahman',
  'Sukardi',
  'Wijaya',
  'Hakim',
  'Anwar',
  'Ramdhani',
  'Setiawan',
  'Mahsun',
  'Azhari',
  'Sudirman',
  'Kurniawan',
  'Hasanah',
  'Aprilia',
  'Safitri',
  'Wahyuni',
];
export const DEGREES = [
  'S.E.',
  'S.T.',
  'S.Sos.',
  'S.Kom.',
  'S.H.',
  'S.Pd.',
  'S.K.M.',
  'S.P.',
  'M.Si.',
  'M.T.',
  'M.M.',
  'M.Kes.',
  'M.Pd.',
];
