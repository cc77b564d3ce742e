// Bundles the API's entry points to plain JavaScript with esbuild: our TypeScript (the API and the
// workspace packages it uses) in one file per entry, every npm dependency left to node_modules, and
// beside it the Prisma schema and migrations the server reads at run time. Used by the production
// build and by the tests that run the CLI as an operator would.
import { cpSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(apiDir, '../..');

/** npm packages stay external (native addons, WASM beside their JS); our workspace is bundled. */
const dependenciesStayExternal = {
  name: 'dependencies-stay-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@ekinerja/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Writes `<outdir>/<name>.js` for each entry point (a path relative to apps/api) and copies the
 * Prisma folder beside them. `outdir` must be inside apps/api so node_modules resolve.
 * @param {string} outdir
 * @param {Record<string, string>} entries
 */
export async function bundleApi(outdir, entries) {
  await build({
    entryPoints: Object.fromEntries(
      Object.entries(entries).map(([name, path]) => [name, join(apiDir, path)]),
    ),
    outdir,
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
  cpSync(join(repoRoot, 'prisma/schema.prisma'), join(outdir, 'prisma/schema.prisma'));
  cpSync(join(repoRoot, 'prisma/migrations'), join(outdir, 'prisma/migrations'), { recursive: true });
}
