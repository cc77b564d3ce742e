// The wall screen as it runs in a leader's room: opened with a device link, it follows verified
// values live, survives a server restart, and stays readable from across the room.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, login, verifyNewValue } from '../support/graphql';
import { layoutProblems } from '../support/wallLayout';

const artifacts = resolve(import.meta.dirname, '../artifacts');

async function openWall(page: Page, wallToken: string, panels: string): Promise<void> {
  await page.goto(`/wall?device=${wallToken}&panels=${panels}`);
  // The token is kept on the device and taken out of the address bar.
  await expect(page).toHaveURL(/\/wall\?panels=/);
  await expect(page.getByTestId('wall')).toHaveAttribute('data-seq', /^\d+$/);
}

function wallSeq(page: Page): Promise<bigint> {
  return page
    .getByTestId('wall')
    .getAttribute('data-seq')
    .then((seq) => BigInt(seq ?? '0'));
}

/** Dinas Kesehatan's row in the wall's ranking. */
async function dikesRow(page: Page, baseURL: string) {
  const { id } = await dikesOnScoreboard(baseURL);
  return page.locator(`[data-testid="wall-ranking-row"][data-unit-id="${id}"]`);
}

/** Dinas Kesehatan's score and rank on the province scoreboard, as the API reports them. */
async function dikesOnScoreboard(
  baseURL: string,
): Promise<{ id: string; score: number | null; rank: number }> {
  const { year, month } = currentPeriod();
  const token = await login(baseURL, 'sekda');
  const { tenants } = await gql<{ tenants: { id: string }[] }>(baseURL, '{ tenants { id } }', {}, token);
  const { scoreboard } = await gql<{
    scoreboard: {
      ranking: { rank: number; node: { id: string; name: string }; score: { value: number | null } }[];
    };
  }>(
    baseURL,
    `query($s: ID!, $y: Int!, $m: Int!) { scoreboard(scopeId: $s, year: $y, month: $m) {
      ranking { rank node { ... on OrgUnit { id name } } score { value } } } }`,
    { s: tenants[0]!.id, y: year, m: month },
    token,
  );
  const row = scoreboard.ranking.find((r) => r.node.name === 'Dinas Kesehatan')!;
  return { id: row.node.id, score: row.score.value, rank: row.rank };
}

test('a value verified through the API reaches the wall within 2 s, without a reload', async ({
  page,
  api,
}) => {
  await openWall(page, api.wallToken, 'ranking');
  const row = await dikesRow(page, api.baseURL);
  await expect(row).toHaveCount(1);
  const before = await row.getAttribute('data-score');
  let loads = 0;
  page.on('load', () => (loads += 1));

  const seq = BigInt(await verifyNewValue(api.baseURL, 0.25));
  await expect.poll(() => wallSeq(page), { timeout: 2_000 }).toBeGreaterThanOrEqual(seq);
  await expect(row).not.toHaveAttribute('data-score', before ?? '', { timeout: 2_000 });

  const expected = await dikesOnScoreboard(api.baseURL);
  expect(Number(await row.getAttribute('data-score'))).toBeCloseTo(expected.score!, 6);
  await expect(row).toHaveAttribute('data-rank', String(expected.rank));
  expect(loads).toBe(0);
});

test('while the API is down the wall says so, and after it returns it shows what changed', async ({
  page,
  api,
}) => {
  await openWall(page, api.wallToken, 'ranking');
  const banner = page.getByTestId('wall-connection-banner');
  await expect(banner).toBeHidden();
  const row = await dikesRow(page, api.baseURL);
  const before = await row.getAttribute('data-score');
  let loads = 0;
  page.on('load', () => (loads += 1));

  await api.stop();
  await expect(banner).toBeVisible();
  await expect(page.getByTestId('wall-live-indicator')).toHaveAttribute('data-status', 'disconnected');

  await api.start();
  const seq = BigInt(await verifyNewValue(api.baseURL, 1.6));
  // Reconnecting waits out the client's backoff (at most about 10 s).
  await expect(banner).toBeHidden({ timeout: 20_000 });
  await expect.poll(() => wallSeq(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(seq);
  await expect(row).not.toHaveAttribute('data-score', before ?? '');
  const expected = await dikesOnScoreboard(api.baseURL);
  expect(Number(await row.getAttribute('data-score'))).toBeCloseTo(expected.score!, 6);
  expect(loads).toBe(0);
});

for (const [width, height] of [
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`at ${width}×${height} every panel fits, with no text under 24 px`, async ({ page, api }) => {
    mkdirSync(artifacts, { recursive: true });
    await page.setViewportSize({ width, height });
    for (const panel of ['nko', 'ranking', 'budget', 'atRisk', 'activity']) {
      await openWall(page, api.wallToken, panel);
      await expect(page.getByTestId('wall-panel')).toHaveAttribute('data-panel', panel);
      // Charts arrive lazily; wait until the panel has drawn its figures.
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${artifacts}/wall-${panel}-${width}x${height}.png` });
      expect(await layoutProblems(page), `panel ${panel}`).toEqual([]);
    }
  });
}
