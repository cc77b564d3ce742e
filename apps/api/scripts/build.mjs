// Compiles the API to plain JavaScript for `node dist/main.js`: the server and the CLI bundled by
// esbuild (scripts/bundle.mjs), the Prisma schema and migrations, and the built web app beside
// them. No TypeScript compiler, tsx or Vite is needed to run the result.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { apiDir, bundleApi, repoRoot } from './bundle.mjs';

const dist = join(apiDir, 'dist');

rmSync(dist, { recursive: true, force: true });
await bundleApi(dist, { main: 'src/main.ts', cli: 'src/cli/index.ts' });

const webDist = join(repoRoot, 'apps/web/dist');
if (existsSync(join(webDist, 'index.html'))) cpSync(webDist, join(dist, 'web'), { recursive: true });
else console.warn('apps/web/dist is not built: the compiled server will run without the web app');
console.log(`compiled the API to ${dist}`);
