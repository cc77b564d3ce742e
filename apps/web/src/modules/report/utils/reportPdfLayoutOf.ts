// What the PDF draws, as plain strings: header, the indicator table with a heading row per
// perspective and objective, the sub-kegiatan's pagu (murni and APBD-P) and serapan, the analyses of indicators below target, the open issues, and the footer's generation time and page label.
import { formatDate, formatDateTime } from '../../format/formatDate';
import { belowTargetRowsOf } from './belowTargetRowsOf';
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import type { ReportData, Translate } from '../types/ReportData';
import type { ReportPdfLayout } from '../types/ReportPdfLayout';
import { reportBudgetTableOf } from './reportBudgetTableOf';
import { reportCellsOf } from './reportCellsOf';
import { reportTitleOf } from './reportTitleOf';

export const REPORT_COLUMNS = [
  'code',
  'name',
  'unit',
  'target',
  'realisation',
  'achievement',
  'predikat',
] as const;

export function reportPdfLayoutOf(
  report: ReportData,
  t: Translate,
  options: { generatedAt: Date; locale?: string; timeZone?: string },
): ReportPdfLayout {
  const { locale = 'id-ID', timeZone = DEFAULT_TIME_ZONE } = options;
  const { title, lines } = reportTitleOf(report, t, locale);
  const body: ReportPdfLayout['body'] = [];
  for (const section of report.sections) {
    body.push({ kind: 'section', text: t(`perspective.${section.perspective}`) });
    for (const objective of section.objectives) {
      body.push({ kind: 'section', text: `${objective.code} · ${objective.name}` });
      for (const row of objective.rows) {
        const cells = reportCellsOf(row, locale);
        body.push({
          kind: 'row',
          cells: [
            row.code,
            row.name,
            row.unit,
            cells.target,
            cells.realisation,
            cells.capped
              ? `${cells.achievement}\n(${t('report.capped', { value: cells.capped })})`
              : cells.achievement,
            t(`predikat.${row.predikat}`),
          ],
        });
      }
    }
  }
  return {
    title,
    headerLines: lines,
    head: REPORT_COLUMNS.map((c) => t(`report.columns.${c}`)),
    body,
    numericColumns: [3, 4, 5],
    columnWidths: [11, 40, 9, 12, 12, 13, 11],
    budget: reportBudgetTableOf(report.budget, t, locale),
    analyses: {
      title: t('report.analyses.title'),
      head: [
        t('report.analyses.indicator'),
        t('analysis.obstacles'),
        t('analysis.supportingFactors'),
        t('analysis.followUpPlan'),
        t('analysis.followUpDue'),
      ],
      rows: belowTargetRowsOf(report.sections).map((row) =>
        row.analysis
          ? [
              `${row.code} · ${row.name} (${t(`band.${row.band}`)})`,
              row.analysis.obstacles,
              row.analysis.supportingFactors ?? '—',
              row.analysis.followUpPlan,
              formatDate(row.analysis.followUpDue, { locale }),
            ]
          : [`${row.code} · ${row.name} (${t(`band.${row.band}`)})`, t('analysis.missing'), '', '', ''],
      ),
      none: t('report.analyses.none'),
    },
    issues: {
      title: t('report.issues.title'),
      head: [t('report.issues.issue'), t('report.issues.severity'), t('report.issues.status')],
      rows: report.issues.map((i) => [
        i.title,
        t(`issueSeverity.${i.severity}`),
        t(`issueStatus.${i.status}`),
      ]),
      none: t('report.issues.none'),
    },
    generatedAt: t('report.generatedAt', {
      when: formatDateTime(options.generatedAt.toISOString(), { locale, timeZone }),
    }),
    pageLabel: t('report.pageLabel', { page: '{page}', pages: '{pages}' }),
  };
}
