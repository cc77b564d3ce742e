// The audit log's filters and page, checked like every other read's arguments.
import { z } from 'zod';

export const auditLogInput = z.object({
  userId: z.string().nullish(),
  entityType: z.string().max(50).nullish(),
  action: z
    .string()
    .regex(/^[A-Z_]{1,40}$/)
    .nullish(),
  from: z.iso.datetime({ offset: true }).nullish(),
  to: z.iso.datetime({ offset: true }).nullish(),
  first: z.number().int().min(1).max(200).nullish(),
  after: z
    .string()
    .regex(/^\d{1,19}$/)
    .nullish(),
});
