// Internal models behind the measurements module's GraphQL types (used by codegen).
import type { Evidence, MeasurementRevision } from '@ekinerja/db';
export type { MeasurementResult as MeasurementPayloadMapper } from './providers/measurementChange';
export type { MeasurementState as MeasurementStateMapper } from './providers/measurementChange';
export type EvidenceMapper = Evidence;
export type RevisionMapper = MeasurementRevision & { changedBy: { displayName: string } | null };
