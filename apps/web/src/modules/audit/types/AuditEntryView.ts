// An audit entry as the page shows it: every text already in the UI language.
export interface AuditChangeView {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface AuditEntryView {
  seq: string;
  entityType: string;
  entityId: string;
  action: string;
  /** The instant, ISO (for `<time dateTime>`). */
  at: string;
  /** The instant in WITA, e.g. `29 Nov 2026 10.05 WITA`. */
  time: string;
  actor: string;
  /** What happened, e.g. `Realisasi diajukan`. */
  what: string;
  /** The reporting period the entry names (a period lock's), e.g. `Maret 2026`. */
  period: string | null;
  changes: AuditChangeView[];
  link: { path: string; label: string } | null;
}
