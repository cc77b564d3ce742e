// ActivityProgressPayload: served as its mapper holds it; no field needs converting.
import type { ActivityProgressPayloadResolvers } from '../../../generated/resolverTypes';

export const ActivityProgressPayload: ActivityProgressPayloadResolvers = {};
