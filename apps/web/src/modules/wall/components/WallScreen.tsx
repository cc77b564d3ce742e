// The running wall for one scope: header, connection banner and the rotating panels, all fed by
// one live scoreboard and one activity feed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionStatus } from '../../../app/apollo/useConnectionStatus';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { useActivityFeed } from '../hooks/useActivityFeed';
import { usePlaylist } from '../hooks/usePlaylist';
import { useScoreboardLive } from '../hooks/useScoreboardLive';
import { useWallPeriod } from '../hooks/useWallPeriod';
import type { WallPanelId } from '../types/WallPanelId';
import { ConnectionBanner } from './ConnectionBanner';
import { WallHeader } from './WallHeader';
import { ActivityPanel } from './panels/ActivityPanel';
import { AtRiskPanel } from './panels/AtRiskPanel';
import { BudgetPanel } from './panels/BudgetPanel';
import { NkoPanel } from './panels/NkoPanel';
import { RankingPanel } from './panels/RankingPanel';
import { RegenciesPanel } from './panels/RegenciesPanel';
import { ReportingPanel } from './panels/ReportingPanel';

export function WallScreen({
  scopeId,
  panels,
  intervalMs,
}: {
  scopeId: string;
  panels: WallPanelId[];
  intervalMs: number;
}) {
  const { t } = useTranslation();
  const [timeZone, setTimeZone] = useState(DEFAULT_TIME_ZONE);
  const { year, month } = useWallPeriod(timeZone);
  const { board, updatedAt, failed } = useScoreboardLive(scopeId, year, month);
  const { status } = useConnectionStatus();
  const activity = useActivityFeed(scopeId, board?.latestActivity);

  // The scope's own zone decides the clock and the month (WITA for NTB).
  const scopeZone = board
    ? board.scope.__typename === 'Tenant'
      ? board.scope.timeZone
      : board.scope.__typename === 'OrgUnit'
        ? board.scope.tenant.timeZone
        : undefined
    : undefined;
  useEffect(() => {
    if (scopeZone) setTimeZone(scopeZone);
  }, [scopeZone]);

  // Panels with nothing to show for this scope are skipped (no kabupaten/kota below an OPD).
  const playlist = panels.filter((p) => p !== 'regencies' || (board?.regencies.length ?? 0) > 0);
  const index = usePlaylist(playlist.length, intervalMs);
  const current = playlist[index] ?? 'nko';
  const isTenant = board?.scope.__typename === 'Tenant';

  return (
    <div
      className="flex h-dvh flex-col overflow-hidden"
      data-testid="wall"
      data-seq={board?.seq ?? ''}
      data-panel={current}
    >
      <WallHeader
        scopeName={board?.scope.name ?? ''}
        year={year}
        month={month}
        timeZone={timeZone}
        status={status}
        updatedAt={updatedAt}
      />
      {status === 'disconnected' ? <ConnectionBanner /> : null}
      {/* Scrolls on small screens (a phone, a laptop): focusable so the keyboard can scroll it. */}
      <main
        tabIndex={0}
        className="flex min-h-0 flex-1 flex-col gap-[1vh] overflow-auto px-[1.5vw] py-[1.5vh] focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
      >
        {!board ? (
          failed ? (
            <Notice tone="error" className="text-wall-sm">
              {t('wall.loadFailed')}
            </Notice>
          ) : (
            <LoadingState className="text-wall-md" />
          )
        ) : (
          <>
            <div className="flex shrink-0 items-baseline justify-between gap-[2vw]">
              <h2 className="min-w-0 text-wall-md font-semibold lg:truncate" data-testid="wall-panel-title">
                {t(`wall.panels.${current === 'ranking' && !isTenant ? 'rankingUnits' : current}`)}
              </h2>
              <ol className="flex shrink-0 gap-[0.5em]" aria-label={t('wall.playlist')}>
                {playlist.map((p, i) => (
                  <li
                    key={p}
                    aria-current={i === index ? 'step' : undefined}
                    className={`size-[0.6em] rounded-full text-wall-xs ${i === index ? 'bg-accent' : 'bg-line'}`}
                  >
                    <span className="sr-only">{t(`wall.panels.${p}`)}</span>
                  </li>
                ))}
              </ol>
            </div>
            <section className="flex-1 lg:min-h-0" data-testid="wall-panel" data-panel={current}>
              {current === 'nko' ? <NkoPanel board={board} /> : null}
              {current === 'ranking' ? <RankingPanel ranking={board.ranking} /> : null}
              {current === 'budget' ? <BudgetPanel scopeId={scopeId} board={board} /> : null}
              {current === 'atRisk' ? <AtRiskPanel scopeId={scopeId} board={board} /> : null}
              {current === 'reporting' ? <ReportingPanel scopeId={scopeId} board={board} /> : null}
              {current === 'regencies' ? <RegenciesPanel regencies={board.regencies} /> : null}
              {current === 'activity' ? <ActivityPanel items={activity} timeZone={timeZone} /> : null}
            </section>
          </>
        )}
      </main>
    </div>
  );
}
