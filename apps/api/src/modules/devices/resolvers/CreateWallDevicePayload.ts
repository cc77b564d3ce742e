// CreateWallDevicePayload: served as its mapper holds it; no field needs converting.
import type { CreateWallDevicePayloadResolvers } from '../../../generated/resolverTypes';

export const CreateWallDevicePayload: CreateWallDevicePayloadResolvers = {};
