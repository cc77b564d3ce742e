// What the operator is typing for one indicator's month, as text (parsed only when checked).
export interface EvidenceDraft {
  url: string;
  title: string;
}

export interface MeasurementDraft {
  value: string;
  note: string;
  evidence: EvidenceDraft[];
  /** Why a verified value is revised (asked for only then). */
  reason: string;
}
