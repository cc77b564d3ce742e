// The quarterly report of an OPD: a leader opens Dinas Kesehatan's third-quarter report, sees the
// engine's year-to-date achievement at September for its indicators, downloads it as a PDF, and
// the page passes axe.
import { readFile } from 'node:fs/promises';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { currentPeriod, gql, login } from '../support/graphql';
import { logIn } from '../support/logIn';

interface Ytd {
  node: { yearToDate: { raw: number | null } } | null;
}

test('a leader reads, downloads and checks the quarterly report of an OPD', async ({ page, api }) => {
  const token = await login(api.baseURL, 'sekda');
  const { year } = currentPeriod();
  const { tenants } = await gql<{ tenants: { opds: { id: string; name: string }[] }[] }>(
    api.baseURL,
    '{ tenants { opds { id name } } }',
    {},
    token,
  );
  const dikes = tenants.flatMap((x) => x.opds).find((o) => o.name.includes('Dinas Kesehatan'));
  expect(dikes).toBeDefined();

  await logIn(page, 'sekda');
  await page.goto(`/report/${encodeURIComponent(dikes!.id)}?year=${year}&quarter=3`);
  await expect(page.getByTestId('report-unit')).toContainText('Dinas Kesehatan');
  await expect(page.getByTestId('report-title')).toContainText('Triwulan III');
  const rows = page.getByTestId('report-row');
  await expect(rows.first()).toBeVisible();

  // The rows agree with the API's year-to-date achievement at September.
  const count = Math.min(3, await rows.count());
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const indicatorId = (await row.getAttribute('data-indicator-id'))!;
    const { node } = await gql<Ytd>(
      api.baseURL,
      'query($id: ID!, $y: Int!) { node(id: $id) { ... on Indicator { yearToDate(year: $y, month: 9) { raw } } } }',
      { id: indicatorId, y: year },
      token,
    );
    const raw = node!.yearToDate.raw;
    if (raw === null) {
      await expect(row).toHaveAttribute('data-raw', '');
      await expect(row.getByTestId('report-achievement')).toHaveText('—');
    } else {
      expect(Number(await row.getAttribute('data-raw'))).toBeCloseTo(raw, 6);
      const shown = new Intl.NumberFormat('id-ID', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(raw);
      await expect(row.getByTestId('report-achievement')).toContainText(`${shown}%`);
    }
  }

  // "Unduh PDF" builds a real PDF in the browser.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  expect(await seriousViolations(page)).toEqual([]);
});
