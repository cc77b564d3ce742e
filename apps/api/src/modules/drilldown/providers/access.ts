// Who may read a drill-down object: each takes the scope path of the unit (or tenant) that owns
// it, so a parent, child or link never reaches what the viewer could not open directly.
import type { Indicator, OrgUnit, Program, Scorecard, SubActivity, Tenant } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { can } from '../../policy/lib/policy';
import { tenantScopePath, unitScopePath, orgLoaders } from '../../org/providers/orgLoaders';
import type { OfficialMapper } from '../../orgAdmin/schema.mappers';
import { drilldownLoaders } from './drilldownLoaders';

/** The owning unit when there is one, else the tenant. */
export interface ScopeRef {
  orgUnitId: string | null;
  tenantId: string | null;
}

export const scopeOf = {
  tenant: (t: Pick<Tenant, 'id'>): ScopeRef => ({ tenantId: t.id, orgUnitId: null }),
  unit: (u: Pick<OrgUnit, 'id' | 'tenantId'>): ScopeRef => ({ tenantId: u.tenantId, orgUnitId: u.id }),
  indicator: (i: Pick<Indicator, 'tenantId' | 'orgUnitId'>): ScopeRef => ({
    tenantId: i.tenantId,
    orgUnitId: i.orgUnitId,
  }),
  /** An official without a position belongs to the tenant as a whole. */
  official: (o: OfficialMapper): ScopeRef => ({
    tenantId: o.tenantId,
    orgUnitId: o.position?.orgUnitId ?? null,
  }),
  program: (p: Pick<Program, 'tenantId' | 'orgUnitId'>): ScopeRef => ({
    tenantId: p.tenantId,
    orgUnitId: p.orgUnitId,
  }),
  subActivity: (s: Pick<SubActivity, 'orgUnitId'>): ScopeRef => ({ tenantId: null, orgUnitId: s.orgUnitId }),
};

/** An official's scorecard names the official's unit; one that does not takes the official's. */
export async function scorecardScope(
  ctx: GraphQLContext,
  card: Pick<Scorecard, 'tenantId' | 'ownerKind' | 'orgUnitId' | 'officialId'>,
): Promise<ScopeRef> {
  if (card.ownerKind === 'TENANT') return { tenantId: card.tenantId, orgUnitId: null };
  if (card.orgUnitId) return { tenantId: card.tenantId, orgUnitId: card.orgUnitId };
  const official = card.officialId ? await drilldownLoaders(ctx).official.load(card.officialId) : null;
  return official ? scopeOf.official(official) : { tenantId: card.tenantId, orgUnitId: null };
}

/** An unknown owner gives an empty path, which no grant matches. */
export async function scopePath(ctx: GraphQLContext, ref: ScopeRef): Promise<string[]> {
  if (ref.orgUnitId) {
    const unit = await orgLoaders(ctx).unit.load(ref.orgUnitId);
    return unit ? unitScopePath(ctx, unit) : [];
  }
  if (ref.tenantId) {
    const tenant = await orgLoaders(ctx).tenant.load(ref.tenantId);
    return tenant ? tenantScopePath(tenant) : [];
  }
  return [];
}

export async function canRead(ctx: GraphQLContext, ref: ScopeRef | Promise<ScopeRef>): Promise<boolean> {
  return can(ctx.viewer, 'read', await scopePath(ctx, await ref));
}

/** For fields that cannot be null: FORBIDDEN (or UNAUTHENTICATED) unless the viewer may read. */
export async function requireRead(ctx: GraphQLContext, ref: ScopeRef, what: string): Promise<void> {
  ctx.authorize('read', await scopePath(ctx, ref), what);
}

export async function readableOrNull<T>(
  ctx: GraphQLContext,
  row: T | null | undefined,
  refOf: (row: T) => ScopeRef | Promise<ScopeRef>,
): Promise<T | null> {
  if (!row) return null;
  return (await canRead(ctx, refOf(row))) ? row : null;
}

/** Lists drop silently what the viewer may not read. */
export async function readableOnly<T>(
  ctx: GraphQLContext,
  rows: readonly T[],
  refOf: (row: T) => ScopeRef | Promise<ScopeRef>,
): Promise<T[]> {
  const allowed = await Promise.all(rows.map((row) => canRead(ctx, refOf(row))));
  return rows.filter((_, i) => allowed[i]);
}
