// Accounts and role assignments: create a user with a first role, grant and revoke roles, reset a
// password (ending the user's sessions), end a user's sessions, disable or re-enable an account. Each write is one transaction with its audit record,
// whose before/after images carry usernames and roles, never a password or its hash.
import type { Prisma, PrismaClient, Role } from '@ekinerja/db';
import { hash } from '@node-rs/argon2';
import { badInput, forbidden, refusingRaces } from '../../../errors';
import { toGlobalId } from '../../../ids';
import { changeOf, type ChangeRecord } from '../../changes/providers/changeLog';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import { writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { endSessionsOf } from '../../auth/providers/ownSessions';
import { subjectScope, type SubjectScope } from '../../org/providers/subjectScope';
import { revokesLastAdministrator } from '../lib/userInputs';

type Db = PrismaClient | Prisma.TransactionClient;
export type ScopeRef = { type: 'Tenant' | 'OrgUnit'; id: string };

/** Users holding a role in the tenant (or created for it), by display name. */
export function usersOfTenant(db: Db, tenantId: string) {
  return db.user.findMany({
    where: { OR: [{ roles: { some: { tenantId } } }, { tenantId }] },
    orderBy: [{ displayName: 'asc' }, { username: 'asc' }],
  });
}

async function scopeOf(db: Db, ref: ScopeRef, field: string): Promise<SubjectScope> {
  const scope = await subjectScope(db, ref.type, ref.id);
  if (!scope) throw badInput(field, 'notFound');
  return scope;
}

function scopeOfRole(db: Db, role: { tenantId: string; orgUnitId: string | null }) {
  return role.orgUnitId
    ? scopeOf(db, { type: 'OrgUnit', id: role.orgUnitId }, 'scopeId')
    : scopeOf(db, { type: 'Tenant', id: role.tenantId }, 'scopeId');
}

/** Only a SUPER_ADMIN covering the scope grants, revokes or manages a SUPER_ADMIN. */
function requireSuperAdmin(ctx: WriteContext, scopeIds: readonly string[], what: string): void {
  const viewer = ctx.viewer;
  if (
    viewer.kind === 'user' &&
    viewer.grants.some((g) => g.role === 'SUPER_ADMIN' && scopeIds.includes(g.scopeId))
  )
    return;
  ctx.logger.warn(
    { viewer: viewer.kind === 'user' ? viewer.userId : viewer.kind, what },
    'authorisation denied: super admin only',
  );
  throw forbidden();
}

/** The user's roles as the audit log shows them (global ids, no secrets). */
async function rolesImage(db: Db, userId: string) {
  const roles = await db.roleAssignment.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return roles.map((r) => ({
    id: toGlobalId('RoleAssignment', r.id),
    role: r.role,
    scopeId: r.orgUnitId ? toGlobalId('OrgUnit', r.orgUnitId) : toGlobalId('Tenant', r.tenantId),
  }));
}

async function userImage(db: Db, userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { username: true, displayName: true, isActive: true },
  });
  return { ...user, roles: await rolesImage(db, userId) };
}

/** A change to a user's account or roles as the log records it. */
const userChange = (
  scope: SubjectScope,
  userId: string,
  change: Pick<ChangeRecord, 'action' | 'before' | 'after'>,
) => changeOf(scope, 'User', userId, change);

export async function createUser(
  ctx: WriteContext,
  input: {
    username: string;
    displayName: string;
    password: string;
    role: Role;
    scope: ScopeRef;
    clientMutationId?: string | null;
  },
): Promise<string> {
  const actor = writeActor(ctx.viewer);
  const scope = await scopeOf(ctx.prisma, input.scope, 'scopeId');
  ctx.authorize('administer', scope.scopeIds, `${input.scope.type}:${input.scope.id}`);
  if (input.role === 'SUPER_ADMIN') requireSuperAdmin(ctx, scope.scopeIds, 'createUser');
  // Uniqueness is checked in the transaction: a retry of this very creation must answer, not clash.
  // Hash outside the transaction: argon2 is deliberately slow.
  const passwordHash = await hash(input.password);
  const { password: _password, clientMutationId, ...fields } = input;
  // Two administrators creating the same username at once: the index decides.
  const { id: userId } = await refusingRaces({ unique: 'username' }, () =>
    performLoggedWrite(
      ctx,
      // The password stays out of the idempotency hash: a retry is the same request whatever it says.
      { operation: 'createUser', clientMutationId, input: fields },
      async (tx) => {
        if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } }))
          throw badInput('username', 'unique');
        const user = await tx.user.create({
          data: {
            username: input.username,
            displayName: input.displayName,
            passwordHash,
            tenantId: scope.tenantId,
            roles: {
              create: {
                role: input.role,
                tenantId: scope.tenantId,
                orgUnitId: scope.orgUnitId,
                grantedById: actor.userId,
              },
            },
          },
        });
        return {
          id: user.id,
          record: userChange(scope, user.id, {
            action: 'CREATED',
            before: null,
            after: await userImage(tx, user.id),
          }),
        };
      },
    ),
  );
  return userId;
}

