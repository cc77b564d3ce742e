// Internal models behind the measurements module's GraphQL types (used by codegen).
import type { MeasurementRevision } from '@ekinerja/db';
import type { EvidenceWithFile } from '../evidenceFiles/providers/evidenceRows';
export type { MeasurementResult as MeasurementPayloadMapper } from './providers/measurementChange';
export type { MeasurementState as MeasurementStateMapper } from './providers/measurementChange';
export type EvidenceMapper = EvidenceWithFile;
export type RevisionMapper = MeasurementRevision & { changedBy: { displayName: string } | null };
