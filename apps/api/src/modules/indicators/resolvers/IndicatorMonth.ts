// One month of an indicator: target, realisation, workflow state, evidence and revisions.
import { periodValue } from '@ekinerja/scoring';
import type { IndicatorMonthResolvers } from '../../../generated/resolverTypes';
import { scoredView } from '../../drilldown/lib/achievementView';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';

export const IndicatorMonth: Pick<
  IndicatorMonthResolvers,
  | 'deadline'
  | 'due'
  | 'evidence'
  | 'high'
  | 'late'
  | 'low'
  | 'month'
  | 'note'
  | 'periodAchievement'
  | 'realisation'
  | 'rejectionReason'
  | 'revisions'
  | 'status'
  | 'submittedAt'
  | 'target'
  | 'verifiedAt'
  | 'version'
> = {
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
};
