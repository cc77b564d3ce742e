// The indicator's written analyses over the year, month by month: why it fell short and what is
// being done about it (LKjIP Bab III), under its monthly table.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { AnalysisView } from '../../analysis/components/AnalysisView';
import { formatMonth } from '../../format/formatMonth';
import type { IndicatorMonthView } from '../types/IndicatorDetail';

export function IndicatorAnalyses({ months }: { months: readonly IndicatorMonthView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const written = months.filter((m) => m.analysis);
  if (written.length === 0) return null;
  return (
    <section className="mt-6 flex flex-col gap-3" aria-labelledby="indicator-analyses">
      <h3 id="indicator-analyses" className="font-semibold">
        {t('analysis.title')}
      </h3>
      {written.map((m) => (
        <article key={m.month} className="rounded-lg border border-line p-3" data-testid="indicator-analysis">
          <h4 className="mb-2 font-medium">{formatMonth(m.month, locale)}</h4>
          <AnalysisView analysis={m.analysis!} />
          {m.analysis!.updatedBy ? (
            <p className="mt-2 text-xs text-ink-muted">{m.analysis!.updatedBy}</p>
          ) : null}
        </article>
      ))}
    </section>
  );
}
