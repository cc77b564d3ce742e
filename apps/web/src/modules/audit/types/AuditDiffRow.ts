// One changed field of an audit entry: its name (a catalog key under `audit.field`) and its value
// before and after the change.
import type { AuditValue } from './AuditValue';

export interface AuditDiffRow {
  field: string;
  before: AuditValue;
  after: AuditValue;
}
