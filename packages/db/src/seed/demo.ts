// Seeds the demo province (`demo`) or the province with its kabupaten/kota (`ntb`): idempotent,
// one transaction, and never in production (demo accounts share a published password).
import { createHash, randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Prisma, PrismaClient, Role } from '../generated/prisma/client';
import { DemoBuilder, emptyRows, type BuiltTenant, type DemoRows } from './demoData';
import { PROVINCE } from './reference';
import { SeededRandom } from './random';
import { witaDate } from './calendar';

export const DEMO_PASSWORD = 'demo-ntb-gemilang';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** Short name of the OPD the role is scoped to; none = the whole province. */
  opd?: string;
  /** Link the account to the OPD's head or operator official. */
  official?: 'head' | 'operator';
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'superadmin', displayName: 'Administrator Sistem', role: 'SUPER_ADMIN' },
  { username: 'gubernur', displayName: 'Gubernur NTB', role: 'LEADER' },
  { username: 'sekda', displayName: 'Sekretaris Daerah NTB', role: 'LEADER' },
  {
    username: 'kadis-kesehatan',
    displayName: 'Kepala Dinas Kesehatan',
    role: 'UNIT_HEAD',
    opd: 'Dikes',
    official: 'head',
  },
  {
    username: 'operator-kesehatan',
    displayName: 'Operator Dinas Kesehatan',
    role: 'OPERATOR',
    opd: 'Dikes',
    official: 'operator',
  },
  {
    username: 'kadis-pupr',
    displayName: 'Kepala Dinas PUPR',
    role: 'UNIT_HEAD',
    opd: 'PUPR',
    official: 'head',
  },
  {
    username: 'operator-pupr',
    displayName: 'Operator Dinas PUPR',
    role: 'OPERATOR',
    opd: 'PUPR',
    official: 'operator',
  },
];

/** Demo accounts get addresses on a reserved example domain (RFC 2606), so no mail leaves by mistake. */
export const DEMO_MAIL_DOMAIN = 'ntbprov.example';

export const DEMO_WALL_NAME = 'Layar Ruang Kerja Gubernur';
export const DEFAULT_WALL_PLAYLIST = {
  rotateSeconds: 20,
  panels: ['nko', 'ranking', 'budget', 'atRisk', 'reporting', 'regencies', 'activity'],
};

export interface SeedCounts {
  tenants: number;
  opds: number;
  orgUnits: number;
  officials: number;
  indicators: number;
  targets: number;
  measurements: number;
  subActivities: number;
  users: number;
}

export interface DemoSeedResult {
  created: string[];
  skipped: string[];
  wallToken: string | null;
  counts: SeedCounts;
}

export interface DemoSeedOptions {
  includeRegencies: boolean;
  now?: Date;
  env?: NodeJS.ProcessEnv;
}

export class DemoSeedRefused extends Error {}

