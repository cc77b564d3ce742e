// Vitest global setup: compiles the CLI once per run, the way `pnpm build` does, so the tests run
// `node cli.js` as an operator does (and each run of it starts in about a second, not the several
// that compiling the sources on every start took).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the compiled `cli.js` and its prisma/ folder. */
    cliBundle: string;
  }
}

type BundleApi = (outdir: string, entries: Record<string, string>) => Promise<void>;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const apiDir = resolve(import.meta.dirname, '../..');
  const bundler = pathToFileURL(join(apiDir, 'scripts/bundle.mjs')).href;
  const { bundleApi } = (await import(bundler)) as { bundleApi: BundleApi };
  // Inside apps/api, so the bundle's npm imports resolve; a folder per run, so runs never collide.
  const folder = join(apiDir, 'dist', `test-cli-${randomUUID()}`);
  await bundleApi(folder, { cli: 'src/cli/index.ts' });
  project.provide('cliBundle', folder);
  return () => rm(folder, { recursive: true, force: true });
}
