// The bell's live signal: "something new for user X" travels on the same event bus as changes
// (in process, or Redis to every instance). It names no scope, so no scoreboard feed reacts to it.
import type { AppServices } from '../../../context';
import type { ChangeNotice, EventBus } from '../../../realtime/eventBus';

const BELL = 'Notification';

/** The notice that rings `userId`'s bell; published after the notifications are committed. */
export function bellNotice(userId: string, tenantId: string | null): Omit<ChangeNotice, 'actorName'> {
  return {
    seq: '0',
    tenantId: tenantId ?? '',
    scopeIds: [],
    entityType: BELL,
    entityId: userId,
    action: 'CREATED',
    at: new Date().toISOString(),
    scores: [],
  };
}

export async function ringBells(
  services: Pick<AppServices, 'bus' | 'logger'>,
  recipients: readonly { userId: string; tenantId?: string | null }[],
): Promise<void> {
  const seen = new Set<string>();
  for (const { userId, tenantId } of recipients) {
    if (seen.has(userId)) continue;
    seen.add(userId);
    try {
      await services.bus.publish({ ...bellNotice(userId, tenantId ?? null), actorName: null });
    } catch (error) {
      services.logger.warn({ err: error }, 'notification committed but the bell was not rung');
    }
  }
}

/**
 * Yields `load()` once at the start and again after each ring of `userId`'s bell (rings that come
 * while a load runs are folded into the next one). `return()` unsubscribes at once, even while
 * waiting, so a closed socket leaves no listener behind.
 */
export function bellRings<T>(
  bus: EventBus,
  userId: string,
  load: () => Promise<T>,
): AsyncIterableIterator<T> {
  let rung = true;
  let closed = false;
  let wake: (() => void) | undefined;
  const unsubscribe = bus.subscribe((notice) => {
    if (notice.entityType !== BELL || notice.entityId !== userId) return;
    rung = true;
    wake?.();
  });
  const done = { done: true as const, value: undefined as never };
  const close = async () => {
    if (!closed) {
      closed = true;
      unsubscribe();
      wake?.();
    }
    return done;
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      while (!rung && !closed) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (closed) return done;
      rung = false;
      return { done: false, value: await load() };
    },
    return: close,
    throw: close,
  };
}
