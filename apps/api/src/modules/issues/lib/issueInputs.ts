// What issue, follow-up and directive writes and lists may carry, checked before any lookup.
import { z } from 'zod';
import { badInput } from '../../../errors';
import { clientMutationId } from '../../changes/lib/writeInputs';

const MAX_PAGE = 200;

/** How many rows a list returns: 50 unless asked, at most 200. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw badInput('first', 'range', { min: 1, max: MAX_PAGE });
  return size;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const dueDate = z.iso
  .date()
  .nullish()
  .transform((d) => (d ? new Date(`${d}T00:00:00Z`) : null));

export const issueInput = z.object({
  title: text(200),
  description: text(4000),
  severity: z.enum(['LOW', 'MEDIUM', 'HIGH']).nullish(),
  clientMutationId,
});

export const followUpInput = z.object({
  description: text(4000),
  status: z.enum(['OPEN', 'IN_PROGRESS', 'RESOLVED']).nullish(),
  dueDate,
  clientMutationId,
});

export const directiveInput = z.object({ content: text(4000), dueDate, clientMutationId });
