// The filled Anggaran workbook of the example kabupaten (Kabupaten Tambora Raya): for every OPD the
// common support program and one program of its own affairs, 6 sub-kegiatan each, with Permendagri
// 90/2019 codes, pagu, an S-shaped monthly plan that adds up to the pagu in force in December, and
// an APBD-P revision on every fourth line. Programs link to the OPD's indicators IK.01, IK.02.
// Deterministic, so the committed example file only changes when this does.
import { BUDGET, MONTH_NUMBERS, type BudgetKey } from './budgetTemplate';

type Cell = string | null;

export interface ExampleOpd {
  code: string;
  /** The PIC of its programs (the head's NIP), when known. */
  headNip?: string | null;
}

/** Urusan/bidang urusan of each OPD and its own program: name, kegiatan, two sub-kegiatan. */
const AFFAIRS: Record<string, { prefix: string; program: string; activity: string; subs: [string, string] }> =
  {
    SETDA: {
      prefix: '4.01',
      program: 'Program Pemerintahan dan Kesejahteraan Rakyat',
      activity: 'Pelaksanaan Kebijakan Kesejahteraan Rakyat',
      subs: [
        'Fasilitasi Pengelolaan Bina Mental Spiritual',
        'Pelaksanaan Kebijakan Pendidikan dan Kesehatan',
      ],
    },
    SETWAN: {
      prefix: '4.02',
      program: 'Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD',
      activity: 'Pembahasan Kebijakan Anggaran',
      subs: ['Pembahasan KUA dan PPAS', 'Pembahasan Rancangan Peraturan Daerah tentang APBD'],
    },
    INSPEKTORAT: {
      prefix: '6.01',
      program: 'Program Penyelenggaraan Pengawasan',
      activity: 'Penyelenggaraan Pengawasan Internal',
      subs: ['Pengawasan Kinerja Pemerintah Daerah', 'Reviu Laporan Keuangan Pemerintah Daerah'],
    },
    BAPPEDA: {
      prefix: '5.01',
      program: 'Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah',
      activity: 'Penyusunan Perencanaan dan Pendanaan',
      subs: ['Penyusunan Dokumen RKPD', 'Pengendalian dan Evaluasi Pelaksanaan RPJMD'],
    },
    BPKAD: {
      prefix: '5.02',
      program: 'Program Pengelolaan Keuangan Daerah',
      activity: 'Koordinasi dan Penyusunan Rencana Anggaran Daerah',
      subs: ['Koordinasi Penyusunan APBD', 'Penyusunan Laporan Keuangan Pemerintah Daerah'],
    },
    BKPSDM: {
      prefix: '5.03',
      program: 'Program Pengembangan Sumber Daya Manusia',
      activity: 'Pengembangan Kompetensi Teknis',
      subs: ['Pelatihan Kepemimpinan Pengawas', 'Pengembangan Kompetensi Teknis ASN'],
    },
    DIKBUD: {
      prefix: '1.01',
      program: 'Program Pengelolaan Pendidikan',
      activity: 'Pengelolaan Pendidikan Sekolah Dasar',
      subs: ['Pembangunan Ruang Kelas Baru', 'Pengadaan Perlengkapan Sekolah'],
    },
    DINKES: {
      prefix: '1.02',
      program: 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat',
      activity: 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan',
      subs: ['Pengelolaan Pelayanan Kesehatan Ibu Hamil', 'Pengelolaan Pelayanan Kesehatan Balita'],
    },
    PUPR: {
      prefix: '1.03',
      program: 'Program Penyelenggaraan Jalan',
      activity: 'Penyelenggaraan Jalan Kabupaten',
      subs: ['Rekonstruksi Jalan', 'Pemeliharaan Berkala Jalan'],
    },
    DINSOS: {
      prefix: '1.06',
      program: 'Program Perlindungan dan Jaminan Sosial',
      activity: 'Pengelolaan Data Fakir Miskin',
      subs: ['Pengumpulan dan Verifikasi Data Fakir Miskin', 'Penyaluran Bantuan Sosial Bencana'],
    },
    DISTAN: {
      prefix: '3.27',
      program: 'Program Penyediaan dan Pengembangan Sarana Pertanian',
      activity: 'Pengawasan Penggunaan Sarana Pertanian',
      subs: ['Penyediaan Benih Padi Unggul', 'Pengawasan Peredaran Pupuk Bersubsidi'],
    },
    DISHUB: {
      prefix: '2.15',
      program: 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan',
      activity: 'Penyediaan Perlengkapan Jalan',
      subs: ['Pengadaan Rambu Lalu Lintas', 'Pemasangan Alat Penerangan Jalan'],
    },
    DLH: {
      prefix: '2.11',
      program: 'Program Pengelolaan Persampahan',
      activity: 'Pengelolaan Sampah',
      subs: ['Penyediaan Sarana Persampahan', 'Operasional Tempat Pemrosesan Akhir'],
    },
    DUKCAPIL: {
      prefix: '2.12',
      program: 'Program Pendaftaran Penduduk',
      activity: 'Pelayanan Pendaftaran Penduduk',
      subs: ['Penerbitan Kartu Tanda Penduduk Elektronik', 'Pelayanan Administrasi Kependudukan Jemput Bola'],
    },
    DISPAR: {
      prefix: '3.26',
      program: 'Program Peningkatan Daya Tarik Destinasi Pariwisata',
      activity: 'Pengelolaan Daya Tarik Wisata Kabupaten',
      subs: ['Pembangunan Sarana Daya Tarik Wisata', 'Penyelenggaraan Festival Budaya Tambora'],
    },
    DISKOMINFO: {
      prefix: '2.16',
      program: 'Program Aplikasi Informatika',
      activity: 'Pengelolaan E-Government',
      subs: ['Pengelolaan Jaringan Intra Pemerintah Daerah', 'Pengembangan Aplikasi Layanan Publik'],
    },
  };

