// Compiles the API to plain JavaScript for `node dist/main.js`: our TypeScript (the API and the
// workspace packages it uses) bundled by esbuild, every npm dependency left to node_modules, and
// beside it what the server reads at run time: the Prisma schema and migrations and the built
// web app. No TypeScript compiler, tsx or Vite is needed to run the result.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(apiDir, '../..');
const dist = join(apiDir, 'dist');

rmSync(dist, { recursive: true, force: true });

/** npm packages stay external (native addons, WASM beside their JS); our workspace is bundled. */
const dependenciesStayExternal = {
  name: 'dependencies-stay-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@ekinerja/') ? undefined : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints: { main: join(apiDir, 'src/main.ts'), cli: join(apiDir, 'src/cli/index.ts') },
  outdir: dist,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  // Names in stack traces and logs stay readable; the bundle is a server's, not a browser's.
  minify: false,
  plugins: [dependenciesStayExternal],
  logLevel: 'warning',
});

cpSync(join(repoRoot, 'prisma/schema.prisma'), join(dist, 'prisma/schema.prisma'));
cpSync(join(repoRoot, 'prisma/migrations'), join(dist, 'prisma/migrations'), { recursive: true });
const webDist = join(repoRoot, 'apps/web/dist');
if (existsSync(join(webDist, 'index.html'))) cpSync(webDist, join(dist, 'web'), { recursive: true });
else console.warn('apps/web/dist is not built: the compiled server will run without the web app');
console.log(`compiled the API to ${dist}`);