export async function seedDemo(prisma: PrismaClient, options: DemoSeedOptions): Promise<DemoSeedResult> {
  const env = options.env ?? process.env;
  if (env.NODE_ENV === 'production') {
    throw new DemoSeedRefused(
      'refusing to seed demo data in production (NODE_ENV=production): its accounts share a published password',
    );
  }
  const now = options.now ?? new Date();
  const builder = new DemoBuilder(20260101, now);
  const created: string[] = [];
  const skipped: string[] = [];

  const existingProvince = await prisma.tenant.findUnique({ where: { code: PROVINCE.code } });
  let province: BuiltTenant | null = null;
  let provinceId: string;
  if (existingProvince) {
    provinceId = existingProvince.id;
    skipped.push(existingProvince.name);
  } else {
    province = builder.province();
    provinceId = province.tenantId;
    created.push(PROVINCE.name);
  }
  if (options.includeRegencies) {
    const existing = await prisma.tenant.findMany({
      where: { parentId: provinceId },
      select: { code: true, name: true },
    });
    skipped.push(...existing.map((t) => t.name));
    const regencies = builder.regencies(provinceId, new Set(existing.map((t) => t.code)));
    created.push(
      ...regencies.map((r) => builder.rows.tenants.find((t) => t.id === r.tenantId)?.name ?? r.code),
    );
  }

  // Hash outside the transaction: argon2 is deliberately slow.
  const passwordHashes = await Promise.all(DEMO_ACCOUNTS.map(() => hash(DEMO_PASSWORD)));
  const wallToken = randomBytes(24).toString('base64url');

  await prisma.$transaction(
    async (tx) => {
      await insertRows(tx, builder.rows);
      const userIds = await ensureDemoAccounts(tx, provinceId, province, passwordHashes);
      // The Gubernur is an account, not an ASN: the head of the province, second party of the
      // Kepala OPD's Perjanjian Kinerja.
      await tx.tenant.updateMany({
        where: { id: provinceId, headUserId: null },
        data: { headUserId: userIds.get('gubernur') ?? null, headTitle: 'Gubernur Nusa Tenggara Barat' },
      });
      if (province) {
        const extra = emptyRows();
        demoIssues(province, extra, userIds, builder.reportingYear, now);
        await insertRows(tx, extra);
        await tx.directive.createMany({
          data: demoDirectives(province, userIds, builder.reportingYear, now),
        });
      }
      await tx.wallDevice.deleteMany({ where: { tenantId: provinceId, name: DEMO_WALL_NAME } });
      await tx.wallDevice.create({
        data: {
          tenantId: provinceId,
          name: DEMO_WALL_NAME,
          tokenHash: hashToken(wallToken),
          playlist: DEFAULT_WALL_PLAYLIST,
          createdById: userIds.get('superadmin') ?? null,
        },
      });
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );

  return { created, skipped, wallToken, counts: await countRows(prisma) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// createMany in foreign-key order; Prisma splits large lists into statements itself.
async function insertRows(tx: Prisma.TransactionClient, rows: DemoRows): Promise<void> {
  await tx.tenant.createMany({ data: rows.tenants });
  await tx.tenantSettings.createMany({ data: rows.tenantSettings });
  await tx.orgUnit.createMany({ data: rows.orgUnits });
  await tx.position.createMany({ data: rows.positions });
  await tx.official.createMany({ data: rows.officials });
  await tx.plan.createMany({ data: rows.plans });
  await tx.scorecard.createMany({ data: rows.scorecards });
  await tx.scorecardPerspective.createMany({ data: rows.perspectives });
  await tx.objective.createMany({ data: rows.objectives });
  await tx.objectiveLink.createMany({ data: rows.objectiveLinks });
  await tx.indicator.createMany({ data: rows.indicators });
  await tx.target.createMany({ data: rows.targets });
  await tx.measurement.createMany({ data: rows.measurements });
  await tx.program.createMany({ data: rows.programs });
  await tx.activity.createMany({ data: rows.activities });
  await tx.subActivity.createMany({ data: rows.subActivities });
  await tx.budgetMonth.createMany({ data: rows.budgetMonths });
  await tx.issue.createMany({ data: rows.issues });
  await tx.followUp.createMany({ data: rows.followUps });
}

/** Creates the demo accounts that do not exist yet; returns every demo account's id. */
async function ensureDemoAccounts(
  tx: Prisma.TransactionClient,
  provinceId: string,
  province: BuiltTenant | null,
  passwordHashes: string[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const opdUnits = await tx.orgUnit.findMany({
    where: {
      tenantId: provinceId,
      kind: 'OPD',
      shortName: { in: DEMO_ACCOUNTS.flatMap((a) => (a.opd ? [a.opd] : [])) },
    },
    select: { id: true, shortName: true },
  });
  const opdIdByShort = new Map(opdUnits.map((u) => [u.shortName, u.id]));
  for (const [index, account] of DEMO_ACCOUNTS.entries()) {
    const existing = await tx.user.findUnique({ where: { username: account.username } });
    if (existing) {
      ids.set(account.username, existing.id);
      continue;
    }
    const officialId =
      account.opd && account.official && province
        ? (account.official === 'head' ? province.headOfficialByOpd : province.operatorOfficialByOpd).get(
            account.opd,
          )
        : undefined;
    const orgUnitId = account.opd ? opdIdByShort.get(account.opd) : undefined;
    const user = await tx.user.create({
      data: {
        username: account.username,
        displayName: account.displayName,
        email: `${account.username}@${DEMO_MAIL_DOMAIN}`,
        passwordHash: passwordHashes[index] as string,
        tenantId: provinceId,
        officialId: officialId ?? null,
        roles: { create: { role: account.role, tenantId: provinceId, orgUnitId: orgUnitId ?? null } },
      },
    });
    ids.set(account.username, user.id);
    if (account.role === 'OPERATOR' && province && account.opd) {
      const indicatorIds = province.indicatorsByOpd.get(account.opd) ?? [];
      await tx.indicatorOperator.createMany({
        data: indicatorIds.map((indicatorId) => ({ indicatorId, userId: user.id })),
      });
      const subIds = province.subActivitiesByOpd.get(account.opd) ?? [];
      await tx.subActivityOperator.createMany({
        data: subIds.map((subActivityId) => ({ subActivityId, userId: user.id })),
      });
    }
  }
  return ids;
}

const ISSUE_TEXTS = [
  {
    title: 'Data capaian terlambat dari kabupaten/kota',
    description:
      'Rekapitulasi data dari dinas kabupaten/kota belum lengkap sehingga capaian belum dapat diverifikasi.',
    followUp:
      'Surat permintaan data kepada dinas kabupaten/kota dan koordinasi melalui rapat daring mingguan.',
  },
  {
    title: 'Proses pengadaan belum selesai',
    description: 'Lelang paket pekerjaan utama mundur dari jadwal sehingga realisasi fisik di bawah rencana.',
    followUp:
      'Percepatan proses pengadaan bersama Biro Pengadaan Barang dan Jasa; target kontrak ditandatangani bulan ini.',
  },
  {
    title: 'Keterbatasan tenaga pelaksana di lapangan',
    description:
      'Jumlah petugas lapangan tidak sebanding dengan sasaran layanan, capaian triwulan di bawah target.',
    followUp: 'Pelibatan kader dan relawan serta penataan ulang jadwal kunjungan lapangan.',
  },
];

function demoIssues(
  province: BuiltTenant,
  rows: DemoRows,
  userIds: Map<string, string>,
  year: number,
  now: Date,
): void {
  const rng = new SeededRandom(4242);
  const raisedBy = userIds.get('operator-pupr') ?? null;
  province.redIndicators.slice(0, 12).forEach((indicator, i) => {
    const text = ISSUE_TEXTS[i % ISSUE_TEXTS.length]!;
    const issueId = rng.uuid();
    const createdAt = new Date(now.getTime() - rng.int(3, 40) * 86_400_000);
    rows.issues.push({
      id: issueId,
      tenantId: province.tenantId,
      orgUnitId: indicator.opdId,
      indicatorId: indicator.id,
      title: text.title,
      description: `${text.description} (${indicator.name})`,
      severity: i % 3 === 0 ? 'HIGH' : 'MEDIUM',
      status: i % 4 === 3 ? 'IN_PROGRESS' : 'OPEN',
      raisedById: raisedBy,
      createdAt,
    });
    rows.followUps.push({
      id: rng.uuid(),
      issueId,
      description: text.followUp,
      status: 'IN_PROGRESS',
      dueDate: witaDate(year, Math.min(12, new Date(now).getUTCMonth() + 2), 15, 0),
      createdById: raisedBy,
      createdAt: new Date(createdAt.getTime() + 2 * 86_400_000),
    });
  });
}

function demoDirectives(
  province: BuiltTenant,
  userIds: Map<string, string>,
  year: number,
  now: Date,
): Prisma.DirectiveCreateManyInput[] {
  const gubernur = userIds.get('gubernur') ?? null;
  const sekda = userIds.get('sekda') ?? null;
  const rows: Prisma.DirectiveCreateManyInput[] = province.weakOpdIds.slice(0, 3).map((opdId, i) => ({
    tenantId: province.tenantId,
    nodeType: 'OrgUnit',
    nodeId: opdId,
    scopeIds: [province.tenantId, opdId],
    content:
      i === 0
        ? 'Segera percepat realisasi fisik dan penyerapan anggaran; laporkan rencana aksi dalam rapat pimpinan minggu depan.'
        : 'Evaluasi penyebab capaian rendah dan sampaikan langkah perbaikan kepada Sekda.',
    status: 'OPEN',
    authorId: i === 0 ? gubernur : sekda,
    dueDate: witaDate(year, Math.min(12, new Date(now).getUTCMonth() + 2), 5, 0),
    createdAt: new Date(now.getTime() - (i + 1) * 86_400_000),
  }));
  const red = province.redIndicators[0];
  if (red) {
    rows.push({
      tenantId: province.tenantId,
      nodeType: 'Indicator',
      nodeId: red.id,
      scopeIds: [province.tenantId, red.opdId],
      content: `Indikator "${red.name}" merah dua bulan berturut-turut: koordinasikan dengan kabupaten/kota dan laporkan progres mingguan.`,
      status: 'OPEN',
      authorId: gubernur,
      createdAt: new Date(now.getTime() - 86_400_000),
    });
  }
  return rows;
}

export async function countRows(prisma: PrismaClient): Promise<SeedCounts> {
  const [tenants, opds, orgUnits, officials, indicators, targets, measurements, subActivities, users] =
    await Promise.all([
      prisma.tenant.count(),
      prisma.orgUnit.count({ where: { kind: 'OPD' } }),
      prisma.orgUnit.count(),
      prisma.official.count(),
      prisma.indicator.count(),
      prisma.target.count(),
      prisma.measurement.count(),
      prisma.subActivity.count(),
      prisma.user.count(),
    ]);
  return { tenants, opds, orgUnits, officials, indicators, targets, measurements, subActivities, users };
}
