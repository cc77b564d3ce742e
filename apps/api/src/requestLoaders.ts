// Batched lookups that live as long as one request (or one socket operation): kept per context
// object in a WeakMap, so the server wiring stays untouched and they go with the request.
import type { PrismaClient } from '@ekinerja/db';

/** Anything that carries the request's database handle: a GraphQL context, or a test's own object. */
type Ctx = { prisma: PrismaClient };

export function perRequest<T>(create: (prisma: PrismaClient) => T): (ctx: Ctx) => T {
  const byContext = new WeakMap<object, T>();
  return (ctx) => {
    let made = byContext.get(ctx);
    if (!made) {
      made = create(ctx.prisma);
      byContext.set(ctx, made);
    }
    return made;
  };
}

/** Rows grouped under the keys a DataLoader asked for, in the keys' order (empty where none). */
export function groupedBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}
