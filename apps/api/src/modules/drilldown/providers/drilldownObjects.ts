// Fetches of single drill-down objects that the viewer may read, tagged with their GraphQL type.
import type { Indicator, OrgUnit, Program, Scorecard, Tenant } from '@ekinerja/db';
import type { IndicatorYear, ScoringSettings } from '@ekinerja/scoring';
import type { GraphQLContext } from '../../../context';
import { orgLoaders } from '../../org/providers/orgLoaders';
import { indicatorSeries } from '../../snapshots/lib/indicatorSeries';
import type { OfficialMapper } from '../../orgAdmin/schema.mappers';
import type { ObjectiveMapper } from '../../scorecards/schema.mappers';
import { readableOrNull, scopeOf, scorecardScope } from './access';
import { drilldownLoaders, type IndicatorYearRows, type SubActivityOfYear } from './drilldownLoaders';

export const tagged = {
  tenant: (t: Tenant) => ({ ...t, __typename: 'Tenant' as const }),
  unit: (u: OrgUnit) => ({ ...u, __typename: 'OrgUnit' as const }),
  official: (o: OfficialMapper) => ({ ...o, __typename: 'Official' as const }),
  scorecard: (s: Scorecard) => ({ ...s, __typename: 'Scorecard' as const }),
  objective: (o: ObjectiveMapper) => ({ ...o, __typename: 'Objective' as const }),
  indicator: (i: Indicator) => ({ ...i, __typename: 'Indicator' as const }),
  program: (p: Program) => ({ ...p, __typename: 'Program' as const }),
  subActivity: (s: SubActivityOfYear) => ({ ...s, __typename: 'SubActivity' as const }),
};

export async function readableUnit(ctx: GraphQLContext, id: string | null) {
  const unit = id ? await orgLoaders(ctx).unit.load(id) : null;
  const readable = await readableOrNull(ctx, unit, scopeOf.unit);
  return readable ? tagged.unit(readable) : null;
}

export async function readableOfficial(ctx: GraphQLContext, id: string | null) {
  const official = id ? await drilldownLoaders(ctx).official.load(id) : null;
  const readable = await readableOrNull(ctx, official, scopeOf.official);
  return readable ? tagged.official(readable) : null;
}

export async function readableScorecard(ctx: GraphQLContext, card: Scorecard | null) {
  const readable = await readableOrNull(ctx, card, (c) => scorecardScope(ctx, c));
  return readable ? tagged.scorecard(readable) : null;
}

/** The owner's scorecard of the year, by its stored owner key ("ORG_UNIT:<id>" …). */
export async function readableScorecardOf(ctx: GraphQLContext, ownerKey: string, year: number) {
  return readableScorecard(ctx, await drilldownLoaders(ctx).scorecardByOwner.load(`${ownerKey}|${year}`));
}

export async function readableObjective(ctx: GraphQLContext, id: string | null) {
  const objective = id ? await drilldownLoaders(ctx).objective.load(id) : null;
  const readable = await readableOrNull(ctx, objective, (o) => scorecardScope(ctx, o.scorecard));
  return readable ? tagged.objective(readable) : null;
}

export async function readableIndicator(ctx: GraphQLContext, id: string | null) {
  const indicator = id ? await drilldownLoaders(ctx).indicator.load(id) : null;
  const readable = await readableOrNull(ctx, indicator, scopeOf.indicator);
  return readable ? tagged.indicator(readable) : null;
}

export async function readableProgram(ctx: GraphQLContext, id: string) {
  const readable = await readableOrNull(ctx, await drilldownLoaders(ctx).program.load(id), scopeOf.program);
  return readable ? tagged.program(readable) : null;
}

export async function readableSubActivity(ctx: GraphQLContext, id: string) {
  const sub = await drilldownLoaders(ctx).subActivity.load(id);
  const readable = await readableOrNull(ctx, sub, scopeOf.subActivity);
  return readable ? tagged.subActivity(readable) : null;
}

/** An indicator's rows of the year with the engine's reading of them and the tenant's rules. */
export async function indicatorYearOf(
  ctx: GraphQLContext,
  indicator: Indicator,
  year: number,
): Promise<{ rows: IndicatorYearRows; series: IndicatorYear; settings: ScoringSettings }> {
  const loaders = drilldownLoaders(ctx);
  const [rows, settings] = await Promise.all([
    loaders.indicatorYear.load(`${indicator.id}|${year}`),
    loaders.settings.load(indicator.tenantId),
  ]);
  return { rows, series: indicatorSeries(indicator, rows.targets, rows.measurements), settings };
}
