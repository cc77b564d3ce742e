// The first tenant of an empty installation and its super administrator, made from the command
// line (`pnpm cli setup`) because nobody can sign in to make them: one transaction with its
// change-log records, refused once any super administrator exists.
import { hash } from '@node-rs/argon2';
import type { PrismaClient, TenantKind } from '@ekinerja/db';
import { appendChange, changeOf } from '../../changes/providers/changeLog';

export interface FirstTenant {
  kind: TenantKind;
  code: string;
  name: string;
  shortName: string;
  timeZone: string;
  adminUsername: string;
  adminDisplayName: string;
  password: string;
}

/** Why setup did nothing; the database is unchanged. */
export class SetupRefused extends Error {}

export async function hasSuperAdministrator(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.roleAssignment.count({ where: { role: 'SUPER_ADMIN' } })) > 0;
}

export async function setUpFirstTenant(
  prisma: PrismaClient,
  input: FirstTenant,
): Promise<{ tenantId: string; userId: string }> {
  // argon2 is deliberately slow: hash before the transaction.
  const passwordHash = await hash(input.password);
  return prisma.$transaction(async (tx) => {
    // Two setups at once: the second waits here and then finds the first one's administrator.
    await tx.$executeRaw`LOCK TABLE "RoleAssignment" IN SHARE ROW EXCLUSIVE MODE`;
    if ((await tx.roleAssignment.count({ where: { role: 'SUPER_ADMIN' } })) > 0)
      throw new SetupRefused('this database already has a super administrator: setup runs only once');
    if (await tx.tenant.findUnique({ where: { code: input.code }, select: { id: true } }))
      throw new SetupRefused(`a tenant with code ${input.code} already exists`);
    if (await tx.user.findUnique({ where: { username: input.adminUsername }, select: { id: true } }))
      throw new SetupRefused(`a user named ${input.adminUsername} already exists`);
    const tenant = await tx.tenant.create({
      data: {
        code: input.code,
        name: input.name,
        shortName: input.shortName,
        kind: input.kind,
        settings: { create: { timeZone: input.timeZone } },
      },
    });
    const user = await tx.user.create({
      data: {
        username: input.adminUsername,
        displayName: input.adminDisplayName,
        passwordHash,
        tenantId: tenant.id,
        roles: { create: { role: 'SUPER_ADMIN', tenantId: tenant.id } },
      },
    });
    const scope = { tenantId: tenant.id, scopeIds: [tenant.id] };
    // No actor: the installation itself made them (the log says who by the lack of one).
    await appendChange(tx, {
      ...changeOf(scope, 'Tenant', tenant.id, {
        action: 'CREATED',
        before: null,
        after: { code: tenant.code, name: tenant.name, kind: tenant.kind, timeZone: input.timeZone },
      }),
      actorId: null,
    });
    await appendChange(tx, {
      ...changeOf(scope, 'User', user.id, {
        action: 'CREATED',
        before: null,
        after: { username: user.username, displayName: user.displayName, roles: ['SUPER_ADMIN'] },
      }),
      actorId: null,
    });
    return { tenantId: tenant.id, userId: user.id };
  });
}
