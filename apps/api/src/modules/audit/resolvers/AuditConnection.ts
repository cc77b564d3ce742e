// AuditConnection: served as its mapper holds it; no field needs converting.
import type { AuditConnectionResolvers } from '../../../generated/resolverTypes';

export const AuditConnection: AuditConnectionResolvers = {};
