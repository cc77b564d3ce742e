// An indicator: owner, cascade, month rows, its achievements as the engine computes them, and operators.
import { yearToDate } from '@ekinerja/scoring';
import type { IndicatorResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { scopeNode } from '../../org/providers/orgLoaders';
import { earlyWarningView, scoredView } from '../../drilldown/lib/achievementView';
import { periodArgs, yearArg } from '../../drilldown/lib/args';
import { indicatorMonths } from '../../drilldown/lib/indicatorMonths';
import { readableOnly, scopeOf } from '../../drilldown/providers/access';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import {
  indicatorYearOf,
  readableIndicator,
  readableObjective,
  readableOfficial,
  tagged,
} from '../../drilldown/providers/drilldownObjects';
import { storedScore } from '../../drilldown/providers/storedScore';
import { operatorLoaders } from '../providers/operatorLoaders';

export const Indicator: Pick<
  IndicatorResolvers,
  | 'aggregation'
  | 'children'
  | 'code'
  | 'dataSource'
  | 'description'
  | 'earlyWarning'
  | 'frequency'
  | 'id'
  | 'minimizeFormula'
  | 'months'
  | 'name'
  | 'objective'
  | 'operators'
  | 'owner'
  | 'parent'
  | 'pic'
  | 'polarity'
  | 'score'
  | 'unit'
  | 'weight'
  | 'yearToDate'
  | '__isTypeOf'
> = {
  id: (i) => toGlobalId('Indicator', i.id),
  owner: (i, _, ctx) =>
    scopeNode(ctx, i.orgUnitId ? { type: 'OrgUnit', id: i.orgUnitId } : { type: 'Tenant', id: i.tenantId }),
  objective: (i, _, ctx) => readableObjective(ctx, i.objectiveId),
  pic: (i, _, ctx) => readableOfficial(ctx, i.picOfficialId),
  // Cascades cross OPDs (a province IKU and every OPD's share of it): each end is checked on its own.
  parent: (i, _, ctx) => readableIndicator(ctx, i.parentIndicatorId),
  children: async (i, _, ctx) => {
    const children = await drilldownLoaders(ctx).indicatorChildren.load(i.id);
    return (await readableOnly(ctx, children, scopeOf.indicator)).map(tagged.indicator);
  },
  score: (i, args, ctx) => {
    const { year, month } = periodArgs(args.year, args.month);
    return storedScore(ctx, { tenantId: i.tenantId, nodeId: i.id }, year, month);
  },
  months: async (i, args, ctx) => {
    const year = yearArg(args.year);
    const { rows, series, settings } = await indicatorYearOf(ctx, i, year);
    return indicatorMonths({ year, frequency: i.frequency, ...rows }, settings, new Date()).map((row) => ({
      ...row,
      indicatorId: i.id,
      year,
      series,
      settings,
    }));
  },
  yearToDate: async (i, args, ctx) => {
    const { year, month } = periodArgs(args.year, args.month);
    const { series, settings } = await indicatorYearOf(ctx, i, year);
    return scoredView(series, settings, (s, rules) => yearToDate(s, month, rules));
  },
  earlyWarning: async (i, args, ctx) => {
    const { year, month } = periodArgs(args.year, args.month);
    const { series, settings } = await indicatorYearOf(ctx, i, year);
    return earlyWarningView(series, month, settings);
  },
  // Who may report the indicator: for its administrators only.
  operators: async (indicator, _args, ctx) => {
    const loaders = operatorLoaders(ctx);
    const scope = await loaders.objectiveScope.load(indicator.objectiveId);
    if (!scope) return [];
    ctx.authorize('administer', scope.scopeIds, `Indicator:${indicator.id}`);
    return loaders.operators.load(indicator.id);
  },
};
