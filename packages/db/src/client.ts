// One factory for the Prisma client over either PGlite or PostgreSQL; nothing above it knows
// which one it talks to.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { Pool } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { databaseTargetFromEnv, type DatabaseTarget } from './config';
import { PrismaClient } from './generated/prisma/client';

export interface Database {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** The driver adapter factory, for the migration engine. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** PGlite only: the whole data directory as a tarball, for `pgliteImage` to start from. */
  dumpPgliteImage(): Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  target?: DatabaseTarget;
  /** PostgreSQL pool size (ignored on PGlite, which has one connection). */
  poolSize?: number;
  /** Called with every SQL statement the client sends (tests count them to catch N+1). */
  onQuery?: (sql: string) => void;
  /** PGlite only: start from this dumped data directory instead of an empty one. */
  pgliteImage?: Blob;
  /** Called after every SQL statement with its text and how long the database took (metrics). */
  observeQuery?: (sql: string, seconds: number) => void;
}

interface OpenedAdapter {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  dumpPgliteImage: () => Promise<Blob>;
  close: () => Promise<void>;
}

export function openAdapterFactory(target: DatabaseTarget, poolSize = 10, pgliteImage?: Blob): OpenedAdapter {
  if (target.kind === 'postgres') {
    return {
      adapterFactory: withWholeScripts(new PrismaPg({ connectionString: target.url, max: poolSize })),
      dumpPgliteImage: () => Promise.reject(new Error('only a PGlite database has a data-directory image')),
      close: async () => {},
    };
  }
  if (!target.dataDir.startsWith('memory://')) mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite(target.dataDir, pgliteImage ? { loadDataDir: pgliteImage } : {});
  return {
    adapterFactory: new PrismaPGlite(pglite),
    // Uncompressed: the image is read back at once, and gzip would cost more than it saves.
    dumpPgliteImage: () => pglite.dumpDataDir('none'),
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}

// @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks
// function bodies (our append-only trigger). PostgreSQL's simple query protocol runs a
// multi-statement script as sent, so we hand it the whole script instead.
function withWholeScripts(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  const patch = <A extends { executeScript(script: string): Promise<void>; underlyingDriver(): Pool }>(
    adapter: A,
  ): A => {
    adapter.executeScript = async (script: string) => {
      await adapter.underlyingDriver().query(script);
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

type Queryable = {
  queryRaw(query: { sql: string }): Promise<unknown>;
  executeRaw(query: { sql: string }): Promise<number>;
};

/** Times every statement the client sends, in and outside transactions, at the driver adapter. */
function timedStatements(
  factory: SqlMigrationAwareDriverAdapterFactory,
  observe: (sql: string, seconds: number) => void,
): SqlMigrationAwareDriverAdapterFactory {
  const timed = <Q extends Queryable>(queryable: Q): Q => {
    const queryRaw = queryable.queryRaw.bind(queryable);
    const executeRaw = queryable.executeRaw.bind(queryable);
    const time = async <R>(sql: string, run: () => Promise<R>): Promise<R> => {
      const started = performance.now();
      try {
        return await run();
      } finally {
        observe(sql, (performance.now() - started) / 1000);
      }
    };
    queryable.queryRaw = (query) => time(query.sql, () => queryRaw(query)) as ReturnType<Q['queryRaw']>;
    queryable.executeRaw = (query) => time(query.sql, () => executeRaw(query));
    return queryable;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = timed(await factory.connect());
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => timed(await startTransaction(isolationLevel));
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

export function createDatabase(options: DatabaseOptions = {}): Database {
  const target = options.target ?? databaseTargetFromEnv();
  const opened = openAdapterFactory(target, options.poolSize, options.pgliteImage);
  const { dumpPgliteImage, close } = opened;
  const adapterFactory = options.observeQuery
    ? timedStatements(opened.adapterFactory, options.observeQuery)
    : opened.adapterFactory;
  const onQuery = options.onQuery;
  const prisma = onQuery
    ? (() => {
        const logging = new PrismaClient({
          adapter: adapterFactory,
          log: [{ emit: 'event', level: 'query' }],
        });
        logging.$on('query', (event) => onQuery(event.query));
        return logging as unknown as PrismaClient;
      })()
    : new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    target,
    adapterFactory,
    dumpPgliteImage,
    async close() {
      await prisma.$disconnect();
      await close();
    },
  };
}
