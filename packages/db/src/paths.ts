// Where the Prisma schema and migrations are, and what relative data paths are relative to,
// independent of the working directory: in a checkout, the repository; in the compiled server
// (apps/api/dist, which carries its own prisma/ folder), the folder of the bundle.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** True when this code runs from the compiled bundle rather than from the TypeScript sources. */
export const compiled = existsSync(join(here, 'prisma', 'schema.prisma'));

export const repoRoot = compiled ? here : resolve(here, '../../..');
export const prismaDir = resolve(repoRoot, 'prisma');
export const schemaPath = resolve(prismaDir, 'schema.prisma');
export const migrationsDir = resolve(prismaDir, 'migrations');

/**
 * A relative data path as the operator means it: against the repository in a checkout (the demo's
 * `.data/pglite`), against the working directory of an installed build (its service's folder).
 */
export function dataPath(path: string): string {
  return compiled ? resolve(process.cwd(), path) : resolve(repoRoot, path);
}
