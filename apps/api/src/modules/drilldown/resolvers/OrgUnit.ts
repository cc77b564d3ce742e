// OrgUnit's drill-down fields: its officials, scorecard, score and programs.
import type { OrgUnitResolvers } from '../../../generated/resolverTypes';
import { periodArgs, yearArg } from '../lib/args';
import { canRead, readableOnly, requireRead, scopeOf } from '../providers/access';
import { drilldownLoaders } from '../providers/drilldownLoaders';
import { readableScorecardOf, tagged } from '../providers/drilldownObjects';
import { storedScore } from '../providers/storedScore';

export const OrgUnit: Pick<
  OrgUnitResolvers,
  'officials' | 'programs' | 'score' | 'scorecard' | '__isTypeOf'
> = {
  officials: async (u, _, ctx) => {
    if (!(await canRead(ctx, scopeOf.unit(u)))) return [];
    const officials = await drilldownLoaders(ctx).officialsByUnit.load(u.id);
    return (await readableOnly(ctx, officials, scopeOf.official)).map(tagged.official);
  },
  scorecard: async (u, args, ctx) => {
    const year = yearArg(args.year);
    if (!(await canRead(ctx, scopeOf.unit(u)))) return null;
    return readableScorecardOf(ctx, `ORG_UNIT:${u.id}`, year);
  },
  score: async (u, args, ctx) => {
    const { year, month } = periodArgs(args.year, args.month);
    await requireRead(ctx, scopeOf.unit(u), `OrgUnit:${u.id}`);
    return storedScore(ctx, { tenantId: u.tenantId, nodeId: u.id }, year, month);
  },
  programs: async (u, args, ctx) => {
    const year = yearArg(args.year);
    if (!(await canRead(ctx, scopeOf.unit(u)))) return [];
    const programs = await drilldownLoaders(ctx).programsByUnit.load(`${u.id}|${year}`);
    return (await readableOnly(ctx, programs, scopeOf.program)).map(tagged.program);
  },
};
