// Runs against the bus the environment selects: in-process, or Redis when REDIS_URL is set (CI's
// PostgreSQL pass sets it), so both implementations honour the same contract.
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createEventBus, type ChangeNotice, type EventBus, type RevocationNotice } from './eventBus';

const notice = (seq: string): ChangeNotice => ({
  seq,
  tenantId: 't',
  scopeIds: ['t', 'u'],
  entityType: 'Measurement',
  entityId: 'm',
  action: 'VERIFY',
  at: '2026-11-29T02:00:00.000Z',
  actorName: 'Kepala Dinas',
  scores: [{ nodeId: 'u', nodeKind: 'ORG_UNIT', month: 11, score: 91.5, band: 'YELLOW' }],
});

function nextNotice(bus: EventBus): Promise<ChangeNotice> {
  return new Promise((resolve) => {
    const off = bus.subscribe((n) => {
      off();
      resolve(n);
    });
  });
}

describe(`event bus (${process.env.REDIS_URL ? 'redis' : 'memory'})`, () => {
  const logger = pino({ level: 'silent' });
  // A channel of its own: other test files may be using the same Redis at the same time.
  const channel = `ekinerja:test:${randomUUID()}`;
  const a = createEventBus(process.env.REDIS_URL, logger, channel);
  const b = process.env.REDIS_URL ? createEventBus(process.env.REDIS_URL, logger, channel) : a;

  afterAll(async () => {
    await a.close();
    if (b !== a) await b.close();
  });

  it('delivers a published change to subscribers, across instances when shared', async () => {
    await Promise.all([a.ready(), b.ready()]);
    expect(await a.healthy()).toBe(true);
    const received = nextNotice(b);
    await a.publish(notice('42'));
    expect(await received).toEqual(notice('42'));
  });

  it('stops delivering after unsubscribe', async () => {
    const seen: string[] = [];
    const off = b.subscribe((n) => seen.push(n.seq));
    const last = nextNotice(b);
    await a.publish(notice('43'));
    await last;
    off();
    const after = nextNotice(b);
    await a.publish(notice('44'));
    await after;
    expect(seen).toEqual(['43']);
  });

  it('carries revocations to every instance, apart from the changes', async () => {
    const changes: string[] = [];
    const offChanges = b.subscribe((n) => changes.push(n.seq));
    const received = new Promise<RevocationNotice>((resolve) => {
      const off = b.subscribeRevocations((n) => {
        off();
        resolve(n);
      });
    });
    await a.publishRevocation({ sessionIds: ['s1', 's2'], userIds: ['u1'] });
    expect(await received).toEqual({ sessionIds: ['s1', 's2'], userIds: ['u1'] });
    offChanges();
    expect(changes).toEqual([]);
  });
});
