// Runs `prisma generate` offline: Prisma only checks that a schema engine binary exists, so we
// point it at a stand-in that explains how this project migrates.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const result = spawnSync(
  resolve(here, '../node_modules/.bin/prisma'),
  ['generate', '--config', resolve(root, 'prisma.config.ts')],
  {
    cwd: resolve(here, '..'),
    stdio: 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: resolve(here, 'no-native-schema-engine.sh'),
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  },
);
process.exit(result.status ?? 1);
