// The reporting period arguments every read takes, validated the same way everywhere.
import { z } from 'zod';

export const periodInput = z.object({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12),
});

/** The calendar month it is now in a time zone (the tenant's: WITA for NTB). */
export function currentPeriod(timeZone: string, now: Date = new Date()): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month') };
}

/** A calendar day (a due date) as `YYYY-MM-DD`, or null. */
export const isoDate = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
