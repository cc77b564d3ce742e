// `pnpm cli` as an operator runs it, in its own process on a database on disk: first-run setup on
// an empty database, then backup and restore of the demo province. Every refusal exits 1 and
// leaves the database as it was.
import { createDatabase, databaseTargetFromEnv } from '@ekinerja/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createEventBus } from '../realtime/eventBus';
import { LoginLimiter } from '../modules/auth/lib/loginLimiter';
import { compareStoredScores } from '../modules/snapshots';
import { createAppServer } from '../server';
import { cliDatabase, runCli, type CliDatabase } from '../testing/cliProcess';
import { gql } from '../testing/testServer';
import { pino } from 'pino';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PLAN } from '../modules/onboarding/lib/planTemplate';
import { ORGANISATION } from '../modules/onboarding/lib/templates';
import { readWorkbook, writeTemplate } from '../modules/onboarding/lib/workbook';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const STRONG = 'rinjani-tenun-kopi-sembalun-27';
const SETUP = [
  'setup',
  '--tenant-code',
  'JATENG',
  '--tenant-name',
  'Pemerintah Provinsi Jawa Tengah',
  '--short-name',
  'Pemprov Jateng',
  '--time-zone',
  'Asia/Jakarta',
  '--admin',
  'admin-jateng',
];

function openDatabase(env: Record<string, string>) {
  return createDatabase({ target: databaseTargetFromEnv(env), poolSize: 2 });
}

