// Carries committed changes to every API instance: in-process by default, Redis pub/sub when
// REDIS_URL is set. Events are published after commit; subscribers never see uncommitted work.
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { eventBusLag } from '../observability/metrics';

/** A committed change as it travels between instances (JSON-safe: seq as decimal digits). */
export interface ChangeNotice {
  seq: string;
  tenantId: string;
  /** Tenant and org-unit ancestors of the changed node, for scope filtering. */
  scopeIds: string[];
  entityType: string;
  entityId: string;
  action: string;
  at: string;
  actorName: string | null;
  /** Snapshots that changed: node id → new score (null = no data) and band. */
  scores: { nodeId: string; nodeKind: string; month: number; score: number | null; band: string }[];
  /** When the change committed (epoch ms), for the delivery-latency metric. */
  committedAtMs?: number;
}

/**
 * Sessions that ended (logout, ended by their user or an administrator, a password change) or
 * users whose account was disabled: every instance closes their live sockets at once.
 */
export interface RevocationNotice {
  sessionIds: string[];
  userIds: string[];
}

/** A notice on the Redis channel, stamped with when it was published (for the bus-lag metric). */
type BusMessage = ChangeNotice & { publishedAtMs?: number };

export interface EventBus {
  readonly kind: 'memory' | 'redis';
  publish(notice: ChangeNotice): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(listener: (notice: ChangeNotice) => void): () => void;
  /** Tells every instance (this one included) to close the sockets of ended sessions or users. */
  publishRevocation(notice: RevocationNotice): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribeRevocations(listener: (notice: RevocationNotice) => void): () => void;
  /** Resolves once the bus can deliver (or after `timeoutMs`, whichever is first). */
  ready(timeoutMs?: number): Promise<void>;
  /** Whether the bus can deliver right now (for /readyz). */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

/** The Redis channel unless `REDIS_CHANNEL` names another (deployments that share one Redis). */
export const DEFAULT_CHANNEL = 'ekinerja:changes';
const LOCAL_EVENT = 'change';
const REVOCATION_EVENT = 'revocation';
/** Revocations travel on their own channel beside the changes', so change listeners never see them. */
const revocationChannel = (channel: string) => `${channel}:revocations`;

export class MemoryEventBus implements EventBus {
  readonly kind = 'memory' as const;
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(notice: ChangeNotice): Promise<void> {
    this.emitter.emit(LOCAL_EVENT, notice);
  }

  subscribe(listener: (notice: ChangeNotice) => void): () => void {
    this.emitter.on(LOCAL_EVENT, listener);
    return () => this.emitter.off(LOCAL_EVENT, listener);
  }

  async publishRevocation(notice: RevocationNotice): Promise<void> {
    this.emitter.emit(REVOCATION_EVENT, notice);
  }

  subscribeRevocations(listener: (notice: RevocationNotice) => void): () => void {
    this.emitter.on(REVOCATION_EVENT, listener);
    return () => this.emitter.off(REVOCATION_EVENT, listener);
  }

  async ready(): Promise<void> {}

  async healthy(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/**
 * Redis pub/sub with one publishing and one subscribing connection per instance. While Redis is
 * down, publishes fail fast (the write is already committed; clients converge through heartbeats
 * and `changesSince`), and ioredis reconnects by itself.
 */
export class RedisEventBus implements EventBus {
  readonly kind = 'redis' as const;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly local = new MemoryEventBus();
  private subscribed = false;
  private onSubscribed: (() => void) | undefined;

  constructor(
    url: string,
    private readonly logger: Logger,
    private readonly channel: string,
  ) {
    const options = { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, { ...options, enableOfflineQueue: true });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error: Error) =>
        logger.warn({ err: error.message }, 'redis connection problem'),
      );
    }
    // ioredis re-subscribes by itself after a reconnect.
    this.subscriber.subscribe(this.channel, revocationChannel(this.channel)).then(
      () => {
        this.subscribed = true;
        this.onSubscribed?.();
      },
      (error: Error) => logger.warn({ err: error.message }, 'redis subscribe failed'),
    );
    this.subscriber.on('message', (from: string, message: string) => {
      try {
        if (from === revocationChannel(this.channel)) {
          void this.local.publishRevocation(JSON.parse(message) as RevocationNotice);
          return;
        }
        // The stamp is the bus's own: subscribers get the notice exactly as it was published.
        const { publishedAtMs, ...notice } = JSON.parse(message) as BusMessage;
        if (publishedAtMs) eventBusLag.observe(Math.max(0, Date.now() - publishedAtMs) / 1000);
        void this.local.publish(notice);
      } catch (error) {
        logger.warn({ err: error }, 'dropped a malformed bus message');
      }
    });
  }

  async publish(notice: ChangeNotice): Promise<void> {
    try {
      await this.publisher.publish(
        this.channel,
        JSON.stringify({ ...notice, publishedAtMs: Date.now() } satisfies BusMessage),
      );
    } catch (error) {
      this.logger.warn(
        { err: (error as Error).message, seq: notice.seq },
        'bus publish failed; clients will resync',
      );
    }
  }

  subscribe(listener: (notice: ChangeNotice) => void): () => void {
    return this.local.subscribe(listener);
  }

  /** While Redis is down, other instances' periodic re-check closes the sockets instead. */
  async publishRevocation(notice: RevocationNotice): Promise<void> {
    try {
      await this.publisher.publish(revocationChannel(this.channel), JSON.stringify(notice));
    } catch (error) {
      this.logger.warn(
        { err: (error as Error).message },
        'revocation not published; other instances close the sockets at their next check',
      );
    }
  }

  subscribeRevocations(listener: (notice: RevocationNotice) => void): () => void {
    return this.local.subscribeRevocations(listener);
  }

  async ready(timeoutMs = 5000): Promise<void> {
    const whenReady = (connection: Redis) =>
      connection.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => connection.once('ready', () => resolve()));
    const subscribed = new Promise<void>((resolve) => {
      if (this.subscribed) resolve();
      else this.onSubscribed = resolve;
    });
    await Promise.race([
      Promise.all([whenReady(this.publisher), whenReady(this.subscriber), subscribed]),
      new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
    ]);
  }

  async healthy(): Promise<boolean> {
    try {
      return (await this.publisher.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.local.close();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}

export function createEventBus(
  redisUrl: string | undefined,
  logger: Logger,
  channel = DEFAULT_CHANNEL,
): EventBus {
  return redisUrl ? new RedisEventBus(redisUrl, logger, channel) : new MemoryEventBus();
}
