// An RHK with its indicators, the supervisor's RHK it contributes to and its scorecard links.
import type { RencanaHasilKerjaResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';

export const RencanaHasilKerja: RencanaHasilKerjaResolvers = {
  id: (r) => toGlobalId('RencanaHasilKerja', r.id),
  parentId: (r) => (r.parent ? toGlobalId('RencanaHasilKerja', r.parent.id) : null),
  parentText: (r) => r.parent?.text ?? null,
  linkedIndicatorIds: (r) => r.links.map((l) => toGlobalId('Indicator', l.indicatorId)),
};
