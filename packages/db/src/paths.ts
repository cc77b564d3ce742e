// Locations of the Prisma schema and migrations, independent of the working directory.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const prismaDir = resolve(repoRoot, 'prisma');
export const schemaPath = resolve(prismaDir, 'schema.prisma');
export const migrationsDir = resolve(prismaDir, 'migrations');
