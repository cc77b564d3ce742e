// The written analysis of a result short of target (LKjIP Bab III): obstacles, supporting factors,
// the follow-up plan and its due date. Shown open when the value misses its target or an analysis
// exists; otherwise one button opens it.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import type { AnalysisDraft } from '../types/MeasurementDraft';
import { MAX_ANALYSIS_TEXT } from '../utils/validateAnalysis';

const TEXTS = ['obstacles', 'supportingFactors', 'followUpPlan'] as const;

export function AnalysisFields({
  idPrefix,
  draft,
  open,
  short,
  onOpen,
  onChange,
  messageOf,
}: {
  idPrefix: string;
  draft: AnalysisDraft;
  open: boolean;
  /** The typed value misses its target: the analysis is required to submit. */
  short: boolean;
  onOpen: () => void;
  onChange: (draft: AnalysisDraft) => void;
  messageOf: (field: string) => string | null;
}) {
  const { t } = useTranslation();
  const required = messageOf('analysis');
  if (!open)
    return (
      <div>
        <Button tone="quiet" onClick={onOpen}>
          {t('entry.form.addAnalysis')}
        </Button>
      </div>
    );
  const dueId = `${idPrefix}-analysis-due`;
  const dueError = messageOf('analysis.followUpDue');
  return (
    <fieldset className="flex flex-col gap-2 rounded-lg border border-line p-3" data-testid="entry-analysis">
      <legend className="px-1 font-medium">{t('entry.form.analysisTitle')}</legend>
      <p id={`${idPrefix}-analysis-hint`} className={`text-sm ${short ? 'text-danger' : 'text-ink-muted'}`}>
        {short ? t('entry.form.analysisHintShort') : t('entry.form.analysisHint')}
      </p>
      <FieldMessage id={`${idPrefix}-analysis-error`} message={required} testId="entry-error-analysis" />
      {TEXTS.map((part) => {
        const id = `${idPrefix}-analysis-${part}`;
        const error = messageOf(`analysis.${part}`);
        return (
          <div key={part} className="flex flex-col gap-1">
            <label htmlFor={id} className="text-sm font-medium">
              {t(`entry.form.${part}`)}
            </label>
            <textarea
              id={id}
              name={`analysis.${part}`}
              rows={2}
              value={draft[part]}
              maxLength={MAX_ANALYSIS_TEXT + 1}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => onChange({ ...draft, [part]: e.target.value })}
              className={`${INPUT_CLASS} py-2`}
            />
            <FieldMessage id={`${id}-error`} message={error} testId={`entry-error-analysis-${part}`} />
          </div>
        );
      })}
      <div className="flex flex-col gap-1">
        <label htmlFor={dueId} className="text-sm font-medium">
          {t('entry.form.followUpDue')}
        </label>
        <input
          id={dueId}
          name="analysis.followUpDue"
          type="date"
          value={draft.followUpDue}
          aria-invalid={dueError ? true : undefined}
          aria-describedby={dueError ? `${dueId}-error` : undefined}
          onChange={(e) => onChange({ ...draft, followUpDue: e.target.value })}
          className={INPUT_CLASS}
        />
        <FieldMessage id={`${dueId}-error`} message={dueError} testId="entry-error-analysis-followUpDue" />
      </div>
    </fieldset>
  );
}
