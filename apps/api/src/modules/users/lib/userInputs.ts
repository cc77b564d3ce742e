// zod rules for user administration: usernames are short, lower-case and URL-safe; passwords are
// long enough to resist guessing (length beats composition rules) and bounded for argon2.
import { z } from 'zod';
import type { Role } from '@ekinerja/db';
import { clientMutationId } from '../../changes/lib/writeInputs';

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 64;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 1024;

export const ROLES = ['SUPER_ADMIN', 'TENANT_ADMIN', 'LEADER', 'UNIT_HEAD', 'OPERATOR', 'VIEWER'] as const;
/** Roles that may administer (policy action `administer`). */
export const ADMIN_ROLES: readonly Role[] = ['SUPER_ADMIN', 'TENANT_ADMIN'];

const password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

export const createUserInput = z.object({
  username: z
    .string()
    .trim()
    .min(USERNAME_MIN)
    .max(USERNAME_MAX)
    .regex(/^[a-z0-9._-]+$/),
  displayName: z.string().trim().min(1).max(200),
  password,
  role: z.enum(ROLES),
  clientMutationId,
});

export const assignRoleInput = z.object({ role: z.enum(ROLES), clientMutationId });

export const revokeRoleInput = z.object({ clientMutationId });

export const resetPasswordInput = z.object({ newPassword: password, clientMutationId });

/**
 * Whether revoking `revoked` leaves `actorId` without any administrator role: true only when the
 * actor revokes their own administrator role and holds no other.
 */
export function revokesLastAdministrator(
  actorId: string,
  revoked: { id: string; userId: string; role: Role },
  actorRoles: readonly { id: string; role: Role }[],
): boolean {
  if (revoked.userId !== actorId || !ADMIN_ROLES.includes(revoked.role)) return false;
  return !actorRoles.some((r) => r.id !== revoked.id && ADMIN_ROLES.includes(r.role));
}

export const endUserSessionsInput = z.object({ clientMutationId });

export const setUserActiveInput = z.object({ active: z.boolean(), clientMutationId });

export const resetTwoFactorInput = z.object({ clientMutationId });
