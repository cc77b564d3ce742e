// What the audit page shows, as its address says (`?scope=…&type=…&action=…&from=…&to=…&user=…`).
export interface AuditFilters {
  /** Global id of the tenant or org unit whose trail is read; null = the viewer's widest. */
  scopeId: string | null;
  /** A change-log entity type (`Measurement`, `SubActivity`, …); null = all. */
  entityType: string | null;
  /** An action (`SUBMITTED`, …); null = all. */
  action: string | null;
  /** First day shown, `YYYY-MM-DD` in WITA (from its 00:00). */
  from: string | null;
  /** Last day shown, `YYYY-MM-DD` in WITA (up to its 24:00). */
  to: string | null;
  /** Global id of the user who made the changes; null = anyone. */
  userId: string | null;
}
