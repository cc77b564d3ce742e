// The server's JSON log (pino): secrets never reach it. Authorization headers, cookies and
// Set-Cookie are redacted, and a wall's one-time link (`?device=<token>`) is logged without its token.
import { pino, type DestinationStream, type Logger } from 'pino';

const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.token',
];

/** The request line as logged: path and query, with secret parameters blanked. */
export function loggableUrl(url: string): string {
  return url.replace(/([?&](?:device|token)=)[^&#]*/gi, '$1[redacted]');
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
