// Internal models behind the verification module's GraphQL types (used by codegen).
import type { Indicator, Measurement, Target } from '@ekinerja/db';
import type { EvidenceWithFile } from '../evidenceFiles/providers/evidenceRows';
import type { ScoringSettings } from '@ekinerja/scoring';

export type VerificationItemMapper = Measurement & {
  indicator: Pick<
    Indicator,
    'id' | 'code' | 'name' | 'unit' | 'polarity' | 'minimizeFormula' | 'orgUnitId' | 'tenantId'
  > & {
    targets: Target[];
  };
  submittedBy: { displayName: string } | null;
  evidence: EvidenceWithFile[];
  /** The owning tenant's scoring settings, for the achievement preview. */
  settings: ScoringSettings;
  /** End of the value's due day by its tenant's reporting calendar. */
  deadline: Date;
};
