// A period's written analysis as leaders and unit heads read it: obstacles, supporting factors,
// follow-up plan and its due date. Texts are shown as typed (React escapes them).
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/formatDate';

export interface AnalysisShown {
  obstacles: string;
  supportingFactors?: string | null;
  followUpPlan: string;
  followUpDue: string;
  updatedBy?: string | null;
}

export function AnalysisView({ analysis, compact = false }: { analysis: AnalysisShown; compact?: boolean }) {
  const { t } = useTranslation();
  const rows: [string, string | null | undefined][] = [
    ['analysis.obstacles', analysis.obstacles],
    ['analysis.supportingFactors', analysis.supportingFactors],
    ['analysis.followUpPlan', analysis.followUpPlan],
    ['analysis.followUpDue', formatDate(analysis.followUpDue)],
  ];
  return (
    <dl
      className={`grid gap-x-3 gap-y-1 ${compact ? 'text-sm' : ''} sm:grid-cols-[max-content_1fr]`}
      data-testid="analysis-view"
    >
      {rows
        .filter(([, text]) => text)
        .map(([key, text]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-ink-muted">{t(key)}</dt>
            <dd className="whitespace-pre-line break-words">{text}</dd>
          </div>
        ))}
    </dl>
  );
}
