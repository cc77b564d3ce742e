// A submitted value in the verify queue: its indicator, owner, the month's target and what verifying gives.
import type { VerificationItemResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { scopeNode } from '../../org/providers/orgLoaders';
import { achievementPreview } from '../lib/achievementPreview';

export const VerificationItem: Pick<
  VerificationItemResolvers,
  | 'code'
  | 'deadline'
  | 'evidence'
  | 'high'
  | 'indicatorId'
  | 'low'
  | 'measurementId'
  | 'month'
  | 'name'
  | 'note'
  | 'owner'
  | 'polarity'
  | 'preview'
  | 'submittedAt'
  | 'submittedBy'
  | 'target'
  | 'unit'
  | 'value'
  | 'version'
  | 'year'
> = {
  measurementId: (m) => toGlobalId('Measurement', m.id),
  indicatorId: (m) => toGlobalId('Indicator', m.indicator.id),
  code: (m) => m.indicator.code,
  name: (m) => m.indicator.name,
  unit: (m) => m.indicator.unit,
  polarity: (m) => m.indicator.polarity,
  owner: (m, _args, ctx) =>
    scopeNode(
      ctx,
      m.indicator.orgUnitId
        ? { type: 'OrgUnit', id: m.indicator.orgUnitId }
        : { type: 'Tenant', id: m.indicator.tenantId },
    ),
  target: (m) => m.indicator.targets[0]?.value ?? null,
  low: (m) => m.indicator.targets[0]?.low ?? null,
  high: (m) => m.indicator.targets[0]?.high ?? null,
  preview: (m) => achievementPreview(m),
  submittedAt: (m) => m.submittedAt?.toISOString() ?? null,
  submittedBy: (m) => m.submittedBy?.displayName ?? null,
  deadline: (m) => m.deadline.toISOString(),
};
