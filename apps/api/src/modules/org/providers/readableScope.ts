// A scope (a tenant or an org unit) as reads take it: its row, tagged for GraphQL, and the check
// that the viewer may read it.
import type { OrgUnit, Tenant } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { notFound } from '../../../errors';
import { fromScopeId } from '../../../ids';
import { orgLoaders, tenantScopePath, unitScopePath } from './orgLoaders';

export type Scope = { type: 'Tenant'; row: Tenant } | { type: 'OrgUnit'; row: OrgUnit };

/** The scope's row tagged with its GraphQL type. */
export function taggedScope(
  scope: Scope,
): (Tenant & { __typename: 'Tenant' }) | (OrgUnit & { __typename: 'OrgUnit' }) {
  return scope.type === 'Tenant'
    ? { ...scope.row, __typename: 'Tenant' }
    : { ...scope.row, __typename: 'OrgUnit' };
}

/** Resolves a scope id to its row and checks that the viewer may read it. */
export async function readableScope(
  ctx: GraphQLContext,
  scopeId: string,
): Promise<{ scope: Scope; path: string[] }> {
  const { type, id } = fromScopeId(scopeId);
  if (type === 'Tenant') {
    const row = await orgLoaders(ctx).tenant.load(id);
    if (!row) throw notFound('scope');
    const path = await tenantScopePath(row);
    ctx.authorize('read', path, `Tenant:${id}`);
    return { scope: { type, row }, path };
  }
  const row = await orgLoaders(ctx).unit.load(id);
  if (!row) throw notFound('scope');
  const path = await unitScopePath(ctx, row);
  ctx.authorize('read', path, `OrgUnit:${id}`);
  return { scope: { type, row }, path };
}
