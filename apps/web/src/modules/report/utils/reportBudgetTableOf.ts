// The report's budget table as strings, for the page and the PDF alike: each sub-kegiatan with
// pagu murni, pagu perubahan and its date when revised, and at the quarter's end the realised
// spend and serapan against the pagu then in force.
import { formatDate } from '../../format/formatDate';
import { formatPercent } from '../../format/formatPercent';
import { formatRupiah } from '../../format/formatRupiah';
import type { ReportBudgetLine } from '../types/ReportBudgetLine';
import type { Translate } from '../types/ReportData';
import type { TitledTable } from '../types/ReportPdfLayout';

export function reportBudgetTableOf(
  lines: readonly ReportBudgetLine[],
  t: Translate,
  locale = 'id-ID',
): TitledTable {
  return {
    title: t('report.budget.title'),
    head: [
      t('report.budget.subActivity'),
      t('report.budget.paguMurni'),
      t('report.budget.paguPerubahan'),
      t('report.budget.realised'),
      t('report.budget.absorption'),
    ],
    rows: lines.map((line) => [
      `${line.code} · ${line.name}`,
      formatRupiah(line.paguMurni, locale),
      line.paguPerubahan
        ? `${formatRupiah(line.paguPerubahan, locale)}\n${t('report.budget.from', {
            date: formatDate(line.paguPerubahanBerlaku, { locale }),
          })}`
        : '—',
      formatRupiah(line.budget?.realisedSpend, locale),
      formatPercent(line.budget?.absorption ?? null, 2, locale),
    ]),
    none: t('report.budget.none'),
  };
}
