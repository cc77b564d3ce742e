// Database access for every app: the Prisma client factory, migrations and seed entry points.
export { createDatabase, type Database, type DatabaseOptions } from './client';
export { databaseTargetFromEnv, describeTarget, type DatabaseTarget } from './config';
export { compiled, repoRoot } from './paths';
export { applyMigrations, createMigration, pendingSchemaChanges } from './migrations';
export { backupDatabase, backupFormatOf, BackupRefused, restoreDatabase, type BackupFormat } from './backup';
export {
  seedDemo,
  countRows,
  hashToken,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEFAULT_WALL_PLAYLIST,
} from './seed/demo';
export * from './generated/prisma/client';
