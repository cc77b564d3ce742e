// Sends measurement saves in order and keeps the ones the network lost (in localStorage, per
// user) to retry: at once when the browser comes back online, otherwise with a growing delay.
// Components read it through useSyncExternalStore.
import type { OutboxState, PendingSave, SaveOutcome } from './outboxTypes';
import { isRetryable } from './isRetryable';

export interface SaveSender {
  /** Runs the save (and the submit when asked); resolves to the final status and version. */
  (entry: PendingSave): Promise<{ status: string; version: number }>;
}

export interface OutboxOptions {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  storageKey: string;
  send: SaveSender;
  /** Delay before retry number `attempt` (1-based). */
  retryDelayMs?: (attempt: number) => number;
  now?: () => Date;
}

const defaultDelay = (attempt: number) => Math.min(30_000, 2_000 * 2 ** Math.min(attempt - 1, 4));

export class MeasurementOutbox {
  private state: OutboxState;
  private readonly listeners = new Set<() => void>();
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: OutboxOptions) {
    this.state = { pending: this.load(), sending: new Set(), outcomes: new Map() };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OutboxState => this.state;

  /** Queues a save (replacing an unsent one for the same task) and starts sending. */
  enqueue(entry: Omit<PendingSave, 'attempts' | 'failedAt'>): void {
    const outcomes = new Map(this.state.outcomes);
    outcomes.delete(entry.taskKey);
    const pending = [
      ...this.state.pending.filter((p) => p.taskKey !== entry.taskKey || this.state.sending.has(p.taskKey)),
      { ...entry, attempts: 0, failedAt: null },
    ];
    this.update({ pending, outcomes });
    void this.flush();
  }

  /** Forgets a task's last answer (the form has shown it). */
  clearOutcome(taskKey: string): void {
    if (!this.state.outcomes.has(taskKey)) return;
    const outcomes = new Map(this.state.outcomes);
    outcomes.delete(taskKey);
    this.update({ outcomes });
  }

  /** Sends everything waiting, oldest first; stops at the first network failure. */
  flush(): Promise<void> {
    this.inFlight ??= this.sendAll().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async sendAll(): Promise<void> {
    this.clearTimer();
    try {
      for (;;) {
        const next = this.state.pending[0];
        if (!next) break;
        this.update({ sending: new Set([next.taskKey]) });
        try {
          const result = await this.options.send(next);
          this.finish(next, { kind: 'applied', ...result, at: this.now().toISOString() });
        } catch (error) {
          if (!isRetryable(error)) {
            this.finish(next, { kind: 'refused', error });
            continue;
          }
          this.failed(next);
          break;
        }
      }
    } finally {
      this.update({ sending: new Set() });
    }
  }

  dispose(): void {
    this.clearTimer();
    this.listeners.clear();
  }

  private finish(entry: PendingSave, outcome: SaveOutcome): void {
    const outcomes = new Map(this.state.outcomes).set(entry.taskKey, outcome);
    this.update({ pending: this.state.pending.filter((p) => p !== entry), outcomes });
  }

  private failed(entry: PendingSave): void {
    const retried = { ...entry, attempts: entry.attempts + 1, failedAt: this.now().toISOString() };
    this.update({ pending: this.state.pending.map((p) => (p === entry ? retried : p)) });
    const delay = (this.options.retryDelayMs ?? defaultDelay)(retried.attempts);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private update(change: Partial<OutboxState>): void {
    this.state = { ...this.state, ...change };
    if (change.pending) this.save(change.pending);
    for (const listener of this.listeners) listener();
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private load(): PendingSave[] {
    try {
      const stored = this.options.storage?.getItem(this.options.storageKey);
      return stored ? (JSON.parse(stored) as PendingSave[]) : [];
    } catch {
      return [];
    }
  }

  private save(pending: readonly PendingSave[]): void {
    try {
      if (pending.length === 0) this.options.storage?.removeItem(this.options.storageKey);
      else this.options.storage?.setItem(this.options.storageKey, JSON.stringify(pending));
    } catch {
      /* storage full or disabled: the queue still lives in memory for this page */
    }
  }
}