/** The support program every OPD has (Permendagri 90/2019), with two of its kegiatan. */
const SUPPORT = {
  program: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
  activities: [
    {
      code: '2.01',
      name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
      subs: [
        ['0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah'],
        ['0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD'],
      ],
    },
    {
      code: '2.06',
      name: 'Administrasi Umum Perangkat Daerah',
      subs: [
        ['0002', 'Penyediaan Peralatan dan Perlengkapan Kantor'],
        ['0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD'],
      ],
    },
  ],
} as const;

/** Share of the year's spend planned in each month (%), an S-curve adding up to 100. */
const SPEND_SHARE = [2, 4, 6, 8, 9, 10, 10, 11, 11, 10, 10, 9];

const cells = (values: Partial<Record<BudgetKey, string>>): Cell[] =>
  BUDGET.columns.map((c) => values[c.key] ?? null);

/** Planned spend per month summing exactly to `total`, and cumulative physical progress to 100 %. */
function monthlyPlan(total: bigint): Partial<Record<BudgetKey, string>> {
  const plan: Partial<Record<BudgetKey, string>> = {};
  let spent = 0n;
  let physical = 0;
  for (const m of MONTH_NUMBERS) {
    const spend = m === 12 ? total - spent : (total * BigInt(SPEND_SHARE[m - 1]!)) / 100n;
    spent += spend;
    physical += SPEND_SHARE[m - 1]!;
    plan[`spend${m}`] = spend.toString();
    plan[`physical${m}`] = String(physical);
  }
  return plan;
}

export function exampleBudget(opds: readonly ExampleOpd[], year = 2026): Cell[][] {
  const rows: Cell[][] = [];
  let line = 0;
  opds.forEach((opd, o) => {
    const affairs = AFFAIRS[opd.code];
    if (!affairs) return;
    const pic = opd.headNip ?? undefined;
    const base = { year: String(year), unitCode: opd.code };
    const sub = (code: string, name: string) => {
      line += 1;
      // 150 to 625 million Rupiah; roads cost four times as much.
      const millions = BigInt(150 + ((o * 7 + line * 13) % 20) * 25) * (opd.code === 'PUPR' ? 4n : 1n);
      const pagu = millions * 1_000_000n;
      // Every fourth line was raised by a tenth in the APBD-P (August or September).
      const revised = line % 4 === 0 ? (pagu * 11n) / 10n : null;
      const revisedOn = revised ? `${year}-${line % 8 === 0 ? '08-20' : '09-15'}` : undefined;
      rows.push(
        cells({
          ...base,
          code,
          name,
          pagu: pagu.toString(),
          paguRevised: revised?.toString(),
          revisedOn,
          ...monthlyPlan(revised ?? pagu),
        }),
      );
    };
    const supportCode = `${affairs.prefix}.01`;
    rows.push(
      cells({ ...base, code: supportCode, name: SUPPORT.program, indicatorCode: 'IK.01', picNip: pic }),
    );
    for (const activity of SUPPORT.activities) {
      rows.push(cells({ ...base, code: `${supportCode}.${activity.code}`, name: activity.name }));
      for (const [code, name] of activity.subs) sub(`${supportCode}.${activity.code}.${code}`, name);
    }
    const ownCode = `${affairs.prefix}.02`;
    rows.push(cells({ ...base, code: ownCode, name: affairs.program, indicatorCode: 'IK.02', picNip: pic }));
    rows.push(cells({ ...base, code: `${ownCode}.2.01`, name: affairs.activity }));
    affairs.subs.forEach((name, s) => sub(`${ownCode}.2.01.${String(s + 1).padStart(4, '0')}`, name));
  });
  return rows;
}

/** The OPDs of the example kabupaten's workbooks (rows of kind OPD), each head (its JPT) as PIC. */
export function opdsOfKabupaten(kabupaten: { organisasi: Cell[][]; pegawai: Cell[][] }): ExampleOpd[] {
  return kabupaten.organisasi
    .filter((unit) => unit[4] === 'OPD')
    .map((unit) => ({
      code: unit[0]!,
      headNip: kabupaten.pegawai.find((p) => p[4] === 'JPT' && p[5] === unit[0])?.[0] ?? null,
    }));
}
