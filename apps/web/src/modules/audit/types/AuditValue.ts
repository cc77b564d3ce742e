// A value of a changed field, described so the page can format it in the UI language: numbers in
// the locale's format, Rupiah grouped, statuses from the catalogs, never raw JSON when avoidable.
export type AuditValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'rupiah'; value: string }
  | { kind: 'percent'; value: number }
  /** A coded value (status, severity, …) shown through the catalog key `key`; `raw` if missing. */
  | { kind: 'label'; key: string; raw: string }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** An indicator's monthly targets: a value, or a low–high band, per month. */
  | {
      kind: 'targets';
      items: { month: number; value: number | null; low: number | null; high: number | null }[];
    }
  /** Anything the page does not know how to read, as compact JSON. */
  | { kind: 'json'; value: string };
