// State of the live WebSocket, shared by every screen (a tiny external store for
// useSyncExternalStore): the wall shows it and resyncs when `connections` grows.
export type LiveConnection = 'connecting' | 'connected' | 'disconnected';

export interface ConnectionSnapshot {
  status: LiveConnection;
  /** Successful connects so far; a change after the first one means "reconnected: resync". */
  connections: number;
}

let snapshot: ConnectionSnapshot = { status: 'connecting', connections: 0 };
const listeners = new Set<() => void>();

function publish(next: ConnectionSnapshot): void {
  if (next.status === snapshot.status && next.connections === snapshot.connections) return;
  snapshot = next;
  for (const listener of listeners) listener();
}

export const connectionStatus = {
  getSnapshot: (): ConnectionSnapshot => snapshot,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  connecting: () => {
    // A retry after a drop stays "disconnected" for the banner until it actually succeeds.
    if (snapshot.status !== 'disconnected') publish({ ...snapshot, status: 'connecting' });
  },
  connected: () => publish({ status: 'connected', connections: snapshot.connections + 1 }),
  disconnected: () => publish({ ...snapshot, status: 'disconnected' }),
};
