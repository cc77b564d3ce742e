// A database outage must not end the process through the sockets' periodic re-check, nor close
// the screens: the next round decides.
import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type { PrismaClient } from '@ekinerja/db';
import { CLOSE_REVOKED, SocketRegistry } from './socketRegistry';

function fakeSocket() {
  const socket = new EventEmitter() as EventEmitter & { closed?: number; close(code: number): void };
  socket.close = (code: number) => {
    socket.closed = code;
  };
  return socket;
}

const unreachable = new Error("Can't reach database server");
const down = {
  session: { findUnique: () => Promise.reject(unreachable) },
  wallDevice: { findUnique: () => Promise.reject(unreachable) },
} as unknown as PrismaClient;
const revoked = {
  session: {
    findUnique: () => Promise.resolve({ revokedAt: new Date(), expiresAt: new Date(Date.now() + 60_000) }),
  },
} as unknown as PrismaClient;

describe('socket revalidation', () => {
  const viewer = {
    kind: 'user' as const,
    userId: 'u',
    username: 'a',
    displayName: 'A',
    sessionId: 's',
    grants: [],
  };

  it('keeps every socket open and resolves while the database is down', async () => {
    const registry = new SocketRegistry();
    const socket = fakeSocket();
    registry.add(socket as unknown as WebSocket, viewer);
    await expect(registry.revalidate(down, pino({ level: 'silent' }))).resolves.toBeUndefined();
    expect(socket.closed).toBeUndefined();
  });

  it('closes the socket of a revoked session once the database answers', async () => {
    const registry = new SocketRegistry();
    const socket = fakeSocket();
    registry.add(socket as unknown as WebSocket, viewer);
    await registry.revalidate(revoked, pino({ level: 'silent' }));
    expect(socket.closed).toBe(CLOSE_REVOKED);
  });

  it('closes the sockets a revocation names, by session or by user, and no others', () => {
    const registry = new SocketRegistry();
    const other = { ...viewer, sessionId: 's2' };
    const stranger = { ...viewer, userId: 'v', sessionId: 's3' };
    const [first, second, third] = [fakeSocket(), fakeSocket(), fakeSocket()];
    registry.add(first as unknown as WebSocket, viewer);
    registry.add(second as unknown as WebSocket, other);
    registry.add(third as unknown as WebSocket, stranger);
    registry.closeRevoked({ sessionIds: ['s'], userIds: [] });
    expect([first.closed, second.closed, third.closed]).toEqual([CLOSE_REVOKED, undefined, undefined]);
    first.emit('close');
    registry.closeRevoked({ sessionIds: [], userIds: ['u'] });
    expect([second.closed, third.closed]).toEqual([CLOSE_REVOKED, undefined]);
    expect(registry.size).toBe(2);
  });
});
