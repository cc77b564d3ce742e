// Whether a typed value misses its month's target, by the indicator's polarity: the form then asks
// for the written analysis before submitting. The API decides by the tenant's bands; this is the
// operator's early hint for the common case (green from 100 % of target).
import type { IndicatorTask } from '../types/EntryTask';

export function isShortOfTarget(
  task: Pick<IndicatorTask, 'polarity' | 'target' | 'low' | 'high'>,
  value: number | null,
): boolean {
  if (value === null) return false;
  if (task.polarity === 'STABILIZE')
    return task.low != null && task.high != null && (value < task.low || value > task.high);
  if (task.target == null) return false;
  return task.polarity === 'MINIMIZE' ? value > task.target : value < task.target;
}
