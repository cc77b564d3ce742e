// Internal models behind the measurements module's GraphQL types (used by codegen).
export type { MeasurementResult as MeasurementPayloadMapper } from './providers/measurementWorkflow';
export type { MeasurementState as MeasurementStateMapper } from './providers/measurementWorkflow';
