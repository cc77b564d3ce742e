// The built web app's files: the Brotli or gzip copy the build made when the browser accepts it
// (Vary: Accept-Encoding), hashed assets cached for a year as immutable, anything else (the shell,
// icons) revalidated on every use.
import expressStaticGzip from 'express-static-gzip';
import type { RequestHandler } from 'express';

/** Vite names every file under assets/ after its content hash: a changed file has a new name. */
const HASHED = /\/assets\/[^/]+-[\w-]{8,}\.\w+$/;

export function webAssets(webDist: string): RequestHandler {
  return expressStaticGzip(webDist, {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders(res, path) {
        // The compressed copy's path ends in .br or .gz; the cache rule follows the original's name.
        const original = path.replace(/\.(br|gz)$/, '');
        res.setHeader(
          'Cache-Control',
          HASHED.test(original) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    },
  });
}
