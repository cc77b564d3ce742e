// Benchmark: the wall's memory over a long stream of live updates, and the size of the JavaScript
// it loads first. 5,000 real changes (revisions, submissions and verifications through the API)
// at 20 per second reach a wall open in Chromium; the JS heap is read after a forced garbage
// collection through the Chrome DevTools Protocol before and after.
// Usage: pnpm --filter @ekinerja/web build && pnpm --filter @ekinerja/e2e bench
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { ApiServer } from '../support/apiServer';
import { currentPeriod, gql, login } from '../support/graphql';

const UPDATES = Number(process.env.BENCH_UPDATES ?? 5000);
const PER_SECOND = Number(process.env.BENCH_UPDATES_PER_S ?? 20);

const api = await ApiServer.create();
const browser = await chromium.launch(config.use!.launchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'id-ID' });
  const scripts = new Map<string, number>();
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    scripts.set(res.url(), gzipSync(await res.body()).length);
  });
  await page.goto(`${api.baseURL}/wall?device=${api.wallToken}`);
  await page.getByTestId('wall').waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="wall"]')?.getAttribute('data-seq') !== '',
  );
  await page.waitForLoadState('networkidle');
  const initialJs = [...scripts.values()].reduce((a, b) => a + b, 0);
  console.log(`wall initial JS: ${scripts.size} files, ${(initialJs / 1024).toFixed(1)} KB gzip`);
  for (const [url, size] of scripts)
    console.log(`  ${new URL(url).pathname}  ${(size / 1024).toFixed(1)} KB`);

  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
  };
  await cdp.send('Performance.enable');

  // The changes: operators revise verified values of their OPD's indicators, submit, and the
  // head verifies: each step is one committed change the wall receives.
  const { year } = currentPeriod();
  const operator = await login(api.baseURL, 'operator-kesehatan');
  const head = await login(api.baseURL, 'kadis-kesehatan');
  const { myTasks } = await gql<{
    myTasks: {
      indicators: {
        indicatorId: string;
        measurement: { id: string; value: number; version: number; status: string } | null;
      }[];
    };
  }>(
    api.baseURL,
    `query($y: Int!) { myTasks(year: $y, month: 9) { indicators { indicatorId measurement { id value version status } } } }`,
    { y: year },
    operator,
  );
  const values = myTasks.indicators.filter((t) => t.measurement?.status === 'VERIFIED');
  let step = 0;
  const change = async () => {
    const slot = values[Math.floor(step / 3) % values.length]!;
    const m = slot.measurement!;
    const phase = step % 3;
    step += 1;
    if (phase === 0) {
      const saved = await gql<{ saveMeasurement: { measurement: { version: number } } }>(
        api.baseURL,
        `mutation($input: SaveMeasurementInput!) { saveMeasurement(input: $input) { measurement { version } } }`,
        {
          input: {
            indicatorId: slot.indicatorId,
            year,
            month: 9,
            value: m.value + ((step / 3) % 2 === 0 ? 0.5 : -0.5),
            reason: 'Koreksi setelah rekonsiliasi',
            expectedVersion: m.version,
          },
        },
        operator,
      );
      m.version = saved.saveMeasurement.measurement.version;
    } else {
      const [mutation, token] = phase === 1 ? ['submitMeasurement', operator] : ['verifyMeasurement', head];
      await gql(
        api.baseURL,
        `mutation($input: MeasurementStepInput!) { ${mutation}(input: $input) { seq } }`,
        { input: { measurementId: m.id, expectedVersion: m.version } },
        token,
      );
      m.version += 1;
    }
  };

  for (let i = 0; i < 200; i++) await change(); // warm-up: caches, code paths
  const before = await heap();
  const started = performance.now();
  for (let i = 0; i < UPDATES; i++) {
    const due = started + (i * 1000) / PER_SECOND;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await change();
  }
  const seconds = (performance.now() - started) / 1000;
  await page.waitForTimeout(6000);
  const after = await heap();
  const seq = await page.getByTestId('wall').getAttribute('data-seq');
  console.log(
    `${UPDATES} updates in ${seconds.toFixed(0)} s (${(UPDATES / seconds).toFixed(1)}/s); wall at seq ${seq}` +
      `\nJS heap after GC: ${(before / 1048576).toFixed(1)} MB before, ${(after / 1048576).toFixed(1)} MB after,` +
      ` growth ${((after - before) / 1048576).toFixed(2)} MB (target <= 20 MB)`,
  );
} finally {
  await browser.close();
  await api.dispose();
}
