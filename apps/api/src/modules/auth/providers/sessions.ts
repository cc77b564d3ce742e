// Sessions and wall-device tokens: who is calling, resolved from a token on every request.
import type { PrismaClient, User } from '@ekinerja/db';
import type { AppServices } from '../../../context';
import type { RevocationNotice } from '../../../realtime/eventBus';
import type { Viewer } from '../../policy/lib/policy';
import { parseCookie } from 'cookie';
import { hashToken, newToken, tokenFromHeaders } from '../lib/tokens';

export interface SessionMeta {
  ip: string | null;
  userAgent: string | null;
}

export async function createSession(
  prisma: PrismaClient,
  userId: string,
  ttlMs: number,
  meta: SessionMeta,
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + ttlMs);
  const session = await prisma.session.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
    },
  });
  await prisma.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
  return { token, sessionId: session.id, expiresAt };
}

export async function revokeSession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** The viewer a token belongs to: a live user session, a live wall device, or anonymous. */
/**
 * Who sends a request or opens a socket: the bearer token (or, for a socket, its connection
 * parameter) before the session cookie.
 */
export function viewerForRequest(
  prisma: PrismaClient,
  headers: { authorization?: string; cookie?: string },
): Promise<Viewer> {
  return viewerForToken(prisma, tokenFromHeaders(headers, parseCookie(headers.cookie ?? '')));
}

export async function viewerForToken(prisma: PrismaClient, token: string | null): Promise<Viewer> {
  if (!token) return { kind: 'anonymous' };
  const tokenHash = hashToken(token);
  const session = await prisma.session.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          username: true,
          displayName: true,
          isActive: true,
          roles: { select: { role: true, tenantId: true, orgUnitId: true } },
        },
      },
    },
  });
  if (session) {
    if (session.revokedAt || session.expiresAt <= new Date() || !session.user.isActive)
      return { kind: 'anonymous' };
    await touchSession(prisma, session);
    return {
      kind: 'user',
      userId: session.user.id,
      username: session.user.username,
      displayName: session.user.displayName,
      sessionId: session.id,
      grants: session.user.roles.map((r) => ({ role: r.role, scopeId: r.orgUnitId ?? r.tenantId })),
    };
  }
  const device = await prisma.wallDevice.findUnique({
    where: { tokenHash },
    select: { id: true, tenantId: true, orgUnitId: true, revokedAt: true, lastSeenAt: true },
  });
  if (device && !device.revokedAt) {
    await touchDevice(prisma, device);
    return { kind: 'device', deviceId: device.id, scopeId: device.orgUnitId ?? device.tenantId };
  }
  return { kind: 'anonymous' };
}

/** How stale a device's `lastSeenAt` may get: one write per screen every few minutes, not per request. */
const LAST_SEEN_RESOLUTION_MS = 5 * 60_000;

/** A session's "last seen" as its user's sessions page shows it, to the same resolution. */
async function touchSession(prisma: PrismaClient, session: { id: string; lastSeenAt: Date }): Promise<void> {
  const now = new Date();
  if (now.getTime() - session.lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return;
  await prisma.session
    .updateMany({ where: { id: session.id, revokedAt: null }, data: { lastSeenAt: now } })
    .catch(() => undefined);
}

async function touchDevice(
  prisma: PrismaClient,
  device: { id: string; lastSeenAt: Date | null },
): Promise<void> {
  const now = new Date();
  if (device.lastSeenAt && now.getTime() - device.lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return;
  // Bookkeeping only: a failed write must not refuse a valid token.
  await prisma.wallDevice
    .updateMany({ where: { id: device.id, revokedAt: null }, data: { lastSeenAt: now } })
    .catch(() => undefined);
}

/** Whether the session or device behind a viewer is still valid (checked on live sockets). */
export async function isViewerStillValid(prisma: PrismaClient, viewer: Viewer): Promise<boolean> {
  if (viewer.kind === 'user') {
    const session = await prisma.session.findUnique({
      where: { id: viewer.sessionId },
      select: { revokedAt: true, expiresAt: true, user: { select: { isActive: true } } },
    });
    return (
      !!session && !session.revokedAt && session.expiresAt > new Date() && session.user?.isActive !== false
    );
  }
  if (viewer.kind === 'device') {
    const device = await prisma.wallDevice.findUnique({
      where: { id: viewer.deviceId },
      select: { id: true, revokedAt: true, lastSeenAt: true },
    });
    if (!device || device.revokedAt) return false;
    // A screen on one live socket for days makes no HTTP requests: its socket's checks count as seen.
    await touchDevice(prisma, device);
    return true;
  }
  return false;
}

/**
 * After ended sessions or a disabled account have committed: this instance closes their sockets at
 * once, and the bus tells every other instance to do the same (its periodic re-check is the
 * fallback when the bus is down).
 */
export async function announceRevocation(
  services: Pick<AppServices, 'bus' | 'closeSockets'>,
  notice: Partial<RevocationNotice>,
): Promise<void> {
  const full = { sessionIds: notice.sessionIds ?? [], userIds: notice.userIds ?? [] };
  if (full.sessionIds.length === 0 && full.userIds.length === 0) return;
  services.closeSockets?.(full);
  await services.bus.publishRevocation(full);
}

/** The signed-in user behind a viewer; null for anonymous callers and wall devices. */
export function signedInUser(prisma: PrismaClient, viewer: Viewer): Promise<User | null> {
  if (viewer.kind !== 'user') return Promise.resolve(null);
  return prisma.user.findUnique({ where: { id: viewer.userId } });
}
