// `/indicator/:indicatorId`: what the indicator is, its months (chart and table), the year-to-date
// achievement explained, early warning, evidence, revisions, issues and directives; kept live by
// the owner scope's activity feed.
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import type { RouteNotice } from '../../../app/routing/RouteNotice';
import { useLocale } from '../../../i18n/useLocale';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { useMe } from '../../auth/hooks/useMe';
import { homePathFor } from '../../auth/utils/homePathFor';
import { mayGiveDirective } from '../../auth/utils/mayGiveDirective';
import { DrillHeader } from '../../dashboard/components/DrillHeader';
import { DrillLink } from '../../dashboard/components/DrillLink';
import { ScoreHeader } from '../../dashboard/components/ScoreHeader';
import { useDashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import { drillPaths } from '../../dashboard/utils/drillPaths';
import { formatNumber } from '../../format/formatNumber';
import { FollowIndicatorButton } from '../../notifications/components/FollowIndicatorButton';
import { IndicatorAchievementDocument } from '../graphql/indicatorAchievementQuery.generated';
import { IndicatorDetailDocument } from '../graphql/indicatorDetailQuery.generated';
import { IndicatorDirectivesDocument } from '../graphql/indicatorDirectivesQuery.generated';
import { IndicatorIssuesDocument } from '../graphql/indicatorIssuesQuery.generated';
import { useIndicatorLive } from '../hooks/useIndicatorLive';
import type { IndicatorAchievement, IndicatorDetail } from '../types/IndicatorDetail';
import { indicatorCrumbs } from '../utils/indicatorCrumbs';
import { AchievementPanel } from './AchievementPanel';
import { IndicatorIssues } from './IndicatorIssues';
import { IndicatorMonths } from './IndicatorMonths';
import { RevisionHistory } from './RevisionHistory';

const linkClass = 'rounded text-accent underline focus-visible:outline-2 focus-visible:outline-accent';

export function IndicatorPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { me } = useMe();
  const roles = me?.roles ?? [];
  const { indicatorId = '' } = useParams();
  const { year, month } = useDashboardPeriod();
  const detail = useQuery(IndicatorDetailDocument, { variables: { id: indicatorId, year } });
  const achievement = useQuery(IndicatorAchievementDocument, { variables: { id: indicatorId, year, month } });
  const indicator =
    detail.data?.node?.__typename === 'Indicator' ? (detail.data.node as IndicatorDetail) : null;
  const ownerId =
    indicator?.owner.__typename === 'Tenant' || indicator?.owner.__typename === 'OrgUnit'
      ? indicator.owner.id
      : null;
  const issues = useQuery(IndicatorIssuesDocument, { variables: { scopeId: ownerId ?? '' }, skip: !ownerId });
  const directives = useQuery(IndicatorDirectivesDocument, {
    variables: { scopeId: ownerId ?? '' },
    skip: !ownerId,
  });

  const { refetch: refetchDetail } = detail;
  const { refetch: refetchAchievement } = achievement;
  const { refetch: refetchIssues } = issues;
  const { refetch: refetchDirectives } = directives;
  const refetchFigures = useCallback(
    () => Promise.all([refetchDetail(), refetchAchievement()]),
    [refetchDetail, refetchAchievement],
  );
  const refetchDiscussion = useCallback(
    () => Promise.all([refetchIssues(), refetchDirectives()]),
    [refetchIssues, refetchDirectives],
  );
  useIndicatorLive(ownerId, refetchFigures, refetchDiscussion);

  const crumbs = useMemo(() => (indicator ? indicatorCrumbs(indicator) : []), [indicator]);
  const ownIssues = useMemo(
    () => (issues.data?.issues ?? []).filter((i) => i.indicatorId === indicatorId),
    [issues.data, indicatorId],
  );
  const ownDirectives = useMemo(
    () => (directives.data?.directives ?? []).filter((d) => d.subjectId === indicatorId),
    [directives.data, indicatorId],
  );

  if (!detail.data)
    return detail.error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : <LoadingState />;
  if (!indicator)
    return <Navigate to={homePathFor(roles)} replace state={{ notice: 'forbidden' } satisfies RouteNotice} />;
  const ach =
    achievement.data?.node?.__typename === 'Indicator'
      ? (achievement.data.node as IndicatorAchievement)
      : null;
  const ytd = ach?.yearToDate;
  const owner =
    indicator.owner.__typename === 'Tenant' || indicator.owner.__typename === 'OrgUnit'
      ? indicator.owner
      : null;

  return (
    <div
      className="flex min-w-0 flex-col gap-6"
      data-testid="indicator-page"
      data-indicator-id={indicator.id}
    >
      <DrillHeader crumbs={crumbs} />
      <ScoreHeader
        name={indicator.name}
        kind={t('indicator.kind', { code: indicator.code })}
        score={ytd ? { value: ytd.raw, band: ytd.band, predikat: ytd.predikat } : null}
        period={{ year, month }}
      />
      <FollowIndicatorButton indicatorId={indicator.id} following={indicator.followedByViewer} />
      <Card title={t('indicator.about.title')}>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-ink-muted">{t('indicator.about.code')}</dt>
          <dd data-testid="indicator-code">{indicator.code}</dd>
          <dt className="text-ink-muted">{t('indicator.about.unit')}</dt>
          <dd>{indicator.unit}</dd>
          <dt className="text-ink-muted">{t('indicator.about.polarity')}</dt>
          <dd data-testid="indicator-polarity" data-polarity={indicator.polarity}>
            {t(`polarity.${indicator.polarity}`)}
            {indicator.polarity === 'MINIMIZE'
              ? ` (${t(`minimizeFormula.${indicator.minimizeFormula}`)})`
              : ''}
          </dd>
          <dt className="text-ink-muted">{t('indicator.about.aggregation')}</dt>
          <dd>
            {t(`aggregation.${indicator.aggregation}`)} · {t(`frequency.${indicator.frequency}`)}
          </dd>
          <dt className="text-ink-muted">{t('indicator.about.weight')}</dt>
          <dd>{formatNumber(indicator.weight, 2, locale)}</dd>
          <dt className="text-ink-muted">{t('indicator.about.owner')}</dt>
          <dd>
            {owner ? (
              <DrillLink to={drillPaths.scope(owner.id)} className={linkClass} data-testid="indicator-owner">
                {owner.name}
              </DrillLink>
            ) : (
              '—'
            )}
          </dd>
          <dt className="text-ink-muted">{t('indicator.about.pic')}</dt>
          <dd>
            {indicator.pic ? (
              <DrillLink to={drillPaths.official(indicator.pic.id)} className={linkClass}>
                {indicator.pic.name}
              </DrillLink>
            ) : (
              '—'
            )}
            {indicator.pic?.positionTitle ? (
              <span className="block text-xs text-ink-muted">{indicator.pic.positionTitle}</span>
            ) : null}
          </dd>
          {indicator.objective ? (
            <>
              <dt className="text-ink-muted">{t('indicator.about.objective')}</dt>
              <dd>
                {indicator.objective.code} · {indicator.objective.name} (
                {t(`perspective.${indicator.objective.perspective}`)})
              </dd>
            </>
          ) : null}
          {indicator.parent ? (
            <>
              <dt className="text-ink-muted">{t('indicator.about.parent')}</dt>
              <dd>
                <DrillLink to={drillPaths.indicator(indicator.parent.id)} className={linkClass}>
                  {indicator.parent.code} · {indicator.parent.name}
                </DrillLink>
              </dd>
            </>
          ) : null}
          {indicator.description ? (
            <>
              <dt className="text-ink-muted">{t('indicator.about.description')}</dt>
              <dd className="break-words">{indicator.description}</dd>
            </>
          ) : null}
          {indicator.dataSource ? (
            <>
              <dt className="text-ink-muted">{t('indicator.about.dataSource')}</dt>
              <dd className="break-words">{indicator.dataSource}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      {ach ? <AchievementPanel achievement={ach} unit={indicator.unit} /> : <LoadingState />}
      <IndicatorMonths months={indicator.months} unit={indicator.unit} />
      <RevisionHistory months={indicator.months} />
      <IndicatorIssues
        issues={ownIssues}
        directives={ownDirectives}
        form={
          mayGiveDirective(roles)
            ? { subjectId: indicator.id, pic: indicator.pic ?? null, onCreated: refetchDirectives }
            : null
        }
        onIssueChanged={() => issues.refetch()}
      />
    </div>
  );
}
