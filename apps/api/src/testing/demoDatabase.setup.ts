// Vitest global setup: builds the demo database image once, before any test file runs, and
// removes it after the last one (seeding and scoring take ~30 s; a copy takes a few).
import { buildTestDatabaseImage } from '@ekinerja/db/testing';
import type { TestProject } from 'vitest/node';
import { fillDemo } from './demoDatabase';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let wallToken = '';
  const { image, dispose } = await buildTestDatabaseImage(async (prisma) => {
    wallToken = await fillDemo(prisma);
  });
  project.provide('demoImage', { image, wallToken });
  return dispose;
}
