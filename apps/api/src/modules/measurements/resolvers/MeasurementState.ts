// A value after a workflow step: its indicator's global id and its evidence links.
import type { MeasurementStateResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';

export const MeasurementState: Pick<
  MeasurementStateResolvers,
  'evidence' | 'indicatorId' | 'month' | 'year'
> = {
  indicatorId: (m) => toGlobalId('Indicator', m.indicatorId),
  evidence: (m, _args, ctx) => drilldownLoaders(ctx).evidenceByMeasurement.load(m.id),
};
