// What the page reports after an action: done (a status) or failed (an alert), in catalog words.
export interface VerifyOutcome {
  tone: 'done' | 'error';
  key: string;
  params?: Record<string, unknown>;
}
