// Panel: budget absorption and physical progress against plan (cumulative to the month), with the
// year's S-curve. The chart module is loaded only when this panel is first shown.
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviationLevel } from '../../../../gql/graphql';
import { useLocale } from '../../../../i18n/useLocale';
import { FlashValue } from '../../../../ui/FlashValue';
import { formatNumber } from '../../../format/formatNumber';
import { formatPercent } from '../../../format/formatPercent';
import { formatRupiah } from '../../../format/formatRupiah';
import { useBudgetSeries } from '../../hooks/useBudgetSeries';
import type { WallScoreboard } from '../../types/WallScoreboard';

const BudgetSCurve = lazy(async () => ({ default: (await import('./BudgetSCurve')).BudgetSCurve }));

const LEVEL_TEXT: Record<DeviationLevel, string> = {
  OK: 'text-band-green',
  WARNING: 'text-band-yellow',
  CRITICAL: 'text-band-red',
  NO_DATA: 'text-band-no-data',
};

function Figure({
  label,
  value,
  sub,
  className = '',
}: {
  label: string;
  value: ReactNode;
  sub?: ReactNode;
  className?: string;
}) {
  return (
    <div className="flex min-w-0 flex-col">
      <span className="text-wall-xs text-ink-muted">{label}</span>
      <span className={`text-wall-lg font-bold ${className}`}>{value}</span>
      {sub ? <span className="truncate text-wall-xs text-ink-muted">{sub}</span> : null}
    </div>
  );
}

export function BudgetPanel({ scopeId, board }: { scopeId: string; board: WallScoreboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const series = useBudgetSeries(scopeId, board);
  const budget = board.budget;
  const monthLabels = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, i, 15)),
    ),
  );
  if (!budget) return <p className="text-wall-md text-ink-muted">{t('wall.budget.none')}</p>;
  const points = (value: number | null) => t('wall.budget.points', { value: formatNumber(value, 2, locale) });

  return (
    <div className="grid gap-[2vw] lg:h-full lg:min-h-0 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <div className="grid content-start gap-[2.5vh]">
        <Figure
          label={t('wall.budget.absorption')}
          value={
            <FlashValue value={budget.absorption} testId="wall-budget-absorption" className="px-[0.1em]">
              {formatPercent(budget.absorption, 2, locale)}
            </FlashValue>
          }
          sub={t('wall.budget.ofPagu', {
            realised: formatRupiah(budget.realisedSpend, locale),
            pagu: formatRupiah(budget.pagu, locale),
          })}
        />
        <Figure
          label={t('wall.budget.spendDeviation')}
          value={points(budget.spendDeviation)}
          sub={t(`wall.budget.level.${budget.spendLevel}`)}
          className={LEVEL_TEXT[budget.spendLevel]}
        />
        <Figure
          label={t('wall.budget.physical')}
          value={
            <FlashValue value={budget.realisedPhysical} testId="wall-budget-physical" className="px-[0.1em]">
              {formatPercent(budget.realisedPhysical, 2, locale)}
            </FlashValue>
          }
          sub={t('wall.budget.plannedPhysical', { value: formatPercent(budget.plannedPhysical, 2, locale) })}
        />
        <Figure
          label={t('wall.budget.physicalDeviation')}
          value={points(budget.physicalDeviation)}
          sub={t(`wall.budget.level.${budget.physicalLevel}`)}
          className={LEVEL_TEXT[budget.physicalLevel]}
        />
      </div>
      <div className="h-[20rem] lg:h-full lg:min-h-0">
        {series ? (
          <Suspense fallback={null}>
            <BudgetSCurve points={series} monthLabels={monthLabels} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
