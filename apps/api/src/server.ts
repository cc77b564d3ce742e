// HTTP wiring: health probes and the built single-page app with history fallback.
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import type { Logger } from 'pino';
import type { PrismaClient } from '@ekinerja/db';
import type { Config } from './config';

export interface ServerDeps {
  config: Config;
  prisma: PrismaClient;
  logger: Logger;
}

export function createServer({ config, prisma, logger }: ServerDeps): Server {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    try {
      await prisma.$queryRaw`SELECT 1`;
      res.json({ status: 'ready', database: 'ok' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  if (existsSync(join(config.webDist, 'index.html'))) {
    app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
    // Client-side routes (/wall, /opd/…) all load the SPA shell.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(join(config.webDist, 'index.html'));
    });
  } else {
    logger.warn({ webDist: config.webDist }, 'web app not built: run `pnpm build` to serve it');
  }

  return createHttpServer(app);
}
