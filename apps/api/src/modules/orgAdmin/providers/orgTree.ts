// Writes on the organisation tree: kabupaten/kota under a province, and OPD → bidang → seksi
// inside a tenant. A new scope gets its zero figures and its place in `ancestorIds` in the same
// transaction, so scope checks, scoreboards and a full rebuild agree from the first moment.
import type { OrgUnit, Prisma, Tenant } from '@ekinerja/db';
import { badInput, refusingRaces } from '../../../errors';
import { toGlobalId } from '../../../ids';
import { refuseIfInUse } from '../../changes/lib/writeInputs';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { subjectScope, type SubjectScope } from '../../org/providers/subjectScope';
import { insertEmptyScopeStats } from '../../snapshots/providers/scopeStatsStore';
import { childUnitKind } from '../lib/orgInputs';
import { changeOf } from '../../changes/providers/changeLog';

type Db = WriteContext['prisma'] | Prisma.TransactionClient;

export async function scopeOrBadInput(
  db: Db,
  ref: { type: 'Tenant' | 'OrgUnit'; id: string },
  field: string,
): Promise<SubjectScope> {
  const scope = await subjectScope(db, ref.type, ref.id);
  if (!scope) throw badInput(field, 'notFound');
  return scope;
}

const tenantImage = (t: Tenant) => ({
  code: t.code,
  name: t.name,
  shortName: t.shortName,
  kind: t.kind,
  capital: t.capital,
  parentId: t.parentId ? toGlobalId('Tenant', t.parentId) : null,
});

export interface TenantFields {
  kind: 'REGENCY' | 'CITY';
  code: string;
  name: string;
  shortName: string;
  capital: string | null;
  clientMutationId?: string | null;
}

export async function createTenant(ctx: WriteContext, provinceId: string, fields: TenantFields) {
  const province = await ctx.prisma.tenant.findUnique({
    where: { id: provinceId },
    include: { settings: { select: { timeZone: true } } },
  });
  if (!province) throw badInput('parentTenantId', 'notFound');
  const path = province.parentId ? [province.parentId, province.id] : [province.id];
  ctx.authorize('administer', path, `Tenant:${province.id}`);
  if (province.kind !== 'PROVINCE') throw badInput('parentTenantId', 'notProvince');
  const { clientMutationId, ...input } = fields;
  return refusingRaces({ unique: 'code' }, () =>
    performLoggedWrite(
      ctx,
      { operation: 'createTenant', clientMutationId, input: { ...input, provinceId } },
      async (tx) => {
        if (await tx.tenant.findUnique({ where: { code: input.code }, select: { id: true } }))
          throw badInput('code', 'unique');
        const tenant = await tx.tenant.create({
          // A kabupaten/kota keeps its province's clock (and reporting deadlines) until changed.
          data: {
            ...input,
            parentId: province.id,
            settings: { create: province.settings ? { timeZone: province.settings.timeZone } : {} },
          },
        });
        await insertEmptyScopeStats(tx, { scopeId: tenant.id, tenantId: tenant.id }, province.id);
        return {
          id: tenant.id,
          record: changeOf({ tenantId: tenant.id, scopeIds: [province.id, tenant.id] }, 'Tenant', tenant.id, {
            action: 'CREATED',
            before: null,
            after: tenantImage(tenant),
          }),
        };
      },
    ),
  );
}

export async function updateTenant(
  ctx: WriteContext,
  tenantId: string,
  fields: Pick<TenantFields, 'name' | 'shortName' | 'clientMutationId'> & {
    /** Undefined keeps the capital. */
    capital: string | null | undefined;
  },
) {
  const scope = await scopeOrBadInput(ctx.prisma, { type: 'Tenant', id: tenantId }, 'tenantId');
  ctx.authorize('administer', scope.scopeIds, `Tenant:${tenantId}`);
  const { clientMutationId, ...input } = fields;
  return performLoggedWrite(
    ctx,
    { operation: 'updateTenant', clientMutationId, input: { ...input, tenantId } },
    async (tx) => {
      const before = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId } });
      const after = await tx.tenant.update({ where: { id: tenantId }, data: input });
      return {
        id: tenantId,
        record: changeOf({ tenantId, scopeIds: scope.scopeIds }, 'Tenant', tenantId, {
          action: 'UPDATED',
          before: tenantImage(before),
          after: tenantImage(after),
        }),
      };
    },
  );
}

export interface UnitFields {
  code: string;
  name: string;
  shortName: string;
  clientMutationId?: string | null;
}

const unitImage = (u: OrgUnit) => ({
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  parentId: u.parentId ? toGlobalId('OrgUnit', u.parentId) : toGlobalId('Tenant', u.tenantId),
});

async function codeTaken(tx: Prisma.TransactionClient, tenantId: string, code: string, except?: string) {
  const clash = await tx.orgUnit.findUnique({
    where: { tenantId_code: { tenantId, code } },
    select: { id: true },
  });
  return clash !== null && clash.id !== except;
}

