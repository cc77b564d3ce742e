// Beside an indicator below target in the drill-down: its latest written analysis, folded so the
// table stays scannable, or a plain note that none was written yet.
import { useTranslation } from 'react-i18next';
import type { Band } from '../../../gql/graphql';
import { AnalysisView, type AnalysisShown } from '../../analysis/components/AnalysisView';

export function IndicatorAnalysisNote({
  band,
  analysis,
}: {
  band: Band;
  analysis: AnalysisShown | null | undefined;
}) {
  const { t } = useTranslation();
  if (band !== 'YELLOW' && band !== 'RED') return null;
  if (!analysis)
    return <span className="mt-1 block text-xs font-semibold text-danger">{t('analysis.missing')}</span>;
  return (
    <details className="mt-1 text-xs" data-testid="drill-analysis">
      <summary className="cursor-pointer text-accent">{t('analysis.title')}</summary>
      <div className="mt-1">
        <AnalysisView analysis={analysis} compact />
      </div>
    </details>
  );
}
