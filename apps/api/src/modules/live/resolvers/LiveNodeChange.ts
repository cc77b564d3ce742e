// LiveNodeChange: served as its mapper holds it; no field needs converting.
import type { LiveNodeChangeResolvers } from '../../../generated/resolverTypes';

export const LiveNodeChange: LiveNodeChangeResolvers = {};
