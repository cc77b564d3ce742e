// The head of a drill-down page: what it is, its year-to-date score (id-ID, 2 decimals), band in
// colour and words, and predikat.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Band, Predikat } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { BandLabel } from '../../../ui/BandLabel';
import { FlashValue } from '../../../ui/FlashValue';
import { bandClasses } from '../../../ui/bandClasses';
import { formatMonth } from '../../format/formatMonth';
import { formatNumber } from '../../format/formatNumber';

export function ScoreHeader({
  name,
  kind,
  score,
  period,
  extra,
}: {
  name: string;
  /** What the node is (Provinsi, OPD, Bidang, Pejabat …). */
  kind: string;
  score: { value?: number | null; band: Band; predikat: Predikat } | null;
  period: { year: number; month: number };
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const band = score?.band ?? 'NO_DATA';
  return (
    <header className="flex flex-col gap-4 rounded-xl border border-line bg-surface-raised p-4 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        <p className="text-sm font-medium text-ink-muted">{kind}</p>
        <h1 className="text-2xl font-bold break-words" data-testid="dashboard-scope-name">
          {name}
        </h1>
        <p className="text-ink-muted">
          {t('dashboard.period', { period: `${formatMonth(period.month, locale)} ${period.year}` })}
        </p>
        {extra}
      </div>
      <div className={`shrink-0 border-l-4 pl-3 ${bandClasses[band].border}`}>
        <p className="text-sm text-ink-muted">{t('drill.score')}</p>
        <p className="text-4xl font-bold">
          <FlashValue value={score?.value ?? null} testId="dashboard-nko">
            {formatNumber(score?.value, 2, locale)}
          </FlashValue>
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
          <BandLabel band={band} />
          <span data-testid="dashboard-predikat">
            {t('drill.predikat')}: {t(`predikat.${score?.predikat ?? 'NO_DATA'}`)}
          </span>
        </p>
      </div>
    </header>
  );
}
