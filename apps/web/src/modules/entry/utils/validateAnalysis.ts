// Checks the written analysis with the API's rules (analysisInputs.ts): when any part is typed,
// the obstacles, the follow-up plan and its due date are required, each text up to 2,000
// characters, the date a real day not before the period starts. Nothing typed: no analysis.
import type { PerformanceAnalysisInput } from '../../../gql/graphql';
import type { FieldError } from '../../../ui/form/FieldError';
import type { AnalysisDraft } from '../types/MeasurementDraft';

export const MAX_ANALYSIS_TEXT = 2000;

export function isAnalysisEmpty(draft: AnalysisDraft): boolean {
  return Object.values(draft).every((part) => part.trim() === '');
}

function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

export function validateAnalysis(
  draft: AnalysisDraft,
  period: { year: number; month: number },
): { errors: FieldError[]; analysis: PerformanceAnalysisInput | null } {
  if (isAnalysisEmpty(draft)) return { errors: [], analysis: null };
  const errors: FieldError[] = [];
  for (const part of ['obstacles', 'supportingFactors', 'followUpPlan'] as const) {
    const text = draft[part].trim();
    if (text.length === 0 && part !== 'supportingFactors')
      errors.push({ field: `analysis.${part}`, key: 'entry.errors.analysisText' });
    else if (text.length > MAX_ANALYSIS_TEXT)
      errors.push({
        field: `analysis.${part}`,
        key: 'entry.errors.analysisTooLong',
        params: { max: MAX_ANALYSIS_TEXT },
      });
  }
  const periodStart = `${period.year}-${String(period.month).padStart(2, '0')}-01`;
  if (!isRealDay(draft.followUpDue))
    errors.push({ field: 'analysis.followUpDue', key: 'entry.errors.analysisDate' });
  else if (draft.followUpDue < periodStart)
    errors.push({
      field: 'analysis.followUpDue',
      key: 'entry.errors.analysisBeforePeriod',
      params: { periodStart },
    });
  if (errors.length > 0) return { errors, analysis: null };
  return {
    errors,
    analysis: {
      obstacles: draft.obstacles.trim(),
      supportingFactors: draft.supportingFactors.trim() || null,
      followUpPlan: draft.followUpPlan.trim(),
      followUpDue: draft.followUpDue,
    },
  };
}
