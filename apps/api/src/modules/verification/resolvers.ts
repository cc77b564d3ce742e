// verificationQueue: SUBMITTED measurements under the scopes where the viewer may verify.
import { achievement, band } from '@ekinerja/scoring';
import type { Resolvers } from '../../generated/resolvers';
import { badInput, unauthenticated } from '../../errors';
import { toGlobalId } from '../../ids';
import { scopeNode } from '../org/providers/orgLoaders';
import { scopesFor } from '../policy/lib/policy';
import { readableScope } from '../scoreboard/resolvers';
import { scoringSettingsFromRow } from '../settings/lib/scoringSettings';

export const verificationResolvers: Resolvers = {
  Query: {
    async verificationQueue(_, args, ctx) {
      if (ctx.viewer.kind !== 'user') throw unauthenticated();
      const take = args.first ?? 100;
      if (!Number.isInteger(take) || take < 1 || take > 500)
        throw badInput('first', 'range', { min: 1, max: 500 });
      const verifyScopes = scopesFor(ctx.viewer, 'verify');
      if (verifyScopes.length === 0) return [];
      const within = args.scopeId ? (await readableScope(ctx, args.scopeId)).scope.row.id : null;
      // Province-wide verifiers (tenant scope) see their tenant's and child tenants' units.
      const rows = await ctx.prisma.measurement.findMany({
        where: {
          status: 'SUBMITTED',
          indicator: {
            AND: [
              {
                OR: [
                  { orgUnit: { ancestorIds: { hasSome: verifyScopes } } },
                  { tenantId: { in: verifyScopes } },
                  { tenant: { parentId: { in: verifyScopes } } },
                ],
              },
              within ? { OR: [{ orgUnit: { ancestorIds: { has: within } } }, { tenantId: within }] } : {},
            ],
          },
        },
        orderBy: [{ submittedAt: 'asc' }],
        take,
        include: {
          indicator: {
            select: {
              id: true,
              code: true,
              name: true,
              unit: true,
              polarity: true,
              minimizeFormula: true,
              orgUnitId: true,
              tenantId: true,
              targets: true,
            },
          },
          submittedBy: { select: { displayName: true } },
          evidence: true,
        },
      });
      const settingsRows = await ctx.prisma.tenantSettings.findMany({
        where: { tenantId: { in: [...new Set(rows.map((r) => r.tenantId))] } },
      });
      const settings = new Map(settingsRows.map((s) => [s.tenantId, scoringSettingsFromRow(s)]));
      return rows.map((row) => ({
        ...row,
        settings: settings.get(row.tenantId) ?? scoringSettingsFromRow(null),
        indicator: {
          ...row.indicator,
          targets: row.indicator.targets.filter((t) => t.year === row.year && t.month === row.month),
        },
      }));
    },
  },
  VerificationItem: {
    measurementId: (m) => `Measurement:${m.id}`,
    indicatorId: (m) => toGlobalId('Indicator', m.indicator.id),
    code: (m) => m.indicator.code,
    name: (m) => m.indicator.name,
    unit: (m) => m.indicator.unit,
    polarity: (m) => m.indicator.polarity,
    owner: (m, _, ctx) =>
      scopeNode(
        ctx,
        m.indicator.orgUnitId
          ? { type: 'OrgUnit', id: m.indicator.orgUnitId }
          : { type: 'Tenant', id: m.indicator.tenantId },
      ),
    target: (m) => m.indicator.targets[0]?.value ?? null,
    low: (m) => m.indicator.targets[0]?.low ?? null,
    high: (m) => m.indicator.targets[0]?.high ?? null,
    preview: (m) => {
      const target = m.indicator.targets[0];
      if (!target) return null;
      const { settings } = m;
      try {
        const result =
          m.indicator.polarity === 'STABILIZE'
            ? target.low !== null && target.high !== null
              ? achievement(
                  {
                    polarity: 'STABILIZE',
                    target: { low: target.low, high: target.high },
                    realisation: m.value,
                  },
                  settings,
                )
              : null
            : target.value !== null
              ? achievement(
                  {
                    polarity: m.indicator.polarity,
                    target: target.value,
                    realisation: m.value,
                    formula: m.indicator.minimizeFormula,
                  },
                  settings,
                )
              : null;
        if (!result) return null;
        return {
          raw: result.raw,
          capped: result.capped,
          band: band(result.raw, settings),
          formula: result.explanation.formula,
          substituted: result.explanation.substituted,
        };
      } catch {
        // A target the engine refuses (e.g. 0 for MAXIMIZE) has no preview; verifying still works.
        return null;
      }
    },
    submittedAt: (m) => m.submittedAt?.toISOString() ?? null,
    submittedBy: (m) => m.submittedBy?.displayName ?? null,
  },
};
