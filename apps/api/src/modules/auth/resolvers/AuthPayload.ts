// AuthPayload: served as its mapper holds it; no field needs converting.
import type { AuthPayloadResolvers } from '../../../generated/resolverTypes';

export const AuthPayload: AuthPayloadResolvers = {};
