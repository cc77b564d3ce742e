// What every resolver receives: the database, who is asking, and request metadata.
import type { Response } from 'express';
import type { Logger } from 'pino';
import type { PrismaClient } from '@ekinerja/db';
import type { Config } from './config';
import type { LoginLimiter } from './modules/auth/lib/loginLimiter';
import type { EventBus, RevocationNotice } from './realtime/eventBus';
import type { LiveHub, LiveSink } from './realtime/liveHub';
import { can, describeViewer, type Action, type Viewer } from './modules/policy/lib/policy';
import { forbidden, unauthenticated } from './errors';

export interface AppServices {
  config: Config;
  prisma: PrismaClient;
  logger: Logger;
  loginLimiter: LoginLimiter;
  bus: EventBus;
  /**
   * Closes this instance's sockets of ended sessions or disabled users at once (set by the
   * server); other instances hear the same revocation on the bus.
   */
  closeSockets?: (notice: RevocationNotice) => void;
  /** The moment reporting windows are judged at (tests set it); the system clock when absent. */
  clock?: () => Date;
}

/** Now, by the services' clock. */
export function nowOf(services: Pick<AppServices, 'clock'>): Date {
  return services.clock?.() ?? new Date();
}

export interface GraphQLContext extends AppServices {
  viewer: Viewer;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** Present over HTTP (to set or clear the session cookie); absent on WebSocket operations. */
  res?: Response;
  /** Present on WebSocket operations: where a subscription's frames go. */
  live?: { hub: LiveHub; sink: LiveSink };
  /** Throws FORBIDDEN (or UNAUTHENTICATED) unless the viewer may do `action` at the node. */
  authorize(action: Action, scopePath: readonly string[], what: string): void;
}

export function createContext(
  services: AppServices,
  request: Pick<GraphQLContext, 'viewer' | 'requestId' | 'ip' | 'userAgent' | 'res' | 'live'>,
): GraphQLContext {
  const context: GraphQLContext = {
    ...services,
    ...request,
    authorize(action, scopePath, what) {
      if (can(request.viewer, action, scopePath)) return;
      // Every denial is logged with who, what and where.
      services.logger.warn(
        {
          viewer: describeViewer(request.viewer),
          action,
          what,
          scope: scopePath.at(-1),
          requestId: request.requestId,
        },
        'authorisation denied',
      );
      throw request.viewer.kind === 'anonymous' ? unauthenticated() : forbidden();
    },
  };
  return context;
}
