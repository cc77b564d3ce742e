// The measurement workflow's mutations, one file per field.
import type { Resolvers } from '../../generated/resolvers';
import { toGlobalId } from '../../ids';
import { drilldownLoaders } from '../drilldown/providers/drilldownLoaders';
import { rejectMeasurement } from './resolvers/Mutation/rejectMeasurement';
import { saveMeasurement } from './resolvers/Mutation/saveMeasurement';
import { submitMeasurement } from './resolvers/Mutation/submitMeasurement';
import { verifyMeasurement } from './resolvers/Mutation/verifyMeasurement';
import { verifyMeasurements } from './resolvers/Mutation/verifyMeasurements';

export const measurementsResolvers: Resolvers = {
  Mutation: {
    saveMeasurement,
    submitMeasurement,
    verifyMeasurement,
    verifyMeasurements,
    rejectMeasurement,
  },
  MeasurementState: {
    indicatorId: (m) => toGlobalId('Indicator', m.indicatorId),
    evidence: (m, _, ctx) => drilldownLoaders(ctx).evidenceByMeasurement.load(m.id),
  },
};
