// An indicator: owner, cascade, month rows and its achievements as the engine computes them.
import { periodValue, yearToDate } from '@ekinerja/scoring';
import type { Resolvers } from '../../../generated/resolvers';
import { toGlobalId } from '../../../ids';
import { scopeNode } from '../../org/providers/orgLoaders';
import { earlyWarningView, scoredView } from '../lib/achievementView';
import { periodArgs, yearArg } from '../lib/args';
import { indicatorMonths } from '../lib/indicatorMonths';
import { readableOnly, scopeOf } from '../providers/access';
import { drilldownLoaders } from '../providers/drilldownLoaders';
import {
  indicatorYearOf,
  readableIndicator,
  readableObjective,
  readableOfficial,
  tagged,
} from '../providers/drilldownObjects';
import { storedScore } from '../providers/storedScore';

export const indicatorResolvers: Resolvers = {
  Indicator: {
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
  },
  IndicatorMonth: {
    target: (m) => m.target?.value ?? null,
    low: (m) => m.target?.low ?? null,
    high: (m) => m.target?.high ?? null,
    realisation: (m) => m.measurement?.value ?? null,
    status: (m) => m.measurement?.status ?? null,
    version: (m) => m.measurement?.version ?? null,
    note: (m) => m.measurement?.note ?? null,
    rejectionReason: (m) => m.measurement?.rejectionReason ?? null,
    submittedAt: (m) => m.measurement?.submittedAt?.toISOString() ?? null,
    verifiedAt: (m) => m.measurement?.verifiedAt?.toISOString() ?? null,
    deadline: (m) => m.deadline.toISOString(),
    evidence: (m, _, ctx) =>
      m.measurement ? drilldownLoaders(ctx).evidenceByMeasurement.load(m.measurement.id) : [],
    revisions: (m, _, ctx) =>
      m.measurement ? drilldownLoaders(ctx).revisionsByMeasurement.load(m.measurement.id) : [],
    periodAchievement: (m) =>
      m.due ? scoredView(m.series, m.settings, (s, rules) => periodValue(s, m.month, rules)) : null,
  },
  Evidence: {
    addedAt: (e) => e.addedAt.toISOString(),
  },
  Revision: {
    changedAt: (r) => r.changedAt.toISOString(),
    changedBy: (r) => r.changedBy?.displayName ?? null,
  },
};
