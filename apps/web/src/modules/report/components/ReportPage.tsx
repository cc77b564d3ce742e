// `/report/:scopeId?year=&quarter=`: the quarterly performance report (LKjIP style) of an OPD or
// the tenant at the quarter's last month — score and predikat, indicators per perspective and
// objective, open issues — to print (A4) or download as PDF, Excel or CSV.
//
// Print: the root carries `report-page`; the app's layout hides its own chrome (navigation,
// banners) in print, and everything marked `print:hidden` here (actions, quarter links) goes too.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useLocale } from '../../../i18n/useLocale';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { formatNumber } from '../../format/formatNumber';
import { ReportBudgetDocument } from '../graphql/reportBudgetQuery.generated';
import { ReportIssuesDocument } from '../graphql/reportIssuesQuery.generated';
import { ReportScorecardDocument } from '../graphql/reportScorecardQuery.generated';
import type { ReportData } from '../types/ReportData';
import type { ReportPeriod } from '../types/ReportPeriod';
import { openIssuesOf } from '../utils/openIssuesOf';
import { quarterEndMonth, romanQuarter } from '../utils/quarterEndMonth';
import { reportPeriodOf } from '../utils/reportPeriodOf';
import { reportSectionsOf } from '../utils/reportSectionsOf';
import { reportTitleOf } from '../utils/reportTitleOf';
import { ReportActions } from './ReportActions';
import { ReportAnalyses } from './ReportAnalyses';
import { ReportBudget } from './ReportBudget';
import { ReportIssues } from './ReportIssues';
import { ReportTable } from './ReportTable';

// A4 with the same margins as the PDF; rendered only while the report is on screen.
const PAGE_STYLE = '@page { size: A4 portrait; margin: 14mm; }';
const QUARTERS: ReportPeriod['quarter'][] = [1, 2, 3, 4];
const linkClass = 'rounded px-2 py-1 focus-visible:outline-2 focus-visible:outline-accent';

export function ReportPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { scopeId = '' } = useParams();
  const [params] = useSearchParams();
  const period = useMemo(() => reportPeriodOf(params, new Date()), [params]);
  const month = quarterEndMonth(period.quarter);
  const scorecard = useQuery(ReportScorecardDocument, {
    variables: { id: scopeId, year: period.year, month },
  });
  const issues = useQuery(ReportIssuesDocument, { variables: { scopeId } });
  const budget = useQuery(ReportBudgetDocument, { variables: { id: scopeId, year: period.year, month } });
  const budgetNode = budget.data?.node;

  const node = scorecard.data?.node;
  const scope = node?.__typename === 'OrgUnit' || node?.__typename === 'Tenant' ? node : null;
  const timeZone =
    (scope?.__typename === 'Tenant'
      ? scope.timeZone
      : scope?.__typename === 'OrgUnit'
        ? scope.tenant.timeZone
        : null) ?? DEFAULT_TIME_ZONE;
  const report = useMemo<ReportData | null>(
    () =>
      scope
        ? {
            unitName: scope.name,
            period,
            score: scope.score,
            sections: reportSectionsOf(scope.scorecard),
            issues: openIssuesOf(issues.data?.issues ?? [], period, timeZone),
            budget:
              budgetNode?.__typename === 'OrgUnit'
                ? budgetNode.programs.flatMap((p) => p.activities.flatMap((a) => a.subActivities))
                : [],
          }
        : null,
    [scope, period, issues.data, timeZone, budgetNode],
  );

  if (!scorecard.data)
    return scorecard.error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : <LoadingState />;
  if (!report) return <Notice tone="error">{t('report.notFound')}</Notice>;
  const { title, lines } = reportTitleOf(report, t, locale);

  return (
    <div
      className="report-page flex min-w-0 flex-col gap-6 print:gap-4 print:text-black"
      data-testid="report-page"
      data-year={period.year}
      data-quarter={period.quarter}
    >
      <style media="print">{PAGE_STYLE}</style>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold print:text-[16pt]" data-testid="report-title">
            {title}
          </h1>
          <p className="text-lg font-semibold" data-testid="report-unit">
            {lines[0]}
          </p>
          <p className="text-ink-muted print:text-black">{lines[1]}</p>
          <p
            className="mt-1"
            data-testid="report-score"
            data-value={report.score?.value ?? ''}
            data-predikat={report.score?.predikat ?? ''}
          >
            {t('report.score')}:{' '}
            <strong className="tabular-nums">{formatNumber(report.score?.value ?? null, 2, locale)}</strong> ·{' '}
            {t(`predikat.${report.score?.predikat ?? 'NO_DATA'}`)}
          </p>
        </div>
        <ReportActions report={report} timeZone={timeZone} />
      </header>
      <nav aria-label={t('report.quarterNav')} className="flex flex-wrap gap-1 text-sm print:hidden">
        {QUARTERS.map((q) => (
          <Link
            key={q}
            to={`?year=${period.year}&quarter=${q}`}
            aria-current={q === period.quarter ? 'page' : undefined}
            className={`${linkClass} ${q === period.quarter ? 'bg-accent text-accent-ink' : 'text-accent underline'}`}
          >
            {t('report.quarter', { quarter: romanQuarter(q) })}
          </Link>
        ))}
      </nav>
      <Card title={t('report.indicators')} className="print:border-0 print:bg-transparent print:p-0">
        {report.sections.length === 0 ? (
          <p className="text-ink-muted">{t('report.noScorecard')}</p>
        ) : (
          <ReportTable sections={report.sections} />
        )}
      </Card>
      {scope?.__typename === 'OrgUnit' ? (
        <Card
          title={t('report.budget.title')}
          className="break-inside-avoid-page print:border-0 print:bg-transparent print:p-0"
        >
          {budget.error ? (
            <Notice tone="error">{t('common.loadFailed')}</Notice>
          ) : (
            <ReportBudget lines={report.budget} />
          )}
        </Card>
      ) : null}
      <Card
        title={t('report.analyses.title')}
        className="break-inside-avoid-page print:border-0 print:bg-transparent print:p-0"
      >
        <ReportAnalyses sections={report.sections} />
      </Card>
      <Card
        title={t('report.issues.title')}
        className="break-inside-avoid-page print:border-0 print:bg-transparent print:p-0"
      >
        {issues.error ? (
          <Notice tone="error">{t('common.loadFailed')}</Notice>
        ) : (
          <ReportIssues issues={report.issues} />
        )}
      </Card>
    </div>
  );
}
