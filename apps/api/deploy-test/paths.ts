// Where things are, for the deployment test and its global setup.
import { resolve } from 'node:path';

export const apiDir = resolve(import.meta.dirname, '..');
export const repoRoot = resolve(apiDir, '../..');
export const siteConfig = resolve(repoRoot, 'deploy/nginx/ekinerja.conf');
export const smokeScript = resolve(repoRoot, 'deploy/smoke.mjs');
/** The environment variable that carries the scratch folder from the global setup to the test. */
export const scratchEnv = 'EKINERJA_DEPLOY_TEST_DIR';
