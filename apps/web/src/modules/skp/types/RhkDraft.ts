// What the official types into the RHK form before it is sent.
export interface RhkIndicatorDraft {
  text: string;
  target: string;
  unit: string;
}

export interface RhkDraft {
  text: string;
  /** Global id of the supervisor's RHK it contributes to, or '' for none. */
  parentRhkId: string;
  indicators: RhkIndicatorDraft[];
}

export interface RealisationDraft {
  realisation: string;
  evidenceUrl: string;
  evidenceText: string;
}