export async function assignRole(
  ctx: WriteContext,
  input: { userId: string; role: Role; scope: ScopeRef; clientMutationId?: string | null },
): Promise<string> {
  const actor = writeActor(ctx.viewer);
  const user = await ctx.prisma.user.findUnique({ where: { id: input.userId }, select: { id: true } });
  if (!user) throw badInput('userId', 'notFound');
  const scope = await scopeOf(ctx.prisma, input.scope, 'scopeId');
  ctx.authorize('administer', scope.scopeIds, `${input.scope.type}:${input.scope.id}`);
  if (input.role === 'SUPER_ADMIN') requireSuperAdmin(ctx, scope.scopeIds, 'assignRole');
  const { clientMutationId, ...fields } = input;
  const { id: userId } = await performLoggedWrite(
    ctx,
    { operation: 'assignRole', clientMutationId, input: fields },
    async (tx) => {
      const held = await tx.roleAssignment.findFirst({
        where: { userId: user.id, role: input.role, tenantId: scope.tenantId, orgUnitId: scope.orgUnitId },
      });
      if (held) throw badInput('role', 'unique');
      const before = await userImage(tx, user.id);
      await tx.roleAssignment.create({
        data: {
          userId: user.id,
          role: input.role,
          tenantId: scope.tenantId,
          orgUnitId: scope.orgUnitId,
          grantedById: actor.userId,
        },
      });
      return {
        id: user.id,
        record: userChange(scope, user.id, {
          action: 'ROLE_ASSIGNED',
          before,
          after: await userImage(tx, user.id),
        }),
      };
    },
  );
  return userId;
}

export async function revokeRole(
  ctx: WriteContext,
  input: { roleAssignmentId: string; clientMutationId?: string | null },
): Promise<string> {
  const actor = writeActor(ctx.viewer);
  const assignment = await ctx.prisma.roleAssignment.findUnique({ where: { id: input.roleAssignmentId } });
  if (!assignment) throw badInput('roleAssignmentId', 'notFound');
  const scope = await scopeOfRole(ctx.prisma, assignment);
  ctx.authorize('administer', scope.scopeIds, `RoleAssignment:${assignment.id}`);
  if (assignment.role === 'SUPER_ADMIN') requireSuperAdmin(ctx, scope.scopeIds, 'revokeRole');
  const { clientMutationId, ...fields } = input;
  const { id: userId } = await performLoggedWrite(
    ctx,
    { operation: 'revokeRole', clientMutationId, input: fields },
    async (tx) => {
      const own = await tx.roleAssignment.findMany({
        where: { userId: actor.userId },
        select: { id: true, role: true },
      });
      if (revokesLastAdministrator(actor.userId, assignment, own))
        throw badInput('roleAssignmentId', 'lastAdministrator');
      const before = await userImage(tx, assignment.userId);
      const deleted = await tx.roleAssignment.deleteMany({ where: { id: assignment.id } });
      if (deleted.count === 0) throw badInput('roleAssignmentId', 'notFound');
      return {
        id: assignment.userId,
        record: userChange(scope, assignment.userId, {
          action: 'ROLE_REVOKED',
          before,
          after: await userImage(tx, assignment.userId),
        }),
      };
    },
  );
  return userId;
}

/**
 * Only someone who administers every scope the user holds a role in may reset their password, end
 * their sessions or disable them (so an OPD's administrator cannot take over or lock out a
 * province account), and a SUPER_ADMIN's only another.
 */
async function authoriseOverUser(ctx: WriteContext, userId: string, what: string): Promise<SubjectScope> {
  const user = await ctx.prisma.user.findUnique({
    where: { id: userId },
    select: { tenantId: true, roles: { select: { role: true, tenantId: true, orgUnitId: true } } },
  });
  if (!user) throw badInput('userId', 'notFound');
  const scopes = await Promise.all(user.roles.map((r) => scopeOfRole(ctx.prisma, r)));
  if (scopes.length === 0 && user.tenantId)
    scopes.push(await scopeOf(ctx.prisma, { type: 'Tenant', id: user.tenantId }, 'userId'));
  const first = scopes[0];
  if (!first) throw forbidden();
  for (const [i, scope] of scopes.entries()) {
    ctx.authorize('administer', scope.scopeIds, `User:${userId}`);
    if (user.roles[i]?.role === 'SUPER_ADMIN') requireSuperAdmin(ctx, scope.scopeIds, what);
  }
  return first;
}

