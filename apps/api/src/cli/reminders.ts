// `pnpm cli reminders [--now ISO] [--dry-run] [--tenant CODE]`: runs the reminder job the API runs
// on its schedule, for a given moment: creates the notifications the reporting calendar, submitted
// values and directives call for (each at most once) and sends the e-mail outbox when SMTP_URL is
// set. --dry-run lists what would be created and writes nothing. Exit code 1 when a mail could not
// be sent (it stays queued and is retried by the next run).
import { Command } from 'commander';
import { pino } from 'pino';
import { createDatabase } from '@ekinerja/db';
import { loadConfig } from '../config';
import { notificationSentence } from '../modules/notifications/lib/mailText';
import { smtpMailer } from '../modules/notifications/providers/mailOutbox';
import { runReminders, UnknownTenantError } from '../modules/notifications/providers/reminderJob';
import { createEventBus } from '../realtime/eventBus';
import { fail } from './lib/fail';

export function remindersCommand(): Command {
  return new Command('reminders')
    .description('create due reminders and send queued notification e-mail, as the API does on its schedule')
    .option('--now <ISO>', 'the moment to judge the reporting calendar at (default: now)')
    .option('--dry-run', 'list what would be created and sent, write nothing', false)
    .option('--tenant <CODE>', 'only this tenant (default: every tenant)')
    .action(async (options: { now?: string; dryRun: boolean; tenant?: string }) => {
      const now = options.now ? new Date(options.now) : new Date();
      if (Number.isNaN(now.getTime())) fail('--now: an ISO 8601 time such as 2026-12-11T09:00:00+08:00');
      const config = loadConfig();
      const logger = pino({ level: 'silent' });
      const db = createDatabase();
      // Bells on screens ring through the instances' bus when there is one (Redis).
      const bus = createEventBus(options.dryRun ? undefined : config.redisUrl, logger, config.redisChannel);
      const mailer = config.mail && !options.dryRun ? smtpMailer(config.mail) : undefined;
      try {
        await bus.ready(2000);
        const report = await runReminders(
          { prisma: db.prisma, bus, logger },
          { now, tenantCode: options.tenant, dryRun: options.dryRun, mailer, publicUrl: config.publicUrl },
        ).catch((error: unknown) => {
          if (error instanceof UnknownTenantError) fail(`--tenant: no tenant has the code ${error.message}`);
          throw error;
        });
        const verb = options.dryRun ? 'would notify' : 'notified';
        for (const n of report.notifications)
          console.log(`${verb} ${n.username}: ${n.kind} ${notificationSentence('en', n)}`);
        console.log(
          `${report.notifications.length} notification(s) ${options.dryRun ? 'would be created' : 'created'} at ${now.toISOString()}.`,
        );
        if (options.dryRun) {
          console.log('Dry run: nothing was written.');
        } else if (!report.mail) {
          console.log('E-mail is off (SMTP_URL is unset): notifications are in the app only.');
        } else {
          const { queued, sent, retrying, failed, cancelled } = report.mail;
          console.log(
            `E-mail: ${queued} queued, ${sent} sent, ${retrying} to retry later, ${failed} given up, ${cancelled} cancelled (recipient disabled).`,
          );
          if (retrying + failed > 0) {
            console.error(
              'error: some e-mail could not be sent; it stays queued and is retried by the next run.',
            );
            process.exitCode = 1;
          }
        }
      } finally {
        mailer?.close();
        await bus.close();
        await db.close();
      }
    });
}
