// A position: global id, its unit (readable, since the position was) and its holder.
import type { PositionResolvers } from '../../../generated/resolverTypes';
import { notFound } from '../../../errors';
import { toGlobalId } from '../../../ids';
import { readableUnit, tagged } from '../../drilldown/providers/drilldownObjects';
import { staffLoaders } from '../providers/staffLoaders';

export const Position: PositionResolvers = {
  id: (p) => toGlobalId('Position', p.id),
  orgUnit: async (p, _args, ctx) => {
    const unit = await readableUnit(ctx, p.orgUnitId);
    if (!unit) throw notFound('orgUnit');
    return unit;
  },
  holder: async (p, _args, ctx) => {
    const official = await staffLoaders(ctx).holderByPosition.load(p.id);
    return official ? tagged.official(official) : null;
  },
};
