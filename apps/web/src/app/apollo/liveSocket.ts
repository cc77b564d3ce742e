// The one graphql-ws client of the app. A wall must reconnect forever on its own: every close is
// retried with jittered exponential backoff (capped at ~10 s), and a ping without a pong within
// 5 s closes a half-open socket so the retry starts instead of waiting on a dead TCP connection.
import { createClient } from 'graphql-ws';
import { connectionStatus } from './connectionStatus';
import { deviceToken } from './deviceToken';

const PING_EVERY_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;
const MAX_RETRY_WAIT_MS = 10_000;

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

let activeSocket: WebSocket | undefined;
let pongTimer: ReturnType<typeof setTimeout> | undefined;

function clearPongTimer(): void {
  if (pongTimer !== undefined) clearTimeout(pongTimer);
  pongTimer = undefined;
}

export const liveSocket = createClient({
  url: socketUrl,
  // Only a wall device sends a token; a logged-in browser is identified by its session cookie.
  connectionParams: () => {
    const token = deviceToken.forRequest();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
  retryAttempts: Infinity,
  shouldRetry: () => true,
  retryWait: (retries) => {
    // Full backoff 0.5 s, 1 s, 2 s … capped; half of it random so screens do not reconnect in lockstep.
    const ceiling = Math.min(MAX_RETRY_WAIT_MS, 500 * 2 ** retries);
    const wait = ceiling / 2 + Math.random() * (ceiling / 2);
    return new Promise((resolve) => setTimeout(resolve, wait));
  },
  keepAlive: PING_EVERY_MS,
  // Stay open briefly between subscriptions (a wall switching scope) instead of flapping.
  lazyCloseTimeout: 3_000,
  on: {
    connecting: () => connectionStatus.connecting(),
    connected: (socket) => {
      activeSocket = socket as WebSocket;
      connectionStatus.connected();
    },
    closed: () => {
      activeSocket = undefined;
      clearPongTimer();
      connectionStatus.disconnected();
    },
    ping: (received) => {
      if (received) return;
      clearPongTimer();
      pongTimer = setTimeout(() => {
        if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4408, 'Pong timeout');
      }, PONG_TIMEOUT_MS);
    },
    pong: (received) => {
      if (received) clearPongTimer();
    },
  },
});
