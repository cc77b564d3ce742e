// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter, so that
// migrations need no native binary (see TOOLCHAIN notes in docs/operations.md).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | undefined;

// Node provides WebAssembly at runtime; its types live in the DOM lib, which the server does not load.
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: {
      instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: object } }>;
    };
  }
).WebAssembly;

// The package's own entry imports the .wasm file as an ES module, which Node 20 refuses; so we
// instantiate the binary ourselves and hand its exports to the generated bindings.
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const bindings = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = join(dirname(bindings), 'schema_engine_bg.wasm');
    const bytes = await readFile(wasmPath);
    const { instance } = await wasmApi.instantiate(bytes, { './schema_engine_bg.js': bg });
    (bg as unknown as { __wbg_set_wasm(exports: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const engineClass = (bg as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine;
  const { factory, release } = releasingConnections(adapterFactory);
  const engine = await engineClass.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await release();
  }
}

/**
 * The engine holds PostgreSQL's migration advisory lock on a session of the pool it opens and
 * never unlocks it: the lock lasted until that idle connection timed out, and a second API
 * process starting meanwhile failed to migrate. Closing the engine's pools ends the session and
 * frees the lock. (PGlite is one in-process connection shared with the app: nothing to close.)
 */
function releasingConnections(adapterFactory: SqlMigrationAwareDriverAdapterFactory): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  release: () => Promise<void>;
} {
  if (adapterFactory.provider !== 'postgres' || adapterFactory.adapterName !== '@prisma/adapter-pg')
    return { factory: adapterFactory, release: async () => {} };
  const opened: { dispose(): Promise<void> }[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => {
      const adapter = await adapterFactory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await adapterFactory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  return { factory, release: async () => void (await Promise.all(opened.map((a) => a.dispose()))) };
}
