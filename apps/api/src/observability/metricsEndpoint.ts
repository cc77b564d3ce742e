// GET /metrics for Prometheus: answered only to `Authorization: Bearer <METRICS_TOKEN>` (401
// otherwise), and absent (404) when no token is configured, so no figure leaks by default.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { metricsRegistry } from './metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function metricsEndpoint(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return async (req, res) => {
    if (!expected) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    // Compared as fixed-length digests, so the time taken says nothing about the token.
    if (!timingSafeEqual(digest(given), expected)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Unauthorized');
      return;
    }
    res.set('Content-Type', metricsRegistry.contentType).send(await metricsRegistry.metrics());
  };
}
