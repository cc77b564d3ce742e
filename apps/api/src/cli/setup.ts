// `pnpm cli setup`: the first tenant and its super administrator on an empty database, with the
// password from EKINERJA_ADMIN_PASSWORD or standard input, never from the command line.
import { Command, Option } from 'commander';
import { applyMigrations, createDatabase, describeTarget } from '@ekinerja/db';
import { describePasswordProblem, passwordProblem } from '../modules/auth/lib/passwordStrength';
import { firstTenantInput } from '../modules/orgAdmin/lib/orgInputs';
import {
  hasSuperAdministrator,
  SetupRefused,
  setUpFirstTenant,
} from '../modules/orgAdmin/providers/firstRun';
import { fail } from './lib/fail';
import { readSecret } from './lib/readSecret';

const PASSWORD_VARIABLE = 'EKINERJA_ADMIN_PASSWORD';

interface SetupOptions {
  tenantCode: string;
  tenantName: string;
  shortName?: string;
  kind: string;
  timeZone: string;
  admin: string;
  adminName?: string;
}

export function setupCommand(): Command {
  return new Command('setup')
    .description('create the first tenant and its super administrator on an empty database')
    .requiredOption('--tenant-code <CODE>', 'the tenant code, e.g. NTB or LOTIM (capitals, digits, hyphens)')
    .requiredOption('--tenant-name <NAME>', 'e.g. "Pemerintah Provinsi Nusa Tenggara Barat"')
    .option('--short-name <NAME>', 'short name shown on screens, e.g. "Pemprov NTB" (default: the name)')
    .addOption(
      new Option('--kind <KIND>', 'kind of government')
        .choices(['PROVINCE', 'REGENCY', 'CITY'])
        .default('PROVINCE'),
    )
    .requiredOption(
      '--time-zone <ZONE>',
      'IANA time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)',
    )
    .requiredOption('--admin <USERNAME>', 'username of the super administrator (lower case)')
    .option('--admin-name <NAME>', 'display name of the administrator (default: the username)')
    .addHelpText(
      'after',
      `\nThe password is read from the environment variable ${PASSWORD_VARIABLE}, or from standard input\n(asked twice at a terminal). It is never given on the command line. It must be at least 12\ncharacters and hard to guess; the command says why when it is not.\n\nRefuses (exit 1, nothing changed) when the database already has a super administrator.\nThe database is the one the server uses: DATABASE_URL, or PGlite in PGLITE_DIR.`,
    )
    .action(async (options: SetupOptions) => {
      const parsed = firstTenantInput.safeParse({
        kind: options.kind,
        code: options.tenantCode,
        name: options.tenantName,
        shortName: options.shortName ?? options.tenantName.slice(0, 60),
        timeZone: options.timeZone,
        adminUsername: options.admin,
        adminDisplayName: options.adminName ?? options.admin,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const option = {
          code: '--tenant-code',
          name: '--tenant-name',
          shortName: '--short-name',
          timeZone: '--time-zone',
          adminUsername: '--admin',
          adminDisplayName: '--admin-name',
          kind: '--kind',
        }[String(issue.path[0])];
        fail(`${option ?? String(issue.path[0])}: ${issue.message}`);
      }
      const input = parsed.data;
      // The password is checked before the database is touched: a refusal costs nothing.
      const password =
        process.env[PASSWORD_VARIABLE] ?? (await readSecret(`Password for ${input.adminUsername}`));
      if (!password) fail(`no password: set ${PASSWORD_VARIABLE} or type it when asked (nothing changed)`);
      const problem = passwordProblem(password, {
        username: input.adminUsername,
        extra: [input.name, input.shortName, input.code, input.adminDisplayName],
      });
      if (problem) fail(`${describePasswordProblem(problem)} (nothing changed)`);
      const db = createDatabase({ poolSize: 2 });
      try {
        const applied = await applyMigrations(db.adapterFactory);
        if (applied.length)
          console.log(`Applied ${applied.length} migration(s) to ${describeTarget(db.target)}.`);
        if (await hasSuperAdministrator(db.prisma))
          fail('this database already has a super administrator: setup runs only once (nothing changed)');
        await setUpFirstTenant(db.prisma, { ...input, password }).catch((error: unknown) => {
          if (error instanceof SetupRefused) fail(`${error.message} (nothing changed)`);
          throw error;
        });
        console.log(
          [
            `Created tenant ${input.code} (${input.name}, ${input.kind}, ${input.timeZone})`,
            `and its super administrator "${input.adminUsername}" in ${describeTarget(db.target)}.`,
            '',
            'Next:',
            '  1. Start the server (see docs/operations.md) and open it in a browser.',
            `  2. Sign in as ${input.adminUsername} and build the organisation under Administrasi → Struktur organisasi,`,
            '     or import it from workbooks (docs/onboarding.md).',
            '  3. Create the other users and their roles under Administrasi → Pengguna dan peran.',
          ].join('\n'),
        );
      } finally {
        await db.close();
      }
    });
}
