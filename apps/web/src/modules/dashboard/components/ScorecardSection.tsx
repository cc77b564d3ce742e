// A scorecard on a drill-down page: (optionally) its perspectives, the strategy map and the
// indicators of the chosen objective (all of them until one is chosen). Refreshed when the page's
// live sequence moves.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { ScorecardMapDocument } from '../graphql/scorecardMapQuery.generated';
import { useRefreshOnSeq } from '../hooks/useRefreshOnSeq';
import type { ScorecardView } from '../types/MapObjective';
import { PerspectiveBreakdown } from './PerspectiveBreakdown';
import { StrategyMap } from './StrategyMap';
import { ScorecardIndicators } from './ScorecardIndicators';

export function ScorecardSection({
  scorecardId,
  year,
  month,
  liveSeq,
  showPerspectives = false,
}: {
  scorecardId: string;
  year: number;
  month: number;
  /** The page's live sequence; a change refetches the scorecard. */
  liveSeq?: string;
  showPerspectives?: boolean;
}) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(ScorecardMapDocument, {
    variables: { id: scorecardId, year, month },
  });
  useRefreshOnSeq(liveSeq, refetch);
  const card = data?.node?.__typename === 'Scorecard' ? (data.node as ScorecardView) : null;

  if (!card) {
    if (error) return <Notice tone="error">{t('common.loadFailed')}</Notice>;
    if (data) return <Notice tone="info">{t('drill.map.none')}</Notice>;
    return <LoadingState />;
  }
  const selected = card.objectives.find((o) => o.id === selectedId) ?? null;
  return (
    <>
      {showPerspectives ? <PerspectiveBreakdown perspectives={card.perspectives} /> : null}
      <Card title={t('drill.map.title', { name: card.name })}>
        <p className="mb-3 text-sm text-ink-muted">{t('drill.map.hint')}</p>
        <StrategyMap
          objectives={card.objectives}
          links={card.links}
          selectedId={selectedId}
          onSelect={setSelectedId}
        />
      </Card>
      <Card
        title={
          selected ? t('drill.indicators.ofObjective', { code: selected.code }) : t('drill.indicators.title')
        }
      >
        {selected ? (
          <Button tone="quiet" className="mb-3" onClick={() => setSelectedId(null)}>
            {t('drill.indicators.showAll')}
          </Button>
        ) : null}
        <ScorecardIndicators objectives={selected ? [selected] : card.objectives} />
      </Card>
    </>
  );
}
