// AuditEdge: served as its mapper holds it; no field needs converting.
import type { AuditEdgeResolvers } from '../../../generated/resolverTypes';

export const AuditEdge: AuditEdgeResolvers = {};
