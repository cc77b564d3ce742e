// Fan-out of live subscriptions. Sockets watching the same scope share one feed: a change is read
// from the database once per scope, executed and serialised once per distinct subscription
// document, and the same frame is written to every socket. Deltas are computed from stored rows,
// never from the bus message, so a message lost on the bus is repaired by the next heartbeat.
import { createHash } from 'node:crypto';
import {
  execute,
  Kind,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { PrismaClient } from '@ekinerja/db';
import { liveDelivery } from '../observability/metrics';
import type { EventBus, ChangeNotice } from './eventBus';

/** Close code for a socket that cannot keep up: the client reconnects and resyncs by sequence. */
export const CLOSE_SLOW_CONSUMER = 1013;

export interface LiveSink {
  socket: WebSocket;
  /** The graphql-ws subscription id. */
  id: string;
}

/** What a subscription resolver knows about its operation, to group identical ones. */
export interface LiveOperation {
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
  fieldName: string;
}

/** Reads what a feed sends; the scoreboard and activity feeds differ only in these. */
export interface FeedSource<View> {
  /** The current view of the scope (null for feeds that only relay events). */
  load(): Promise<View>;
  /** Messages for subscribers after a change: compare `before` with `after`, or relay the events. */
  messages(before: View, after: View, seq: string, events: ChangeNotice[]): unknown[];
  /** Events missed since `seq` (read from the change log), for feeds that relay them. */
  missed?(since: bigint): Promise<ChangeNotice[]>;
  heartbeat?(seq: string): unknown;
}

interface DocumentGroup {
  operation: LiveOperation;
  sinks: Set<LiveSink>;
}

class Feed<View> {
  readonly groups = new Map<string, DocumentGroup>();
  private view: Promise<View> | undefined;
  lastSeq: bigint;
  private running = false;
  private queued: ChangeNotice[] = [];
  private resyncTo: bigint | undefined;

  constructor(
    readonly scopeId: string,
    readonly source: FeedSource<View>,
    private readonly hub: LiveHub,
    startSeq: bigint,
  ) {
    this.lastSeq = startSeq;
    this.view = source.load();
    this.view.catch(() => undefined);
  }

  get size(): number {
    let n = 0;
    for (const group of this.groups.values()) n += group.sinks.size;
    return n;
  }

  onEvent(notice: ChangeNotice): void {
    if (BigInt(notice.seq) <= this.lastSeq) return;
    this.queued.push(notice);
    void this.drain();
  }

  /** The scope's cursor is ahead of what this feed delivered: catch up from the database. */
  resync(cursor: bigint): void {
    if (cursor <= this.lastSeq) return;
    this.resyncTo = cursor;
    void this.drain();
  }

  /** One refresh at a time per feed; changes arriving meanwhile are folded into the next one. */
  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queued.length > 0 || this.resyncTo !== undefined) {
        let events = this.queued.filter((e) => BigInt(e.seq) > this.lastSeq);
        this.queued = [];
        const target = this.resyncTo;
        this.resyncTo = undefined;
        if (target !== undefined && target > this.lastSeq && this.source.missed) {
          const known = new Set(events.map((e) => e.seq));
          events = [...events, ...(await this.source.missed(this.lastSeq)).filter((e) => !known.has(e.seq))];
          events.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
        }
        const newest = events.reduce((max, e) => (BigInt(e.seq) > max ? BigInt(e.seq) : max), target ?? 0n);
        if (newest <= this.lastSeq) continue;
        const before = await this.view!;
        const next = this.source.load();
        this.view = next;
        const after = await next;
        this.lastSeq = newest;
        // The change that has waited longest decides how late this frame is.
        const committedAtMs = events.reduce<number | undefined>(
          (oldest, e) =>
            e.committedAtMs && (!oldest || e.committedAtMs < oldest) ? e.committedAtMs : oldest,
          undefined,
        );
        for (const message of this.source.messages(before, after, newest.toString(), events))
          this.hub.broadcast(this, message, committedAtMs);
      }
    } catch (error) {
      this.hub.logger.error({ err: error, scopeId: this.scopeId }, 'live feed refresh failed');
      this.view = this.source.load();
      this.view.catch(() => undefined);
    } finally {
      this.running = false;
    }
  }

  heartbeat(cursor: bigint): void {
    const message = this.source.heartbeat?.(
      cursor > this.lastSeq ? cursor.toString() : this.lastSeq.toString(),
    );
    if (message !== undefined) this.hub.broadcast(this, message);
  }
}

