// LKjIP Bab III on the page: each indicator below target with its written analysis, or a plain
// note that none was written.
import { useTranslation } from 'react-i18next';
import { AnalysisView } from '../../analysis/components/AnalysisView';
import { BandLabel } from '../../../ui/BandLabel';
import type { ReportSection } from '../types/ReportRow';
import { belowTargetRowsOf } from '../utils/belowTargetRowsOf';

export function ReportAnalyses({ sections }: { sections: readonly ReportSection[] }) {
  const { t } = useTranslation();
  const rows = belowTargetRowsOf(sections);
  if (rows.length === 0) return <p className="text-ink-muted">{t('report.analyses.none')}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {rows.map((row) => (
        <li
          key={row.id}
          className="break-inside-avoid rounded-lg border border-line p-3"
          data-testid="report-analysis"
        >
          <p className="mb-2 flex flex-wrap items-center gap-2 font-medium">
            <span>
              {row.code} · {row.name}
            </span>
            <BandLabel band={row.band} />
          </p>
          {row.analysis ? (
            <AnalysisView analysis={row.analysis} compact />
          ) : (
            <p className="text-sm font-semibold text-danger">{t('analysis.missing')}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
