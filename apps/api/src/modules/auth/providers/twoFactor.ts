// Two-factor sign-in with TOTP: a user sets it up (a secret shown as a QR code, confirmed by a
// first code, answered with one-time recovery codes shown once), turns it off with their
// password, and signs in with a code or a recovery code. A tenant may require it of its
// administrators and leaders. Wall devices are untouched: they sign in with their own tokens.
import { hash, verify } from '@node-rs/argon2';
import type { Prisma, PrismaClient, Role } from '@ekinerja/db';
import { toDataURL } from 'qrcode';
import { nowOf, type GraphQLContext } from '../../../context';
import { badInput, rateLimited } from '../../../errors';
import { performWrite, writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { checkTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpUri } from '../lib/totp';

type Db = PrismaClient | Prisma.TransactionClient;

/** Roles a tenant's `requireTwoFactorForAdmins` covers. */
export const TWO_FACTOR_ROLES: readonly Role[] = ['SUPER_ADMIN', 'TENANT_ADMIN', 'LEADER'];

/** Whether a tenant where the user is an administrator or leader requires two-factor sign-in. */
export async function twoFactorRequired(db: Db, userId: string): Promise<boolean> {
  const covered = await db.roleAssignment.count({
    where: {
      userId,
      role: { in: [...TWO_FACTOR_ROLES] },
      tenant: { settings: { requireTwoFactorForAdmins: true } },
    },
  });
  return covered > 0;
}

export interface TotpSetup {
  secret: string;
  uri: string;
  /** The URI as a PNG QR code (data: URL), drawn here so the web app needs no QR library. */
  qrCode: string;
}

/** Starts (or restarts) setting up TOTP: a fresh secret, not in use until a code confirms it. */
export async function beginTotpSetup(ctx: WriteContext): Promise<TotpSetup> {
  const actor = writeActor(ctx.viewer);
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { username: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw badInput('totp', 'alreadyEnabled');
  const secret = newTotpSecret();
  await performWrite(ctx, actor, { operation: 'beginTotpSetup', input: {} }, async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { totpSecret: secret, totpLastStep: null } });
    return { result: null };
  });
  const uri = totpUri(secret, user.username);
  return { secret, uri, qrCode: await toDataURL(uri, { margin: 1, width: 240 }) };
}

/** Confirms the secret with a first code: TOTP is on, and the recovery codes are answered once. */
export async function confirmTotpSetup(ctx: WriteContext, input: { code: string }): Promise<string[]> {
  const actor = writeActor(ctx.viewer);
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw badInput('totp', 'alreadyEnabled');
  if (!user.totpSecret) throw badInput('totp', 'notStarted');
  const check = await checkTotp(user.totpSecret, input.code, null, nowOf(ctx));
  if (!check.ok) throw badInput('code', check.rule);
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((code) => hash(normaliseRecoveryCode(code))));
  const secret = user.totpSecret;
  await performWrite(ctx, actor, { operation: 'confirmTotpSetup', input: {} }, async (tx) => {
    // The secret confirmed is the one stored: a second setup begun meanwhile must start again.
    const enabled = await tx.user.updateMany({
      where: { id: actor.userId, totpSecret: secret, totpEnabledAt: null },
      data: { totpEnabledAt: new Date(), totpLastStep: check.timeStep },
    });
    if (enabled.count === 0) throw badInput('totp', 'notStarted');
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    await tx.recoveryCode.createMany({
      data: hashes.map((codeHash) => ({ userId: actor.userId, codeHash })),
    });
    return { result: null };
  });
  return codes;
}

/** Turns TOTP off, proven by the password (wrong guesses count toward the login limits). */
export async function disableTotp(
  ctx: WriteContext & Pick<GraphQLContext, 'loginLimiter' | 'ip'>,
  input: { currentPassword: string },
): Promise<void> {
  const actor = writeActor(ctx.viewer);
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { username: true, passwordHash: true },
  });
  const wait = await ctx.loginLimiter.check(ctx.ip ?? 'unknown', user.username);
  if (wait > 0) throw rateLimited(wait);
  if (!(await verify(user.passwordHash, input.currentPassword).catch(() => false))) {
    await ctx.loginLimiter.recordFailure(user.username);
    throw badInput('currentPassword', 'incorrect');
  }
  if (await twoFactorRequired(ctx.prisma, actor.userId)) throw badInput('totp', 'required');
  await performWrite(ctx, actor, { operation: 'disableTotp', input: {} }, async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    return { result: null };
  });
}

export interface SecondFactor {
  totpCode?: string | null;
  recoveryCode?: string | null;
}

/**
 * The second step of a login whose password was right: a TOTP code (of a step after the last one
 * accepted) or an unused recovery code, each accepted once. Answers null when it passes, or the
 * refusal: `totpCode required` (ask for it: not a failure), `totpCode setupRequired` (the tenant
 * requires it and the user has none), or a wrong code (`invalid` / `reused`), which is a failure.
 */
export async function secondFactorProblem(
  ctx: Pick<GraphQLContext, 'prisma' | 'clock'>,
  user: { id: string; totpSecret: string | null; totpEnabledAt: Date | null; totpLastStep: number | null },
  given: SecondFactor,
): Promise<{ field: string; rule: string; failure: boolean } | null> {
  const db = ctx.prisma;
  if (!user.totpEnabledAt || !user.totpSecret) {
    if (await twoFactorRequired(db, user.id))
      return { field: 'totpCode', rule: 'setupRequired', failure: false };
    return null;
  }
  if (given.totpCode) {
    const check = await checkTotp(user.totpSecret, given.totpCode, user.totpLastStep, nowOf(ctx));
    if (!check.ok) return { field: 'totpCode', rule: check.rule, failure: true };
    // Two logins with the same code at once: only one moves the last step past it.
    const moved = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.timeStep } }] },
      data: { totpLastStep: check.timeStep },
    });
    return moved.count === 1 ? null : { field: 'totpCode', rule: 'reused', failure: true };
  }
  if (given.recoveryCode) {
    const typed = normaliseRecoveryCode(given.recoveryCode);
    const unused = await db.recoveryCode.findMany({ where: { userId: user.id, usedAt: null } });
    for (const stored of unused) {
      if (!(await verify(stored.codeHash, typed).catch(() => false))) continue;
      const used = await db.recoveryCode.updateMany({
        where: { id: stored.id, usedAt: null },
        data: { usedAt: new Date() },
      });
      if (used.count === 1) return null;
    }
    return { field: 'recoveryCode', rule: 'invalid', failure: true };
  }
  return { field: 'totpCode', rule: 'required', failure: false };
}

/** How many unused recovery codes the user has left. */
export function recoveryCodesLeft(db: Db, userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
