// zod rules for a user's own sessions and password change, checked before any lookup.
import { z } from 'zod';
import { clientMutationId } from '../../changes/lib/writeInputs';

export const endSessionInput = z.object({ clientMutationId });

export const endOtherSessionsInput = z.object({ clientMutationId });

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(1024),
  // Length and guessability are the strength rule's, checked once the current password is right.
  newPassword: z.string().min(1).max(1024),
  clientMutationId,
});

export const confirmTotpInput = z.object({ code: z.string().trim().min(1).max(20) });

export const disableTotpInput = z.object({ currentPassword: z.string().min(1).max(1024) });
