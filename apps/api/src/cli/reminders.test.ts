// `pnpm cli reminders` in its own process on a copy of the demo province, mailing through a real
// SMTP server: a dry run lists and writes nothing; a run just after the due day mails each
// operator who is behind once; running it again sends nothing new; without SMTP_URL it stays in
// the app; bad options exit 1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseTargetFromEnv } from '@ekinerja/db';
import { cliDatabase, runCli, type CliDatabase } from '../testing/cliProcess';
import { decoded, TestSmtp } from '../testing/smtpServer';

const AFTER_DUE = '2026-12-11T09:00:00+08:00';
const OPERATORS = ['operator-kesehatan@ntbprov.example', 'operator-pupr@ntbprov.example'];

let database: CliDatabase;
let smtp: TestSmtp;

async function notificationCount(): Promise<number> {
  const db = createDatabase({ target: databaseTargetFromEnv(database.env), poolSize: 1 });
  try {
    return await db.prisma.notification.count();
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  database = await cliDatabase({ demo: true });
  smtp = new TestSmtp();
  await smtp.start();
});

afterAll(async () => {
  await smtp?.stop();
  await database?.dispose();
});

describe('pnpm cli reminders', () => {
  it('explains itself and refuses a bad moment or an unknown tenant', async () => {
    const help = await runCli(['reminders', '--help']);
    expect(help.code).toBe(0);
    for (const option of ['--now', '--dry-run', '--tenant']) expect(help.stdout).toContain(option);
    const badTime = await runCli(['reminders', '--now', 'yesterday-ish'], { env: database.env });
    expect(badTime.code).toBe(1);
    expect(badTime.stderr).toContain('--now');
    const badTenant = await runCli(['reminders', '--now', AFTER_DUE, '--tenant', 'NOPE'], {
      env: database.env,
    });
    expect(badTenant.code).toBe(1);
    expect(badTenant.stderr).toContain('NOPE');
  });

  it('a dry run lists who would be reminded and writes nothing', async () => {
    const dry = await runCli(['reminders', '--now', AFTER_DUE, '--dry-run'], {
      env: { ...database.env, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` },
    });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('would notify operator-kesehatan: OVERDUE');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(await notificationCount()).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('just after the due day mails each operator who is behind once, and again nothing', async () => {
    const env = {
      ...database.env,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'E-Kinerja <no-reply@ntbprov.example>',
    };
    const first = await runCli(['reminders', '--now', AFTER_DUE], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/E-mail: \d+ queued, \d+ sent, 0 to retry later/);
    for (const operator of OPERATORS) {
      const mails = smtp.to(operator);
      expect(mails, operator).toHaveLength(1);
      expect(decoded(mails[0]!.raw)).toContain('Terlambat');
    }
    const created = await notificationCount();
    expect(created).toBeGreaterThan(0);

    const received = smtp.received.length;
    const again = await runCli(['reminders', '--now', AFTER_DUE], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('0 notification(s) created');
    expect(smtp.received).toHaveLength(received);
    expect(await notificationCount()).toBe(created);
  });

  it('without SMTP_URL notifies in the app only', async () => {
    const received = smtp.received.length;
    const run = await runCli(['reminders', '--now', '2027-01-10T09:00:00+08:00'], { env: database.env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('notified operator-pupr: DUE_TODAY');
    expect(run.stdout).toContain('E-mail is off');
    expect(smtp.received).toHaveLength(received);
  });
});
