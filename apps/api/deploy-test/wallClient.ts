// A wall screen without the browser: the same graphql-ws settings and the same resync rules as the
// web app (app/apollo/liveSocket.ts, wall/hooks/useScoreboardLive.ts), keeping only the scores.
// - the scoreboard is loaded over HTTP; a DELTA newer than the board's seq is applied to it;
// - a reconnect refetches the scoreboard at once; a HEARTBEAT ahead of the board's seq refetches
//   it at once the first time, then at most every 30 s (with a trailing check);
// - the socket reconnects forever with jittered backoff and closes itself on a missing pong.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { gql } from '../src/testing/testServer';

const BOARD = `query DeployTestBoard($scopeId: ID!, $year: Int!, $month: Int!) {
  scoreboard(scopeId: $scopeId, year: $year, month: $month) {
    seq
    score { value }
    perspectives { perspective score { value } }
    ranking { node { ... on Node { id } } rank score { value } }
  }
}`;

const LIVE = `subscription DeployTestLive($scopeId: ID!, $year: Int, $month: Int) {
  scoreboardChanged(scopeId: $scopeId, year: $year, month: $month) {
    kind seq changes { nodeId role rank score { value } }
  }
}`;

const PING_EVERY_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;
const MAX_RETRY_WAIT_MS = 10_000;
const RESTART_SUBSCRIPTION_MS = 5_000;
const HEARTBEAT_RESYNC_MIN_MS = 30_000;

interface Board {
  seq: bigint;
  scope: number | null;
  perspectives: Map<string, number | null>;
  ranking: Map<string, { score: number | null; rank: number }>;
}

interface BoardResult {
  scoreboard: {
    seq: string;
    score: { value: number | null };
    perspectives: { perspective: string; score: { value: number | null } }[];
    ranking: { node: { id: string }; rank: number; score: { value: number | null } }[];
  };
}

interface LiveMessage {
  kind: 'DELTA' | 'HEARTBEAT';
  seq: string;
  changes: { nodeId: string; role: string; rank: number | null; score: { value: number | null } }[];
}

export interface WallOptions {
  /** Where HTTP goes (through nginx). */
  base: string;
  wsUrl: string;
  /** The wall device's token. */
  token: string;
  scopeId: string;
  year: number;
  month: number;
}

/** The scoreboard as one comparable string: scope, perspectives and ranked units, sorted. */
function describe(board: Board): string {
  return JSON.stringify({
    scope: board.scope,
    perspectives: [...board.perspectives].sort(([a], [b]) => a.localeCompare(b)),
    ranking: [...board.ranking].sort(([a], [b]) => a.localeCompare(b)),
  });
}

export async function fetchBoard(options: WallOptions): Promise<{ seq: bigint; scores: string }> {
  const board = await loadBoard(options);
  return { seq: board.seq, scores: describe(board) };
}

async function loadBoard(options: WallOptions): Promise<Board> {
  const res = await gql<BoardResult>(
    options.base,
    BOARD,
    { scopeId: options.scopeId, year: options.year, month: options.month },
    options.token,
  );
  if (!res.data) throw new Error(`scoreboard: ${JSON.stringify(res.errors)}`);
  const s = res.data.scoreboard;
  return {
    seq: BigInt(s.seq),
    scope: s.score.value,
    perspectives: new Map(s.perspectives.map((p) => [p.perspective, p.score.value])),
    ranking: new Map(s.ranking.map((r) => [r.node.id, { score: r.score.value, rank: r.rank }])),
  };
}

export class WallClient {
  private board: Board | undefined;
  private client: Client | undefined;
  private stopped = false;
  private resyncing = false;
  private again = false;
  private waiters: { seq: bigint; resolve: (at: number) => void }[] = [];
  private lastResyncAt = 0;
  private heartbeatSeq = -1n;
  private trailing: NodeJS.Timeout | undefined;
  /** When the board's seq moved, and to what. */
  private readonly history: { seq: bigint; at: number }[] = [];
  /** Times (epoch ms) the socket was opened and acknowledged. */
  readonly connectedAt: number[] = [];
  readonly closedAt: number[] = [];

  constructor(private readonly options: WallOptions) {}

  get connects(): number {
    return this.connectedAt.length;
  }

  get seq(): bigint {
    return this.board?.seq ?? -1n;
  }

  get scores(): string | undefined {
    return this.board && describe(this.board);
  }

