// The tenant list a viewer starts from, and the rows below a tenant.
import type { OrgUnit, PrismaClient, Tenant } from '@ekinerja/db';

/** Tenants the scopes read, or read something inside (a province before its kabupaten/kota). */
export async function tenantsForScopes(prisma: PrismaClient, scopes: string[]): Promise<Tenant[]> {
  if (scopes.length === 0) return [];
  const units = await prisma.orgUnit.findMany({ where: { id: { in: scopes } }, select: { tenantId: true } });
  return prisma.tenant.findMany({
    where: {
      OR: [
        { id: { in: scopes } },
        { parentId: { in: scopes } },
        { id: { in: units.map((u) => u.tenantId) } },
      ],
    },
    orderBy: [{ kind: 'asc' }, { code: 'asc' }],
  });
}

/** A province's kabupaten/kota by code. */
export function childTenants(prisma: PrismaClient, tenantId: string): Promise<Tenant[]> {
  return prisma.tenant.findMany({ where: { parentId: tenantId }, orderBy: { code: 'asc' } });
}

/** A tenant's OPDs in their order. */
export function opdsOf(prisma: PrismaClient, tenantId: string): Promise<OrgUnit[]> {
  return prisma.orgUnit.findMany({ where: { tenantId, kind: 'OPD' }, orderBy: { sortOrder: 'asc' } });
}

/** The tenant's IANA time zone (WITA, `Asia/Makassar`, until one is stored). */
export async function timeZoneOf(prisma: PrismaClient, tenantId: string): Promise<string> {
  const settings = await prisma.tenantSettings.findUnique({
    where: { tenantId },
    select: { timeZone: true },
  });
  return settings?.timeZone ?? 'Asia/Makassar';
}
