import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { MeasurementOutbox, type SaveSender } from '../MeasurementOutbox';
import type { PendingSave } from '../outboxTypes';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

function entry(taskKey: string, clientMutationId: string): Omit<PendingSave, 'attempts' | 'failedAt'> {
  return {
    taskKey,
    input: { indicatorId: 'Indicator:1', year: 2026, month: 11, value: 5, clientMutationId },
    submitMutationId: null,
  };
}

const networkDown = () => Promise.reject(new TypeError('Failed to fetch'));

describe('MeasurementOutbox', () => {
  it('keeps a save the network lost, across a reload, and resends it with the same id', async () => {
    const storage = memoryStorage();
    const sent: string[] = [];
    let online = false;
    const send: SaveSender = (e) => {
      sent.push(e.input.clientMutationId);
      return online ? Promise.resolve({ status: 'DRAFT', version: 1 }) : networkDown();
    };
    const first = new MeasurementOutbox({ storage, storageKey: 'k', send, retryDelayMs: () => 60_000 });
    first.enqueue(entry('a', 'id-1'));
    await first.flush();
    expect(first.getSnapshot().pending).toMatchObject([{ taskKey: 'a', attempts: 1 }]);
    first.dispose();

    online = true;
    const reloaded = new MeasurementOutbox({ storage, storageKey: 'k', send });
    await reloaded.flush();
    expect(sent).toEqual(['id-1', 'id-1']);
    expect(reloaded.getSnapshot().pending).toEqual([]);
    expect(reloaded.getSnapshot().outcomes.get('a')).toMatchObject({ kind: 'applied', version: 1 });
    expect(storage.items.size).toBe(0);
    reloaded.dispose();
  });

  it('hands an API refusal to the form instead of retrying it, and goes on with the next save', async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [{ message: 'x', extensions: { code: 'CONFLICT' } }],
    });
    const send: SaveSender = (e) =>
      e.taskKey === 'a' ? Promise.reject(refusal) : Promise.resolve({ status: 'SUBMITTED', version: 3 });
    const outbox = new MeasurementOutbox({ storage: null, storageKey: 'k', send });
    outbox.enqueue(entry('a', 'id-1'));
    outbox.enqueue(entry('b', 'id-2'));
    await outbox.flush();
    const { pending, outcomes } = outbox.getSnapshot();
    expect(pending).toEqual([]);
    expect(outcomes.get('a')).toEqual({ kind: 'refused', error: refusal });
    expect(outcomes.get('b')).toMatchObject({ kind: 'applied', status: 'SUBMITTED' });
    outbox.dispose();
  });

  it('sends saves in the order they were made and stops at the first network failure', async () => {
    const sent: string[] = [];
    const send: SaveSender = (e) => {
      sent.push(e.taskKey);
      return e.taskKey === 'b' ? networkDown() : Promise.resolve({ status: 'DRAFT', version: 1 });
    };
    const outbox = new MeasurementOutbox({
      storage: null,
      storageKey: 'k',
      send,
      retryDelayMs: () => 60_000,
    });
    outbox.enqueue(entry('a', '1'));
    outbox.enqueue(entry('b', '2'));
    outbox.enqueue(entry('c', '3'));
    await outbox.flush();
    expect(sent).toEqual(['a', 'b']);
    expect(outbox.getSnapshot().pending.map((p) => p.taskKey)).toEqual(['b', 'c']);
    outbox.dispose();
  });
});
