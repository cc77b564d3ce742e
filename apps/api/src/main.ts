// Reads config, prepares the database (migrations; demo data when empty), listens, and shuts
// down gracefully on SIGINT/SIGTERM.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import {
  applyMigrations,
  createDatabase,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  describeTarget,
  seedDemo,
} from '@ekinerja/db';
import { loadConfig } from './config';
import { createServer } from './server';

const config = loadConfig();
const logger = pino({ level: config.logLevel });
const db = createDatabase({ target: config.database });

const applied = await applyMigrations(db.adapterFactory);
if (applied.length) logger.info({ applied }, 'migrations applied');

let wallToken: string | null = null;
if (config.seedDemoWhenEmpty && (await db.prisma.tenant.count()) === 0) {
  logger.info('empty database: seeding the demo province');
  wallToken = (await seedDemo(db.prisma, { includeRegencies: false })).wallToken;
}

const server = createServer({ config, prisma: db.prisma, logger });
server.listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo;
  const base = `http://localhost:${port}`;
  logger.info({ port, database: describeTarget(db.target) }, 'E-Kinerja BSC is listening');
  console.log(
    `\n  E-Kinerja BSC   ${base}\n  Health          ${base}/healthz\n  Database        ${describeTarget(db.target)}`,
  );
  if (config.seedDemoWhenEmpty) {
    console.log(
      `  Demo logins     ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')} (password "${DEMO_PASSWORD}")`,
    );
  }
  if (wallToken) console.log(`  Wall screen     ${base}/wall?device=${wallToken}`);
  console.log('');
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  server.close();
  server.closeIdleConnections();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
