// The wall as the tests read it: open it with a device link, its sequence number, and Dinas
// Kesehatan's row in the ranking next to what the API's scoreboard says.
import { expect, type Page } from '@playwright/test';
import { currentPeriod, gql, login } from './graphql';

export async function openWall(page: Page, wallToken: string, panels: string): Promise<void> {
  await page.goto(`/wall?device=${wallToken}&panels=${panels}`);
  // The token is kept on the device and taken out of the address bar.
  await expect(page).toHaveURL(/\/wall\?panels=/);
  await expect(page.getByTestId('wall')).toHaveAttribute('data-seq', /^\d+$/);
}

export function wallSeq(page: Page): Promise<bigint> {
  return page
    .getByTestId('wall')
    .getAttribute('data-seq')
    .then((seq) => BigInt(seq ?? '0'));
}

/** Dinas Kesehatan's row in the wall's ranking. */
export async function dikesRow(page: Page, baseURL: string) {
  const { id } = await dikesOnScoreboard(baseURL);
  return page.locator(`[data-testid="wall-ranking-row"][data-unit-id="${id}"]`);
}

/** Dinas Kesehatan's score and rank on the province scoreboard, as the API reports them. */
export async function dikesOnScoreboard(
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
