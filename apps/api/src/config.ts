// Every environment variable the API reads, parsed and typed once (see the README table).
import { resolve } from 'node:path';
import { z } from 'zod';
import { compiled, databaseTargetFromEnv, repoRoot, type DatabaseTarget } from '@ekinerja/db';
import { DEFAULT_CHANNEL } from './realtime/eventBus';

// The compiled server carries the built web app beside it (dist/web); a checkout has it in apps/web.
const defaultWebDist = compiled ? resolve(repoRoot, 'web') : resolve(repoRoot, 'apps/web/dist');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default(defaultWebDist),
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  SIMULATE: z.enum(['0', '1']).default('1'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  ALLOWED_ORIGINS: z.string().default(''),
  // Sheet imports travel base64-encoded inside the GraphQL request (up to 2 MB of it).
  BODY_LIMIT: z.string().default('2500kb'),
  REDIS_URL: z.string().url().optional(),
  // Two deployments (say staging and production) that share one Redis each need their own channel.
  REDIS_CHANNEL: z.string().min(1).max(200).default(DEFAULT_CHANNEL),
  // A government office often reaches the server through one NAT address: a whole floor logs in
  // at eight from one IP. Guessing passwords is stopped by the per-username failure limit.
  LOGIN_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(300),
  // Prometheus scrapes /metrics with this bearer token; unset, there is no /metrics at all.
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  // Reminders and notifications by e-mail; unset, notifications stay in the app.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// address')
    .optional(),
  MAIL_FROM: z.string().min(3).default('E-Kinerja BSC <no-reply@localhost>'),
  // The address users open the app at, for links in e-mails; unset, e-mails carry no links.
  PUBLIC_URL: z.string().url().optional(),
  // How often each instance looks for reminders to create and mail to send; 0 turns it off
  // (tests default to off).
  REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).optional(),
});

export interface Config {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  logLevel: string;
  webDist: string;
  /** Seed the demo province when the database is empty (never in production). */
  seedDemoWhenEmpty: boolean;
  database: DatabaseTarget;
  sessionTtlMs: number;
  /** Origins allowed to open WebSockets besides the server's own (comma-separated). */
  allowedOrigins: string[];
  bodyLimit: string;
  /** Redis for the event bus between API instances; unset = in-process bus. */
  redisUrl: string | undefined;
  /** The Redis pub/sub channel of this deployment's instances. */
  redisChannel: string;
  /** Demo mode: enter and verify plausible values every few seconds (SIMULATE=0 turns it off). */
  simulate: boolean;
  /** Login attempts allowed from one IP address per 5 minutes. */
  loginLimitPerIp: number;
  /** Bearer token for /metrics; undefined turns the endpoint off. */
  metricsToken: string | undefined;
  /** Outgoing e-mail; undefined: notifications are in-app only. */
  mail: MailConfig | undefined;
  /** Where users open the app, for links in e-mails. */
  publicUrl: string | undefined;
  /** Milliseconds between reminder runs; 0 = no scheduled runs. */
  reminderIntervalMs: number;
}

export interface MailConfig {
  smtpUrl: string;
  from: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    webDist: resolve(e.WEB_DIST),
    seedDemoWhenEmpty: e.SEED_DEMO === '1' && e.NODE_ENV !== 'production',
    database: databaseTargetFromEnv(env),
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    allowedOrigins: e.ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    bodyLimit: e.BODY_LIMIT,
    redisUrl: e.REDIS_URL,
    redisChannel: e.REDIS_CHANNEL,
    // Simulated values never enter a production database, even one restored from the demo.
    simulate: e.SIMULATE === '1' && e.SEED_DEMO === '1' && e.NODE_ENV !== 'production',
    loginLimitPerIp: e.LOGIN_LIMIT_PER_IP,
    metricsToken: e.METRICS_TOKEN,
    mail: e.SMTP_URL ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
    publicUrl: e.PUBLIC_URL,
    reminderIntervalMs: (e.REMINDER_INTERVAL_SECONDS ?? (e.NODE_ENV === 'test' ? 0 : 300)) * 1000,
  };
}
