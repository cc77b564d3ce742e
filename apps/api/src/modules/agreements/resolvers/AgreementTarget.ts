// AgreementTarget: the committed target beside the indicator as it stands, for targets vs realisation.
import type { AgreementTargetResolvers } from '../../../generated/resolverTypes';
import { idOf } from '../../../ids';
import { readableIndicator } from '../../drilldown/providers/drilldownObjects';

export const AgreementTarget: AgreementTargetResolvers = {
  indicator: (row, _args, ctx) =>
    readableIndicator(ctx, idOf('Indicator', String(row.indicatorId), 'indicatorId')),
};
