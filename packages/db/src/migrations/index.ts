// Apply migrations, write new ones, and detect drift between schema.prisma and the folder.
import { readFile } from 'node:fs/promises';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { migrationsDir, schemaPath } from '../paths';
import { readMigrationsList, writeMigration } from './migrationsFolder';
import { withSchemaEngine } from './schemaEngine';

const noFilters = { externalTables: [], externalEnums: [] };

async function loadSchema() {
  return { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  dir = migrationsDir,
): Promise<string[]> {
  const migrationsList = await readMigrationsList(dir);
  const result = await withSchemaEngine(adapterFactory, await loadSchema(), (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  );
  return result.appliedMigrationNames;
}

// Diffing from the migrations replays them on a shadow database; an in-memory PGlite serves
// as that, whichever database the app itself uses.
async function withShadowEngine<T>(run: Parameters<typeof withSchemaEngine<T>>[2]): Promise<T> {
  const shadow = new PGlite('memory://');
  try {
    return await withSchemaEngine(new PrismaPGlite(shadow), await loadSchema(), run);
  } finally {
    await shadow.close();
  }
}

/** SQL that would bring the migrations up to schema.prisma; empty when they agree. */
export async function pendingSchemaChanges(dir = migrationsDir): Promise<string> {
  const migrationsList = await readMigrationsList(dir);
  const schema = await loadSchema();
  const result = await withShadowEngine((engine) =>
    engine.diff({
      from: migrationsList.migrationDirectories.length
        ? { tag: 'migrations', ...migrationsList }
        : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: noFilters,
    }),
  );
  const sql = result.stdout ?? '';
  return result.exitCode === 2 ? sql : '';
}

/** Writes a new migration folder from the difference; returns its name, or null if none. */
export async function createMigration(name: string, dir = migrationsDir): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`migration name "${name}" must be lower-case letters, digits and underscores`);
  }
  const sql = await pendingSchemaChanges(dir);
  if (!sql.trim()) return null;
  return writeMigration(name, sql, dir);
}
