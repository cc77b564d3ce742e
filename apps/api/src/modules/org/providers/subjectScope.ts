// Where a node sits in the org tree, for policy checks and change-log scopes outside a request's
// loaders (services, transactions).
import type { Prisma, PrismaClient } from '@ekinerja/db';
import type { NodeType } from '../../../ids';

export interface SubjectScope {
  tenantId: string;
  orgUnitId: string | null;
  /** Parent tenant, tenant, then org units down to the node's unit: the policy's scope path. */
  scopeIds: string[];
}

type Db = PrismaClient | Prisma.TransactionClient;

async function unitScope(db: Db, orgUnitId: string): Promise<SubjectScope | null> {
  const unit = await db.orgUnit.findUnique({
    where: { id: orgUnitId },
    select: { tenantId: true, ancestorIds: true, tenant: { select: { parentId: true } } },
  });
  if (!unit) return null;
  const prefix = unit.tenant.parentId ? [unit.tenant.parentId] : [];
  return { tenantId: unit.tenantId, orgUnitId, scopeIds: [...prefix, ...unit.ancestorIds] };
}

async function tenantScope(db: Db, tenantId: string): Promise<SubjectScope | null> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { parentId: true } });
  if (!tenant) return null;
  return { tenantId, orgUnitId: null, scopeIds: tenant.parentId ? [tenant.parentId, tenantId] : [tenantId] };
}

/** The scope of a tenant, unit, official, indicator or sub-activity; null when it does not exist. */
export async function subjectScope(db: Db, type: NodeType, id: string): Promise<SubjectScope | null> {
  switch (type) {
    case 'Tenant':
      return tenantScope(db, id);
    case 'OrgUnit':
      return unitScope(db, id);
    case 'Official': {
      const official = await db.official.findUnique({
        where: { id },
        select: { tenantId: true, position: { select: { orgUnitId: true } } },
      });
      if (!official) return null;
      return official.position
        ? unitScope(db, official.position.orgUnitId)
        : tenantScope(db, official.tenantId);
    }
    case 'Indicator': {
      const indicator = await db.indicator.findUnique({
        where: { id },
        select: { tenantId: true, orgUnitId: true },
      });
      if (!indicator) return null;
      return indicator.orgUnitId ? unitScope(db, indicator.orgUnitId) : tenantScope(db, indicator.tenantId);
    }
    case 'SubActivity': {
      const sub = await db.subActivity.findUnique({ where: { id }, select: { orgUnitId: true } });
      return sub ? unitScope(db, sub.orgUnitId) : null;
    }
    default:
      return null;
  }
}
