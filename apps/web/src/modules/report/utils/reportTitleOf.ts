// The report's title and header lines, shared by the page's print header, the PDF and the export.
import { formatMonth } from '../../format/formatMonth';
import { formatNumber } from '../../format/formatNumber';
import type { ReportData, Translate } from '../types/ReportData';
import { quarterEndMonth, romanQuarter } from './quarterEndMonth';

export function reportTitleOf(
  report: ReportData,
  t: Translate,
  locale = 'id-ID',
): { title: string; lines: string[] } {
  const { year, quarter } = report.period;
  const title = t('report.title', { quarter: romanQuarter(quarter), year });
  const predikat = report.score ? t(`predikat.${report.score.predikat}`) : t('predikat.NO_DATA');
  return {
    title,
    lines: [
      report.unitName,
      t('report.period', {
        quarter: romanQuarter(quarter),
        year,
        month: formatMonth(quarterEndMonth(quarter), locale),
      }),
      t('report.scoreLine', { score: formatNumber(report.score?.value ?? null, 2, locale), predikat }),
    ],
  };
}
