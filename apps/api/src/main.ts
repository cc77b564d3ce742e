// Reads config, prepares the database (migrations; demo data and scores when empty), listens,
// and shuts down gracefully on SIGINT/SIGTERM.
import type { AddressInfo } from 'node:net';
import {
  applyMigrations,
  createDatabase,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  describeTarget,
  seedDemo,
} from '@ekinerja/db';
import { loadConfig } from './config';
import { DEFAULT_LOGIN_LIMITS, LoginLimiter } from './modules/auth/lib/loginLimiter';
import { createEventBus } from './realtime/eventBus';
import { createLogger } from './observability/logger';
import { observeDbQuery } from './observability/metrics';
import { createAppServer } from './server';
import { startReminderScheduler } from './modules/notifications/providers/reminderScheduler';
import { startDemoSimulator } from './modules/simulator/providers/demoSimulator';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const db = createDatabase({
  target: config.database,
  observeQuery: observeDbQuery,
});

const applied = await applyMigrations(db.adapterFactory);
if (applied.length) logger.info({ applied }, 'migrations applied');

let wallToken: string | null = null;
if (config.seedDemoWhenEmpty && (await db.prisma.tenant.count()) === 0) {
  logger.info('empty database: seeding the demo province');
  wallToken = (await seedDemo(db.prisma, { includeRegencies: false })).wallToken;
}
// Also after an upgrade that added the scope figures or the board's counts: writes move stored
// rows, so they must exist.
const missingScores =
  (await db.prisma.scoreSnapshot.count()) === 0 ||
  (await db.prisma.scopeMonthStats.count()) === 0 ||
  ((await db.prisma.boardCount.count()) === 0 && (await db.prisma.indicator.count()) > 0);
if (missingScores && (await db.prisma.tenant.count()) > 0) {
  const { rebuildScores } = await import('./modules/snapshots');
  const year = new Date().getFullYear();
  logger.info({ year }, 'no score snapshots or scope figures yet: building them from the rows');
  await rebuildScores(db.prisma, { year });
}

const bus = createEventBus(config.redisUrl, logger, config.redisChannel);
await bus.ready();
const services = {
  config,
  prisma: db.prisma,
  logger,
  loginLimiter: new LoginLimiter({ ...DEFAULT_LOGIN_LIMITS, perIpPoints: config.loginLimitPerIp }),
  bus,
};
const server = await createAppServer(services);
const stopReminders = startReminderScheduler(services);
// Only on the demo province: a real deployment never gets simulated values.
const demoProvince = await db.prisma.user.findUnique({ where: { username: 'operator-kesehatan' } });
const stopSimulator =
  config.simulate && demoProvince
    ? startDemoSimulator({ config, prisma: db.prisma, logger, loginLimiter: new LoginLimiter(), bus })
    : undefined;
server.httpServer.listen(config.port, config.host, () => {
  const { port } = server.httpServer.address() as AddressInfo;
  const base = `http://localhost:${port}`;
  logger.info({ port, database: describeTarget(db.target) }, 'E-Kinerja BSC is listening');
  const lines = [
    `E-Kinerja BSC   ${base}`,
    `GraphQL         ${base}/graphql (HTTP and WebSocket)`,
    `Database        ${describeTarget(db.target)}`,
  ];
  if (config.seedDemoWhenEmpty) {
    lines.push(
      `Demo logins     ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')} (password "${DEMO_PASSWORD}")`,
    );
  }
  if (wallToken) lines.push(`Wall screen     ${base}/wall?device=${wallToken}`);
  console.log(`\n  ${lines.join('\n  ')}\n`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: draining requests and closing sockets');
  // A drain that never finishes must not keep a supervisor waiting forever.
  setTimeout(() => {
    logger.error('shutdown did not finish within 15 s: exiting anyway');
    process.exit(1);
  }, 15_000).unref();
  stopSimulator?.();
  stopReminders?.();
  await server.stop();
  logger.debug('requests drained and sockets closed');
  await bus.close();
  logger.debug('event bus closed');
  await db.close();
  logger.debug('database closed');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