/** Adds an OPD under a tenant, a bidang under an OPD or a seksi under a bidang. */
export async function createOrgUnit(
  ctx: WriteContext,
  parent: { type: 'Tenant' | 'OrgUnit'; id: string },
  fields: UnitFields,
) {
  const scope = await scopeOrBadInput(ctx.prisma, parent, 'parentId');
  ctx.authorize('administer', scope.scopeIds, `${parent.type}:${parent.id}`);
  const parentUnit =
    parent.type === 'OrgUnit'
      ? await ctx.prisma.orgUnit.findUniqueOrThrow({ where: { id: parent.id } })
      : null;
  const kind = childUnitKind(parentUnit?.kind ?? 'TENANT');
  if (!kind) throw badInput('parentId', 'tooDeep');
  const { clientMutationId, ...input } = fields;
  return refusingRaces({ unique: 'code', missing: 'parentId' }, () =>
    performLoggedWrite(
      ctx,
      { operation: 'createOrgUnit', clientMutationId, input: { ...input, parent } },
      async (tx) => {
        if (await codeTaken(tx, scope.tenantId, input.code)) throw badInput('code', 'unique');
        const last = await tx.orgUnit.aggregate({
          where: { tenantId: scope.tenantId, parentId: parentUnit?.id ?? null },
          _max: { sortOrder: true },
        });
        const created = await tx.orgUnit.create({
          data: {
            ...input,
            kind,
            tenantId: scope.tenantId,
            parentId: parentUnit?.id ?? null,
            sortOrder: (last._max.sortOrder ?? 0) + 1,
            ancestorIds: [],
          },
        });
        // The tenant first, then the unit's ancestors, then itself (what scope filters match on).
        const ancestorIds = [...(parentUnit?.ancestorIds ?? [scope.tenantId]), created.id];
        const unit = await tx.orgUnit.update({ where: { id: created.id }, data: { ancestorIds } });
        await insertEmptyScopeStats(tx, { scopeId: unit.id, tenantId: scope.tenantId }, scope.tenantId);
        return {
          id: unit.id,
          record: changeOf(
            { tenantId: scope.tenantId, scopeIds: [...scope.scopeIds, unit.id] },
            'OrgUnit',
            unit.id,
            {
              action: 'CREATED',
              before: null,
              after: unitImage(unit),
            },
          ),
        };
      },
    ),
  );
}

export async function updateOrgUnit(ctx: WriteContext, orgUnitId: string, fields: UnitFields) {
  const scope = await scopeOrBadInput(ctx.prisma, { type: 'OrgUnit', id: orgUnitId }, 'orgUnitId');
  ctx.authorize('administer', scope.scopeIds, `OrgUnit:${orgUnitId}`);
  const { clientMutationId, ...input } = fields;
  return refusingRaces({ unique: 'code' }, () =>
    performLoggedWrite(
      ctx,
      { operation: 'updateOrgUnit', clientMutationId, input: { ...input, orgUnitId } },
      async (tx) => {
        if (await codeTaken(tx, scope.tenantId, input.code, orgUnitId)) throw badInput('code', 'unique');
        const before = await tx.orgUnit.findUniqueOrThrow({ where: { id: orgUnitId } });
        const after = await tx.orgUnit.update({ where: { id: orgUnitId }, data: input });
        return {
          id: orgUnitId,
          record: changeOf(scope, 'OrgUnit', orgUnitId, {
            action: 'UPDATED',
            before: unitImage(before),
            after: unitImage(after),
          }),
        };
      },
    ),
  );
}

/** What still hangs on a unit, by kind. */
async function attachments(tx: Prisma.TransactionClient, orgUnitId: string): Promise<Record<string, number>> {
  const [unit, subActivities] = await Promise.all([
    tx.orgUnit.findUniqueOrThrow({
      where: { id: orgUnitId },
      select: {
        _count: {
          select: {
            children: true,
            positions: true,
            scorecards: true,
            plans: true,
            indicators: true,
            programs: true,
            issues: true,
            roleAssignments: true,
            wallDevices: true,
            agreements: true,
          },
        },
      },
    }),
    tx.subActivity.count({ where: { orgUnitId } }),
  ]);
  const c = unit._count;
  return {
    children: c.children,
    positions: c.positions,
    scorecards: c.scorecards,
    plans: c.plans,
    indicators: c.indicators,
    programs: c.programs + subActivities,
    issues: c.issues,
    roles: c.roleAssignments,
    devices: c.wallDevices,
    agreements: c.agreements,
  };
}

/**
 * Removes a unit created by mistake. Anything attached to it (sub-units, positions, scorecards,
 * budget lines, roles, devices) is history or access someone relies on: the admin removes or
 * moves that first, so a deletion never takes more than the unit with it.
 */
export async function deleteOrgUnit(ctx: WriteContext, orgUnitId: string, clientMutationId?: string | null) {
  const scope = await scopeOrBadInput(ctx.prisma, { type: 'OrgUnit', id: orgUnitId }, 'orgUnitId');
  ctx.authorize('administer', scope.scopeIds, `OrgUnit:${orgUnitId}`);
  return performLoggedWrite(
    ctx,
    { operation: 'deleteOrgUnit', clientMutationId, input: { orgUnitId } },
    async (tx) => {
      // Locks the unit: a position or sub-unit added meanwhile waits, then fails on the missing parent.
      const [unit] = await tx.$queryRaw<
        OrgUnit[]
      >`SELECT * FROM "OrgUnit" WHERE id = ${orgUnitId}::uuid FOR UPDATE`;
      if (!unit) throw badInput('orgUnitId', 'notFound');
      refuseIfInUse('orgUnitId', await attachments(tx, orgUnitId));
      await tx.scopeMonthStats.deleteMany({ where: { scopeId: orgUnitId } });
      await tx.scopeCursor.deleteMany({ where: { scopeId: orgUnitId } });
      await tx.orgUnit.delete({ where: { id: orgUnitId } });
      return {
        id: orgUnitId,
        // The log keeps the path to the parent: the unit itself is gone from every scope.
        record: changeOf(
          { tenantId: scope.tenantId, scopeIds: scope.scopeIds.filter((id) => id !== orgUnitId) },
          'OrgUnit',
          orgUnitId,
          { action: 'DELETED', before: unitImage(unit), after: null },
        ),
      };
    },
  );
}
