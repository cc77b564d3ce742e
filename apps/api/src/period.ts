// The reporting period arguments every read takes, validated the same way everywhere.
import { z } from 'zod';

export const periodInput = z.object({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12),
});