  /** Loads the board and subscribes; resolves once both are done. */
  async start(): Promise<void> {
    let activeSocket: WebSocket | undefined;
    let pongTimer: NodeJS.Timeout | undefined;
    const clearPong = () => {
      if (pongTimer) clearTimeout(pongTimer);
      pongTimer = undefined;
    };
    let firstConnect!: () => void;
    const connected = new Promise<void>((resolve) => (firstConnect = resolve));
    this.client = createClient({
      url: this.options.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.options.token}` },
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => {
        const ceiling = Math.min(MAX_RETRY_WAIT_MS, 500 * 2 ** retries);
        return new Promise((resolve) => setTimeout(resolve, ceiling / 2 + Math.random() * (ceiling / 2)));
      },
      keepAlive: PING_EVERY_MS,
      on: {
        connected: (socket) => {
          activeSocket = socket as WebSocket;
          this.connectedAt.push(Date.now());
          if (this.connectedAt.length === 1) firstConnect();
          // Reconnected: the socket was down for an unknown time, so the board is refetched.
          else void this.resync();
        },
        closed: () => {
          activeSocket = undefined;
          clearPong();
          if (!this.stopped) this.closedAt.push(Date.now());
        },
        ping: (received) => {
          if (received) return;
          clearPong();
          pongTimer = setTimeout(() => {
            if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4408, 'Pong timeout');
          }, PONG_TIMEOUT_MS);
        },
        pong: (received) => {
          if (received) clearPong();
        },
      },
    });
    this.subscribe();
    // The first load, as the page's query (not a resync: it does not count for the rate limit).
    const first = await loadBoard(this.options);
    if (!this.board || first.seq >= this.board.seq) {
      this.board = first;
      this.settle();
    }
    await connected;
  }

  private subscribe(): void {
    if (this.stopped || !this.client) return;
    const restartLater = () => {
      if (!this.stopped) setTimeout(() => this.subscribe(), RESTART_SUBSCRIPTION_MS);
    };
    const { scopeId, year, month } = this.options;
    this.client.subscribe<{ scoreboardChanged: LiveMessage }>(
      { query: LIVE, variables: { scopeId, year, month } },
      {
        next: ({ data }) => {
          if (data) this.onMessage(data.scoreboardChanged);
        },
        error: restartLater,
        complete: restartLater,
      },
    );
  }

  private onMessage(message: LiveMessage): void {
    const board = this.board;
    if (!board) return; // not loaded yet: the load itself is current
    const seq = BigInt(message.seq);
    if (seq <= board.seq) return;
    if (message.kind === 'HEARTBEAT') {
      this.heartbeatSeq = seq;
      this.resyncForHeartbeat();
      return;
    }
    for (const change of message.changes) {
      if (change.role === 'SCOPE') board.scope = change.score.value;
      else if (change.role === 'PERSPECTIVE' && board.perspectives.has(change.nodeId))
        board.perspectives.set(change.nodeId, change.score.value);
      else if (change.role === 'RANKING') {
        const row = board.ranking.get(change.nodeId);
        if (row)
          board.ranking.set(change.nodeId, { score: change.score.value, rank: change.rank ?? row.rank });
      }
    }
    board.seq = seq;
    this.settle();
  }

  /** Heartbeat-driven refetches are rate-limited; a trailing check catches the last one. */
  private resyncForHeartbeat(): void {
    const wait = this.lastResyncAt + HEARTBEAT_RESYNC_MIN_MS - Date.now();
    if (wait <= 0) {
      void this.resync();
      return;
    }
    this.trailing ??= setTimeout(() => {
      this.trailing = undefined;
      if (!this.stopped && this.heartbeatSeq > this.seq) void this.resync();
    }, wait);
  }

  /** Refetches the board; one at a time, with one more run if asked again meanwhile. */
  private async resync(): Promise<void> {
    if (this.resyncing) {
      this.again = true;
      return;
    }
    this.resyncing = true;
    this.lastResyncAt = Date.now();
    try {
      do {
        this.again = false;
        const fresh = await loadBoard(this.options);
        if (this.stopped) return;
        // Only replace what is shown with something at least as new.
        if (!this.board || fresh.seq >= this.board.seq) {
          this.board = fresh;
          this.settle();
        }
      } while (this.again && !this.stopped);
    } catch {
      // The next heartbeat or reconnect tries again.
    } finally {
      this.resyncing = false;
    }
  }

  private settle(): void {
    const now = Date.now();
    const last = this.history.at(-1);
    if (!last || this.seq > last.seq) this.history.push({ seq: this.seq, at: now });
    for (const waiter of [...this.waiters])
      if (this.seq >= waiter.seq) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(now);
      }
  }

  /** Resolves with the time (epoch ms) the board first included `seq`. */
  reached(seq: string | bigint): Promise<number> {
    const target = BigInt(seq);
    const seen = this.history.find((h) => h.seq >= target);
    if (seen) return Promise.resolve(seen.at);
    return new Promise((resolve) => this.waiters.push({ seq: target, resolve }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.trailing) clearTimeout(this.trailing);
    // dispose() waits for a connection attempt in progress and rejects with its failure.
    await Promise.resolve(this.client?.dispose()).catch(() => undefined);
  }
}