/**
 * One logged write that ends every session of a user (and does `also` in the same transaction),
 * recorded as `action` with how many ended; with nothing to end and nothing else to do, nothing
 * is logged. Answers the ids of the sessions that ended.
 */
async function endingSessions(
  ctx: WriteContext,
  scope: SubjectScope,
  request: { operation: string; userId: string; clientMutationId?: string | null },
  action: string,
  also?: (tx: Prisma.TransactionClient) => Promise<unknown>,
): Promise<string[]> {
  const { userId, operation, clientMutationId } = request;
  let ended: string[] = [];
  await performLoggedWrite(ctx, { operation, clientMutationId, input: { userId } }, async (tx) => {
    ended = await endSessionsOf(tx, userId);
    await also?.(tx);
    if (!also && ended.length === 0) return { id: userId, record: null };
    const after = { sessionsEnded: ended.length };
    return { id: userId, record: userChange(scope, userId, { action, before: null, after }) };
  });
  return ended;
}

export async function resetPassword(
  ctx: WriteContext,
  input: { userId: string; newPassword: string; clientMutationId?: string | null },
): Promise<{ userId: string; endedSessionIds: string[] }> {
  writeActor(ctx.viewer); // anonymous callers and devices are refused before any lookup
  const scope = await authoriseOverUser(ctx, input.userId, 'resetPassword');
  const passwordHash = await hash(input.newPassword);
  const endedSessionIds = await endingSessions(
    ctx,
    scope,
    { ...input, operation: 'resetPassword' },
    'PASSWORD_RESET',
    (tx) =>
      tx.user.update({
        where: { id: input.userId },
        data: { passwordHash, passwordChangedAt: new Date() },
      }),
  );
  return { userId: input.userId, endedSessionIds };
}

export async function endUserSessions(
  ctx: WriteContext,
  input: { userId: string; clientMutationId?: string | null },
): Promise<{ userId: string; endedSessionIds: string[] }> {
  writeActor(ctx.viewer);
  const scope = await authoriseOverUser(ctx, input.userId, 'endUserSessions');
  const endedSessionIds = await endingSessions(
    ctx,
    scope,
    { ...input, operation: 'endUserSessions' },
    'SESSIONS_ENDED',
  );
  return { userId: input.userId, endedSessionIds };
}

/** Turns a user's TOTP off and drops their recovery codes; their sessions end with it. */
export async function resetTwoFactor(
  ctx: WriteContext,
  input: { userId: string; clientMutationId?: string | null },
): Promise<{ userId: string; endedSessionIds: string[] }> {
  writeActor(ctx.viewer);
  const scope = await authoriseOverUser(ctx, input.userId, 'resetTwoFactor');
  const endedSessionIds = await endingSessions(
    ctx,
    scope,
    { ...input, operation: 'resetTwoFactor' },
    'TWO_FACTOR_RESET',
    async (tx) => {
      await tx.user.update({
        where: { id: input.userId },
        data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
      });
      await tx.recoveryCode.deleteMany({ where: { userId: input.userId } });
    },
  );
  return { userId: input.userId, endedSessionIds };
}

/**
 * Disables an account (it cannot sign in, and every session of it ends) or enables it again (it
 * signs in afresh). Nobody disables their own account: an administrator would lock themselves out.
 */
export async function setUserActive(
  ctx: WriteContext,
  input: { userId: string; active: boolean; clientMutationId?: string | null },
): Promise<{ userId: string; active: boolean; endedSessionIds: string[] }> {
  const actor = writeActor(ctx.viewer);
  const scope = await authoriseOverUser(ctx, input.userId, 'setUserActive');
  if (!input.active && input.userId === actor.userId) throw badInput('userId', 'self');
  let endedSessionIds: string[] = [];
  const { clientMutationId, ...fields } = input;
  await performLoggedWrite(
    ctx,
    { operation: 'setUserActive', clientMutationId, input: fields },
    async (tx) => {
      const before = await userImage(tx, input.userId);
      if (before.isActive === input.active) return { id: input.userId, record: null };
      await tx.user.update({ where: { id: input.userId }, data: { isActive: input.active } });
      if (!input.active) endedSessionIds = await endSessionsOf(tx, input.userId);
      return {
        id: input.userId,
        record: userChange(scope, input.userId, {
          action: input.active ? 'ENABLED' : 'DISABLED',
          before,
          after: { ...(await userImage(tx, input.userId)), sessionsEnded: endedSessionIds.length },
        }),
      };
    },
  );
  return { userId: input.userId, active: input.active, endedSessionIds };
}

/** A user as a write answers with it, once the write has committed. */
export function userRow(db: Db, userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId } });
}
