// What a login may carry, checked before any lookup.
import { z } from 'zod';

export const loginInput = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1024),
  totpCode: z.string().trim().max(20).nullish(),
  recoveryCode: z.string().trim().max(40).nullish(),
});
