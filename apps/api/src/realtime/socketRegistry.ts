// Live WebSocket connections by viewer, so a revoked session or device loses its sockets.
import type { WebSocket } from 'ws';
import type { Logger } from 'pino';
import type { PrismaClient } from '@ekinerja/db';
import type { Viewer } from '../modules/policy/lib/policy';
import { isViewerStillValid } from '../modules/auth/providers/sessions';

/** Close code for a connection whose credentials were revoked or expired. */
export const CLOSE_REVOKED = 4401;

export class SocketRegistry {
  private readonly sockets = new Map<WebSocket, Viewer>();
  private timer: NodeJS.Timeout | undefined;

  add(socket: WebSocket, viewer: Viewer): void {
    this.sockets.set(socket, viewer);
    socket.once('close', () => this.sockets.delete(socket));
  }

  get size(): number {
    return this.sockets.size;
  }

  /** Closes the sockets of one session at once (logout on this instance). */
  closeSession(sessionId: string): void {
    for (const [socket, viewer] of this.sockets) {
      if (viewer.kind === 'user' && viewer.sessionId === sessionId)
        socket.close(CLOSE_REVOKED, 'Session revoked');
    }
  }

  /** Re-checks every socket's credentials periodically (revocations made on other instances). */
  startRevalidation(prisma: PrismaClient, intervalMs: number, logger: Logger): void {
    this.timer = setInterval(() => void this.revalidate(prisma, logger), intervalMs);
    this.timer.unref();
  }

  /**
   * Closes the sockets whose session or device is no longer valid. While the database cannot be
   * asked (an outage), every socket stays open: the next round decides, and the process lives on.
   */
  async revalidate(prisma: PrismaClient, logger: Logger): Promise<void> {
    try {
      for (const [socket, viewer] of [...this.sockets]) {
        if (!(await isViewerStillValid(prisma, viewer))) socket.close(CLOSE_REVOKED, 'Session revoked');
      }
    } catch (error) {
      logger.warn({ err: error }, 'socket revalidation skipped: the database did not answer');
    }
  }

  closeAll(code: number, reason: string): void {
    clearInterval(this.timer);
    for (const socket of this.sockets.keys()) socket.close(code, reason);
  }
}
