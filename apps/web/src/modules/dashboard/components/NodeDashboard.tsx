// The dashboard of one tenant or org unit: header, perspectives, strategy map, ranking of its
// children, officials, budget and trend. The scoreboard is the wall's live one (deltas folded
// into the cache); the parts deltas do not carry are refetched when its sequence moves.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { useMe } from '../../auth/hooks/useMe';
import { mayOpenWall } from '../../auth/utils/mayOpenWall';
import { useScoreboardLive } from '../../wall/hooks/useScoreboardLive';
import type { DashboardScope } from '../types/DashboardNode';
import { childRowsOf } from '../utils/childRowsOf';
import { crumbsOf } from '../utils/crumbsOf';
import { DrillHeader } from './DrillHeader';
import { BudgetSummary } from './BudgetSummary';
import { ChildRanking } from './ChildRanking';
import { OfficialsTable } from './OfficialsTable';
import { PerspectiveBreakdown } from './PerspectiveBreakdown';
import { ScoreHeader } from './ScoreHeader';
import { ScorecardSection } from './ScorecardSection';
import { ScoreTrend } from './ScoreTrend';

export function NodeDashboard({ node, year, month }: { node: DashboardScope; year: number; month: number }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const { board, failed } = useScoreboardLive(node.id, year, month);
  const seq = board?.seq;
  const crumbs = useMemo(
    () => crumbsOf(node.__typename === 'Tenant' ? [node.parent, node] : node.breadcrumb),
    [node],
  );
  const children = useMemo(() => childRowsOf(board?.ranking ?? []), [board?.ranking]);
  const regencies = useMemo(() => childRowsOf(board?.regencies ?? []), [board?.regencies]);
  const kind =
    node.__typename === 'Tenant' ? t(`tenantKind.${node.tenantKind}`) : t(`unitKind.${node.unitKind}`);
  const childTitle =
    node.__typename === 'Tenant'
      ? t('drill.ranking.opds')
      : node.unitKind === 'OPD'
        ? t('drill.ranking.divisions')
        : t('drill.ranking.sections');

  return (
    <div
      className="flex min-w-0 flex-col gap-6"
      data-testid="dashboard"
      data-node-id={node.id}
      data-seq={seq ?? ''}
    >
      <DrillHeader crumbs={crumbs} />
      <ScoreHeader name={node.name} kind={kind} score={board?.score ?? null} period={{ year, month }} />
      {failed ? <Notice tone="error">{t('common.loadFailed')}</Notice> : null}
      {!board && !failed ? <LoadingState /> : null}
      {board ? <PerspectiveBreakdown perspectives={board.perspectives} /> : null}
      {node.scorecard ? (
        <ScorecardSection scorecardId={node.scorecard.id} year={year} month={month} liveSeq={seq} />
      ) : (
        <Notice tone="info">{t('drill.map.none')}</Notice>
      )}
      {children.length > 0 ? <ChildRanking title={childTitle} rows={children} /> : null}
      {regencies.length > 0 ? <ChildRanking title={t('drill.ranking.regencies')} rows={regencies} /> : null}
      {node.__typename === 'OrgUnit' ? <OfficialsTable officials={node.officials} /> : null}
      {board ? (
        <BudgetSummary
          budget={board.budget}
          unitId={node.__typename === 'OrgUnit' ? node.id : null}
          year={year}
          month={month}
          liveSeq={seq}
        />
      ) : null}
      {node.scorecard ? <ScoreTrend scorecardId={node.scorecard.id} month={month} liveSeq={seq} /> : null}
      {node.scorecard ? (
        <p>
          <Link
            to={`/report/${encodeURIComponent(node.id)}`}
            data-testid="report-link"
            className="rounded font-medium text-accent underline focus-visible:outline-2 focus-visible:outline-accent"
          >
            {t('dashboard.quarterReport')}
          </Link>
        </p>
      ) : null}
      {mayOpenWall(me?.roles ?? []) ? (
        <p>
          <Link
            to="/wall"
            className="rounded font-medium text-accent underline focus-visible:outline-2 focus-visible:outline-accent"
          >
            {t('dashboard.openWall')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