async function counts(env: Record<string, string>) {
  const db = openDatabase(env);
  try {
    const tables = await db.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'Tenant'`;
    if (Number(tables[0]!.n) === 0) return { tenants: 0, users: 0, events: 0 };
    return {
      tenants: await db.prisma.tenant.count(),
      users: await db.prisma.user.count(),
      events: await db.prisma.changeEvent.count(),
    };
  } finally {
    await db.close();
  }
}

describe('pnpm cli', () => {
  it('lists every subcommand, each with its own help', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['setup', 'migrate', 'backup', 'restore', 'rebuild-scores', 'template', 'import'])
      expect(help.stdout).toContain(command);
    const setupHelp = await runCli(['setup', '--help']);
    expect(setupHelp.code).toBe(0);
    expect(setupHelp.stdout).toContain('EKINERJA_ADMIN_PASSWORD');
    expect(setupHelp.stdout).toContain('--time-zone');
  });

  describe('setup on an empty database', () => {
    let db: CliDatabase;
    beforeAll(async () => {
      db = await cliDatabase();
    });
    afterAll(() => db.dispose());

    it('refuses a weak password, saying why, and creates nothing', async () => {
      const weak = await runCli(SETUP, { env: { ...db.env, EKINERJA_ADMIN_PASSWORD: 'password123456' } });
      expect(weak.code).toBe(1);
      expect(weak.stderr).toMatch(/too easy to guess/);
      const short = await runCli(SETUP, { env: db.env, stdin: 'Jateng#2026\n' });
      expect(short.code).toBe(1);
      expect(short.stderr).toMatch(/at least 12 characters/);
      expect(await counts(db.env)).toEqual({ tenants: 0, users: 0, events: 0 });
    });

    it('refuses a missing password and a bad time zone, naming the option', async () => {
      const missing = await runCli(SETUP, { env: db.env, stdin: '' });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/no password/);
      const zone = await runCli([...SETUP.slice(0, 8), 'Asia/Atlantis', ...SETUP.slice(9)], {
        env: { ...db.env, EKINERJA_ADMIN_PASSWORD: STRONG },
      });
      expect(zone.code).toBe(1);
      expect(zone.stderr).toMatch(/--time-zone: unknown time zone/);
      expect(await counts(db.env)).toEqual({ tenants: 0, users: 0, events: 0 });
    });

    it('creates the tenant with its time zone and a super administrator who can sign in', async () => {
      const done = await runCli(SETUP, { env: db.env, stdin: `${STRONG}\n` });
      expect(done.stderr).toBe('');
      expect(done.code).toBe(0);
      expect(done.stdout).toContain('Created tenant JATENG');
      expect(done.stdout).toContain('Next:');
      expect(await counts(db.env)).toEqual({ tenants: 1, users: 1, events: 2 });

      // The production server on that database: the administrator signs in and sees the tenant.
      const database = openDatabase(db.env);
      const logger = pino({ level: 'silent' });
      const bus = createEventBus(undefined, logger);
      const server = await createAppServer({
        config: { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }), webDist: '/nonexistent' },
        prisma: database.prisma,
        logger,
        loginLimiter: new LoginLimiter(),
        bus,
      });
      await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
      try {
        const login = await gql<{ login: { token: string } }>(
          base,
          'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
          { u: 'admin-jateng', p: STRONG },
        );
        expect(login.errors).toBeUndefined();
        const me = await gql<{
          me: { roles: { role: string }[] };
          tenants: { code: string; timeZone: string }[];
        }>(base, '{ me { roles { role } } tenants { code timeZone } }', {}, login.data!.login.token);
        expect(me.data?.me.roles).toEqual([{ role: 'SUPER_ADMIN' }]);
        expect(me.data?.tenants).toEqual([{ code: 'JATENG', timeZone: 'Asia/Jakarta' }]);
      } finally {
        await server.stop();
        await bus.close();
        await database.close();
      }
    });

    it('refuses a second setup and changes nothing', async () => {
      const before = await counts(db.env);
      const again = await runCli([...SETUP.slice(0, 2), 'OTHER', ...SETUP.slice(3, 10), 'admin-other'], {
        env: { ...db.env, EKINERJA_ADMIN_PASSWORD: STRONG },
      });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already has a super administrator/);
      expect(await counts(db.env)).toEqual(before);
    });
  });

  describe('backup and restore of the demo province', () => {
    let db: CliDatabase;
    let file: string;
    beforeAll(async () => {
      db = await cliDatabase({ demo: true });
      const folder = db.env.TEST_FOLDER ?? (await import('node:os')).tmpdir();
      file = join(folder, `backup-${process.pid}-${Date.now()}.dump`);
    });
    afterAll(async () => {
      await db.dispose();
      (await import('node:fs')).rmSync(file, { force: true });
    });

    it('backs up, then restores what was there before a change, with scores equal to a rebuild', async () => {
      const backup = await runCli(['backup', file], { env: db.env });
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(/Backed up .* to .*\(/);

      const changed = openDatabase(db.env);
      const before = await changed.prisma.tenant.findFirstOrThrow({ where: { code: '52' } });
      await changed.prisma.tenant.update({
        where: { id: before.id },
        data: { name: 'Dihapus oleh kesalahan' },
      });
      await changed.close();

      const refused = await runCli(['restore', file], { env: db.env });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/holds data: add --force/);
      const stillChanged = openDatabase(db.env);
      expect((await stillChanged.prisma.tenant.findUniqueOrThrow({ where: { id: before.id } })).name).toBe(
        'Dihapus oleh kesalahan',
      );
      await stillChanged.close();

      const restored = await runCli(['restore', file, '--force'], { env: db.env });
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);

      const after = openDatabase(db.env);
      try {
        expect((await after.prisma.tenant.findUniqueOrThrow({ where: { id: before.id } })).name).toBe(
          before.name,
        );
        expect(await compareStoredScores(after.prisma, { year: 2026 })).toEqual([]);
      } finally {
        await after.close();
      }
      const check = await runCli(['rebuild-scores', '--year', '2026', '--check'], { env: db.env });
      expect(check.stdout).toContain('equal a full rebuild');
      expect(check.code).toBe(0);
    });

    it('refuses a file that is not a backup', async () => {
      const bogus = await runCli(['restore', 'package.json', '--force'], { env: db.env });
      expect(bogus.code).toBe(1);
      expect(bogus.stderr).toMatch(/not an E-Kinerja backup/);
    });
  });

  describe('onboarding workbooks on a new tenant', () => {
    let db: CliDatabase;
    let folder: string;
    beforeAll(async () => {
      db = await cliDatabase();
      folder =
        db.env.TEST_FOLDER ??
        (await import('node:fs')).mkdtempSync(join((await import('node:os')).tmpdir(), 'ekinerja-'));
      const setup = await runCli([...SETUP.slice(0, 2), 'SUMBAWA', ...SETUP.slice(3, 10), 'admin-sumbawa'], {
        env: { ...db.env, EKINERJA_ADMIN_PASSWORD: STRONG },
      });
      expect(setup.code).toBe(0);
    });
    afterAll(() => db.dispose());

    it('writes a template, checks a filled workbook, applies it once, and refuses a broken one', async () => {
      const template = join(folder, 'organisasi-kosong.xlsx');
      const written = await runCli(['template', 'organisasi', template], { env: db.env });
      expect(written.code).toBe(0);
      expect(existsSync(template)).toBe(true);
      expect(await readWorkbook(ORGANISATION, readFileSync(template))).toEqual({ rows: [], problems: [] });

      const filled = join(folder, 'organisasi.xlsx');
      writeFileSync(
        filled,
        await writeTemplate(ORGANISATION, [
          ['DINKES', null, 'Dinas Kesehatan', 'Dinkes', 'OPD', 'Kepala Dinas Kesehatan'],
          ['DINKES.P2P', 'DINKES', 'Bidang Pencegahan dan Pengendalian Penyakit', 'P2P', 'Bidang', null],
        ]),
      );
      const lastLine = (out: string) => out.trim().split('\n').at(-1);
      const dry = await runCli(['import', 'organisasi', filled, '--tenant', 'SUMBAWA'], { env: db.env });
      expect(dry.stderr).toBe('');
      expect([dry.code, lastLine(dry.stdout)]).toEqual([0, 'created 2, updated 0, unchanged 0, refused 0']);
      const before = await counts(db.env);
      const applied = await runCli(['import', 'organisasi', filled, '--tenant', 'SUMBAWA', '--apply'], {
        env: db.env,
      });
      expect([applied.code, lastLine(applied.stdout)]).toEqual([
        0,
        'created 2, updated 0, unchanged 0, refused 0',
      ]);
      expect(await counts(db.env)).toEqual({ ...before, events: before.events + 1 });
      const again = await runCli(['import', 'organisasi', filled, '--tenant', 'SUMBAWA', '--apply'], {
        env: db.env,
      });
      expect([again.code, lastLine(again.stdout)]).toEqual([
        0,
        'created 0, updated 0, unchanged 2, refused 0',
      ]);

      const broken = await runCli(['import', 'pegawai', 'package.json', '--tenant', 'SUMBAWA', '--apply'], {
        env: db.env,
      });
      expect(broken.code).toBe(1);
      expect(broken.stdout).toContain('notXlsx');
      expect(lastLine(broken.stdout)).toBe('created 0, updated 0, unchanged 0, refused 0');
      expect(await counts(db.env)).toEqual({ ...before, events: before.events + 1 });

      // A plan whose target is words: refused, with a copy of the file marking that cell.
      const plan = join(folder, 'rencana.xlsx');
      const planRow: Record<string, string> = {
        planKind: 'Renstra',
        year: '2026',
        startYear: '2025',
        endYear: '2029',
        unitCode: 'DINKES',
        goalCode: 'T1',
        goal: 'Meningkatnya derajat kesehatan',
        objectiveCode: 'S1',
        objective: 'Meningkatnya mutu layanan',
        perspective: 'Pelanggan',
        objectiveWeight: '100',
        code: 'IK.01',
        name: 'Cakupan imunisasi',
        unit: '%',
        polarity: 'Maksimal',
        aggregation: 'Terakhir',
        frequency: 'Tahunan',
        weight: '100',
        target2: 'sembilan puluh',
      };
      writeFileSync(plan, await writeTemplate(PLAN, [PLAN.columns.map((c) => planRow[c.key] ?? null)]));
      const marked = join(folder, 'rencana-diperiksa.xlsx');
      const refused = await runCli(
        ['import', 'rencana', plan, '--tenant', 'SUMBAWA', '--apply', '--marked', marked],
        { env: db.env },
      );
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('DINKES/IK.01: Rencana row 2, column "Target tahun ke-2": notNumber');
      expect(lastLine(refused.stdout)).toBe('created 0, updated 0, unchanged 0, refused 1');
      expect(existsSync(marked)).toBe(true);
      expect(await counts(db.env)).toEqual({ ...before, events: before.events + 1 });
      // Five processes of the CLI, each starting from the sources.
    }, 300_000);
  });
});