export interface LiveHubOptions {
  heartbeatMs?: number;
  /** Bytes a socket may have queued before it is dropped as a slow consumer. */
  maxBufferedBytes?: number;
}

export class LiveHub {
  private readonly feeds = new Map<string, Feed<unknown>>();
  private readonly creating = new Map<string, Promise<Feed<unknown>>>();
  private readonly unsubscribe: () => void;
  private readonly timer: NodeJS.Timeout;
  private readonly maxBufferedBytes: number;
  /** Frames written and sockets dropped, for tests and benchmarks. */
  readonly stats = { executions: 0, frames: 0, dropped: 0 };

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly prisma: PrismaClient,
    bus: EventBus,
    readonly logger: Logger,
    options: LiveHubOptions = {},
  ) {
    this.maxBufferedBytes = options.maxBufferedBytes ?? 1024 * 1024;
    this.unsubscribe = bus.subscribe((notice) => this.onNotice(notice));
    this.timer = setInterval(() => void this.tick(), options.heartbeatMs ?? 5000);
    this.timer.unref();
  }

  get subscribers(): number {
    let n = 0;
    for (const feed of this.feeds.values()) n += feed.size;
    return n;
  }

  /**
   * Registers a socket's subscription on the feed `feedKey` (created with `source` if new) and
   * returns the iterator graphql-ws holds: it never yields (frames are written by the hub) and
   * its `return()`, called on complete or close, unregisters.
   */
  async attach<View>(
    feedKey: string,
    scopeId: string,
    source: () => FeedSource<View>,
    sink: LiveSink,
    operation: LiveOperation,
  ): Promise<AsyncIterableIterator<never>> {
    const feed = (await this.feedFor(feedKey, scopeId, source)) as Feed<View>;
    const documentKey = createHash('sha256')
      .update(print(operation.operation))
      .update(Object.values(operation.fragments).map(print).join('\n'))
      .update(JSON.stringify(operation.variableValues))
      .digest('base64');
    let group = feed.groups.get(documentKey);
    if (!group) {
      group = { operation, sinks: new Set() };
      feed.groups.set(documentKey, group);
    }
    group.sinks.add(sink);
    const first = feed.lastSeq;
    // A first heartbeat at once tells the client which sequence the feed starts from.
    const hello = feed.source.heartbeat?.(first.toString());
    if (hello !== undefined) this.send(group, [sink], hello);

    const detach = () => {
      group.sinks.delete(sink);
      if (group.sinks.size === 0) feed.groups.delete(documentKey);
      if (feed.groups.size === 0 && this.feeds.get(feedKey) === feed) this.feeds.delete(feedKey);
    };
    return untilReturned(detach);
  }

  /**
   * The feed for `feedKey`, created once even when many sockets subscribe at the same moment
   * (each would otherwise build its own, and all but the last registered would never hear a
   * change).
   */
  private async feedFor<View>(
    feedKey: string,
    scopeId: string,
    source: () => FeedSource<View>,
  ): Promise<Feed<unknown>> {
    for (;;) {
      const existing = this.feeds.get(feedKey);
      if (existing) return existing;
      let creating = this.creating.get(feedKey);
      if (!creating) {
        creating = this.cursorOf(scopeId)
          .then((seq) => {
            const feed = new Feed(scopeId, source(), this, seq) as Feed<unknown>;
            this.feeds.set(feedKey, feed);
            return feed;
          })
          .finally(() => this.creating.delete(feedKey));
        this.creating.set(feedKey, creating);
      }
      const feed = await creating;
      // Registered and not yet removed: the caller adds its sink before anything else can run.
      if (this.feeds.get(feedKey) === feed) return feed;
    }
  }

  /** Subscribers by kind of feed (its key starts with the kind: `scoreboard/…`, `activity/…`). */
  subscriptionsByKind(): Map<string, number> {
    const byKind = new Map<string, number>();
    for (const [key, feed] of this.feeds) {
      const kind = key.slice(0, key.indexOf('/'));
      byKind.set(kind, (byKind.get(kind) ?? 0) + feed.size);
    }
    return byKind;
  }

  broadcast(feed: Feed<unknown>, message: unknown, committedAtMs?: number): void {
    for (const group of feed.groups.values()) this.send(group, [...group.sinks], message, committedAtMs);
  }

  private send(group: DocumentGroup, sinks: LiveSink[], message: unknown, committedAtMs?: number): void {
    const { operation, fragments, variableValues, fieldName } = group.operation;
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [operation, ...Object.values(fragments)],
    };
    const result = execute({
      schema: this.schema,
      document,
      rootValue: { [fieldName]: message },
      contextValue: {},
      variableValues,
    });
    if (result instanceof Promise) throw new Error('live payload types must resolve synchronously');
    this.stats.executions += 1;
    const payload = JSON.stringify(result);
    for (const sink of sinks) {
      const { socket } = sink;
      if (socket.readyState !== socket.OPEN) continue;
      if (socket.bufferedAmount > this.maxBufferedBytes) {
        this.stats.dropped += 1;
        socket.close(CLOSE_SLOW_CONSUMER, 'Slow consumer: reconnect and resync');
        continue;
      }
      socket.send(`{"id":${JSON.stringify(sink.id)},"type":"next","payload":${payload}}`);
      this.stats.frames += 1;
      if (committedAtMs) liveDelivery.observe(Math.max(0, Date.now() - committedAtMs) / 1000);
    }
  }

  private onNotice(notice: ChangeNotice): void {
    for (const scopeId of notice.scopeIds) {
      for (const feed of this.feedsOf(scopeId)) feed.onEvent(notice);
    }
  }

  private *feedsOf(scopeId: string): Generator<Feed<unknown>> {
    for (const feed of this.feeds.values()) if (feed.scopeId === scopeId) yield feed;
  }

  private async cursorOf(scopeId: string): Promise<bigint> {
    const row = await this.prisma.scopeCursor.findUnique({ where: { scopeId } });
    return row?.seq ?? 0n;
  }

  /** Heartbeats, and catching up on whatever the bus did not deliver (outage, other instance). */
  async tick(): Promise<void> {
    if (this.feeds.size === 0) return;
    try {
      const scopeIds = [...new Set([...this.feeds.values()].map((f) => f.scopeId))];
      const cursors = new Map(
        (await this.prisma.scopeCursor.findMany({ where: { scopeId: { in: scopeIds } } })).map((c) => [
          c.scopeId,
          c.seq,
        ]),
      );
      for (const feed of this.feeds.values()) {
        const cursor = cursors.get(feed.scopeId) ?? 0n;
        feed.resync(cursor);
        feed.heartbeat(cursor);
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'live heartbeat failed');
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.unsubscribe();
    this.feeds.clear();
  }
}

function untilReturned(onReturn: () => void): AsyncIterableIterator<never> {
  let finish: (() => void) | undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const done = { done: true as const, value: undefined as never };
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    onReturn();
    finish?.();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => finished.then(() => done),
    return: async () => {
      close();
      return done;
    },
    throw: async () => {
      close();
      return done;
    },
  };
}
