// Live WebSocket connections by viewer, so a revoked session or device loses its sockets.
import type { WebSocket } from 'ws';
import type { Logger } from 'pino';
import type { PrismaClient } from '@ekinerja/db';
import type { Viewer } from '../modules/policy/lib/policy';
import { isViewerStillValid } from '../modules/auth/providers/sessions';
import type { RevocationNotice } from './eventBus';

/** Close code for a connection whose credentials were revoked or expired. */
export const CLOSE_REVOKED = 4401;

export class SocketRegistry {
  private readonly sockets = new Map<WebSocket, Viewer>();
  /** Session id → its open sockets, and user id → theirs: a revocation finds them without a scan. */
  private readonly bySession = new Map<string, Set<WebSocket>>();
  private readonly byUser = new Map<string, Set<WebSocket>>();
  private timer: NodeJS.Timeout | undefined;

  add(socket: WebSocket, viewer: Viewer): void {
    this.sockets.set(socket, viewer);
    if (viewer.kind === 'user') {
      addTo(this.bySession, viewer.sessionId, socket);
      addTo(this.byUser, viewer.userId, socket);
    }
    socket.once('close', () => {
      this.sockets.delete(socket);
      if (viewer.kind === 'user') {
        removeFrom(this.bySession, viewer.sessionId, socket);
        removeFrom(this.byUser, viewer.userId, socket);
      }
    });
  }

  get size(): number {
    return this.sockets.size;
  }

  /** Closes the sockets of one session at once. */
  closeSession(sessionId: string): void {
    for (const socket of [...(this.bySession.get(sessionId) ?? [])])
      socket.close(CLOSE_REVOKED, 'Session revoked');
  }

  /** Closes every socket of a user (their account was disabled). */
  closeUser(userId: string): void {
    for (const socket of [...(this.byUser.get(userId) ?? [])])
      socket.close(CLOSE_REVOKED, 'Account disabled');
  }

  /** Closes what a revocation names (heard on the bus, from this instance or another). */
  closeRevoked(notice: RevocationNotice): void {
    for (const sessionId of notice.sessionIds) this.closeSession(sessionId);
    for (const userId of notice.userIds) this.closeUser(userId);
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

function addTo(index: Map<string, Set<WebSocket>>, key: string, socket: WebSocket): void {
  const set = index.get(key) ?? new Set<WebSocket>();
  set.add(socket);
  index.set(key, set);
}

function removeFrom(index: Map<string, Set<WebSocket>>, key: string, socket: WebSocket): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(socket);
  if (set.size === 0) index.delete(key);
}
