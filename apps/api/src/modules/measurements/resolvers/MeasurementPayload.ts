// MeasurementPayload: served as its mapper holds it; no field needs converting.
import type { MeasurementPayloadResolvers } from '../../../generated/resolverTypes';

export const MeasurementPayload: MeasurementPayloadResolvers = {};
