// Pieces every write input shares, validated the same way everywhere.
import { z } from 'zod';
import { badInput } from '../../../errors';

export const clientMutationId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\x21-\x7e]+$/)
  .nullish();

export const expectedVersion = z.number().int().min(0).max(2_147_483_647);

export const reason = z.string().trim().min(1).max(1000);

export const note = z.string().max(2000).nullish();

/**
 * Refuses deleting what others still hang on: BAD_USER_INPUT `inUse` naming the field, with the
 * kinds and how many of each as params (only the kinds present). Nothing hangs on it: no error.
 */
export function refuseIfInUse(field: string, counts: Record<string, number>): void {
  const present = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  if (Object.keys(present).length > 0) throw badInput(field, 'inUse', present);
}
