// HTTP + WebSocket + Apollo wiring: one port, /graphql for both, the SPA, and health probes.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { WebSocketServer } from 'ws';
import { createContext, type AppServices, type GraphQLContext } from './context';
import { ErrorCode } from './errors';
import { viewerForRequest } from './modules/auth/providers/sessions';
import { evidenceFileRoutes } from './modules/evidenceFiles/evidenceFileRoutes';
import { SocketRegistry } from './realtime/socketRegistry';
import { webAssets } from './webAssets';
import { loggableUrl } from './observability/logger';
import { graphqlErrors, watchLive } from './observability/metrics';
import { metricsEndpoint } from './observability/metricsEndpoint';
import { operationMetrics } from './observability/operationMetrics';
import { LiveHub } from './realtime/liveHub';
import { buildSchema } from './schema';

export interface AppServer {
  httpServer: Server;
  sockets: SocketRegistry;
  live: LiveHub;
  /** Stops accepting, drains requests, closes sockets with 1001 (going away). */
  stop(): Promise<void>;
}

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Client-facing errors keep their code; anything unexpected is masked (and logged). */
function maskError(services: AppServices) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      graphqlErrors.inc({ code });
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    services.logger.error({ err: error }, 'internal error');
    graphqlErrors.inc({ code: 'INTERNAL_SERVER_ERROR' });
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

function clientIp(request: IncomingMessage): string | null {
  return request.socket.remoteAddress ?? null;
}

/** Same-origin browsers, non-browser clients (no Origin) and configured origins may open sockets. */
export function isAllowedOrigin(request: IncomingMessage, allowedOrigins: string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    if (new URL(origin).host === request.headers.host) return true;
  } catch {
    return false;
  }
  return allowedOrigins.includes(origin);
}

export async function createAppServer(baseServices: AppServices): Promise<AppServer> {
  const { config, prisma, logger } = baseServices;
  const sockets = new SocketRegistry();
  const services: AppServices = { ...baseServices, closeSockets: (notice) => sockets.closeRevoked(notice) };
  // Sessions ended and accounts disabled on any instance close their sockets here too.
  const unsubscribeRevocations = services.bus.subscribeRevocations((notice) => sockets.closeRevoked(notice));
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createHttpServer(app);
  // Idle keep-alive sockets stay open longer than any client or proxy keeps them (nginx's
  // upstream keepalive, a browser's pool): otherwise the server may close one just as a request
  // is sent on it, and that request fails with "socket closed" though nothing was wrong.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const schema = buildSchema();
  const production = config.env === 'production';

  const formatError = maskError(services);
  const live = new LiveHub(schema, prisma, services.bus, logger);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>, { viewer?: GraphQLContext['viewer'] }>(
    {
      schema,
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        if (!isAllowedOrigin(request, config.allowedOrigins)) return false;
        const fromInit =
          typeof ctx.connectionParams?.authorization === 'string'
            ? ctx.connectionParams.authorization
            : undefined;
        const viewer = await viewerForRequest(prisma, {
          authorization: fromInit,
          cookie: request.headers.cookie,
        });
        if (viewer.kind === 'anonymous') return false;
        ctx.extra.viewer = viewer;
        sockets.add(ctx.extra.socket, viewer);
        return true;
      },
      context: (ctx, id) =>
        createContext(services, {
          live: { hub: live, sink: { socket: ctx.extra.socket, id } },
          viewer: ctx.extra.viewer ?? { kind: 'anonymous' },
          requestId: randomUUID(),
          ip: clientIp(ctx.extra.request),
          userAgent: ctx.extra.request.headers['user-agent'] ?? null,
        }),
      // Same masking as over HTTP: known codes pass, anything unexpected becomes a bare internal error.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wsServer,
  );
  sockets.startRevalidation(prisma, 15_000, logger);
  const unwatch = watchLive({ sockets: () => sockets.size, subscriptions: () => live.subscriptionsByKind() });

  const armor = new ApolloArmor({
    // Depth counts fields, not fragment spreads: a page's reusable fragments add no real nesting.
    maxDepth: { n: 10, flattenFragments: true },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000 },
    maxTokens: { n: 2000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  const drainSockets: ApolloServerPlugin = {
    async serverWillStart() {
      return {
        async drainServer() {
          sockets.closeAll(1001, 'Server shutting down');
          await wsCleanup.dispose();
        },
      };
    },
  };
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown; Apollo's own signal handlers would stop it a second time, and that
    // second stop() never returned, so the process hung after SIGTERM outside tests.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    formatError,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      operationMetrics<GraphQLContext>(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      drainSockets,
    ],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id =
          (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) ||
          randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: {
        ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics',
      },
      // One line per request: its id, what it ran and for whom, and how long it took.
      customProps: (_req, res) => ({ operation: res.locals?.operation, userId: res.locals?.userId }),
      serializers: {
        req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: loggableUrl(req.url),
          remoteAddress: req.remoteAddress,
        }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'font-src': ["'self'", 'data:'],
          'object-src': ["'none'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': production ? [] : null,
        },
      },
      strictTransportSecurity: production,
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await prisma.$queryRaw`SELECT 1`;
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed: database');
      res.status(503).json({ status: 'unavailable', database: 'unreachable', bus: 'unknown' });
      return;
    }
    const busHealthy = await services.bus.healthy();
    res.status(busHealthy ? 200 : 503).json({
      status: busHealthy ? 'ready' : 'unavailable',
      database: 'ok',
      bus: busHealthy ? 'ok' : 'unreachable',
    });
  });

  app.get('/metrics', metricsEndpoint(config.metricsToken));

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = await viewerForRequest(prisma, req.headers);
        res.locals.userId = viewer.kind === 'user' ? viewer.userId : undefined;
        return createContext(services, {
          viewer,
          requestId: String(req.id),
          ip: req.ip ?? clientIp(req),
          userAgent: req.headers['user-agent'] ?? null,
          res,
        });
      },
    }),
  );

  // Evidence files (photos, PDFs) up and down, with the same sign-in as /graphql.
  app.use('/files/evidence', evidenceFileRoutes(services));

  if (existsSync(join(config.webDist, 'index.html'))) {
    app.use(webAssets(config.webDist));
    // Client-side routes (/wall, /opd/…) all load the SPA shell, revalidated on every load (ETag)
    // so a new deployment reaches every browser at once.
    app.get(/^\/(?!graphql|files\/|healthz|readyz|metrics).*/, (_req, res) => {
      res.sendFile(join(config.webDist, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
    });
  } else {
    logger.warn({ webDist: config.webDist }, 'web app not built: run `pnpm build` to serve it');
  }

  // Oversized or malformed bodies get a JSON error, not an HTML stack page.
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (res.headersSent) return next(error);
      const status = error.status ?? 500;
      if (status >= 500) logger.error({ err: error }, 'request failed');
      res.status(status).json({
        errors: [
          {
            message: status === 413 ? 'Request body too large' : 'Bad request',
            extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
          },
        ],
      });
    },
  );

  return {
    httpServer,
    sockets,
    live,
    async stop() {
      unwatch();
      unsubscribeRevocations();
      live.close();
      await apollo.stop();
    },
  };
}

export { GraphQLError };
