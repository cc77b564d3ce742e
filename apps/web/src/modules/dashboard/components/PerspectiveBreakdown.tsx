// The score of each BSC perspective with its weight (Wₚ), in BSC order.
import { useTranslation } from 'react-i18next';
import type { Band, Perspective } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { BandLabel } from '../../../ui/BandLabel';
import { Card } from '../../../ui/Card';
import { bandClasses } from '../../../ui/bandClasses';
import { formatNumber } from '../../format/formatNumber';

export function PerspectiveBreakdown({
  perspectives,
}: {
  perspectives: readonly {
    perspective: Perspective;
    weight: number;
    score: { value?: number | null; band: Band };
  }[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Card title={t('drill.perspectives')}>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {perspectives.map((p) => (
          <li
            key={p.perspective}
            data-testid="perspective-score"
            data-perspective={p.perspective}
            data-score={p.score.value ?? ''}
            className={`rounded-lg border border-line border-l-4 p-3 ${bandClasses[p.score.band].border}`}
          >
            <p className="font-medium">{t(`perspective.${p.perspective}`)}</p>
            <p className="text-sm text-ink-muted">
              {t('drill.weight', { weight: formatNumber(p.weight, 0, locale) })}
            </p>
            <p className="mt-1 text-2xl font-bold">{formatNumber(p.score.value, 2, locale)}</p>
            <BandLabel band={p.score.band} className="text-sm" />
          </li>
        ))}
      </ul>
    </Card>
  );
}
