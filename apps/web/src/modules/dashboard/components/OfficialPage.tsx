// `/official/:officialId`: an official's score and individual scorecard (perspectives, strategy
// map, indicators), linked to their unit; refetched live on changes in the unit's scope.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import type { RouteNotice } from '../../../app/routing/RouteNotice';
import type { OfficialDetailQuery } from '../graphql/officialQuery.generated';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { useMe } from '../../auth/hooks/useMe';
import { homePathFor } from '../../auth/utils/homePathFor';
import { OfficialDetailDocument } from '../graphql/officialQuery.generated';
import { useDashboardPeriod } from '../hooks/useDashboardPeriod';
import { useLiveTick } from '../hooks/useLiveTick';
import { crumbsOf } from '../utils/crumbsOf';
import { drillPaths } from '../utils/drillPaths';
import { DrillHeader } from './DrillHeader';
import { DrillLink } from './DrillLink';
import { ScoreHeader } from './ScoreHeader';
import { ScorecardSection } from './ScorecardSection';
import { ScoreTrend } from './ScoreTrend';
import { OfficialAgreementSection } from '../../agreements/components/OfficialAgreementSection';
import { OfficialSkpSection } from '../../skp/components/OfficialSkpSection';

type Official = Extract<NonNullable<OfficialDetailQuery['node']>, { __typename: 'Official' }>;

export function OfficialPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { officialId = '' } = useParams();
  const { year, month } = useDashboardPeriod();
  const { data, error, refetch } = useQuery(OfficialDetailDocument, {
    variables: { id: officialId, year, month },
  });
  const official = data?.node?.__typename === 'Official' ? (data.node as Official) : null;
  const liveSeq = useLiveTick(official?.orgUnit?.id, year, month, refetch);
  const crumbs = useMemo(() => {
    if (!official) return [];
    return [
      ...crumbsOf(official.orgUnit?.breadcrumb ?? []),
      { id: official.id, name: official.name, to: drillPaths.official(official.id) },
    ];
  }, [official]);

  if (!data) return error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : <LoadingState />;
  if (!official)
    return (
      <Navigate
        to={homePathFor(me?.roles ?? [])}
        replace
        state={{ notice: 'forbidden' } satisfies RouteNotice}
      />
    );
  return (
    <div className="flex min-w-0 flex-col gap-6" data-testid="official-page" data-official-id={official.id}>
      <DrillHeader crumbs={crumbs} />
      <ScoreHeader
        name={official.name}
        kind={official.level ? t(`positionLevel.${official.level}`) : t('drill.official')}
        score={official.score}
        period={{ year, month }}
        extra={
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-ink-muted">{t('drill.officials.position')}</dt>
            <dd>{official.positionTitle ?? '—'}</dd>
            <dt className="text-ink-muted">{t('drill.officials.nipLabel')}</dt>
            <dd>{official.nip}</dd>
            <dt className="text-ink-muted">{t('drill.officials.unit')}</dt>
            <dd>
              {official.orgUnit ? (
                <DrillLink
                  to={drillPaths.scope(official.orgUnit.id)}
                  data-testid="official-unit-link"
                  className="rounded text-accent underline focus-visible:outline-2 focus-visible:outline-accent"
                >
                  {official.orgUnit.name}
                </DrillLink>
              ) : (
                '—'
              )}
            </dd>
          </dl>
        }
      />
      {official.scorecard ? (
        <>
          <ScorecardSection
            scorecardId={official.scorecard.id}
            year={year}
            month={month}
            liveSeq={liveSeq}
            showPerspectives
          />
          <ScoreTrend scorecardId={official.scorecard.id} month={month} liveSeq={liveSeq} />
        </>
      ) : (
        <Notice tone="info">{t('drill.officials.noScorecard')}</Notice>
      )}
      <OfficialAgreementSection officialId={official.id} year={year} month={month} />
      <OfficialSkpSection officialId={official.id} year={year} />
    </div>
  );
}
