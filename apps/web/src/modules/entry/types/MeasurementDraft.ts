// What the operator is typing for one indicator's month, as text (parsed only when checked).
export interface EvidenceDraft {
  url: string;
  title: string;
}

/** The written analysis of a result short of target, as typed (a date as YYYY-MM-DD). */
export interface AnalysisDraft {
  obstacles: string;
  supportingFactors: string;
  followUpPlan: string;
  followUpDue: string;
}

export const EMPTY_ANALYSIS: AnalysisDraft = {
  obstacles: '',
  supportingFactors: '',
  followUpPlan: '',
  followUpDue: '',
};

export interface MeasurementDraft {
  value: string;
  note: string;
  evidence: EvidenceDraft[];
  /** Why a verified value is revised (asked for only then). */
  reason: string;
  analysis: AnalysisDraft;
}
