// Runs the reminder job in the API process every `reminderIntervalMs`. Every instance may run it:
// the unique keys and the outbox's row claims, not this timer, keep each message single.
import type { AppServices } from '../../../context';
import { nowOf } from '../../../context';
import { smtpMailer } from './mailOutbox';
import { runReminders } from './reminderJob';

export function startReminderScheduler(services: AppServices): (() => void) | undefined {
  const { config, logger } = services;
  if (config.reminderIntervalMs <= 0) return undefined;
  const mailer = config.mail ? smtpMailer(config.mail) : undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const report = await runReminders(services, {
        now: nowOf(services),
        mailer,
        publicUrl: config.publicUrl,
      });
      if (report.notifications.length > 0 || (report.mail && report.mail.queued + report.mail.retrying > 0))
        logger.info({ notifications: report.notifications.length, mail: report.mail }, 'reminders run');
    } catch (error) {
      logger.error({ err: error }, 'reminder run failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), config.reminderIntervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    mailer?.close();
  };
}
