// The year and month arguments of drill-down fields, validated like every other read's.
import { fromZodError } from '../../../errors';
import { periodInput } from '../../../period';

export function periodArgs(year: number, month: number): { year: number; month: number } {
  const parsed = periodInput.safeParse({ year, month });
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

export function yearArg(year: number): number {
  const parsed = periodInput.pick({ year: true }).safeParse({ year });
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data.year;
}

export function monthArg(month: number): number {
  const parsed = periodInput.pick({ month: true }).safeParse({ month });
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data.month;
}
